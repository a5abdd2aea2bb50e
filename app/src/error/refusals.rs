//! Refusals with figures: a rule said no, and the message says what is still possible.

use crate::i18n::{Lang, tr, tr_args};
use crate::time::{WEEKDAYS, duration_label, wait_label};
use serde::{Deserialize, Serialize};

/// A room rule that refused a request, with the figures that say what is still possible.
/// Durations are minutes; `day` is a weekday 1 (Monday) to 7; `when` is a day and time
/// already written out in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Limit {
    /// The household's minutes this month would go over the quota.
    MonthQuota { quota: i64, left: i64 },
    /// The household already has this many reservations to come.
    FutureQuota { max: i64 },
    Shortest { minutes: i64 },
    Longest { minutes: i64 },
    /// Start and end must fall on whole slots.
    Slot { minutes: i64 },
    /// Booked too late: at least this long before the start.
    LeadTime { minutes: i64 },
    /// Booked too early: at most this many days ahead.
    BookAhead { days: i64 },
    /// Outside the opening hours of that weekday.
    Hours { day: u8, opens: String, closes: String },
    /// The room is closed every such weekday.
    ClosedWeekday { day: u8 },
    /// The room is closed that day (holiday, maintenance).
    ClosedDay { when: String, reason: String },
    /// Someone else has the room then.
    Taken { when: String },
    /// More people than the room holds.
    Capacity { max: i64 },
    /// Not a room rule: a new voting round has more initiatives of one household than the
    /// limit allows; `households` names them with their count (the people who wrote them: "Piet (2)").
    BallotHousehold { max: i64, households: String },
}

impl Limit {
    /// Every message key, so a test can check each has a translation.
    pub const KEYS: [&'static str; 13] = [
        "room-limit-month",
        "room-limit-future",
        "room-limit-shortest",
        "room-limit-longest",
        "room-limit-slot",
        "room-limit-lead",
        "room-limit-ahead",
        "room-limit-hours",
        "room-limit-closed-weekday",
        "room-limit-closed-day",
        "room-limit-taken",
        "room-limit-capacity",
        "vote-limit-household",
    ];

    pub fn key(&self) -> &'static str {
        let i = match self {
            Limit::MonthQuota { .. } => 0,
            Limit::FutureQuota { .. } => 1,
            Limit::Shortest { .. } => 2,
            Limit::Longest { .. } => 3,
            Limit::Slot { .. } => 4,
            Limit::LeadTime { .. } => 5,
            Limit::BookAhead { .. } => 6,
            Limit::Hours { .. } => 7,
            Limit::ClosedWeekday { .. } => 8,
            Limit::ClosedDay { .. } => 9,
            Limit::Taken { .. } => 10,
            Limit::Capacity { .. } => 11,
            Limit::BallotHousehold { .. } => 12,
        };
        Limit::KEYS[i]
    }

    /// The message in plain words, with its figures.
    pub fn message(&self, lang: Lang) -> String {
        let day = |d: &u8| tr(lang, WEEKDAYS[(*d as usize).clamp(1, 7) - 1]);
        let args: Vec<(&str, String)> = match self {
            Limit::MonthQuota { quota, left } => {
                vec![("quota", duration_label(*quota, lang)), ("left", duration_label(*left, lang))]
            }
            Limit::FutureQuota { max } => vec![("max", max.to_string())],
            Limit::Shortest { minutes } | Limit::Longest { minutes } | Limit::LeadTime { minutes } => {
                vec![("duration", duration_label(*minutes, lang))]
            }
            Limit::Slot { minutes } => vec![("minutes", minutes.to_string())],
            Limit::BookAhead { days } => vec![("days", days.to_string())],
            Limit::Hours { day: d, opens, closes } => {
                vec![("day", day(d)), ("opens", opens.clone()), ("closes", closes.clone())]
            }
            Limit::ClosedWeekday { day: d } => vec![("day", day(d))],
            Limit::ClosedDay { when, reason } => vec![("when", when.clone()), ("reason", reason.clone())],
            Limit::Taken { when } => vec![("when", when.clone())],
            Limit::Capacity { max } => vec![("max", max.to_string())],
            Limit::BallotHousehold { max, households } => vec![("max", max.to_string()), ("households", households.clone())],
        };
        tr_args(lang, self.key(), &args)
    }
}

