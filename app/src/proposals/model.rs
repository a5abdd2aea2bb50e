//! Proposals as pages show them, their kinds and statuses, and the participation limits of a buurt.

use crate::text::parse_text;
use crate::error::Problem;
use serde::{Deserialize, Serialize};

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
pub struct Settings {
    pub max_open_per_resident: i64,
    pub max_open_per_household: i64,
    pub comment_interval_seconds: i64,
    pub comments_per_day: i64,
    pub consecutive_replies: i64,
    pub report_threshold: i64,
    pub nudge_share_percent: i64,
    pub nudge_min_comments: i64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            max_open_per_resident: 2,
            max_open_per_household: 3,
            comment_interval_seconds: 60,
            comments_per_day: 20,
            consecutive_replies: 3,
            report_threshold: 3,
            nudge_share_percent: 40,
            nudge_min_comments: 10,
        }
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

/// The checked fields of the proposal form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposalInput {
    pub kind: Kind,
    pub title: String,
    pub description: String,
    pub audience: String,
    pub date_wish: String,
    pub help_needed: String,
}

impl ProposalInput {
    pub fn parse(kind: &str, title: &str, description: &str, audience: &str, date_wish: &str, help_needed: &str) -> Result<ProposalInput, Problem> {
        Ok(ProposalInput {
            kind: Kind::from_code(kind).ok_or(Problem::Unknown)?,
            title: parse_text(title, 4, 80, false)?,
            description: parse_text(description, 10, 2000, true)?,
            audience: parse_text(audience, 0, 120, false)?,
            date_wish: parse_text(date_wish, 0, 120, false)?,
            help_needed: parse_text(help_needed, 0, 500, true)?,
        })
    }
}

/// A reason the commissie gives (asking for changes, declining, hiding): 3 to 500 characters.
pub fn parse_reason(input: &str) -> Result<String, Problem> {
    match parse_text(input, 3, 500, true) {
        Err(Problem::TextEmpty) => Err(Problem::ReasonMissing),
        other => other,
    }
}

/// An optional note or answer: at most 500 characters.
pub fn parse_note(input: &str) -> Result<String, Problem> {
    parse_text(input, 0, 500, true)
}

/// The participation limits as typed in the settings form, checked against the ranges the
/// database allows.
pub fn parse_settings(fields: [&str; 8]) -> Result<Settings, Problem> {
    const RANGES: [(i64, i64); 8] = [(1, 20), (1, 50), (0, 86_400), (1, 500), (1, 50), (1, 50), (1, 100), (2, 1000)];
    let mut values = [0i64; 8];
    for (i, (field, (min, max))) in fields.iter().zip(RANGES).enumerate() {
        values[i] = match field.trim().parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => n,
            _ => return Err(Problem::SettingInvalid),
        };
    }
    if values[1] < values[0] {
        return Err(Problem::SettingHouseholdBelowResident);
    }
    let [a, b, c, d, e, f, g, h] = values;
    Ok(Settings {
        max_open_per_resident: a,
        max_open_per_household: b,
        comment_interval_seconds: c,
        comments_per_day: d,
        consecutive_replies: e,
        report_threshold: f,
        nudge_share_percent: g,
        nudge_min_comments: h,
    })
}

/// A proposal in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalCard {
    pub id: ProposalId,
    pub kind: Kind,
    pub title: String,
    /// The first line of the description.
    pub summary: String,
    pub status: Status,
    pub supporters: i64,
    /// When it was proposed, as shown (local time).
    pub when: String,
    /// Hidden by the commissie (only moderators and the author see it then).
    pub hidden: bool,
    pub mine: bool,
}

/// One step in a proposal's history: the status, who (a role, or a staff member's name), why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub status: Status,
    pub who: String,
    pub when: String,
    pub reason: String,
}

