//! SQL for volunteer groups: groups, membership periods and requests, announcements. Tasks,
//! sign-ups, hours and the participation figures are in `tasks`, demo helpers in `seed`. No
//! function here reads the clock: the moment is passed in.
//!
//! Functions that a page and a write transaction both need take any executor: `&db` or
//! `&mut **tx`.

use super::model::{GroupDetails, GroupId, MemberId, Standing};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::{AppError, AppResult};
use sqlx::{Any, Executor};

mod seed;
mod tasks;
pub use seed::{add_member, insert_announcement, insert_group, insert_signup, insert_task, set_minutes};
pub use tasks::*;

/// A new group, its coordinators added apart with [`add_member`].
pub async fn insert_group_at(tx: &mut Tx, buurt: BuurtId, d: &GroupDetails, created_by: UserId, now: i64) -> AppResult<GroupId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO volunteer_groups (buurt_id, name, description, audience, time_needed, join_policy, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(buurt.0)
    .bind(&d.name)
    .bind(&d.description)
    .bind(&d.audience)
    .bind(&d.time_needed)
    .bind(d.policy.code())
    .bind(created_by.0)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(GroupId(id))
}

/// Adds someone to a group: a request (`Requested`), a member or a coordinator.
pub async fn add_member_at(tx: &mut Tx, group: GroupId, user: UserId, standing: Standing, now: i64) -> AppResult<MemberId> {
    let (status, role, joined) = match standing {
        Standing::Requested => ("verzoek", "lid", None),
        Standing::Member => ("actief", "lid", Some(now)),
        Standing::Coordinator => ("actief", "coordinator", Some(now)),
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO group_members (group_id, user_id, role, status, requested_at, joined_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(group.0)
    .bind(user.0)
    .bind(role)
    .bind(status)
    .bind(now)
    .bind(joined)
    .fetch_one(&mut **tx)
    .await?;
    Ok(MemberId(id))
}

/// A group with its number of active members.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct GroupRow {
    pub id: i64,
    pub buurt_id: i64,
    pub name: String,
    pub description: String,
    pub audience: String,
    pub time_needed: String,
    pub join_policy: String,
    pub members: i64,
}

const SELECT_GROUP: &str = "SELECT g.id, g.buurt_id, g.name, g.description, g.audience, g.time_needed, g.join_policy, \
    (SELECT COUNT(*) FROM group_members m JOIN users u ON u.id = m.user_id \
     WHERE m.group_id = g.id AND m.status = 'actief' AND u.deleted_at IS NULL) AS members \
    FROM volunteer_groups g";

pub async fn group<'c, E: Executor<'c, Database = Any>>(ex: E, id: GroupId) -> AppResult<GroupRow> {
    let sql = format!("{SELECT_GROUP} WHERE g.id = $1");
    sqlx::query_as::<_, GroupRow>(sqlx::AssertSqlSafe(sql))
        .bind(id.0)
        .fetch_optional(ex)
        .await?
        .ok_or(AppError::NotFound)
}

/// The groups of a buurt, by name.
pub async fn groups_of_buurt(db: &Db, buurt: BuurtId) -> AppResult<Vec<GroupRow>> {
    let sql = format!("{SELECT_GROUP} WHERE g.buurt_id = $1 ORDER BY g.name, g.id");
    Ok(sqlx::query_as::<_, GroupRow>(sqlx::AssertSqlSafe(sql)).bind(buurt.0).fetch_all(db).await?)
}

/// The groups a user is in or asked to join, by name.
pub async fn groups_of_user(db: &Db, user: UserId) -> AppResult<Vec<GroupRow>> {
    let sql = format!(
        "{SELECT_GROUP} WHERE g.id IN (SELECT group_id FROM group_members WHERE user_id = $1 AND status IN ('verzoek', 'actief')) \
         ORDER BY g.name, g.id"
    );
    Ok(sqlx::query_as::<_, GroupRow>(sqlx::AssertSqlSafe(sql)).bind(user.0).fetch_all(db).await?)
}

/// How many groups a buurt has (demo seeding adds them once).
pub async fn count_groups(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM volunteer_groups WHERE buurt_id = $1").bind(buurt.0).fetch_one(db).await?)
}

/// A user's current request or membership in a group.
pub async fn standing<'c, E: Executor<'c, Database = Any>>(ex: E, group: GroupId, user: UserId) -> AppResult<Option<(MemberId, Standing)>> {
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT id, status, role FROM group_members WHERE group_id = $1 AND user_id = $2 AND status IN ('verzoek', 'actief')",
    )
    .bind(group.0)
    .bind(user.0)
    .fetch_optional(ex)
    .await?;
    Ok(row.and_then(|(id, status, role)| Standing::from_stored(&status, &role).map(|s| (MemberId(id), s))))
}

