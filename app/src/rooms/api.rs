//! Server functions of the Ontmoetingsruimte. Each signs in the caller, checks their role in
//! the room's buurt (a room of another buurt is "not found"), parses the input, and makes
//! its check-then-write in one transaction that serialises (`begin_write`).

use super::model::{MyReservations, RecurringResult, ReservationStatus, ReservationView, RoomForm, RoomList, RoomWeek};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    super::model::{Access, DayBlock, Decision, Limit, ReservationId, ReservationKind, RoomId, RoomInfo, WeekDay, duration_label},
    super::rules::{self, Wanted},
    super::store::{self, Party, RoomRow},
    super::time,
    crate::accounts::model::{BuurtId, Role, UserId, shown_name},
    crate::text::parse_text,
    crate::auth::{SessionUser, require_role, require_staff, require_user},
    crate::db::{Tx, begin_write, now},
    crate::error::Problem,
    crate::i18n::{Lang, request_lang},
    crate::state::app_state,
    crate::t,
};

/// Roles that decide on requests.
#[cfg(feature = "ssr")]
const DECIDERS: [Role; 3] = [Role::Committee, Role::SocialWorker, Role::Admin];

/// A room the user may see (of one of their buurten), or NotFound.
#[cfg(feature = "ssr")]
async fn visible_room(user: &SessionUser, id: i64) -> Result<RoomRow, AppError> {
    let state = app_state()?;
    let room = store::room(&state.db, RoomId(id)).await?.ok_or(AppError::NotFound)?;
    if user.role_in(BuurtId(room.buurt_id)).is_none() {
        return Err(AppError::NotFound);
    }
    Ok(room)
}

/// A room the user manages (staff of its buurt); other rooms are "not found" or forbidden.
#[cfg(feature = "ssr")]
async fn managed_room(user: &SessionUser, id: i64) -> Result<RoomRow, AppError> {
    let room = visible_room(user, id).await.map_err(|_| AppError::Forbidden)?;
    require_staff(user, BuurtId(room.buurt_id))?;
    Ok(room)
}

/// The room's facts and rules in words.
#[cfg(feature = "ssr")]
async fn info(room: &RoomRow, user: &SessionUser, lang: Lang, now: i64) -> Result<RoomInfo, AppError> {
    let state = app_state()?;
    let id = RoomId(room.id);
    let hours = store::hours(&state.db, id).await?;
    let today = time::local_date(now);
    let closed = store::closed_days_from(&state.db, id, &today.to_string(), &time::add_days(today, 120).to_string()).await?;
    let r = room.rules();
    let mut rule_lines = vec![
        t!(lang, "room-rules-length", slot = r.slot_minutes, min = duration_label(r.min_minutes, lang), max = duration_label(r.max_minutes, lang)),
        t!(lang, "room-rules-window", lead = duration_label(r.lead_minutes, lang), days = r.book_ahead_days),
        t!(lang, "room-rules-quota", hours = duration_label(r.quota_minutes_month, lang), count = r.quota_future),
    ];
    let mut cases = Vec::new();
    if r.approval_private {
        cases.push(t!(lang, "room-approval-private"));
    }
    if let Some(after) = r.approval_after {
        cases.push(t!(lang, "room-approval-after", time = rules::clock_label(after)));
    }
    if let Some(over) = r.approval_over_minutes {
        cases.push(t!(lang, "room-approval-over", duration = duration_label(over, lang)));
    }
    if !cases.is_empty() {
        rule_lines.push(t!(lang, "room-rules-approval", cases = cases.join(", ")));
    }
    let buurt = BuurtId(room.buurt_id);
    Ok(RoomInfo {
        id,
        buurt_id: room.buurt_id,
        name: room.name.clone(),
        description: room.description.clone(),
        capacity: room.capacity,
        accessibility: room.accessibility.clone(),
        hours: hours
            .iter()
            .enumerate()
            .filter_map(|(i, h)| {
                h.map(|(o, c)| {
                    format!("{} {} – {}", crate::i18n::tr(lang, &format!("weekday-{}", i + 1)), rules::clock_label(o), rules::clock_label(c))
                })
            })
            .collect(),
        closed_days: closed
            .into_iter()
            .filter_map(|(day, reason)| {
                let date = day.parse().ok()?;
                Some(if reason.is_empty() { time::date_label(date, lang) } else { format!("{}: {reason}", time::date_label(date, lang)) })
            })
            .collect(),
        rules: rule_lines,
        min_minutes: r.min_minutes,
        can_manage: require_staff(user, buurt).is_ok(),
        can_decide: require_role(user, buurt, &DECIDERS).is_ok(),
    })
}

