//! Voting rounds as pages show them and their rules. The parsed values of the forms (a new
//! round, a ballot, euros) are in `forms` and re-exported here.

use crate::accounts::model::AgeBand;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RoundId(pub i64);

/// Where a round stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    /// It has not started yet.
    Coming,
    /// Residents can vote and change their votes.
    Open,
    /// The end has passed; the closing job closes and counts it within a minute.
    Ended,
    /// Closed and counted: the results are final.
    Closed,
}

impl Phase {
    /// The Fluent key of the phase, as a tag.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Coming => "vote-phase-coming",
            Phase::Open => "vote-phase-open",
            Phase::Ended => "vote-phase-ended",
            Phase::Closed => "vote-phase-closed",
        }
    }
}

/// The rules of a round, fixed when it opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundRules {
    /// Votes each resident may spread.
    pub vote_budget: i64,
    /// At most this many votes on one initiative.
    pub max_per_option: i64,
    /// Only residents of this age band or older vote; `None`: all ages.
    pub min_age: Option<AgeBand>,
    /// The money to spend, in euro cents; `None`: no money budget.
    pub money_cents: Option<i64>,
    /// Without a money budget: how many initiatives win.
    pub winners: i64,
}

/// Where an age band stands in the order young to old.
pub fn age_rank(band: AgeBand) -> usize {
    AgeBand::ALL.iter().position(|b| *b == band).unwrap_or(0)
}

/// An age band from its stored code.
pub fn age_from_code(code: &str) -> Option<AgeBand> {
    AgeBand::ALL.into_iter().find(|b| b.code() == code)
}

/// The result of one initiative once the round is closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionResult {
    pub votes: i64,
    /// Residents who gave it at least one vote.
    pub voters: i64,
    /// 1 for the most votes (ties broken by the rule in the rules text).
    pub rank: i64,
    pub won: bool,
}

/// One initiative on the ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionView {
    pub proposal_id: i64,
    pub title: String,
    pub description: String,
    pub cost_cents: Option<i64>,
    /// The visitor's own votes on it (only ever their own).
    pub mine: i64,
    /// Only once the round is closed.
    pub result: Option<OptionResult>,
}

/// A round in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundSummary {
    pub id: RoundId,
    pub title: String,
    pub phase: Phase,
    /// "van … tot …", formatted on the server (Europe/Amsterdam).
    pub period: String,
    pub options: i64,
    /// Residents who voted (shown while open too: it says nothing about the choices).
    pub turnout: i64,
    /// The visitor voted in it.
    pub voted: bool,
}

/// Why the visitor cannot vote in an open round.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoVote {
    /// Staff, or someone from another buurt.
    NotResident,
    /// Younger than the round allows.
    TooYoung,
}

impl NoVote {
    pub fn key(self) -> &'static str {
        match self {
            NoVote::NotResident => "vote-cannot-not-resident",
            NoVote::TooYoung => "vote-cannot-too-young",
        }
    }
}

/// Someone staff may record votes for (a resident without a phone who asked for help).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub voted: bool,
}

/// Everything a round's page shows. Lists the visitor may not see are empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundDetail {
    pub summary: RoundSummary,
    pub buurt_name: String,
    pub description: String,
    pub rules: RoundRules,
    pub starts: String,
    pub ends: String,
    pub options: Vec<OptionView>,
    /// The visitor may vote now (open round, resident of the buurt, age allowed).
    pub can_vote: bool,
    pub no_vote: Option<NoVote>,
    /// Votes the visitor has not given yet.
    pub remaining: i64,
    /// Commissie or staff of the buurt.
    pub can_manage: bool,
    /// Staff of the buurt: may record votes for a resident who asked for help.
    pub can_assist: bool,
    pub people: Vec<Person>,
    /// Residents who may vote (when closed: at closing).
    pub eligible: i64,
    /// Once closed: the money the winners cost together.
    pub money_spent: Option<i64>,
    pub closed_when: String,
    /// Why the commissie put more initiatives of one household on the ballot than the limit
    /// allows (empty: it did not). Public: every resident sees it.
    pub over_limit_reason: String,
}

/// An accepted initiative that can go on a new round's ballot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub id: i64,
    pub title: String,
    /// The label of the household that wrote it (empty: none), for the commissie.
    pub household: String,
    /// Its household wrote more of the offered initiatives than one ballot may have.
    pub over: bool,
}

/// A household and how many of the offered initiatives it wrote.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HouseholdCount {
    pub label: String,
    pub count: i64,
    pub over: bool,
}

pub use super::forms::{RoundDetails, RoundFields, euros_label, parse_ballot, parse_euros};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_order() {
        assert!(age_rank(AgeBand::From75) > age_rank(AgeBand::Under18));
        assert_eq!(age_from_code("18-34"), Some(AgeBand::From18To34));
    }
}
