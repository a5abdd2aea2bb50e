//! Server functions of the agenda. Each signs in the caller and checks their role in the
//! activity's buurt before reading or writing.

use super::model::{ActivityView, ArchivedActivity, Participant};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    super::model::{ActivityId, Audience, Category, Details, DetailsInput, EditScope, Repeat, SignupStatus},
    crate::text::parse_text,
    super::{rules, store, time},
    crate::accounts::model::{BuurtId, Role, shown_name},
    crate::auth::{SessionUser, require_role, require_staff, require_user},
    crate::db::{begin_write, now},
    crate::error::Problem,
    crate::i18n::Lang,
    crate::state::app_state,
};

/// The agenda page: the buurt, whether the visitor may publish, and one page of what is
/// coming.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    pub buurt_id: i64,
    pub buurt_name: String,
    pub can_publish: bool,
    pub activities: Vec<ActivityView>,
    /// This page (0 is the first) and whether a next one exists.
    pub page: u32,
    pub more: bool,
}

/// Activities on one page of the agenda: enough for a week or two, light on a cheap phone.
pub const PAGE_SIZE: u32 = 40;

/// The buurt whose agenda a user sees: the first one they belong to.
#[cfg(feature = "ssr")]
fn home_buurt(user: &SessionUser) -> Result<(BuurtId, String), AppError> {
    user.buurt().map(|m| (m.buurt_id, m.buurt_name.clone()))
}

#[cfg(feature = "ssr")]
fn to_view(row: store::ActivityRow, lang: Lang, now: i64, my_status: Option<SignupStatus>) -> Result<ActivityView, AppError> {
    let bad = |what: &str| AppError::internal(format!("stored {what} is not valid"));
    let (date, start_time) = time::local_parts(row.starts_at);
    let (_, end_time) = time::local_parts(row.ends_at);
    Ok(ActivityView {
        date,
        start_time,
        end_time,
        closes_min: row.signup_closes_min,
        in_series: row.series_id.is_some(),
        past: row.ends_at <= now,
        overlaps: Vec::new(),
        room: row.room_id,
        id: ActivityId(row.id),
        day: time::day_label(row.starts_at, lang),
        time: time::time_range(row.starts_at, row.ends_at),
        when_group: time::group(row.starts_at, now),
        signup_open: rules::signup_open(now, row.starts_at, row.signup_closes_min, row.cancelled_at.is_some()),
        audience: Audience::parse(&row.audience).map_err(|_| bad("audience"))?,
        category: Category::parse(&row.category).map_err(|_| bad("category"))?,
        organiser: shown_name(row.organiser.as_deref(), lang),
        cancelled: row.cancelled_at.map(|_| row.cancel_reason),
        title: row.title,
        description: row.description,
        place: row.place,
        capacity: row.capacity,
        signed_up: row.signed_up,
        waiting: row.waiting,
        costs: row.costs,
        my_status,
        can_manage: false,
    })
}