/// Why a resident cannot post a comment or propose something now, and when they can again
/// (local time; a comment's `when` is formatted on the server, a proposal's [`LocalMoment`]
/// in the reader's language when it is shown).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SlowDown {
    /// At most one comment every so many seconds.
    Interval { seconds: i64, when: String },
    /// At most so many comments in 24 hours.
    PerDay { max: i64, when: String },
    /// At most so many comments in a row in one conversation, until someone else replies.
    InARow { max: i64 },
    /// At most so many new proposals per resident in 30 days, whatever became of them.
    ProposalsPerResident { max: i64, at: LocalMoment },
    /// At most so many new proposals per household in 30 days.
    ProposalsPerHousehold { max: i64, at: LocalMoment },
    /// At most so many reports per household in 24 hours; possible again at `at`.
    ReportsPerDay { max: i64, at: LocalMoment },
}

impl SlowDown {
    pub const KEYS: [&'static str; 6] = [
        "comment-limit-interval",
        "comment-limit-day",
        "comment-limit-row",
        "proposal-limit-30d-resident",
        "proposal-limit-30d-household",
        "report-limit-day",
    ];

    pub fn key(&self) -> &'static str {
        match self {
            SlowDown::Interval { .. } => SlowDown::KEYS[0],
            SlowDown::PerDay { .. } => SlowDown::KEYS[1],
            SlowDown::InARow { .. } => SlowDown::KEYS[2],
            SlowDown::ProposalsPerResident { .. } => SlowDown::KEYS[3],
            SlowDown::ProposalsPerHousehold { .. } => SlowDown::KEYS[4],
            SlowDown::ReportsPerDay { .. } => SlowDown::KEYS[5],
        }
    }

    /// The message in plain words, with its figures.
    pub fn message(&self, lang: Lang) -> String {
        let args: Vec<(&str, String)> = match self {
            SlowDown::Interval { seconds, when } => vec![("wait", wait_label(*seconds, lang)), ("when", when.clone())],
            SlowDown::PerDay { max, when } => vec![("max", max.to_string()), ("when", when.clone())],
            SlowDown::InARow { max } => vec![("max", max.to_string())],
            SlowDown::ProposalsPerResident { max, at } | SlowDown::ProposalsPerHousehold { max, at } => {
                vec![("max", max.to_string()), ("day", at.day_label(lang)), ("time", at.time.clone())]
            }
            SlowDown::ReportsPerDay { max, at } => vec![("max", max.to_string()), ("when", at.label(lang))],
        };
        tr_args(lang, self.key(), &args)
    }
}

/// A moment in the portal's local time (Europe/Amsterdam) in parts, so that it is written out
/// in the reader's language when it is shown, also in the browser: weekday 1 (Monday) to 7,
/// day of the month, month 1 to 12, and the time (`14:05`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalMoment {
    pub weekday: u8,
    pub day: u8,
    pub month: u8,
    pub time: String,
}

impl LocalMoment {
    /// The local parts of a moment (unix seconds).
    #[cfg(feature = "ssr")]
    pub fn at(unix: i64) -> LocalMoment {
        let Some(z) = crate::time::zoned(unix) else { return LocalMoment { weekday: 1, day: 1, month: 1, time: String::new() } };
        LocalMoment {
            weekday: z.weekday().to_monday_one_offset() as u8,
            day: z.day() as u8,
            month: z.month() as u8,
            time: z.strftime("%H:%M").to_string(),
        }
    }

    /// "donderdag 31 december 14:05" / "Thursday 31 December 14:05".
    pub fn label(&self, lang: Lang) -> String {
        format!("{} {}", self.day_label(lang), self.time)
    }

    /// "donderdag 31 december" / "Thursday 31 December".
    pub fn day_label(&self, lang: Lang) -> String {
        let weekday = tr(lang, WEEKDAYS[(self.weekday as usize).clamp(1, 7) - 1]);
        let month = tr(lang, &format!("month-{}", self.month.clamp(1, 12)));
        format!("{weekday} {} {month}", self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proposal_refusal_names_the_day_in_the_readers_language() {
        let at = LocalMoment { weekday: 4, day: 31, month: 12, time: "14:05".into() };
        let refusal = SlowDown::ProposalsPerHousehold { max: 3, at: at.clone() };
        let nl = refusal.message(Lang::Nl);
        assert!(nl.contains("donderdag 31 december om 14:05") && nl.contains('3'), "{nl}");
        let en = SlowDown::ProposalsPerResident { max: 2, at }.message(Lang::En);
        assert!(en.contains("Thursday 31 December at 14:05") && en.contains('2'), "{en}");
        for lang in Lang::ALL {
            for key in SlowDown::KEYS {
                let text = tr(lang, key);
                assert!(!text.is_empty() && !text.contains("No localization"), "{key} in {lang:?}: {text}");
            }
        }
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn local_moments_are_amsterdam_time() {
        // 31 December 2026, 13:05 UTC is 14:05 in Amsterdam (winter time).
        assert_eq!(LocalMoment::at(1_798_722_300), LocalMoment { weekday: 4, day: 31, month: 12, time: "14:05".into() });
    }
}
