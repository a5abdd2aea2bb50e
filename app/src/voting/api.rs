//! Server functions of the voting rounds. Each signs in the caller and checks, itself, the
//! role and the buurt of the round before it reads or writes. No function returns anyone's
//! ballot but the caller's own, and none returns running totals before a round is closed.

use super::model::{Candidate, HouseholdCount, RoundDetail, RoundSummary};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::model::{RoundDetails, RoundFields, RoundId, parse_ballot},
    super::use_cases::{Ballot, NewRoundInput, cast_ballot, open_round as open_round_use_case},
    super::{present, service, store},
    crate::accounts::model::{BuurtId, UserId},
    crate::time,
    crate::auth::{caller, can_help_residents, can_manage_voting, require_member, require_user},
    crate::db::{Db, now},
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

/// What the new-round form needs: the buurt, the accepted initiatives free for a ballot, and
/// per household how many of them it wrote, against the limit of initiatives per household.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewRoundForm {
    pub buurt_id: i64,
    pub candidates: Vec<Candidate>,
    /// Busiest household first; households by their label (the commissie and staff only).
    pub households: Vec<HouseholdCount>,
    /// Initiatives of one household one ballot may have without a reason.
    pub limit: i64,
    /// Suggested start (now) and end (two weeks later), as the date and time fields show them.
    pub start: (String, String),
    pub end: (String, String),
}

/// Closes a round at the current time (the demo seed closes its finished round with it).
/// Use cases and the job call [`super::service::close_round`] with their `now`.
#[cfg(feature = "ssr")]
pub async fn close_now(db: &Db, round: RoundId, by: Option<UserId>) -> Result<bool, AppError> {
    super::service::close_round(db, round, by, now()).await
}

/// The rounds of the signed-in user's buurt. A round whose end has passed shows as ended
/// until the closing job has closed and counted it; viewing never closes anything.
#[server(prefix = "/api", endpoint = "stemrondes")]
pub async fn get_rounds() -> Result<RoundList, AppError> {
    let user = require_user().await?;
    let membership = user.buurt()?;
    let (buurt, buurt_name) = (membership.buurt_id, membership.buurt_name.clone());
    let state = app_state()?;
    let now = now();
    let voted = store::rounds_voted(&state.db, user.id).await?;
    let rows = store::rounds_of_buurt(&state.db, buurt).await?;
    let rounds = rows.iter().map(|r| present::summary(r, now, voted.contains(&r.id))).collect();
    Ok(RoundList { buurt_name, can_manage: can_manage_voting(&user, buurt).is_ok(), rounds })
}

/// One round: its rules, its ballot with the visitor's own votes while it is open, and the
/// results once it is closed. A round of another buurt does not exist for the visitor.
#[server(prefix = "/api", endpoint = "stemronde")]
pub async fn get_round(id: i64) -> Result<RoundDetail, AppError> {
    let (user, state) = caller().await?;
    let row = store::round(&state.db, RoundId(id)).await?;
    let buurt = BuurtId(row.buurt_id);
    let membership = user.memberships.iter().find(|m| m.buurt_id == buurt).ok_or(AppError::NotFound)?;
    let buurt_name = membership.buurt_name.clone();
    present::detail(&state.db, &user, row, buurt_name, now()).await
}

/// The new-round form: the commissie and staff of the buurt only.
#[server(prefix = "/api", endpoint = "stemronde-nieuw-formulier")]
pub async fn get_new_round_form() -> Result<NewRoundForm, AppError> {
    let (user, state) = caller().await?;
    let buurt = user.buurt()?.buurt_id;
    can_manage_voting(&user, buurt)?;
    present::new_round_form(&state.db, buurt, now()).await
}

/// The commissie (or staff) opens a round: title, rules, start and end, and at least two
/// accepted initiatives of the buurt that are not on another round still to be closed;
/// `opties[<id>]` ticks an initiative, `kosten[<id>]` gives its estimated cost in euros;
/// `reden` says why more initiatives of one household than the limit may go on it.
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
    reden: Option<String>,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    can_manage_voting(&user, buurt)?;
    let state = app_state()?;
    let (chosen, costs) = (opties.unwrap_or_default(), kosten.unwrap_or_default());
    let fields = RoundFields { title: &title, description: &description, vote_budget: &vote_budget, max_per_option: &max_per_option, min_age: &min_age, money: &money, winners: &winners, chosen: &chosen, costs: &costs };
    let details = RoundDetails::parse(fields)?;
    let (starts_at, _) = time::parse_local(&start_date, &start_time, &start_time)?;
    let (ends_at, _) = time::parse_local(&end_date, &end_time, &end_time)?;
    let over_limit_reason = crate::text::parse_text(&reden.unwrap_or_default(), 0, 300, true)?;
    let input = NewRoundInput { buurt, details, starts_at, ends_at, over_limit_reason };
    let round = in_write!(&state.db, |tx| open_round_use_case(tx, &user, input.clone(), now()))?;
    leptos_axum::redirect(&format!("/meedoen/stemronde/{}", round.0));
    Ok(())
}

/// Stores a parsed ballot in one write transaction.
#[cfg(feature = "ssr")]
async fn store_ballot(db: &Db, actor: &crate::auth::SessionUser, ballot: Ballot) -> Result<(), AppError> {
    in_write!(db, |tx| cast_ballot(tx, actor, ballot.clone(), now()))
}

/// A resident sets all their votes in a round at once (`stemmen[<initiative>] = number`);
/// all zero withdraws them. Possible until the round ends.
#[server(prefix = "/api", endpoint = "stemmen")]
pub async fn cast_votes(round: i64, stemmen: Option<HashMap<String, String>>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let row = store::round(&state.db, RoundId(round)).await?;
    require_member(&user, BuurtId(row.buurt_id)).map_err(|_| AppError::NotFound)?;
    let votes = parse_ballot(&stemmen.unwrap_or_default())?;
    store_ballot(&state.db, &user, Ballot { round: RoundId(round), voter: user.id, votes }).await
}

/// The sociaal werker records the votes of a resident without a phone who asked for help.
/// Logged as assisted (who helped, when); what was voted is never logged.
#[server(prefix = "/api", endpoint = "stemmen-met-hulp")]
pub async fn assist_votes(round: i64, resident: i64, stemmen: Option<HashMap<String, String>>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    // An unknown round answers like one of another buurt, so ids cannot be probed.
    let row = store::find_round(&state.db, RoundId(round)).await?.ok_or(AppError::Forbidden)?;
    can_help_residents(&user, BuurtId(row.buurt_id))?;
    // The same check as every act for a resident ("namens"): staff of the resident's buurt.
    let acting = crate::auth::acting_for(&state.db, user.clone(), Some(resident)).await?;
    let votes = parse_ballot(&stemmen.unwrap_or_default())?;
    store_ballot(&state.db, &user, Ballot { round: RoundId(round), voter: acting.resident.id, votes }).await
}

/// The commissie (or staff) closes a round at or after its end; closing is final.
#[server(prefix = "/api", endpoint = "stemronde-sluiten")]
pub async fn close_round(round: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let row = store::find_round(&state.db, RoundId(round)).await?.ok_or(AppError::Forbidden)?;
    can_manage_voting(&user, BuurtId(row.buurt_id))?;
    if !service::close_round(&state.db, RoundId(round), Some(user.id), now()).await? {
        return Err(Problem::VoteClosed.into());
    }
    Ok(())
}