/// What is coming in the signed-in user's buurt, optionally filtered, one page at a time.
#[server(prefix = "/api", endpoint = "agenda")]
pub async fn get_agenda(category: String, audience: String, page: Option<u32>) -> Result<Agenda, AppError> {
    let user = require_user().await?;
    let (buurt, buurt_name) = home_buurt(&user)?;
    let state = app_state()?;
    let category = (!category.is_empty()).then(|| Category::parse(&category)).transpose()?;
    let audience = (!audience.is_empty()).then(|| Audience::parse(&audience)).transpose()?;
    let page = page.unwrap_or(0).min(1_000);
    let lang = crate::i18n::request_lang();
    let now = now();
    let mine = store::statuses_of_user(&state.db, user.id).await?;
    let mut rows = store::upcoming(
        &state.db,
        buurt,
        now,
        category.map(Category::code),
        audience.map(Audience::code),
        i64::from(PAGE_SIZE) + 1,
        i64::from(page * PAGE_SIZE),
    )
    .await?;
    let more = rows.len() > PAGE_SIZE as usize;
    rows.truncate(PAGE_SIZE as usize);
    let activities = rows
        .into_iter()
        .map(|a| {
            let status = mine.get(&a.id).copied();
            to_view(a, lang, now, status)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Agenda {
        buurt_id: buurt.0,
        buurt_name,
        can_publish: require_staff(&user, buurt).is_ok(),
        activities,
        page,
        more,
    })
}

/// One activity, with where the signed-in user stands.
#[server(prefix = "/api", endpoint = "activiteit")]
pub async fn get_activity(id: i64) -> Result<ActivityView, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let id = ActivityId(id);
    let row = store::activity(&state.db, id).await.map_err(|_| AppError::NotFound)?;
    if user.role_in(BuurtId(row.buurt_id)).is_none() {
        return Err(AppError::NotFound);
    }
    let status = store::status_of(&state.db, id, user.id).await?;
    let can_manage = require_staff(&user, BuurtId(row.buurt_id)).is_ok();
    let now = now();
    let overlaps = if row.cancelled_at.is_none() && row.ends_at > now {
        store::overlapping_for_user(&state.db, user.id, id, row.starts_at, row.ends_at).await?
    } else {
        Vec::new()
    };
    Ok(ActivityView { can_manage, overlaps, ..to_view(row, crate::i18n::request_lang(), now, status)? })
}

/// Who signed up, in arrival order, with household labels: staff of the buurt only.
#[server(prefix = "/api", endpoint = "activiteit-deelnemers")]
pub async fn get_participants(activity: i64) -> Result<Vec<Participant>, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let activity = ActivityId(activity);
    let row = store::activity(&state.db, activity).await.map_err(|_| AppError::Forbidden)?;
    require_staff(&user, BuurtId(row.buurt_id))?;
    let lang = crate::i18n::request_lang();
    Ok(store::participants(&state.db, activity)
        .await?
        .into_iter()
        .map(|(name, waiting, household)| Participant { name: shown_name(name.as_deref(), lang), waiting, household })
        .collect())
}

/// Staff cancel an activity with a reason; everyone signed up or waiting is told.
#[server(prefix = "/api", endpoint = "activiteit-afgelasten")]
pub async fn cancel_activity(activity: i64, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let activity = ActivityId(activity);
    let row = store::activity(&state.db, activity).await.map_err(|_| AppError::Forbidden)?;
    require_staff(&user, BuurtId(row.buurt_id))?;
    let reason = parse_text(&reason, 3, 200, false)?;
    if row.cancelled_at.is_some() {
        return Ok(());
    }
    let mut tx = begin_write(&state.db).await?;
    store::cancel(&mut tx, activity, &reason).await?;
    crate::rooms::service::release_activity(&mut tx, activity.0).await?;
    for person in store::people_of(&mut tx, activity).await? {
        crate::notifications::service::notify_raw(
            &mut tx,
            person,
            "note-cancelled",
            &[("title", row.title.as_str()), ("reason", reason.as_str())],
            &format!("/agenda/{}", activity.0),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// What the signed-in user signed up for (or waits for).
#[server(prefix = "/api", endpoint = "mijn-agenda")]
pub async fn get_my_agenda() -> Result<Vec<ActivityView>, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let now = now();
    let mut out = Vec::new();
    for row in store::upcoming_for_user(&state.db, user.id, now).await? {
        let status = store::status_of(&state.db, ActivityId(row.id), user.id).await?;
        out.push(to_view(row, lang, now, status)?);
    }
    Ok(out)
}

/// Staff publish an activity for their buurt: once, or every week or every two weeks until
/// a date (each time its own activity, so sign-ups and cancellations are per time).
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "activiteit-nieuw")]
pub async fn publish_activity(
    buurt: i64,
    title: String,
    description: String,
    date: String,
    start_time: String,
    end_time: String,
    place: String,
    audience: String,
    category: String,
    capacity: String,
    costs: String,
    closes: String,
    repeat: String,
    until: String,
    room: Option<String>,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    require_staff(&user, buurt)?;
    let state = app_state()?;
    let room = crate::rooms::service::parse_room_field(room.as_deref())?.flatten();
    let room_name = match room {
        Some(id) => {
            let row = crate::rooms::service::room(&state.db, id).await?.filter(|r| r.buurt_id == buurt.0).ok_or(AppError::Forbidden)?;
            Some(row.name)
        }
        None => None,
    };
    let place = if place.trim().is_empty() { room_name.unwrap_or_default() } else { place };
    let details = Details::parse(DetailsInput {
        title: &title,
        description: &description,
        place: &place,
        audience: &audience,
        category: &category,
        capacity: &capacity,
        costs: &costs,
        closes: &closes,
    })?;
    let repeat = Repeat::parse(&repeat)?;
    let now = now();
    let slots = time::occurrences(&date, &start_time, &end_time, repeat.weeks(), &until)?
        .into_iter()
        .map(|(start, end)| rules::TimeSlot::new(start, end, now))
        .collect::<Result<Vec<_>, _>>()?;
    let mut tx = begin_write(&state.db).await?;
    let series = match repeat {
        Repeat::Once => None,
        _ => Some(store::insert_series(&mut tx, buurt, repeat.weeks(), until.trim()).await?),
    };
    let mut first = None;
    for slot in slots {
        let id = store::insert_activity(
            &mut tx,
            store::NewActivity {
                buurt,
                title: &details.title,
                description: &details.description,
                starts_at: slot.start,
                ends_at: slot.end,
                place: &details.place,
                audience: details.audience,
                category: details.category,
                capacity: details.capacity,
                costs: &details.costs,
                signup_closes_min: details.closes,
                organiser: user.id,
                series,
            },
        )
        .await?;
        if let Some(room) = room {
            crate::rooms::service::hold_for_activity(&mut tx, buurt, room, id.0, &details.title, (slot.start, slot.end), user.id).await?;
        }
        first.get_or_insert(id);
    }
    tx.commit().await?;
    if let Some(id) = first {
        leptos_axum::redirect(&format!("/agenda/{}", id.0));
    }
    Ok(())
}

