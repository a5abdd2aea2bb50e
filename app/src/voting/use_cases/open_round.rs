//! The commissie (or staff) opens a round on accepted initiatives of the buurt that are not on
//! another round still to be closed. At most `ballot_per_household` initiatives of one
//! household go on one ballot, unless the commissie gives a reason: that reason is shown on
//! the round's page to every resident.

use super::super::model::{RoundDetails, RoundId};
use super::super::{rules, store};
use crate::accounts::model::BuurtId;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppError, AppResult, Limit, Problem};
use crate::notifications::model::Notice;
use std::collections::HashMap;

/// A new round as the form gives it, parsed: its details, the local start and end as UTC
/// seconds, and why it may go over the limit per household (may be empty).
#[derive(Clone)]
pub struct NewRoundInput {
    pub buurt: BuurtId,
    pub details: RoundDetails,
    pub starts_at: i64,
    pub ends_at: i64,
    pub over_limit_reason: String,
}

pub async fn open_round(tx: &mut Tx, actor: &SessionUser, input: NewRoundInput, now: i64) -> AppResult<RoundId> {
    let (starts_at, ends_at) = rules::round_period(now, input.starts_at, input.ends_at)?;
    let free: HashMap<i64, store::CandidateRow> = store::candidates(&mut **tx, input.buurt).await?.into_iter().map(|c| (c.id, c)).collect();
    if input.details.options.iter().any(|(id, _)| !free.contains_key(id)) {
        return Err(Problem::OptionUnavailable.into());
    }
    let authors: Vec<(i64, Option<i64>)> = input.details.options.iter().map(|(id, _)| (*id, free[id].household_id)).collect();
    let limit = crate::proposals::service::settings(&mut **tx, input.buurt).await?.ballot_per_household;
    let over = rules::over_ballot_limit(&rules::household_counts(&authors), limit);
    let reason = if over.is_empty() { "" } else { input.over_limit_reason.as_str() };
    if !over.is_empty() && reason.is_empty() {
        let mut authors: Vec<(i64, Option<i64>, Option<String>)> = free.values().map(|c| (c.id, c.household_id, c.author.clone())).collect();
        authors.sort_by_key(|(id, _, _)| *id);
        let authors: Vec<(Option<i64>, Option<String>)> = authors.into_iter().map(|(_, h, a)| (h, a)).collect();
        let households = over.iter().map(|(h, n)| format!("{} ({n})", rules::household_name(&authors, Some(*h)))).collect::<Vec<_>>().join("; ");
        return Err(AppError::Limit(Limit::BallotHousehold { max: limit, households }));
    }
    let details = &input.details;
    let round = store::NewRound { buurt: input.buurt, details, over_limit_reason: reason, starts_at, ends_at, by: actor.id, now };
    let id = store::insert_round_at(tx, round).await?;
    // Every resident hears of it in Meldingen (and by mail straight away, if they want that).
    let link = format!("/meedoen/stemronde/{}", id.0);
    for resident in crate::neighbourhood::service::residents_of(&mut **tx, input.buurt).await? {
        let notice = Notice::RoundOpened { title: details.title.clone(), starts_at, ends_at };
        crate::notifications::service::notify(tx, resident, notice, &link, now).await?;
    }
    Ok(id)
}
