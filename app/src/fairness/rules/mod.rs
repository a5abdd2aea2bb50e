//! Pure figures of fair voice: the Gini index, the share of the most active residents and
//! households, counts by age band and building, when participation is concentrated enough to
//! signal it, and (in `together`) households that act together.

use super::model::{GroupRow, Kind, KindFigures, Signal};
use std::collections::{BTreeMap, HashMap};

mod together;
pub use together::{mutual_supports, shared_reports, together_signals};

/// A resident of the buurt as the figures need them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resident {
    pub id: i64,
    /// The shown name (empty when there is none).
    pub name: String,
    pub household: Option<i64>,
    pub building: String,
    /// The Fluent key of the age band (or of "unknown").
    pub age_key: &'static str,
}

/// The Gini index of the amounts (zeros included), in thousandths, rounded; `None` when the
/// total is zero. 0: everyone the same; towards 1000: one person did everything.
pub fn gini(values: &[i64]) -> Option<i64> {
    let n = values.len() as i128;
    let total: i128 = values.iter().map(|v| *v as i128).sum();
    if n == 0 || total == 0 {
        return None;
    }
    let mut sorted: Vec<i128> = values.iter().map(|v| *v as i128).collect();
    sorted.sort_unstable();
    // G = (2 Σ i·x_i) / (n Σ x) − (n + 1) / n, with i = 1..n over the ascending amounts.
    let weighted: i128 = sorted.iter().enumerate().map(|(i, x)| (i as i128 + 1) * x).sum();
    let numerator = 2 * weighted - (n + 1) * total;
    let denominator = n * total;
    Some(((numerator * 1000 * 2 + denominator) / (2 * denominator)) as i64)
}

/// The percent (rounded) of the total taken by the `k` largest amounts; `None` when the
/// total is zero.
pub fn top_share(values: &[i64], k: usize) -> Option<i64> {
    let total: i64 = values.iter().sum();
    if total == 0 {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    let top: i64 = sorted.iter().take(k).sum();
    Some((top * 200 + total) / (2 * total))
}

/// How many residents are "the most active 10%": a tenth, rounded up, at least one.
pub fn top_ten_percent(residents: usize) -> usize {
    residents.div_ceil(10).max(1)
}

/// A kind needs at least 10 items (or 10 hours) in the period for a signal: below that, a few
/// people are simply all there is.
pub const SIGNAL_MIN_ITEMS: i64 = 10;
/// The most active households a signal looks at, and how many must take part before it does.
pub const SIGNAL_HOUSEHOLDS: usize = 5;

/// The thresholds of the concentration signal (the commissie sets them on the limits page).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Thresholds {
    /// The 5 most active households hold at least this percentage…
    pub top5_percent: i64,
    /// …and each did at least this many times what the median household that took part did.
    pub median_ratio: i64,
}

/// The household of a resident as the figures count it: a resident without one is a
/// household of one (a negative key, never a real household id).
pub fn household_key(r: &Resident) -> i64 {
    r.household.unwrap_or(-r.id)
}

/// The amount per household (only households with a resident in `residents`).
pub fn by_household(residents: &[Resident], amounts: &HashMap<i64, i64>) -> HashMap<i64, i64> {
    let mut households: HashMap<i64, i64> = HashMap::new();
    for r in residents {
        *households.entry(household_key(r)).or_default() += amounts.get(&r.id).copied().unwrap_or(0);
    }
    households
}

/// Whether a kind is concentrated in a few households: the 5 most active households hold at
/// least `top5_percent` of it and each of them did at least `median_ratio` times what the
/// median household that took part did. With fewer than 6 households taking part, never.
/// Returns those households (most active first) and their share in percent (rounded).
pub fn concentration(per_household: &HashMap<i64, i64>, t: Thresholds) -> Option<(Vec<i64>, i64)> {
    let mut active: Vec<(i64, i64)> = per_household.iter().filter(|(_, v)| **v > 0).map(|(k, v)| (*k, *v)).collect();
    if active.len() <= SIGNAL_HOUSEHOLDS {
        return None;
    }
    active.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let total: i64 = active.iter().map(|(_, v)| v).sum();
    let top = &active[..SIGNAL_HOUSEHOLDS];
    let top_sum: i64 = top.iter().map(|(_, v)| v).sum();
    if top_sum * 100 < t.top5_percent * total {
        return None;
    }
    // The median of the amounts of the households that took part: twice it, to stay whole.
    let n = active.len();
    let median_twice = active[(n - 1) / 2].1 + active[n / 2].1;
    if top.iter().any(|(_, v)| 2 * v < t.median_ratio * median_twice) {
        return None;
    }
    Some((top.iter().map(|(k, _)| *k).collect(), (top_sum * 200 + total) / (2 * total)))
}

