//! Hiding what was reported: a comment here, a proposal through `proposals::service`.

use super::super::model::TargetKind;
use super::super::store;
use crate::accounts::model::UserId;
use crate::db::Tx;
use crate::error::AppResult;
use crate::proposals::model::ProposalId;
use crate::proposals::service;

/// Whether the comment or proposal is hidden now.
pub async fn is_hidden(tx: &mut Tx, (kind, id): (TargetKind, i64)) -> AppResult<bool> {
    match kind {
        TargetKind::Comment => store::is_hidden(tx, id).await,
        TargetKind::Proposal => service::is_hidden(tx, ProposalId(id)).await,
    }
}

/// Hides the comment or proposal with a reason (`by` is `None` when reports hid it), or shows
/// it again (`hide` is `None`).
pub async fn set_hidden(tx: &mut Tx, (kind, id): (TargetKind, i64), hide: Option<(&str, Option<UserId>)>, now: i64) -> AppResult<()> {
    match kind {
        TargetKind::Comment => store::set_hidden(tx, id, hide, now).await,
        TargetKind::Proposal => service::set_hidden(tx, ProposalId(id), hide, now).await,
    }
}

/// Why the comment or proposal is hidden, while it is hidden.
pub async fn hidden_reason(tx: &mut Tx, (kind, id): (TargetKind, i64)) -> AppResult<Option<String>> {
    Ok(match kind {
        TargetKind::Comment => store::comment(&mut **tx, id).await?.and_then(|c| c.hidden_at.map(|_| c.hidden_reason)),
        TargetKind::Proposal => service::facts(&mut **tx, ProposalId(id)).await?.and_then(|f| f.hidden_reason),
    })
}
