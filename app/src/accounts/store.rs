//! SQL for accounts: invite codes at sign-up, users, memberships, profile and deletion.

use super::model::{AgeBand, BuurtId, DisplayName, Email, Role, UserId};
use crate::auth::{Membership, SessionUser};
use crate::db::{Db, Tx, now};
use crate::error::{AppError, AppResult, Problem};
use crate::i18n::Lang;
use serde::Serialize;
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
pub struct NewUser<'a> {
    pub household_id: Option<i64>,
    pub name: &'a DisplayName,
    pub email: Option<&'a Email>,
    pub password_hash: &'a str,
    pub age_band: Option<AgeBand>,
    pub language: Lang,
}

pub async fn insert_user(tx: &mut Tx, user: NewUser<'_>) -> AppResult<UserId> {
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
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(UserId(id))
}

/// Gives a user a role in a buurt, replacing the role they had there.
pub async fn set_membership(tx: &mut Tx, user: UserId, buurt: BuurtId, role: Role) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO memberships (user_id, buurt_id, role, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, buurt_id) DO UPDATE SET role = excluded.role",
    )
    .bind(user.0)
    .bind(buurt.0)
    .bind(role.code())
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The account a sign-in name or email belongs to, with its password hash. The identifier is
/// compared in its [`super::rules::sign_in_key`] form.
pub async fn find_for_sign_in(db: &Db, identifier: &str) -> AppResult<Option<(UserId, String)>> {
    let key = super::rules::sign_in_key(identifier);
    // Names are stored in NFKC form, older ones as they were typed.
    let typed_key = crate::text::collapse_spaces(identifier).to_lowercase();
    let row: Option<(i64, Option<String>)> = sqlx::query_as(
        "SELECT id, password_hash FROM users \
         WHERE deleted_at IS NULL AND (name_key = $1 OR name_key = $2 OR email = $1)",
    )
    .bind(key)
    .bind(typed_key)
    .fetch_optional(db)
    .await?;
    Ok(row.and_then(|(id, hash)| hash.map(|h| (UserId(id), h))))
}

pub async fn password_hash(db: &Db, user: UserId) -> AppResult<Option<String>> {
    let hash: Option<Option<String>> = sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1")
        .bind(user.0)
        .fetch_optional(db)
        .await?;
    Ok(hash.flatten())
}

/// Loads a signed-in user with their roles; `None` for unknown or deleted accounts.
pub async fn load_session_user(db: &Db, id: UserId) -> AppResult<Option<SessionUser>> {
    let row: Option<(Option<String>, String, Option<i64>)> =
        sqlx::query_as("SELECT display_name, language, chosen_buurt_id FROM users WHERE id = $1 AND deleted_at IS NULL")
            .bind(id.0)
            .fetch_optional(db)
            .await?;
    let Some((Some(display_name), language, chosen)) = row else { return Ok(None) };
    let rows: Vec<(i64, String, String)> = sqlx::query_as(
        "SELECT b.id, b.name, m.role FROM memberships m JOIN buurten b ON b.id = m.buurt_id \
         WHERE m.user_id = $1 ORDER BY b.name",
    )
    .bind(id.0)
    .fetch_all(db)
    .await?;
    let memberships = rows
        .into_iter()
        .map(|(buurt, name, role)| {
            Ok(Membership {
                buurt_id: BuurtId(buurt),
                buurt_name: name,
                role: Role::parse(&role).map_err(|_| AppError::internal(format!("unknown role {role}")))?,
            })
        })
        .collect::<AppResult<Vec<_>>>()?;
    Ok(Some(SessionUser {
        id,
        display_name,
        language: Lang::from_code(&language).unwrap_or_default(),
        memberships,
        chosen: chosen.map(BuurtId),
    }))
}

pub async fn update_display_name(tx: &mut Tx, user: UserId, name: &DisplayName) -> AppResult<()> {
    sqlx::query("UPDATE users SET display_name = $1, name_key = $2, name_skeleton = $3 WHERE id = $4")
        .bind(name.as_str())
        .bind(name.key())
        .bind(name.skeleton())
        .bind(user.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn update_password_hash(db: &Db, user: UserId, hash: &str) -> AppResult<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(user.0)
        .execute(db)
        .await?;
    Ok(())
}

pub async fn update_language(db: &Db, user: UserId, lang: Lang) -> AppResult<()> {
    sqlx::query("UPDATE users SET language = $1 WHERE id = $2")
        .bind(lang.code())
        .bind(user.0)
        .execute(db)
        .await?;
    Ok(())
}

/// Ends every session of a user (after a password change or deletion).
pub async fn delete_sessions_of(db: &Db, user: UserId, keep: Option<&str>) -> AppResult<()> {
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user.0)
        .bind(keep.unwrap_or(""))
        .execute(db)
        .await?;
    Ok(())
}

