//! SQL for accounts: invite codes at sign-up, users, memberships, profile and deletion.

use super::model::{BuurtId, DisplayName, Role, UserId};
use crate::auth::{Membership, SessionUser};
use crate::db::{Db, Tx};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use serde::Serialize;

mod email;
mod members;
mod sign_up;
pub use email::*;
pub use members::*;
pub use sign_up::*;

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
        // Until a person chooses, they act in the buurt they joined first: a beheerder who
        // creates another buurt stays where they were.
        chosen: match chosen {
            Some(id) => Some(BuurtId(id)),
            None => first_joined(db, id).await?,
        },
    }))
}

/// The buurt a person joined first (oldest membership).
async fn first_joined(db: &Db, user: UserId) -> AppResult<Option<BuurtId>> {
    let id: Option<i64> =
        sqlx::query_scalar("SELECT buurt_id FROM memberships WHERE user_id = $1 ORDER BY created_at, buurt_id LIMIT 1")
            .bind(user.0)
            .fetch_optional(db)
            .await?;
    Ok(id.map(BuurtId))
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

/// Ends every session of a user but `keep` (after a password change, a herstelbrief or
/// deletion); runs on the pool or inside a write transaction (`&mut **tx`).
pub async fn delete_sessions_of<'e, E>(db: E, user: UserId, keep: Option<&str>) -> AppResult<()>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND id <> $2")
        .bind(user.0)
        .bind(keep.unwrap_or(""))
        .execute(db)
        .await?;
    Ok(())
}

/// Deletes an account: personal data goes, contributions stay as "oud-bewoner".
/// (The notifications go through `notifications::service::on_account_deleted`.)
pub async fn delete_account(tx: &mut Tx, user: UserId, at: i64) -> AppResult<()> {
    sqlx::query(
        "UPDATE users SET display_name = NULL, name_key = NULL, name_skeleton = NULL, email = NULL, password_hash = NULL, \
         age_band = NULL, deleted_at = $1 WHERE id = $2",
    )
    .bind(at)
    .bind(user.0)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM memberships WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
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
    /// What a sociaal werker did for this person ("namens"): what, about what, who, when.
    pub helped: Vec<crate::on_behalf::service::ExportedHelp>,
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
        helped: crate::on_behalf::service::export(db, user).await?,
    })
}
