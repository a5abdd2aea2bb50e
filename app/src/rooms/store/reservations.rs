//! SQL for reservations: what holds a room, a party's use of it, and their status.

use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use crate::rooms::model::{ReservationId, ReservationKind, ReservationStatus, RoomId};
use super::Party;
use sqlx::Any;

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
        "SELECT CAST(COALESCE(SUM(CASE WHEN starts_at >= $3 AND starts_at < $4 THEN (ends_at - starts_at) / 60 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN starts_at > $5 THEN 1 ELSE 0 END), 0) AS BIGINT) \
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

pub async fn insert_reservation(tx: &mut Tx, r: NewReservation<'_>, now: i64) -> AppResult<ReservationId> {
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
    .bind(now)
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
pub async fn set_status(tx: &mut Tx, id: ReservationId, status: ReservationStatus, by: UserId, reason: &str, now: i64) -> AppResult<()> {
    sqlx::query("UPDATE reservations SET status = $1, decided_by = $2, decision_reason = $3, updated_at = $4 WHERE id = $5")
        .bind(status.code())
        .bind(by.0)
        .bind(reason)
        .bind(now)
        .bind(id.0)
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

/// A new reservation series of a room (recurring bookings by staff); returns its id.
pub async fn insert_series(tx: &mut Tx, room: RoomId, until: &str, now: i64) -> AppResult<i64> {
    Ok(sqlx::query_scalar("INSERT INTO reservation_series (room_id, until_date, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(room.0)
        .bind(until)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?)
}

/// Confirmed reservations of a room for the calendar feed.
pub async fn feed_rows(db: &Db, room: RoomId, from: i64, to: i64) -> AppResult<Vec<TakenRow>> {
    taken_between(db, room, from, to).await
}


/// A person's next resident reservation that has not ended, confirmed or waiting for approval:
/// (room name, start, end, status code).
pub async fn next_of_user(db: &Db, user: UserId, now: i64) -> AppResult<Option<(String, i64, i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT m.name, r.starts_at, r.ends_at, r.status FROM reservations r JOIN rooms m ON m.id = r.room_id \
         WHERE r.user_id = $1 AND r.kind = 'bewoner' AND r.ends_at > $2 AND r.status IN ('bevestigd', 'in_afwachting') \
         ORDER BY r.starts_at, r.id LIMIT 1",
    )
    .bind(user.0)
    .bind(now)
    .fetch_optional(db)
    .await?)
}

/// How many requests for the rooms of a buurt wait for a decision (those that start after `now`).
pub async fn pending_count(db: &Db, buurt: BuurtId, now: i64) -> AppResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM reservations r JOIN rooms m ON m.id = r.room_id \
         WHERE m.buurt_id = $1 AND r.status = 'in_afwachting' AND r.starts_at > $2",
    )
    .bind(buurt.0)
    .bind(now)
    .fetch_one(db)
    .await?)
}
