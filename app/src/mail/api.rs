//! Server functions of mail: the signed-in person's address and choices (the profile), and
//! what the unsubscribe page shows for a token (open to anyone: the token is the proof).

use super::model::{MailChoices, UnsubscribeView};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::model::{Choices, Topic},
    super::store,
    crate::accounts::model::Email,
    crate::accounts::service::{change_email, confirm_password},
    crate::auth::caller,
    crate::db::now,
    crate::in_write,
};

/// The signed-in person's address and mail choices.
#[server(prefix = "/api", endpoint = "mail-keuzes")]
pub async fn get_mail_choices() -> Result<MailChoices, AppError> {
    let (user, state) = caller().await?;
    let (address, choices) = store::choices(&state.db, user.id).await?;
    Ok(MailChoices { address, choices })
}

/// Saves the choices of the profile's form: per kind of straight-away mail and for the weekly
/// digest, a ticked box posts `ja`, an unticked one nothing.
#[server(prefix = "/api", endpoint = "mail-keuzes-opslaan")]
pub async fn save_mail_choices(
    activiteit: Option<String>,
    ruimte: Option<String>,
    voorstel: Option<String>,
    groep: Option<String>,
    stemronde: Option<String>,
    digest: Option<String>,
) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let ticked = [(Topic::Activity, activiteit), (Topic::Room, ruimte), (Topic::Proposal, voorstel), (Topic::Group, groep), (Topic::Round, stemronde)];
    let on: Vec<Topic> = ticked.into_iter().filter_map(|(topic, box_)| box_.map(|_| topic)).collect();
    let choices = Choices::from_ticked(&on, digest.is_some());
    in_write!(&state.db, |tx| store::set_choices(tx, user.id, &choices, now()))
}

/// Adds, changes or (left empty) removes the signed-in person's own address, after their
/// password: the address is where a sign-in link goes. Checked as at sign-up; an address of
/// another account is refused and nothing changes.
#[server(prefix = "/api", endpoint = "mail-adres-opslaan")]
pub async fn save_mail_address(email: String, email_password: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let email = Email::parse_optional(&email)?;
    confirm_password(&state, user.id, email_password, "email_password").await?;
    if in_write!(&state.db, |tx| change_email(tx, user.id, email.as_ref()))? {
        // Which address is not logged: only that it changed.
        tracing::info!(user = user.id.0, removed = email.is_none(), "e-mail address changed by its owner");
    }
    Ok(())
}

/// What an unsubscribe link switches off, and whether that is still on; None for a link that
/// does not hold (any more).
#[server(prefix = "/api", endpoint = "mail-afmelden-info")]
pub async fn unsubscribe_info(token: String) -> Result<Option<UnsubscribeView>, AppError> {
    let state = crate::state::app_state()?;
    super::service::unsubscribe_view(&state.db, &token).await
}
