//! SQL for notifications.

use super::model::{Notification, NotificationId};
use crate::accounts::model::UserId;
use crate::db::{Db, Tx, now};
use crate::error::AppResult;

/// Posts a notification to a user, inside the caller's transaction.
pub async fn notify(tx: &mut Tx, user: UserId, key: &str, args: &[(&str, &str)], link: &str) -> AppResult<()> {
    let args: serde_json::Map<String, serde_json::Value> =
        args.iter().map(|(k, v)| ((*k).to_string(), serde_json::Value::from(*v))).collect();
    sqlx::query(
        "INSERT INTO notifications (user_id, message_key, args, link, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(user.0)
    .bind(key)
    .bind(serde_json::Value::Object(args).to_string())
    .bind(link)
    .bind(now())
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

/// The newest notifications first, at most `limit`.
pub async fn list(db: &Db, user: UserId, limit: i64) -> AppResult<Vec<Notification>> {
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
            let args: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&args).unwrap_or_default();
            Notification {
                id: NotificationId(id),
                message_key,
                args: args
                    .into_iter()
                    .map(|(k, v)| (k, v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())))
                    .collect(),
                link,
                created_at,
                when: crate::time::moment_label(created_at),
                read: read_at.is_some(),
            }
        })
        .collect())
}

/// Marks one of the user's notifications read (or all of them with `None`).
pub async fn mark_read(db: &Db, user: UserId, which: Option<NotificationId>) -> AppResult<u64> {
    let done = sqlx::query(
        "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL AND ($3 = 0 OR id = $3)",
    )
    .bind(now())
    .bind(user.0)
    .bind(which.map_or(0, |n| n.0))
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}
