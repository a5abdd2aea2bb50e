//! SQL for help given: the acts done for residents, and the residents staff may pick.

use super::model::{Act, ResidentChoice};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;

/// One act to record.
pub struct NewAct<'a> {
    pub buurt: BuurtId,
    pub resident: UserId,
    pub helper: UserId,
    pub act: Act,
    pub subject: &'a str,
}

pub async fn insert(tx: &mut Tx, new: NewAct<'_>, now: i64) -> AppResult<()> {
    sqlx::query("INSERT INTO on_behalf_acts (buurt_id, resident_id, helper_id, act, subject, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(new.buurt.0)
        .bind(new.resident.0)
        .bind(new.helper.0)
        .bind(new.act.code())
        .bind(new.subject)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Removes the acts done for a resident (their account is deleted).
pub async fn delete_for_resident(tx: &mut Tx, resident: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM on_behalf_acts WHERE resident_id = $1").bind(resident.0).execute(&mut **tx).await?;
    Ok(())
}

/// A stored act: code, subject, helper's name (None once deleted), when.
pub type ActRow = (String, String, Option<String>, i64);

/// The acts done for a resident, newest first (at most `limit`).
pub async fn acts_of(db: &Db, resident: UserId, limit: i64) -> AppResult<Vec<ActRow>> {
    Ok(sqlx::query_as(
        "SELECT a.act, a.subject, u.display_name, a.created_at FROM on_behalf_acts a LEFT JOIN users u ON u.id = a.helper_id \
         WHERE a.resident_id = $1 ORDER BY a.created_at DESC, a.id DESC LIMIT $2",
    )
    .bind(resident.0)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// The residents (bewoner, commissielid) of a buurt whose name contains `search`
/// (case-insensitive), by name, at most 50.
pub async fn residents(db: &Db, buurt: BuurtId, search: &str) -> AppResult<Vec<ResidentChoice>> {
    let pattern = format!("%{}%", search.to_lowercase().replace(['%', '_'], ""));
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT u.id, u.display_name, CASE WHEN u.registered_by IS NOT NULL AND u.password_hash IS NULL THEN 1 ELSE 0 END \
         FROM memberships m \
         JOIN users u ON u.id = m.user_id \
         WHERE m.buurt_id = $1 AND m.role IN ('bewoner', 'commissielid') AND u.deleted_at IS NULL \
         AND u.display_name IS NOT NULL AND LOWER(u.display_name) LIKE $2 ORDER BY LOWER(u.display_name) LIMIT 50",
    )
    .bind(buurt.0)
    .bind(pattern)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(id, name, without_account)| ResidentChoice { id, name, without_account: without_account == 1 }).collect())
}
