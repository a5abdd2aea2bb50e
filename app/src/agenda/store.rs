//! SQL for the agenda: activities, sign-ups and the waiting list.

use super::model::{ActivityId, Audience, Category, SignupStatus};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx, now};
use crate::error::{AppError, AppResult};

/// A new activity's details, already checked.
pub struct NewActivity<'a> {
    pub buurt: BuurtId,
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
    pub organiser: UserId,
}

pub async fn insert_activity(tx: &mut Tx, a: NewActivity<'_>) -> AppResult<ActivityId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO activities (buurt_id, title, description, starts_at, ends_at, place, audience, category, \
         capacity, costs, signup_closes_min, organiser_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(a.buurt.0)
    .bind(a.title)
    .bind(a.description)
    .bind(a.starts_at)
    .bind(a.ends_at)
    .bind(a.place)
    .bind(a.audience.code())
    .bind(a.category.code())
    .bind(a.capacity)
    .bind(a.costs)
    .bind(a.signup_closes_min)
    .bind(a.organiser.0)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    Ok(ActivityId(id))
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
}

const SELECT_ACTIVITY: &str = "SELECT a.id, a.buurt_id, a.title, a.description, a.starts_at, a.ends_at, a.place, \
    a.audience, a.category, a.capacity, a.costs, a.signup_closes_min, u.display_name AS organiser, \
    a.cancelled_at, a.cancel_reason, \
    (SELECT COUNT(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'aangemeld') AS signed_up, \
    (SELECT COUNT(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.status = 'wachtlijst') AS waiting \
    FROM activities a JOIN users u ON u.id = a.organiser_id";

