//! SQL for the participation settings of a buurt.

use super::super::model::Settings;
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use sqlx::{Any, Executor};

/// The participation limits of a buurt: its stored row, or the defaults.
pub async fn settings<'c, E: Executor<'c, Database = Any>>(ex: E, buurt: BuurtId) -> AppResult<Settings> {
    let row: Option<Settings> = sqlx::query_as(
        "SELECT max_open_per_resident, max_open_per_household, comment_interval_seconds, comments_per_day, \
         consecutive_replies, report_threshold, nudge_share_percent, nudge_min_comments \
         FROM participation_settings WHERE buurt_id = $1",
    )
    .bind(buurt.0)
    .fetch_optional(ex)
    .await?;
    Ok(row.unwrap_or_default())
}

/// Stores the participation limits of a buurt.
pub async fn save_settings(tx: &mut Tx, buurt: BuurtId, s: &Settings, by: UserId, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO participation_settings (buurt_id, max_open_per_resident, max_open_per_household, comment_interval_seconds, \
         comments_per_day, consecutive_replies, report_threshold, nudge_share_percent, nudge_min_comments, updated_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (buurt_id) DO UPDATE SET max_open_per_resident = excluded.max_open_per_resident, \
         max_open_per_household = excluded.max_open_per_household, comment_interval_seconds = excluded.comment_interval_seconds, \
         comments_per_day = excluded.comments_per_day, consecutive_replies = excluded.consecutive_replies, \
         report_threshold = excluded.report_threshold, nudge_share_percent = excluded.nudge_share_percent, \
         nudge_min_comments = excluded.nudge_min_comments, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(buurt.0)
    .bind(s.max_open_per_resident)
    .bind(s.max_open_per_household)
    .bind(s.comment_interval_seconds)
    .bind(s.comments_per_day)
    .bind(s.consecutive_replies)
    .bind(s.report_threshold)
    .bind(s.nudge_share_percent)
    .bind(s.nudge_min_comments)
    .bind(by.0)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Who last changed the settings and when: (shown name, unix seconds).
pub async fn settings_changed(db: &Db, buurt: BuurtId) -> AppResult<Option<(Option<String>, i64)>> {
    Ok(sqlx::query_as::<_, (Option<String>, i64)>(
        "SELECT u.display_name, s.updated_at FROM participation_settings s LEFT JOIN users u ON u.id = s.updated_by \
         WHERE s.buurt_id = $1 AND s.updated_at IS NOT NULL",
    )
    .bind(buurt.0)
    .fetch_optional(db)
    .await?)
}

