//! The commissie's steps on a proposal (review, ask for changes, decline, accept an
//! initiative, plan, done) and hiding, each written to the history, the public log and the
//! proposer's Meldingen.

use super::super::model::{Action, ProposalId, Status, Target};
use super::super::present::proposal_link;
use super::super::rules::{self, Step};
use super::super::store::{self, Actor, LogEntry, ProposalRow};
use crate::accounts::model::{BuurtId, Role, UserId};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppError, AppResult};
use crate::notifications::model::Notice;
use crate::notifications::service::notify;

/// A commissie member (or staff) with their role in the proposal's buurt, and the moment.
#[derive(Clone, Copy)]
pub struct Decider<'a> {
    pub user: &'a SessionUser,
    pub role: Role,
    pub now: i64,
}

/// One step the commissie takes, with the reason (or note) it gives.
#[derive(Clone)]
pub struct Decision {
    pub id: ProposalId,
    pub step: Step,
    pub reason: String,
}

/// Takes a step and records it.
pub async fn decide(tx: &mut Tx, actor: &SessionUser, (role, d): (Role, Decision), now: i64) -> AppResult<()> {
    let row = store::proposal(&mut **tx, d.id).await?;
    let kind = row.kind()?;
    let (action, note) = rules::decision_of(kind, d.step)?;
    let to = rules::after(kind, row.status()?, d.step)?;
    let by = Decider { user: actor, role, now };
    let notice = notice_for(note, &row.title, &d.reason)?;
    record(tx, &row, by, (to, &d.reason), action, notice).await
}

/// The proposer's notice of a step, from its message key (see `rules::decision_of`).
pub fn notice_for(note: &str, title: &str, reason: &str) -> AppResult<Notice> {
    let (title, reason) = (title.to_string(), reason.to_string());
    Ok(match note {
        "note-proposal-review" => Notice::ProposalReview { title },
        "note-proposal-changes" => Notice::ProposalChanges { title, reason },
        "note-proposal-declined" => Notice::ProposalDeclined { title, reason },
        "note-proposal-accepted" => Notice::ProposalAccepted { title },
        "note-proposal-planned" => Notice::ProposalPlanned { title, reason, at: None },
        "note-proposal-done" => Notice::ProposalDone { title },
        "note-proposal-merged" => Notice::ProposalMerged { title, reason },
        "note-proposal-hidden" => Notice::ProposalHidden { title, reason },
        "note-proposal-unhidden" => Notice::ProposalUnhidden { title },
        other => return Err(AppError::internal(format!("no notice for {other}"))),
    })
}

/// Writes a moderation step: status and history, the public log and the proposer's Meldingen.
pub async fn record(tx: &mut Tx, row: &ProposalRow, by: Decider<'_>, (to, reason): (Status, &str), action: Option<Action>, notice: Notice) -> AppResult<()> {
    let actor = Actor { user: by.user.id, role: by.role.code() };
    store::set_status(tx, ProposalId(row.id), to, reason, actor, by.now).await?;
    if let Some(action) = action {
        log_decision(tx, row, by, action, reason).await?;
    }
    tell_author(tx, row, notice, by.now).await
}

/// Puts a commissie or staff decision on this proposal in the buurt's public log.
pub async fn log_decision(tx: &mut Tx, row: &ProposalRow, by: Decider<'_>, action: Action, reason: &str) -> AppResult<()> {
    let entry = LogEntry {
        buurt: BuurtId(row.buurt_id),
        actor: Some(by.user.id),
        actor_role: by.role.code(),
        action,
        target: Target::Proposal,
        target_id: row.id,
        target_title: &row.title,
        reason,
    };
    store::log_moderation(tx, &entry, by.now).await
}

/// Tells the proposer (if the account still exists) in Meldingen, with the reason.
pub async fn tell_author(tx: &mut Tx, row: &ProposalRow, notice: Notice, now: i64) -> AppResult<()> {
    if let Some(author) = row.author_id {
        notify(tx, UserId(author), notice, &proposal_link(ProposalId(row.id)), now).await?;
    }
    Ok(())
}

/// Hiding a proposal with a reason, or showing it again.
#[derive(Clone)]
pub struct Hiding {
    pub id: ProposalId,
    pub hide: bool,
    pub reason: String,
}

/// Hides a proposal (residents no longer see it) or shows it again; its author is told why.
/// Nothing happens when it already is as asked.
pub async fn hide(tx: &mut Tx, actor: &SessionUser, (role, h): (Role, Hiding), now: i64) -> AppResult<()> {
    let row = store::proposal(&mut **tx, h.id).await?;
    if row.hidden_at.is_some() == h.hide {
        return Ok(());
    }
    store::set_hidden(tx, h.id, h.hide.then_some((h.reason.as_str(), Some(actor.id))), now).await?;
    let (action, note) = if h.hide { (Action::Hide, "note-proposal-hidden") } else { (Action::Unhide, "note-proposal-unhidden") };
    log_decision(tx, &row, Decider { user: actor, role, now }, action, &h.reason).await?;
    tell_author(tx, &row, notice_for(note, &row.title, &h.reason)?, now).await
}
