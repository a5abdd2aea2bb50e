//! The commissie's decisions on a proposal: a step, accepting an activity into the agenda,
//! merging a duplicate, hiding. Each first checks that the caller moderates the proposal's
//! buurt and did not write it.

use crate::agenda::model::ActivityForm;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::super::model::{ProposalId, parse_note, parse_reason, parse_yes_no},
    super::super::rules::Step,
    super::super::use_cases::{accept_activity as accept, access, decide, merge},
    crate::auth::caller,
    crate::db::now,
};

/// The commissie (or staff) takes a step: `behandelen`, `aanpassen` and `afwijzen` (both
/// with a reason), `accepteren` (initiatives; activities go through [`accept_activity`]),
/// `plannen` and `uitgevoerd` (with an optional note).
#[server(prefix = "/api", endpoint = "voorstel-besluit")]
pub async fn moderate_proposal(proposal: i64, step: String, reason: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let (row, role) = access::moderated(&state.db, &user, ProposalId(proposal)).await?;
    let step = Step::parse(&step)?;
    let reason = if step.needs_reason() { parse_reason(&reason)? } else { parse_note(&reason)? };
    let decision = decide::Decision { id: ProposalId(row.id), step, reason };
    in_write!(&state.db, |tx| decide::decide(tx, &user, (role, decision.clone()), now()))
}

/// The commissie accepts an activity proposal and puts it in the agenda in one step, with the
/// proposer as organiser: the proposal is then `gepland` and points at the activity.
#[server(prefix = "/api", endpoint = "voorstel-activiteit")]
pub async fn accept_activity(proposal: i64, #[server(flatten)] form: ActivityForm, reason: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let (row, role) = access::moderated(&state.db, &user, ProposalId(proposal)).await?;
    // An activity that comes from a proposal starts without costs or a sign-up deadline.
    let details = ActivityForm { costs: String::new(), closes: String::new(), ..form.clone() }.details(None)?;
    let reason = parse_note(&reason)?;
    let (start, end) = crate::time::parse_local(&form.date, &form.start_time, &form.end_time)?;
    let now = now();
    let slot = crate::agenda::rules::TimeSlot::new(start, end, now)?;
    let planning = accept::Planning { id: ProposalId(row.id), details, slot, reason };
    in_write!(&state.db, |tx| accept::accept_activity(tx, &user, (role, planning.clone()), now))
}

/// The commissie merges a duplicate into another proposal, with a reason: its supporters
/// (once each) and comments move along, and its proposer is told.
#[server(prefix = "/api", endpoint = "voorstel-samenvoegen")]
pub async fn merge_proposal(proposal: i64, into: i64, reason: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let (row, role) = access::moderated(&state.db, &user, ProposalId(proposal)).await?;
    let reason = parse_reason(&reason)?;
    let m = merge::Merge { id: ProposalId(row.id), into: ProposalId(into), reason };
    in_write!(&state.db, |tx| merge::merge(tx, &user, (role, m.clone()), now()))
}

/// The commissie hides a proposal with a reason (`hide` = `ja`), or shows it again (`nee`).
/// Residents no longer see a hidden proposal; its author is told why.
#[server(prefix = "/api", endpoint = "voorstel-verbergen")]
pub async fn hide_proposal(proposal: i64, hide: String, reason: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let (row, role) = access::moderated(&state.db, &user, ProposalId(proposal)).await?;
    let hide = parse_yes_no(&hide)?;
    let reason = if hide { parse_reason(&reason)? } else { parse_note(&reason)? };
    let hiding = decide::Hiding { id: ProposalId(row.id), hide, reason };
    in_write!(&state.db, |tx| decide::hide(tx, &user, (role, hiding.clone()), now()))
}
