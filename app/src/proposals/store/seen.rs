//! SQL for "new since your last visit" on the home page: when a person last opened the
//! proposals list of a buurt, and what came in since. Also the size of the commissie's queue.

use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;

/// Remembers that `user` opened the proposals list of `buurt` at `now`.
pub async fn mark_seen(db: &Db, user: UserId, buurt: BuurtId, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO proposals_seen (user_id, buurt_id, seen_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id, buurt_id) DO UPDATE SET seen_at = excluded.seen_at",
    )
    .bind(user.0)
    .bind(buurt.0)
    .bind(now)
    .execute(db)
    .await?;
    Ok(())
}

/// Proposals of `buurt` written after `user` last opened the list (all, if they never did) that
/// residents may see: not hidden, not the user's own, not closed. The newest `limit` as
/// (id, title, how many there are in all), newest first.
pub async fn new_since_seen(db: &Db, user: UserId, buurt: BuurtId, limit: i64) -> AppResult<Vec<(i64, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.title, COUNT(*) OVER () FROM proposals p WHERE p.buurt_id = $1 \
         AND p.created_at > COALESCE((SELECT seen_at FROM proposals_seen WHERE user_id = $2 AND buurt_id = $1), -1) \
         AND p.hidden_at IS NULL AND (p.author_id IS NULL OR p.author_id <> $2) \
         AND p.status NOT IN ('afgewezen', 'samengevoegd', 'ingetrokken') \
         ORDER BY p.created_at DESC, p.id DESC LIMIT $3",
    )
    .bind(buurt.0)
    .bind(user.0)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// How many proposals of a buurt wait for the commissie: new or in review, not hidden (the
/// "new" part of the queue).
pub async fn to_review_count(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposals WHERE buurt_id = $1 AND status IN ('ingediend', 'in_behandeling') AND hidden_at IS NULL",
    )
    .bind(buurt.0)
    .fetch_one(db)
    .await?)
}

/// Forgets when a person looked at the lists (account deletion).
pub async fn forget_seen(tx: &mut Tx, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM proposals_seen WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    Ok(())
}

/// Proposals of a buurt made after `since` and up to `until` that residents may see (not
/// hidden, not closed), not by `user`: (id, title), oldest first (the weekly mail).
pub async fn new_between(db: &Db, buurt: BuurtId, user: UserId, (since, until): (i64, i64), limit: i64) -> AppResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.title FROM proposals p WHERE p.buurt_id = $1 AND p.created_at > $2 AND p.created_at <= $3 \
         AND p.hidden_at IS NULL AND (p.author_id IS NULL OR p.author_id <> $4) \
         AND p.status NOT IN ('afgewezen', 'samengevoegd', 'ingetrokken') \
         ORDER BY p.created_at, p.id LIMIT $5",
    )
    .bind(buurt.0)
    .bind(since)
    .bind(until)
    .bind(user.0)
    .bind(limit)
    .fetch_all(db)
    .await?)
}
