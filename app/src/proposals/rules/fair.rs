//! Eerlijke stem for proposals: how many new proposals a resident and a household may make in
//! 30 days (whatever became of them), and the fair order of the new ones: households take
//! turns, in an order nobody can predict (a keyed hash with the server's secret).

use super::super::model::Settings;
use std::collections::BTreeMap;

/// How long a new proposal counts against the limits over time: 30 days.
pub const WINDOW_SECONDS: i64 = 30 * 86_400;

/// When the proposals of the last 30 days were made (unix seconds): the resident's, and their
/// household's (`None` without a household). Withdrawn, declined, merged and accepted ones count.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recent {
    pub mine: Vec<i64>,
    pub household: Option<Vec<i64>>,
}

/// A limit over time that refuses a new proposal: its figure and the moment one is possible again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TooMany {
    Resident { max: i64, next: i64 },
    Household { max: i64, next: i64 },
}

/// Where a resident stands before proposing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    /// New proposals the resident can still make in these 30 days (the household's limit included).
    pub left: i64,
    /// What the household can still make together, if the resident has a household.
    pub left_household: Option<i64>,
    /// When none are left: the moment the next one is possible.
    pub next: Option<i64>,
}

/// The moment a limit of `max` lets one more through, or `None` when it does now: when the
/// oldest proposal that must drop out of the 30 days turns 30 days old (with `max` made, the oldest).
fn next_free(made: &[i64], max: i64, now: i64) -> Option<i64> {
    let mut counted: Vec<i64> = made.iter().copied().filter(|at| *at > now - WINDOW_SECONDS).collect();
    let over = counted.len() as i64 - max.max(0);
    if over < 0 {
        return None;
    }
    counted.sort_unstable();
    Some(counted[over as usize] + WINDOW_SECONDS)
}

fn left(made: &[i64], max: i64, now: i64) -> i64 {
    (max - made.iter().filter(|at| **at > now - WINDOW_SECONDS).count() as i64).max(0)
}

/// Whether one more new proposal fits the limits over time; if not, the limit that refuses
/// longest (both may be full) and when the next one is possible.
pub fn may_propose_again(settings: &Settings, recent: &Recent, now: i64) -> Result<(), TooMany> {
    let resident = next_free(&recent.mine, settings.new_per_resident_30d, now)
        .map(|next| TooMany::Resident { max: settings.new_per_resident_30d, next });
    let household = recent.household.as_deref().and_then(|made| next_free(made, settings.new_per_household_30d, now))
        .map(|next| TooMany::Household { max: settings.new_per_household_30d, next });
    let when = |t: &TooMany| match t {
        TooMany::Resident { next, .. } | TooMany::Household { next, .. } => *next,
    };
    match [resident, household].into_iter().flatten().max_by_key(when) {
        Some(refusal) => Err(refusal),
        None => Ok(()),
    }
}

/// How many new proposals the resident can still make, and when the next one is possible if none.
pub fn standing(settings: &Settings, recent: &Recent, now: i64) -> Standing {
    let left_household = recent.household.as_deref().map(|made| left(made, settings.new_per_household_30d, now));
    let left = left(&recent.mine, settings.new_per_resident_30d, now).min(left_household.unwrap_or(i64::MAX));
    let next = match may_propose_again(settings, recent, now) {
        Err(TooMany::Resident { next, .. } | TooMany::Household { next, .. }) => Some(next),
        Ok(()) => None,
    };
    Standing { left, left_household, next }
}

/// Who takes a turn in the fair order: a household, or a proposal without one (its own household).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Turn {
    Household(i64),
    Proposal(i64),
}

impl Turn {
    #[cfg(feature = "ssr")]
    fn bytes(self) -> [u8; 9] {
        let (tag, id) = match self {
            Turn::Household(h) => (b'h', h),
            Turn::Proposal(p) => (b'p', p),
        };
        let mut out = [tag; 9];
        out[1..].copy_from_slice(&id.to_le_bytes());
        out
    }
}

/// A place in the fair order: HMAC-SHA256 with the server's secret over the visitor, the local
/// date and a household or proposal. The same for one visitor all day, different for another
/// visitor or day, and nobody without the secret can predict it (so nobody can game it).
#[cfg(feature = "ssr")]
pub fn fair_rank(secret: &[u8], visitor: i64, local_date: &str, turn: Turn) -> u64 {
    crate::keyed::rank(secret, &[&visitor.to_le_bytes(), local_date.as_bytes(), &turn.bytes()])
}

