//! SQL of getting back in: recovery codes (by the hash of the code only), and the few
//! account facts a recovery needs. Every time is passed in.

use super::model::{CodeKind, RecoveryId};
use super::rules::CodeState;
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use crate::i18n::Lang;
use sqlx::Row;

/// A new code: whose, which kind, its hash, and for a letter who made it in which buurt.
pub struct NewCode<'a> {
    pub user: UserId,
    pub kind: CodeKind,
    pub hash: &'a str,
    pub made_by: Option<(UserId, BuurtId)>,
}

/// Stores a code that works until `now` plus its kind's lifetime; `None` when the hash
/// exists already (a random clash: draw again).
pub async fn insert_code(tx: &mut Tx, code: NewCode<'_>, now: i64) -> AppResult<Option<RecoveryId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO recovery_codes (user_id, kind, code_hash, created_by, buurt_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code_hash) DO NOTHING RETURNING id",
    )
    .bind(code.user.0)
    .bind(code.kind.code())
    .bind(code.hash)
    .bind(code.made_by.map(|(u, _)| u.0))
    .bind(code.made_by.map(|(_, b)| b.0))
    .bind(now)
    .bind(now + code.kind.valid_seconds())
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id.map(RecoveryId))
}

/// Makes the unused codes of a user worthless: of one kind, or (`None`) of every kind.
pub async fn revoke_unused(tx: &mut Tx, user: UserId, kind: Option<CodeKind>, now: i64) -> AppResult<()> {
    const ALL: &str = "UPDATE recovery_codes SET revoked_at = $1 WHERE user_id = $2 AND used_at IS NULL AND revoked_at IS NULL";
    const OF_KIND: &str =
        "UPDATE recovery_codes SET revoked_at = $1 WHERE user_id = $2 AND used_at IS NULL AND revoked_at IS NULL AND kind = $3";
    let query = match kind {
        Some(kind) => sqlx::query(OF_KIND).bind(now).bind(user.0).bind(kind.code()),
        None => sqlx::query(ALL).bind(now).bind(user.0),
    };
    query.execute(&mut **tx).await?;
    Ok(())
}

/// A code found by its hash: its id, its owner and its state.
#[derive(Clone, Copy, Debug)]
pub struct FoundCode {
    pub id: RecoveryId,
    pub user: UserId,
    pub state: CodeState,
}

/// The code with this hash, if any (of an account that still exists).
pub async fn find_code(tx: &mut Tx, hash: &str) -> AppResult<Option<FoundCode>> {
    let row = sqlx::query(
        "SELECT r.id, r.user_id, r.expires_at, r.used_at, r.revoked_at FROM recovery_codes r \
         JOIN users u ON u.id = r.user_id WHERE r.code_hash = $1 AND u.deleted_at IS NULL",
    )
    .bind(hash)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| FoundCode {
        id: RecoveryId(r.get(0)),
        user: UserId(r.get(1)),
        state: CodeState {
            expires_at: r.get(2),
            used: r.get::<Option<i64>, _>(3).is_some(),
            revoked: r.get::<Option<i64>, _>(4).is_some(),
        },
    }))
}

/// Uses a code up, only while it still works; false when it was used, replaced or expired
/// in the meantime.
pub async fn use_code(tx: &mut Tx, id: RecoveryId, now: i64) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE recovery_codes SET used_at = $1 \
         WHERE id = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1",
    )
    .bind(now)
    .bind(id.0)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many e-mail links were made for a user after `since`.
pub async fn links_since(tx: &mut Tx, user: UserId, since: i64) -> AppResult<i64> {
    let count: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND kind = 'link' AND created_at > $2",
    )
    .bind(user.0)
    .bind(since)
    .fetch_one(&mut **tx)
    .await?;
    Ok(count)
}

/// The account with this e-mail address and its language, if it exists.
pub async fn user_by_email(tx: &mut Tx, email: &str) -> AppResult<Option<(UserId, Lang)>> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, language FROM users WHERE email = $1 AND deleted_at IS NULL AND password_hash IS NOT NULL")
            .bind(email)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(row.map(|(id, lang)| (UserId(id), Lang::from_code(&lang).unwrap_or_default())))
}

/// A user's roles in every buurt, to decide whether they may get a herstelbrief.
pub async fn roles_of(tx: &mut Tx, user: UserId) -> AppResult<Vec<(BuurtId, String)>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT m.buurt_id, m.role FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.user_id = $1 AND u.deleted_at IS NULL",
    )
    .bind(user.0)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows.into_iter().map(|(b, r)| (BuurtId(b), r)).collect())
}

/// Whether a user has a password to sign in with (a member the sociaal werker registered has
/// none until they claim the account with the household's code).
pub async fn can_sign_in(tx: &mut Tx, user: UserId) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE id = $1 AND password_hash IS NOT NULL")
        .bind(user.0)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(found.is_some())
}

/// Sets a new password hash.
pub async fn set_password_hash(tx: &mut Tx, user: UserId, hash: &str) -> AppResult<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2 AND deleted_at IS NULL")
        .bind(hash)
        .bind(user.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A herstelbrief as its page needs it.
pub struct LetterRow {
    pub user: UserId,
    pub buurt: BuurtId,
    pub code_hash: String,
    pub state: CodeState,
    pub resident_name: String,
    pub household_label: Option<String>,
    pub buurt_name: String,
}

/// The letter with this id (letters only, of an account that still exists).
pub async fn letter(db: &Db, id: RecoveryId) -> AppResult<Option<LetterRow>> {
    let row = sqlx::query(
        "SELECT r.user_id, r.buurt_id, r.code_hash, r.expires_at, u.display_name, h.label, b.name, r.used_at, r.revoked_at \
         FROM recovery_codes r JOIN users u ON u.id = r.user_id JOIN buurten b ON b.id = r.buurt_id \
         LEFT JOIN households h ON h.id = u.household_id \
         WHERE r.id = $1 AND r.kind = 'letter' AND u.deleted_at IS NULL",
    )
    .bind(id.0)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|r| LetterRow {
        user: UserId(r.get(0)),
        buurt: BuurtId(r.get(1)),
        code_hash: r.get(2),
        state: CodeState {
            expires_at: r.get(3),
            used: r.get::<Option<i64>, _>(7).is_some(),
            revoked: r.get::<Option<i64>, _>(8).is_some(),
        },
        resident_name: r.get::<Option<String>, _>(4).unwrap_or_default(),
        household_label: r.get(5),
        buurt_name: r.get(6),
    }))
}

/// When an account is deleted its codes go.
pub async fn delete_codes_of(tx: &mut Tx, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    Ok(())
}
