//! SQL for rooms and reservations. Reads that a decision rests on take the write
//! transaction (`&mut **tx`); page reads take the pool.

use super::model::{ReservationId, ReservationKind, ReservationStatus, RoomId};
use super::rules::{Rules, Settings, clock_label};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx, now};
use crate::error::AppResult;
use sqlx::Any;

/// A room with its rules, as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoomRow {
    pub id: i64,
    pub buurt_id: i64,
    pub name: String,
    pub description: String,
    pub capacity: i64,
    pub accessibility: String,
    pub slot_minutes: i64,
    pub min_minutes: i64,
    pub max_minutes: i64,
    pub book_ahead_days: i64,
    pub lead_minutes: i64,
    pub approval_over_minutes: Option<i64>,
    pub approval_after: Option<String>,
    pub approval_private: i64,
    pub quota_minutes_month: i64,
    pub quota_future: i64,
}

impl RoomRow {
    pub fn rules(&self) -> Rules {
        Rules {
            capacity: self.capacity,
            slot_minutes: self.slot_minutes,
            min_minutes: self.min_minutes,
            max_minutes: self.max_minutes,
            book_ahead_days: self.book_ahead_days,
            lead_minutes: self.lead_minutes,
            approval_over_minutes: self.approval_over_minutes,
            approval_after: self.approval_after.as_deref().and_then(|t| super::rules::parse_clock(t).ok()),
            approval_private: self.approval_private != 0,
            quota_minutes_month: self.quota_minutes_month,
            quota_future: self.quota_future,
        }
    }
}

const SELECT_ROOM: &str = "SELECT id, buurt_id, name, description, capacity, accessibility, slot_minutes, min_minutes, \
    max_minutes, book_ahead_days, lead_minutes, approval_over_minutes, approval_after, approval_private, \
    quota_minutes_month, quota_future FROM rooms";

pub async fn room<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, id: RoomId) -> AppResult<Option<RoomRow>> {
    let sql = format!("{SELECT_ROOM} WHERE id = $1");
    Ok(sqlx::query_as::<_, RoomRow>(sqlx::AssertSqlSafe(sql)).bind(id.0).fetch_optional(ex).await?)
}

pub async fn rooms_of(db: &Db, buurt: BuurtId) -> AppResult<Vec<RoomRow>> {
    let sql = format!("{SELECT_ROOM} WHERE buurt_id = $1 ORDER BY id");
    Ok(sqlx::query_as::<_, RoomRow>(sqlx::AssertSqlSafe(sql)).bind(buurt.0).fetch_all(db).await?)
}

pub async fn count_rooms(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM rooms WHERE buurt_id = $1").bind(buurt.0).fetch_one(db).await?)
}

/// Opening hours per weekday (1 = Monday) as minutes of the day; None when closed.
pub async fn hours<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, room: RoomId) -> AppResult<[Option<(i64, i64)>; 7]> {
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT weekday, opens, closes FROM room_hours WHERE room_id = $1 ORDER BY weekday")
            .bind(room.0)
            .fetch_all(ex)
            .await?;
    let mut out = [None; 7];
    for (day, opens, closes) in rows {
        if let (Ok(o), Ok(c), Some(slot)) =
            (super::rules::parse_clock(&opens), super::rules::parse_clock(&closes), out.get_mut((day - 1) as usize))
        {
            *slot = Some((o, c));
        }
    }
    Ok(out)
}

/// The reason a room is closed on a local date, if it is.
pub async fn closed_day<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, room: RoomId, date: &str) -> AppResult<Option<String>> {
    Ok(sqlx::query_scalar("SELECT reason FROM room_closed_days WHERE room_id = $1 AND day = $2")
        .bind(room.0)
        .bind(date)
        .fetch_optional(ex)
        .await?)
}

/// Closed days from a local date on: (date, reason), in order.
pub async fn closed_days_from(db: &Db, room: RoomId, from: &str, to: &str) -> AppResult<Vec<(String, String)>> {
    Ok(sqlx::query_as("SELECT day, reason FROM room_closed_days WHERE room_id = $1 AND day >= $2 AND day < $3 ORDER BY day")
        .bind(room.0)
        .bind(from)
        .bind(to)
        .fetch_all(db)
        .await?)
}

/// A reservation that holds the room.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TakenRow {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub purpose: String,
    pub private: i64,
    pub kind: String,
}