/// A user's standing in every group they are in or asked to join, by group id.
pub async fn standings_of_user(db: &Db, user: UserId) -> AppResult<std::collections::HashMap<i64, Standing>> {
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT group_id, status, role FROM group_members WHERE user_id = $1 AND status IN ('verzoek', 'actief')",
    )
    .bind(user.0)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(group, status, role)| Standing::from_stored(&status, &role).map(|s| (group, s)))
        .collect())
}

/// One request or membership row, current or not.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    pub id: i64,
    pub group_id: i64,
    pub user_id: i64,
    pub role: String,
    pub status: String,
}

/// A request or membership row, or `None` when there is no such row.
pub async fn find_member<'c, E: Executor<'c, Database = Any>>(ex: E, id: MemberId) -> AppResult<Option<MemberRow>> {
    Ok(sqlx::query_as::<_, MemberRow>("SELECT id, group_id, user_id, role, status FROM group_members WHERE id = $1")
        .bind(id.0)
        .fetch_optional(ex)
        .await?)
}

/// Active members, coordinators first, then by name: (row, shown name or None, coordinator).
pub async fn members(db: &Db, group: GroupId) -> AppResult<Vec<(MemberId, Option<String>, bool)>> {
    let rows: Vec<(i64, Option<String>, String)> = sqlx::query_as(
        "SELECT m.id, u.display_name, m.role FROM group_members m JOIN users u ON u.id = m.user_id \
         WHERE m.group_id = $1 AND m.status = 'actief' AND u.deleted_at IS NULL \
         ORDER BY CASE m.role WHEN 'coordinator' THEN 0 ELSE 1 END, u.name_key, m.id",
    )
    .bind(group.0)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(id, name, role)| (MemberId(id), name, role == "coordinator")).collect())
}

/// Open requests to join, oldest first: (row, shown name, asked at).
pub async fn requests(db: &Db, group: GroupId) -> AppResult<Vec<(MemberId, Option<String>, i64)>> {
    let rows: Vec<(i64, Option<String>, i64)> = sqlx::query_as(
        "SELECT m.id, u.display_name, m.requested_at FROM group_members m JOIN users u ON u.id = m.user_id \
         WHERE m.group_id = $1 AND m.status = 'verzoek' AND u.deleted_at IS NULL ORDER BY m.id",
    )
    .bind(group.0)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(id, name, at)| (MemberId(id), name, at)).collect())
}

