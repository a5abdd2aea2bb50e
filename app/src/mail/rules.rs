//! Pure decisions about mail: which notice is mailed straight away, when a failed mail is
//! tried again, which week a digest belongs to, and escaping for the HTML part.

use super::model::Topic;
use crate::notifications::model::Notice;

/// Which notices concern the person so much that they go out by mail straight away (when the
/// person wants that), and under which subject. The rest stay in Meldingen only: a welcome, a
/// new role, news of others in a group.
pub fn topic_of(notice: &Notice) -> Option<Topic> {
    use Notice::*;
    match notice {
        Promoted { .. } | ActivityCancelled { .. } | ActivityChanged { .. } => Some(Topic::Activity),
        RoomApproved { .. } | RoomDeclined { .. } | RoomCancelled { .. } | RoomClosed { .. } => Some(Topic::Room),
        ProposalReview { .. }
        | ProposalChanges { .. }
        | ProposalDeclined { .. }
        | ProposalAccepted { .. }
        | ProposalPlanned { .. }
        | ProposalDone { .. }
        | ProposalMerged { .. }
        | ProposalHidden { .. }
        | ProposalUnhidden { .. } => Some(Topic::Proposal),
        GroupAccepted { .. } | GroupDeclined { .. } => Some(Topic::Group),
        // Someone who did not ask for it learns at once that their account can be reset.
        RecoveryLetter { .. } => Some(Topic::Account),
        // A new stemronde in their buurt: everyone's to vote on, so it goes straight away.
        RoundOpened { .. } => Some(Topic::Round),
        Welcome { .. }
        | RoleChanged { .. }
        | GroupRequest { .. }
        | GroupJoined { .. }
        | GroupLeft { .. }
        | GroupCoordinator { .. }
        | GroupMessage { .. }
        | OnBehalf { .. } => None,
    }
}

/// How long a claimed mail is held by the job that claimed it. Longer than an SMTP
/// conversation may take ([`SEND_TIMEOUT`]), so a slow send is never claimed twice; a job
/// that died with it leaves it to be tried again after this.
pub const LEASE: i64 = 120;

/// The longest an SMTP conversation may take.
pub const SEND_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Tries before a mail is given up: the first and then after 1 minute, 5, 30 and 2 hours.
pub const MAX_ATTEMPTS: i64 = 5;

/// A mail not sent within this long (say the server had no SMTP set) is not sent any more:
/// old news by then.
pub const MAX_AGE: i64 = 3 * 24 * 3600;

/// After `attempts` failed tries, how many seconds until the next; `None`: give up.
pub fn retry_after(attempts: i64) -> Option<i64> {
    match attempts {
        ..=0 => Some(0),
        1 => Some(60),
        2 => Some(5 * 60),
        3 => Some(30 * 60),
        4 => Some(2 * 3600),
        _ => None,
    }
}

/// Whether a mail made at `created_at` is too old to send at `now`.
pub fn too_old(created_at: i64, now: i64) -> bool {
    now - created_at > MAX_AGE
}

/// The hour on Monday (Dutch time) when a new digest week begins.
pub const DIGEST_HOUR: i8 = 8;

/// The digest week of a moment, as `2026-W49`: ISO weeks in Dutch time, each starting on
/// Monday at [`DIGEST_HOUR`]. A person gets at most one digest per such week.
#[cfg(feature = "ssr")]
pub fn digest_week(now: i64) -> String {
    let shifted = now - i64::from(DIGEST_HOUR) * 3600;
    let date = crate::time::local_date(shifted);
    let week = date.iso_week_date();
    format!("{}-W{:02}", week.year(), week.week())
}

/// Escapes text for HTML (element content and quoted attribute values).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A subject line from one line of text: control characters and line breaks become spaces,
/// and it is cut at `max` characters.
pub fn subject_line(text: &str, max: usize) -> String {
    let clean: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.chars().count() <= max {
        return clean;
    }
    let cut: String = clean.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_concerns_the_person_is_mailed_news_of_others_is_not() {
        let mailed: Vec<&str> = Notice::samples().iter().filter(|n| topic_of(n).is_some()).map(Notice::key).collect();
        for key in ["note-promoted", "note-cancelled", "note-changed", "note-room-approved", "note-room-declined", "note-proposal-declined", "note-proposal-accepted", "note-group-accepted"] {
            assert!(mailed.contains(&key), "{key} is mailed straight away");
        }
        for key in ["note-welcome", "note-role-changed", "note-group-joined", "note-group-message", "note-group-request"] {
            assert!(!mailed.contains(&key), "{key} stays in Meldingen");
        }
        let room = Notice::RoomDeclined { purpose: "x".into(), starts_at: 0, ends_at: 1, reason: "y".into() };
        assert_eq!(topic_of(&room), Some(Topic::Room));
        assert_eq!(topic_of(&Notice::Promoted { title: "x".into() }), Some(Topic::Activity));
    }

    #[test]
    fn back_off_grows_then_gives_up() {
        let delays: Vec<Option<i64>> = (1..=6).map(retry_after).collect();
        assert_eq!(delays, vec![Some(60), Some(300), Some(1800), Some(7200), None, None]);
        assert!(retry_after(MAX_ATTEMPTS).is_none(), "the last try is the fifth");
        assert!(retry_after(MAX_ATTEMPTS - 1).is_some());
        assert!(too_old(0, MAX_AGE + 1));
        assert!(!too_old(0, MAX_AGE));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_digest_week_starts_on_monday_at_eight_dutch_time() {
        // Monday 1 December 2025, 07:59 and 08:00 in Amsterdam (UTC+1).
        let before = 1_764_572_340;
        let at = before + 60;
        assert_eq!(digest_week(before), "2025-W48");
        assert_eq!(digest_week(at), "2025-W49");
        assert_eq!(digest_week(at + 6 * 24 * 3600), "2025-W49", "the whole week is one digest week");
        assert_eq!(digest_week(at + 7 * 24 * 3600), "2025-W50");
        // Summer time: Monday 6 July 2026 08:00 in Amsterdam is 06:00 UTC.
        assert_eq!(digest_week(1_783_317_600), "2026-W28");
        assert_eq!(digest_week(1_783_317_600 - 1), "2026-W27");
    }

    #[test]
    fn escaping_and_subject_lines() {
        assert_eq!(escape_html("<b>\"Tom & 'Jerry'\"</b>"), "&lt;b&gt;&quot;Tom &amp; &#39;Jerry&#39;&quot;&lt;/b&gt;");
        assert_eq!(subject_line("Een\r\nBcc: x@y.nl  regel", 80), "Een Bcc: x@y.nl regel");
        assert_eq!(subject_line("abcdefghij", 5), "abcd…");
    }
}
