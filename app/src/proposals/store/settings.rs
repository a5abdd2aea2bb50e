//! SQL for the participation settings of a buurt.

use super::super::model::{SETTING_FIELDS, Settings};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use sqlx::{Any, Executor};

/// The participation limits of a buurt: its stored row, or the defaults.
pub async fn settings<'c, E: Executor<'c, Database = Any>>(ex: E, buurt: BuurtId) -> AppResult<Settings> {
    let columns = SETTING_FIELDS.map(|(name, _, _)| name).join(", ");
    let sql = format!("SELECT {columns} FROM participation_settings WHERE buurt_id = $1");
    let row: Option<Settings> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(buurt.0).fetch_optional(ex).await?;
    Ok(row.unwrap_or_default())
}

/// Stores the participation limits of a buurt (the column names are the constants of
/// [`SETTING_FIELDS`], never input).
pub async fn save_settings(tx: &mut Tx, buurt: BuurtId, s: &Settings, by: UserId, now: i64) -> AppResult<()> {
    let names = SETTING_FIELDS.map(|(name, _, _)| name);
    let n = names.len();
    let places = (2..n + 4).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ");
    let updates = names.iter().chain(&["updated_by", "updated_at"]).map(|c| format!("{c} = excluded.{c}")).collect::<Vec<_>>().join(", ");
    let sql = format!(
        "INSERT INTO participation_settings (buurt_id, {}, updated_by, updated_at) VALUES ($1, {places}) \
         ON CONFLICT (buurt_id) DO UPDATE SET {updates}",
        names.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(buurt.0);
    for value in s.values() {
        query = query.bind(value);
    }
    query.bind(by.0).bind(now).execute(&mut **tx).await?;
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

