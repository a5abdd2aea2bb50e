//! Pure figures of fair voice: the Gini index, the share of the most active residents and
//! households, counts by age band and building, and when participation is concentrated
//! enough to signal it.

use super::model::{GroupRow, Kind, KindFigures, Signal};
use std::collections::{BTreeMap, HashMap};

/// A resident of the buurt as the figures need them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resident {
    pub id: i64,
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

/// A signal is given when the 3 most active residents took at least half of a kind, and the
/// kind has at least 10 items (or 10 hours) in the period: below that, a few people are
/// simply all there is.
pub const SIGNAL_SHARE: i64 = 50;
pub const SIGNAL_MIN_ITEMS: i64 = 10;

/// The figures of one kind: `amounts` per resident (absent: 0) over all `residents`.
pub fn kind_figures(kind: Kind, residents: &[Resident], amounts: &HashMap<i64, i64>) -> KindFigures {
    let values: Vec<i64> = residents.iter().map(|r| amounts.get(&r.id).copied().unwrap_or(0)).collect();
    let mut households: HashMap<i64, i64> = HashMap::new();
    for (r, v) in residents.iter().zip(&values) {
        // A resident without a household counts as a household of one.
        let key = r.household.unwrap_or(-r.id);
        *households.entry(key).or_default() += v;
    }
    let household_values: Vec<i64> = households.into_values().collect();
    KindFigures {
        kind,
        participants: values.iter().filter(|v| **v > 0).count() as i64,
        total: values.iter().sum(),
        top10_share: top_share(&values, top_ten_percent(values.len())),
        top5_households_share: top_share(&household_values, 5),
        top3_share: top_share(&values, 3),
        gini: gini(&values),
    }
}

/// The signal of a kind, if its participation is concentrated.
pub fn signal(f: &KindFigures) -> Option<Signal> {
    let size = if f.kind.in_minutes() { f.total / 60 } else { f.total };
    let share = f.top3_share?;
    let people = f.participants.min(3);
    (size >= SIGNAL_MIN_ITEMS && share >= SIGNAL_SHARE).then_some(Signal { kind: f.kind, people, share })
}

/// Residents and participants per group (age band or building), in the order of `order`
/// (groups not in it come after, by name). `amounts` is per kind in the order of [`Kind::ALL`].
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
        (1..=n).map(|id| Resident { id, household: Some((id + 1) / 2), building: String::new(), age_key: "age-unknown" }).collect()
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

    #[test]
    fn figures_and_signal() {
        // 20 residents in 10 households; resident 1 wrote 8 comments, 2 wrote 5, 3 wrote 3, 4..7 one each.
        let residents = people(20);
        let amounts: HashMap<i64, i64> = [(1, 8), (2, 5), (3, 3), (4, 1), (5, 1), (6, 1), (7, 1)].into_iter().collect();
        let f = kind_figures(Kind::Commented, &residents, &amounts);
        assert_eq!((f.participants, f.total), (7, 20));
        assert_eq!(f.top10_share, Some(65), "2 most active of 20: 13 of 20");
        // Households: {1,2}=13, {3,4}=4, {5,6}=2, {7,8}=1 → top 5 households hold everything.
        assert_eq!(f.top5_households_share, Some(100));
        assert_eq!(f.top3_share, Some(80));
        assert_eq!(signal(&f), Some(Signal { kind: Kind::Commented, people: 3, share: 80 }));
        // Few items: no signal.
        let small: HashMap<i64, i64> = [(1, 3), (2, 1)].into_iter().collect();
        assert_eq!(signal(&kind_figures(Kind::Commented, &residents, &small)), None);
        // Hours: 10 hours needed.
        let hours: HashMap<i64, i64> = [(1, 9 * 60)].into_iter().collect();
        assert_eq!(signal(&kind_figures(Kind::Reserved, &residents, &hours)), None);
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
