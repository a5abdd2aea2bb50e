//! SQL for sign-ups and the waiting list.

use crate::accounts::model::{BuurtId, UserId};
use crate::agenda::model::{ActivityId, SignupStatus};
use crate::db::{Db, Tx};
use crate::error::{AppError, AppResult};

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
    // buurt, start, sign-up closes (minutes before), cancelled at, capacity
    type Row = (i64, i64, Option<i64>, Option<i64>, Option<i64>);
    let row: Option<Row> = sqlx::query_as(
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

pub async fn insert_signup(tx: &mut Tx, activity: ActivityId, user: UserId, signed_up: bool, now: i64) -> AppResult<()> {
    sqlx::query("INSERT INTO activity_signups (activity_id, user_id, status, created_at) VALUES ($1, $2, $3, $4)")
        .bind(activity.0)
        .bind(user.0)
        .bind(if signed_up { "aangemeld" } else { "wachtlijst" })
        .bind(now)
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

/// Everyone signed up or waiting for an activity.
pub async fn people_of(tx: &mut Tx, activity: ActivityId) -> AppResult<Vec<UserId>> {
    let users: Vec<i64> = sqlx::query_scalar("SELECT user_id FROM activity_signups WHERE activity_id = $1 ORDER BY id")
        .bind(activity.0)
        .fetch_all(&mut **tx)
        .await?;
    Ok(users.into_iter().map(UserId).collect())
}

/// Titles of other activities, not cancelled, that overlap `start..end` and that the user
/// signed up or waits for.
pub async fn overlapping_for_user(db: &Db, user: UserId, except: ActivityId, start: i64, end: i64) -> AppResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT a.title FROM activities a JOIN activity_signups s ON s.activity_id = a.id \
         WHERE s.user_id = $1 AND a.id <> $2 AND a.cancelled_at IS NULL AND a.starts_at < $4 AND a.ends_at > $3 \
         ORDER BY a.starts_at",
    )
    .bind(user.0)
    .bind(except.0)
    .bind(start)
    .bind(end)
    .fetch_all(db)
    .await?)
}

/// The activities, not yet started, that a user signed up or waits for.
pub async fn future_signups(tx: &mut Tx, user: UserId, now: i64) -> AppResult<Vec<ActivityId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT s.activity_id FROM activity_signups s JOIN activities a ON a.id = s.activity_id \
         WHERE s.user_id = $1 AND a.starts_at > $2 ORDER BY s.activity_id",
    )
    .bind(user.0)
    .bind(now)
    .fetch_all(&mut **tx)
    .await?;
    Ok(ids.into_iter().map(ActivityId).collect())
}
