//! Staff publish, change and cancel activities.

use crate::agenda::model::ActivityForm;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::managed_activity,
    crate::accounts::model::BuurtId,
    crate::agenda::use_cases::{self, CancelInput, EditInput, PublishInput},
    crate::auth::{can_publish_agenda, require_user},
    crate::db::now,
    crate::state::app_state,
    crate::text::parse_text,
};

/// Staff publish an activity for their buurt: once, or every week or every two weeks until
/// a date (each time its own activity, so sign-ups and cancellations are per time).
#[server(prefix = "/api", endpoint = "activiteit-nieuw")]
pub async fn publish_activity(
    buurt: i64,
    #[server(flatten)] form: ActivityForm,
    repeat: String,
    until: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    can_publish_agenda(&user, buurt)?;
    let state = app_state()?;
    let first = in_write!(&state.db, |tx| use_cases::publish(tx, &user, PublishInput { buurt, form: form.clone(), repeat: repeat.clone(), until: until.clone() }, now()))?;
    if let Some(id) = first {
        leptos_axum::redirect(&format!("/agenda/{}", id.0));
    }
    Ok(())
}

/// Staff change an activity: only this time, or this and every later time of its series.
/// Capacity cannot drop below the people who already have a place; a place that frees goes
/// to the waiting list; participants are told when the time or place changes.
#[server(prefix = "/api", endpoint = "activiteit-wijzigen")]
pub async fn edit_activity(
    activity: i64,
    scope: String,
    #[server(flatten)] form: ActivityForm,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let row = managed_activity(&user, activity).await?;
    let state = app_state()?;
    in_write!(&state.db, |tx| use_cases::edit(tx, &user, EditInput { activity: row.clone(), scope: scope.clone(), form: form.clone() }, now()))?;
    leptos_axum::redirect(&format!("/agenda/{activity}"));
    Ok(())
}

/// Staff cancel an activity with a reason; everyone signed up or waiting is told.
#[server(prefix = "/api", endpoint = "activiteit-afgelasten")]
pub async fn cancel_activity(activity: i64, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let row = managed_activity(&user, activity).await?;
    let reason = parse_text(&reason, 3, 200, false)?;
    let state = app_state()?;
    in_write!(&state.db, |tx| use_cases::cancel(tx, &user, CancelInput { activity: &row, reason: reason.clone() }, now()))
}
