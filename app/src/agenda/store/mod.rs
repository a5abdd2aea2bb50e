//! SQL for the agenda: activities here, sign-ups and the waiting list in `signups`, the
//! personal calendar feeds in `feeds`. Nothing here reads the clock: a write that stamps a
//! time takes `now`.

use super::model::{ActivityId, Audience, Category, Details};
use super::rules::TimeSlot;
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use crate::rooms::model::RoomId;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Row};

mod coming;
mod feeds;
mod signups;
pub use coming::*;
pub use feeds::*;
pub use signups::*;

/// A new activity: what, when and where ([`ActivityFields`]), in which buurt, by whom, and
/// whether it is one time of a series.
pub struct NewActivity<'a> {
    pub buurt: BuurtId,
    pub organiser: UserId,
    pub series: Option<i64>,
    pub what: ActivityFields<'a>,
}

/// The checked details of an activity at one time, as stored (new, or changed by an edit).
pub struct ActivityFields<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: &'a str,
    pub audience: Audience,
    pub category: Category,
    pub capacity: Option<i64>,
    pub costs: &'a str,
    pub signup_closes_min: Option<i64>,
}

impl<'a> ActivityFields<'a> {
    /// The checked form `details` at `slot`.
    pub fn of(details: &'a Details, slot: TimeSlot) -> Self {
        ActivityFields {
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
        }
    }

    /// Binds the fields as `$1` … `$10`, in the order both statements below name them.
    fn bind<'q>(&self, q: Query<'q, Any, AnyArguments>) -> Query<'q, Any, AnyArguments>
    where
        'a: 'q,
    {
        q.bind(self.title)
            .bind(self.description)
            .bind(self.starts_at)
            .bind(self.ends_at)
            .bind(self.place)
            .bind(self.audience.code())
            .bind(self.category.code())
            .bind(self.capacity)
            .bind(self.costs)
            .bind(self.signup_closes_min)
    }
}

pub async fn insert_activity(tx: &mut Tx, a: NewActivity<'_>, now: i64) -> AppResult<ActivityId> {
    let insert = sqlx::query(
        "INSERT INTO activities (title, description, starts_at, ends_at, place, audience, category, \
         capacity, costs, signup_closes_min, buurt_id, organiser_id, created_at, series_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
    );
    let row = a.what.bind(insert).bind(a.buurt.0).bind(a.organiser.0).bind(now).bind(a.series).fetch_one(&mut **tx).await?;
    Ok(ActivityId(row.try_get(0)?))
}

/// An activity row with its counts and the organiser's shown name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ActivityRow {
    pub id: i64,
    pub buurt_id: i64,
    pub title: String,
    pub description: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub audience: String,
    pub category: String,
    pub capacity: Option<i64>,
    pub costs: String,
    pub signup_closes_min: Option<i64>,
    pub organiser: Option<String>,
    pub cancelled_at: Option<i64>,
    pub cancel_reason: String,
    pub signed_up: i64,
    pub waiting: i64,
    pub series_id: Option<i64>,
    pub room_id: Option<i64>,
}

const SELECT_ACTIVITY: &str = "SELECT a.id, a.buurt_id, a.title, a.description, a.starts_at, a.ends_at, a.place, \
    a.audience, a.category, a.capacity, a.costs, a.signup_closes_min, u.display_name AS organiser, \
    a.cancelled_at, a.cancel_reason, a.series_id, a.room_id, \
    (SELECT COUNT(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'aangemeld') AS signed_up, \
    (SELECT COUNT(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'wachtlijst') AS waiting \
    FROM activities a JOIN users u ON u.id = a.organiser_id";

/// One activity, if it exists.
pub async fn activity(db: &Db, id: ActivityId) -> AppResult<Option<ActivityRow>> {
    let sql = format!("{SELECT_ACTIVITY} WHERE a.id = $1");
    Ok(sqlx::query_as::<_, ActivityRow>(sqlx::AssertSqlSafe(sql)).bind(id.0).fetch_optional(db).await?)
}

/// Activities of a buurt matching `condition` on `$2` and `$3` (the buurt is `$1`).
async fn of_buurt(db: &Db, buurt: BuurtId, condition: &str, a: i64, b: i64) -> AppResult<Vec<ActivityRow>> {
    let sql = format!("{SELECT_ACTIVITY} WHERE a.buurt_id = $1 AND {condition}");
    Ok(sqlx::query_as::<_, ActivityRow>(sqlx::AssertSqlSafe(sql)).bind(buurt.0).bind(a).bind(b).fetch_all(db).await?)
}

/// Which upcoming activities: a category and audience (codes), and the page as limit and offset.
pub struct Upcoming<'a> {
    pub category: Option<&'a str>,
    pub audience: Option<&'a str>,
    pub limit: i64,
    pub offset: i64,
}

/// One page of a buurt's upcoming activities (not yet ended), by start: optionally of one
/// category (code) and for one audience (code; activities for everyone always match).
pub async fn upcoming(db: &Db, buurt: BuurtId, from: i64, filter: Upcoming<'_>) -> AppResult<Vec<ActivityRow>> {
    let Upcoming { category, audience, limit, offset } = filter;
    let sql = format!(
        "{SELECT_ACTIVITY} WHERE a.buurt_id = $1 AND a.ends_at > $2 AND ($3 = '' OR a.category = $3) \
         AND ($4 = '' OR a.audience = $4 OR a.audience = 'iedereen') ORDER BY a.starts_at, a.id LIMIT $5 OFFSET $6"
    );
    Ok(sqlx::query_as::<_, ActivityRow>(sqlx::AssertSqlSafe(sql))
        .bind(buurt.0)
        .bind(from)
        .bind(category.unwrap_or(""))
        .bind(audience.unwrap_or(""))
        .bind(limit)
        .bind(offset)
        .fetch_all(db)
        .await?)
}

