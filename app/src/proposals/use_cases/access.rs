//! Who may reach a proposal: the one visibility policy ([`rules::may_see`]) and the check
//! before a moderation step ([`rules::may_moderate`]).

use super::super::model::ProposalId;
use super::super::rules;
use super::super::store::{self, ProposalRow};
use crate::accounts::model::{BuurtId, Role};
use crate::auth::SessionUser;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use sqlx::{Any, Executor};

/// A proposal as the user may see it, with their role in its buurt; `None` when there is no
/// such proposal or the user may not see it (another buurt, or hidden from them).
pub async fn visible<'c, E: Executor<'c, Database = Any>>(
    ex: E,
    user: &SessionUser,
    id: ProposalId,
) -> AppResult<Option<(ProposalRow, Option<Role>)>> {
    let Some(row) = store::find(ex, id).await? else { return Ok(None) };
    let role = user.role_in(BuurtId(row.buurt_id));
    Ok(rules::may_see(role, row.hidden_at.is_some(), row.is_author(user.id)).then_some((row, role)))
}

/// The caller's own proposal, as they see it; anything else is refused.
pub async fn authored(db: &Db, user: &SessionUser, id: ProposalId) -> AppResult<(ProposalRow, Role)> {
    let (row, role) = visible(db, user, id).await?.ok_or(AppError::Forbidden)?;
    if !row.is_author(user.id) {
        return Err(AppError::Forbidden);
    }
    Ok((row, role.unwrap_or(Role::Resident)))
}

/// For moderation: a proposal of the caller's buurt that is not their own, and the caller's
/// role; anyone else is refused before anything is read further.
pub async fn moderated(db: &Db, user: &SessionUser, id: ProposalId) -> AppResult<(ProposalRow, Role)> {
    let row = store::find(db, id).await?.ok_or(AppError::Forbidden)?;
    let role = user.role_in(BuurtId(row.buurt_id));
    rules::may_moderate(role, row.is_author(user.id))?;
    Ok((row, role.ok_or(AppError::Forbidden)?))
}
