//! Pure decisions for voting rounds: the phase of a round, who may vote, whether a ballot
//! fits the rules, when a round may close, and the results: a function of the stored ballot
//! rows only, the same every time.

use super::model::{NoVote, OptionResult, Phase, RoundRules, age_rank};
use crate::accounts::model::{AgeBand, Role};
use crate::error::Problem;
use std::collections::{HashMap, HashSet};

/// Where a round stands at `now`.
pub fn phase(now: i64, starts_at: i64, ends_at: i64, closed: bool) -> Phase {
    if closed {
        Phase::Closed
    } else if now < starts_at {
        Phase::Coming
    } else if now < ends_at {
        Phase::Open
    } else {
        Phase::Ended
    }
}

/// The period of a new round: a start in the past means from now (the current minute); the
/// end must come after the start, at most 90 days later.
pub fn round_period(now: i64, starts_at: i64, ends_at: i64) -> Result<(i64, i64), Problem> {
    let starts_at = starts_at.max(now - now % 60);
    if ends_at <= starts_at {
        return Err(Problem::EndBeforeStart);
    }
    if ends_at - starts_at > 90 * 24 * 3600 {
        return Err(Problem::TooLong);
    }
    Ok((starts_at, ends_at))
}

/// Votes are accepted only between the start and the end of a round that is not closed.
pub fn may_vote_now(phase: Phase) -> Result<(), Problem> {
    match phase {
        Phase::Open => Ok(()),
        Phase::Coming => Err(Problem::VoteNotStarted),
        Phase::Ended | Phase::Closed => Err(Problem::VoteClosed),
    }
}

/// Who may vote: residents (bewoner, commissielid) of the round's buurt whose age band is
/// the round's minimum or older. A resident who gave no age band votes: the band is optional
/// and self-declared, so asking for it would only turn away people who chose not to say.
pub fn eligibility(role: Option<Role>, band: Option<AgeBand>, min_age: Option<AgeBand>) -> Result<(), NoVote> {
    if !matches!(role, Some(Role::Resident | Role::Committee)) {
        return Err(NoVote::NotResident);
    }
    match (min_age, band) {
        (Some(min), Some(band)) if age_rank(band) < age_rank(min) => Err(NoVote::TooYoung),
        _ => Ok(()),
    }
}

/// A whole ballot checked against the rules: every initiative on the ballot, at most the
/// maximum on one, at most the budget in all. Returns the rows with votes, by initiative.
pub fn check_ballot(on_ballot: &[i64], input: &[(i64, i64)], rules: &RoundRules) -> Result<Vec<(i64, i64)>, Problem> {
    let allowed: HashSet<i64> = on_ballot.iter().copied().collect();
    let mut seen = HashSet::new();
    let mut total = 0;
    for &(option, votes) in input {
        if !allowed.contains(&option) || !seen.insert(option) {
            return Err(Problem::Unknown);
        }
        if votes < 0 {
            return Err(Problem::VoteNumberInvalid);
        }
        if votes > rules.max_per_option {
            return Err(Problem::VoteOverMax);
        }
        total += votes;
    }
    if total > rules.vote_budget {
        return Err(Problem::VoteOverBudget);
    }
    let mut rows: Vec<(i64, i64)> = input.iter().copied().filter(|(_, v)| *v > 0).collect();
    rows.sort_unstable();
    Ok(rows)
}

