//! "Ik steun dit", or taking it back: once per person.

use super::super::model::ProposalId;
use super::super::{rules, store};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppResult, Problem};

/// Adds the actor as supporter (`support`) or takes the support back, on a proposal they may
/// see and did not write.
pub async fn support(tx: &mut Tx, actor: &SessionUser, (id, support): (ProposalId, bool), now: i64) -> AppResult<()> {
    if support {
        let status = store::proposal(&mut **tx, id).await?.status()?;
        if !rules::may_receive_merge(status) {
            return Err(Problem::ProposalWrongStatus.into());
        }
        store::add_supporter(tx, id, actor.id, now).await
    } else {
        store::remove_supporter(tx, id, actor.id).await
    }
}