/// Upcoming activities a user signed up for or waits for.
pub async fn upcoming_for_user(db: &Db, user: UserId, from: i64) -> AppResult<Vec<ActivityRow>> {
    let sql = format!(
        "{SELECT_ACTIVITY} WHERE a.ends_at > $2 AND a.id IN (SELECT activity_id FROM activity_signups WHERE user_id = $1) \
         ORDER BY a.starts_at, a.id"
    );
    Ok(sqlx::query_as::<_, ActivityRow>(sqlx::AssertSqlSafe(sql))
        .bind(user.0)
        .bind(from)
        .fetch_all(db)
        .await?)
}

pub async fn activity_title(tx: &mut Tx, activity: ActivityId) -> AppResult<String> {
    Ok(sqlx::query_scalar("SELECT title FROM activities WHERE id = $1")
        .bind(activity.0)
        .fetch_one(&mut **tx)
        .await?)
}

/// How many activities a buurt has (demo seeding adds the agenda once).
pub async fn count_activities(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM activities WHERE buurt_id = $1")
        .bind(buurt.0)
        .fetch_one(db)
        .await?)
}

/// Cancels an activity with a reason (once).
pub async fn cancel(tx: &mut Tx, activity: ActivityId, reason: &str, now: i64) -> AppResult<()> {
    sqlx::query("UPDATE activities SET cancelled_at = $1, cancel_reason = $2 WHERE id = $3 AND cancelled_at IS NULL")
        .bind(now)
        .bind(reason)
        .bind(activity.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A new series (every `weeks` weeks until the local date `until`); returns its id.
pub async fn insert_series(tx: &mut Tx, buurt: BuurtId, weeks: i64, until: &str, now: i64) -> AppResult<i64> {
    Ok(sqlx::query_scalar(
        "INSERT INTO activity_series (buurt_id, every_weeks, until_date, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(buurt.0)
    .bind(weeks)
    .bind(until)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?)
}

/// Saves the new details of an activity (the organiser and buurt stay).
pub async fn update_activity(tx: &mut Tx, id: ActivityId, c: &ActivityFields<'_>, now: i64) -> AppResult<()> {
    let update = sqlx::query(
        "UPDATE activities SET title = $1, description = $2, starts_at = $3, ends_at = $4, place = $5, audience = $6, \
         category = $7, capacity = $8, costs = $9, signup_closes_min = $10, updated_at = $11 WHERE id = $12",
    );
    c.bind(update).bind(now).bind(id.0).execute(&mut **tx).await?;
    Ok(())
}

/// One time that an edit changes: its id, current start and end, and how many hold a place.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EditTarget {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub signed_up: i64,
}

/// The times of a series from `from_start` on that are not cancelled, in order.
pub async fn series_from(tx: &mut Tx, series: i64, from_start: i64) -> AppResult<Vec<EditTarget>> {
    Ok(sqlx::query_as::<_, EditTarget>(
        "SELECT a.id, a.starts_at, a.ends_at, \
         (SELECT COUNT(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'aangemeld') AS signed_up \
         FROM activities a WHERE a.series_id = $1 AND a.starts_at >= $2 AND a.cancelled_at IS NULL ORDER BY a.starts_at",
    )
    .bind(series)
    .bind(from_start)
    .fetch_all(&mut **tx)
    .await?)
}

/// One activity as an edit target (read inside the write transaction).
pub async fn edit_target(tx: &mut Tx, id: ActivityId) -> AppResult<EditTarget> {
    Ok(sqlx::query_as::<_, EditTarget>(
        "SELECT a.id, a.starts_at, a.ends_at, \
         (SELECT COUNT(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'aangemeld') AS signed_up \
         FROM activities a WHERE a.id = $1",
    )
    .bind(id.0)
    .fetch_one(&mut **tx)
    .await?)
}

/// Past activities of a buurt (ended before `now`), newest first, at most `limit`.
pub async fn ended(db: &Db, buurt: BuurtId, now: i64, limit: i64) -> AppResult<Vec<ActivityRow>> {
    of_buurt(db, buurt, "a.ends_at <= $2 ORDER BY a.starts_at DESC, a.id DESC LIMIT $3", now, limit).await
}

/// Activities of a buurt that start in `from..to`, cancelled ones included, by start.
pub async fn starting_between(db: &Db, buurt: BuurtId, from: i64, to: i64) -> AppResult<Vec<ActivityRow>> {
    of_buurt(db, buurt, "a.starts_at >= $2 AND a.starts_at < $3 ORDER BY a.starts_at, a.id", from, to).await
}

/// The name of a buurt, if it exists (public calendar feeds).
pub async fn buurt_name(db: &Db, buurt: BuurtId) -> AppResult<Option<String>> {
    Ok(sqlx::query_scalar("SELECT name FROM buurten WHERE id = $1").bind(buurt.0).fetch_optional(db).await?)
}

/// Records which room an activity takes place in.
pub async fn set_room(tx: &mut Tx, activity: ActivityId, room: Option<RoomId>) -> AppResult<()> {
    sqlx::query("UPDATE activities SET room_id = $1 WHERE id = $2")
        .bind(room.map(|r| r.0))
        .bind(activity.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The room an activity takes place in.
pub async fn room_of<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, activity: ActivityId) -> AppResult<Option<RoomId>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>("SELECT room_id FROM activities WHERE id = $1")
        .bind(activity.0)
        .fetch_optional(ex)
        .await?
        .flatten()
        .map(RoomId))
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

