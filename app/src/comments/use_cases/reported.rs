//! What residents reported in a buurt and is not yet reviewed, grouped per item: first what
//! reports hide now (longest hidden first, with since when), then the rest, oldest first.

use super::super::model::{ReasonCount, ReportReason, ReportedItem, TargetKind};
use super::super::{present, store};
use crate::accounts::model::BuurtId;
use crate::db::Db;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::proposals::model::ProposalId;
use crate::proposals::service::facts;

/// The open reports of the buurt, one item per reported comment or proposal.
pub async fn reported(db: &Db, buurt: BuurtId, lang: Lang) -> AppResult<Vec<ReportedItem>> {
    let mut items: Vec<ReportedItem> = Vec::new();
    let mut households: Vec<Vec<i64>> = Vec::new();
    for r in store::open_reports(db, buurt).await? {
        let Ok(kind) = TargetKind::parse(&r.target_kind) else { continue };
        let reason = ReportReason::parse(&r.reason).unwrap_or(ReportReason::Other);
        let i = match items.iter().position(|it| it.kind == kind && it.id == r.target_id) {
            Some(i) => i,
            None => {
                let Some(item) = item(db, kind, r.target_id, (r.created_at, lang)).await? else { continue };
                items.push(item);
                households.push(Vec::new());
                items.len() - 1
            }
        };
        let item = &mut items[i];
        item.reports += 1;
        if !households[i].contains(&r.household) {
            households[i].push(r.household);
        }
        item.households = households[i].len() as i64;
        match item.reasons.iter_mut().find(|c| c.reason == reason) {
            Some(c) => c.count += 1,
            None => item.reasons.push(ReasonCount { reason, count: 1 }),
        }
        if !r.note.is_empty() {
            item.notes.push(r.note);
        }
    }
    let holds = store::open_holds(db, buurt).await?;
    let since = |item: &ReportedItem| {
        let hold = holds.iter().find(|h| h.target_kind == item.kind.code() && h.target_id == item.id);
        hold.filter(|_| item.hidden.is_some()).map(|h| h.hidden_at)
    };
    for item in &mut items {
        item.held_since = since(item).map(|at| present::since_label(at, lang));
    }
    items.sort_by_key(|item| since(item).unwrap_or(i64::MAX));
    Ok(items)
}

/// The reported comment or proposal, if it still exists.
async fn item(db: &Db, kind: TargetKind, id: i64, (first, lang): (i64, Lang)) -> AppResult<Option<ReportedItem>> {
    let comment = match kind {
        TargetKind::Comment => match store::comment(db, id).await? {
            Some(c) => Some(c),
            None => return Ok(None),
        },
        TargetKind::Proposal => None,
    };
    let proposal = comment.as_ref().map_or(id, |c| c.proposal_id);
    let Some(proposal) = facts(db, ProposalId(proposal)).await? else { return Ok(None) };
    Ok(Some(present::reported_item(kind, proposal, comment, first, lang)))
}