/// The rooms of the signed-in user's buurt.
#[server(prefix = "/api", endpoint = "ruimtes")]
pub async fn get_rooms() -> Result<RoomList, AppError> {
    let user = require_user().await?;
    let membership = user.buurt()?.clone();
    let state = app_state()?;
    let (lang, now) = (request_lang(), now());
    let mut rooms = Vec::new();
    for room in store::rooms_of(&state.db, membership.buurt_id).await? {
        rooms.push(info(&room, &user, lang, now).await?);
    }
    Ok(RoomList {
        buurt_id: membership.buurt_id.0,
        buurt_name: membership.buurt_name,
        rooms,
        can_manage: require_staff(&user, membership.buurt_id).is_ok(),
        can_decide: require_role(&user, membership.buurt_id, &DECIDERS).is_ok(),
    })
}

/// The week of a room from the Monday of `week` (`YYYY-MM-DD`; empty: this week): per day
/// the opening hours, what is taken (private ones only as "Besloten") and the free parts
/// that can still be requested.
#[server(prefix = "/api", endpoint = "ruimte-week")]
pub async fn get_room_week(room: i64, week: String) -> Result<RoomWeek, AppError> {
    let user = require_user().await?;
    let row = visible_room(&user, room).await?;
    let state = app_state()?;
    let (lang, now) = (request_lang(), now());
    let id = RoomId(row.id);
    let r = row.rules();
    let monday = time::monday_of(&week, now);
    let hours = store::hours(&state.db, id).await?;
    let (week_start, _) = time::day_bounds(monday);
    let (_, week_end) = time::day_bounds(time::add_days(monday, 6));
    let taken = store::taken_between(&state.db, id, week_start, week_end).await?;
    let closed = store::closed_days_from(&state.db, id, &monday.to_string(), &time::add_days(monday, 7).to_string()).await?;
    let earliest = now + r.lead_minutes * 60;
    let latest = now + r.book_ahead_days * 24 * 3600;
    let mut days = Vec::new();
    for offset in 0..7 {
        let date = time::add_days(monday, offset);
        let (from, to) = time::day_bounds(date);
        let closed_reason = closed.iter().find(|(d, _)| *d == date.to_string()).map(|(_, reason)| reason.clone());
        let open = hours[(time::weekday(date) - 1) as usize].filter(|_| closed_reason.is_none());
        let today_taken: Vec<&store::TakenRow> = taken.iter().filter(|t| t.starts_at < to && t.ends_at > from).collect();
        let local = |t: &store::TakenRow| (time::minutes_in_day(t.starts_at, date), time::minutes_in_day(t.ends_at, date));
        let bookable = open.is_some() && to > earliest && from <= latest;
        let mut blocks: Vec<(i64, DayBlock)> = today_taken
            .iter()
            .map(|t| {
                let (s, e) = local(t);
                let label = if t.private != 0 { t!(lang, "room-private") } else { t.purpose.clone() };
                (s, DayBlock::Taken { from: rules::clock_label(s), to: rules::clock_label(e), label, private: t.private != 0 })
            })
            .collect();
        if let (true, Some((opens, closes))) = (bookable, open) {
            let earliest_min = if earliest > from { rules::round_up(time::minutes_in_day(earliest, date), r.slot_minutes) } else { 0 };
            let spans: Vec<(i64, i64)> = today_taken.iter().map(|t| local(t)).collect();
            for (s, e) in rules::free_ranges(opens, closes, &spans, earliest_min, r.min_minutes) {
                blocks.push((s, DayBlock::Free { from: rules::clock_label(s), to: rules::clock_label(e) }));
            }
        }
        blocks.sort_by_key(|(s, _)| *s);
        days.push(WeekDay {
            date: date.to_string(),
            label: time::date_label(date, lang),
            hours: open.map(|(o, c)| format!("{} – {}", rules::clock_label(o), rules::clock_label(c))),
            closed_reason,
            bookable,
            blocks: blocks.into_iter().map(|(_, b)| b).collect(),
        });
    }
    Ok(RoomWeek {
        room: info(&row, &user, lang, now).await?,
        week: monday.to_string(),
        prev: time::add_days(monday, -7).to_string(),
        next: time::add_days(monday, 7).to_string(),
        label: time::week_label(monday, lang),
        days,
    })
}

