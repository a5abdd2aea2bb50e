//! Server functions of comments and reports. Each signs in the caller and checks, itself, that
//! they belong to the buurt of the proposal concerned (and, for hiding and showing, that they
//! are commissielid or staff there) before it reads or writes. Slow mode is checked and the
//! comment written in one write transaction, so twenty presses at once store one comment.
//!
//! Staff (sociaal werker, beheerder) are not slowed down: they answer questions. The commissie
//! is: its members are residents too, and the limits are about any few voices dominating.

use super::model::{ReportedItem, Thread};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::model::{
        CommentId, CommentView, Decision, Piece, ReasonCount, ReportReason, Shown, SlowDown, TargetKind, parse_body,
        parse_hide_reason, parse_note,
    },
    super::{rules, store},
    crate::accounts::model::{BuurtId, Role, shown_name},
    crate::auth::{SessionUser, require_role, require_user},
    crate::db::{begin_write, now},
    crate::time::moment_label as local_time_label,
    crate::error::Problem,
    crate::i18n::{Lang, tr, tr_args},
    crate::proposals::model::{Action, ProposalId},
    crate::proposals::service::{LogEntry, log_moderation, settings},
    crate::state::app_state,
};

#[cfg(feature = "ssr")]
const MODERATORS: &[Role] = &[Role::Committee, Role::SocialWorker, Role::Admin];

/// Statuses in which the conversation is closed: the proposal was withdrawn or merged.
#[cfg(feature = "ssr")]
const CLOSED: &[&str] = &["ingetrokken", "samengevoegd"];

/// The proposal and the caller's role in its buurt; a proposal of another buurt is refused.
#[cfg(feature = "ssr")]
async fn access(db: &crate::db::Db, user: &SessionUser, proposal: i64) -> Result<(store::ProposalRow, Role), AppError> {
    let row = store::proposal(db, proposal).await?.ok_or(AppError::NotFound)?;
    let role = user.role_in(BuurtId(row.buurt_id)).ok_or(AppError::Forbidden)?;
    Ok((row, role))
}

/// The proposal a comment or proposal report is about, with the caller's role there.
#[cfg(feature = "ssr")]
async fn target_access(
    db: &crate::db::Db,
    user: &SessionUser,
    kind: TargetKind,
    id: i64,
) -> Result<(store::ProposalRow, Option<store::CommentRow>, Role), AppError> {
    let comment = match kind {
        TargetKind::Comment => Some(store::comment(db, id).await?.ok_or(AppError::NotFound)?),
        TargetKind::Proposal => None,
    };
    let proposal = comment.as_ref().map_or(id, |c| c.proposal_id);
    let (row, role) = access(db, user, proposal).await?;
    Ok((row, comment, role))
}

/// Plain form posts (no JavaScript) go back to the conversation on the proposal page; the
/// hydrated app stays where it is and refreshes.
#[cfg(feature = "ssr")]
fn back_to(proposal: i64, anchor: &str) {
    let plain_form = use_context::<http::request::Parts>()
        .and_then(|p| p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|v| v.contains("text/html")))
        .unwrap_or(false);
    if plain_form {
        leptos_axum::redirect(&format!("/meedoen/{proposal}#{anchor}"));
    }
}

/// Like [`back_to`] when a plain form post was refused: back to the conversation with the
/// error in the address, where the form shows it (instead of the top of the page).
#[cfg(feature = "ssr")]
fn back_with_error(proposal: i64, server_fn_path: &str, error: &AppError) {
    let plain_form = use_context::<http::request::Parts>()
        .and_then(|p| p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|v| v.contains("text/html")))
        .unwrap_or(false);
    if !plain_form {
        return;
    }
    let base = format!("http://buurtplein.invalid/meedoen/{proposal}");
    if let Ok(url) = leptos::server_fn::error::ServerFnUrlError::new(server_fn_path, error.clone()).to_url(&base) {
        leptos_axum::redirect(&format!("{}?{}#reacties", url.path(), url.query().unwrap_or_default()));
    }
}

/// "14:05" today, "dinsdag 24 november 14:05" on another day (local time).
#[cfg(feature = "ssr")]
fn when_label(unix: i64, now: i64, lang: Lang) -> String {
    let day = |t: i64| crate::agenda::time::local_parts(t).0;
    let clock = crate::agenda::time::local_parts(unix).1;
    if day(unix) == day(now) { clock } else { format!("{} {clock}", crate::agenda::time::day_label(unix, lang)) }
}

