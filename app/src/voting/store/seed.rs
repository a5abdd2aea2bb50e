//! Demo data only (`buurtplein demo`, server/src/demo_voting.rs): helpers that add
//! initiatives, rounds and ballots as the seed needs them. They take the time from
//! `crate::db::now()` because the seed calls them without one; use cases never call them.

use super::super::model::{RoundDetails, RoundId};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx, now};
use crate::error::AppResult;

/// Opens a round at the current time (demo seed).
pub async fn insert_round(tx: &mut Tx, buurt: BuurtId, d: &RoundDetails, starts_at: i64, ends_at: i64, by: UserId) -> AppResult<RoundId> {
    super::insert_round_at(tx, super::NewRound { buurt, details: d, over_limit_reason: "", starts_at, ends_at, by, now: now() }).await
}

/// Stores a ballot at the current time (demo seed).
pub async fn replace_ballot(tx: &mut Tx, round: RoundId, user: UserId, rows: &[(i64, i64)], assisted_by: Option<UserId>) -> AppResult<()> {
    super::replace_ballot_at(tx, round, user, rows, assisted_by, now()).await
}

/// How many rounds a buurt has (demo seeding adds them once).
pub async fn count_rounds(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM vote_rounds WHERE buurt_id = $1").bind(buurt.0).fetch_one(db).await?)
}

/// Demo data: the initiative of a buurt with this title, added with `status` (and the
/// author's household) when there is none yet, so seeding next to the Meedoen demo adds no
/// doubles.
pub async fn find_or_add_initiative(
    db: &Db,
    buurt: BuurtId,
    author: UserId,
    (title, description): (&str, &str),
    status: &str,
    created_at: i64,
) -> AppResult<i64> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM proposals WHERE buurt_id = $1 AND kind = 'initiatief' AND title = $2")
        .bind(buurt.0)
        .bind(title)
        .fetch_optional(db)
        .await?;
    if let Some(id) = found {
        return Ok(id);
    }
    Ok(sqlx::query_scalar(
        "INSERT INTO proposals (buurt_id, author_id, household_id, kind, title, description, status, created_at, updated_at) \
         VALUES ($1, $2, (SELECT household_id FROM users WHERE id = $2), 'initiatief', $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(buurt.0)
    .bind(author.0)
    .bind(title)
    .bind(description)
    .bind(status)
    .bind(created_at)
    .fetch_one(db)
    .await?)
}

/// Demo data: spreads the voting times of a round's voters over the day after `at`.
pub async fn backdate_voters(db: &Db, round: RoundId, at: i64) -> AppResult<()> {
    sqlx::query("UPDATE round_voters SET voted_at = $1 + (user_id % 10) * 3600 WHERE round_id = $2")
        .bind(at)
        .bind(round.0)
        .execute(db)
        .await?;
    Ok(())
}

/// Demo data: the chosen initiatives of a closed round are planned ('gepland').
pub async fn plan_winners(db: &Db, round: RoundId) -> AppResult<()> {
    sqlx::query(
        "UPDATE proposals SET status = 'gepland', updated_at = $1 WHERE id IN \
         (SELECT proposal_id FROM round_options WHERE round_id = $2 AND won = 1)",
    )
    .bind(now())
    .bind(round.0)
    .execute(db)
    .await?;
    Ok(())
}