/// One room with its rules (the request form and the staff page).
#[server(prefix = "/api", endpoint = "ruimte")]
pub async fn get_room(room: i64) -> Result<super::model::RoomInfo, AppError> {
    let user = require_user().await?;
    let row = visible_room(&user, room).await?;
    info(&row, &user, request_lang(), now()).await
}

/// Refuses when the room is closed that day.
#[cfg(feature = "ssr")]
async fn check_closed_day(tx: &mut Tx, room: RoomId, w: &Wanted, lang: Lang) -> Result<(), AppError> {
    let date = time::local_date(w.start);
    match store::closed_day(&mut **tx, room, &date.to_string()).await? {
        Some(reason) => Err(AppError::Limit(Limit::ClosedDay { when: time::date_label(date, lang), reason })),
        None => Ok(()),
    }
}

/// Refuses when a confirmed reservation (other than `except`) holds the room then.
#[cfg(feature = "ssr")]
async fn check_free(tx: &mut Tx, room: RoomId, w: &Wanted, except: Option<ReservationId>, lang: Lang) -> Result<(), AppError> {
    match store::first_overlap(tx, room, w.start, w.end, except).await? {
        Some((s, e)) => Err(AppError::Limit(Limit::Taken { when: time::when_label(s, e, lang) })),
        None => Ok(()),
    }
}

/// Refuses when the household's quota would be exceeded (`except`: the request being approved).
#[cfg(feature = "ssr")]
async fn check_quota(tx: &mut Tx, room: &RoomRow, party: Party, w: &Wanted, now: i64, except: Option<ReservationId>) -> Result<(), AppError> {
    let (used, future) = store::usage(tx, RoomId(room.id), party, time::month_bounds(w.start), now, except).await?;
    rules::check_quota(&room.rules(), used, future, w.minutes()).map_err(AppError::Limit)
}

/// A resident asks for the room: confirmed at once when the rules allow, pending when the
/// committee must approve; refused with the rule and what is still possible otherwise.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "ruimte-reserveren")]
pub async fn request_reservation(
    room: i64,
    date: String,
    from: String,
    to: String,
    purpose: String,
    access: String,
    people: String,
) -> Result<ReservationStatus, AppError> {
    let user = require_user().await?;
    let row = visible_room(&user, room).await?;
    let staff = require_staff(&user, BuurtId(row.buurt_id)).is_ok();
    let state = app_state()?;
    let (lang, now) = (request_lang(), now());
    let id = RoomId(row.id);
    let r = row.rules();
    let purpose = parse_text(&purpose, 3, 80, false)?;
    let access = Access::parse(&access)?;
    let people = people.trim().parse::<i64>().map_err(|_| Problem::CapacityInvalid)?;
    let w = time::parse_wanted(&date, &from, &to)?;
    rules::check_basic(&w, now)?;
    rules::check_people(&r, people)?;
    if !staff {
        rules::check_rules(&r, &w, now).map_err(AppError::Limit)?;
    }
    let household = store::household_of(&state.db, user.id).await?;
    let party = household.map(Party::Household).unwrap_or(Party::User(user.id));
    let mut tx = begin_write(&state.db).await?;
    check_closed_day(&mut tx, id, &w, lang).await?;
    rules::check_open(store::hours(&mut *tx, id).await?[(w.weekday - 1) as usize], &w).map_err(AppError::Limit)?;
    check_free(&mut tx, id, &w, None, lang).await?;
    if !staff {
        check_quota(&mut tx, &row, party, &w, now, None).await?;
    }
    let status = if !staff && rules::needs_approval(&r, &w, access) { ReservationStatus::Pending } else { ReservationStatus::Confirmed };
    store::insert_reservation(
        &mut tx,
        store::NewReservation {
            room: id,
            household: if staff { None } else { household },
            user: user.id,
            purpose: &purpose,
            private: access == Access::Private,
            people,
            starts_at: w.start,
            ends_at: w.end,
            status,
            kind: if staff { ReservationKind::Block } else { ReservationKind::Resident },
            activity: None,
            series: None,
        },
    )
    .await?;
    tx.commit().await?;
    leptos_axum::redirect("/ontmoetingsruimte/mijn");
    Ok(status)
}

