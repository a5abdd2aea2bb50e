//! SQL for the personal calendar feeds: one secret address per user.

use crate::accounts::model::UserId;
use crate::db::{Db, Tx};
use crate::error::AppResult;

/// Stores a user's new feed secret, replacing (revoking) any earlier one.
pub async fn set_feed(db: &Db, user: UserId, token: &str, now: i64) -> AppResult<()> {
    crate::in_write!(db, |tx| replace_feed(tx, user, token, now))
}

async fn replace_feed(tx: &mut Tx, user: UserId, token: &str, now: i64) -> AppResult<()> {
    sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    sqlx::query("INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3)")
        .bind(user.0)
        .bind(token)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn delete_feed(db: &Db, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1").bind(user.0).execute(db).await?;
    Ok(())
}

/// The user's feed secret, if they have one.
pub async fn feed_token(db: &Db, user: UserId) -> AppResult<Option<String>> {
    Ok(sqlx::query_scalar("SELECT token FROM calendar_feeds WHERE user_id = $1").bind(user.0).fetch_optional(db).await?)
}

/// The user whose feed secret this is (deleted accounts have none).
pub async fn feed_owner(db: &Db, token: &str) -> AppResult<Option<UserId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT f.user_id FROM calendar_feeds f JOIN users u ON u.id = f.user_id \
         WHERE f.token = $1 AND u.deleted_at IS NULL",
    )
    .bind(token)
    .fetch_optional(db)
    .await?;
    Ok(id.map(UserId))
}


/// Stops a user's feed inside a transaction (account deletion).
pub async fn delete_feed_in(tx: &mut Tx, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM calendar_feeds WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    Ok(())
}
