//! Pure decisions for comments: slow mode, the nudge, where a reply goes, when reports hide
//! something (households that report together count once; a few reports a day; back after 72
//! hours), and which web addresses become links.

use super::model::Nudge;
#[cfg(feature = "ssr")]
use super::model::Piece;
use crate::proposals::model::Settings;

/// One day, for the per-day cap (a rolling 24 hours).
pub const DAY: i64 = 24 * 3600;

/// What the database knows about a resident's recent comments.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// When they last wrote a comment anywhere.
    pub last_at: Option<i64>,
    /// Their comments in the last 24 hours, and the moment the oldest one that still counts
    /// towards the cap drops out (the `cap`-th most recent one).
    pub in_day: i64,
    pub cap_th_latest_at: Option<i64>,
    /// How many of the newest comments of this conversation, in a row, are theirs.
    pub run_in_thread: i64,
}

/// Why slow mode refuses a comment, with the moment it is allowed again (UTC seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Interval { seconds: i64, until: i64 },
    PerDay { max: i64, until: i64 },
    InARow { max: i64 },
}

/// Whether a resident may comment now. Staff are not limited (the caller does not ask).
pub fn slow_mode(settings: &Settings, history: &History, now: i64) -> Result<(), Refusal> {
    if settings.comment_interval_seconds > 0
        && let Some(last) = history.last_at
    {
        let until = last + settings.comment_interval_seconds;
        if now < until {
            return Err(Refusal::Interval { seconds: settings.comment_interval_seconds, until });
        }
    }
    if history.in_day >= settings.comments_per_day {
        let until = history.cap_th_latest_at.map_or(now + DAY, |t| t + DAY);
        return Err(Refusal::PerDay { max: settings.comments_per_day, until });
    }
    if history.run_in_thread >= settings.consecutive_replies {
        return Err(Refusal::InARow { max: settings.consecutive_replies });
    }
    Ok(())
}

/// The nudge, when the visitor wrote at least the set share of a conversation that has at
/// least the set number of comments.
pub fn nudge(settings: &Settings, mine: i64, total: i64) -> Option<Nudge> {
    (total >= settings.nudge_min_comments && total > 0 && mine * 100 >= settings.nudge_share_percent * total)
        .then_some(Nudge { mine, total })
}

/// The comment a reply is stored under: replies are one level deep, so a reply to a reply
/// goes under the top-level comment of that reply.
pub fn reply_parent(parent: i64, parents_parent: Option<i64>) -> i64 {
    parents_parent.unwrap_or(parent)
}

/// Whether the conversation under a hidden proposal is out of sight: for everyone but the
/// commissie and staff (also for its author, who still sees the proposal itself).
pub fn thread_hidden(proposal_hidden: bool, moderator: bool) -> bool {
    proposal_hidden && !moderator
}

/// Whether reports from this many different households hide an item until it is reviewed.
pub fn reports_hide(households: i64, threshold: i64) -> bool {
    households >= threshold.max(1)
}

/// How far back reports count as "reported together before": 30 days.
pub const CO_REPORT_WINDOW: i64 = 30 * DAY;
/// Households that reported this many other items together count as one reporter.
pub const CO_REPORTED_ITEMS: usize = 2;
/// An item that reports hid comes back by itself after 72 hours without a decision.
pub const HOLD_SECONDS: i64 = 72 * 3600;

