//! The "namens" page: the sociaal werker finds a resident who asked for help and starts
//! helping them. While helping, every form of the core flows carries `namens=<id>`, and the
//! server functions resolve the actor with [`crate::auth::acting_for`].

use super::model::OnBehalfPage;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::model::{Act, HelpedAct},
    super::store,
    crate::accounts::model::UserId,
    crate::auth::{acting_for, caller, can_help_residents, session},
    crate::time::moment_label,
};

#[cfg(feature = "ssr")]
use super::service::HELPING_KEY;

/// The page: residents of the staff member's buurt whose name contains `zoek`, and the one
/// picked (`bewoner`) with what was done for them lately. Staff of the buurt only.
#[server(prefix = "/api", endpoint = "namens")]
pub async fn get_on_behalf_page(zoek: Option<String>, bewoner: Option<i64>) -> Result<OnBehalfPage, AppError> {
    let (user, state) = caller().await?;
    let membership = user.buurt()?.clone();
    can_help_residents(&user, membership.buurt_id)?;
    let search = crate::text::collapse_spaces(zoek.as_deref().unwrap_or("")).chars().take(60).collect::<String>();
    let residents = store::residents(&state.db, membership.buurt_id, &search).await?;
    let picked = match bewoner {
        Some(id) => store::residents(&state.db, membership.buurt_id, "").await?.into_iter().find(|r| r.id == id),
        None => None,
    };
    let recent = match &picked {
        Some(p) => store::acts_of(&state.db, UserId(p.id), 20)
            .await?
            .into_iter()
            .filter_map(|(act, subject, helper, at)| {
                Some(HelpedAct { act: Act::parse(&act)?, subject, helper: helper.unwrap_or_default(), when: moment_label(at) })
            })
            .collect(),
        None => Vec::new(),
    };
    Ok(OnBehalfPage { buurt_name: membership.buurt_name, search, residents, picked, recent })
}

/// Starts helping a resident: from now on the forms of the core flows act for them, until
/// the staff member stops. Checked here and again at every act.
#[server(prefix = "/api", endpoint = "namens-kiezen")]
pub async fn start_helping(bewoner: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let acting = acting_for(&state.db, user, Some(bewoner)).await?;
    session().await?.insert(HELPING_KEY, acting.resident.id.0).await.map_err(AppError::internal)?;
    leptos_axum::redirect(&format!("/beheer/namens?bewoner={bewoner}"));
    Ok(())
}

/// Stops helping: the forms act for the staff member again.
#[server(prefix = "/api", endpoint = "namens-stoppen")]
pub async fn stop_helping() -> Result<(), AppError> {
    crate::auth::require_user().await?;
    session().await?.remove::<i64>(HELPING_KEY).await.map_err(AppError::internal)?;
    leptos_axum::redirect("/beheer/namens");
    Ok(())
}

/// The resident the signed-in staff member is helping (id, name), if any and still allowed.
#[server(prefix = "/api", endpoint = "namens-huidig")]
pub async fn get_helping() -> Result<Option<(i64, String)>, AppError> {
    let Some(id) = session().await?.get::<i64>(HELPING_KEY).await.map_err(AppError::internal)? else { return Ok(None) };
    let Some(user) = crate::auth::current_user().await? else { return Ok(None) };
    let state = crate::state::app_state()?;
    Ok(acting_for(&state.db, user, Some(id)).await.ok().map(|a| (a.resident.id.0, a.resident.display_name)))
}
