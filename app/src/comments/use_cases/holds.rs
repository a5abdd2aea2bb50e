//! An item that reports hid comes back by itself after 72 hours without a decision of the
//! commissie: shown again, its open reports closed as 'vanzelf_terug' (so the same reports
//! cannot hide it again), and the return written in the public moderation log.

use super::super::model::TargetKind;
use super::super::{rules, store};
use super::target;
use crate::accounts::model::BuurtId;
use crate::db::{Db, Tx};
use crate::error::AppResult;
use crate::i18n::{Lang, tr};
use crate::proposals::model::{Action, ProposalId};
use crate::proposals::service::{LogEntry, facts, log_moderation};

/// The outcome of the reports and the hold of an item that came back by itself.
pub const BACK_BY_ITSELF: &str = "vanzelf_terug";

/// Brings back every item whose hold is over at `now`, each in its own write transaction;
/// returns how many came back. Safe to run twice: a hold ends once.
pub async fn return_due(db: &Db, now: i64) -> AppResult<usize> {
    let mut back = 0;
    for hold in store::holds_due(db, now - rules::HOLD_SECONDS).await? {
        let done = crate::in_write!(db, |tx| return_one(tx, &hold, now))?;
        back += usize::from(done);
    }
    Ok(back)
}

/// Ends one hold; shows the item again if reports still hide it (the same reason, no decision
/// since). Returns whether it came back now.
pub async fn return_one(tx: &mut Tx, hold: &store::Hold, now: i64) -> AppResult<bool> {
    let Ok(kind) = TargetKind::parse(&hold.target_kind) else { return Ok(false) };
    let item = (kind, hold.target_id);
    if !rules::hold_over(hold.hidden_at, now) || !store::end_hold_once(tx, hold.id, BACK_BY_ITSELF, now).await? {
        return Ok(false);
    }
    if target::hidden_reason(tx, item).await?.as_deref() != Some(hold.reason.as_str()) {
        return Ok(false);
    }
    target::set_hidden(tx, item, None, now).await?;
    store::resolve_reports(tx, item, None, BACK_BY_ITSELF, now).await?;
    let proposal = match kind {
        TargetKind::Proposal => hold.target_id,
        TargetKind::Comment => store::comment(&mut **tx, hold.target_id).await?.map_or(0, |c| c.proposal_id),
    };
    let title = facts(&mut **tx, ProposalId(proposal)).await?.map(|f| f.title).unwrap_or_default();
    let reason = tr(Lang::Nl, "report-back-by-itself-reason");
    let entry = LogEntry {
        buurt: BuurtId(hold.buurt_id),
        actor: None,
        actor_role: "meldingen",
        action: Action::Unhide,
        target: kind.log_target(),
        target_id: hold.target_id,
        target_title: &title,
        reason: &reason,
    };
    log_moderation(tx, &entry, now).await?;
    Ok(true)
}
