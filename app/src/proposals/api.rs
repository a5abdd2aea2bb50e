//! Server functions of Meedoen. Each signs in the caller and checks, itself, that they belong
//! to the proposal's buurt and, for moderation, that they are commissielid or staff there and
//! not the author, before it reads or writes. Every decision is written to the public log.

use super::model::{LogItem, ProposalCard, ProposalDetail, QueueItem, Settings};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    super::model::{Action, EventView, Kind, ProposalId, ProposalInput, Status, Target, parse_note, parse_reason, parse_settings},
    super::rules::{self, Step},
    super::store::{self, Actor, LogEntry, ProposalRow},
    crate::accounts::model::{BuurtId, Role, UserId, shown_name},
    crate::auth::{SessionUser, require_user},
    crate::db::{Db, Tx, begin_write, now},
    crate::time::moment_label as local_time_label,
    crate::error::Problem,
    crate::i18n::{Lang, tr},
    crate::notifications::service::notify_raw as notify,
    crate::state::app_state,
};

/// One group of the list ("Nieuw en in behandeling", …): its Fluent key and proposals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalGroup {
    pub key: String,
    pub proposals: Vec<ProposalCard>,
}

/// The Meedoen page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalList {
    pub buurt_name: String,
    pub moderator: bool,
    pub groups: Vec<ProposalGroup>,
}

/// What the proposal form tells before anyone types: the limits and where the visitor stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewProposalInfo {
    pub max_resident: i64,
    pub max_household: i64,
    pub open_mine: i64,
    pub open_household: i64,
}

/// The commissie's queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queue {
    /// Submitted and in review, oldest first.
    pub new: Vec<QueueItem>,
    /// Waiting for the proposer's changes.
    pub waiting: Vec<QueueItem>,
    /// Accepted initiatives and planned proposals, to plan or mark done.
    pub running: Vec<QueueItem>,
    pub hidden: Vec<QueueItem>,
}

/// The settings page of a buurt's participation limits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsForm {
    pub buurt_id: i64,
    pub settings: Settings,
    /// "Anja Beheer, 22-11-2026 14:05" when changed before.
    pub changed: Option<String>,
}

/// Where the pages link to.
#[cfg(feature = "ssr")]
pub fn proposal_link(id: ProposalId) -> String {
    format!("/meedoen/{}", id.0)
}

/// The buurt whose proposals a user sees: the first one they belong to.
#[cfg(feature = "ssr")]
fn home_buurt(user: &SessionUser) -> Result<(BuurtId, String, Role), AppError> {
    user.buurt().map(|m| (m.buurt_id, m.buurt_name.clone(), m.role))
}

/// A proposal as the caller may see it. A proposal of another buurt does not exist for the
/// caller; a hidden one only for the commissie, staff and its author.
#[cfg(feature = "ssr")]
async fn visible(db: &Db, user: &SessionUser, id: ProposalId) -> Result<(ProposalRow, Option<Role>), AppError> {
    let row = store::proposal(db, id).await?;
    let role = user.role_in(BuurtId(row.buurt_id));
    if role.is_none() || (row.hidden_at.is_some() && !rules::is_moderator(role) && !row.is_author(user.id)) {
        return Err(AppError::NotFound);
    }
    Ok((row, role))
}

/// For moderation: a proposal of the caller's buurt that is not their own, and the caller's
/// role; anyone else is refused before anything is read further.
#[cfg(feature = "ssr")]
async fn moderated(db: &Db, user: &SessionUser, id: i64) -> Result<(ProposalRow, Role), AppError> {
    let row = store::proposal(db, ProposalId(id)).await.map_err(|_| AppError::Forbidden)?;
    let role = user.role_in(BuurtId(row.buurt_id));
    rules::may_moderate(role, row.is_author(user.id))?;
    Ok((row, role.ok_or(AppError::Forbidden)?))
}