#[cfg(feature = "ssr")]
fn slow_down(refusal: rules::Refusal, now: i64, lang: Lang) -> AppError {
    AppError::Slow(match refusal {
        rules::Refusal::Interval { seconds, until } => SlowDown::Interval { seconds, when: when_label(until, now, lang) },
        rules::Refusal::PerDay { max, until } => SlowDown::PerDay { max, when: when_label(until, now, lang) },
        rules::Refusal::InARow { max } => SlowDown::InARow { max },
    })
}

#[cfg(feature = "ssr")]
fn to_view(row: &store::CommentRow, me: &SessionUser, moderator: bool, reported: bool, open_reports: i64, lang: Lang) -> CommentView {
    let shown = if row.deleted_at.is_some() {
        Shown::Deleted
    } else if row.hidden_at.is_some() {
        Shown::Hidden { reason: row.hidden_reason.clone(), by_reports: row.hidden_by.is_none() }
    } else {
        Shown::Visible
    };
    let readable = match shown {
        Shown::Visible => true,
        Shown::Hidden { .. } => moderator,
        Shown::Deleted => false,
    };
    CommentView {
        id: CommentId(row.id),
        author: shown_name(row.author_name.as_deref(), lang),
        when: local_time_label(row.created_at),
        body: if readable { rules::pieces(&row.body) } else { Vec::<Piece>::new() },
        shown,
        mine: row.author_id == Some(me.id.0),
        reported,
        open_reports: if moderator { open_reports } else { 0 },
        replies: Vec::new(),
    }
}

/// The conversation under a proposal: comments oldest first, replies under their comment.
/// `None` for a visitor who is not signed in (the page then asks them to sign in).
#[server(prefix = "/api", endpoint = "reacties")]
pub async fn get_comments(proposal: i64) -> Result<Option<Thread>, AppError> {
    let Some(user) = crate::auth::current_user().await? else { return Ok(None) };
    let state = app_state()?;
    let db = &state.db;
    let (row, role) = access(db, &user, proposal).await?;
    let moderator = MODERATORS.contains(&role);
    let lang = crate::i18n::request_lang();
    let hidden_from_me = row.hidden_at.is_some() && !moderator;
    let rows = if hidden_from_me { Vec::new() } else { store::thread(db, proposal).await? };
    let mine_reported = store::my_reports(db, user.id, proposal).await?;
    let reported = |kind: &str, id: i64| mine_reported.iter().any(|(k, i)| k == kind && *i == id);
    let open: std::collections::HashMap<i64, i64> =
        if moderator { store::open_reports_in_thread(db, proposal).await?.into_iter().collect() } else { Default::default() };
    let mut comments: Vec<CommentView> = Vec::new();
    for r in rows.iter().filter(|r| r.parent_id.is_none()) {
        let mut view = to_view(r, &user, moderator, reported("reactie", r.id), open.get(&r.id).copied().unwrap_or(0), lang);
        view.replies = rows
            .iter()
            .filter(|c| c.parent_id == Some(r.id))
            .map(|c| to_view(c, &user, moderator, reported("reactie", c.id), open.get(&c.id).copied().unwrap_or(0), lang))
            .collect();
        comments.push(view);
    }
    let live: Vec<&store::CommentRow> = rows.iter().filter(|r| r.deleted_at.is_none()).collect();
    let count = live.len() as i64;
    let can_comment = !hidden_from_me && !CLOSED.contains(&row.status.as_str());
    let nudge = if can_comment && !role.is_staff() {
        let mine = live.iter().filter(|r| r.author_id == Some(user.id.0)).count() as i64;
        rules::nudge(&settings(db, BuurtId(row.buurt_id)).await?, mine, count)
    } else {
        None
    };
    Ok(Some(Thread {
        proposal: ProposalId(proposal),
        comments,
        count,
        can_comment,
        can_moderate: moderator,
        nudge,
        proposal_reported: reported("voorstel", proposal),
    }))
}

/// Writes a comment, or a reply when `parent` is a comment id (a reply to a reply goes under
/// the top-level comment). Refused with the moment it is possible again when slow mode says so.
#[server(prefix = "/api", endpoint = "reactie-plaatsen")]
pub async fn post_comment(proposal: i64, parent: String, body: String) -> Result<(), AppError> {
    use leptos::server_fn::ServerFn;
    match write_comment(proposal, parent, body).await {
        Ok(id) => {
            back_to(proposal, &format!("reactie-{}", id.0));
            Ok(())
        }
        Err(e) => {
            back_with_error(proposal, PostComment::PATH, &e);
            Err(e)
        }
    }
}