/// The figures of one kind: `amounts` per resident (absent: 0) over all `residents`.
pub fn kind_figures(kind: Kind, residents: &[Resident], amounts: &HashMap<i64, i64>) -> KindFigures {
    let values: Vec<i64> = residents.iter().map(|r| amounts.get(&r.id).copied().unwrap_or(0)).collect();
    let household_values: Vec<i64> = by_household(residents, amounts).into_values().collect();
    KindFigures {
        kind,
        participants: values.iter().filter(|v| **v > 0).count() as i64,
        total: values.iter().sum(),
        top10_share: top_share(&values, top_ten_percent(values.len())),
        top5_households_share: top_share(&household_values, 5),
        gini: gini(&values),
    }
}

/// The signal of a kind, if its participation is concentrated (see [`concentration`]) and the
/// kind is large enough. For public acts it names the residents of those households who did
/// it, most active household first; never for votes.
pub fn signal(kind: Kind, residents: &[Resident], amounts: &HashMap<i64, i64>, t: Thresholds) -> Option<Signal> {
    kind.signal_keys()?;
    let per_household = by_household(residents, amounts);
    let total: i64 = per_household.values().sum();
    let size = if kind.in_minutes() { total / 60 } else { total };
    if size < SIGNAL_MIN_ITEMS {
        return None;
    }
    let (households, share) = concentration(&per_household, t)?;
    let mut named: Vec<(usize, i64, &str)> = Vec::new();
    if kind.names_people() {
        for r in residents {
            let amount = amounts.get(&r.id).copied().unwrap_or(0);
            if let Some(rank) = households.iter().position(|h| *h == household_key(r)).filter(|_| amount > 0 && !r.name.is_empty()) {
                named.push((rank, -amount, &r.name));
            }
        }
        named.sort();
    }
    let names = named.into_iter().map(|(_, _, n)| n.to_string()).collect();
    Some(Signal { kind, households: households.len() as i64, share, ratio: t.median_ratio, names })
}

