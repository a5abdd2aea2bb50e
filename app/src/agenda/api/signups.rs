//! Residents sign up for an activity and withdraw.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    crate::agenda::model::ActivityId,
    crate::agenda::use_cases,
    crate::auth::{acting_for, caller},
    crate::db::now,
};

/// Signs the user (or, with `namens`, the resident a staff member helps) up: a place when one is free, else the waiting list. Serialised by the
/// write transaction, so the capacity holds however many people press at once.
#[server(prefix = "/api", endpoint = "aanmelden-activiteit")]
pub async fn sign_up_for(activity: i64, namens: Option<i64>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let acting = acting_for(&state.db, user, namens).await?;
    in_write!(&state.db, |tx| use_cases::change_for(tx, &acting, ActivityId(activity), false, now()))
}

/// Withdraws the user; a freed place goes to the first on the waiting list, who is told.
#[server(prefix = "/api", endpoint = "afmelden-activiteit")]
pub async fn withdraw_from(activity: i64, namens: Option<i64>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let acting = acting_for(&state.db, user, namens).await?;
    in_write!(&state.db, |tx| use_cases::change_for(tx, &acting, ActivityId(activity), true, now()))
}
