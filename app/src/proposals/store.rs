//! SQL for proposals, the participation settings of a buurt and the public moderation log.

use super::model::{Action, Settings, Target};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Tx, now};
use crate::error::AppResult;
use sqlx::{Any, Executor};

/// The participation limits of a buurt: its stored row, or the defaults.
pub async fn settings<'c, E: Executor<'c, Database = Any>>(ex: E, buurt: BuurtId) -> AppResult<Settings> {
    let row: Option<(i64, i64, i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT max_open_per_resident, max_open_per_household, comment_interval_seconds, comments_per_day, \
         consecutive_replies, report_threshold, nudge_share_percent, nudge_min_comments \
         FROM participation_settings WHERE buurt_id = $1",
    )
    .bind(buurt.0)
    .fetch_optional(ex)
    .await?;
    Ok(match row {
        Some((a, b, c, d, e, f, g, h)) => Settings {
            max_open_per_resident: a,
            max_open_per_household: b,
            comment_interval_seconds: c,
            comments_per_day: d,
            consecutive_replies: e,
            report_threshold: f,
            nudge_share_percent: g,
            nudge_min_comments: h,
        },
        None => Settings::default(),
    })
}

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

pub async fn log_moderation(tx: &mut Tx, e: &LogEntry<'_>) -> AppResult<()> {
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
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}
