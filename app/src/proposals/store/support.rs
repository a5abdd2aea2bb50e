//! SQL for the supporters of proposals ("Ik steun dit").

use super::super::model::ProposalId;
use crate::accounts::model::UserId;
use crate::db::Tx;
use crate::error::AppResult;
use sqlx::{Any, Executor};

pub async fn is_supporter<'c, E: Executor<'c, Database = Any>>(ex: E, id: ProposalId, user: UserId) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT user_id FROM proposal_supporters WHERE proposal_id = $1 AND user_id = $2")
        .bind(id.0)
        .bind(user.0)
        .fetch_optional(ex)
        .await?;
    Ok(found.is_some())
}

/// Adds a supporter; supporting twice is once.
pub async fn add_supporter(tx: &mut Tx, id: ProposalId, user: UserId, now: i64) -> AppResult<()> {
    sqlx::query("INSERT INTO proposal_supporters (proposal_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(id.0)
        .bind(user.0)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn remove_supporter(tx: &mut Tx, id: ProposalId, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM proposal_supporters WHERE proposal_id = $1 AND user_id = $2")
        .bind(id.0)
        .bind(user.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Moves the supporters of a merged proposal to the one it joins: someone who supported both
/// counts once; the author of the target is not their own supporter.
pub async fn move_supporters(tx: &mut Tx, from: ProposalId, into: ProposalId, into_author: Option<i64>) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO proposal_supporters (proposal_id, user_id, created_at) \
         SELECT $1, user_id, created_at FROM proposal_supporters WHERE proposal_id = $2 AND user_id <> $3 \
         ON CONFLICT DO NOTHING",
    )
    .bind(into.0)
    .bind(from.0)
    .bind(into_author.unwrap_or(0))
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM proposal_supporters WHERE proposal_id = $1").bind(from.0).execute(&mut **tx).await?;
    Ok(())
}
