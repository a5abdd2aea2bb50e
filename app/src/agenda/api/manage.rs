//! Staff publish, change and cancel activities.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::managed_activity,
    crate::accounts::model::BuurtId,
    crate::agenda::model::ActivityForm,
    crate::agenda::use_cases::{self, CancelInput, EditInput, PublishInput},
    crate::auth::{can_publish_agenda, require_user},
    crate::db::{begin_write, now},
    crate::state::app_state,
    crate::text::parse_text,
};

/// Staff publish an activity for their buurt: once, or every week or every two weeks until
/// a date (each time its own activity, so sign-ups and cancellations are per time).
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "activiteit-nieuw")]
pub async fn publish_activity(
    buurt: i64,
    title: String,
    description: String,
    date: String,
    start_time: String,
    end_time: String,
    place: String,
    audience: String,
    category: String,
    capacity: String,
    costs: String,
    closes: String,
    repeat: String,
    until: String,
    room: Option<String>,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    can_publish_agenda(&user, buurt)?;
    let form = ActivityForm { title, description, date, start_time, end_time, place, audience, category, capacity, costs, closes, room };
    let state = app_state()?;
    let mut tx = begin_write(&state.db).await?;
    let first = use_cases::publish(&mut tx, &user, PublishInput { buurt, form, repeat, until }, now()).await?;
    tx.commit().await?;
    if let Some(id) = first {
        leptos_axum::redirect(&format!("/agenda/{}", id.0));
    }
    Ok(())
}

/// Staff change an activity: only this time, or this and every later time of its series.
/// Capacity cannot drop below the people who already have a place; a place that frees goes
/// to the waiting list; participants are told when the time or place changes.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "activiteit-wijzigen")]
pub async fn edit_activity(
    activity: i64,
    scope: String,
    title: String,
    description: String,
    date: String,
    start_time: String,
    end_time: String,
    place: String,
    audience: String,
    category: String,
    capacity: String,
    costs: String,
    closes: String,
    room: Option<String>,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let row = managed_activity(&user, activity).await?;
    let form = ActivityForm { title, description, date, start_time, end_time, place, audience, category, capacity, costs, closes, room };
    let state = app_state()?;
    let mut tx = begin_write(&state.db).await?;
    use_cases::edit(&mut tx, &user, EditInput { activity: row, scope, form }, now()).await?;
    tx.commit().await?;
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
    let mut tx = begin_write(&state.db).await?;
    use_cases::cancel(&mut tx, &user, CancelInput { activity: &row, reason }, now()).await?;
    tx.commit().await?;
    Ok(())
}
