//! Comments, reports and slow mode as pages show them, and the parsed values of their forms.

use crate::text::parse_text;
use crate::error::Problem;
use crate::proposals::model::ProposalId;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CommentId(pub i64);

/// The longest comment, in characters.
pub const MAX_COMMENT: usize = 2000;
/// The longest note with a report or reason for hiding, in characters.
pub const MAX_NOTE: usize = 300;

/// The checked text of a comment: trimmed, 1 to 2000 characters, kept exactly as typed
/// otherwise (it is always shown as text).
pub fn parse_body(input: &str) -> Result<String, Problem> {
    parse_text(input, 1, MAX_COMMENT, true)
}

/// The reason the commissie gives for hiding: 2 to 300 characters.
pub fn parse_hide_reason(input: &str) -> Result<String, Problem> {
    parse_text(input, 2, MAX_NOTE, false)
}

/// An optional note: up to 300 characters.
pub fn parse_note(input: &str) -> Result<String, Problem> {
    parse_text(input, 0, MAX_NOTE, false)
}

/// A piece of a comment's text: plain text, or a web address (http or https only) to show as a link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Piece {
    Text(String),
    Link(String),
}

/// What a resident reports something for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReportReason {
    /// Hurtful, rude or discriminating.
    Hurtful,
    /// Personal details of someone else.
    Private,
    /// Advertising or spam.
    Spam,
    Other,
}

impl ReportReason {
    pub const ALL: [ReportReason; 4] = [ReportReason::Hurtful, ReportReason::Private, ReportReason::Spam, ReportReason::Other];

    /// The code in the database and in forms.
    pub fn code(self) -> &'static str {
        match self {
            ReportReason::Hurtful => "kwetsend",
            ReportReason::Private => "privegegevens",
            ReportReason::Spam => "reclame",
            ReportReason::Other => "anders",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ReportReason::Hurtful => "report-reason-hurtful",
            ReportReason::Private => "report-reason-private",
            ReportReason::Spam => "report-reason-spam",
            ReportReason::Other => "report-reason-other",
        }
    }

    pub fn parse(code: &str) -> Result<ReportReason, Problem> {
        ReportReason::ALL.into_iter().find(|r| r.code() == code.trim()).ok_or(Problem::ReportReasonMissing)
    }
}

/// What is reported or moderated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TargetKind {
    Proposal,
    Comment,
}

impl TargetKind {
    /// The code in the database (`reports.target_kind`, `moderation_log.target_kind`) and forms.
    pub fn code(self) -> &'static str {
        match self {
            TargetKind::Proposal => "voorstel",
            TargetKind::Comment => "reactie",
        }
    }

    pub fn parse(code: &str) -> Result<TargetKind, Problem> {
        match code.trim() {
            "voorstel" => Ok(TargetKind::Proposal),
            "reactie" => Ok(TargetKind::Comment),
            _ => Err(Problem::Unknown),
        }
    }

    pub fn log_target(self) -> crate::proposals::model::Target {
        match self {
            TargetKind::Proposal => crate::proposals::model::Target::Proposal,
            TargetKind::Comment => crate::proposals::model::Target::Comment,
        }
    }
}

/// What the commissie decides about something.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Decision {
    /// Hide it for residents (a reason is required).
    Hide,
    /// Show it again, or keep it: the reports were looked at and it is fine ("in orde").
    Keep,
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Hide => "verbergen",
            Decision::Keep => "in_orde",
        }
    }

    pub fn parse(code: &str) -> Result<Decision, Problem> {
        match code.trim() {
            "verbergen" => Ok(Decision::Hide),
            "in_orde" => Ok(Decision::Keep),
            _ => Err(Problem::Unknown),
        }
    }
}

pub use crate::error::SlowDown;

/// The kind nudge for someone who wrote much of a conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nudge {
    pub mine: i64,
    pub total: i64,
}

/// How a comment is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shown {
    Visible,
    /// Removed by its author: "verwijderd".
    Deleted,
    /// Hidden by the commissie or by reports, with the reason. Residents get no text; the
    /// commissie and staff still get the text.
    Hidden { reason: String, by_reports: bool },
}

