//! What the room pages read: a room with its rules, the week of a room, the visitor's
//! reservations and the approval queue. Reads only; `now` comes from the caller.

use super::model::{MyReservations, ReservationView, RoomId, RoomInfo, RoomList, RoomSettingsData, RoomWeek};
use super::present::{self, Abilities, DayFacts};
use super::store::{self, Party, RoomRow};
use crate::accounts::model::BuurtId;
use crate::auth::{SessionUser, can_decide_room_requests, can_manage_rooms};
use crate::db::Db;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::time::{add_days, day_bounds, local_date, monday_of, month_bounds, week_label};

/// What the visitor may do in a buurt's rooms.
pub fn abilities(user: &SessionUser, buurt: BuurtId) -> Abilities {
    Abilities { can_manage: can_manage_rooms(user, buurt).is_ok(), can_decide: can_decide_room_requests(user, buurt).is_ok() }
}

/// The room's facts, rules, hours and the closed days of the coming 120 days.
pub async fn room_info(db: &Db, room: &RoomRow, user: &SessionUser, lang: Lang, now: i64) -> AppResult<RoomInfo> {
    let id = RoomId(room.id);
    let hours = store::hours(db, id).await?;
    let today = local_date(now);
    let closed = store::closed_days_from(db, id, &today.to_string(), &add_days(today, 120).to_string()).await?;
    Ok(present::room_info(room, &hours, &closed, abilities(user, BuurtId(room.buurt_id)), lang))
}

/// The rooms of the visitor's chosen buurt.
pub async fn room_list(db: &Db, user: &SessionUser, lang: Lang, now: i64) -> AppResult<RoomList> {
    let membership = user.buurt()?.clone();
    let mut rooms = Vec::new();
    for room in store::rooms_of(db, membership.buurt_id).await? {
        rooms.push(room_info(db, &room, user, lang, now).await?);
    }
    let Abilities { can_manage, can_decide } = abilities(user, membership.buurt_id);
    Ok(RoomList { buurt_id: membership.buurt_id.0, buurt_name: membership.buurt_name, rooms, can_manage, can_decide })
}

/// The week of a room from the Monday of `week` (`YYYY-MM-DD`; empty: this week).
pub async fn room_week(db: &Db, room: &RoomRow, user: &SessionUser, week: &str, (lang, now): (Lang, i64)) -> AppResult<RoomWeek> {
    let id = RoomId(room.id);
    let monday = monday_of(week, now);
    let hours = store::hours(db, id).await?;
    let (week_start, _) = day_bounds(monday);
    let (_, week_end) = day_bounds(add_days(monday, 6));
    let taken = store::taken_between(db, id, week_start, week_end).await?;
    let closed = store::closed_days_from(db, id, &monday.to_string(), &add_days(monday, 7).to_string()).await?;
    let days = (0..7)
        .map(|offset| {
            let facts = DayFacts { date: add_days(monday, offset), room, hours: &hours, closed: &closed, taken: &taken, now };
            present::week_day(facts, lang)
        })
        .collect();
    Ok(RoomWeek {
        room: room_info(db, room, user, lang, now).await?,
        week: monday.to_string(),
        prev: add_days(monday, -7).to_string(),
        next: add_days(monday, 7).to_string(),
        label: week_label(monday, lang),
        days,
    })
}

/// The visitor's reservations to come (and refused ones), and what their household has left
/// this month per room of their buurt.
pub async fn my_reservations(db: &Db, user: &SessionUser, lang: Lang, now: i64) -> AppResult<MyReservations> {
    let reservations = store::of_user(db, user.id, now)
        .await?
        .into_iter()
        .map(|row| present::reservation(row, lang, now, false))
        .collect::<Result<Vec<_>, _>>()?;
    let mut quota = Vec::new();
    let household = store::household_of(db, user.id).await?;
    if let (Some(household), Some(m)) = (household, user.buurt().ok()) {
        let mut tx = db.begin().await?;
        for room in store::rooms_of(db, m.buurt_id).await? {
            let usage = store::usage(&mut tx, RoomId(room.id), Party::Household(household), month_bounds(now), now, None).await?;
            quota.push(present::quota_line(&room, usage, lang));
        }
        tx.rollback().await?;
    }
    Ok(MyReservations { reservations, quota })
}

/// Pending requests of the given buurten, soonest first, with who asked.
pub async fn requests(db: &Db, buurten: &[BuurtId], lang: Lang, now: i64) -> AppResult<Vec<ReservationView>> {
    let mut rows = Vec::new();
    for buurt in buurten {
        rows.extend(store::pending_of_buurt(db, *buurt, now).await?);
    }
    rows.sort_by_key(|r| (r.starts_at, r.id));
    rows.into_iter().map(|row| present::reservation(row, lang, now, true)).collect()
}

/// The settings form of a room as stored.
pub async fn settings(db: &Db, room: &RoomRow) -> AppResult<RoomSettingsData> {
    let hours = store::hours(db, RoomId(room.id)).await?;
    Ok(RoomSettingsData { buurt_id: room.buurt_id, room_id: room.id, form: present::settings_form(room, &hours) })
}
