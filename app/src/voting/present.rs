//! Rounds as pages show them: a summary for lists and the whole round for its page, with the
//! times as people in the Netherlands read them. Reads only; a round whose end has passed but
//! that the closing job has not closed yet shows as ended (counting), without writing.

use super::api::NewRoundForm;
use super::model::{Candidate, HouseholdCount, NoVote, OptionResult, OptionView, Person, Phase, RoundDetail, RoundId, RoundSummary};
use super::{rules, store};
use crate::accounts::model::BuurtId;
use crate::auth::{SessionUser, can_help_residents, can_manage_voting};
use crate::db::Db;
use crate::error::AppResult;
use crate::time::moment_label;
use std::collections::HashMap;

fn period(starts_at: i64, ends_at: i64) -> String {
    format!("{} – {}", moment_label(starts_at), moment_label(ends_at))
}

/// A round in a list.
pub fn summary(row: &store::RoundRow, now: i64, voted: bool) -> RoundSummary {
    RoundSummary {
        id: RoundId(row.id),
        title: row.title.clone(),
        phase: rules::phase(now, row.starts_at, row.ends_at, row.closed_at.is_some()),
        period: period(row.starts_at, row.ends_at),
        options: row.options,
        turnout: row.turnout,
        voted,
    }
}

/// The initiatives of a round with the visitor's own votes, and the results once closed (by
/// rank). Before that, in the visitor's own order (see [`rules::ballot_order`]), so no
/// initiative gets the top place on every ballot.
async fn options(db: &Db, row: &store::RoundRow, user: &SessionUser, phase: Phase) -> AppResult<Vec<OptionView>> {
    let mine: HashMap<i64, i64> = store::own_ballot(db, RoundId(row.id), user.id).await?.into_iter().collect();
    let mut rows = store::options(db, RoundId(row.id)).await?;
    if phase != Phase::Closed {
        let ids: Vec<i64> = rows.iter().map(|o| o.proposal_id).collect();
        let order = rules::ballot_order(&row.ballot_seed, user.id.0, &ids);
        rows.sort_by_key(|o| order.iter().position(|id| *id == o.proposal_id));
    }
    Ok(rows
        .into_iter()
        .map(|o| OptionView {
            proposal_id: o.proposal_id,
            mine: mine.get(&o.proposal_id).copied().unwrap_or(0),
            result: (phase == Phase::Closed).then(|| OptionResult {
                votes: o.votes.unwrap_or(0),
                voters: o.voters.unwrap_or(0),
                rank: o.rank.unwrap_or(0),
                won: o.won == Some(1),
            }),
            title: o.title,
            description: o.description,
            cost_cents: o.cost_cents,
        })
        .collect())
}

/// The new-round form: the free initiatives with the household that wrote each, and per
/// household how many of them it wrote (busiest first), against the limit per ballot.
pub async fn new_round_form(db: &Db, buurt: BuurtId, now: i64) -> AppResult<NewRoundForm> {
    let rows = store::candidates(db, buurt).await?;
    let limit = crate::proposals::service::settings(db, buurt).await?.ballot_per_household;
    let counts = rules::household_counts(&rows.iter().map(|c| (c.id, c.household_id)).collect::<Vec<_>>());
    let authors: Vec<(Option<i64>, Option<String>)> = rows.iter().map(|c| (c.household_id, c.author.clone())).collect();
    let label = |h: Option<i64>| rules::household_name(&authors, h);
    let over = |h: Option<i64>| counts.iter().any(|(k, n)| h == Some(*k) && *n > limit);
    let households = counts.iter().map(|(h, n)| HouseholdCount { label: label(Some(*h)), count: *n, over: *n > limit }).collect();
    let candidates = rows
        .iter()
        .map(|c| Candidate { id: c.id, title: c.title.clone(), household: label(c.household_id), over: over(c.household_id) })
        .collect();
    let (end_date, _) = crate::time::local_parts(now + 14 * 24 * 3600);
    Ok(NewRoundForm { buurt_id: buurt.0, candidates, households, limit, start: crate::time::local_parts(now), end: (end_date, "20:00".into()) })
}

/// The residents staff may record votes for, while the round is open.
async fn people(db: &Db, row: &store::RoundRow, can_assist: bool) -> AppResult<Vec<Person>> {
    if !can_assist {
        return Ok(Vec::new());
    }
    let buurt = BuurtId(row.buurt_id);
    Ok(store::eligible_people(db, buurt, RoundId(row.id), row.rules().min_age)
        .await?
        .into_iter()
        .map(|(id, name, voted)| Person { id, name, voted })
        .collect())
}

/// Everything a round's page shows to `user` (a member of its buurt, `buurt_name`) at `now`.
pub async fn detail(db: &Db, user: &SessionUser, row: store::RoundRow, buurt_name: String, now: i64) -> AppResult<RoundDetail> {
    let (round, buurt, rules_of_round) = (RoundId(row.id), BuurtId(row.buurt_id), row.rules());
    let phase = rules::phase(now, row.starts_at, row.ends_at, row.closed_at.is_some());
    let me = store::voter(db, buurt, user.id).await?;
    let no_vote: Option<NoVote> = rules::eligibility(me.map(|m| m.0), me.and_then(|m| m.1), rules_of_round.min_age).err();
    let options = options(db, &row, user, phase).await?;
    let can_assist = phase == Phase::Open && can_help_residents(user, buurt).is_ok();
    let eligible = match row.eligible {
        Some(n) => n,
        None => store::eligible_count(db, buurt, rules_of_round.min_age).await?,
    };
    let money_spent = (phase == Phase::Closed && rules_of_round.money_cents.is_some()).then(|| {
        options.iter().filter(|o| o.result.is_some_and(|r| r.won)).map(|o| o.cost_cents.unwrap_or(0)).sum()
    });
    let voted = store::has_voted(db, round, user.id).await?;
    let given: i64 = options.iter().map(|o| o.mine).sum();
    Ok(RoundDetail {
        summary: summary(&row, now, voted),
        buurt_name,
        description: row.description.clone(),
        rules: rules_of_round,
        starts: moment_label(row.starts_at),
        ends: moment_label(row.ends_at),
        remaining: rules_of_round.vote_budget - given,
        can_vote: phase == Phase::Open && no_vote.is_none(),
        no_vote,
        people: people(db, &row, can_assist).await?,
        options,
        can_manage: can_manage_voting(user, buurt).is_ok(),
        can_assist,
        eligible,
        money_spent,
        closed_when: row.closed_at.map(moment_label).unwrap_or_default(),
        over_limit_reason: row.over_limit_reason.clone(),
    })
}
