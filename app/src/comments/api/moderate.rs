//! The commissie's decision about a reported comment or proposal.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::super::model::{Decision, TargetKind, parse_hide_reason, parse_note},
    super::super::use_cases::{access::target_access, moderate as moderation},
    crate::auth::{caller, can_moderate},
    crate::db::now,
};

/// The commissie or staff of the buurt hide a comment or proposal (with a reason), or keep it
/// / put it back ("in orde"). Open reports on it are closed with the decision; the public
/// moderation log gets an entry.
#[server(prefix = "/api", endpoint = "modereren")]
pub async fn moderate(kind: String, id: i64, decision: String, reason: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let kind = TargetKind::parse(&kind)?;
    let (proposal, _comment, role) = target_access(&state.db, &user, kind, id).await?;
    can_moderate(&user, proposal.buurt)?;
    let decision = Decision::parse(&decision)?;
    let reason = match decision {
        Decision::Hide => parse_hide_reason(&reason)?,
        Decision::Keep => parse_note(&reason)?,
    };
    let m = moderation::Moderation { proposal: &proposal, kind, id, decision, reason };
    in_write!(&state.db, |tx| moderation::moderate(tx, &user, (role, m.clone()), now()))
}