/// Per household, how many of the initiatives it wrote: `(household, count)`, the busiest
/// first (then by household id). `authors`: `(initiative, its author's household)`;
/// initiatives without a household are not counted.
pub fn household_counts(authors: &[(i64, Option<i64>)]) -> Vec<(i64, i64)> {
    let mut counts: HashMap<i64, i64> = HashMap::new();
    for household in authors.iter().filter_map(|(_, h)| *h) {
        *counts.entry(household).or_default() += 1;
    }
    let mut out: Vec<(i64, i64)> = counts.into_iter().collect();
    out.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// How the commissie sees a household on the new-round form: the names of the people of it
/// who wrote the offered initiatives (`rows` as `(household, author)`), each once, in order.
pub fn household_name(rows: &[(Option<i64>, Option<String>)], household: Option<i64>) -> String {
    let mut names: Vec<&str> = Vec::new();
    for (h, author) in rows {
        if household.is_some()
            && *h == household
            && let Some(name) = author.as_deref().filter(|n| !names.contains(n))
        {
            names.push(name);
        }
    }
    names.join(", ")
}

/// The households with more initiatives on one ballot than `limit` (`counts` as
/// [`household_counts`] gives them). Empty: the ballot is fair as it is.
pub fn over_ballot_limit(counts: &[(i64, i64)], limit: i64) -> Vec<(i64, i64)> {
    counts.iter().filter(|(_, n)| *n > limit).copied().collect()
}

/// The order of the initiatives on one voter's ballot: shuffled by a keyed hash of the voter
/// and each initiative under the round's secret `seed` (32 hex digits). The same voter sees
/// the same order on every visit; another voter another one; without the seed nobody can
/// predict it. A round without a (valid) seed keeps the order `options` has.
#[cfg(feature = "ssr")]
pub fn ballot_order(seed: &str, voter: i64, options: &[i64]) -> Vec<i64> {
    let key: Option<[u8; 16]> = (seed.len() == 32)
        .then(|| (0..16).map(|i| u8::from_str_radix(seed.get(2 * i..2 * i + 2)?, 16).ok()).collect::<Option<Vec<u8>>>())
        .flatten()
        .and_then(|bytes| bytes.try_into().ok());
    let mut order = options.to_vec();
    if let Some(key) = key {
        let place = |option: &i64| {
            (crate::keyed::rank(&key, &[&voter.to_le_bytes(), &option.to_le_bytes()]), *option)
        };
        order.sort_by_cached_key(place);
    }
    order
}

/// A round closes at or after its end, once.
pub fn may_close(now: i64, ends_at: i64, closed: bool) -> Result<(), Problem> {
    if closed {
        return Err(Problem::VoteClosed);
    }
    if now < ends_at {
        return Err(Problem::VoteNotEnded);
    }
    Ok(())
}

/// An initiative on the ballot, as the count needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub proposal_id: i64,
    pub cost_cents: Option<i64>,
}