/// Deletes an account: personal data goes, contributions stay as "oud-bewoner".
pub async fn delete_account(tx: &mut Tx, user: UserId) -> AppResult<()> {
    sqlx::query(
        "UPDATE users SET display_name = NULL, name_key = NULL, name_skeleton = NULL, email = NULL, password_hash = NULL, \
         age_band = NULL, deleted_at = $1 WHERE id = $2",
    )
    .bind(now())
    .bind(user.0)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM memberships WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    sqlx::query("DELETE FROM notifications WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    // Open proposals leave the commissie's queue (withdrawn, through the proposals' steps).
    crate::proposals::service::on_account_deleted(tx, user, now()).await?;
    crate::comments::service::on_account_deleted(tx, user, now()).await?;
    Ok(())
}

/// Everything the portal keeps about one person, for "download my data".
#[derive(Debug, Serialize)]
pub struct PersonalData {
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub age_band: Option<String>,
    pub language: String,
    pub created_at: String,
    pub memberships: Vec<ExportedMembership>,
    pub notifications: Vec<ExportedNotification>,
    pub comments: Vec<crate::comments::service::ExportedComment>,
    pub proposals: Vec<crate::proposals::service::ExportedProposal>,
    /// Titles of the proposals this person supports.
    pub supported: Vec<String>,
    /// The voting rounds this person voted in: when, and whether someone helped. What they
    /// voted is secret, also from this export.
    pub voted_in: Vec<ExportedVoting>,
}

#[derive(Debug, Serialize)]
pub struct ExportedVoting {
    pub round: String,
    pub voted_at: String,
    pub helped: bool,
}

#[derive(Debug, Serialize)]
pub struct ExportedMembership {
    pub buurt: String,
    pub role: String,
}

#[derive(Debug, Serialize)]
pub struct ExportedNotification {
    pub message_key: String,
    pub args: serde_json::Value,
    pub created_at: String,
    pub read: bool,
}

fn iso(ts: i64) -> String {
    jiff::Timestamp::from_second(ts).map(|t| t.to_string()).unwrap_or_default()
}

pub async fn export(db: &Db, user: UserId) -> AppResult<PersonalData> {
    let (display_name, email, age_band, language, created_at): (Option<String>, Option<String>, Option<String>, String, i64) =
        sqlx::query_as("SELECT display_name, email, age_band, language, created_at FROM users WHERE id = $1")
            .bind(user.0)
            .fetch_one(db)
            .await?;
    let memberships: Vec<(String, String)> = sqlx::query_as(
        "SELECT b.name, m.role FROM memberships m JOIN buurten b ON b.id = m.buurt_id WHERE m.user_id = $1",
    )
    .bind(user.0)
    .fetch_all(db)
    .await?;
    let notifications: Vec<(String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT message_key, args, created_at, read_at FROM notifications WHERE user_id = $1 ORDER BY id",
    )
    .bind(user.0)
    .fetch_all(db)
    .await?;
    let (proposals, supported) = crate::proposals::service::export(db, user).await?;
    let voted_in: Vec<(String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT r.title, v.voted_at, v.assisted_by FROM round_voters v JOIN vote_rounds r ON r.id = v.round_id \
         WHERE v.user_id = $1 ORDER BY v.voted_at",
    )
    .bind(user.0)
    .fetch_all(db)
    .await?;
    Ok(PersonalData {
        display_name,
        email,
        age_band,
        language,
        created_at: iso(created_at),
        memberships: memberships.into_iter().map(|(buurt, role)| ExportedMembership { buurt, role }).collect(),
        notifications: notifications
            .into_iter()
            .map(|(message_key, args, created_at, read_at)| ExportedNotification {
                message_key,
                args: serde_json::from_str(&args).unwrap_or_default(),
                created_at: iso(created_at),
                read: read_at.is_some(),
            })
            .collect(),
        comments: crate::comments::service::export(db, user).await?,
        proposals,
        supported,
        voted_in: voted_in
            .into_iter()
            .map(|(round, at, helper)| ExportedVoting { round, voted_at: iso(at), helped: helper.is_some() })
            .collect(),
    })
}