/// "lid van de bewonerscommissie", or a staff member's name with their role: residents'
/// names never appear in the log or the history.
#[cfg(feature = "ssr")]
fn who(lang: Lang, role: &str, name: Option<&str>) -> String {
    match Role::parse(role) {
        Ok(r) if r.is_staff() => format!("{} ({})", shown_name(name, lang), tr(lang, r.key())),
        Ok(r) => tr(lang, r.key()),
        Err(_) => tr(lang, "log-who-reports"),
    }
}

#[cfg(feature = "ssr")]
fn to_card(row: &ProposalRow, me: UserId) -> Result<ProposalCard, AppError> {
    Ok(ProposalCard {
        id: ProposalId(row.id),
        kind: row.kind()?,
        title: row.title.clone(),
        summary: row.description.lines().next().unwrap_or_default().to_string(),
        status: row.status()?,
        supporters: row.supporters,
        when: local_time_label(row.created_at),
        hidden: row.hidden_at.is_some(),
        mine: row.is_author(me),
    })
}

/// Today's date in the Netherlands (the fair order changes once a day).
#[cfg(feature = "ssr")]
fn local_date() -> String {
    jiff::Timestamp::now()
        .in_tz("Europe/Amsterdam")
        .map(|z| z.date().to_string())
        .unwrap_or_default()
}

/// The proposals of the visitor's buurt in groups, new ones in a fair order (the same for
/// this visitor all day, never by comments or supporters). `kind` filters on `activiteit` or
/// `initiatief`; `show` = `afgesloten` lists declined, merged and withdrawn ones instead.
#[server(prefix = "/api", endpoint = "voorstellen")]
pub async fn get_proposals(kind: String, show: String) -> Result<ProposalList, AppError> {
    let user = require_user().await?;
    let (buurt, buurt_name, role) = home_buurt(&user)?;
    let state = app_state()?;
    let kind = (!kind.trim().is_empty()).then(|| Kind::from_code(&kind).ok_or(Problem::Unknown)).transpose()?;
    let closed = show.trim() == "afgesloten";
    let moderator = rules::is_moderator(Some(role));
    let today = local_date();
    let mut groups: Vec<(&str, Vec<ProposalCard>)> = if closed {
        vec![("proposals-group-closed", Vec::new())]
    } else {
        vec![("proposals-group-new", Vec::new()), ("proposals-group-accepted", Vec::new()), ("proposals-group-done", Vec::new())]
    };
    for row in store::proposals_of_buurt(&state.db, buurt).await? {
        if row.hidden_at.is_some() && !moderator && !row.is_author(user.id) {
            continue;
        }
        let card = to_card(&row, user.id)?;
        if kind.is_some_and(|k| k != card.kind) {
            continue;
        }
        let group = match (closed, card.status) {
            (true, Status::Declined | Status::Merged | Status::Withdrawn) => 0,
            (false, Status::Submitted | Status::InReview | Status::ChangesRequested) => 0,
            (false, Status::Accepted | Status::Planned) => 1,
            (false, Status::Done) => 2,
            _ => continue,
        };
        groups[group].1.push(card);
    }
    if let Some((_, new)) = groups.first_mut() {
        new.sort_by_key(|c| rules::fair_rank(user.id.0, &today, c.id.0));
    }
    Ok(ProposalList {
        buurt_name,
        moderator,
        groups: groups.into_iter().map(|(key, proposals)| ProposalGroup { key: key.to_string(), proposals }).collect(),
    })
}

