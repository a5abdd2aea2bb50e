//! Who may take part in a conversation: members of the proposal's buurt.

use super::super::model::TargetKind;
use super::super::store::{self, CommentRow};
use crate::accounts::model::Role;
use crate::auth::{SessionUser, require_member};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::proposals::model::ProposalId;
use crate::proposals::service::{ProposalFacts, facts};

/// The proposal and the caller's role in its buurt; a proposal of another buurt is refused.
pub async fn access(db: &Db, user: &SessionUser, proposal: i64) -> AppResult<(ProposalFacts, Role)> {
    let facts = facts(db, ProposalId(proposal)).await?.ok_or(AppError::NotFound)?;
    let role = require_member(user, facts.buurt)?;
    Ok((facts, role))
}

/// The proposal a comment or proposal report is about, with the comment (if it is one) and
/// the caller's role there.
pub async fn target_access(db: &Db, user: &SessionUser, kind: TargetKind, id: i64) -> AppResult<(ProposalFacts, Option<CommentRow>, Role)> {
    let comment = match kind {
        TargetKind::Comment => Some(store::comment(db, id).await?.ok_or(AppError::NotFound)?),
        TargetKind::Proposal => None,
    };
    let proposal = comment.as_ref().map_or(id, |c| c.proposal_id);
    let (facts, role) = access(db, user, proposal).await?;
    Ok((facts, comment, role))
}
