//! SQL for "download my data": a person's proposals and what they support.

use crate::accounts::model::UserId;
use crate::db::Db;
use crate::error::AppResult;

/// A person's proposals: (title, kind, status, description, created at), oldest first.
pub async fn of_author_for_export(db: &Db, user: UserId) -> AppResult<Vec<(String, String, String, String, i64)>> {
    Ok(sqlx::query_as("SELECT title, kind, status, description, created_at FROM proposals WHERE author_id = $1 ORDER BY id")
        .bind(user.0)
        .fetch_all(db)
        .await?)
}

/// The titles of the proposals a person supports, in the order they supported them.
pub async fn supported_titles(db: &Db, user: UserId) -> AppResult<Vec<String>> {
    Ok(sqlx::query_scalar(
        "SELECT p.title FROM proposal_supporters s JOIN proposals p ON p.id = s.proposal_id WHERE s.user_id = $1 ORDER BY s.created_at",
    )
    .bind(user.0)
    .fetch_all(db)
    .await?)
}
