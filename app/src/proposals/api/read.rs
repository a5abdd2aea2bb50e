//! Reading Meedoen: the list, one proposal, the proposal form's limits, one's own proposals.

use super::super::model::{NewProposalInfo, ProposalCard, ProposalDetail, ProposalList};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::super::model::{Kind, ProposalId},
    super::super::use_cases::{detail, list},
    crate::auth::{caller, require_user},
    crate::error::Problem,
    crate::state::app_state,
};

/// The proposals of the visitor's buurt in groups, new ones in a fair order (households take
/// turns; the same for this visitor all day, never by comments or supporters). `kind` filters on `activiteit` or
/// `initiatief`; `show` = `afgesloten` lists declined, merged and withdrawn ones instead.
/// Showing the open ones counts as a visit: the home page's "new since" starts again.
#[server(prefix = "/api", endpoint = "voorstellen")]
pub async fn get_proposals(kind: String, show: String) -> Result<ProposalList, AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?;
    crate::auth::require_member(&user, buurt.buurt_id)?;
    let state = app_state()?;
    let kind = (!kind.trim().is_empty()).then(|| Kind::from_code(&kind).ok_or(Problem::Unknown)).transpose()?;
    let filter = list::ListFilter { kind, closed: show.trim() == "afgesloten" };
    let now = crate::db::now();
    let page = list::list(&state.db, &user, buurt, filter, now).await?;
    if !filter.closed {
        list::mark_seen(&state.db, &user, buurt, now).await?;
    }
    Ok(page)
}

/// One proposal with its history. Moderators also see why it is hidden and what they can do.
#[server(prefix = "/api", endpoint = "voorstel")]
pub async fn get_proposal(id: i64) -> Result<ProposalDetail, AppError> {
    let (user, state) = caller().await?;
    // Who may see it is the visibility policy of `use_cases::access`, checked in the use case.
    detail::detail(&state.db, &user, ProposalId(id), crate::i18n::request_lang()).await
}

/// The limits and where the visitor stands (open now, new in 30 days), for the proposal form.
#[server(prefix = "/api", endpoint = "voorstel-nieuw-info")]
pub async fn get_new_proposal_info() -> Result<NewProposalInfo, AppError> {
    let state = app_state()?;
    let user = crate::on_behalf::service::viewer(&state.db, require_user().await?).await?;
    let buurt = user.buurt()?;
    crate::auth::require_member(&user, buurt.buurt_id)?;
    list::new_proposal_info(&state.db, &user, buurt, crate::db::now()).await
}

/// The visitor's own proposals, newest first.
#[server(prefix = "/api", endpoint = "mijn-voorstellen")]
pub async fn get_my_proposals() -> Result<Vec<ProposalCard>, AppError> {
    let (user, state) = caller().await?;
    list::mine(&state.db, &user).await
}
