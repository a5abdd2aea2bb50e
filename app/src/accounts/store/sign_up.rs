//! SQL of signing up: invite codes, names that clash, new accounts and their memberships.

use super::super::model::{AgeBand, BuurtId, DisplayName, Email, Role, UserId};
use crate::db::{Db, Tx};
use crate::error::{AppResult, Problem};
use crate::i18n::Lang;
use sqlx::Row;

/// An invite code as found at sign-up.
#[derive(Debug)]
pub struct InviteForSignUp {
    pub id: i64,
    pub household_id: i64,
    pub buurt_id: BuurtId,
    pub max_uses: i64,
    pub uses: i64,
    pub revoked: bool,
}

pub async fn find_invite(tx: &mut Tx, code: &str) -> AppResult<Option<InviteForSignUp>> {
    let row = sqlx::query(
        "SELECT i.id, i.household_id, h.buurt_id, i.max_uses, i.uses, i.revoked_at \
         FROM invite_codes i JOIN households h ON h.id = i.household_id WHERE i.code = $1",
    )
    .bind(code)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| InviteForSignUp {
        id: r.get(0),
        household_id: r.get(1),
        buurt_id: BuurtId(r.get(2)),
        max_uses: r.get(3),
        uses: r.get(4),
        revoked: r.get::<Option<i64>, _>(5).is_some(),
    }))
}

/// Uses up one place on a code; false when it was revoked or full in the meantime.
pub async fn claim_invite(tx: &mut Tx, invite_id: i64) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE invite_codes SET uses = uses + 1 \
         WHERE id = $1 AND revoked_at IS NULL AND uses < max_uses",
    )
    .bind(invite_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether another account already has this name (`NameTaken`) or one that looks like it
/// (`NameLookAlike`). Call inside the write transaction that then stores the name.
pub async fn name_clash(tx: &mut Tx, name: &DisplayName, except: Option<UserId>) -> AppResult<Option<Problem>> {
    let found: Option<String> = sqlx::query_scalar(
        "SELECT name_key FROM users WHERE (name_key = $1 OR name_skeleton = $2) AND id <> $3 \
         ORDER BY name_key = $1 DESC LIMIT 1",
    )
    .bind(name.key())
    .bind(name.skeleton())
    .bind(except.map_or(0, |u| u.0))
    .fetch_optional(&mut **tx)
    .await?;
    Ok(found.map(|key| if key == name.key() { Problem::NameTaken } else { Problem::NameLookAlike }))
}

/// Computes the look-alike key of accounts that have none yet (those made before it existed).
pub async fn fill_name_skeletons(db: &Db) -> AppResult<u64> {
    let rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, display_name FROM users WHERE name_skeleton IS NULL AND display_name IS NOT NULL")
            .fetch_all(db)
            .await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let mut tx = crate::db::begin_write(db).await?;
    for (id, name) in &rows {
        sqlx::query("UPDATE users SET name_skeleton = $1 WHERE id = $2")
            .bind(crate::text::confusable_key(name))
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(rows.len() as u64)
}

pub async fn email_taken(tx: &mut Tx, email: &Email) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind(email.as_str())
        .fetch_optional(&mut **tx)
        .await?;
    Ok(found.is_some())
}

/// A new account's details.
#[derive(Clone, Copy)]
pub struct NewUser<'a> {
    pub household_id: Option<i64>,
    pub name: &'a DisplayName,
    pub email: Option<&'a Email>,
    pub password_hash: &'a str,
    pub age_band: Option<AgeBand>,
    pub language: Lang,
}

pub async fn insert_user_at(tx: &mut Tx, user: NewUser<'_>, now: i64) -> AppResult<UserId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (household_id, display_name, name_key, name_skeleton, email, password_hash, age_band, language, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(user.household_id)
    .bind(user.name.as_str())
    .bind(user.name.key())
    .bind(user.name.skeleton())
    .bind(user.email.map(Email::as_str))
    .bind(user.password_hash)
    .bind(user.age_band.map(AgeBand::code))
    .bind(user.language.code())
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(UserId(id))
}

/// Gives a user a role in a buurt, replacing the role they had there.
pub async fn set_membership_at(tx: &mut Tx, user: UserId, buurt: BuurtId, role: Role, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO memberships (user_id, buurt_id, role, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, buurt_id) DO UPDATE SET role = excluded.role",
    )
    .bind(user.0)
    .bind(buurt.0)
    .bind(role.code())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}


/// Adds an account at the current time (tests, the demo seed and `create-admin`); use cases
/// call [`insert_user_at`] with their `now`.
pub async fn insert_user(tx: &mut Tx, user: NewUser<'_>) -> AppResult<UserId> {
    insert_user_at(tx, user, crate::db::now()).await
}

/// Gives a role at the current time (tests, the demo seed and `create-admin`); use cases call
/// [`set_membership_at`] with their `now`.
pub async fn set_membership(tx: &mut Tx, user: UserId, buurt: BuurtId, role: Role) -> AppResult<()> {
    set_membership_at(tx, user, buurt, role, crate::db::now()).await
}
