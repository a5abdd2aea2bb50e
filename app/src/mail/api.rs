//! Server functions of mail: the signed-in person's choices (the profile), and what the
//! unsubscribe page shows for a token (open to anyone: the token is the proof).

use super::model::{MailChoices, UnsubscribeView};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {super::store, crate::auth::caller, crate::db::now, crate::in_write};

/// The signed-in person's address and mail choices.
#[server(prefix = "/api", endpoint = "mail-keuzes")]
pub async fn get_mail_choices() -> Result<MailChoices, AppError> {
    let (user, state) = caller().await?;
    let (address, personal, digest) = store::choices(&state.db, user.id).await?;
    Ok(MailChoices { address, personal, digest })
}

/// Saves the choices of the profile's form: a ticked box posts `ja`, an unticked one nothing.
#[server(prefix = "/api", endpoint = "mail-keuzes-opslaan")]
pub async fn save_mail_choices(personal: Option<String>, digest: Option<String>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let (personal, digest) = (personal.is_some(), digest.is_some());
    in_write!(&state.db, |tx| store::set_choices(tx, user.id, personal, digest, now()))
}

/// What an unsubscribe link is about, and whether that mail is still on; None for a link
/// that does not hold (any more).
#[server(prefix = "/api", endpoint = "mail-afmelden-info")]
pub async fn unsubscribe_info(token: String) -> Result<Option<UnsubscribeView>, AppError> {
    let state = crate::state::app_state()?;
    super::service::unsubscribe_view(&state.db, &token).await
}
