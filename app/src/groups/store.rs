//! SQL for volunteer groups: groups, membership periods and requests, announcements, tasks,
//! sign-ups, hours, and the participation figures funders ask for.
//!
//! Functions that a page and a write transaction both need take any executor: `&db` or
//! `&mut **tx`.

use super::model::{GroupDetails, GroupId, MemberId, SignupId, Standing, TaskId};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx, now};
use crate::error::{AppError, AppResult};
use sqlx::{Any, Executor};

/// A new group, its coordinators added apart with [`add_member`].
pub async fn insert_group(tx: &mut Tx, buurt: BuurtId, d: &GroupDetails, created_by: UserId) -> AppResult<GroupId> {
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
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(GroupId(id))
}

/// Adds someone to a group: a request (`Requested`), a member or a coordinator.
pub async fn add_member(tx: &mut Tx, group: GroupId, user: UserId, standing: Standing) -> AppResult<MemberId> {
    let (status, role, joined) = match standing {
        Standing::Requested => ("verzoek", "lid", None),
        Standing::Member => ("actief", "lid", Some(now())),
        Standing::Coordinator => ("actief", "coordinator", Some(now())),
    };
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO group_members (group_id, user_id, role, status, requested_at, joined_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(group.0)
    .bind(user.0)
    .bind(role)
    .bind(status)
    .bind(now())
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

pub async fn member<'c, E: Executor<'c, Database = Any>>(ex: E, id: MemberId) -> AppResult<MemberRow> {
    sqlx::query_as::<_, MemberRow>("SELECT id, group_id, user_id, role, status FROM group_members WHERE id = $1")
        .bind(id.0)
        .fetch_optional(ex)
        .await?
        .ok_or(AppError::NotFound)
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
pub async fn decide_request(tx: &mut Tx, member: MemberId, accept: bool, by: UserId) -> AppResult<bool> {
    let at = now();
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
pub async fn end_membership(tx: &mut Tx, member: MemberId) -> AppResult<()> {
    sqlx::query("UPDATE group_members SET status = 'weg', ended_at = $1 WHERE id = $2 AND status IN ('verzoek', 'actief')")
        .bind(now())
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

pub async fn insert_announcement(tx: &mut Tx, group: GroupId, author: UserId, body: &str) -> AppResult<()> {
    sqlx::query("INSERT INTO group_announcements (group_id, author_id, body, created_at) VALUES ($1, $2, $3, $4)")
        .bind(group.0)
        .bind(author.0)
        .bind(body)
        .bind(now())
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

/// A new task's details, already checked.
pub struct NewTask<'a> {
    pub group: GroupId,
    pub title: &'a str,
    pub place: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    pub needed: i64,
    pub created_by: UserId,
}

pub async fn insert_task(tx: &mut Tx, t: NewTask<'_>) -> AppResult<TaskId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO group_tasks (group_id, title, place, starts_at, ends_at, needed, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(t.group.0)
    .bind(t.title)
    .bind(t.place)
    .bind(t.starts_at)
    .bind(t.ends_at)
    .bind(t.needed)
    .bind(t.created_by.0)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(TaskId(id))
}

/// A task with its group and the number of people signed up.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TaskRow {
    pub id: i64,
    pub group_id: i64,
    pub group_name: String,
    pub buurt_id: i64,
    pub title: String,
    pub place: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub needed: i64,
    pub taken: i64,
}

const SELECT_TASK: &str = "SELECT t.id, t.group_id, g.name AS group_name, g.buurt_id, t.title, t.place, t.starts_at, \
    t.ends_at, t.needed, (SELECT COUNT(*) FROM task_signups s WHERE s.task_id = t.id) AS taken \
    FROM group_tasks t JOIN volunteer_groups g ON g.id = t.group_id";

pub async fn task<'c, E: Executor<'c, Database = Any>>(ex: E, id: TaskId) -> AppResult<TaskRow> {
    let sql = format!("{SELECT_TASK} WHERE t.id = $1");
    sqlx::query_as::<_, TaskRow>(sqlx::AssertSqlSafe(sql))
        .bind(id.0)
        .fetch_optional(ex)
        .await?
        .ok_or(AppError::NotFound)
}

/// Tasks of a group that have not ended, soonest first.
pub async fn coming_tasks(db: &Db, group: GroupId, now: i64) -> AppResult<Vec<TaskRow>> {
    let sql = format!("{SELECT_TASK} WHERE t.group_id = $1 AND t.ends_at > $2 ORDER BY t.starts_at, t.id");
    Ok(sqlx::query_as::<_, TaskRow>(sqlx::AssertSqlSafe(sql)).bind(group.0).bind(now).fetch_all(db).await?)
}

/// Tasks of a group that have ended, newest first, at most `limit`.
pub async fn ended_tasks(db: &Db, group: GroupId, now: i64, limit: i64) -> AppResult<Vec<TaskRow>> {
    let sql = format!("{SELECT_TASK} WHERE t.group_id = $1 AND t.ends_at <= $2 ORDER BY t.starts_at DESC, t.id DESC LIMIT $3");
    Ok(sqlx::query_as::<_, TaskRow>(sqlx::AssertSqlSafe(sql))
        .bind(group.0)
        .bind(now)
        .bind(limit)
        .fetch_all(db)
        .await?)
}

/// Tasks a user signed up for that have not ended, soonest first.
pub async fn coming_tasks_of_user(db: &Db, user: UserId, now: i64) -> AppResult<Vec<TaskRow>> {
    let sql = format!(
        "{SELECT_TASK} WHERE t.ends_at > $2 AND t.id IN (SELECT task_id FROM task_signups WHERE user_id = $1) \
         ORDER BY t.starts_at, t.id"
    );
    Ok(sqlx::query_as::<_, TaskRow>(sqlx::AssertSqlSafe(sql)).bind(user.0).bind(now).fetch_all(db).await?)
}

/// Who signed up for a task, in order of arrival: (sign-up, shown name, minutes recorded).
pub async fn helpers(db: &Db, task: TaskId) -> AppResult<Vec<(SignupId, Option<String>, Option<i64>)>> {
    let rows: Vec<(i64, Option<String>, Option<i64>)> = sqlx::query_as(
        "SELECT s.id, u.display_name, s.minutes FROM task_signups s JOIN users u ON u.id = s.user_id \
         WHERE s.task_id = $1 ORDER BY s.id",
    )
    .bind(task.0)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(id, name, minutes)| (SignupId(id), name, minutes)).collect())
}

/// Whether a user signed up for a task.
pub async fn signed_up<'c, E: Executor<'c, Database = Any>>(ex: E, task: TaskId, user: UserId) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM task_signups WHERE task_id = $1 AND user_id = $2")
        .bind(task.0)
        .bind(user.0)
        .fetch_optional(ex)
        .await?;
    Ok(found.is_some())
}

/// The tasks a user signed up for, by task id.
pub async fn task_ids_of_user(db: &Db, user: UserId) -> AppResult<std::collections::HashSet<i64>> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT task_id FROM task_signups WHERE user_id = $1")
        .bind(user.0)
        .fetch_all(db)
        .await?;
    Ok(ids.into_iter().collect())
}

