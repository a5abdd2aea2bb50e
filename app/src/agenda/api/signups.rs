//! Residents sign up for an activity and withdraw.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::agenda::model::ActivityId,
    crate::agenda::use_cases,
    crate::auth::require_user,
    crate::db::{begin_write, now},
    crate::state::app_state,
};

/// Signs the user up: a place when one is free, else the waiting list. Serialised by the
/// write transaction, so the capacity holds however many people press at once.
#[server(prefix = "/api", endpoint = "aanmelden-activiteit")]
pub async fn sign_up_for(activity: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let mut tx = begin_write(&state.db).await?;
    use_cases::sign_up(&mut tx, &user, ActivityId(activity), now()).await?;
    tx.commit().await?;
    Ok(())
}

/// Withdraws the user; a freed place goes to the first on the waiting list, who is told.
#[server(prefix = "/api", endpoint = "afmelden-activiteit")]
pub async fn withdraw_from(activity: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let mut tx = begin_write(&state.db).await?;
    use_cases::withdraw(&mut tx, &user, ActivityId(activity), now()).await?;
    tx.commit().await?;
    Ok(())
}
