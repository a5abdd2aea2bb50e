//! SQL for the home page: what is coming this week (in one buurt or in all), and a person's
//! next activity. Small, limited reads on the `activities_buurt_start` index.

use crate::accounts::model::{BuurtId, UserId};
use crate::db::Db;
use crate::error::AppResult;

/// An activity as the home page lists it: no organiser or participant names.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ComingRow {
    pub id: i64,
    pub buurt_name: String,
    pub title: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub place: String,
    pub capacity: Option<i64>,
    pub signed_up: i64,
}

const SELECT_COMING: &str = "SELECT a.id, b.name AS buurt_name, a.title, a.starts_at, a.ends_at, a.place, a.capacity, \
    (SELECT COUNT(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'aangemeld') AS signed_up \
    FROM activities a JOIN buurten b ON b.id = a.buurt_id";

/// Activities that have not ended at `now` and start before `until`, not cancelled, by start,
/// at most `limit`: of one buurt, or of every buurt (`None`).
///
/// An activity lasts at most `rules::MAX_LENGTH`, so one that has not ended started after
/// `now - MAX_LENGTH`: that bound keeps the index scan to the coming days instead of the whole
/// history of the agenda.
pub async fn coming(db: &Db, buurt: Option<BuurtId>, (now, until): (i64, i64), limit: i64) -> AppResult<Vec<ComingRow>> {
    // Two statements rather than `($1 = 0 OR …)`, so each uses its index.
    let which = if buurt.is_some() { "a.buurt_id = $1 AND" } else { "$1 = 0 AND" };
    let longest = crate::agenda::rules::MAX_LENGTH;
    let sql = format!(
        "{SELECT_COMING} WHERE {which} a.starts_at < $2 AND a.starts_at > $3 - {longest} AND a.ends_at > $3 \
         AND a.cancelled_at IS NULL ORDER BY a.starts_at, a.id LIMIT $4"
    );
    Ok(sqlx::query_as::<_, ComingRow>(sqlx::AssertSqlSafe(sql))
        .bind(buurt.map_or(0, |b| b.0))
        .bind(until)
        .bind(now)
        .bind(limit)
        .fetch_all(db)
        .await?)
}

/// The next activity (not ended, not cancelled) a user holds a place for.
pub async fn next_signup(db: &Db, user: UserId, now: i64) -> AppResult<Option<ComingRow>> {
    let sql = format!(
        "{SELECT_COMING} WHERE a.ends_at > $2 AND a.cancelled_at IS NULL AND a.id IN \
         (SELECT activity_id FROM activity_signups WHERE user_id = $1 AND status = 'aangemeld') \
         ORDER BY a.starts_at, a.id LIMIT 1"
    );
    Ok(sqlx::query_as::<_, ComingRow>(sqlx::AssertSqlSafe(sql)).bind(user.0).bind(now).fetch_optional(db).await?)
}
