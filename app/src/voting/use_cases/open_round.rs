//! The commissie (or staff) opens a round on accepted initiatives of the buurt that are not on
//! another round still to be closed.

use super::super::model::{RoundDetails, RoundId};
use super::super::{rules, store};
use crate::accounts::model::BuurtId;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use std::collections::HashSet;

/// A new round as the form gives it, parsed: its details and the local start and end as UTC
/// seconds.
pub struct NewRoundInput {
    pub buurt: BuurtId,
    pub details: RoundDetails,
    pub starts_at: i64,
    pub ends_at: i64,
}

pub async fn open_round(tx: &mut Tx, actor: &SessionUser, input: NewRoundInput, now: i64) -> AppResult<RoundId> {
    let (starts_at, ends_at) = rules::round_period(now, input.starts_at, input.ends_at)?;
    let free: HashSet<i64> = store::candidates(&mut **tx, input.buurt).await?.into_iter().map(|(id, _)| id).collect();
    if input.details.options.iter().any(|(id, _)| !free.contains(id)) {
        return Err(Problem::OptionUnavailable.into());
    }
    let round = store::NewRound { buurt: input.buurt, details: &input.details, starts_at, ends_at, by: actor.id, now };
    store::insert_round_at(tx, round).await
}