/// One comment with its replies (replies have none).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: CommentId,
    /// The author's display name, or "oud-bewoner".
    pub author: String,
    /// When it was written, local time.
    pub when: String,
    /// The text in pieces; empty when deleted, or hidden for this visitor.
    pub body: Vec<Piece>,
    pub shown: Shown,
    /// The visitor wrote it (and may remove it).
    pub mine: bool,
    /// The visitor reported it already.
    pub reported: bool,
    /// Open reports (only filled in for the commissie and staff).
    pub open_reports: i64,
    /// For its author: since when reports hide it and the commissie looks at it (local time).
    pub held_since: Option<String>,
    pub replies: Vec<CommentView>,
}

/// The conversation under a proposal, as the visitor may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thread {
    pub proposal: ProposalId,
    /// Top-level comments, oldest first, each with its replies, oldest first.
    pub comments: Vec<CommentView>,
    /// Comments that are not removed.
    pub count: i64,
    /// The visitor may write (a member of the buurt, and the conversation is open).
    pub can_comment: bool,
    /// The commissie or staff of the buurt: they see hidden text and can hide or show.
    pub can_moderate: bool,
    /// Shown above the composer when the visitor wrote much of the conversation.
    pub nudge: Option<Nudge>,
    /// The visitor reported the proposal itself already.
    pub proposal_reported: bool,
}

/// The reasons given for one reported item, with how often.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReasonCount {
    pub reason: ReportReason,
    pub count: i64,
}

/// Something residents reported, for the commissie's review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportedItem {
    pub kind: TargetKind,
    pub id: i64,
    pub proposal: ProposalId,
    pub proposal_title: String,
    /// The comment's author, or the proposal's.
    pub author: String,
    /// The comment's text, or the proposal's description.
    pub text: String,
    pub hidden: Option<String>,
    pub reports: i64,
    pub households: i64,
    pub reasons: Vec<ReasonCount>,
    /// The notes reporters added.
    pub notes: Vec<String>,
    pub first_reported: String,
    /// Since when reports hide it, while it waits for the commissie (local time).
    pub held_since: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn bodies() {
        assert_eq!(parse_body("  Goed idee!  "), Ok("Goed idee!".into()));
        assert_eq!(parse_body("   "), Err(Problem::TextEmpty));
        assert_eq!(parse_body(&"a".repeat(MAX_COMMENT)).map(|b| b.len()), Ok(MAX_COMMENT));
        assert_eq!(parse_body(&"a".repeat(MAX_COMMENT + 1)), Err(Problem::TextTooLong));
        assert_eq!(parse_body("regel 1\r\nregel 2"), Ok("regel 1\nregel 2".into()));
        assert_eq!(parse_body("<script>alert(1)</script>"), Ok("<script>alert(1)</script>".into()));
    }

    #[test]
    fn slow_down_messages() {
        let m = SlowDown::Interval { seconds: 60, when: "14:05".into() }.message(Lang::Nl);
        assert_eq!(m, "U plaatste net een reactie. Tussen twee reacties zit minstens 1 minuut. U kunt weer reageren vanaf 14:05.");
        assert!(SlowDown::Interval { seconds: 30, when: "x".into() }.message(Lang::Nl).contains("30 seconden"));
        assert!(SlowDown::Interval { seconds: 300, when: "x".into() }.message(Lang::En).contains("5 minutes"));
    }

    #[test]
    fn report_cap_names_the_moment_in_the_readers_language() {
        use crate::error::LocalMoment;
        let tomorrow = LocalMoment { weekday: 4, day: 3, month: 12, time: "14:05".into() };
        let m = SlowDown::ReportsPerDay { max: 5, at: tomorrow.clone() }.message(Lang::Nl);
        assert_eq!(m, "Uw huishouden heeft in 24 uur al 5 meldingen gedaan. Meer mag niet. U kunt weer iets melden vanaf donderdag 3 december 14:05.");
        assert!(SlowDown::ReportsPerDay { max: 5, at: tomorrow }.message(Lang::En).ends_with("from Thursday 3 December 14:05."));
    }

    #[test]
    fn codes() {
        for r in ReportReason::ALL {
            assert_eq!(ReportReason::parse(r.code()), Ok(r));
        }
        assert_eq!(ReportReason::parse(""), Err(Problem::ReportReasonMissing));
        assert_eq!(TargetKind::parse("reactie"), Ok(TargetKind::Comment));
        assert_eq!(Decision::parse("in_orde"), Ok(Decision::Keep));
        assert!(Decision::parse("weg").is_err());
    }
}