/// Deals the items out in turns: the groups in the order of `group_rank`, each group's items in
/// the order of `item_rank`; first every group's first item, then every group's second, and so
/// on. So no group gets a second place before every group has had its first.
pub fn in_turns<K: Ord + Copy, T>(items: Vec<(K, T)>, group_rank: impl Fn(K) -> u64, item_rank: impl Fn(&T) -> u64) -> Vec<T> {
    let mut groups: BTreeMap<K, Vec<T>> = BTreeMap::new();
    for (key, item) in items {
        groups.entry(key).or_default().push(item);
    }
    let mut queues: Vec<(u64, K, std::vec::IntoIter<T>)> = groups
        .into_iter()
        .map(|(key, mut items)| {
            items.sort_by_cached_key(|item| item_rank(item));
            (group_rank(key), key, items.into_iter())
        })
        .collect();
    queues.sort_by_key(|(rank, key, _)| (*rank, *key));
    let mut out = Vec::new();
    loop {
        let before = out.len();
        out.extend(queues.iter_mut().filter_map(|(_, _, items)| items.next()));
        if out.len() == before {
            return out;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    fn settings() -> Settings {
        Settings::default()
    }

    #[test]
    fn every_proposal_of_the_last_30_days_counts() {
        let now = 100 * DAY;
        let s = settings();
        assert_eq!((s.new_per_resident_30d, s.new_per_household_30d), (2, 3));
        let recent = |mine: &[i64], household: &[i64]| Recent { mine: mine.to_vec(), household: Some(household.to_vec()) };
        assert_eq!(may_propose_again(&s, &recent(&[now - DAY], &[now - DAY]), now), Ok(()));
        // Two in 30 days: the next is possible when the oldest turns 30 days old.
        let r = recent(&[now - 3 * DAY, now - 10 * DAY], &[now - 3 * DAY, now - 10 * DAY]);
        assert_eq!(may_propose_again(&s, &r, now), Err(TooMany::Resident { max: 2, next: now - 10 * DAY + WINDOW_SECONDS }));
        // Exactly 30 days old no longer counts; a second less still does.
        let r = recent(&[now - 3 * DAY, now - WINDOW_SECONDS], &[]);
        assert_eq!(may_propose_again(&s, &r, now), Ok(()));
        let r = recent(&[now - 3 * DAY, now - WINDOW_SECONDS + 1], &[]);
        assert_eq!(may_propose_again(&s, &r, now), Err(TooMany::Resident { max: 2, next: now + 1 }));
        // The household: three by housemates.
        let r = recent(&[], &[now - DAY, now - 2 * DAY, now - 20 * DAY]);
        assert_eq!(may_propose_again(&s, &r, now), Err(TooMany::Household { max: 3, next: now + 10 * DAY }));
        // Without a household only the resident's limit applies.
        let alone = Recent { mine: vec![now - DAY], household: None };
        assert_eq!(may_propose_again(&s, &alone, now), Ok(()));
    }

    #[test]
    fn the_next_moment_is_the_later_of_two_full_limits_and_a_lowered_limit_waits_longer() {
        let now = 100 * DAY;
        let s = settings();
        // The resident may again in 20 days, the household in 5: the later one refuses.
        let both = Recent { mine: vec![now - 10 * DAY, now - DAY], household: Some(vec![now - 25 * DAY, now - 2 * DAY, now - DAY]) };
        assert_eq!(may_propose_again(&s, &both, now), Err(TooMany::Resident { max: 2, next: now + 20 * DAY }));
        let later = Recent { mine: vec![now - 25 * DAY, now - DAY], household: Some(vec![now - 20 * DAY, now - 2 * DAY, now - DAY]) };
        assert_eq!(may_propose_again(&s, &later, now), Err(TooMany::Household { max: 3, next: now + 10 * DAY }));
        // Four made, limit lowered to 2: three must leave, so the third oldest decides.
        let many = Recent { mine: vec![now - 29 * DAY, now - 28 * DAY, now - 3 * DAY, now - DAY], household: None };
        assert_eq!(may_propose_again(&s, &many, now), Err(TooMany::Resident { max: 2, next: now + 27 * DAY }));
    }

    #[test]
    fn standing_before_proposing() {
        let now = 100 * DAY;
        let s = settings();
        let fresh = Recent { mine: vec![], household: Some(vec![]) };
        assert_eq!(standing(&s, &fresh, now), Standing { left: 2, left_household: Some(3), next: None });
        let housemates = Recent { mine: vec![], household: Some(vec![now - DAY, now - 2 * DAY]) };
        assert_eq!(standing(&s, &housemates, now), Standing { left: 1, left_household: Some(1), next: None });
        let full = Recent { mine: vec![now - 40 * DAY, now - 12 * DAY, now - DAY], household: None };
        assert_eq!(standing(&s, &full, now), Standing { left: 0, left_household: None, next: Some(now + 18 * DAY) });
    }

    #[test]
    fn households_take_turns() {
        // Households 1, 2 and 3 with five proposals each, 4, 5 and 6 with one.
        let mut items = Vec::new();
        for (household, n) in [(1, 5), (2, 5), (3, 5), (4, 1), (5, 1), (6, 1)] {
            for i in 0..n {
                items.push((Turn::Household(household), household * 100 + i));
            }
        }
        for visitor in 0..40u64 {
            // Any order of the households will do; the server's is `fair_rank`.
            let mix = |x: i64| (x as u64 ^ visitor).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(17);
            let rank = |h: Turn| match h {
                Turn::Household(h) => mix(h),
                Turn::Proposal(p) => mix(p + 1_000),
            };
            let order = in_turns(items.clone(), rank, |p: &i64| rank(Turn::Proposal(*p)));
            assert_eq!(order.len(), 18);
            let mut top: Vec<i64> = order[..5].iter().map(|p| p / 100).collect();
            top.sort();
            top.dedup();
            assert_eq!(top.len(), 5, "visitor {visitor}: {order:?}");
            // Every household's first proposal comes before any household's second.
            let firsts: Vec<i64> = order[..6].iter().map(|p| p / 100).collect();
            assert!((1..=6).all(|h| firsts.contains(&h)), "{order:?}");
            // Then the three busy households, in the same order every round.
            assert_eq!(order[6..9].iter().map(|p| p / 100).collect::<Vec<_>>(), order[9..12].iter().map(|p| p / 100).collect::<Vec<_>>());
        }
    }

    #[test]
    fn proposals_without_a_household_are_their_own_household() {
        let items = vec![(Turn::Household(1), 10), (Turn::Household(1), 11), (Turn::Proposal(12), 12), (Turn::Proposal(13), 13)];
        let order = in_turns(items, |t| match t { Turn::Household(_) => 0, Turn::Proposal(p) => p as u64 }, |p: &i64| *p as u64);
        assert_eq!(order, vec![10, 12, 13, 11]);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_order_is_stable_per_visitor_and_day_and_depends_on_the_secret() {
        let key = [7u8; 32];
        assert_eq!(fair_rank(&key, 1, "2026-12-02", Turn::Household(5)), fair_rank(&key, 1, "2026-12-02", Turn::Household(5)));
        let order = |key: &[u8], visitor: i64, day: &str| {
            let mut ids: Vec<i64> = (1..=20).collect();
            ids.sort_by_key(|id| fair_rank(key, visitor, day, Turn::Household(*id)));
            ids
        };
        assert_ne!(order(&key, 1, "2026-12-02"), order(&key, 2, "2026-12-02"));
        assert_ne!(order(&key, 1, "2026-12-02"), order(&key, 1, "2026-12-03"));
        assert_ne!(order(&key, 1, "2026-12-02"), order(&[8u8; 32], 1, "2026-12-02"));
        // A household and a proposal with the same number are different turns.
        assert_ne!(fair_rank(&key, 1, "2026-12-02", Turn::Household(5)), fair_rank(&key, 1, "2026-12-02", Turn::Proposal(5)));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn five_busy_households_among_twenty_rarely_fill_the_top_five() {
        // 5 busy households and 15 with one proposal: drawn fairly, 3 or more busy ones in the
        // top five happens for about 7 % of visitors (hypergeometric: 1126 / 15504).
        let key = [42u8; 32];
        let visitors = 4000;
        let crowded = (0..visitors)
            .filter(|v| {
                let mut households: Vec<i64> = (1..=20).collect();
                households.sort_by_key(|h| fair_rank(&key, *v, "2026-12-02", Turn::Household(*h)));
                households[..5].iter().filter(|h| **h <= 5).count() > 2
            })
            .count();
        assert!(crowded * 100 < visitors as usize * 10, "{crowded} of {visitors}");
        assert!(crowded * 100 > visitors as usize * 4, "{crowded} of {visitors}: not random?");
    }
}