pub async fn activity(db: &Db, id: ActivityId) -> AppResult<ActivityRow> {
    let sql = format!("{SELECT_ACTIVITY} WHERE a.id = $1");
    sqlx::query_as::<_, ActivityRow>(sqlx::AssertSqlSafe(sql))
        .bind(id.0)
        .fetch_optional(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Upcoming activities of a buurt (not yet ended), by start, at most `limit`.
pub async fn upcoming(db: &Db, buurt: BuurtId, from: i64, limit: i64) -> AppResult<Vec<ActivityRow>> {
    let sql = format!("{SELECT_ACTIVITY} WHERE a.buurt_id = $1 AND a.ends_at > $2 ORDER BY a.starts_at, a.id LIMIT $3");
    Ok(sqlx::query_as::<_, ActivityRow>(sqlx::AssertSqlSafe(sql))
        .bind(buurt.0)
        .bind(from)
        .bind(limit)
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

/// A user's standing for an activity, with their place on the waiting list.
pub async fn status_of(db: &Db, activity: ActivityId, user: UserId) -> AppResult<Option<SignupStatus>> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, status FROM activity_signups WHERE activity_id = $1 AND user_id = $2")
            .bind(activity.0)
            .bind(user.0)
            .fetch_optional(db)
            .await?;
    let Some((id, status)) = row else { return Ok(None) };
    if status == "aangemeld" {
        return Ok(Some(SignupStatus::SignedUp));
    }
    let ahead: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM activity_signups WHERE activity_id = $1 AND status = 'wachtlijst' AND id < $2",
    )
    .bind(activity.0)
    .bind(id)
    .fetch_one(db)
    .await?;
    Ok(Some(SignupStatus::Waiting(ahead + 1)))
}

/// The facts a sign-up decision needs, read inside the write transaction.
pub struct SignupFacts {
    pub buurt: BuurtId,
    pub starts_at: i64,
    pub signup_closes_min: Option<i64>,
    pub cancelled: bool,
    pub capacity: Option<i64>,
    pub signed_up: i64,
    pub already: bool,
}

pub async fn signup_facts(tx: &mut Tx, activity: ActivityId, user: UserId) -> AppResult<SignupFacts> {
    let row: Option<(i64, i64, Option<i64>, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT buurt_id, starts_at, signup_closes_min, cancelled_at, capacity FROM activities WHERE id = $1",
    )
    .bind(activity.0)
    .fetch_optional(&mut **tx)
    .await?;
    let (buurt, starts_at, signup_closes_min, cancelled_at, capacity) = row.ok_or(AppError::NotFound)?;
    let signed_up: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM activity_signups WHERE activity_id = $1 AND status = 'aangemeld'")
            .bind(activity.0)
            .fetch_one(&mut **tx)
            .await?;
    let already: Option<i64> = sqlx::query_scalar("SELECT id FROM activity_signups WHERE activity_id = $1 AND user_id = $2")
        .bind(activity.0)
        .bind(user.0)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(SignupFacts {
        buurt: BuurtId(buurt),
        starts_at,
        signup_closes_min,
        cancelled: cancelled_at.is_some(),
        capacity,
        signed_up,
        already: already.is_some(),
    })
}

pub async fn insert_signup(tx: &mut Tx, activity: ActivityId, user: UserId, signed_up: bool) -> AppResult<()> {
    sqlx::query("INSERT INTO activity_signups (activity_id, user_id, status, created_at) VALUES ($1, $2, $3, $4)")
        .bind(activity.0)
        .bind(user.0)
        .bind(if signed_up { "aangemeld" } else { "wachtlijst" })
        .bind(now())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Removes a user's sign-up; returns whether they held a place (not a waiting-list spot).
pub async fn delete_signup(tx: &mut Tx, activity: ActivityId, user: UserId) -> AppResult<Option<bool>> {
    let status: Option<String> =
        sqlx::query_scalar("DELETE FROM activity_signups WHERE activity_id = $1 AND user_id = $2 RETURNING status")
            .bind(activity.0)
            .bind(user.0)
            .fetch_optional(&mut **tx)
            .await?;
    Ok(status.map(|s| s == "aangemeld"))
}

/// Gives the first person on the waiting list the free place; returns who moved up.
pub async fn promote_first_waiting(tx: &mut Tx, activity: ActivityId) -> AppResult<Option<UserId>> {
    let first: Option<(i64, i64)> = sqlx::query_as(
        "SELECT id, user_id FROM activity_signups WHERE activity_id = $1 AND status = 'wachtlijst' ORDER BY id LIMIT 1",
    )
    .bind(activity.0)
    .fetch_optional(&mut **tx)
    .await?;
    let Some((id, user)) = first else { return Ok(None) };
    sqlx::query("UPDATE activity_signups SET status = 'aangemeld' WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(Some(UserId(user)))
}

pub async fn activity_title(tx: &mut Tx, activity: ActivityId) -> AppResult<String> {
    Ok(sqlx::query_scalar("SELECT title FROM activities WHERE id = $1")
        .bind(activity.0)
        .fetch_one(&mut **tx)
        .await?)
}

/// A user's sign-ups by activity id (waiting-list places not counted: `Waiting(0)`).
pub async fn statuses_of_user(db: &Db, user: UserId) -> AppResult<std::collections::HashMap<i64, SignupStatus>> {
    let rows: Vec<(i64, String)> = sqlx::query_as("SELECT activity_id, status FROM activity_signups WHERE user_id = $1")
        .bind(user.0)
        .fetch_all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, s)| (id, if s == "aangemeld" { SignupStatus::SignedUp } else { SignupStatus::Waiting(0) }))
        .collect())
}

/// How many activities a buurt has (demo seeding adds the agenda once).
pub async fn count_activities(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM activities WHERE buurt_id = $1")
        .bind(buurt.0)
        .fetch_one(db)
        .await?)
}

/// Cancels an activity with a reason; returns everyone signed up or waiting, to tell them.
pub async fn cancel(tx: &mut Tx, activity: ActivityId, reason: &str) -> AppResult<Vec<UserId>> {
    sqlx::query("UPDATE activities SET cancelled_at = $1, cancel_reason = $2 WHERE id = $3 AND cancelled_at IS NULL")
        .bind(now())
        .bind(reason)
        .bind(activity.0)
        .execute(&mut **tx)
        .await?;
    let users: Vec<i64> = sqlx::query_scalar("SELECT user_id FROM activity_signups WHERE activity_id = $1 ORDER BY id")
        .bind(activity.0)
        .fetch_all(&mut **tx)
        .await?;
    Ok(users.into_iter().map(UserId).collect())
}

/// Participants in arrival order: (shown name or None when deleted, waiting, household label).
pub async fn participants(db: &Db, activity: ActivityId) -> AppResult<Vec<(Option<String>, bool, Option<String>)>> {
    let rows: Vec<(Option<String>, String, Option<String>)> = sqlx::query_as(
        "SELECT u.display_name, s.status, h.label FROM activity_signups s JOIN users u ON u.id = s.user_id \
         LEFT JOIN households h ON h.id = u.household_id WHERE s.activity_id = $1 ORDER BY s.id",
    )
    .bind(activity.0)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(name, status, label)| (name, status == "wachtlijst", label)).collect())
}
