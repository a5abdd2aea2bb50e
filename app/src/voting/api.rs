//! Server functions of the voting rounds. Each signs in the caller and checks, itself, the
//! role and the buurt of the round before it reads or writes. No function returns anyone's
//! ballot but the caller's own, and none returns running totals before a round is closed.

use super::model::{Candidate, RoundDetail, RoundSummary};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[cfg(feature = "ssr")]
use {
    super::model::{NoVote, OptionView, Person, Phase, RoundDetails, RoundId, parse_ballot},
    super::{rules, store},
    crate::accounts::model::{BuurtId, Role, UserId},
    crate::agenda::time,
    crate::auth::{SessionUser, require_role, require_staff, require_user},
    crate::db::{Db, begin_write, now},
    crate::time::moment_label as local_time_label,
    crate::error::Problem,
    crate::state::app_state,
};

/// The rounds page: the buurt, whether the visitor may open a round, and its rounds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundList {
    pub buurt_name: String,
    pub can_manage: bool,
    pub rounds: Vec<RoundSummary>,
}

/// What the new-round form needs: the buurt and the accepted initiatives free for a ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewRoundForm {
    pub buurt_id: i64,
    pub candidates: Vec<Candidate>,
    /// Suggested start (now) and end (two weeks later), as the date and time fields show them.
    pub start: (String, String),
    pub end: (String, String),
}

/// Who runs voting rounds: the commissie, and staff of the buurt.
#[cfg(feature = "ssr")]
const MANAGERS: &[Role] = &[Role::Committee, Role::SocialWorker, Role::Admin];

/// The buurt whose rounds a user sees: the first one they belong to.
#[cfg(feature = "ssr")]
fn home_buurt(user: &SessionUser) -> Result<(BuurtId, String), AppError> {
    user.buurt().map(|m| (m.buurt_id, m.buurt_name.clone()))
}

/// Closes a round whose end has passed and counts it, once: the results are stored with it.
/// Returns false when it was already closed. `by` is `None` when it closed by itself.
#[cfg(feature = "ssr")]
pub async fn close_now(db: &Db, round: RoundId, by: Option<UserId>) -> Result<bool, AppError> {
    let mut tx = begin_write(db).await?;
    let row = store::round(&mut *tx, round).await?;
    if row.closed_at.is_some() {
        return Ok(false);
    }
    rules::may_close(now(), row.ends_at, false)?;
    let entries = store::entries(&mut tx, round).await?;
    let rows = store::ballot_rows(&mut *tx, round).await?;
    let results = rules::count(&entries, &rows, &row.rules());
    let eligible = store::eligible_count(&mut *tx, BuurtId(row.buurt_id), row.rules().min_age).await?;
    store::close(&mut tx, round, by, &results, eligible, rows).await?;
    tx.commit().await?;
    if let Err(e) = store::checkpoint(db).await {
        tracing::warn!(error = ?e, "checkpoint after closing a round failed");
    }
    Ok(true)
}

#[cfg(feature = "ssr")]
fn period(starts_at: i64, ends_at: i64) -> String {
    format!("{} – {}", local_time_label(starts_at), local_time_label(ends_at))
}

