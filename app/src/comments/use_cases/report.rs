//! A resident reports a comment or a proposal. Reports from one household count once; at the
//! buurt's threshold of households the item is hidden until the commissie looks at it.

use super::super::model::{ReportReason, TargetKind};
use super::super::{rules, store};
use super::target;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;
use crate::i18n::{Lang, tr_args};
use crate::proposals::model::Action;
use crate::proposals::service::{LogEntry, ProposalFacts, log_moderation, settings};

/// A checked report about a comment or proposal under `proposal`.
pub struct NewReport<'a> {
    pub proposal: &'a ProposalFacts,
    pub kind: TargetKind,
    pub id: i64,
    pub reason: ReportReason,
    pub note: String,
    pub household: Option<i64>,
}

/// Stores the report (once per person) and hides the item when enough households reported it.
pub async fn report(tx: &mut Tx, actor: &SessionUser, r: NewReport<'_>, now: i64) -> AppResult<()> {
    let buurt = r.proposal.buurt;
    let (kind, id) = (r.kind, r.id);
    let row = store::NewReport { buurt, kind, id, reporter: actor.id, household: r.household, reason: r.reason.code(), note: &r.note };
    if !store::insert_report(tx, &row, now).await? {
        return Ok(());
    }
    let households = store::open_report_households(tx, kind, id).await?;
    let threshold = settings(&mut **tx, buurt).await?.report_threshold;
    if !rules::reports_hide(households, threshold) || target::is_hidden(tx, (kind, id)).await? {
        return Ok(());
    }
    let why = tr_args(Lang::Nl, "comment-hidden-by-reports-reason", &[("count", households.to_string())]);
    target::set_hidden(tx, (kind, id), Some((&why, None)), now).await?;
    let entry = LogEntry {
        buurt,
        actor: None,
        actor_role: "meldingen",
        action: Action::Hide,
        target: kind.log_target(),
        target_id: id,
        target_title: &r.proposal.title,
        reason: &why,
    };
    log_moderation(tx, &entry, now).await
}
