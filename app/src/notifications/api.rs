//! Server functions of the inbox. Each requires a signed-in user and touches only their own
//! notifications.

use super::model::Notification;
use crate::error::AppError;
use leptos::prelude::*;

/// The signed-in user's newest notifications, in the language of the page.
#[server(prefix = "/api", endpoint = "meldingen")]
pub async fn list_notifications() -> Result<Vec<Notification>, AppError> {
    let user = crate::auth::require_user().await?;
    let state = crate::state::app_state()?;
    super::store::list(&state.db, user.id, 100, crate::i18n::request_lang()).await
}

/// Marks one notification read, or all of them when `id` is 0.
#[server(prefix = "/api", endpoint = "meldingen-gelezen")]
pub async fn mark_read(id: i64) -> Result<(), AppError> {
    use super::model::NotificationId;
    let user = crate::auth::require_user().await?;
    let state = crate::state::app_state()?;
    let which = (id != 0).then_some(NotificationId(id));
    super::store::mark_read(&state.db, user.id, which, crate::db::now()).await?;
    Ok(())
}
