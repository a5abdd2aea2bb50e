//! SQL for notifications. No function here reads the clock: the moment is passed in.

use super::present::{Row, notification};
use super::model::{Notification, NotificationId};
use crate::accounts::model::UserId;
use crate::db::{Db, Tx};
use crate::error::AppResult;
use crate::i18n::Lang;

/// A notification to store: for whom, its message key, its arguments as JSON, and its link.
pub struct NewNote<'a> {
    pub user: UserId,
    pub key: &'a str,
    pub args: &'a str,
    pub link: &'a str,
}

/// Stores a notification, inside the caller's transaction.
pub async fn insert(tx: &mut Tx, note: NewNote<'_>, now: i64) -> AppResult<()> {
    sqlx::query("INSERT INTO notifications (user_id, message_key, args, link, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(note.user.0)
        .bind(note.key)
        .bind(note.args)
        .bind(note.link)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn unread_count(db: &Db, user: UserId) -> AppResult<i64> {
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notifications WHERE user_id = $1 AND read_at IS NULL")
        .bind(user.0)
        .fetch_one(db)
        .await?;
    Ok(count)
}

/// The newest notifications first, at most `limit`, in words for a reader of `lang`.
pub async fn list(db: &Db, user: UserId, limit: i64, lang: Lang) -> AppResult<Vec<Notification>> {
    let rows: Vec<(i64, String, String, String, i64, Option<i64>)> = sqlx::query_as(
        "SELECT id, message_key, args, link, created_at, read_at FROM notifications \
         WHERE user_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2",
    )
    .bind(user.0)
    .bind(limit)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, message_key, args, link, created_at, read_at)| {
            notification(Row { id, message_key, args, link, created_at, read_at }, lang)
        })
        .collect())
}

/// Marks one of the user's notifications read (or all of them with `None`).
pub async fn mark_read(db: &Db, user: UserId, which: Option<NotificationId>, now: i64) -> AppResult<u64> {
    let done = sqlx::query(
        "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL AND ($3 = 0 OR id = $3)",
    )
    .bind(now)
    .bind(user.0)
    .bind(which.map_or(0, |n| n.0))
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// Deletes every notification of a user (account deletion).
pub async fn delete_all_of(tx: &mut Tx, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM notifications WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    Ok(())
}