pub async fn insert_signup(tx: &mut Tx, task: TaskId, user: UserId) -> AppResult<SignupId> {
    let id: i64 = sqlx::query_scalar("INSERT INTO task_signups (task_id, user_id, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(task.0)
        .bind(user.0)
        .bind(now())
        .fetch_one(&mut **tx)
        .await?;
    Ok(SignupId(id))
}

pub async fn delete_signup(tx: &mut Tx, task: TaskId, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM task_signups WHERE task_id = $1 AND user_id = $2")
        .bind(task.0)
        .bind(user.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Withdraws a user from every task of a group that has not started; returns how many.
pub async fn withdraw_from_coming(tx: &mut Tx, group: GroupId, user: UserId, now: i64) -> AppResult<u64> {
    let done = sqlx::query(
        "DELETE FROM task_signups WHERE user_id = $1 AND task_id IN \
         (SELECT id FROM group_tasks WHERE group_id = $2 AND starts_at > $3)",
    )
    .bind(user.0)
    .bind(group.0)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// The task of a sign-up.
pub async fn task_of_signup<'c, E: Executor<'c, Database = Any>>(ex: E, signup: SignupId) -> AppResult<TaskId> {
    let task: Option<i64> = sqlx::query_scalar("SELECT task_id FROM task_signups WHERE id = $1")
        .bind(signup.0)
        .fetch_optional(ex)
        .await?;
    task.map(TaskId).ok_or(AppError::NotFound)
}

/// Records the minutes someone gave for a task.
pub async fn set_minutes(tx: &mut Tx, signup: SignupId, minutes: i64, by: UserId) -> AppResult<()> {
    sqlx::query("UPDATE task_signups SET minutes = $1, minutes_by = $2, minutes_at = $3 WHERE id = $4")
        .bind(minutes)
        .bind(by.0)
        .bind(now())
        .bind(signup.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A group's share in the participation figures for a period.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct GroupFigures {
    pub group_id: i64,
    pub name: String,
    /// People who were an active member at some moment in the period.
    pub active_members: i64,
    /// People with hours recorded for tasks that started in the period.
    pub helpers: i64,
    /// The minutes recorded for those tasks.
    pub minutes: i64,
}

/// Per group of a buurt: active members and hours given in `from..to` (UTC seconds), for the
/// fair-voice dashboard and the funders' CSV.
pub async fn figures(db: &Db, buurt: BuurtId, from: i64, to: i64) -> AppResult<Vec<GroupFigures>> {
    Ok(sqlx::query_as::<_, GroupFigures>(
        "SELECT g.id AS group_id, g.name, \
         (SELECT COUNT(DISTINCT m.user_id) FROM group_members m WHERE m.group_id = g.id AND m.joined_at IS NOT NULL \
          AND m.joined_at < $3 AND (m.ended_at IS NULL OR m.ended_at >= $2)) AS active_members, \
         (SELECT COUNT(DISTINCT s.user_id) FROM task_signups s JOIN group_tasks t ON t.id = s.task_id \
          WHERE t.group_id = g.id AND t.starts_at >= $2 AND t.starts_at < $3 AND s.minutes > 0) AS helpers, \
         (SELECT COALESCE(SUM(s.minutes), 0) FROM task_signups s JOIN group_tasks t ON t.id = s.task_id \
          WHERE t.group_id = g.id AND t.starts_at >= $2 AND t.starts_at < $3) AS minutes \
         FROM volunteer_groups g WHERE g.buurt_id = $1 ORDER BY g.name, g.id",
    )
    .bind(buurt.0)
    .bind(from)
    .bind(to)
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