/// Confirmed reservations of a room that overlap `from..to`, by start.
pub async fn taken_between(db: &Db, room: RoomId, from: i64, to: i64) -> AppResult<Vec<TakenRow>> {
    Ok(sqlx::query_as::<_, TakenRow>(
        "SELECT id, starts_at, ends_at, purpose, private, kind FROM reservations \
         WHERE room_id = $1 AND status = 'bevestigd' AND starts_at < $3 AND ends_at > $2 ORDER BY starts_at",
    )
    .bind(room.0)
    .bind(from)
    .bind(to)
    .fetch_all(db)
    .await?)
}

/// The first confirmed reservation (other than `except`) that overlaps `start..end`.
pub async fn first_overlap(tx: &mut Tx, room: RoomId, start: i64, end: i64, except: Option<ReservationId>) -> AppResult<Option<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT starts_at, ends_at FROM reservations WHERE room_id = $1 AND status = 'bevestigd' \
         AND starts_at < $3 AND ends_at > $2 AND id <> $4 ORDER BY starts_at LIMIT 1",
    )
    .bind(room.0)
    .bind(start)
    .bind(end)
    .bind(except.map(|e| e.0).unwrap_or(0))
    .fetch_optional(&mut **tx)
    .await?)
}

/// Whose quota a reservation counts against: the household, or the user when they have none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Party {
    Household(i64),
    User(UserId),
}

pub async fn household_of<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, user: UserId) -> AppResult<Option<i64>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>("SELECT household_id FROM users WHERE id = $1")
        .bind(user.0)
        .fetch_optional(ex)
        .await?
        .flatten())
}

/// A party's use of a room: minutes of resident reservations (confirmed or pending) that
/// start in `month_from..month_to`, and how many start after `now`; `except` left out.
pub async fn usage(
    tx: &mut Tx,
    room: RoomId,
    party: Party,
    (month_from, month_to): (i64, i64),
    now: i64,
    except: Option<ReservationId>,
) -> AppResult<(i64, i64)> {
    let (column, id) = match party {
        Party::Household(h) => ("household_id", h),
        Party::User(u) => ("user_id", u.0),
    };
    let sql = format!(
        "SELECT COALESCE(SUM(CASE WHEN starts_at >= $3 AND starts_at < $4 THEN (ends_at - starts_at) / 60 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN starts_at > $5 THEN 1 ELSE 0 END), 0) \
         FROM reservations WHERE room_id = $1 AND {column} = $2 AND kind = 'bewoner' \
         AND status IN ('bevestigd', 'in_afwachting') AND id <> $6"
    );
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(room.0)
        .bind(id)
        .bind(month_from)
        .bind(month_to)
        .bind(now)
        .bind(except.map(|e| e.0).unwrap_or(0))
        .fetch_one(&mut **tx)
        .await?)
}

/// A new reservation, already checked.
pub struct NewReservation<'a> {
    pub room: RoomId,
    pub household: Option<i64>,
    pub user: UserId,
    pub purpose: &'a str,
    pub private: bool,
    pub people: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub status: ReservationStatus,
    pub kind: ReservationKind,
    pub activity: Option<i64>,
    pub series: Option<i64>,
}

pub async fn insert_reservation(tx: &mut Tx, r: NewReservation<'_>) -> AppResult<ReservationId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO reservations (room_id, household_id, user_id, purpose, private, people, starts_at, ends_at, \
         status, kind, activity_id, series_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(r.room.0)
    .bind(r.household)
    .bind(r.user.0)
    .bind(r.purpose)
    .bind(r.private as i64)
    .bind(r.people)
    .bind(r.starts_at)
    .bind(r.ends_at)
    .bind(r.status.code())
    .bind(r.kind.code())
    .bind(r.activity)
    .bind(r.series)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(ReservationId(id))
}

/// A reservation with its room and maker, for pages and decisions.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ReservationRow {
    pub id: i64,
    pub room_id: i64,
    pub room_name: String,
    pub buurt_id: i64,
    pub household_id: Option<i64>,
    pub user_id: i64,
    pub user_name: Option<String>,
    pub purpose: String,
    pub private: i64,
    pub people: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub status: String,
    pub kind: String,
    pub decision_reason: String,
}

