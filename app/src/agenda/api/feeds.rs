//! The calendar-feed addresses of the signed-in user, and their personal feed's secret.

use super::FeedLinks;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::agenda::{feed, queries, store},
    crate::auth::{caller, require_user},
    crate::db::now,
    crate::state::{app_state, public_base},
};

#[server(prefix = "/api", endpoint = "agenda-koppeling")]
pub async fn get_feed_links() -> Result<FeedLinks, AppError> {
    let user = require_user().await?;
    user.buurt()?;
    let state = app_state()?;
    queries::feed_links(&state.db, &user, &public_base(&state)).await
}

/// Makes a new secret address for the personal feed; an earlier address stops working.
#[server(prefix = "/api", endpoint = "agenda-koppeling-nieuw")]
pub async fn new_personal_feed() -> Result<(), AppError> {
    let (user, state) = caller().await?;
    store::set_feed(&state.db, user.id, &feed::new_secret(), now()).await
}

/// Stops the personal feed: its address no longer works.
#[server(prefix = "/api", endpoint = "agenda-koppeling-stoppen")]
pub async fn stop_personal_feed() -> Result<(), AppError> {
    let (user, state) = caller().await?;
    store::delete_feed(&state.db, user.id).await
}
