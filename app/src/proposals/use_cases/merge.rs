//! The commissie merges a duplicate into another proposal, with a reason: its supporters
//! (once each) and comments move along, and its proposer is told.

use super::super::model::{Action, ProposalId};
use super::super::rules::{self, Step};
use super::super::store;
use super::decide::{Decider, record};
use crate::accounts::model::{Role, UserId};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppResult, Problem};

/// Which proposal joins which, and why.
#[derive(Clone)]
pub struct Merge {
    pub id: ProposalId,
    pub into: ProposalId,
    pub reason: String,
}

/// Merges `m.id` into `m.into`: both of one buurt, the target still alive.
pub async fn merge(tx: &mut Tx, actor: &SessionUser, (role, m): (Role, Merge), now: i64) -> AppResult<()> {
    let row = store::proposal(&mut **tx, m.id).await?;
    let target = store::find(&mut **tx, m.into).await?.ok_or(Problem::MergeTargetInvalid)?;
    if target.id == row.id || target.buurt_id != row.buurt_id || !rules::may_receive_merge(target.status()?) {
        return Err(Problem::MergeTargetInvalid.into());
    }
    let to = rules::after(row.kind()?, row.status()?, Step::Merge)?;
    let into = ProposalId(target.id);
    store::set_merged_into(tx, m.id, into).await?;
    store::move_supporters(tx, m.id, into, target.author_id).await?;
    crate::comments::service::move_comments(tx, m.id, into).await?;
    if let Some(author) = row.author_id.filter(|a| Some(*a) != target.author_id) {
        store::add_supporter(tx, into, UserId(author), now).await?;
    }
    let by = Decider { user: actor, role, now };
    let notice = super::decide::notice_for("note-proposal-merged", &row.title, &m.reason)?;
    record(tx, &row, by, (to, &m.reason), Some(Action::Merge), notice).await
}