#[cfg(feature = "ssr")]
fn view_of(row: store::ReservationRow, lang: Lang, now: i64, show_by: bool) -> Result<ReservationView, AppError> {
    let status = ReservationStatus::parse(&row.status).map_err(|_| AppError::internal("stored status is not valid"))?;
    Ok(ReservationView {
        id: ReservationId(row.id),
        room_id: RoomId(row.room_id),
        room: row.room_name,
        private: row.private != 0,
        people: row.people,
        day: crate::agenda::time::day_label(row.starts_at, lang),
        time: crate::agenda::time::time_range(row.starts_at, row.ends_at),
        can_cancel: status.is_live() && row.starts_at > now,
        status,
        reason: row.decision_reason,
        by: if show_by { shown_name(row.user_name.as_deref(), lang) } else { String::new() },
        purpose: row.purpose,
    })
}

/// The signed-in user's reservations to come (and refused ones), and what their household
/// has left this month per room.
#[server(prefix = "/api", endpoint = "mijn-reserveringen")]
pub async fn get_my_reservations() -> Result<MyReservations, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let (lang, now) = (request_lang(), now());
    let reservations = store::of_user(&state.db, user.id, now)
        .await?
        .into_iter()
        .map(|row| view_of(row, lang, now, false))
        .collect::<Result<Vec<_>, _>>()?;
    let mut quota = Vec::new();
    let household = store::household_of(&state.db, user.id).await?;
    if let (Some(household), Some(m)) = (household, user.buurt().ok()) {
        let mut tx = state.db.begin().await?;
        for room in store::rooms_of(&state.db, m.buurt_id).await? {
            let (used, future) = store::usage(&mut tx, RoomId(room.id), Party::Household(household), time::month_bounds(now), now, None).await?;
            let r = room.rules();
            quota.push(t!(
                lang,
                "room-quota-left",
                room = room.name.clone(),
                left = duration_label(rules::quota_left(&r, used), lang),
                count = (r.quota_future - future).max(0)
            ));
        }
        tx.rollback().await?;
    }
    Ok(MyReservations { reservations, quota })
}

