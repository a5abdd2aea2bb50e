//! SQL for fair reports: reports per household per day, what the reporting households reported
//! before, and the holds of items that reports hid (since when, and how they ended).

use super::super::model::TargetKind;
use super::super::rules::DAY;
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use sqlx::{Any, Executor};

/// Who counts as one reporter for the daily cap: the household, or the person without one.
const REPORTER: &str = "COALESCE(household_id, -reporter_id)";

/// Whether the person reported this item already.
pub async fn has_reported(tx: &mut Tx, (kind, id): (TargetKind, i64), user: UserId) -> AppResult<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reports WHERE target_kind = $1 AND target_id = $2 AND reporter_id = $3")
        .bind(kind.code())
        .bind(id)
        .bind(user.0)
        .fetch_one(&mut **tx)
        .await?;
    Ok(n > 0)
}

/// The reports of a household (or of a person without one) in the 24 hours before `now`, and
/// the moment of the `cap`-th most recent of them.
pub async fn reports_in_day(tx: &mut Tx, (user, household): (UserId, Option<i64>), cap: i64, now: i64) -> AppResult<(i64, Option<i64>)> {
    let key = household.unwrap_or(-user.0);
    let in_day: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM reports WHERE {REPORTER} = $1 AND created_at > $2")))
        .bind(key)
        .bind(now - DAY)
        .fetch_one(&mut **tx)
        .await?;
    let cap_th: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT created_at FROM reports WHERE {REPORTER} = $1 AND created_at > $2 ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET $3"
    )))
    .bind(key)
    .bind(now - DAY)
    .bind((cap - 1).max(0))
    .fetch_optional(&mut **tx)
    .await?;
    Ok((in_day, cap_th))
}

/// The households (or people without one) with an open report on the item.
pub async fn open_report_households(tx: &mut Tx, (kind, id): (TargetKind, i64)) -> AppResult<Vec<i64>> {
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT DISTINCT {REPORTER} FROM reports WHERE target_kind = $1 AND target_id = $2 AND resolved_at IS NULL"
    )))
    .bind(kind.code())
    .bind(id)
    .fetch_all(&mut **tx)
    .await?)
}

/// What those households reported since `since`, other than this item: (household, kind, id).
pub async fn reported_before(tx: &mut Tx, (kind, id): (TargetKind, i64), since: i64) -> AppResult<Vec<(i64, String, i64)>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT DISTINCT {REPORTER}, target_kind, target_id FROM reports \
         WHERE created_at > $3 AND NOT (target_kind = $1 AND target_id = $2) AND {REPORTER} IN \
         (SELECT {REPORTER} FROM reports WHERE target_kind = $1 AND target_id = $2 AND resolved_at IS NULL)"
    )))
    .bind(kind.code())
    .bind(id)
    .bind(since)
    .fetch_all(&mut **tx)
    .await?)
}

/// An item that reports hid and that waits for the commissie.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Hold {
    pub id: i64,
    pub buurt_id: i64,
    pub target_kind: String,
    pub target_id: i64,
    pub reason: String,
    pub hidden_at: i64,
}

const HOLD_COLUMNS: &str = "id, buurt_id, target_kind, target_id, reason, hidden_at FROM report_holds";

/// Notes that reports hid the item now, with this reason (once: an open hold stays as it is).
pub async fn start_hold(tx: &mut Tx, buurt: BuurtId, (kind, id): (TargetKind, i64), reason: &str, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO report_holds (buurt_id, target_kind, target_id, reason, hidden_at) \
         SELECT $1, $2, $3, $4, $5 WHERE NOT EXISTS \
         (SELECT 1 FROM report_holds WHERE target_kind = $2 AND target_id = $3 AND ended_at IS NULL)",
    )
    .bind(buurt.0)
    .bind(kind.code())
    .bind(id)
    .bind(reason)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Ends the open hold of an item (if any) with the commissie's decision.
pub async fn end_hold(tx: &mut Tx, item: (TargetKind, i64), outcome: &str, now: i64) -> AppResult<()> {
    if let Some(hold) = hold_of(&mut **tx, item).await? {
        end_hold_once(tx, hold.id, outcome, now).await?;
    }
    Ok(())
}

/// Ends this hold (by its id, so a newer hold of the same item stays) with an outcome; whether it
/// was still open (a second run finds it ended).
pub async fn end_hold_once(tx: &mut Tx, hold: i64, outcome: &str, now: i64) -> AppResult<bool> {
    let done = sqlx::query("UPDATE report_holds SET ended_at = $1, outcome = $2 WHERE id = $3 AND ended_at IS NULL")
        .bind(now)
        .bind(outcome)
        .bind(hold)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The open holds that started at or before `before`, oldest first.
pub async fn holds_due(db: &Db, before: i64) -> AppResult<Vec<Hold>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {HOLD_COLUMNS} WHERE ended_at IS NULL AND hidden_at <= $1 ORDER BY hidden_at, id")))
        .bind(before)
        .fetch_all(db)
        .await?)
}

/// The open holds of a buurt, oldest first.
pub async fn open_holds(db: &Db, buurt: BuurtId) -> AppResult<Vec<Hold>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {HOLD_COLUMNS} WHERE ended_at IS NULL AND buurt_id = $1 ORDER BY hidden_at, id")))
        .bind(buurt.0)
        .fetch_all(db)
        .await?)
}

/// The open hold of an item: reports hide it and it waits for the commissie.
pub async fn hold_of<'c, E: Executor<'c, Database = Any>>(ex: E, (kind, id): (TargetKind, i64)) -> AppResult<Option<Hold>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {HOLD_COLUMNS} WHERE target_kind = $1 AND target_id = $2 AND ended_at IS NULL")))
        .bind(kind.code())
        .bind(id)
        .fetch_optional(ex)
        .await?)
}