/// Staff change an activity: only this time, or this and every later time of its series
/// (each later time keeps its own date and takes the new clock times and details).
/// Capacity cannot drop below the people who already have a place; a place that frees goes
/// to the waiting list; participants are told when the time or place changes.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "activiteit-wijzigen")]
pub async fn edit_activity(
    activity: i64,
    scope: String,
    title: String,
    description: String,
    date: String,
    start_time: String,
    end_time: String,
    place: String,
    audience: String,
    category: String,
    capacity: String,
    costs: String,
    closes: String,
    room: Option<String>,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let id = ActivityId(activity);
    let row = store::activity(&state.db, id).await.map_err(|_| AppError::Forbidden)?;
    require_staff(&user, BuurtId(row.buurt_id))?;
    let now = now();
    if row.cancelled_at.is_some() {
        return Err(Problem::ActivityCancelled.into());
    }
    if row.ends_at <= now {
        return Err(Problem::ActivityOver.into());
    }
    let scope = EditScope::parse(&scope)?;
    let details = Details::parse(DetailsInput {
        title: &title,
        description: &description,
        place: &place,
        audience: &audience,
        category: &category,
        capacity: &capacity,
        costs: &costs,
        closes: &closes,
    })?;
    let (start, end) = time::parse_local(&date, &start_time, &end_time)?;
    let new_room = crate::rooms::service::parse_room_field(room.as_deref())?;
    let mut tx = begin_write(&state.db).await?;
    let targets = match (scope, row.series_id) {
        (EditScope::ThisAndLater, Some(series)) => store::series_from(&mut tx, series, row.starts_at).await?,
        _ => vec![store::edit_target(&mut tx, id).await?],
    };
    for target in targets {
        let (s, e) = if target.id == id.0 {
            (start, end)
        } else {
            let (day, _) = time::local_parts(target.starts_at);
            time::parse_local(&day, &start_time, &end_time)?
        };
        let moved = (s, e) != (target.starts_at, target.ends_at);
        let slot = if moved { rules::TimeSlot::new(s, e, now)? } else { rules::TimeSlot { start: s, end: e } };
        if details.capacity.is_some_and(|c| target.signed_up > c) {
            return Err(Problem::CapacityBelowSignedUp.into());
        }
        let target_id = ActivityId(target.id);
        let old_room = crate::rooms::service::activity_room(&mut *tx, target.id).await?;
        let room = new_room.unwrap_or(old_room);
        if moved || room != old_room {
            crate::rooms::service::release_for_activity(&mut tx, target.id).await?;
            if let Some(room) = room {
                let buurt = BuurtId(row.buurt_id);
                crate::rooms::service::hold_for_activity(&mut tx, buurt, room, target.id, &details.title, (slot.start, slot.end), user.id)
                    .await?;
            }
        }
        store::update_activity(
            &mut tx,
            target_id,
            &store::ActivityChange {
                title: &details.title,
                description: &details.description,
                starts_at: slot.start,
                ends_at: slot.end,
                place: &details.place,
                audience: details.audience,
                category: details.category,
                capacity: details.capacity,
                costs: &details.costs,
                signup_closes_min: details.closes,
            },
        )
        .await?;
        let link = format!("/agenda/{}", target.id);
        let mut promoted = Vec::new();
        let mut signed_up = target.signed_up;
        while rules::gets_place(details.capacity, signed_up) {
            let Some(person) = store::promote_first_waiting(&mut tx, target_id).await? else { break };
            signed_up += 1;
            promoted.push(person);
            crate::notifications::service::notify_raw(&mut tx, person, "note-promoted", &[("title", details.title.as_str())], &link)
                .await?;
        }
        if moved || details.place != row.place {
            for person in store::people_of(&mut tx, target_id).await?.into_iter().filter(|p| !promoted.contains(p)) {
                crate::notifications::service::notify_raw(&mut tx, person, "note-changed", &[("title", details.title.as_str())], &link)
                    .await?;
            }
        }
    }
    tx.commit().await?;
    leptos_axum::redirect(&format!("/agenda/{}", id.0));
    Ok(())
}

