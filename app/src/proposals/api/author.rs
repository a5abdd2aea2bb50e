//! What the author and other residents do: propose, answer a request for changes,
//! withdraw, support.

use crate::error::AppError;
use crate::proposals::model::ProposalForm;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::super::model::{ProposalId, parse_note, parse_yes_no},
    super::super::present::proposal_link,
    super::super::use_cases::{access, author, support},
    crate::auth::{acting_for, caller, require_user},
    crate::db::now,
    crate::state::app_state,
};

/// A resident (or, with `namens`, the sociaal werker for them) proposes an activity or
/// initiative. The limits on open proposals per resident
/// and per household are checked inside the write transaction, so many submissions at once
/// never get past them.
#[server(prefix = "/api", endpoint = "voorstel-nieuw")]
pub async fn submit_proposal(kind: String, #[server(flatten)] form: ProposalForm, namens: Option<i64>) -> Result<(), AppError> {
    let state = app_state()?;
    let acting = acting_for(&state.db, require_user().await?, namens).await?;
    let buurt = acting.buurt()?;
    let role = crate::auth::require_member(&acting.resident, buurt)?;
    let input = form.parse(&kind)?;
    let proposal = author::NewProposal { buurt, role, input };
    let id = in_write!(&state.db, |tx| author::submit_for(tx, &acting, proposal.clone(), now()))?;
    leptos_axum::redirect(&crate::on_behalf::service::back_to(&acting, &proposal_link(id)));
    Ok(())
}

/// The author answers a request for changes: new text and a short answer; it goes back to
/// the commissie.
#[server(prefix = "/api", endpoint = "voorstel-aanpassen")]
pub async fn resubmit_proposal(proposal: i64, #[server(flatten)] form: ProposalForm, answer: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let (row, role) = access::authored(&state.db, &user, ProposalId(proposal)).await?;
    let input = form.parse(&row.kind)?;
    let answer = parse_note(&answer)?;
    let changes = author::Resubmission { id: ProposalId(row.id), role, input, answer };
    in_write!(&state.db, |tx| author::resubmit(tx, &user, changes.clone(), now()))
}

/// The author withdraws an open proposal.
#[server(prefix = "/api", endpoint = "voorstel-intrekken")]
pub async fn withdraw_proposal(proposal: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let (row, role) = access::authored(&state.db, &user, ProposalId(proposal)).await?;
    in_write!(&state.db, |tx| author::withdraw(tx, &user, (ProposalId(row.id), role), now()))
}

/// "Ik steun dit" (`support` = `ja`), or taking it back (`nee`). Once per person; not on
/// one's own proposal.
#[server(prefix = "/api", endpoint = "voorstel-steunen")]
pub async fn support_proposal(proposal: i64, support: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let (row, _) = access::visible(&state.db, &user, ProposalId(proposal)).await?.ok_or(AppError::NotFound)?;
    let support = parse_yes_no(&support)?;
    if row.is_author(user.id) {
        return Err(AppError::Forbidden);
    }
    in_write!(&state.db, |tx| support::support(tx, &user, (ProposalId(row.id), support), now()))
}
