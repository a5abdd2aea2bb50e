//! Residents sign up for an activity and withdraw.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    crate::agenda::model::ActivityId,
    crate::agenda::use_cases,
    crate::auth::caller,
    crate::db::now,
};

/// Signs the user up: a place when one is free, else the waiting list. Serialised by the
/// write transaction, so the capacity holds however many people press at once.
#[server(prefix = "/api", endpoint = "aanmelden-activiteit")]
pub async fn sign_up_for(activity: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    in_write!(&state.db, |tx| use_cases::sign_up(tx, &user, ActivityId(activity), now()))
}

/// Withdraws the user; a freed place goes to the first on the waiting list, who is told.
#[server(prefix = "/api", endpoint = "afmelden-activiteit")]
pub async fn withdraw_from(activity: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    in_write!(&state.db, |tx| use_cases::withdraw(tx, &user, ActivityId(activity), now()))
}
