//! SQL for comments and reports.
//!
//! Functions that a page and a write transaction both need take any executor: `&db` or
//! `&mut **tx`.

use super::model::{CommentId, TargetKind};
use super::rules::{DAY, History};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use sqlx::{Any, Executor};

mod fair;
pub use fair::*;

/// A comment with its author's display name (`None` once the account is deleted).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CommentRow {
    pub id: i64,
    pub proposal_id: i64,
    pub parent_id: Option<i64>,
    pub author_id: Option<i64>,
    pub author_name: Option<String>,
    pub body: String,
    pub created_at: i64,
    pub hidden_at: Option<i64>,
    pub hidden_reason: String,
    pub hidden_by: Option<i64>,
    pub deleted_at: Option<i64>,
}

const COMMENT_COLUMNS: &str = "c.id, c.proposal_id, c.parent_id, c.author_id, u.display_name AS author_name, c.body, \
     c.created_at, c.hidden_at, c.hidden_reason, c.hidden_by, c.deleted_at \
     FROM comments c LEFT JOIN users u ON u.id = c.author_id";

pub async fn comment<'c, E: Executor<'c, Database = Any>>(ex: E, id: i64) -> AppResult<Option<CommentRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {COMMENT_COLUMNS} WHERE c.id = $1")))
        .bind(id)
        .fetch_optional(ex)
        .await?)
}

/// All comments on a proposal, oldest first.
pub async fn thread(db: &Db, proposal: i64) -> AppResult<Vec<CommentRow>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {COMMENT_COLUMNS} WHERE c.proposal_id = $1 ORDER BY c.created_at, c.id"
    )))
    .bind(proposal)
    .fetch_all(db)
    .await?)
}

/// The household a person lives in (none for staff).
pub async fn household_of<'c, E: Executor<'c, Database = Any>>(ex: E, user: UserId) -> AppResult<Option<i64>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>("SELECT household_id FROM users WHERE id = $1")
        .bind(user.0)
        .fetch_optional(ex)
        .await?
        .flatten())
}

/// What slow mode looks at: the person's last comment, their comments in the last 24 hours,
/// and their run of newest comments in this conversation. Removed and hidden comments count
/// too, so removing one does not make room.
pub async fn history(tx: &mut Tx, user: UserId, proposal: i64, cap: i64, run_limit: i64, now: i64) -> AppResult<History> {
    let last_at: Option<i64> = sqlx::query_scalar("SELECT MAX(created_at) FROM comments WHERE author_id = $1")
        .bind(user.0)
        .fetch_one(&mut **tx)
        .await?;
    let in_day: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM comments WHERE author_id = $1 AND created_at > $2")
        .bind(user.0)
        .bind(now - DAY)
        .fetch_one(&mut **tx)
        .await?;
    let cap_th_latest_at: Option<i64> = sqlx::query_scalar(
        "SELECT created_at FROM comments WHERE author_id = $1 AND created_at > $2 ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET $3",
    )
    .bind(user.0)
    .bind(now - DAY)
    .bind((cap - 1).max(0))
    .fetch_optional(&mut **tx)
    .await?;
    let newest: Vec<Option<i64>> =
        sqlx::query_scalar("SELECT author_id FROM comments WHERE proposal_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2")
            .bind(proposal)
            .bind(run_limit.max(1))
            .fetch_all(&mut **tx)
            .await?;
    let run_in_thread = newest.iter().take_while(|a| **a == Some(user.0)).count() as i64;
    Ok(History { last_at, in_day, cap_th_latest_at, run_in_thread })
}

pub struct NewComment<'a> {
    pub proposal: i64,
    pub parent: Option<i64>,
    pub author: UserId,
    pub household: Option<i64>,
    pub body: &'a str,
}

pub async fn insert_comment(tx: &mut Tx, c: &NewComment<'_>, now: i64) -> AppResult<CommentId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO comments (proposal_id, parent_id, author_id, household_id, body, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(c.proposal)
    .bind(c.parent)
    .bind(c.author.0)
    .bind(c.household)
    .bind(c.body)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(CommentId(id))
}

