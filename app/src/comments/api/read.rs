//! Reading comments: the conversation under a proposal, and what was reported in a buurt.

use super::super::model::{ReportedItem, Thread};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::super::use_cases::{access::access, reported, thread},
    crate::auth::{can_moderate, current_user, require_user},
    crate::state::app_state,
};

/// The conversation under a proposal: comments oldest first, replies under their comment.
/// `None` for a visitor who is not signed in (the page then asks them to sign in).
#[server(prefix = "/api", endpoint = "reacties")]
pub async fn get_comments(proposal: i64) -> Result<Option<Thread>, AppError> {
    let Some(user) = current_user().await? else { return Ok(None) };
    let state = app_state()?;
    let (facts, role) = access(&state.db, &user, proposal).await?;
    let lang = crate::i18n::request_lang();
    thread::thread(&state.db, &user, (&facts, role), lang).await.map(Some)
}

/// What residents reported in the caller's buurt and is not yet reviewed, grouped per item,
/// oldest first. For the commissie and staff of that buurt.
#[server(prefix = "/api", endpoint = "gemeld")]
pub async fn get_reported() -> Result<Vec<ReportedItem>, AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?.buurt_id;
    can_moderate(&user, buurt)?;
    let state = app_state()?;
    reported::reported(&state.db, buurt, crate::i18n::request_lang()).await
}