/// Past activities of the user's buurt with the number of participants, newest first.
#[server(prefix = "/api", endpoint = "agenda-archief")]
pub async fn get_archive() -> Result<Vec<ArchivedActivity>, AppError> {
    let user = require_user().await?;
    let (buurt, _) = home_buurt(&user)?;
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let rows = store::ended(&state.db, buurt, now(), 500).await?;
    rows.into_iter()
        .map(|row| {
            Ok(ArchivedActivity {
                id: ActivityId(row.id),
                day: time::day_label(row.starts_at, lang),
                time: time::time_range(row.starts_at, row.ends_at),
                category: Category::parse(&row.category).map_err(|_| AppError::internal("stored category is not valid"))?,
                participants: row.signed_up,
                cancelled: row.cancelled_at.is_some(),
                title: row.title,
            })
        })
        .collect()
}

/// The notice-board poster: this week's activities of the user's buurt and a QR code to
/// the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Poster {
    pub buurt_name: String,
    pub agenda_url: String,
    pub qr_svg: String,
    pub activities: Vec<ActivityView>,
}

#[server(prefix = "/api", endpoint = "agenda-poster")]
pub async fn get_poster() -> Result<Poster, AppError> {
    let user = require_user().await?;
    let (buurt, buurt_name) = home_buurt(&user)?;
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let now = now();
    let (from, to) = time::this_week(now);
    let activities = store::starting_between(&state.db, buurt, from, to)
        .await?
        .into_iter()
        .filter(|a| a.cancelled_at.is_none())
        .map(|a| to_view(a, lang, now, None))
        .collect::<Result<Vec<_>, _>>()?;
    let agenda_url = format!("{}/agenda", crate::state::public_base(&state));
    let qr_svg = crate::neighbourhood::qr::svg(&agenda_url).map_err(AppError::internal)?;
    Ok(Poster { buurt_name, agenda_url, qr_svg, activities })
}

/// The calendar-feed addresses of the signed-in user: the buurt's public feed, and whether a
/// personal (secret) feed exists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedLinks {
    pub buurt_feed: String,
    /// The secret address of the personal feed, when the user made one.
    pub personal: Option<String>,
}

