//! The commissie's pages: the queue, the public log (for everyone in the buurt) and the
//! participation limits.

use super::super::model::{LogItem, Queue, SettingsForm};
use crate::error::AppError;
use std::collections::HashMap;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::super::model::parse_settings,
    super::super::use_cases::{queue, settings},
    crate::accounts::model::BuurtId,
    crate::auth::{caller, can_moderate, require_member, require_user},
    crate::db::now,
    crate::state::app_state,
};

/// The commissie's queue: new proposals oldest first, with the proposer's activity of the
/// last 30 days; those waiting for changes; accepted and planned ones; hidden ones.
#[server(prefix = "/api", endpoint = "moderatie")]
pub async fn get_moderation_queue() -> Result<Queue, AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?.buurt_id;
    can_moderate(&user, buurt)?;
    let state = app_state()?;
    queue::queue(&state.db, &user, buurt, crate::i18n::request_lang(), now()).await
}

/// The public moderation log of the visitor's buurt, newest first.
#[server(prefix = "/api", endpoint = "logboek")]
pub async fn get_moderation_log() -> Result<Vec<LogItem>, AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?.buurt_id;
    require_member(&user, buurt)?;
    let moderator = can_moderate(&user, buurt).is_ok();
    let state = app_state()?;
    queue::log(&state.db, buurt, moderator, crate::i18n::request_lang()).await
}

/// The participation limits of the visitor's buurt: commissie and staff only.
#[server(prefix = "/api", endpoint = "meedoen-instellingen")]
pub async fn get_participation_settings() -> Result<SettingsForm, AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?.buurt_id;
    can_moderate(&user, buurt)?;
    let state = app_state()?;
    settings::settings_form(&state.db, buurt, crate::i18n::request_lang()).await
}

/// The commissie or staff change the limits of their buurt: every field of
/// [`SETTING_FIELDS`](crate::proposals::model::SETTING_FIELDS), each checked.
#[server(prefix = "/api", endpoint = "meedoen-instellingen-opslaan")]
pub async fn save_participation_settings(buurt: i64, #[server(flatten)] fields: HashMap<String, String>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let buurt = BuurtId(buurt);
    can_moderate(&user, buurt)?;
    let settings = parse_settings(&fields)?;
    in_write!(&state.db, |tx| settings::save(tx, &user, (buurt, settings), now()))
}
