//! SQL for the tasks and shifts of volunteer groups: sign-ups, hours given, and the
//! participation figures funders ask for.

use super::super::model::{GroupId, SignupId, TaskId};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::{AppError, AppResult};
use sqlx::{Any, Executor};

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

pub async fn insert_task_at(tx: &mut Tx, t: NewTask<'_>, now: i64) -> AppResult<TaskId> {
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
    .bind(now)
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

pub async fn insert_signup_at(tx: &mut Tx, task: TaskId, user: UserId, now: i64) -> AppResult<SignupId> {
    let id: i64 = sqlx::query_scalar("INSERT INTO task_signups (task_id, user_id, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(task.0)
        .bind(user.0)
        .bind(now)
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

/// The task of a sign-up, or `None` when there is no such sign-up.
pub async fn task_of_signup<'c, E: Executor<'c, Database = Any>>(ex: E, signup: SignupId) -> AppResult<Option<TaskId>> {
    let task: Option<i64> = sqlx::query_scalar("SELECT task_id FROM task_signups WHERE id = $1")
        .bind(signup.0)
        .fetch_optional(ex)
        .await?;
    Ok(task.map(TaskId))
}

/// Records the minutes someone gave for a task.
pub async fn set_minutes_at(tx: &mut Tx, signup: SignupId, minutes: i64, by: UserId, now: i64) -> AppResult<()> {
    sqlx::query("UPDATE task_signups SET minutes = $1, minutes_by = $2, minutes_at = $3 WHERE id = $4")
        .bind(minutes)
        .bind(by.0)
        .bind(now)
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
         (SELECT CAST(COALESCE(SUM(s.minutes), 0) AS BIGINT) FROM task_signups s JOIN group_tasks t ON t.id = s.task_id \
          WHERE t.group_id = g.id AND t.starts_at >= $2 AND t.starts_at < $3) AS minutes \
         FROM volunteer_groups g WHERE g.buurt_id = $1 ORDER BY g.name, g.id",
    )
    .bind(buurt.0)
    .bind(from)
    .bind(to)
    .fetch_all(db)
    .await?)
}

/// The next task a user signed up for that has not ended: (group, group name, title, start, end).
pub async fn next_of_user(db: &Db, user: UserId, now: i64) -> AppResult<Option<(i64, String, String, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT t.group_id, g.name, t.title, t.starts_at, t.ends_at FROM group_tasks t \
         JOIN volunteer_groups g ON g.id = t.group_id JOIN task_signups s ON s.task_id = t.id \
         WHERE s.user_id = $1 AND t.ends_at > $2 ORDER BY t.starts_at, t.id LIMIT 1",
    )
    .bind(user.0)
    .bind(now)
    .fetch_optional(db)
    .await?)
}