const SELECT_RESERVATION: &str = "SELECT r.id, r.room_id, m.name AS room_name, m.buurt_id, r.household_id, r.user_id, \
    u.display_name AS user_name, r.purpose, r.private, r.people, r.starts_at, r.ends_at, r.status, r.kind, r.decision_reason \
    FROM reservations r JOIN rooms m ON m.id = r.room_id JOIN users u ON u.id = r.user_id";

pub async fn reservation<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, id: ReservationId) -> AppResult<Option<ReservationRow>> {
    let sql = format!("{SELECT_RESERVATION} WHERE r.id = $1");
    Ok(sqlx::query_as::<_, ReservationRow>(sqlx::AssertSqlSafe(sql)).bind(id.0).fetch_optional(ex).await?)
}

/// A user's resident reservations that end after `from` and are not cancelled, by start.
pub async fn of_user(db: &Db, user: UserId, from: i64) -> AppResult<Vec<ReservationRow>> {
    let sql = format!(
        "{SELECT_RESERVATION} WHERE r.user_id = $1 AND r.kind = 'bewoner' AND r.ends_at > $2 \
         AND r.status <> 'geannuleerd' ORDER BY r.starts_at, r.id"
    );
    Ok(sqlx::query_as::<_, ReservationRow>(sqlx::AssertSqlSafe(sql)).bind(user.0).bind(from).fetch_all(db).await?)
}

/// Pending requests for the rooms of a buurt that start after `now`, by start.
pub async fn pending_of_buurt(db: &Db, buurt: BuurtId, now: i64) -> AppResult<Vec<ReservationRow>> {
    let sql = format!(
        "{SELECT_RESERVATION} WHERE m.buurt_id = $1 AND r.status = 'in_afwachting' AND r.starts_at > $2 \
         ORDER BY r.starts_at, r.id"
    );
    Ok(sqlx::query_as::<_, ReservationRow>(sqlx::AssertSqlSafe(sql)).bind(buurt.0).bind(now).fetch_all(db).await?)
}

/// Sets the status of a reservation, with who decided and why (approval and refusal).
pub async fn set_status(tx: &mut Tx, id: ReservationId, status: ReservationStatus, by: UserId, reason: &str) -> AppResult<()> {
    sqlx::query("UPDATE reservations SET status = $1, decided_by = $2, decision_reason = $3, updated_at = $4 WHERE id = $5")
        .bind(status.code())
        .bind(by.0)
        .bind(reason)
        .bind(now())
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Creates a room (`id` None) or saves its settings, with its opening hours.
pub async fn save_room(tx: &mut Tx, buurt: BuurtId, id: Option<RoomId>, s: &Settings) -> AppResult<RoomId> {
    let r = &s.rules;
    let after = r.approval_after.map(clock_label);
    let id = match id {
        None => RoomId(
            sqlx::query_scalar(
                "INSERT INTO rooms (buurt_id, name, description, capacity, accessibility, slot_minutes, min_minutes, \
                 max_minutes, book_ahead_days, lead_minutes, approval_over_minutes, approval_after, approval_private, \
                 quota_minutes_month, quota_future, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
            )
            .bind(buurt.0)
            .bind(&s.name)
            .bind(&s.description)
            .bind(r.capacity)
            .bind(&s.accessibility)
            .bind(r.slot_minutes)
            .bind(r.min_minutes)
            .bind(r.max_minutes)
            .bind(r.book_ahead_days)
            .bind(r.lead_minutes)
            .bind(r.approval_over_minutes)
            .bind(after)
            .bind(r.approval_private as i64)
            .bind(r.quota_minutes_month)
            .bind(r.quota_future)
            .bind(now())
            .fetch_one(&mut **tx)
            .await?,
        ),
        Some(id) => {
            sqlx::query(
                "UPDATE rooms SET name = $1, description = $2, capacity = $3, accessibility = $4, slot_minutes = $5, \
                 min_minutes = $6, max_minutes = $7, book_ahead_days = $8, lead_minutes = $9, approval_over_minutes = $10, \
                 approval_after = $11, approval_private = $12, quota_minutes_month = $13, quota_future = $14, \
                 updated_at = $15 WHERE id = $16",
            )
            .bind(&s.name)
            .bind(&s.description)
            .bind(r.capacity)
            .bind(&s.accessibility)
            .bind(r.slot_minutes)
            .bind(r.min_minutes)
            .bind(r.max_minutes)
            .bind(r.book_ahead_days)
            .bind(r.lead_minutes)
            .bind(r.approval_over_minutes)
            .bind(after)
            .bind(r.approval_private as i64)
            .bind(r.quota_minutes_month)
            .bind(r.quota_future)
            .bind(now())
            .bind(id.0)
            .execute(&mut **tx)
            .await?;
            id
        }
    };
    sqlx::query("DELETE FROM room_hours WHERE room_id = $1").bind(id.0).execute(&mut **tx).await?;
    for (i, hours) in s.hours.iter().enumerate() {
        if let Some((opens, closes)) = hours {
            sqlx::query("INSERT INTO room_hours (room_id, weekday, opens, closes) VALUES ($1, $2, $3, $4)")
                .bind(id.0)
                .bind(i as i64 + 1)
                .bind(clock_label(*opens))
                .bind(clock_label(*closes))
                .execute(&mut **tx)
                .await?;
        }
    }
    Ok(id)
}

/// Marks a local date as closed (or changes its reason).
pub async fn add_closed_day(tx: &mut Tx, room: RoomId, date: &str, reason: &str) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO room_closed_days (room_id, day, reason, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (room_id, day) DO UPDATE SET reason = excluded.reason",
    )
    .bind(room.0)
    .bind(date)
    .bind(reason)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Residents' confirmed or pending reservations of a room in `from..to`: (id, user, purpose).
pub async fn live_resident_between(tx: &mut Tx, room: RoomId, from: i64, to: i64) -> AppResult<Vec<(i64, i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, user_id, purpose FROM reservations WHERE room_id = $1 AND kind = 'bewoner' \
         AND status IN ('bevestigd', 'in_afwachting') AND starts_at < $3 AND ends_at > $2",
    )
    .bind(room.0)
    .bind(from)
    .bind(to)
    .fetch_all(&mut **tx)
    .await?)
}

