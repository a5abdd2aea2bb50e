//! SQL for the public moderation log of a buurt.

use super::super::model::{Action, Target};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use std::collections::HashMap;

/// One entry of the public moderation log, written in the caller's transaction.
pub struct LogEntry<'a> {
    pub buurt: BuurtId,
    /// `None` when reports from households hid something automatically.
    pub actor: Option<UserId>,
    /// The actor's role code at the time, or `"meldingen"` for an automatic hide.
    pub actor_role: &'a str,
    pub action: Action,
    pub target: Target,
    pub target_id: i64,
    pub target_title: &'a str,
    pub reason: &'a str,
}

/// Writes one entry of the public moderation log at `now`.
pub async fn log_moderation(tx: &mut Tx, e: &LogEntry<'_>, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO moderation_log (buurt_id, actor_id, actor_role, action, target_kind, target_id, target_title, reason, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(e.buurt.0)
    .bind(e.actor.map(|u| u.0))
    .bind(e.actor_role)
    .bind(e.action.code())
    .bind(e.target.code())
    .bind(e.target_id)
    .bind(e.target_title)
    .bind(e.reason)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A moderation log entry with the actor's shown name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LogEntryRow {
    pub actor_role: String,
    pub actor_name: Option<String>,
    pub action: String,
    pub target_kind: String,
    pub target_id: i64,
    pub target_title: String,
    pub reason: String,
    pub created_at: i64,
}

/// A log entry with where its target stands now, for the public log.
#[derive(Debug, Clone)]
pub struct LogRow {
    pub entry: LogEntryRow,
    /// The proposal it concerns, if it still exists.
    pub proposal_id: Option<i64>,
    pub proposal_hidden: Option<i64>,
    /// For an entry about a comment: when that comment is hidden.
    pub comment_hidden: Option<i64>,
}

/// The newest entries of a buurt's moderation log first.
pub async fn log(db: &Db, buurt: BuurtId, limit: i64) -> AppResult<Vec<LogEntryRow>> {
    Ok(sqlx::query_as::<_, LogEntryRow>(
        "SELECT l.actor_role, u.display_name AS actor_name, l.action, l.target_kind, l.target_id, l.target_title, l.reason, \
         l.created_at FROM moderation_log l LEFT JOIN users u ON u.id = l.actor_id \
         WHERE l.buurt_id = $1 ORDER BY l.created_at DESC, l.id DESC LIMIT $2",
    )
    .bind(buurt.0)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// Of the given proposals, those that exist, with when they were hidden (if they are).
pub async fn hidden_states(db: &Db, ids: &[i64]) -> AppResult<HashMap<i64, Option<i64>>> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!("SELECT id, hidden_at FROM proposals WHERE id IN ({})", placeholders(ids.len()));
    let mut query = sqlx::query_as::<_, (i64, Option<i64>)>(sqlx::AssertSqlSafe(sql));
    for id in ids {
        query = query.bind(*id);
    }
    Ok(query.fetch_all(db).await?.into_iter().collect())
}

/// `$1, $2, …, $n`.
fn placeholders(n: usize) -> String {
    (1..=n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}