/// The maker (or staff of the buurt) cancels a reservation that has not started yet.
#[server(prefix = "/api", endpoint = "reservering-annuleren")]
pub async fn cancel_reservation(reservation: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let id = ReservationId(reservation);
    let row = store::reservation(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let own = row.user_id == user.id.0;
    if !own {
        require_staff(&user, BuurtId(row.buurt_id)).map_err(|_| AppError::NotFound)?;
    }
    let mut tx = begin_write(&state.db).await?;
    let row = store::reservation(&mut *tx, id).await?.ok_or(AppError::NotFound)?;
    let status = ReservationStatus::parse(&row.status)?;
    if !status.is_live() {
        return Ok(());
    }
    if row.starts_at <= now() {
        return Err(Problem::ReservationStarted.into());
    }
    store::set_status(&mut tx, id, ReservationStatus::Cancelled, user.id, "").await?;
    if !own {
        let when = time::when_label(row.starts_at, row.ends_at, Lang::Nl);
        crate::notifications::service::notify_raw(
            &mut tx,
            UserId(row.user_id),
            "note-room-cancelled",
            &[("purpose", row.purpose.as_str()), ("when", when.as_str())],
            "/ontmoetingsruimte/mijn",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Pending requests in the buurten where the user decides (commissielid, sociaal werker,
/// beheerder), soonest first.
#[server(prefix = "/api", endpoint = "reserveringen-aanvragen")]
pub async fn get_requests() -> Result<Vec<ReservationView>, AppError> {
    let user = require_user().await?;
    let buurten: Vec<BuurtId> =
        user.memberships.iter().filter(|m| DECIDERS.contains(&m.role)).map(|m| m.buurt_id).collect();
    if buurten.is_empty() {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    let (lang, now) = (request_lang(), now());
    let mut rows = Vec::new();
    for buurt in buurten {
        rows.extend(store::pending_of_buurt(&state.db, buurt, now).await?);
    }
    rows.sort_by_key(|r| (r.starts_at, r.id));
    rows.into_iter().map(|row| view_of(row, lang, now, true)).collect()
}

/// Approve or decline a pending request, with a reason the resident sees. Approving checks
/// every rule again, and refuses when another reservation was confirmed meanwhile.
#[server(prefix = "/api", endpoint = "reservering-beslissen")]
pub async fn decide_reservation(reservation: i64, decision: String, reason: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let id = ReservationId(reservation);
    let row = store::reservation(&state.db, id).await?.ok_or(AppError::NotFound)?;
    require_role(&user, BuurtId(row.buurt_id), &DECIDERS).map_err(|_| AppError::NotFound)?;
    let decision = Decision::parse(&decision)?;
    let reason = match decision {
        Decision::Approve => parse_text(&reason, 0, 300, false)?,
        Decision::Decline => parse_text(&reason, 3, 300, false)?,
    };
    let (lang, now) = (request_lang(), now());
    let mut tx = begin_write(&state.db).await?;
    let row = store::reservation(&mut *tx, id).await?.ok_or(AppError::NotFound)?;
    if ReservationStatus::parse(&row.status)? != ReservationStatus::Pending {
        return Err(Problem::RoomNotPending.into());
    }
    let room = store::room(&mut *tx, RoomId(row.room_id)).await?.ok_or(AppError::NotFound)?;
    let when = time::when_label(row.starts_at, row.ends_at, Lang::Nl);
    let (status, note) = match decision {
        Decision::Approve => {
            let w = time::wanted(row.starts_at, row.ends_at);
            rules::check_basic(&w, now)?;
            check_closed_day(&mut tx, RoomId(room.id), &w, lang).await?;
            rules::check_open(store::hours(&mut *tx, RoomId(room.id)).await?[(w.weekday - 1) as usize], &w).map_err(AppError::Limit)?;
            check_free(&mut tx, RoomId(room.id), &w, Some(id), lang).await?;
            let party = row.household_id.map(Party::Household).unwrap_or(Party::User(UserId(row.user_id)));
            check_quota(&mut tx, &room, party, &w, now, Some(id)).await?;
            (ReservationStatus::Confirmed, "note-room-approved")
        }
        Decision::Decline => (ReservationStatus::Declined, "note-room-declined"),
    };
    store::set_status(&mut tx, id, status, user.id, &reason).await?;
    crate::notifications::service::notify_raw(
        &mut tx,
        UserId(row.user_id),
        note,
        &[("purpose", row.purpose.as_str()), ("when", when.as_str()), ("reason", reason.as_str())],
        "/ontmoetingsruimte/mijn",
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The settings form of a room (room 0: a new room for the staff member's buurt).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomSettingsData {
    pub buurt_id: i64,
    pub room_id: i64,
    pub form: RoomForm,
}

#[server(prefix = "/api", endpoint = "ruimte-instellingen-formulier")]
pub async fn get_room_settings(room: i64) -> Result<RoomSettingsData, AppError> {
    let user = require_user().await?;
    if room == 0 {
        let buurt = user.buurt()?.buurt_id;
        crate::auth::can_manage_rooms(&user, buurt)?;
        return Ok(RoomSettingsData { buurt_id: buurt.0, room_id: 0, form: RoomForm::suggested() });
    }
    let row = managed_room(&user, room).await?;
    let state = app_state()?;
    let hours = store::hours(&state.db, RoomId(row.id)).await?;
    let h = |m: i64| if m % 60 == 0 { (m / 60).to_string() } else { format!("{}", m as f64 / 60.0).replace('.', ",") };
    Ok(RoomSettingsData {
        buurt_id: row.buurt_id,
        room_id: row.id,
        form: RoomForm {
            name: row.name.clone(),
            description: row.description.clone(),
            capacity: row.capacity.to_string(),
            accessibility: row.accessibility.clone(),
            slot_minutes: row.slot_minutes.to_string(),
            min_hours: h(row.min_minutes),
            max_hours: h(row.max_minutes),
            ahead_days: row.book_ahead_days.to_string(),
            lead_hours: h(row.lead_minutes),
            approval_over_hours: row.approval_over_minutes.map(h).unwrap_or_default(),
            approval_after: row.approval_after.clone().unwrap_or_default(),
            approval_private: row.approval_private != 0,
            quota_hours: h(row.quota_minutes_month),
            quota_future: row.quota_future.to_string(),
            hours: hours
                .iter()
                .map(|d| d.map(|(o, c)| (rules::clock_label(o), rules::clock_label(c))).unwrap_or_default())
                .collect(),
        },
    })
}

/// Staff create a room (`room` 0) or change its settings and opening hours.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "ruimte-instellingen")]
pub async fn save_room(
    buurt: i64,
    room: i64,
    name: String,
    description: String,
    capacity: String,
    accessibility: String,
    slot_minutes: String,
    min_hours: String,
    max_hours: String,
    ahead_days: String,
    lead_hours: String,
    approval_over_hours: String,
    approval_after: String,
    approval_private: Option<String>,
    quota_hours: String,
    quota_future: String,
    opens_1: String,
    closes_1: String,
    opens_2: String,
    closes_2: String,
    opens_3: String,
    closes_3: String,
    opens_4: String,
    closes_4: String,
    opens_5: String,
    closes_5: String,
    opens_6: String,
    closes_6: String,
    opens_7: String,
    closes_7: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let (buurt, existing) = if room == 0 {
        let buurt = BuurtId(buurt);
        require_staff(&user, buurt)?;
        (buurt, None)
    } else {
        let row = managed_room(&user, room).await?;
        (BuurtId(row.buurt_id), Some(RoomId(row.id)))
    };
    let settings = rules::Settings::parse(&RoomForm {
        name,
        description,
        capacity,
        accessibility,
        slot_minutes,
        min_hours,
        max_hours,
        ahead_days,
        lead_hours,
        approval_over_hours,
        approval_after,
        approval_private: approval_private.is_some_and(|v| !v.is_empty()),
        quota_hours,
        quota_future,
        hours: vec![
            (opens_1, closes_1),
            (opens_2, closes_2),
            (opens_3, closes_3),
            (opens_4, closes_4),
            (opens_5, closes_5),
            (opens_6, closes_6),
            (opens_7, closes_7),
        ],
    })?;
    let state = app_state()?;
    let mut tx = begin_write(&state.db).await?;
    let id = store::save_room(&mut tx, buurt, existing, &settings).await?;
    crate::neighbourhood::service::log(&mut tx, Some(buurt), user.id, "ruimte-instellingen", &settings.name).await?;
    tx.commit().await?;
    leptos_axum::redirect(&format!("/ontmoetingsruimte/{}/beheer", id.0));
    Ok(())
}

/// Staff close a room on a date (holiday, maintenance). Residents' reservations that day
/// are cancelled and their makers told.
#[server(prefix = "/api", endpoint = "ruimte-gesloten-dag")]
pub async fn add_closed_day(room: i64, date: String, reason: String) -> Result<usize, AppError> {
    let user = require_user().await?;
    let row = managed_room(&user, room).await?;
    let id = RoomId(row.id);
    let day: jiff::civil::Date = date.trim().parse().map_err(|_| Problem::DateInvalid)?;
    let reason = parse_text(&reason, 3, 120, false)?;
    let now = now();
    if day < time::local_date(now) {
        return Err(Problem::StartInPast.into());
    }
    let state = app_state()?;
    let (from, to) = time::day_bounds(day);
    let mut tx = begin_write(&state.db).await?;
    store::add_closed_day(&mut tx, id, &day.to_string(), &reason).await?;
    let affected = store::live_resident_between(&mut tx, id, from, to).await?;
    let when = time::date_label(day, Lang::Nl);
    for (reservation, maker, purpose) in &affected {
        store::set_status(&mut tx, ReservationId(*reservation), ReservationStatus::Cancelled, user.id, &reason).await?;
        crate::notifications::service::notify_raw(
            &mut tx,
            UserId(*maker),
            "note-room-closed",
            &[("purpose", purpose.as_str()), ("when", when.as_str()), ("reason", reason.as_str())],
            "/ontmoetingsruimte/mijn",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(affected.len())
}

/// Staff reserve the room every week until a date (koffieochtend, spreekuur). Closed days
/// are skipped (and listed); a time that is taken refuses the whole series.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "ruimte-terugkerend")]
pub async fn book_recurring(
    room: i64,
    purpose: String,
    date: String,
    from: String,
    to: String,
    until: String,
) -> Result<RecurringResult, AppError> {
    let user = require_user().await?;
    let row = managed_room(&user, room).await?;
    let id = RoomId(row.id);
    let purpose = parse_text(&purpose, 3, 80, false)?;
    let (lang, now) = (request_lang(), now());
    let times = crate::agenda::time::occurrences(&date, &from, &to, 1, &until)?;
    let wanted: Vec<Wanted> = times.into_iter().map(|(s, e)| time::wanted(s, e)).collect();
    for w in &wanted {
        rules::check_basic(w, now)?;
    }
    let state = app_state()?;
    let mut tx = begin_write(&state.db).await?;
    let series = store::insert_series(&mut tx, id, until.trim()).await?;
    let mut result = RecurringResult { created: 0, skipped: Vec::new() };
    for w in &wanted {
        let day = time::local_date(w.start);
        if store::closed_day(&mut *tx, id, &day.to_string()).await?.is_some() {
            result.skipped.push(time::date_label(day, lang));
            continue;
        }
        check_free(&mut tx, id, w, None, lang).await?;
        store::insert_reservation(
            &mut tx,
            store::NewReservation {
                room: id,
                household: None,
                user: user.id,
                purpose: &purpose,
                private: false,
                people: 0,
                starts_at: w.start,
                ends_at: w.end,
                status: ReservationStatus::Confirmed,
                kind: ReservationKind::Recurring,
                activity: None,
                series: Some(series),
            },
        )
        .await?;
        result.created += 1;
    }
    tx.commit().await?;
    Ok(result)
}

/// Staff block time in which the room cannot be used (schoonmaak, onderhoud).
#[server(prefix = "/api", endpoint = "ruimte-blokkeren")]
pub async fn block_time(room: i64, date: String, from: String, to: String, purpose: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let row = managed_room(&user, room).await?;
    let id = RoomId(row.id);
    let purpose = parse_text(&purpose, 3, 80, false)?;
    let (lang, now) = (request_lang(), now());
    let w = time::parse_wanted(&date, &from, &to)?;
    rules::check_basic(&w, now)?;
    let state = app_state()?;
    let mut tx = begin_write(&state.db).await?;
    check_free(&mut tx, id, &w, None, lang).await?;
    store::insert_reservation(
        &mut tx,
        store::NewReservation {
            room: id,
            household: None,
            user: user.id,
            purpose: &purpose,
            private: false,
            people: 0,
            starts_at: w.start,
            ends_at: w.end,
            status: ReservationStatus::Confirmed,
            kind: ReservationKind::Block,
            activity: None,
            series: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The room field of the activity form: "" for no room, or a room id.
#[cfg(feature = "ssr")]
pub fn parse_room_field(input: Option<&str>) -> Result<Option<Option<RoomId>>, AppError> {
    match input.map(str::trim) {
        None => Ok(None),
        Some("") => Ok(Some(None)),
        Some(id) => id.parse::<i64>().map(|id| Some(Some(RoomId(id)))).map_err(|_| Problem::Unknown.into()),
    }
}

/// An agenda activity in a room holds it: inside the publishing transaction, refuses when
/// the room is of another buurt, closed that day or taken; otherwise reserves it.
#[cfg(feature = "ssr")]
pub async fn hold_for_activity(
    tx: &mut Tx,
    buurt: BuurtId,
    room: RoomId,
    activity: i64,
    title: &str,
    (start, end): (i64, i64),
    organiser: UserId,
) -> Result<(), AppError> {
    let row = store::room(&mut **tx, room).await?.ok_or(AppError::Forbidden)?;
    if row.buurt_id != buurt.0 {
        return Err(AppError::Forbidden);
    }
    let lang = request_lang();
    let w = time::wanted(start, end);
    check_closed_day(tx, room, &w, lang).await?;
    check_free(tx, room, &w, None, lang).await?;
    store::insert_reservation(
        tx,
        store::NewReservation {
            room,
            household: None,
            user: organiser,
            purpose: title,
            private: false,
            people: 0,
            starts_at: start,
            ends_at: end,
            status: ReservationStatus::Confirmed,
            kind: ReservationKind::Activity,
            activity: Some(activity),
            series: None,
        },
    )
    .await?;
    store::set_activity_room(tx, activity, Some(room)).await
}

/// Lets go of the room an activity held (cancelled, moved, or no longer in a room).
#[cfg(feature = "ssr")]
pub async fn release_for_activity(tx: &mut Tx, activity: i64) -> Result<(), AppError> {
    store::release_activity(tx, activity).await?;
    store::set_activity_room(tx, activity, None).await
}
