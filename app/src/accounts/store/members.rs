//! SQL of household members the sociaal werker registers (no e-mail, no phone, no password)
//! and of claiming such an account later with the household's invite code.

use super::super::model::{AgeBand, DisplayName, Email, UserId};
use crate::db::Tx;
use crate::error::AppResult;
use crate::i18n::Lang;

/// Adds an account without a password (it cannot sign in), registered by `by`.
pub async fn insert_registered(tx: &mut Tx, household: i64, name: &DisplayName, age_band: Option<AgeBand>, by: UserId, now: i64) -> AppResult<UserId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (household_id, display_name, name_key, name_skeleton, age_band, registered_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(household)
    .bind(name.as_str())
    .bind(name.key())
    .bind(name.skeleton())
    .bind(age_band.map(AgeBand::code))
    .bind(by.0)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(UserId(id))
}

/// The registered, not yet claimed accounts of a household (id, name as written by staff).
pub async fn unclaimed_members(tx: &mut Tx, household: i64) -> AppResult<Vec<(UserId, String)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, display_name FROM users WHERE household_id = $1 AND registered_by IS NOT NULL \
         AND password_hash IS NULL AND deleted_at IS NULL AND display_name IS NOT NULL ORDER BY id",
    )
    .bind(household)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.into_iter().map(|(id, name)| (UserId(id), name)).collect())
}

/// The person's own choices when they claim their account.
pub struct Claim<'a> {
    pub password_hash: &'a str,
    pub email: Option<&'a Email>,
    pub age_band: Option<AgeBand>,
    pub language: Lang,
}

/// Gives a registered account its password (and e-mail, age band, language); false when it
/// was claimed in the meantime, so an account is claimed once.
pub async fn claim(tx: &mut Tx, user: UserId, claim: Claim<'_>) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE users SET password_hash = $1, email = $2, age_band = COALESCE($3, age_band), language = $4 \
         WHERE id = $5 AND password_hash IS NULL AND registered_by IS NOT NULL AND deleted_at IS NULL",
    )
    .bind(claim.password_hash)
    .bind(claim.email.map(Email::as_str))
    .bind(claim.age_band.map(AgeBand::code))
    .bind(claim.language.code())
    .bind(user.0)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}