/// How many independent reporters the households with an open report on an item are: households
/// that reported at least [`CO_REPORTED_ITEMS`] other items together (in `past`: household and
/// item, the item itself left out) are joined, and so are households joined to a joined one.
/// Each group counts once.
pub fn independent_reporters<T: Eq + std::hash::Hash>(households: &[i64], past: &[(i64, T)]) -> i64 {
    use std::collections::{HashMap, HashSet};
    let mut hh: Vec<i64> = households.to_vec();
    hh.sort_unstable();
    hh.dedup();
    let mut items: Vec<HashSet<&T>> = vec![HashSet::new(); hh.len()];
    let index: HashMap<i64, usize> = hh.iter().enumerate().map(|(i, h)| (*h, i)).collect();
    for (h, item) in past {
        if let Some(&i) = index.get(h) {
            items[i].insert(item);
        }
    }
    let mut parent: Vec<usize> = (0..hh.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for a in 0..hh.len() {
        for b in a + 1..hh.len() {
            if items[a].intersection(&items[b]).count() >= CO_REPORTED_ITEMS {
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                parent[ra] = rb;
            }
        }
    }
    (0..hh.len()).filter(|&i| root(&mut parent, i) == i).count() as i64
}

/// Whether a household may report once more: at most `max` reports in a rolling 24 hours.
/// `in_day` is its reports of the last 24 hours, `cap_th_latest_at` the `max`-th most recent of
/// them. Refused with the moment a report drops out of the 24 hours (UTC seconds).
pub fn report_cap(max: i64, in_day: i64, cap_th_latest_at: Option<i64>, now: i64) -> Result<(), i64> {
    if in_day < max.max(1) {
        return Ok(());
    }
    Err(cap_th_latest_at.map_or(now + DAY, |t| t + DAY).max(now + 1))
}

/// Whether an item that reports hid at `hidden_at` comes back by itself at `now`.
pub fn hold_over(hidden_at: i64, now: i64) -> bool {
    now >= hidden_at + HOLD_SECONDS
}

/// Splits a text into plain pieces and links. Only `http://` and `https://` addresses become
/// links; anything else (`javascript:`, `mailto:`, markup) stays text.
#[cfg(feature = "ssr")]
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut finder = linkify::LinkFinder::new();
    finder.kinds(&[linkify::LinkKind::Url]);
    let mut out: Vec<Piece> = Vec::new();
    let push_text = |out: &mut Vec<Piece>, s: &str| {
        if s.is_empty() {
            return;
        }
        if let Some(Piece::Text(prev)) = out.last_mut() {
            prev.push_str(s);
        } else {
            out.push(Piece::Text(s.to_string()));
        }
    };
    for span in finder.spans(text) {
        let s = span.as_str();
        let lower = s.to_ascii_lowercase();
        if span.kind().is_some() && (lower.starts_with("https://") || lower.starts_with("http://")) {
            out.push(Piece::Link(s.to_string()));
        } else {
            push_text(&mut out, s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn settings() -> Settings {
        Settings { comment_interval_seconds: 60, comments_per_day: 5, consecutive_replies: 3, ..Settings::default() }
    }

    #[test]
    fn interval_at_its_boundary() {
        let s = settings();
        let h = |ago: i64| History { last_at: Some(NOW - ago), ..History::default() };
        assert_eq!(slow_mode(&s, &h(59), NOW), Err(Refusal::Interval { seconds: 60, until: NOW + 1 }));
        assert_eq!(slow_mode(&s, &h(60), NOW), Ok(()));
        assert_eq!(slow_mode(&s, &History::default(), NOW), Ok(()));
        let off = Settings { comment_interval_seconds: 0, ..s };
        assert_eq!(slow_mode(&off, &h(0), NOW), Ok(()));
    }

    #[test]
    fn per_day_and_in_a_row() {
        let s = settings();
        let day = |n: i64| History { in_day: n, cap_th_latest_at: Some(NOW - 3600), ..History::default() };
        assert_eq!(slow_mode(&s, &day(4), NOW), Ok(()));
        assert_eq!(slow_mode(&s, &day(5), NOW), Err(Refusal::PerDay { max: 5, until: NOW - 3600 + DAY }));
        let row = |n: i64| History { run_in_thread: n, ..History::default() };
        assert_eq!(slow_mode(&s, &row(2), NOW), Ok(()));
        assert_eq!(slow_mode(&s, &row(3), NOW), Err(Refusal::InARow { max: 3 }));
    }

    #[test]
    fn nudge_at_its_threshold() {
        let s = Settings::default(); // 40% of at least 10
        assert_eq!(nudge(&s, 4, 10), Some(Nudge { mine: 4, total: 10 }));
        assert_eq!(nudge(&s, 3, 10), None);
        assert_eq!(nudge(&s, 4, 9), None, "too few comments yet");
        assert_eq!(nudge(&s, 5, 11), Some(Nudge { mine: 5, total: 11 }));
        assert_eq!(nudge(&s, 0, 0), None);
    }

    #[test]
    fn replies_one_level_deep() {
        assert_eq!(reply_parent(7, None), 7);
        assert_eq!(reply_parent(9, Some(7)), 7);
    }

    #[test]
    fn report_threshold() {
        assert!(!reports_hide(2, 3));
        assert!(reports_hide(3, 3));
    }

    #[test]
    fn households_that_reported_together_count_once() {
        let five = [1, 2, 3, 4, 5];
        // Nothing reported before: five reporters.
        assert_eq!(independent_reporters::<i64>(&five, &[]), 5);
        // After one item together (X): still five.
        let x: Vec<(i64, &str)> = five.iter().map(|h| (*h, "x")).collect();
        assert_eq!(independent_reporters(&five, &x), 5);
        // After two items together (X and Y): one.
        let xy: Vec<(i64, &str)> = x.iter().copied().chain(five.iter().map(|h| (*h, "y"))).collect();
        assert_eq!(independent_reporters(&five, &xy), 1);
        // Duplicates (two members of a household) change nothing.
        let doubled: Vec<(i64, &str)> = xy.iter().chain(xy.iter()).copied().collect();
        assert_eq!(independent_reporters(&[1, 1, 2, 3, 4, 5], &doubled), 1);
        // Households that did not take part stay independent: 1 group + 2 ordinary.
        assert_eq!(independent_reporters(&[1, 2, 3, 8, 9], &xy), 3);
    }

    #[test]
    fn grouping_is_transitive_and_needs_two_shared_items() {
        // 1-2 share a and b, 2-3 share c and d, 1-3 share nothing: one chain, one reporter.
        let past = [(1, "a"), (1, "b"), (2, "a"), (2, "b"), (2, "c"), (2, "d"), (3, "c"), (3, "d")];
        assert_eq!(independent_reporters(&[1, 2, 3], &past), 1);
        // Two different items each shared with a different household: no pair shares two.
        let past = [(1, "a"), (2, "a"), (2, "b"), (3, "b"), (3, "c"), (1, "c")];
        assert_eq!(independent_reporters(&[1, 2, 3], &past), 3);
        // Reports of households that did not report this item do not matter.
        let past = [(1, "a"), (1, "b"), (7, "a"), (7, "b")];
        assert_eq!(independent_reporters(&[1, 2], &past), 2);
        assert_eq!(independent_reporters::<i64>(&[], &[]), 0);
    }

    #[test]
    fn reports_per_household_in_24_hours() {
        assert_eq!(report_cap(5, 4, Some(NOW - 60), NOW), Ok(()));
        assert_eq!(report_cap(5, 5, Some(NOW - 3600), NOW), Err(NOW - 3600 + DAY));
        assert_eq!(report_cap(5, 6, None, NOW), Err(NOW + DAY));
        // A cap of 0 would block everything: at least one report a day stays possible.
        assert_eq!(report_cap(0, 0, None, NOW), Ok(()));
        assert_eq!(report_cap(1, 1, Some(NOW - DAY), NOW), Err(NOW + 1), "never in the past");
    }

    #[test]
    fn holds_end_after_72_hours() {
        assert!(!hold_over(NOW, NOW + HOLD_SECONDS - 1));
        assert!(hold_over(NOW, NOW + HOLD_SECONDS));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn only_web_links() {
        let p = pieces("Kijk op https://example.nl/plan. En javascript:alert(1) of <a href=x>");
        assert_eq!(
            p,
            vec![
                Piece::Text("Kijk op ".into()),
                Piece::Link("https://example.nl/plan".into()),
                Piece::Text(". En javascript:alert(1) of <a href=x>".into()),
            ]
        );
        assert_eq!(pieces("ftp://x.nl/a en mailto:a@b.nl"), vec![Piece::Text("ftp://x.nl/a en mailto:a@b.nl".into())]);
        assert_eq!(pieces(""), vec![]);
    }
}
