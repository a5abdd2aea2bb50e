//! SQL for rooms and reservations. Reads that a decision rests on take the write
//! transaction (`&mut **tx`); page reads take the pool. Nothing here reads the clock: a
//! write that stamps a time takes `now`.

use super::model::RoomId;
use super::rules::{Rules, Settings, clock_label};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row};

mod holds;
mod reservations;
pub use holds::*;
pub use reservations::*;

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

/// The settings of a room in the order both statements of [`save_room`] take them
/// (`$1` … `$15`), so a new column is bound in one place.
fn bind_settings<'q>(q: Query<'q, Any, AnyArguments>, s: &'q Settings, now: i64) -> Query<'q, Any, AnyArguments> {
    let r = &s.rules;
    q.bind(&s.name)
        .bind(&s.description)
        .bind(r.capacity)
        .bind(&s.accessibility)
        .bind(r.slot_minutes)
        .bind(r.min_minutes)
        .bind(r.max_minutes)
        .bind(r.book_ahead_days)
        .bind(r.lead_minutes)
        .bind(r.approval_over_minutes)
        .bind(r.approval_after.map(clock_label))
        .bind(r.approval_private as i64)
        .bind(r.quota_minutes_month)
        .bind(r.quota_future)
        .bind(now)
}

/// Creates a room (`id` None) or saves its settings, with its opening hours.
pub async fn save_room(tx: &mut Tx, buurt: BuurtId, id: Option<RoomId>, s: &Settings, now: i64) -> AppResult<RoomId> {
    let id = match id {
        None => {
            let insert = sqlx::query(
                "INSERT INTO rooms (name, description, capacity, accessibility, slot_minutes, min_minutes, \
                 max_minutes, book_ahead_days, lead_minutes, approval_over_minutes, approval_after, approval_private, \
                 quota_minutes_month, quota_future, created_at, buurt_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
            );
            RoomId(bind_settings(insert, s, now).bind(buurt.0).fetch_one(&mut **tx).await?.try_get(0)?)
        }
        Some(id) => {
            let update = sqlx::query(
                "UPDATE rooms SET name = $1, description = $2, capacity = $3, accessibility = $4, slot_minutes = $5, \
                 min_minutes = $6, max_minutes = $7, book_ahead_days = $8, lead_minutes = $9, approval_over_minutes = $10, \
                 approval_after = $11, approval_private = $12, quota_minutes_month = $13, quota_future = $14, \
                 updated_at = $15 WHERE id = $16",
            );
            bind_settings(update, s, now).bind(id.0).execute(&mut **tx).await?;
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
pub async fn add_closed_day(tx: &mut Tx, room: RoomId, date: &str, reason: &str, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO room_closed_days (room_id, day, reason, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (room_id, day) DO UPDATE SET reason = excluded.reason",
    )
    .bind(room.0)
    .bind(date)
    .bind(reason)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The households of a buurt, in the order they were made.
pub async fn household_ids(db: &Db, buurt: BuurtId) -> AppResult<Vec<i64>> {
    Ok(sqlx::query_scalar("SELECT id FROM households WHERE buurt_id = $1 ORDER BY id").bind(buurt.0).fetch_all(db).await?)
}
