//! The fair-voice dashboard for the commissie and the sociaal werker. The check of role and
//! buurt is in [`super::dashboard::dashboard_for`], shared with the CSV route of the server.

use super::model::Dashboard;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {crate::auth::require_user, crate::state::app_state};

/// The dashboard of the caller's buurt for a period (`van`, `tot`: local dates, may be empty).
#[server(prefix = "/api", endpoint = "inbreng")]
pub async fn get_dashboard(van: String, tot: String) -> Result<Dashboard, AppError> {
    let user = require_user().await?;
    crate::auth::can_view_fairness(&user, user.buurt()?.buurt_id)?;
    let state = app_state()?;
    super::dashboard::dashboard_for(&state.db, &user, (&van, &tot), crate::db::now()).await
}

