//! The home page's one server function. It works signed out too: a visitor sees the week
//! (what hangs on the notice board), nothing with a name.

use super::model::Home;
use crate::error::AppError;
use leptos::prelude::*;

/// The home page of the caller: the coming week, and for a signed-in person their next things,
/// what is open and what waits in their queues.
#[server(prefix = "/api", endpoint = "plein")]
pub async fn get_home() -> Result<Home, AppError> {
    let user = crate::auth::current_user().await?;
    let state = crate::state::app_state()?;
    super::queries::home(&state.db, &state.week, user.as_ref(), crate::i18n::request_lang(), crate::db::now()).await
}