/// The count of a round from its ballot rows `(ballot, initiative, votes)`.
///
/// Order: most votes first; equal votes: the lower cost first, then the earlier proposal
/// (the lower id). With a money budget, each initiative in that order wins when it still
/// fits in what is left, and is skipped when it does not; without one, the first `winners`
/// win. An initiative without votes never wins. The order of the rows does not matter.
pub fn count(entries: &[Entry], rows: &[(String, i64, i64)], rules: &RoundRules) -> Vec<(i64, OptionResult)> {
    let mut votes: HashMap<i64, i64> = HashMap::new();
    let mut voters: HashMap<i64, i64> = HashMap::new();
    for (_, option, v) in rows {
        if *v > 0 {
            *votes.entry(*option).or_default() += v;
            *voters.entry(*option).or_default() += 1;
        }
    }
    let mut order: Vec<Entry> = entries.to_vec();
    order.sort_by_key(|e| {
        (std::cmp::Reverse(votes.get(&e.proposal_id).copied().unwrap_or(0)), e.cost_cents.unwrap_or(0), e.proposal_id)
    });
    let mut left = rules.money_cents;
    let mut won_count = 0;
    order
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let v = votes.get(&e.proposal_id).copied().unwrap_or(0);
            let won = v > 0
                && match left.as_mut() {
                    Some(left) => {
                        let cost = e.cost_cents.unwrap_or(0);
                        if cost <= *left {
                            *left -= cost;
                            true
                        } else {
                            false
                        }
                    }
                    None => {
                        won_count += 1;
                        won_count <= rules.winners
                    }
                };
            (e.proposal_id, OptionResult { votes: v, voters: voters.get(&e.proposal_id).copied().unwrap_or(0), rank: i as i64 + 1, won })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(budget: i64, max: i64, money: Option<i64>, winners: i64) -> RoundRules {
        RoundRules { vote_budget: budget, max_per_option: max, min_age: None, money_cents: money, winners }
    }

    #[test]
    fn phases() {
        assert_eq!(phase(10, 20, 30, false), Phase::Coming);
        assert_eq!(phase(20, 20, 30, false), Phase::Open);
        assert_eq!(phase(30, 20, 30, false), Phase::Ended);
        assert_eq!(phase(25, 20, 30, true), Phase::Closed);
        assert_eq!(may_vote_now(Phase::Open), Ok(()));
        assert_eq!(may_vote_now(Phase::Coming), Err(Problem::VoteNotStarted));
        assert_eq!(may_vote_now(Phase::Ended), Err(Problem::VoteClosed));
        assert_eq!(may_close(29, 30, false), Err(Problem::VoteNotEnded));
        assert_eq!(may_close(30, 30, false), Ok(()));
        assert_eq!(may_close(40, 30, true), Err(Problem::VoteClosed));
    }

    #[test]
    fn who_votes() {
        let min = Some(AgeBand::From18To34);
        assert_eq!(eligibility(Some(Role::Resident), Some(AgeBand::From75), min), Ok(()));
        assert_eq!(eligibility(Some(Role::Committee), Some(AgeBand::From18To34), min), Ok(()));
        assert_eq!(eligibility(Some(Role::Resident), Some(AgeBand::Under18), min), Err(NoVote::TooYoung));
        assert_eq!(eligibility(Some(Role::Resident), Some(AgeBand::Under18), None), Ok(()));
        assert_eq!(eligibility(Some(Role::Resident), None, min), Ok(()), "no band given: votes");
        assert_eq!(eligibility(Some(Role::SocialWorker), None, None), Err(NoVote::NotResident));
        assert_eq!(eligibility(None, None, None), Err(NoVote::NotResident));
    }

    #[test]
    fn ballots_fit_the_rules() {
        let r = rules(5, 2, None, 1);
        let on = [1, 2, 3];
        assert_eq!(check_ballot(&on, &[(3, 2), (1, 2), (2, 1)], &r), Ok(vec![(1, 2), (2, 1), (3, 2)]));
        assert_eq!(check_ballot(&on, &[(1, 0), (2, 0), (3, 0)], &r), Ok(vec![]));
        assert_eq!(check_ballot(&on, &[(1, 3)], &r), Err(Problem::VoteOverMax));
        assert_eq!(check_ballot(&on, &[(1, 2), (2, 2), (3, 2)], &r), Err(Problem::VoteOverBudget));
        assert_eq!(check_ballot(&on, &[(9, 1)], &r), Err(Problem::Unknown));
        assert_eq!(check_ballot(&on, &[(1, 1), (1, 1)], &r), Err(Problem::Unknown));
        assert_eq!(check_ballot(&on, &[(1, -1)], &r), Err(Problem::VoteNumberInvalid));
    }

    #[test]
    fn one_initiative_per_household_unless_the_limit_is_higher() {
        // Initiatives 1, 2, 3 by household 10; 4 by 11; 5 and 6 by 12; 7 by nobody's household.
        let authors = [(1, Some(10)), (2, Some(10)), (3, Some(10)), (4, Some(11)), (5, Some(12)), (6, Some(12)), (7, None)];
        let counts = household_counts(&authors);
        assert_eq!(counts, vec![(10, 3), (12, 2), (11, 1)]);
        assert_eq!(over_ballot_limit(&counts, 1), vec![(10, 3), (12, 2)]);
        assert_eq!(over_ballot_limit(&counts, 2), vec![(10, 3)]);
        assert_eq!(over_ballot_limit(&counts, 3), vec![]);
        assert_eq!(over_ballot_limit(&household_counts(&[(1, Some(10)), (4, Some(11)), (7, None), (8, None)]), 1), vec![]);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn each_voter_has_their_own_stable_order() {
        let seed = "00112233445566778899aabbccddeeff";
        let options: Vec<i64> = (1..=12).collect();
        let mine = ballot_order(seed, 41, &options);
        // A permutation: every initiative once.
        let mut sorted = mine.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, options);
        // Stable for one voter, whatever order the options come in.
        assert_eq!(ballot_order(seed, 41, &options), mine);
        let reversed: Vec<i64> = options.iter().rev().copied().collect();
        assert_eq!(ballot_order(seed, 41, &reversed), mine);
        // Different between voters and between rounds (12! orders: equal by chance is next to impossible).
        assert_ne!(ballot_order(seed, 42, &options), mine);
        assert_ne!(ballot_order("ffeeddccbbaa99887766554433221100", 41, &options), mine);
        let firsts: HashSet<i64> = (1..=40).map(|voter| ballot_order(seed, voter, &options)[0]).collect();
        assert!(firsts.len() > 4, "many voters do not all start with the same initiative: {firsts:?}");
        assert_ne!(mine, options, "shuffled, not as given");
        // Rounds opened before seeds existed keep their order.
        assert_eq!(ballot_order("", 41, &options), options);
        assert_eq!(ballot_order("not hex at all, not hex at all!!", 41, &options), options);
    }

    fn rows(spec: &[(&str, i64, i64)]) -> Vec<(String, i64, i64)> {
        spec.iter().map(|(b, o, v)| (b.to_string(), *o, *v)).collect()
    }

    #[test]
    fn money_budget_takes_what_fits_in_order() {
        let entries = [
            Entry { proposal_id: 1, cost_cents: Some(2_000) },
            Entry { proposal_id: 2, cost_cents: Some(1_500) },
            Entry { proposal_id: 3, cost_cents: Some(500) },
            Entry { proposal_id: 4, cost_cents: Some(100) },
        ];
        // 1: 6 votes, 2: 5, 3: 4, 4: 0. Budget 2,600: 1 fits (600 left), 2 skipped, 3 fits (100 left), 4 has no votes.
        let r = rows(&[("a", 1, 2), ("a", 2, 2), ("b", 1, 2), ("b", 3, 2), ("c", 1, 2), ("c", 2, 3), ("d", 3, 2)]);
        let out = count(&entries, &r, &rules(5, 3, Some(2_600), 1));
        let ids: Vec<(i64, i64, bool)> = out.iter().map(|(id, res)| (*id, res.votes, res.won)).collect();
        assert_eq!(ids, vec![(1, 6, true), (2, 5, false), (3, 4, true), (4, 0, false)]);
        assert_eq!(out[0].1.voters, 3);
        assert_eq!(out.iter().map(|(_, r)| r.rank).collect::<Vec<_>>(), vec![1, 2, 3, 4]);
    }

    #[test]
    fn ties_go_to_the_lower_cost_then_the_earlier_proposal() {
        let entries = [
            Entry { proposal_id: 7, cost_cents: Some(900) },
            Entry { proposal_id: 5, cost_cents: Some(900) },
            Entry { proposal_id: 6, cost_cents: Some(300) },
        ];
        let r = rows(&[("a", 7, 1), ("b", 5, 1), ("c", 6, 1)]);
        let out = count(&entries, &r, &rules(1, 1, Some(1_200), 1));
        assert_eq!(out.iter().map(|(id, res)| (*id, res.won)).collect::<Vec<_>>(), vec![(6, true), (5, true), (7, false)]);
        // Without money: the first `winners` in the same order win.
        let out = count(&entries, &r, &rules(1, 1, None, 2));
        assert_eq!(out.iter().map(|(id, res)| (*id, res.won)).collect::<Vec<_>>(), vec![(6, true), (5, true), (7, false)]);
    }

    #[test]
    fn the_count_does_not_depend_on_row_order() {
        let entries: Vec<Entry> = (1..=6).map(|i| Entry { proposal_id: i, cost_cents: Some(i * 100) }).collect();
        let mut r: Vec<(String, i64, i64)> =
            (0..200).map(|i| (format!("b{}", i / 3), (i * 7) % 6 + 1, (i % 2) + 1)).collect();
        let first = count(&entries, &r, &rules(6, 2, Some(1_000), 1));
        r.reverse();
        assert_eq!(count(&entries, &r, &rules(6, 2, Some(1_000), 1)), first);
        r.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        assert_eq!(count(&entries, &r, &rules(6, 2, Some(1_000), 1)), first);
    }
}
