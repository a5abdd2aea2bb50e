//! The commissie's decisions on a proposal: a step, accepting an activity into the agenda,
//! merging a duplicate, hiding. Each first checks that the caller moderates the proposal's
//! buurt and did not write it.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::super::model::{ProposalId, parse_note, parse_reason, parse_yes_no},
    super::super::rules::Step,
    super::super::use_cases::{accept_activity as accept, access, decide, merge},
    crate::auth::require_user,
    crate::db::{begin_write, now},
    crate::state::app_state,
};

/// The commissie (or staff) takes a step: `behandelen`, `aanpassen` and `afwijzen` (both
/// with a reason), `accepteren` (initiatives; activities go through [`accept_activity`]),
/// `plannen` and `uitgevoerd` (with an optional note).
#[server(prefix = "/api", endpoint = "voorstel-besluit")]
pub async fn moderate_proposal(proposal: i64, step: String, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = access::moderated(&state.db, &user, ProposalId(proposal)).await?;
    let step = Step::parse(&step)?;
    let reason = if step.needs_reason() { parse_reason(&reason)? } else { parse_note(&reason)? };
    let mut tx = begin_write(&state.db).await?;
    let decision = decide::Decision { id: ProposalId(row.id), step, reason };
    decide::decide(&mut tx, &user, (role, decision), now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The commissie accepts an activity proposal and puts it in the agenda in one step, with the
/// proposer as organiser: the proposal is then `gepland` and points at the activity.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "voorstel-activiteit")]
pub async fn accept_activity(
    proposal: i64,
    title: String,
    description: String,
    date: String,
    start_time: String,
    end_time: String,
    place: String,
    audience: String,
    category: String,
    capacity: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::agenda::model::{Details, DetailsInput};
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = access::moderated(&state.db, &user, ProposalId(proposal)).await?;
    let input = DetailsInput { title: &title, description: &description, place: &place, audience: &audience, category: &category, capacity: &capacity, costs: "", closes: "" };
    let details = Details::parse(input)?;
    let reason = parse_note(&reason)?;
    let (start, end) = crate::time::parse_local(&date, &start_time, &end_time)?;
    let now = now();
    let slot = crate::agenda::rules::TimeSlot::new(start, end, now)?;
    let mut tx = begin_write(&state.db).await?;
    let planning = accept::Planning { id: ProposalId(row.id), details, slot, reason };
    accept::accept_activity(&mut tx, &user, (role, planning), now).await?;
    tx.commit().await?;
    Ok(())
}

/// The commissie merges a duplicate into another proposal, with a reason: its supporters
/// (once each) and comments move along, and its proposer is told.
#[server(prefix = "/api", endpoint = "voorstel-samenvoegen")]
pub async fn merge_proposal(proposal: i64, into: i64, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = access::moderated(&state.db, &user, ProposalId(proposal)).await?;
    let reason = parse_reason(&reason)?;
    let mut tx = begin_write(&state.db).await?;
    let m = merge::Merge { id: ProposalId(row.id), into: ProposalId(into), reason };
    merge::merge(&mut tx, &user, (role, m), now()).await?;
    tx.commit().await?;
    Ok(())
}

/// The commissie hides a proposal with a reason (`hide` = `ja`), or shows it again (`nee`).
/// Residents no longer see a hidden proposal; its author is told why.
#[server(prefix = "/api", endpoint = "voorstel-verbergen")]
pub async fn hide_proposal(proposal: i64, hide: String, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = access::moderated(&state.db, &user, ProposalId(proposal)).await?;
    let hide = parse_yes_no(&hide)?;
    let reason = if hide { parse_reason(&reason)? } else { parse_note(&reason)? };
    let mut tx = begin_write(&state.db).await?;
    let hiding = decide::Hiding { id: ProposalId(row.id), hide, reason };
    decide::hide(&mut tx, &user, (role, hiding), now()).await?;
    tx.commit().await?;
    Ok(())
}
