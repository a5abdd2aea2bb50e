//! Presenters: stored proposals, history and log entries turned into what the pages show,
//! with translated labels. No decisions and no SQL here.

use super::model::{Action, EventView, LogItem, ProposalCard, ProposalId, QueueItem, Status};
use super::rules;
use super::store::{EventRow, LogRow, ProposalRow};
use crate::accounts::model::{Role, UserId, shown_name};
use crate::error::{AppError, AppResult};
use crate::i18n::{Lang, tr};
use crate::time::moment_label;

/// Where the pages link to.
pub fn proposal_link(id: ProposalId) -> String {
    format!("/meedoen/{}", id.0)
}

/// "lid van de bewonerscommissie", or a staff member's name with their role: residents'
/// names never appear in the log or the history.
pub fn who(lang: Lang, role: &str, name: Option<&str>) -> String {
    match Role::parse(role) {
        Ok(r) if r.is_staff() => format!("{} ({})", shown_name(name, lang), tr(lang, r.key())),
        Ok(r) => tr(lang, r.key()),
        Err(_) => tr(lang, "log-who-reports"),
    }
}

/// A proposal in a list, as `me` sees it.
pub fn card(row: &ProposalRow, me: UserId) -> AppResult<ProposalCard> {
    Ok(ProposalCard {
        id: ProposalId(row.id),
        kind: row.kind()?,
        title: row.title.clone(),
        summary: row.description.lines().next().unwrap_or_default().to_string(),
        status: row.status()?,
        supporters: row.supporters,
        when: moment_label(row.created_at),
        hidden: row.hidden_at.is_some(),
        mine: row.is_author(me),
    })
}

/// One step of a proposal's history; the author is "de indiener", others by role.
pub fn event(row: &ProposalRow, e: EventRow, lang: Lang) -> AppResult<EventView> {
    let who = if e.actor_id.is_some() && e.actor_id == row.author_id {
        tr(lang, "proposal-who-author")
    } else {
        who(lang, &e.actor_role, e.actor_name.as_deref())
    };
    Ok(EventView {
        status: Status::from_code(&e.status).ok_or_else(|| AppError::internal("stored event status is not valid"))?,
        who,
        when: moment_label(e.created_at),
        reason: e.reason,
    })
}

/// A proposal in the commissie's queue, with the proposer's recent activity.
pub fn queue_item(row: &ProposalRow, me: UserId, lang: Lang, recent: (i64, i64)) -> AppResult<QueueItem> {
    Ok(QueueItem {
        card: card(row, me)?,
        author: shown_name(row.author_name.as_deref(), lang),
        recent_proposals: recent.0,
        recent_comments: recent.1,
        hidden_reason: row.hidden_reason.clone(),
    })
}

/// One entry of the public log as the visitor may see it: hidden text stays out (see
/// [`rules::log_shows`]), with a general reason in its place.
pub fn log_item(lang: Lang, moderator: bool, row: LogRow) -> AppResult<LogItem> {
    let LogRow { entry: l, proposal_id, proposal_hidden, comment_hidden } = row;
    let action = Action::from_code(&l.action).ok_or_else(|| AppError::internal("stored log action is not valid"))?;
    let comment = l.target_kind == "reactie";
    let shows = rules::log_shows(action, proposal_id.is_some(), proposal_hidden.is_some(), comment_hidden.is_some());
    let general = match (action, l.actor_role.as_str()) {
        (Action::Hide, "meldingen") => "log-reason-hidden-by-reports",
        (Action::Hide, _) => "log-reason-hidden",
        _ => "log-reason-withheld",
    };
    Ok(LogItem {
        when: moment_label(l.created_at),
        who: who(lang, &l.actor_role, l.actor_name.as_deref()),
        action,
        comment,
        title: if shows.title { l.target_title } else { tr(lang, "log-title-hidden") },
        proposal_id: proposal_id.filter(|_| moderator || proposal_hidden.is_none()),
        reason: if shows.reason { l.reason } else { tr(lang, general) },
        withheld: !(shows.title && shows.reason),
    })
}

/// "Anja Beheer, 22-11-2026 14:05": who last changed the settings, and when.
pub fn changed_label(name: Option<&str>, at: i64, lang: Lang) -> String {
    format!("{}, {}", shown_name(name, lang), moment_label(at))
}