#[cfg(feature = "ssr")]
fn to_summary(row: &store::RoundRow, now: i64, voted: bool) -> RoundSummary {
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

/// The rounds of the signed-in user's buurt. Rounds whose end has passed are closed and
/// counted first.
#[server(prefix = "/api", endpoint = "stemrondes")]
pub async fn get_rounds() -> Result<RoundList, AppError> {
    let user = require_user().await?;
    let (buurt, buurt_name) = home_buurt(&user)?;
    let state = app_state()?;
    let now = now();
    for round in store::ended_unclosed(&state.db, buurt, now).await? {
        close_now(&state.db, round, None).await?;
    }
    let voted = store::rounds_voted(&state.db, user.id).await?;
    let rounds = store::rounds_of_buurt(&state.db, buurt).await?.iter().map(|r| to_summary(r, now, voted.contains(&r.id))).collect();
    Ok(RoundList { buurt_name, can_manage: require_role(&user, buurt, MANAGERS).is_ok(), rounds })
}

/// One round: its rules, its ballot with the visitor's own votes while it is open, and the
/// results once it is closed. A round of another buurt does not exist for the visitor.
#[server(prefix = "/api", endpoint = "stemronde")]
pub async fn get_round(id: i64) -> Result<RoundDetail, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (db, round) = (&state.db, RoundId(id));
    let mut row = store::round(db, round).await?;
    let buurt = BuurtId(row.buurt_id);
    let Some(membership) = user.memberships.iter().find(|m| m.buurt_id == buurt) else { return Err(AppError::NotFound) };
    let now = now();
    if row.closed_at.is_none() && row.ends_at <= now {
        close_now(db, round, None).await?;
        row = store::round(db, round).await?;
    }
    let rules_of_round = row.rules();
    let phase = rules::phase(now, row.starts_at, row.ends_at, row.closed_at.is_some());
    let me = store::voter(db, buurt, user.id).await?;
    let no_vote = rules::eligibility(me.map(|m| m.0), me.and_then(|m| m.1), rules_of_round.min_age).err();
    let mine: HashMap<i64, i64> = store::own_ballot(db, round, user.id).await?.into_iter().collect();
    let options: Vec<OptionView> = store::options(db, round)
        .await?
        .into_iter()
        .map(|o| OptionView {
            proposal_id: o.proposal_id,
            mine: mine.get(&o.proposal_id).copied().unwrap_or(0),
            result: (phase == Phase::Closed).then(|| super::model::OptionResult {
                votes: o.votes.unwrap_or(0),
                voters: o.voters.unwrap_or(0),
                rank: o.rank.unwrap_or(0),
                won: o.won == Some(1),
            }),
            title: o.title,
            description: o.description,
            cost_cents: o.cost_cents,
        })
        .collect();
    let can_manage = require_role(&user, buurt, MANAGERS).is_ok();
    let can_assist = phase == Phase::Open && require_staff(&user, buurt).is_ok();
    let people = if can_assist {
        store::eligible_people(db, buurt, round, rules_of_round.min_age)
            .await?
            .into_iter()
            .map(|(id, name, voted)| Person { id, name, voted })
            .collect()
    } else {
        Vec::new()
    };
    let eligible = match row.eligible {
        Some(n) => n,
        None => store::eligible_count(db, buurt, rules_of_round.min_age).await?,
    };
    let money_spent = (phase == Phase::Closed && rules_of_round.money_cents.is_some()).then(|| {
        options.iter().filter(|o| o.result.is_some_and(|r| r.won)).map(|o| o.cost_cents.unwrap_or(0)).sum()
    });
    let voted = store::has_voted(db, round, user.id).await?;
    Ok(RoundDetail {
        summary: to_summary(&row, now, voted),
        buurt_name: membership.buurt_name.clone(),
        description: row.description.clone(),
        rules: rules_of_round,
        starts: local_time_label(row.starts_at),
        ends: local_time_label(row.ends_at),
        remaining: rules_of_round.vote_budget - mine.values().sum::<i64>(),
        can_vote: phase == Phase::Open && no_vote.is_none(),
        no_vote,
        options,
        can_manage,
        can_assist,
        people,
        eligible,
        money_spent,
        closed_when: row.closed_at.map(local_time_label).unwrap_or_default(),
    })
}

/// The new-round form: the commissie and staff of the buurt only.
#[server(prefix = "/api", endpoint = "stemronde-nieuw-formulier")]
pub async fn get_new_round_form() -> Result<NewRoundForm, AppError> {
    let user = require_user().await?;
    let (buurt, _) = home_buurt(&user)?;
    require_role(&user, buurt, MANAGERS)?;
    let state = app_state()?;
    let candidates = store::candidates(&state.db, buurt).await?.into_iter().map(|(id, title)| Candidate { id, title }).collect();
    let now = now();
    let (end_date, _) = time::local_parts(now + 14 * 24 * 3600);
    Ok(NewRoundForm { buurt_id: buurt.0, candidates, start: time::local_parts(now), end: (end_date, "20:00".into()) })
}

