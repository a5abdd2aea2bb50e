//! Server functions for accounts. Sign-up and sign-in are open to anonymous callers by
//! design (the invite code or the password is the proof) and are rate-limited; everything
//! else requires the signed-in user and touches only their own account.

use super::model::{AgeBand, Role};
use crate::error::AppError;
use crate::i18n::Lang;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::model::{DisplayName, Email, UserId},
    super::{rules, store, use_cases},
    crate::auth::{USER_KEY, caller, session},
    crate::db::now,
    crate::error::Problem,
    crate::limits::Account,
    crate::state::{app_state, client_ip},
};

/// What the header needs to know about the visitor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub display_name: String,
    pub unread: i64,
    pub staff: bool,
    /// The buurt the person acts in (id, name), and all their buurten for the switcher.
    pub buurt: Option<(i64, String)>,
    pub buurten: Vec<(i64, String)>,
}

/// The signed-in user for the header, or `None` for a visitor.
#[server(prefix = "/api", endpoint = "ik")]
pub async fn get_me() -> Result<Option<Me>, AppError> {
    let Some(user) = crate::auth::current_user().await? else { return Ok(None) };
    let state = app_state()?;
    let unread = crate::notifications::service::unread_count(&state.db, user.id).await?;
    let buurt = user.buurt().ok().map(|m| (m.buurt_id.0, m.buurt_name.clone()));
    let buurten = user.memberships.iter().map(|m| (m.buurt_id.0, m.buurt_name.clone())).collect();
    Ok(Some(Me { staff: user.is_staff_anywhere(), display_name: user.display_name, unread, buurt, buurten }))
}

/// Signs up a new resident with the invite code of their household and signs them in. With
/// `ingeschreven=ja` the person claims the account the sociaal werker made for them (their
/// name as the worker wrote it).
#[server(prefix = "/api", endpoint = "aanmelden")]
pub async fn sign_up(
    code: String,
    display_name: String,
    age_band: String,
    password: String,
    email: String,
    ingeschreven: Option<String>,
) -> Result<(), AppError> {
    let state = app_state()?;
    state.limits.check_ip(client_ip(&state).await)?;
    let code = rules::normalize_code(&code);
    if !rules::plausible_code(&code) {
        return Err(Problem::CodeUnknown.into());
    }
    let name = DisplayName::parse(&display_name)?;
    let age_band = AgeBand::parse_optional(&age_band)?;
    rules::check_new_password(&password)?;
    let email = Email::parse_optional(&email)?;
    let language = crate::i18n::request_lang();
    let password_hash = state.passwords.hash(password).await?;
    let account = store::NewUser { household_id: None, name: &name, email: email.as_ref(), password_hash: &password_hash, age_band, language };
    let input = use_cases::NewResident { code, account, registered: ingeschreven.as_deref() == Some("ja") };
    let (user, buurt) = in_write!(&state.db, |tx| use_cases::sign_up(tx, input.clone(), now()))?;

    start_session(user).await?;
    tracing::info!(user = user.0, buurt = buurt.0, "resident signed up");
    leptos_axum::redirect("/");
    Ok(())
}

/// Signs in with display name or email and password.
#[server(prefix = "/api", endpoint = "inloggen")]
pub async fn sign_in(identifier: String, password: String) -> Result<(), AppError> {
    let state = app_state()?;
    let ip = client_ip(&state).await;
    state.limits.check_ip(ip)?;
    let identifier = identifier.trim();
    if identifier.is_empty() || identifier.chars().count() > Email::MAX_CHARS || password.chars().count() > 128 {
        return Err(Problem::WrongCredentials.into());
    }
    let found = store::find_for_sign_in(&state.db, identifier).await?;
    // Count mistakes against the account found, so spelling variants of a name share one
    // budget; a name that finds nobody counts under the form used to look it up.
    let account = match &found {
        Some((user, _)) => Account::User(user.0),
        None => Account::Name(rules::sign_in_key(identifier)),
    };
    state.limits.check_account(&account, ip)?;
    let ok = state.passwords.verify(password, found.as_ref().map(|(_, h)| h.clone())).await?;
    let Some((user, _)) = found.filter(|_| ok) else {
        state.limits.record_failure(&account, ip);
        tracing::info!("sign-in refused");
        return Err(Problem::WrongCredentials.into());
    };
    state.limits.record_success(&account, ip);
    start_session(user).await?;
    if let Some(loaded) = store::load_session_user(&state.db, user).await? {
        crate::i18n::set_lang_cookie(loaded.language);
    }
    leptos_axum::redirect("/");
    Ok(())
}