/// Everything the page of one proposal shows. Fields a visitor may not see are empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalDetail {
    pub card: ProposalCard,
    pub description: String,
    pub audience: String,
    pub date_wish: String,
    pub help_needed: String,
    pub author: String,
    pub status_reason: String,
    /// Merged into this proposal: (id, title).
    pub merged_into: Option<(i64, String)>,
    /// The agenda activity it became.
    pub activity_id: Option<i64>,
    /// Why it is hidden (for moderators and the author).
    pub hidden_reason: Option<String>,
    pub events: Vec<EventView>,
    pub supported: bool,
    pub can_support: bool,
    /// The visitor is commissielid or staff of the buurt.
    pub moderator: bool,
    /// A moderator who may decide on this proposal (not their own).
    pub can_moderate: bool,
    pub has_photo: bool,
    /// Other open or accepted proposals this one can be merged into: (id, title).
    pub merge_targets: Vec<(i64, String)>,
    /// Prefill for turning an accepted activity into an agenda activity.
    pub buurt_id: i64,
}

/// A proposal in the commissie's queue, with the proposer's activity of the last 30 days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub card: ProposalCard,
    pub author: String,
    pub recent_proposals: i64,
    pub recent_comments: i64,
    pub hidden_reason: String,
}

/// One entry of the public moderation log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogItem {
    pub when: String,
    /// The actor's role, with the name for staff.
    pub who: String,
    pub action: Action,
    /// A comment (`reactie`) rather than a proposal.
    pub comment: bool,
    /// The proposal's title, or "(verborgen)" while it is hidden.
    pub title: String,
    /// The proposal page to open, if the proposal can be seen.
    pub proposal_id: Option<i64>,
    /// The reason as written, or a general one when it would tell hidden text.
    pub reason: String,
    /// The title or the reason was left out because the content is hidden.
    pub withheld: bool,
}

/// The notification keys of Meldingen about proposals.
pub const NOTE_KEYS: [&str; 9] = [
    "note-proposal-review",
    "note-proposal-changes",
    "note-proposal-declined",
    "note-proposal-accepted",
    "note-proposal-planned",
    "note-proposal-done",
    "note-proposal-merged",
    "note-proposal-hidden",
    "note-proposal-unhidden",
];

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
    fn proposal_form() {
        let ok = ProposalInput::parse("activiteit", " Samen koken ", "Elke vrijdag samen koken.", "", "", "").unwrap();
        assert_eq!((ok.kind, ok.title.as_str()), (Kind::Activity, "Samen koken"));
        assert_eq!(ProposalInput::parse("iets", "Samen koken", "Elke vrijdag samen koken.", "", "", ""), Err(Problem::Unknown));
        assert_eq!(ProposalInput::parse("initiatief", "", "Elke vrijdag samen koken.", "", "", ""), Err(Problem::TextEmpty));
        assert_eq!(ProposalInput::parse("initiatief", &"x".repeat(81), "Elke vrijdag samen koken.", "", "", ""), Err(Problem::TextTooLong));
        assert_eq!(ProposalInput::parse("initiatief", "Bankje", "kort", "", "", ""), Err(Problem::TextTooShort));
        assert_eq!(parse_reason("  "), Err(Problem::ReasonMissing));
        assert_eq!(parse_reason("Past niet."), Ok("Past niet.".into()));
    }

    #[test]
    fn settings_form() {
        let ok = parse_settings(["2", "3", "60", "20", "3", "3", "40", "10"]).unwrap();
        assert_eq!(ok, Settings::default());
        assert_eq!(parse_settings(["0", "3", "60", "20", "3", "3", "40", "10"]), Err(Problem::SettingInvalid));
        assert_eq!(parse_settings(["2", "3", "60", "20", "3", "3", "40", "1"]), Err(Problem::SettingInvalid));
        assert_eq!(parse_settings(["4", "3", "60", "20", "3", "3", "40", "10"]), Err(Problem::SettingHouseholdBelowResident));
        assert_eq!(parse_settings(["twee", "3", "60", "20", "3", "3", "40", "10"]), Err(Problem::SettingInvalid));
    }

    #[test]
    fn every_key_has_dutch_and_english() {
        use crate::i18n::{Lang, loader};
        let keys = Status::ALL.iter().map(|s| s.key()).chain(Kind::ALL.iter().map(|k| k.key())).chain(Action::ALL.iter().map(|a| a.key())).chain(NOTE_KEYS);
        for key in keys {
            for lang in [Lang::Nl, Lang::En] {
                assert!(loader(lang).has(key), "{key} missing in {lang:?}");
            }
        }
    }
}