pub async fn insert_series(tx: &mut Tx, room: RoomId, until: &str) -> AppResult<i64> {
    Ok(sqlx::query_scalar("INSERT INTO reservation_series (room_id, until_date, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(room.0)
        .bind(until)
        .bind(now())
        .fetch_one(&mut **tx)
        .await?)
}

/// Cancels the reservations an activity holds (when it is cancelled, moved or leaves the room).
pub async fn release_activity(tx: &mut Tx, activity: i64) -> AppResult<()> {
    sqlx::query(
        "UPDATE reservations SET status = 'geannuleerd', updated_at = $1 WHERE activity_id = $2 AND status = 'bevestigd'",
    )
    .bind(now())
    .bind(activity)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records which room an activity takes place in.
pub async fn set_activity_room(tx: &mut Tx, activity: i64, room: Option<RoomId>) -> AppResult<()> {
    sqlx::query("UPDATE activities SET room_id = $1 WHERE id = $2")
        .bind(room.map(|r| r.0))
        .bind(activity)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The room an activity takes place in.
pub async fn activity_room<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, activity: i64) -> AppResult<Option<RoomId>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>("SELECT room_id FROM activities WHERE id = $1")
        .bind(activity)
        .fetch_optional(ex)
        .await?
        .flatten()
        .map(RoomId))
}

/// Confirmed reservations of a room for the calendar feed.
pub async fn feed_rows(db: &Db, room: RoomId, from: i64, to: i64) -> AppResult<Vec<TakenRow>> {
    taken_between(db, room, from, to).await
}

/// Activities of a buurt, not cancelled, whose place is the name of a room (for linking the
/// agenda to a room that is added later): (id, title, start, end), by start.
pub async fn activities_at(db: &Db, buurt: BuurtId, place: &str) -> AppResult<Vec<(i64, String, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT id, title, starts_at, ends_at FROM activities WHERE buurt_id = $1 AND place = $2 \
         AND cancelled_at IS NULL AND room_id IS NULL ORDER BY starts_at",
    )
    .bind(buurt.0)
    .bind(place)
    .fetch_all(db)
    .await?)
}

/// The households of a buurt, in the order they were made.
pub async fn household_ids(db: &Db, buurt: BuurtId) -> AppResult<Vec<i64>> {
    Ok(sqlx::query_scalar("SELECT id FROM households WHERE buurt_id = $1 ORDER BY id").bind(buurt.0).fetch_all(db).await?)
}
