//! SQL for the photo of a proposal.

use super::super::model::ProposalId;
use crate::db::{Db, Tx};
use crate::error::AppResult;

/// Stores (or replaces) the photo of a proposal, already re-encoded.
pub async fn save_photo(tx: &mut Tx, id: ProposalId, width: i64, height: i64, bytes: &[u8], now: i64) -> AppResult<()> {
    sqlx::query("DELETE FROM proposal_photos WHERE proposal_id = $1").bind(id.0).execute(&mut **tx).await?;
    sqlx::query(
        "INSERT INTO proposal_photos (proposal_id, content_type, width, height, bytes, created_at) VALUES ($1, 'image/jpeg', $2, $3, $4, $5)",
    )
    .bind(id.0)
    .bind(width)
    .bind(height)
    .bind(bytes.to_vec())
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The stored photo of a proposal.
pub async fn photo(db: &Db, id: ProposalId) -> AppResult<Option<Vec<u8>>> {
    Ok(sqlx::query_scalar("SELECT bytes FROM proposal_photos WHERE proposal_id = $1").bind(id.0).fetch_optional(db).await?)
}
