//! A resident reports a comment or a proposal. Reports from one household count once, and
//! households that reported two other items together in the last 30 days count as one
//! reporter; at the buurt's threshold of such reporters the item is hidden until the commissie
//! looks at it, or at most 72 hours. A household reports at most a few items in 24 hours.

use super::super::model::{ReportReason, TargetKind};
use super::super::{present, rules, store};
use super::target;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;
use crate::i18n::{Lang, tr_args};
use crate::proposals::model::Action;
use crate::proposals::service::{LogEntry, ProposalFacts, log_moderation, settings};

/// A checked report about a comment or proposal under `proposal`.
#[derive(Clone)]
pub struct NewReport<'a> {
    pub proposal: &'a ProposalFacts,
    pub kind: TargetKind,
    pub id: i64,
    pub reason: ReportReason,
    pub note: String,
    pub household: Option<i64>,
}

/// Stores the report (once per person, within the household's daily cap) and hides the item
/// when enough independent households reported it.
pub async fn report(tx: &mut Tx, actor: &SessionUser, r: NewReport<'_>, now: i64) -> AppResult<()> {
    let buurt = r.proposal.buurt;
    let target = (r.kind, r.id);
    if store::has_reported(tx, target, actor.id).await? {
        return Ok(());
    }
    let settings = settings(&mut **tx, buurt).await?;
    let cap = settings.reports_per_household_day;
    let (in_day, cap_th) = store::reports_in_day(tx, (actor.id, r.household), cap, now).await?;
    if let Err(until) = rules::report_cap(cap, in_day, cap_th, now) {
        return Err(present::report_cap(cap.max(1), until));
    }
    let row = store::NewReport { buurt, kind: r.kind, id: r.id, reporter: actor.id, household: r.household, reason: r.reason.code(), note: &r.note };
    if !store::insert_report(tx, &row, now).await? || target::is_hidden(tx, target).await? {
        return Ok(());
    }
    let households = store::open_report_households(tx, target).await?;
    let before: Vec<(i64, (String, i64))> =
        store::reported_before(tx, target, now - rules::CO_REPORT_WINDOW).await?.into_iter().map(|(h, k, i)| (h, (k, i))).collect();
    if !rules::reports_hide(rules::independent_reporters(&households, &before), settings.report_threshold) {
        return Ok(());
    }
    let why = tr_args(Lang::Nl, "comment-hidden-by-reports-reason", &[("count", households.len().to_string())]);
    target::set_hidden(tx, target, Some((&why, None)), now).await?;
    store::start_hold(tx, buurt, target, &why, now).await?;
    let entry = LogEntry {
        buurt,
        actor: None,
        actor_role: "meldingen",
        action: Action::Hide,
        target: r.kind.log_target(),
        target_id: r.id,
        target_title: &r.proposal.title,
        reason: &why,
    };
    log_moderation(tx, &entry, now).await
}