/// Residents and participants per group (age band or building), in the order of `order`
/// (groups not in it come after, by name). `amounts` is per kind in the order of [`Kind::GROUPED`].
pub fn by_group(
    residents: &[Resident],
    amounts: &[HashMap<i64, i64>],
    group_of: impl Fn(&Resident) -> String,
    order: &[String],
) -> Vec<GroupRow> {
    let mut groups: BTreeMap<(usize, String), GroupRow> = BTreeMap::new();
    for r in residents {
        let label = group_of(r);
        let rank = order.iter().position(|o| *o == label).unwrap_or(order.len());
        let row = groups.entry((rank, label.clone())).or_insert_with(|| GroupRow {
            label,
            residents: 0,
            participants: vec![0; amounts.len()],
            any: 0,
            none: 0,
        });
        row.residents += 1;
        let mut any = false;
        for (i, kind) in amounts.iter().enumerate() {
            if kind.get(&r.id).copied().unwrap_or(0) > 0 {
                row.participants[i] += 1;
                any = true;
            }
        }
        if any {
            row.any += 1;
        } else {
            row.none += 1;
        }
    }
    groups.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(n: i64) -> Vec<Resident> {
        (1..=n)
            .map(|id| Resident { id, name: format!("R{id}"), household: Some((id + 1) / 2), building: String::new(), age_key: "age-unknown" })
            .collect()
    }

    #[test]
    fn gini_known_answers() {
        assert_eq!(gini(&[5, 5, 5, 5]), Some(0));
        assert_eq!(gini(&[0, 0, 0, 10]), Some(750), "one of four did all: (n-1)/n");
        assert_eq!(gini(&[1, 2, 3, 4]), Some(250));
        assert_eq!(gini(&[0, 0, 0]), None);
        assert_eq!(gini(&[]), None);
    }

    #[test]
    fn shares() {
        assert_eq!(top_share(&[10, 5, 3, 2], 1), Some(50));
        assert_eq!(top_share(&[1, 1, 1], 2), Some(67));
        assert_eq!(top_share(&[0, 0], 1), None);
        assert_eq!(top_ten_percent(20), 2);
        assert_eq!(top_ten_percent(21), 3);
        assert_eq!(top_ten_percent(3), 1);
    }

    /// One resident per household: resident `id` lives in household `id`, named `B<id>`.
    fn homes(n: i64) -> Vec<Resident> {
        (1..=n).map(|id| Resident { id, name: format!("B{id}"), household: Some(id), building: String::new(), age_key: "age-unknown" }).collect()
    }

    const DEFAULT: Thresholds = Thresholds { top5_percent: 25, median_ratio: 3 };

    #[test]
    fn figures() {
        // 20 residents in 10 households; resident 1 wrote 8 comments, 2 wrote 5, 3 wrote 3, 4..7 one each.
        let residents = people(20);
        let amounts: HashMap<i64, i64> = [(1, 8), (2, 5), (3, 3), (4, 1), (5, 1), (6, 1), (7, 1)].into_iter().collect();
        let f = kind_figures(Kind::Commented, &residents, &amounts);
        assert_eq!((f.participants, f.total), (7, 20));
        assert_eq!(f.top10_share, Some(65), "2 most active of 20: 13 of 20");
        // Households: {1,2}=13, {3,4}=4, {5,6}=2, {7,8}=1 → top 5 households hold everything.
        assert_eq!(f.top5_households_share, Some(100));
        // Only 4 households took part: a few people are all there is, no signal.
        assert_eq!(signal(Kind::Commented, &residents, &amounts, DEFAULT), None);
    }

    #[test]
    fn an_even_spread_gives_no_signal() {
        let residents = homes(20);
        let amounts: HashMap<i64, i64> = (1..=20).map(|id| (id, 2)).collect();
        // The 5 most active hold 25%, but none did more than the median household.
        assert_eq!(concentration(&by_household(&residents, &amounts), DEFAULT), None);
        assert_eq!(signal(Kind::Proposed, &residents, &amounts, DEFAULT), None);
    }

    #[test]
    fn five_busy_households_give_a_signal_that_names_them() {
        // Households 1..5 wrote 7, 6, 6, 6, 6 proposals; 20 others one each: 31 of 51 = 61%.
        let residents = homes(25);
        let amounts: HashMap<i64, i64> = (1..=25).map(|id| (id, if id == 3 { 7 } else if id <= 5 { 6 } else { 1 })).collect();
        let (households, share) = concentration(&by_household(&residents, &amounts), DEFAULT).unwrap();
        assert_eq!((households, share), (vec![3, 1, 2, 4, 5], 61));
        let s = signal(Kind::Proposed, &residents, &amounts, DEFAULT).unwrap();
        assert_eq!((s.households, s.share, s.ratio), (5, 61, 3));
        assert_eq!(s.names, vec!["B3", "B1", "B2", "B4", "B5"]);
        // Supports and room hours are signalled without names; votes never.
        assert_eq!(signal(Kind::Supported, &residents, &amounts, DEFAULT).unwrap().names, Vec::<String>::new());
        assert_eq!(signal(Kind::Voted, &residents, &amounts, DEFAULT), None);
        // A stricter commissie: 70% needed.
        assert_eq!(signal(Kind::Proposed, &residents, &amounts, Thresholds { top5_percent: 70, median_ratio: 3 }), None);
        // Five households that are all there is: no median to stand out from.
        let few: HashMap<i64, i64> = (1..=5).map(|id| (id, 6)).collect();
        assert_eq!(signal(Kind::Proposed, &residents, &few, DEFAULT), None);
    }

    #[test]
    fn a_big_share_without_standing_out_gives_no_signal() {
        // Households 1..5 wrote 4 each (50%), 10 others 2 each: 4 is only twice the median 2.
        let residents = homes(15);
        let amounts: HashMap<i64, i64> = (1..=15).map(|id| (id, if id <= 5 { 4 } else { 2 })).collect();
        assert_eq!(concentration(&by_household(&residents, &amounts), DEFAULT), None);
        assert!(concentration(&by_household(&residents, &amounts), Thresholds { top5_percent: 25, median_ratio: 2 }).is_some());
        // Few items: no signal, whatever the spread. Hours: 10 hours needed.
        let small: HashMap<i64, i64> = (1..=15).map(|id| (id, if id <= 5 { 1 } else { 0 })).collect();
        assert_eq!(signal(Kind::Commented, &residents, &small, DEFAULT), None);
        let hours: HashMap<i64, i64> = [(1, 9 * 60)].into_iter().collect();
        assert_eq!(signal(Kind::Reserved, &residents, &hours, DEFAULT), None);
    }

    #[test]
    fn groups() {
        let mut residents = people(4);
        residents[0].age_key = "age-75-plus";
        residents[1].age_key = "age-18-34";
        residents[2].age_key = "age-18-34";
        let amounts = vec![[(2, 1)].into_iter().collect(), [(1, 2), (2, 1)].into_iter().collect()];
        let order = vec!["age-18-34".to_string(), "age-75-plus".to_string()];
        let rows = by_group(&residents, &amounts, |r| r.age_key.to_string(), &order);
        let flat: Vec<(&str, i64, Vec<i64>, i64, i64)> =
            rows.iter().map(|r| (r.label.as_str(), r.residents, r.participants.clone(), r.any, r.none)).collect();
        assert_eq!(
            flat,
            vec![
                ("age-18-34", 2, vec![1, 1], 1, 1),
                ("age-75-plus", 1, vec![0, 1], 1, 0),
                ("age-unknown", 1, vec![0, 0], 0, 1),
            ]
        );
    }
}
