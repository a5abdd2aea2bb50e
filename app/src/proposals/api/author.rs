//! What the author and other residents do: propose, answer a request for changes,
//! withdraw, support.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::super::model::{ProposalId, ProposalInput, parse_note, parse_yes_no},
    super::super::present::proposal_link,
    super::super::use_cases::{access, author, support},
    crate::auth::require_user,
    crate::db::{begin_write, now},
    crate::state::app_state,
};

/// A resident proposes an activity or initiative. The limits on open proposals per resident
/// and per household are checked inside the write transaction, so many submissions at once
/// never get past them.
#[server(prefix = "/api", endpoint = "voorstel-nieuw")]
pub async fn submit_proposal(
    kind: String,
    title: String,
    description: String,
    audience: String,
    date_wish: String,
    help_needed: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?;
    let role = crate::auth::require_member(&user, buurt.buurt_id)?;
    let state = app_state()?;
    let input = ProposalInput::parse(&kind, &title, &description, &audience, &date_wish, &help_needed)?;
    let mut tx = begin_write(&state.db).await?;
    let proposal = author::NewProposal { buurt: buurt.buurt_id, role, input };
    let id = author::submit(&mut tx, &user, proposal, now()).await?;
    tx.commit().await?;
    leptos_axum::redirect(&proposal_link(id));
    Ok(())
}

/// The author answers a request for changes: new text and a short answer; it goes back to
/// the commissie.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "voorstel-aanpassen")]
pub async fn resubmit_proposal(
    proposal: i64,
    title: String,
    description: String,
    audience: String,
    date_wish: String,
    help_needed: String,
    answer: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = access::authored(&state.db, &user, ProposalId(proposal)).await?;
    let input = ProposalInput::parse(&row.kind, &title, &description, &audience, &date_wish, &help_needed)?;
    let answer = parse_note(&answer)?;
    let mut tx = begin_write(&state.db).await?;
    let changes = author::Resubmission { id: ProposalId(row.id), role, input, answer };
    author::resubmit(&mut tx, &user, changes, now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The author withdraws an open proposal.
#[server(prefix = "/api", endpoint = "voorstel-intrekken")]
pub async fn withdraw_proposal(proposal: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = access::authored(&state.db, &user, ProposalId(proposal)).await?;
    let mut tx = begin_write(&state.db).await?;
    author::withdraw(&mut tx, &user, (ProposalId(row.id), role), now()).await?;
    tx.commit().await?;
    Ok(())
}

/// "Ik steun dit" (`support` = `ja`), or taking it back (`nee`). Once per person; not on
/// one's own proposal.
#[server(prefix = "/api", endpoint = "voorstel-steunen")]
pub async fn support_proposal(proposal: i64, support: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, _) = access::visible(&state.db, &user, ProposalId(proposal)).await?.ok_or(AppError::NotFound)?;
    let support = parse_yes_no(&support)?;
    if row.is_author(user.id) {
        return Err(AppError::Forbidden);
    }
    let mut tx = begin_write(&state.db).await?;
    support::support(&mut tx, &user, (ProposalId(row.id), support), now()).await?;
    tx.commit().await?;
    Ok(())
}
