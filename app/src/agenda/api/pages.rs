//! The agenda pages' reads: the agenda, one activity, the participants, Mijn agenda, the
//! archive, the poster and the rooms an activity can take place in.

use super::{Agenda, Poster};
use crate::agenda::model::{ActivityView, ArchivedActivity, Participant};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::managed_activity,
    crate::accounts::model::BuurtId,
    crate::agenda::model::{ActivityId, Audience, Category},
    crate::agenda::queries::{self, AgendaFilter},
    crate::agenda::store,
    crate::auth::{caller, can_publish_agenda, hide_refusal, require_member, require_user},
    crate::db::now,
    crate::i18n::request_lang,
    crate::state::{app_state, public_base},
};

/// What is coming in the signed-in user's buurt, optionally filtered, one page at a time.
#[server(prefix = "/api", endpoint = "agenda")]
pub async fn get_agenda(category: String, audience: String, page: Option<u32>) -> Result<Agenda, AppError> {
    let user = require_user().await?;
    user.buurt()?;
    let category = (!category.is_empty()).then(|| Category::parse(&category)).transpose()?;
    let audience = (!audience.is_empty()).then(|| Audience::parse(&audience)).transpose()?;
    let filter = AgendaFilter { category, audience, page: page.unwrap_or(0).min(1_000) };
    let state = app_state()?;
    queries::agenda(&state.db, &user, filter, request_lang(), now()).await
}

/// One activity, with where the signed-in user stands (or the resident a staff member helps).
#[server(prefix = "/api", endpoint = "activiteit")]
pub async fn get_activity(id: i64) -> Result<ActivityView, AppError> {
    let (user, state) = caller().await?;
    let user = crate::on_behalf::service::viewer(&state.db, user).await?;
    let row = store::activity(&state.db, ActivityId(id)).await?.ok_or(AppError::NotFound)?;
    hide_refusal(require_member(&user, BuurtId(row.buurt_id)))?;
    queries::activity(&state.db, row, &user, request_lang(), now()).await
}

/// Who signed up, in arrival order, with household labels: staff of the buurt only.
#[server(prefix = "/api", endpoint = "activiteit-deelnemers")]
pub async fn get_participants(activity: i64) -> Result<Vec<Participant>, AppError> {
    let user = require_user().await?;
    let row = managed_activity(&user, activity).await?;
    let state = app_state()?;
    queries::participants(&state.db, ActivityId(row.id), request_lang()).await
}

/// What the signed-in user signed up for (or waits for).
#[server(prefix = "/api", endpoint = "mijn-agenda")]
pub async fn get_my_agenda() -> Result<Vec<ActivityView>, AppError> {
    let (user, state) = caller().await?;
    queries::my_agenda(&state.db, &user, request_lang(), now()).await
}

/// Past activities of the user's buurt with the number of participants, newest first.
#[server(prefix = "/api", endpoint = "agenda-archief")]
pub async fn get_archive() -> Result<Vec<ArchivedActivity>, AppError> {
    let (user, state) = caller().await?;
    queries::archive(&state.db, &user, request_lang(), now()).await
}

/// The notice-board poster: this week's activities of the user's buurt and a QR code to
/// the agenda.
#[server(prefix = "/api", endpoint = "agenda-poster")]
pub async fn get_poster() -> Result<Poster, AppError> {
    let (user, state) = caller().await?;
    queries::poster(&state.db, &user, &public_base(&state), request_lang(), now()).await
}

/// The rooms of the user's buurt an activity can take place in, (id, name): for staff who
/// publish in the agenda; nobody else sees a choice (the form then says they may not publish).
#[server(prefix = "/api", endpoint = "agenda-ruimtes")]
pub async fn get_room_choices() -> Result<Vec<(i64, String)>, AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?.buurt_id;
    if can_publish_agenda(&user, buurt).is_err() {
        return Ok(Vec::new());
    }
    let state = app_state()?;
    crate::rooms::service::room_choices(&state.db, buurt).await
}
