//! SQL for Eerlijke stem: when a resident and their household made proposals lately, and the
//! server's secret behind the fair order of the list.

use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::AppResult;
use sqlx::AnyConnection;

/// When the proposals made in a buurt since `since` were made: the author's, and (with a
/// household) the household's. Every status counts: withdrawn, declined, merged, accepted.
pub async fn made_since(
    conn: &mut AnyConnection,
    (buurt, author): (BuurtId, UserId),
    household: Option<i64>,
    since: i64,
) -> AppResult<(Vec<i64>, Option<Vec<i64>>)> {
    let mine: Vec<i64> = sqlx::query_scalar("SELECT created_at FROM proposals WHERE buurt_id = $1 AND author_id = $2 AND created_at > $3")
        .bind(buurt.0)
        .bind(author.0)
        .bind(since)
        .fetch_all(&mut *conn)
        .await?;
    let household = match household {
        Some(h) => Some(
            sqlx::query_scalar("SELECT created_at FROM proposals WHERE buurt_id = $1 AND household_id = $2 AND created_at > $3")
                .bind(buurt.0)
                .bind(h)
                .bind(since)
                .fetch_all(&mut *conn)
                .await?,
        ),
        None => None,
    };
    Ok((mine, household))
}

/// A server secret by name (hex), if it was made already.
pub async fn secret(db: &Db, name: &str) -> AppResult<Option<String>> {
    Ok(sqlx::query_scalar("SELECT value FROM app_secrets WHERE name = $1").bind(name).fetch_optional(db).await?)
}

/// Stores a secret unless another request or instance stored one first (that one stays).
pub async fn insert_secret(tx: &mut Tx, name: &str, value: &str) -> AppResult<()> {
    sqlx::query("INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
        .bind(name)
        .bind(value)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
