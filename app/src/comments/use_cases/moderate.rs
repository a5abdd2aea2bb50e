//! The commissie or staff of the buurt hide a comment or proposal (with a reason), or keep it
//! / put it back ("in orde"). Open reports on it are closed with the decision; the public
//! moderation log gets an entry.

use super::super::model::{Decision, TargetKind};
use super::super::store;
use super::target;
use crate::accounts::model::Role;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;
use crate::i18n::{Lang, tr};
use crate::proposals::model::Action;
use crate::proposals::service::{LogEntry, ProposalFacts, log_moderation};

/// A checked decision about a comment or proposal under `proposal`.
#[derive(Clone)]
pub struct Moderation<'a> {
    pub proposal: &'a ProposalFacts,
    pub kind: TargetKind,
    pub id: i64,
    pub decision: Decision,
    pub reason: String,
}

/// Hides or keeps the item, closes its reports and logs the decision.
pub async fn moderate(tx: &mut Tx, actor: &SessionUser, (role, m): (Role, Moderation<'_>), now: i64) -> AppResult<()> {
    let target = (m.kind, m.id);
    let hidden = target::is_hidden(tx, target).await?;
    let (action, outcome) = match m.decision {
        Decision::Hide => {
            target::set_hidden(tx, target, Some((&m.reason, Some(actor.id))), now).await?;
            (Action::Hide, "verborgen")
        }
        Decision::Keep => {
            if hidden {
                target::set_hidden(tx, target, None, now).await?;
            }
            (Action::Unhide, "in_orde")
        }
    };
    store::resolve_reports(tx, target, Some(actor.id), outcome, now).await?;
    store::end_hold(tx, target, outcome, now).await?;
    let logged_reason = if m.reason.is_empty() { tr(Lang::Nl, "moderation-keep-default") } else { m.reason };
    let entry = LogEntry {
        buurt: m.proposal.buurt,
        actor: Some(actor.id),
        actor_role: role.code(),
        action,
        target: m.kind.log_target(),
        target_id: m.id,
        target_title: &m.proposal.title,
        reason: &logged_reason,
    };
    log_moderation(tx, &entry, now).await
}
