//! Households that act together: they support each other's proposals, or report the same
//! items. Pure: who did what comes in as rows, the pairs of households go out.

use super::{Resident, household_key};
use crate::fairness::model::{Together, TogetherSignal};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// At least this many supports each way, or this many items reported by both.
pub const TOGETHER_MIN: i64 = 2;

fn households_of(residents: &[Resident]) -> HashMap<i64, i64> {
    residents.iter().map(|r| (r.id, household_key(r))).collect()
}

/// Pairs of households `(a, b, a→b, b→a)` with `a < b` that support each other's proposals:
/// `a` supported at least `min` proposals of `b`, and `b` at least `min` of `a`.
/// `supports`: one `(supporter, author)` per support in the period.
pub fn mutual_supports(residents: &[Resident], supports: &[(i64, i64)], min: i64) -> Vec<(i64, i64, i64, i64)> {
    let home = households_of(residents);
    let mut given: HashMap<(i64, i64), i64> = HashMap::new();
    for (supporter, author) in supports {
        if let (Some(a), Some(b)) = (home.get(supporter), home.get(author))
            && a != b
        {
            *given.entry((*a, *b)).or_default() += 1;
        }
    }
    let mut pairs: Vec<(i64, i64, i64, i64)> = given
        .iter()
        .filter(|((a, b), n)| a < b && **n >= min)
        .filter_map(|((a, b), n)| {
            let back = given.get(&(*b, *a)).copied().unwrap_or(0);
            (back >= min).then_some((*a, *b, *n, back))
        })
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Per household, the items its residents reported. `reports`: one `(reporter, item)` each.
fn reported_items<'r>(residents: &[Resident], reports: &'r [(i64, String)]) -> BTreeMap<i64, BTreeSet<&'r str>> {
    let home = households_of(residents);
    let mut items: BTreeMap<i64, BTreeSet<&str>> = BTreeMap::new();
    for (reporter, item) in reports {
        if let Some(h) = home.get(reporter) {
            items.entry(*h).or_default().insert(item);
        }
    }
    items
}

/// Pairs of households `(a, b, items)` with `a < b` that both reported at least `min` of the
/// same items.
pub fn shared_reports(residents: &[Resident], reports: &[(i64, String)], min: i64) -> Vec<(i64, i64, i64)> {
    let items = reported_items(residents, reports);
    let list: Vec<(&i64, &BTreeSet<&str>)> = items.iter().collect();
    let mut out = Vec::new();
    for (i, (a, xs)) in list.iter().enumerate() {
        for (b, ys) in &list[i + 1..] {
            let common = xs.intersection(ys).count() as i64;
            if common >= min {
                out.push((**a, **b, common));
            }
        }
    }
    out
}

/// The acting-together signals with the residents concerned: for supports, the authors (in
/// either household) of the proposals the other household supported; for reports, the
/// reporters of the items both reported. Supporters are never named.
pub fn together_signals(residents: &[Resident], supports: &[(i64, i64)], reports: &[(i64, String)]) -> Vec<TogetherSignal> {
    let home = households_of(residents);
    let names = |ids: BTreeSet<i64>| -> Vec<String> {
        let mut names: Vec<String> =
            residents.iter().filter(|r| ids.contains(&r.id) && !r.name.is_empty()).map(|r| r.name.clone()).collect();
        names.sort();
        names
    };
    let mut out = Vec::new();
    for (a, b, ab, ba) in mutual_supports(residents, supports, TOGETHER_MIN) {
        let between = |s: &i64, t: &i64| {
            let pair = (home.get(s).copied(), home.get(t).copied());
            pair == (Some(a), Some(b)) || pair == (Some(b), Some(a))
        };
        let authors = supports.iter().filter(|(s, t)| between(s, t)).map(|(_, author)| *author).collect();
        out.push(TogetherSignal { how: Together::Supports, a: ab, b: ba, names: names(authors) });
    }
    let items = reported_items(residents, reports);
    for (a, b, common) in shared_reports(residents, reports, TOGETHER_MIN) {
        let shared: BTreeSet<&str> = items[&a].intersection(&items[&b]).copied().collect();
        let reporters = reports
            .iter()
            .filter(|(r, item)| matches!(home.get(r), Some(h) if *h == a || *h == b) && shared.contains(item.as_str()))
            .map(|(r, _)| *r)
            .collect();
        out.push(TogetherSignal { how: Together::Reports, a: common, b: common, names: names(reporters) });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Residents 1..=6: 1 and 2 live together (household 1), the others alone (household = id).
    fn residents() -> Vec<Resident> {
        (1..=6)
            .map(|id| Resident {
                id,
                name: format!("B{id}"),
                household: Some(if id == 2 { 1 } else { id }),
                building: String::new(),
                age_key: "age-unknown",
            })
            .collect()
    }

    #[test]
    fn households_that_support_each_other() {
        let r = residents();
        // Household 1 (residents 1 and 2) supported 3 proposals of 3; 3 supported 2 of resident 2's.
        // 4 supported 2 of 5's, but 5 only one of 4's: not mutual. Support within a household never counts.
        let supports = [(1, 3), (2, 3), (1, 3), (3, 2), (3, 2), (4, 5), (4, 5), (5, 4), (1, 2), (2, 1)];
        assert_eq!(mutual_supports(&r, &supports, 2), vec![(1, 3, 3, 2)]);
        assert_eq!(mutual_supports(&r, &supports, 3), vec![]);
        let signals = together_signals(&r, &supports, &[]);
        assert_eq!(signals, vec![TogetherSignal { how: Together::Supports, a: 3, b: 2, names: vec!["B2".into(), "B3".into()] }]);
    }

    #[test]
    fn households_that_report_the_same_items() {
        let r = residents();
        let item = |s: &str| s.to_string();
        // Households 1 (via 1 and 2) and 4 both reported c7 and c8; 5 shares only c7 with them.
        let reports = [(1, item("c7")), (2, item("c8")), (4, item("c7")), (4, item("c8")), (5, item("c7")), (6, item("p1"))];
        assert_eq!(shared_reports(&r, &reports, 2), vec![(1, 4, 2)]);
        let signals = together_signals(&r, &[], &reports);
        assert_eq!(signals, vec![TogetherSignal { how: Together::Reports, a: 2, b: 2, names: vec!["B1".into(), "B2".into(), "B4".into()] }]);
        // One shared item is chance, not a pattern.
        assert_eq!(shared_reports(&r, &reports[..4], 3), vec![]);
    }
}
