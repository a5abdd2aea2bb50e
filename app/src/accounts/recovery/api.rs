//! Server functions of getting back in. Printing a herstelbrief requires staff of the
//! resident's buurt; setting a new password with a code and asking for an e-mail link are
//! open to anyone by design (the code, or the mailbox, is the proof) and are rate-limited.

use super::model::RecoveryLetter;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::model::RecoveryId,
    super::{cookie, present, rules, store, use_cases},
    crate::accounts::model::{BuurtId, Email, UserId},
    crate::auth::{caller, can_print_recovery_letter},
    crate::db::now,
    crate::error::Problem,
    crate::in_write,
    crate::state::{AppState, app_state, client_ip, public_base},
};

/// Staff print a herstelbrief for a resident of their buurt: the new code goes to this
/// browser only (a cookie for the letter's page), the database keeps its hash.
#[server(prefix = "/api", endpoint = "beheer-herstelbrief-nieuw")]
pub async fn make_recovery_letter(buurt: i64, member: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let buurt = BuurtId(buurt);
    can_print_recovery_letter(&user, buurt)?;
    let input = use_cases::LetterFor { buurt, member: UserId(member) };
    let (letter, code) = in_write!(&state.db, |tx| use_cases::make_letter(tx, &user, input.clone(), now()))?;
    cookie::hand_over(&state, letter, &code);
    tracing::info!(user = user.id.0, member, buurt = buurt.0, "herstelbrief made");
    leptos_axum::redirect(&format!("/herstelbrief/{}", letter.0));
    Ok(())
}

/// The printable herstelbrief (staff of the resident's buurt).
#[server(prefix = "/api", endpoint = "beheer-herstelbrief")]
pub async fn get_recovery_letter(letter: i64) -> Result<RecoveryLetter, AppError> {
    let (user, state) = caller().await?;
    let letter = RecoveryId(letter);
    let row = store::letter(&state.db, letter).await?.ok_or(AppError::Forbidden)?;
    can_print_recovery_letter(&user, row.buurt)?;
    present::letter(row, cookie::held(), public_base(&state), now())
}

/// Sets a new password with a code from a herstelbrief or an e-mail link, then signs in.
#[server(prefix = "/api", endpoint = "herstellen")]
pub async fn reset_password(herstelcode: String, password: String, password_again: String) -> Result<(), AppError> {
    let state = app_state()?;
    let at = now();
    state.limits.check_ip(client_ip(&state).await)?;
    state.limits.check_code_guess(at)?;
    let code_hash = known_code(&state, &herstelcode, at).await?;
    rules::check_repeated(&password, &password_again)?;
    crate::accounts::rules::check_new_password(&password)?;
    let password_hash = state.passwords.hash(password).await?;
    let input = use_cases::NewPassword { code_hash: &code_hash, password_hash: &password_hash };
    let user = in_write!(&state.db, |tx| use_cases::reset_password(tx, input.clone(), at))?;
    crate::accounts::api::start_session(user).await?;
    tracing::info!(user = user.0, "password set with a recovery code");
    Ok(())
}

/// The hash of a typed code that exists and still works; a code that matches nothing counts
/// towards the limit on wrong codes.
#[cfg(feature = "ssr")]
async fn known_code(state: &AppState, typed: &str, at: i64) -> Result<String, AppError> {
    let hash = rules::parse_code(typed).map(|code| rules::hash_code(&code));
    let found = match &hash {
        Some(hash) => store::find_code(&mut state.db.begin().await?, hash).await?,
        None => None,
    };
    let (Some(hash), Some(found)) = (hash, found) else {
        state.limits.record_wrong_code(at);
        return Err(Problem::RecoveryCodeUnknown.into());
    };
    rules::check_usable(found.state, at)?;
    Ok(hash)
}

/// Asks for a sign-in link by e-mail. The answer is the same whether the address is known or
/// not, and comes before any work on it is done, so its timing says nothing either.
#[server(prefix = "/api", endpoint = "wachtwoord-vergeten")]
pub async fn request_recovery_link(email: String) -> Result<(), AppError> {
    let state = app_state()?;
    state.limits.check_ip(client_ip(&state).await)?;
    let email = Email::parse_optional(&email)?.ok_or(Problem::EmailInvalid)?;
    let (db, at) = (state.db.clone(), now());
    tokio::spawn(async move {
        let input = use_cases::LinkRequest { email: &email };
        match in_write!(&db, |tx| use_cases::request_link(tx, input.clone(), at)) {
            Ok(made) => tracing::info!(made, "sign-in link asked for"),
            Err(e) => tracing::error!(error = %e, "making a sign-in link failed"),
        }
    });
    Ok(())
}