/// Signs out: the session is deleted on the server.
#[server(prefix = "/api", endpoint = "uitloggen")]
pub async fn sign_out() -> Result<(), AppError> {
    let session = session().await?;
    session.flush().await.map_err(AppError::internal)?;
    leptos_axum::redirect("/");
    Ok(())
}

/// A fresh session id for the signed-in user (no session fixation).
#[cfg(feature = "ssr")]
pub(crate) async fn start_session(user: UserId) -> Result<(), AppError> {
    let session = session().await?;
    session.cycle_id().await.map_err(AppError::internal)?;
    session.insert(USER_KEY, user.0).await.map_err(AppError::internal)?;
    Ok(())
}

/// What the profile page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub display_name: String,
    pub email: Option<String>,
    pub age_band: Option<AgeBand>,
    pub language: Lang,
    pub roles: Vec<(String, Role)>,
}

#[server(prefix = "/api", endpoint = "profiel")]
pub async fn get_profile() -> Result<Profile, AppError> {
    let (user, state) = caller().await?;
    let data = store::export(&state.db, user.id).await?;
    Ok(Profile {
        display_name: user.display_name,
        email: data.email,
        age_band: data.age_band.as_deref().and_then(|a| AgeBand::parse_optional(a).ok().flatten()),
        language: user.language,
        roles: user.memberships.into_iter().map(|m| (m.buurt_name, m.role)).collect(),
    })
}

#[server(prefix = "/api", endpoint = "profiel-naam")]
pub async fn change_display_name(display_name: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let name = DisplayName::parse(&display_name)?;
    in_write!(&state.db, |tx| rename(tx, user.id, &name))
}

/// Gives an account a new display name unless another one has it or one that looks alike.
#[cfg(feature = "ssr")]
async fn rename(tx: &mut crate::db::Tx, user: UserId, name: &DisplayName) -> Result<(), AppError> {
    if let Some(clash) = store::name_clash(tx, name, Some(user)).await? {
        return Err(clash.into());
    }
    store::update_display_name(tx, user, name).await
}

#[server(prefix = "/api", endpoint = "profiel-wachtwoord")]
pub async fn change_password(current: String, new_password: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    rules::check_new_password(&new_password)?;
    let (account, ip) = (Account::User(user.id.0), client_ip(&state).await);
    state.limits.check_account(&account, ip)?;
    let stored = store::password_hash(&state.db, user.id).await?;
    if current.chars().count() > 128 || !state.passwords.verify(current, stored).await? {
        state.limits.record_failure(&account, ip);
        return Err(Problem::WrongPassword.into());
    }
    let hash = state.passwords.hash(new_password).await?;
    store::update_password_hash(&state.db, user.id, &hash).await?;
    // Other devices must sign in again with the new password.
    let session = session().await?;
    let keep = session.id().map(|id| id.to_string());
    store::delete_sessions_of(&state.db, user.id, keep.as_deref()).await?;
    Ok(())
}

/// Deletes the signed-in user's account after they confirm with their password.
#[server(prefix = "/api", endpoint = "profiel-verwijderen")]
pub async fn delete_account(password: String, confirm: Option<String>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    if confirm.is_none() {
        return Err(Problem::ConfirmMissing.into());
    }
    let (account, ip) = (Account::User(user.id.0), client_ip(&state).await);
    state.limits.check_account(&account, ip)?;
    let stored = store::password_hash(&state.db, user.id).await?;
    if password.chars().count() > 128 || !state.passwords.verify(password, stored).await? {
        state.limits.record_failure(&account, ip);
        return Err(Problem::WrongPassword.into());
    }
    in_write!(&state.db, |tx| use_cases::delete_account(tx, &user, now()))?;
    store::delete_sessions_of(&state.db, user.id, None).await?;
    session().await?.flush().await.map_err(AppError::internal)?;
    tracing::info!(user = user.id.0, "account deleted");
    leptos_axum::redirect("/?verwijderd=1");
    Ok(())
}