/// The author removes their comment: it shows as "verwijderd".
pub async fn mark_deleted(tx: &mut Tx, id: i64, now: i64) -> AppResult<()> {
    sqlx::query("UPDATE comments SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL")
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Hides a comment with a reason (`by` is `None` when reports hid it), or shows it again
/// (`hide` is `None`).
pub async fn set_hidden(tx: &mut Tx, id: i64, hide: Option<(&str, Option<UserId>)>, now: i64) -> AppResult<()> {
    match hide {
        Some((reason, by)) => sqlx::query("UPDATE comments SET hidden_at = $1, hidden_reason = $2, hidden_by = $3 WHERE id = $4")
            .bind(now)
            .bind(reason.to_string())
            .bind(by.map(|u| u.0))
            .bind(id),
        None => sqlx::query("UPDATE comments SET hidden_at = NULL, hidden_reason = '', hidden_by = NULL WHERE id = $1").bind(id),
    }
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Whether a comment is hidden now.
pub async fn is_hidden(tx: &mut Tx, id: i64) -> AppResult<bool> {
    let at: Option<Option<i64>> = sqlx::query_scalar("SELECT hidden_at FROM comments WHERE id = $1").bind(id).fetch_optional(&mut **tx).await?;
    Ok(at.flatten().is_some())
}

pub struct NewReport<'a> {
    pub buurt: BuurtId,
    pub kind: TargetKind,
    pub id: i64,
    pub reporter: UserId,
    pub household: Option<i64>,
    pub reason: &'a str,
    pub note: &'a str,
}

/// Stores a report; a second report of the same item by the same person changes nothing.
pub async fn insert_report(tx: &mut Tx, r: &NewReport<'_>, now: i64) -> AppResult<bool> {
    let done = sqlx::query(
        "INSERT INTO reports (buurt_id, target_kind, target_id, reporter_id, household_id, reason, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (target_kind, target_id, reporter_id) DO NOTHING",
    )
    .bind(r.buurt.0)
    .bind(r.kind.code())
    .bind(r.id)
    .bind(r.reporter.0)
    .bind(r.household)
    .bind(r.reason)
    .bind(r.note)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Closes the open reports of an item with the commissie's decision (`by` the commissielid),
/// or without a person (`None`: it came back by itself).
pub async fn resolve_reports(tx: &mut Tx, (kind, id): (TargetKind, i64), by: Option<UserId>, outcome: &str, now: i64) -> AppResult<()> {
    sqlx::query(
        "UPDATE reports SET resolved_at = $1, resolved_by = $2, outcome = $3 \
         WHERE target_kind = $4 AND target_id = $5 AND resolved_at IS NULL",
    )
    .bind(now)
    .bind(by.map(|u| u.0))
    .bind(outcome)
    .bind(kind.code())
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// What the person reported in this conversation: `(kind, id)` pairs.
pub async fn my_reports(db: &Db, user: UserId, proposal: i64) -> AppResult<Vec<(String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT target_kind, target_id FROM reports WHERE reporter_id = $1 AND ( \
         (target_kind = 'voorstel' AND target_id = $2) OR \
         (target_kind = 'reactie' AND target_id IN (SELECT id FROM comments WHERE proposal_id = $2)))",
    )
    .bind(user.0)
    .bind(proposal)
    .fetch_all(db)
    .await?)
}

/// Open reports per comment of a conversation.
pub async fn open_reports_in_thread(db: &Db, proposal: i64) -> AppResult<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT r.target_id, COUNT(*) FROM reports r JOIN comments c ON c.id = r.target_id \
         WHERE r.target_kind = 'reactie' AND c.proposal_id = $1 AND r.resolved_at IS NULL GROUP BY r.target_id",
    )
    .bind(proposal)
    .fetch_all(db)
    .await?)
}

/// One open report, for the review page.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OpenReport {
    pub target_kind: String,
    pub target_id: i64,
    pub household: i64,
    pub reason: String,
    pub note: String,
    pub created_at: i64,
}

/// The open reports of a buurt, oldest first.
pub async fn open_reports(db: &Db, buurt: BuurtId) -> AppResult<Vec<OpenReport>> {
    Ok(sqlx::query_as(
        "SELECT target_kind, target_id, COALESCE(household_id, -reporter_id) AS household, reason, note, created_at \
         FROM reports WHERE buurt_id = $1 AND resolved_at IS NULL ORDER BY created_at, id",
    )
    .bind(buurt.0)
    .fetch_all(db)
    .await?)
}

/// A person's comments for "download my data": (proposal, text, written at, removed at).
pub async fn of_author(db: &Db, user: UserId) -> AppResult<Vec<(i64, String, i64, Option<i64>)>> {
    Ok(sqlx::query_as("SELECT proposal_id, body, created_at, deleted_at FROM comments WHERE author_id = $1 ORDER BY created_at, id")
        .bind(user.0)
        .fetch_all(db)
        .await?)
}

/// Of the given comments, those that exist: their proposal and when they were hidden (if they are).
pub async fn places(db: &Db, ids: &[i64]) -> AppResult<Vec<(i64, i64, Option<i64>)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = (1..=ids.len()).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
    let mut query = sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT id, proposal_id, hidden_at FROM comments WHERE id IN ({list})")));
    for id in ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(db).await?)
}

/// How many comments a user wrote since `since`.
pub async fn written_since(db: &Db, user: UserId, since: i64) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM comments WHERE author_id = $1 AND created_at >= $2")
        .bind(user.0)
        .bind(since)
        .fetch_one(db)
        .await?)
}

/// Moves the conversation of a merged proposal to the one it joins.
pub async fn move_comments(tx: &mut Tx, from: i64, into: i64) -> AppResult<()> {
    sqlx::query("UPDATE comments SET proposal_id = $1 WHERE proposal_id = $2").bind(into).bind(from).execute(&mut **tx).await?;
    Ok(())
}

/// How many comments and proposals of a buurt have open reports (each item once).
pub async fn reported_count(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT DISTINCT target_kind, target_id FROM reports WHERE buurt_id = $1 AND resolved_at IS NULL) AS t",
    )
    .bind(buurt.0)
    .fetch_one(db)
    .await?)
}
