//! Presenters: stored comments and reports turned into what the pages show, with local times
//! and translated messages. No decisions and no SQL here.

use super::model::{CommentId, CommentView, Piece, ReportedItem, Shown, SlowDown, TargetKind};
use super::rules;
use super::store::CommentRow;
use crate::accounts::model::shown_name;
use crate::auth::SessionUser;
use crate::error::{AppError, LocalMoment};
use crate::i18n::Lang;
use crate::proposals::service::ProposalFacts;
use crate::time::moment_label;

/// What the visitor is and did about one comment.
#[derive(Clone, Copy)]
pub struct Flags {
    /// The visitor is commissielid or staff of the buurt.
    pub moderator: bool,
    /// The visitor reported it already.
    pub reported: bool,
    pub open_reports: i64,
}

/// A comment as the visitor may see it (without its replies).
pub fn comment(row: &CommentRow, me: &SessionUser, flags: Flags, lang: Lang) -> CommentView {
    let shown = if row.deleted_at.is_some() {
        Shown::Deleted
    } else if row.hidden_at.is_some() {
        Shown::Hidden { reason: row.hidden_reason.clone(), by_reports: row.hidden_by.is_none() }
    } else {
        Shown::Visible
    };
    let readable = match shown {
        Shown::Visible => true,
        Shown::Hidden { .. } => flags.moderator,
        Shown::Deleted => false,
    };
    CommentView {
        id: CommentId(row.id),
        author: shown_name(row.author_name.as_deref(), lang),
        when: moment_label(row.created_at),
        body: if readable { rules::pieces(&row.body) } else { Vec::<Piece>::new() },
        shown,
        mine: row.author_id == Some(me.id.0),
        reported: flags.reported,
        open_reports: if flags.moderator { flags.open_reports } else { 0 },
        held_since: None,
        replies: Vec::new(),
    }
}

/// "14:05" today, "dinsdag 24 november 14:05" on another day (local time).
fn when_label(unix: i64, now: i64, lang: Lang) -> String {
    let day = |t: i64| crate::time::local_parts(t).0;
    let clock = crate::time::local_parts(unix).1;
    if day(unix) == day(now) { clock } else { format!("{} {clock}", crate::time::day_label(unix, lang)) }
}

/// Slow mode's refusal, with the moment it is possible again.
pub fn slow_down(refusal: rules::Refusal, now: i64, lang: Lang) -> AppError {
    AppError::Slow(match refusal {
        rules::Refusal::Interval { seconds, until } => SlowDown::Interval { seconds, when: when_label(until, now, lang) },
        rules::Refusal::PerDay { max, until } => SlowDown::PerDay { max, when: when_label(until, now, lang) },
        rules::Refusal::InARow { max } => SlowDown::InARow { max },
    })
}

/// The refusal of a report over the household's daily cap, with the moment it is possible again.
pub fn report_cap(max: i64, until: i64) -> AppError {
    AppError::Slow(SlowDown::ReportsPerDay { max, at: LocalMoment::at(until) })
}

/// "woensdag 2 december 14:05": since when something is so (local time).
pub fn since_label(unix: i64, lang: Lang) -> String {
    format!("{} {}", crate::time::day_label(unix, lang), crate::time::local_parts(unix).1)
}

/// A reported comment (with `comment`) or proposal, before its reports are counted in.
pub fn reported_item(kind: TargetKind, proposal: ProposalFacts, comment: Option<CommentRow>, first: i64, lang: Lang) -> ReportedItem {
    let (id, author, text, hidden) = match comment {
        Some(c) => (c.id, c.author_name, c.body, c.hidden_at.map(|_| c.hidden_reason)),
        None => (proposal.id.0, proposal.author_name, proposal.description, proposal.hidden_reason),
    };
    ReportedItem {
        kind,
        id,
        proposal: proposal.id,
        proposal_title: proposal.title,
        author: shown_name(author.as_deref(), lang),
        text,
        hidden,
        reports: 0,
        households: 0,
        reasons: Vec::new(),
        notes: Vec::new(),
        first_reported: moment_label(first),
        held_since: None,
    }
}
