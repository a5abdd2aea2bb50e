//! Proposals as pages show them, their kinds and statuses, and the participation limits of a buurt.

use serde::{Deserialize, Serialize};

mod form;
mod view;
pub use form::*;
pub use view::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ProposalId(pub i64);

/// What a resident proposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// Becomes an agenda activity, with the proposer as organiser, when accepted.
    Activity,
    /// A change in the buurt ("Bankje bij de ingang"); accepted initiatives can go on a ballot.
    Initiative,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Activity, Kind::Initiative];

    /// The code in the database and in forms.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Activity => "activiteit",
            Kind::Initiative => "initiatief",
        }
    }

    pub fn from_code(code: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == code.trim())
    }

    /// The Fluent key of the kind's name.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Activity => "proposal-kind-activiteit",
            Kind::Initiative => "proposal-kind-initiatief",
        }
    }
}

/// Where a proposal stands. Stored as its Dutch code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    Submitted,
    InReview,
    ChangesRequested,
    Accepted,
    Declined,
    Planned,
    Done,
    Merged,
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 9] = [
        Status::Submitted,
        Status::InReview,
        Status::ChangesRequested,
        Status::Accepted,
        Status::Declined,
        Status::Planned,
        Status::Done,
        Status::Merged,
        Status::Withdrawn,
    ];

    /// The code in the database.
    pub fn code(self) -> &'static str {
        match self {
            Status::Submitted => "ingediend",
            Status::InReview => "in_behandeling",
            Status::ChangesRequested => "aanpassen",
            Status::Accepted => "geaccepteerd",
            Status::Declined => "afgewezen",
            Status::Planned => "gepland",
            Status::Done => "uitgevoerd",
            Status::Merged => "samengevoegd",
            Status::Withdrawn => "ingetrokken",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The Fluent key of the status in words.
    pub fn key(self) -> &'static str {
        match self {
            Status::Submitted => "proposal-status-ingediend",
            Status::InReview => "proposal-status-in-behandeling",
            Status::ChangesRequested => "proposal-status-aanpassen",
            Status::Accepted => "proposal-status-geaccepteerd",
            Status::Declined => "proposal-status-afgewezen",
            Status::Planned => "proposal-status-gepland",
            Status::Done => "proposal-status-uitgevoerd",
            Status::Merged => "proposal-status-samengevoegd",
            Status::Withdrawn => "proposal-status-ingetrokken",
        }
    }

    /// Whether the proposal still counts towards a resident's or household's open proposals.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Submitted | Status::InReview | Status::ChangesRequested)
    }
}

/// The limits of one buurt that keep a few voices from dominating (table
/// `participation_settings`; a buurt without a row uses these defaults).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct Settings {
    pub max_open_per_resident: i64,
    pub max_open_per_household: i64,
    /// New proposals per rolling 30 days, whatever became of them.
    pub new_per_resident_30d: i64,
    pub new_per_household_30d: i64,
    pub comment_interval_seconds: i64,
    pub comments_per_day: i64,
    pub consecutive_replies: i64,
    /// Reports from this many households (that do not usually report together) hide an item.
    pub report_threshold: i64,
    pub reports_per_household_day: i64,
    pub nudge_share_percent: i64,
    pub nudge_min_comments: i64,
    /// Initiatives of one household on one ballot, unless the commissie gives a reason.
    pub ballot_per_household: i64,
    /// The dashboard signals concentration when the 5 most active households hold at least
    /// this percentage of a kind, each doing at least `signal_median_ratio` times the median.
    pub signal_top5_percent: i64,
    pub signal_median_ratio: i64,
}

/// The settings as the form and the table name them, in the form's order, with the range the
/// database allows.
pub const SETTING_FIELDS: [(&str, i64, i64); 14] = [
    ("max_open_per_resident", 1, 20),
    ("max_open_per_household", 1, 50),
    ("new_per_resident_30d", 1, 50),
    ("new_per_household_30d", 1, 100),
    ("comment_interval_seconds", 0, 86_400),
    ("comments_per_day", 1, 500),
    ("consecutive_replies", 1, 50),
    ("report_threshold", 1, 50),
    ("reports_per_household_day", 1, 100),
    ("nudge_share_percent", 1, 100),
    ("nudge_min_comments", 2, 1000),
    ("ballot_per_household", 1, 20),
    ("signal_top5_percent", 1, 100),
    ("signal_median_ratio", 1, 100),
];