/// One proposal with its history. Moderators also see why it is hidden and what they can do.
#[server(prefix = "/api", endpoint = "voorstel")]
pub async fn get_proposal(id: i64) -> Result<ProposalDetail, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let (row, role) = visible(&state.db, &user, ProposalId(id)).await?;
    let id = ProposalId(row.id);
    let moderator = rules::is_moderator(role);
    let is_author = row.is_author(user.id);
    let status = row.status()?;
    let events = store::events(&state.db, id)
        .await?
        .into_iter()
        .map(|e| {
            let who = if e.actor_id.is_some() && e.actor_id == row.author_id {
                tr(lang, "proposal-who-author")
            } else {
                who(lang, &e.actor_role, e.actor_name.as_deref())
            };
            Ok(EventView {
                status: Status::from_code(&e.status).ok_or_else(|| AppError::internal("stored event status is not valid"))?,
                who,
                when: local_time_label(e.created_at),
                reason: e.reason,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let merged_into = match row.merged_into {
        Some(target) => {
            let t = store::proposal(&state.db, ProposalId(target)).await?;
            Some((t.id, t.title))
        }
        None => None,
    };
    let can_moderate = moderator && !is_author;
    let merge_targets = if can_moderate && status.is_open() {
        store::proposals_of_buurt(&state.db, BuurtId(row.buurt_id))
            .await?
            .into_iter()
            .filter(|p| p.id != row.id && p.hidden_at.is_none() && p.status().is_ok_and(rules::may_receive_merge))
            .map(|p| (p.id, p.title))
            .collect()
    } else {
        Vec::new()
    };
    let supported = store::is_supporter(&state.db, id, user.id).await?;
    Ok(ProposalDetail {
        card: to_card(&row, user.id)?,
        description: row.description.clone(),
        audience: row.audience.clone(),
        date_wish: row.date_wish.clone(),
        help_needed: row.help_needed.clone(),
        author: shown_name(row.author_name.as_deref(), lang),
        status_reason: row.status_reason.clone(),
        merged_into,
        activity_id: row.activity_id,
        hidden_reason: row.hidden_at.map(|_| row.hidden_reason.clone()),
        events,
        supported,
        can_support: !is_author && rules::may_receive_merge(status),
        moderator,
        can_moderate,
        has_photo: row.has_photo > 0,
        merge_targets,
        buurt_id: row.buurt_id,
    })
}

/// The limits and where the visitor stands, for the proposal form.
#[server(prefix = "/api", endpoint = "voorstel-nieuw-info")]
pub async fn get_new_proposal_info() -> Result<NewProposalInfo, AppError> {
    let user = require_user().await?;
    let (buurt, _, _) = home_buurt(&user)?;
    let state = app_state()?;
    let settings = store::settings(&state.db, buurt).await?;
    let household = store::household_of(&state.db, user.id).await?;
    let mut tx = state.db.begin().await?;
    let (open_mine, open_household) = store::open_counts(&mut tx, buurt, user.id, household).await?;
    tx.commit().await?;
    Ok(NewProposalInfo {
        max_resident: settings.max_open_per_resident,
        max_household: settings.max_open_per_household,
        open_mine,
        open_household,
    })
}

/// A resident proposes an activity or initiative. The limits on open proposals per resident
/// and per household are checked inside the write transaction, so many submissions at once
/// never get past them.
#[server(prefix = "/api", endpoint = "voorstel-nieuw")]
pub async fn submit_proposal(
    kind: String,
    title: String,
    description: String,
    audience: String,
    date_wish: String,
    help_needed: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let (buurt, _, role) = home_buurt(&user)?;
    let state = app_state()?;
    let input = ProposalInput::parse(&kind, &title, &description, &audience, &date_wish, &help_needed)?;
    let mut tx = begin_write(&state.db).await?;
    let settings = store::settings(&mut *tx, buurt).await?;
    let household = store::household_of(&mut *tx, user.id).await?;
    let (mine, of_household) = store::open_counts(&mut tx, buurt, user.id, household).await?;
    rules::may_propose(&settings, mine, of_household)?;
    let id = store::insert_proposal(&mut tx, buurt, user.id, household, &input).await?;
    store::insert_event(&mut tx, id, Status::Submitted, "", Actor { user: user.id, role: role.code() }).await?;
    tx.commit().await?;
    leptos_axum::redirect(&proposal_link(id));
    Ok(())
}

/// The author answers a request for changes: new text and a short answer; it goes back to
/// the commissie.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "voorstel-aanpassen")]
pub async fn resubmit_proposal(
    proposal: i64,
    title: String,
    description: String,
    audience: String,
    date_wish: String,
    help_needed: String,
    answer: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = visible(&state.db, &user, ProposalId(proposal)).await.map_err(|_| AppError::Forbidden)?;
    if !row.is_author(user.id) {
        return Err(AppError::Forbidden);
    }
    let input = ProposalInput::parse(&row.kind, &title, &description, &audience, &date_wish, &help_needed)?;
    let answer = parse_note(&answer)?;
    let id = ProposalId(row.id);
    let mut tx = begin_write(&state.db).await?;
    let row = store::proposal(&mut *tx, id).await?;
    let to = rules::after(row.kind()?, row.status()?, Step::Resubmit)?;
    store::update_content(&mut tx, id, &input).await?;
    let role = role.map_or("bewoner", Role::code);
    store::set_status(&mut tx, id, to, &answer, Actor { user: user.id, role }).await?;
    tx.commit().await?;
    Ok(())
}

/// The author withdraws an open proposal.
#[server(prefix = "/api", endpoint = "voorstel-intrekken")]
pub async fn withdraw_proposal(proposal: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = visible(&state.db, &user, ProposalId(proposal)).await.map_err(|_| AppError::Forbidden)?;
    if !row.is_author(user.id) {
        return Err(AppError::Forbidden);
    }
    let id = ProposalId(row.id);
    let mut tx = begin_write(&state.db).await?;
    let row = store::proposal(&mut *tx, id).await?;
    let to = rules::after(row.kind()?, row.status()?, Step::Withdraw)?;
    store::set_status(&mut tx, id, to, "", Actor { user: user.id, role: role.map_or("bewoner", Role::code) }).await?;
    tx.commit().await?;
    Ok(())
}

/// "Ik steun dit" (`support` = `ja`), or taking it back (`nee`). Once per person.
#[server(prefix = "/api", endpoint = "voorstel-steunen")]
pub async fn support_proposal(proposal: i64, support: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, _) = visible(&state.db, &user, ProposalId(proposal)).await?;
    let support = match support.trim() {
        "ja" => true,
        "nee" => false,
        _ => return Err(Problem::Unknown.into()),
    };
    if row.is_author(user.id) {
        return Err(AppError::Forbidden);
    }
    let id = ProposalId(row.id);
    let mut tx = begin_write(&state.db).await?;
    if support {
        let status = store::proposal(&mut *tx, id).await?.status()?;
        if !rules::may_receive_merge(status) {
            return Err(Problem::ProposalWrongStatus.into());
        }
        store::add_supporter(&mut tx, id, user.id).await?;
    } else {
        store::remove_supporter(&mut tx, id, user.id).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Writes a moderation step: status and history, the public log and the proposer's Meldingen.
#[cfg(feature = "ssr")]
#[allow(clippy::too_many_arguments)]
async fn record(
    tx: &mut Tx,
    row: &ProposalRow,
    user: &SessionUser,
    role: Role,
    to: Status,
    reason: &str,
    action: Option<Action>,
    note: &str,
) -> Result<(), AppError> {
    let id = ProposalId(row.id);
    store::set_status(tx, id, to, reason, Actor { user: user.id, role: role.code() }).await?;
    if let Some(action) = action {
        log_decision(tx, row, user, role, action, reason).await?;
    }
    tell_author(tx, row, note, reason).await
}

/// Puts a commissie or staff decision on this proposal in the buurt's public log.
#[cfg(feature = "ssr")]
async fn log_decision(tx: &mut Tx, row: &ProposalRow, user: &SessionUser, role: Role, action: Action, reason: &str) -> Result<(), AppError> {
    let entry = LogEntry {
        buurt: BuurtId(row.buurt_id),
        actor: Some(user.id),
        actor_role: role.code(),
        action,
        target: Target::Proposal,
        target_id: row.id,
        target_title: &row.title,
        reason,
    };
    store::log_moderation(tx, &entry).await
}

/// Tells the proposer (if the account still exists) in Meldingen, with the reason.
#[cfg(feature = "ssr")]
async fn tell_author(tx: &mut Tx, row: &ProposalRow, note: &str, reason: &str) -> Result<(), AppError> {
    if let Some(author) = row.author_id {
        notify(tx, UserId(author), note, &[("title", row.title.as_str()), ("reason", reason)], &proposal_link(ProposalId(row.id))).await?;
    }
    Ok(())
}

/// The commissie (or staff) takes a step: `behandelen`, `aanpassen` and `afwijzen` (both
/// with a reason), `accepteren` (initiatives; activities go through [`accept_activity`]),
/// `plannen` and `uitgevoerd` (with an optional note).
#[server(prefix = "/api", endpoint = "voorstel-besluit")]
pub async fn moderate_proposal(proposal: i64, step: String, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = moderated(&state.db, &user, proposal).await?;
    let step = Step::parse(&step)?;
    let reason = if step.needs_reason() { parse_reason(&reason)? } else { parse_note(&reason)? };
    let mut tx = begin_write(&state.db).await?;
    let row = store::proposal(&mut *tx, ProposalId(row.id)).await?;
    let kind = row.kind()?;
    if step == Step::Accept && kind == Kind::Activity {
        return Err(Problem::ProposalWrongStatus.into());
    }
    let to = rules::after(kind, row.status()?, step)?;
    let (action, note) = match step {
        Step::Review => (None, "note-proposal-review"),
        Step::AskChanges => (Some(Action::AskChanges), "note-proposal-changes"),
        Step::Decline => (Some(Action::Decline), "note-proposal-declined"),
        Step::Accept => (Some(Action::Accept), "note-proposal-accepted"),
        Step::Plan => (Some(Action::Plan), "note-proposal-planned"),
        Step::Done => (Some(Action::Done), "note-proposal-done"),
        _ => return Err(Problem::Unknown.into()),
    };
    record(&mut tx, &row, &user, role, to, &reason, action, note).await?;
    tx.commit().await?;
    Ok(())
}

/// The commissie accepts an activity proposal and puts it in the agenda in one step, with the
/// proposer as organiser: the proposal is then `gepland` and points at the activity.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "voorstel-activiteit")]
pub async fn accept_activity(
    proposal: i64,
    title: String,
    description: String,
    date: String,
    start_time: String,
    end_time: String,
    place: String,
    audience: String,
    category: String,
    capacity: String,
    reason: String,
) -> Result<(), AppError> {
    use crate::agenda::model::{Details, DetailsInput};
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = moderated(&state.db, &user, proposal).await?;
    let details = Details::parse(DetailsInput {
        title: &title,
        description: &description,
        place: &place,
        audience: &audience,
        category: &category,
        capacity: &capacity,
        costs: "",
        closes: "",
    })?;
    let reason = parse_note(&reason)?;
    let (start, end) = crate::agenda::time::parse_local(&date, &start_time, &end_time)?;
    let slot = crate::agenda::rules::TimeSlot::new(start, end, now())?;
    let mut tx = begin_write(&state.db).await?;
    let row = store::proposal(&mut *tx, ProposalId(row.id)).await?;
    if row.kind()? != Kind::Activity {
        return Err(Problem::ProposalWrongStatus.into());
    }
    let to = rules::after(Kind::Activity, row.status()?, Step::Accept)?;
    let activity = crate::agenda::service::insert_activity(
        &mut tx,
        crate::agenda::service::NewActivity {
            buurt: BuurtId(row.buurt_id),
            title: &details.title,
            description: &details.description,
            starts_at: slot.start,
            ends_at: slot.end,
            place: &details.place,
            audience: details.audience,
            category: details.category,
            capacity: details.capacity,
            costs: "",
            signup_closes_min: None,
            organiser: row.author_id.map_or(user.id, UserId),
            series: None,
        },
    )
    .await?;
    let id = ProposalId(row.id);
    store::insert_event(&mut tx, id, Status::Accepted, &reason, Actor { user: user.id, role: role.code() }).await?;
    log_decision(&mut tx, &row, &user, role, Action::Accept, &reason).await?;
    store::set_activity(&mut tx, id, activity.0).await?;
    let when = format!("{} {}", crate::agenda::time::day_label(slot.start, Lang::Nl), crate::agenda::time::time_range(slot.start, slot.end));
    record(&mut tx, &row, &user, role, to, &when, Some(Action::Plan), "note-proposal-planned").await?;
    tx.commit().await?;
    Ok(())
}

/// The commissie merges a duplicate into another proposal, with a reason: its supporters
/// (once each) and comments move along, and its proposer is told.
#[server(prefix = "/api", endpoint = "voorstel-samenvoegen")]
pub async fn merge_proposal(proposal: i64, into: i64, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = moderated(&state.db, &user, proposal).await?;
    let reason = parse_reason(&reason)?;
    let mut tx = begin_write(&state.db).await?;
    let row = store::proposal(&mut *tx, ProposalId(row.id)).await?;
    let target = store::proposal(&mut *tx, ProposalId(into)).await.map_err(|_| Problem::MergeTargetInvalid)?;
    if target.id == row.id || target.buurt_id != row.buurt_id || !rules::may_receive_merge(target.status()?) {
        return Err(Problem::MergeTargetInvalid.into());
    }
    let to = rules::after(row.kind()?, row.status()?, Step::Merge)?;
    let (id, into) = (ProposalId(row.id), ProposalId(target.id));
    store::set_merged_into(&mut tx, id, into).await?;
    store::move_supporters_and_comments(&mut tx, id, into, target.author_id).await?;
    if let Some(author) = row.author_id.filter(|a| Some(*a) != target.author_id) {
        store::add_supporter(&mut tx, into, UserId(author)).await?;
    }
    record(&mut tx, &row, &user, role, to, &reason, Some(Action::Merge), "note-proposal-merged").await?;
    tx.commit().await?;
    Ok(())
}

/// The commissie hides a proposal with a reason (`hide` = `ja`), or shows it again (`nee`).
/// Residents no longer see a hidden proposal; its author is told why.
#[server(prefix = "/api", endpoint = "voorstel-verbergen")]
pub async fn hide_proposal(proposal: i64, hide: String, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (row, role) = moderated(&state.db, &user, proposal).await?;
    let hide = match hide.trim() {
        "ja" => true,
        "nee" => false,
        _ => return Err(Problem::Unknown.into()),
    };
    let reason = if hide { parse_reason(&reason)? } else { parse_note(&reason)? };
    let mut tx = begin_write(&state.db).await?;
    let row = store::proposal(&mut *tx, ProposalId(row.id)).await?;
    if row.hidden_at.is_some() == hide {
        return Ok(());
    }
    let id = ProposalId(row.id);
    store::set_hidden(&mut tx, id, hide.then_some((user.id, reason.as_str()))).await?;
    let (action, note) = if hide { (Action::Hide, "note-proposal-hidden") } else { (Action::Unhide, "note-proposal-unhidden") };
    log_decision(&mut tx, &row, &user, role, action, &reason).await?;
    tell_author(&mut tx, &row, note, &reason).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(feature = "ssr")]
async fn queue_item(db: &Db, row: &ProposalRow, me: UserId, lang: Lang, since: i64) -> Result<QueueItem, AppError> {
    let (recent_proposals, recent_comments) = match row.author_id {
        Some(a) => store::recent_activity(db, UserId(a), since).await?,
        None => (0, 0),
    };
    Ok(QueueItem {
        card: to_card(row, me)?,
        author: shown_name(row.author_name.as_deref(), lang),
        recent_proposals,
        recent_comments,
        hidden_reason: row.hidden_reason.clone(),
    })
}

/// The commissie's queue: new proposals oldest first, with the proposer's activity of the
/// last 30 days; those waiting for changes; accepted and planned ones; hidden ones.
#[server(prefix = "/api", endpoint = "moderatie")]
pub async fn get_moderation_queue() -> Result<Queue, AppError> {
    let user = require_user().await?;
    let (buurt, _, role) = home_buurt(&user)?;
    if !rules::is_moderator(Some(role)) {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let since = now() - 30 * 24 * 3600;
    let mut queue = Queue { new: Vec::new(), waiting: Vec::new(), running: Vec::new(), hidden: Vec::new() };
    for row in store::proposals_of_buurt(&state.db, buurt).await? {
        let list = if row.hidden_at.is_some() {
            &mut queue.hidden
        } else {
            match row.status()? {
                Status::Submitted | Status::InReview => &mut queue.new,
                Status::ChangesRequested => &mut queue.waiting,
                Status::Accepted | Status::Planned => &mut queue.running,
                _ => continue,
            }
        };
        list.push(queue_item(&state.db, &row, user.id, lang, since).await?);
    }
    Ok(queue)
}

/// The public moderation log of the visitor's buurt, newest first.
#[server(prefix = "/api", endpoint = "logboek")]
pub async fn get_moderation_log() -> Result<Vec<LogItem>, AppError> {
    let user = require_user().await?;
    let (buurt, _, role) = home_buurt(&user)?;
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let moderator = rules::is_moderator(Some(role));
    store::log(&state.db, buurt, 200).await?.into_iter().map(|l| log_item(lang, moderator, l)).collect()
}

/// One entry of the public log as the visitor may see it: hidden text stays out (see
/// [`rules::log_shows`]), with a general reason in its place.
#[cfg(feature = "ssr")]
fn log_item(lang: Lang, moderator: bool, l: store::LogRow) -> Result<LogItem, AppError> {
    let action = Action::from_code(&l.action).ok_or_else(|| AppError::internal("stored log action is not valid"))?;
    let comment = l.target_kind == "reactie";
    let shows = rules::log_shows(action, l.proposal_id.is_some(), l.proposal_hidden.is_some(), l.comment_hidden.is_some());
    let general = match (action, l.actor_role.as_str()) {
        (Action::Hide, "meldingen") => "log-reason-hidden-by-reports",
        (Action::Hide, _) => "log-reason-hidden",
        _ => "log-reason-withheld",
    };
    Ok(LogItem {
        when: local_time_label(l.created_at),
        who: who(lang, &l.actor_role, l.actor_name.as_deref()),
        action,
        comment,
        title: if shows.title { l.target_title } else { tr(lang, "log-title-hidden") },
        proposal_id: l.proposal_id.filter(|_| moderator || l.proposal_hidden.is_none()),
        reason: if shows.reason { l.reason } else { tr(lang, general) },
        withheld: !(shows.title && shows.reason),
    })
}

/// The visitor's own proposals, newest first.
#[server(prefix = "/api", endpoint = "mijn-voorstellen")]
pub async fn get_my_proposals() -> Result<Vec<ProposalCard>, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    store::proposals_of_author(&state.db, user.id).await?.iter().map(|row| to_card(row, user.id)).collect()
}

/// The participation limits of the visitor's buurt: commissie and staff only.
#[server(prefix = "/api", endpoint = "meedoen-instellingen")]
pub async fn get_participation_settings() -> Result<SettingsForm, AppError> {
    let user = require_user().await?;
    let (buurt, _, role) = home_buurt(&user)?;
    if !rules::is_moderator(Some(role)) {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let settings = store::settings(&state.db, buurt).await?;
    let changed = store::settings_changed(&state.db, buurt)
        .await?
        .map(|(name, at)| format!("{}, {}", shown_name(name.as_deref(), lang), local_time_label(at)));
    Ok(SettingsForm { buurt_id: buurt.0, settings, changed })
}

/// The commissie or staff change the limits of their buurt (every field checked).
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "meedoen-instellingen-opslaan")]
pub async fn save_participation_settings(
    buurt: i64,
    max_open_per_resident: String,
    max_open_per_household: String,
    comment_interval_seconds: String,
    comments_per_day: String,
    consecutive_replies: String,
    report_threshold: String,
    nudge_share_percent: String,
    nudge_min_comments: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    if !rules::is_moderator(user.role_in(buurt)) {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    let settings = parse_settings([
        &max_open_per_resident,
        &max_open_per_household,
        &comment_interval_seconds,
        &comments_per_day,
        &consecutive_replies,
        &report_threshold,
        &nudge_share_percent,
        &nudge_min_comments,
    ])?;
    let mut tx = begin_write(&state.db).await?;
    store::save_settings(&mut tx, buurt, &settings, user.id).await?;
    tx.commit().await?;
    Ok(())
}