#[cfg(feature = "ssr")]
async fn write_comment(proposal: i64, parent: String, body: String) -> Result<CommentId, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = access(&state.db, &user, proposal).await?;
    if row.hidden_at.is_some() && !MODERATORS.contains(&role) {
        return Err(AppError::NotFound);
    }
    if CLOSED.contains(&row.status.as_str()) {
        return Err(Problem::CommentsClosed.into());
    }
    let body = parse_body(&body)?;
    let parent = match parent.trim() {
        "" => None,
        id => {
            let id: i64 = id.parse().map_err(|_| Problem::Unknown)?;
            let p = store::comment(&state.db, id).await?.filter(|c| c.proposal_id == proposal).ok_or(Problem::Unknown)?;
            Some(rules::reply_parent(p.id, p.parent_id))
        }
    };
    let buurt = BuurtId(row.buurt_id);
    let household = store::household_of(&state.db, user.id).await?;
    let mut tx = begin_write(&state.db).await?;
    if !role.is_staff() {
        let limits = settings(&mut *tx, buurt).await?;
        let now = now();
        let history = store::history(&mut tx, user.id, proposal, limits.comments_per_day, limits.consecutive_replies, now).await?;
        if let Err(refusal) = rules::slow_mode(&limits, &history, now) {
            return Err(slow_down(refusal, now, crate::i18n::request_lang()));
        }
    }
    let id = store::insert_comment(&mut tx, &store::NewComment { proposal, parent, author: user.id, household, body: &body }).await?;
    tx.commit().await?;
    Ok(id)
}

/// The author removes their own comment; it then shows as "verwijderd".
#[server(prefix = "/api", endpoint = "reactie-verwijderen")]
pub async fn delete_comment(comment: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let row = store::comment(&state.db, comment).await?.ok_or(AppError::NotFound)?;
    if row.author_id != Some(user.id.0) {
        return Err(AppError::Forbidden);
    }
    access(&state.db, &user, row.proposal_id).await?;
    let mut tx = begin_write(&state.db).await?;
    store::mark_deleted(&mut tx, comment).await?;
    tx.commit().await?;
    back_to(row.proposal_id, "reacties");
    Ok(())
}

/// A resident reports a comment or a proposal. Reports from one household count once; at the
/// buurt's threshold of households the item is hidden until the commissie looks at it.
#[server(prefix = "/api", endpoint = "melden")]
pub async fn report(kind: String, id: i64, reason: String, note: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let kind = TargetKind::parse(&kind)?;
    let (proposal, _comment, _role) = target_access(&state.db, &user, kind, id).await?;
    let reason = ReportReason::parse(&reason)?;
    let note = parse_note(&note)?;
    let buurt = BuurtId(proposal.buurt_id);
    let household = store::household_of(&state.db, user.id).await?;
    let mut tx = begin_write(&state.db).await?;
    let report = store::NewReport { buurt, kind, id, reporter: user.id, household, reason: reason.code(), note: &note };
    if store::insert_report(&mut tx, &report).await? {
        let households = store::open_report_households(&mut tx, kind, id).await?;
        let threshold = settings(&mut *tx, buurt).await?.report_threshold;
        if rules::reports_hide(households, threshold) && !store::is_hidden(&mut tx, kind, id).await? {
            let why = tr_args(Lang::Nl, "comment-hidden-by-reports-reason", &[("count", households.to_string())]);
            store::set_hidden(&mut tx, kind, id, Some((&why, None))).await?;
            let entry = LogEntry {
                buurt,
                actor: None,
                actor_role: "meldingen",
                action: Action::Hide,
                target: kind.log_target(),
                target_id: id,
                target_title: &proposal.title,
                reason: &why,
            };
            log_moderation(&mut tx, &entry).await?;
        }
    }
    tx.commit().await?;
    back_to(proposal.id, if kind == TargetKind::Comment { "reacties" } else { "melden-voorstel" });
    Ok(())
}