#[server(prefix = "/api", endpoint = "agenda-koppeling")]
pub async fn get_feed_links() -> Result<FeedLinks, AppError> {
    let user = require_user().await?;
    let (buurt, _) = home_buurt(&user)?;
    let state = app_state()?;
    let base = crate::state::public_base(&state);
    let token = store::feed_token(&state.db, user.id).await?;
    Ok(FeedLinks {
        buurt_feed: format!("{base}/kalender/buurt/{}.ics", buurt.0),
        personal: token.map(|t| format!("{base}/kalender/mijn/{t}.ics")),
    })
}

/// Makes a new secret address for the personal feed; an earlier address stops working.
#[server(prefix = "/api", endpoint = "agenda-koppeling-nieuw")]
pub async fn new_personal_feed() -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    store::set_feed(&state.db, user.id, &super::feed::new_secret()).await
}

/// Stops the personal feed: its address no longer works.
#[server(prefix = "/api", endpoint = "agenda-koppeling-stoppen")]
pub async fn stop_personal_feed() -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    store::delete_feed(&state.db, user.id).await
}

/// The common start of signing up and withdrawing: the signed-in user, a write transaction
/// that serialises with every other sign-up, and the facts, after checking that the user
/// belongs to the activity's buurt and that sign-up is still open.
#[cfg(feature = "ssr")]
async fn open_signup_change(activity: ActivityId) -> Result<(SessionUser, crate::db::Tx, store::SignupFacts), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let mut tx = begin_write(&state.db).await?;
    let facts = store::signup_facts(&mut tx, activity, user.id).await?;
    require_role(&user, facts.buurt, &Role::ALL).map_err(|_| AppError::NotFound)?;
    if !rules::signup_open(now(), facts.starts_at, facts.signup_closes_min, facts.cancelled) {
        return Err(Problem::SignupClosed.into());
    }
    Ok((user, tx, facts))
}

/// Signs the user up: a place when one is free, else the waiting list. Serialised by the
/// write transaction, so the capacity holds however many people press at once.
#[server(prefix = "/api", endpoint = "aanmelden-activiteit")]
pub async fn sign_up_for(activity: i64) -> Result<(), AppError> {
    let activity = ActivityId(activity);
    let (user, mut tx, facts) = open_signup_change(activity).await?;
    if facts.already {
        return Ok(());
    }
    store::insert_signup(&mut tx, activity, user.id, rules::gets_place(facts.capacity, facts.signed_up)).await?;
    tx.commit().await?;
    Ok(())
}

/// Withdraws the user; a freed place goes to the first on the waiting list, who is told.
#[server(prefix = "/api", endpoint = "afmelden-activiteit")]
pub async fn withdraw_from(activity: i64) -> Result<(), AppError> {
    let activity = ActivityId(activity);
    let (user, mut tx, _) = open_signup_change(activity).await?;
    withdraw_in(&mut tx, activity, user.id).await?;
    tx.commit().await?;
    Ok(())
}

/// Removes a sign-up inside a write transaction and gives a freed place to the first on the
/// waiting list, who is told.
#[cfg(feature = "ssr")]
async fn withdraw_in(tx: &mut crate::db::Tx, activity: ActivityId, user: crate::accounts::model::UserId) -> Result<(), AppError> {
    if store::delete_signup(tx, activity, user).await? == Some(true)
        && let Some(moved_up) = store::promote_first_waiting(tx, activity).await?
    {
        let title = store::activity_title(tx, activity).await?;
        crate::notifications::service::notify_raw(
            tx,
            moved_up,
            "note-promoted",
            &[("title", title.as_str())],
            &format!("/agenda/{}", activity.0),
        )
        .await?;
    }
    Ok(())
}

/// When an account is deleted: it leaves every activity that has not started, so its places
/// go to the waiting lists.
#[cfg(feature = "ssr")]
pub async fn withdraw_everywhere(tx: &mut crate::db::Tx, user: crate::accounts::model::UserId) -> Result<(), AppError> {
    for activity in store::future_signups(tx, user, now()).await? {
        withdraw_in(tx, activity, user).await?;
    }
    Ok(())
}