/// The commissie (or staff) opens a round: title, rules, start and end, and at least two
/// accepted initiatives of the buurt that are not on another round still to be closed;
/// `opties[<id>]` ticks an initiative, `kosten[<id>]` gives its estimated cost in euros.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "stemronde-nieuw")]
pub async fn open_round(
    buurt: i64,
    title: String,
    description: String,
    start_date: String,
    start_time: String,
    end_date: String,
    end_time: String,
    vote_budget: String,
    max_per_option: String,
    min_age: String,
    money: String,
    winners: String,
    opties: Option<HashMap<String, String>>,
    kosten: Option<HashMap<String, String>>,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    require_role(&user, buurt, MANAGERS)?;
    let state = app_state()?;
    let (opties, kosten) = (opties.unwrap_or_default(), kosten.unwrap_or_default());
    let details = RoundDetails::parse(&title, &description, &vote_budget, &max_per_option, &min_age, &money, &winners, &opties, &kosten)?;
    let (starts_at, _) = time::parse_local(&start_date, &start_time, &start_time)?;
    let (ends_at, _) = time::parse_local(&end_date, &end_time, &end_time)?;
    let now = now();
    // A start in the past means: from now.
    let starts_at = starts_at.max(now - now % 60);
    if ends_at <= starts_at {
        return Err(Problem::EndBeforeStart.into());
    }
    if ends_at - starts_at > 90 * 24 * 3600 {
        return Err(Problem::TooLong.into());
    }
    let mut tx = begin_write(&state.db).await?;
    let free: std::collections::HashSet<i64> = store::candidates(&mut *tx, buurt).await?.into_iter().map(|(id, _)| id).collect();
    if details.options.iter().any(|(id, _)| !free.contains(id)) {
        return Err(Problem::OptionUnavailable.into());
    }
    let round = store::insert_round(&mut tx, buurt, &details, starts_at, ends_at, user.id).await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/meedoen/stemronde/{}", round.0));
    Ok(())
}

/// Checks a ballot for `voter` and stores it in place of their earlier one, in one write
/// transaction: however many requests arrive at once, from however many devices, each sees
/// the rules hold and replaces the whole ballot, so the budget is never exceeded.
#[cfg(feature = "ssr")]
async fn store_ballot(db: &Db, round: RoundId, voter: UserId, stemmen: &HashMap<String, String>, assisted_by: Option<UserId>) -> Result<(), AppError> {
    let input = parse_ballot(stemmen)?;
    let mut tx = begin_write(db).await?;
    let row = store::round(&mut *tx, round).await?;
    let buurt = BuurtId(row.buurt_id);
    rules::may_vote_now(rules::phase(now(), row.starts_at, row.ends_at, row.closed_at.is_some()))?;
    let me = store::voter(&mut *tx, buurt, voter).await?;
    match rules::eligibility(me.map(|m| m.0), me.and_then(|m| m.1), row.rules().min_age) {
        Ok(()) => {}
        Err(NoVote::TooYoung) => return Err(Problem::VoteTooYoung.into()),
        Err(NoVote::NotResident) => return Err(AppError::Forbidden),
    }
    let on_ballot: Vec<i64> = store::entries(&mut tx, round).await?.iter().map(|e| e.proposal_id).collect();
    let rows = rules::check_ballot(&on_ballot, &input, &row.rules())?;
    store::replace_ballot(&mut tx, round, voter, &rows, assisted_by).await?;
    if let Some(helper) = assisted_by {
        let subject = format!("stemronde {}, bewoner {}", round.0, voter.0);
        crate::neighbourhood::service::log(&mut tx, Some(buurt), helper, "stemhulp", &subject).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A resident sets all their votes in a round at once (`stemmen[<initiative>] = number`);
/// all zero withdraws them. Possible until the round ends.
#[server(prefix = "/api", endpoint = "stemmen")]
pub async fn cast_votes(round: i64, stemmen: Option<HashMap<String, String>>) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let row = store::round(&state.db, RoundId(round)).await?;
    if user.role_in(BuurtId(row.buurt_id)).is_none() {
        return Err(AppError::NotFound);
    }
    store_ballot(&state.db, RoundId(round), user.id, &stemmen.unwrap_or_default(), None).await
}

/// The sociaal werker records the votes of a resident without a phone who asked for help.
/// Logged as assisted (who helped, when); what was voted is never logged.
#[server(prefix = "/api", endpoint = "stemmen-met-hulp")]
pub async fn assist_votes(round: i64, resident: i64, stemmen: Option<HashMap<String, String>>) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let row = store::round(&state.db, RoundId(round)).await.map_err(|_| AppError::Forbidden)?;
    let buurt = BuurtId(row.buurt_id);
    require_staff(&user, buurt)?;
    store_ballot(&state.db, RoundId(round), UserId(resident), &stemmen.unwrap_or_default(), Some(user.id)).await
}

/// The commissie (or staff) closes a round at or after its end; closing is final.
#[server(prefix = "/api", endpoint = "stemronde-sluiten")]
pub async fn close_round(round: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let row = store::round(&state.db, RoundId(round)).await.map_err(|_| AppError::Forbidden)?;
    require_role(&user, BuurtId(row.buurt_id), MANAGERS)?;
    if !close_now(&state.db, RoundId(round), Some(user.id)).await? {
        return Err(Problem::VoteClosed.into());
    }
    Ok(())
}