/// The commissie or staff of the buurt hide a comment or proposal (with a reason), or keep it
/// / put it back ("in orde"). Open reports on it are closed with the decision; the public
/// moderation log gets an entry.
#[server(prefix = "/api", endpoint = "modereren")]
pub async fn moderate(kind: String, id: i64, decision: String, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let kind = TargetKind::parse(&kind)?;
    let (proposal, _comment, role) = target_access(&state.db, &user, kind, id).await?;
    require_role(&user, BuurtId(proposal.buurt_id), MODERATORS)?;
    let decision = Decision::parse(&decision)?;
    let reason = match decision {
        Decision::Hide => parse_hide_reason(&reason)?,
        Decision::Keep => parse_note(&reason)?,
    };
    let mut tx = begin_write(&state.db).await?;
    let hidden = store::is_hidden(&mut tx, kind, id).await?;
    let (action, outcome) = match decision {
        Decision::Hide => {
            store::set_hidden(&mut tx, kind, id, Some((&reason, Some(user.id)))).await?;
            (Action::Hide, "verborgen")
        }
        Decision::Keep => {
            if hidden {
                store::set_hidden(&mut tx, kind, id, None).await?;
            }
            (Action::Unhide, "in_orde")
        }
    };
    store::resolve_reports(&mut tx, kind, id, user.id, outcome).await?;
    let logged_reason = if reason.is_empty() { tr(Lang::Nl, "moderation-keep-default") } else { reason };
    let entry = LogEntry {
        buurt: BuurtId(proposal.buurt_id),
        actor: Some(user.id),
        actor_role: role.code(),
        action,
        target: kind.log_target(),
        target_id: id,
        target_title: &proposal.title,
        reason: &logged_reason,
    };
    log_moderation(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(())
}

/// What residents reported in the caller's buurt and is not yet reviewed, grouped per item,
/// oldest first. For the commissie and staff of that buurt.
#[server(prefix = "/api", endpoint = "gemeld")]
pub async fn get_reported() -> Result<Vec<ReportedItem>, AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?.buurt_id;
    crate::auth::can_moderate(&user, buurt)?;
    let state = app_state()?;
    let db = &state.db;
    let lang = crate::i18n::request_lang();
    let mut items: Vec<ReportedItem> = Vec::new();
    let mut households: Vec<Vec<i64>> = Vec::new();
    for r in store::open_reports(db, buurt).await? {
        let Ok(kind) = TargetKind::parse(&r.target_kind) else { continue };
        let reason = ReportReason::parse(&r.reason).unwrap_or(ReportReason::Other);
        let i = match items.iter().position(|it| it.kind == kind && it.id == r.target_id) {
            Some(i) => i,
            None => {
                let Some(item) = reported_item(db, kind, r.target_id, r.created_at, lang).await? else { continue };
                items.push(item);
                households.push(Vec::new());
                items.len() - 1
            }
        };
        let item = &mut items[i];
        item.reports += 1;
        if !households[i].contains(&r.household) {
            households[i].push(r.household);
        }
        item.households = households[i].len() as i64;
        match item.reasons.iter_mut().find(|c| c.reason == reason) {
            Some(c) => c.count += 1,
            None => item.reasons.push(ReasonCount { reason, count: 1 }),
        }
        if !r.note.is_empty() {
            item.notes.push(r.note);
        }
    }
    Ok(items)
}

#[cfg(feature = "ssr")]
async fn reported_item(db: &crate::db::Db, kind: TargetKind, id: i64, first: i64, lang: Lang) -> Result<Option<ReportedItem>, AppError> {
    let (proposal, author, text, hidden) = match kind {
        TargetKind::Comment => {
            let Some(c) = store::comment(db, id).await? else { return Ok(None) };
            let Some(p) = store::proposal(db, c.proposal_id).await? else { return Ok(None) };
            (p, c.author_name, c.body, c.hidden_at.map(|_| c.hidden_reason))
        }
        TargetKind::Proposal => {
            let Some(p) = store::proposal(db, id).await? else { return Ok(None) };
            let (author, text, hidden) = (p.author_name.clone(), p.description.clone(), p.hidden_at.map(|_| p.hidden_reason.clone()));
            (p, author, text, hidden)
        }
    };
    Ok(Some(ReportedItem {
        kind,
        id,
        proposal: ProposalId(proposal.id),
        proposal_title: proposal.title,
        author: shown_name(author.as_deref(), lang),
        text,
        hidden,
        reports: 0,
        households: 0,
        reasons: Vec::new(),
        notes: Vec::new(),
        first_reported: local_time_label(first),
    }))
}