/// Answers an open request; returns false when it was no longer open.
pub async fn decide_request(tx: &mut Tx, member: MemberId, accept: bool, by: UserId, now: i64) -> AppResult<bool> {
    let at = now;
    let done = if accept {
        sqlx::query("UPDATE group_members SET status = 'actief', joined_at = $1, decided_by = $2 WHERE id = $3 AND status = 'verzoek'")
    } else {
        sqlx::query("UPDATE group_members SET status = 'afgewezen', ended_at = $1, decided_by = $2 WHERE id = $3 AND status = 'verzoek'")
    }
    .bind(at)
    .bind(by.0)
    .bind(member.0)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Ends a membership or withdraws a request.
pub async fn end_membership(tx: &mut Tx, member: MemberId, now: i64) -> AppResult<()> {
    sqlx::query("UPDATE group_members SET status = 'weg', ended_at = $1 WHERE id = $2 AND status IN ('verzoek', 'actief')")
        .bind(now)
        .bind(member.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Makes an active member a coordinator.
pub async fn make_coordinator(tx: &mut Tx, member: MemberId) -> AppResult<()> {
    sqlx::query("UPDATE group_members SET role = 'coordinator' WHERE id = $1 AND status = 'actief'")
        .bind(member.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Active members of a group, or only its coordinators, oldest first.
pub async fn people(tx: &mut Tx, group: GroupId, coordinators_only: bool) -> AppResult<Vec<UserId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT m.user_id FROM group_members m JOIN users u ON u.id = m.user_id \
         WHERE m.group_id = $1 AND m.status = 'actief' AND u.deleted_at IS NULL AND ($2 = 0 OR m.role = 'coordinator') \
         ORDER BY m.id",
    )
    .bind(group.0)
    .bind(i64::from(coordinators_only))
    .fetch_all(&mut **tx)
    .await?;
    Ok(ids.into_iter().map(UserId).collect())
}

/// The names of the coordinators, by name.
pub async fn coordinator_names(db: &Db, group: GroupId) -> AppResult<Vec<Option<String>>> {
    Ok(sqlx::query_scalar(
        "SELECT u.display_name FROM group_members m JOIN users u ON u.id = m.user_id \
         WHERE m.group_id = $1 AND m.status = 'actief' AND m.role = 'coordinator' AND u.deleted_at IS NULL ORDER BY u.name_key",
    )
    .bind(group.0)
    .fetch_all(db)
    .await?)
}

pub async fn insert_announcement_at(tx: &mut Tx, group: GroupId, author: UserId, body: &str, now: i64) -> AppResult<()> {
    sqlx::query("INSERT INTO group_announcements (group_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)")
        .bind(group.0)
        .bind(author.0)
        .bind(body)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The newest announcements first: (author's shown name, posted at, text).
pub async fn announcements(db: &Db, group: GroupId, limit: i64) -> AppResult<Vec<(Option<String>, i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT u.display_name, a.created_at, a.body FROM group_announcements a LEFT JOIN users u ON u.id = a.author_id \
         WHERE a.group_id = $1 ORDER BY a.created_at DESC, a.id DESC LIMIT $2",
    )
    .bind(group.0)
    .bind(limit)
    .fetch_all(db)
    .await?)
}


/// The people of a buurt who can be made coordinator (residents and staff), by name.
pub async fn people_of_buurt(db: &Db, buurt: BuurtId) -> AppResult<Vec<(UserId, String)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT u.id, u.display_name FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.buurt_id = $1 AND u.deleted_at IS NULL AND u.display_name IS NOT NULL ORDER BY u.name_key",
    )
    .bind(buurt.0)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(id, name)| (UserId(id), name)).collect())
}

/// Whether a user belongs to a buurt (any role).
pub async fn in_buurt(tx: &mut Tx, buurt: BuurtId, user: UserId) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.buurt_id = $1 AND m.user_id = $2 AND u.deleted_at IS NULL",
    )
    .bind(buurt.0)
    .bind(user.0)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(found.is_some())
}

/// The current requests and memberships of a user in every group (account deletion).
pub async fn current_rows_of_user(tx: &mut Tx, user: UserId) -> AppResult<Vec<MemberRow>> {
    Ok(sqlx::query_as::<_, MemberRow>(
        "SELECT id, group_id, user_id, role, status FROM group_members WHERE user_id = $1 AND status IN ('verzoek', 'actief')",
    )
    .bind(user.0)
    .fetch_all(&mut **tx)
    .await?)
}