impl Settings {
    /// The values in the order of [`SETTING_FIELDS`].
    pub fn values(&self) -> [i64; 14] {
        [
            self.max_open_per_resident,
            self.max_open_per_household,
            self.new_per_resident_30d,
            self.new_per_household_30d,
            self.comment_interval_seconds,
            self.comments_per_day,
            self.consecutive_replies,
            self.report_threshold,
            self.reports_per_household_day,
            self.nudge_share_percent,
            self.nudge_min_comments,
            self.ballot_per_household,
            self.signal_top5_percent,
            self.signal_median_ratio,
        ]
    }

    /// The settings from values in the order of [`SETTING_FIELDS`].
    pub fn from_values(v: [i64; 14]) -> Self {
        let [a, b, c, d, e, f, g, h, i, j, k, l, m, n] = v;
        Settings {
            max_open_per_resident: a,
            max_open_per_household: b,
            new_per_resident_30d: c,
            new_per_household_30d: d,
            comment_interval_seconds: e,
            comments_per_day: f,
            consecutive_replies: g,
            report_threshold: h,
            reports_per_household_day: i,
            nudge_share_percent: j,
            nudge_min_comments: k,
            ballot_per_household: l,
            signal_top5_percent: m,
            signal_median_ratio: n,
        }
    }

    /// The value of the field `name` (0 for a name that is not a setting).
    pub fn value(&self, name: &str) -> i64 {
        SETTING_FIELDS.iter().position(|(n, _, _)| *n == name).map_or(0, |i| self.values()[i])
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings::from_values([2, 3, 2, 3, 60, 20, 3, 3, 5, 40, 10, 1, 25, 3])
    }
}

/// What a moderation log entry is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    Proposal,
    Comment,
}

impl Target {
    pub fn code(self) -> &'static str {
        match self {
            Target::Proposal => "voorstel",
            Target::Comment => "reactie",
        }
    }
}

/// A moderation action, as stored in the public log.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Action {
    Accept,
    AskChanges,
    Decline,
    Merge,
    Hide,
    Unhide,
    Plan,
    Done,
}

impl Action {
    pub const ALL: [Action; 8] =
        [Action::Accept, Action::AskChanges, Action::Decline, Action::Merge, Action::Hide, Action::Unhide, Action::Plan, Action::Done];

    pub fn code(self) -> &'static str {
        match self {
            Action::Accept => "accepteren",
            Action::AskChanges => "aanpassen",
            Action::Decline => "afwijzen",
            Action::Merge => "samenvoegen",
            Action::Hide => "verbergen",
            Action::Unhide => "terugzetten",
            Action::Plan => "plannen",
            Action::Done => "uitgevoerd",
        }
    }

    pub fn from_code(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The Fluent key of the action in the public log.
    pub fn key(self) -> &'static str {
        match self {
            Action::Accept => "log-action-accepteren",
            Action::AskChanges => "log-action-aanpassen",
            Action::Decline => "log-action-afwijzen",
            Action::Merge => "log-action-samenvoegen",
            Action::Hide => "log-action-verbergen",
            Action::Unhide => "log-action-terugzetten",
            Action::Plan => "log-action-plannen",
            Action::Done => "log-action-uitgevoerd",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        for s in Status::ALL {
            assert_eq!(Status::from_code(s.code()), Some(s));
        }
        for k in Kind::ALL {
            assert_eq!(Kind::from_code(k.code()), Some(k));
        }
        for a in Action::ALL {
            assert_eq!(Action::from_code(a.code()), Some(a));
        }
    }

    #[test]
    fn every_key_has_dutch_and_english() {
        use crate::i18n::{Lang, loader};
        let keys = Status::ALL.iter().map(|s| s.key()).chain(Kind::ALL.iter().map(|k| k.key())).chain(Action::ALL.iter().map(|a| a.key()));
        for key in keys {
            for lang in [Lang::Nl, Lang::En] {
                assert!(loader(lang).has(key), "{key} missing in {lang:?}");
            }
        }
    }
}
