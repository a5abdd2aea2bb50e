//! SQL of the secret ballots: replacing a resident's ballot, reading all rows for the count,
//! and closing (results stored, the voter→ballot link erased, ballots rewritten in a random
//! order under fresh ids).

use super::super::model::{OptionResult, RoundId};
use crate::accounts::model::UserId;
use crate::db::{Db, Tx};
use crate::error::AppResult;
use sqlx::{Any, Executor};

/// An opaque ballot id: 128 random bits, hex.
fn new_ballot_id() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Replaces a resident's whole ballot (rows already checked against the rules). An empty
/// ballot withdraws: the resident no longer counts as a voter. `assisted_by`: the sociaal
/// werker who recorded it for them (logged with the time; what was voted is not).
pub async fn replace_ballot_at(
    tx: &mut Tx,
    round: RoundId,
    user: UserId,
    rows: &[(i64, i64)],
    assisted_by: Option<UserId>,
    now: i64,
) -> AppResult<()> {
    let key: Option<String> = sqlx::query_scalar("SELECT ballot FROM ballot_keys WHERE round_id = $1 AND user_id = $2")
        .bind(round.0)
        .bind(user.0)
        .fetch_optional(&mut **tx)
        .await?;
    if let Some(key) = &key {
        sqlx::query("DELETE FROM ballot_votes WHERE round_id = $1 AND ballot = $2").bind(round.0).bind(key).execute(&mut **tx).await?;
    }
    if rows.is_empty() {
        sqlx::query("DELETE FROM ballot_keys WHERE round_id = $1 AND user_id = $2").bind(round.0).bind(user.0).execute(&mut **tx).await?;
        sqlx::query("DELETE FROM round_voters WHERE round_id = $1 AND user_id = $2").bind(round.0).bind(user.0).execute(&mut **tx).await?;
        return Ok(());
    }
    let key = match key {
        Some(key) => key,
        None => {
            let key = new_ballot_id();
            sqlx::query("INSERT INTO ballot_keys (round_id, user_id, ballot) VALUES ($1, $2, $3)")
                .bind(round.0)
                .bind(user.0)
                .bind(&key)
                .execute(&mut **tx)
                .await?;
            key
        }
    };
    for (proposal, votes) in rows {
        sqlx::query("INSERT INTO ballot_votes (round_id, ballot, proposal_id, votes) VALUES ($1, $2, $3, $4)")
            .bind(round.0)
            .bind(&key)
            .bind(*proposal)
            .bind(*votes)
            .execute(&mut **tx)
            .await?;
    }
    let at = now;
    sqlx::query(
        "INSERT INTO round_voters (round_id, user_id, voted_at, assisted_by, assisted_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (round_id, user_id) DO UPDATE SET voted_at = excluded.voted_at, \
         assisted_by = COALESCE(excluded.assisted_by, round_voters.assisted_by), \
         assisted_at = COALESCE(excluded.assisted_at, round_voters.assisted_at)",
    )
    .bind(round.0)
    .bind(user.0)
    .bind(at)
    .bind(assisted_by.map(|u| u.0))
    .bind(assisted_by.map(|_| at))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Every stored ballot row of a round: (ballot, initiative, votes), in no meaningful order.
pub async fn ballot_rows<'c, E: Executor<'c, Database = Any>>(ex: E, round: RoundId) -> AppResult<Vec<(String, i64, i64)>> {
    Ok(sqlx::query_as("SELECT ballot, proposal_id, votes FROM ballot_votes WHERE round_id = $1")
        .bind(round.0)
        .fetch_all(ex)
        .await?)
}

/// What closing a round stores: who closed it (`None`: the closing job), the results, how
/// many residents could vote, every ballot row (read in the same transaction), and when.
pub struct Closing {
    pub by: Option<UserId>,
    pub results: Vec<(i64, OptionResult)>,
    pub eligible: i64,
    pub rows: Vec<(String, i64, i64)>,
    pub now: i64,
}

/// Closes a round for good: stores the results and turnout, erases the voter→ballot link and
/// rewrites the ballot `rows` (all of the round's, read in the same transaction) in a random order under fresh ids. On
/// SQLite with `secure_delete` on so the old rows are overwritten in the file, not only
/// unlinked; on PostgreSQL [`checkpoint`] vacuums the tables after the commit.
pub async fn close(tx: &mut Tx, round: RoundId, closing: Closing) -> AppResult<()> {
    let Closing { by, results, eligible, mut rows, now } = closing;
    if tx.backend_name() == "SQLite" {
        sqlx::query("PRAGMA secure_delete = ON").execute(&mut **tx).await?;
    }
    let done = sqlx::query(
        "UPDATE vote_rounds SET closed_at = $1, closed_by = $2, eligible = $3, \
         turnout = (SELECT COUNT(*) FROM round_voters WHERE round_id = $4) WHERE id = $4 AND closed_at IS NULL",
    )
    .bind(now)
    .bind(by.map(|u| u.0))
    .bind(eligible)
    .bind(round.0)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(crate::error::Problem::VoteClosed.into());
    }
    for (proposal, r) in &results {
        sqlx::query("UPDATE round_options SET votes = $1, voters = $2, rank = $3, won = $4 WHERE round_id = $5 AND proposal_id = $6")
            .bind(r.votes)
            .bind(r.voters)
            .bind(r.rank)
            .bind(i64::from(r.won))
            .bind(round.0)
            .bind(*proposal)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("DELETE FROM ballot_keys WHERE round_id = $1").bind(round.0).execute(&mut **tx).await?;
    sqlx::query("DELETE FROM ballot_votes WHERE round_id = $1").bind(round.0).execute(&mut **tx).await?;
    rewrite_shuffled(tx, round, &mut rows).await
}

/// Inserts ballot rows again in a random order, each ballot under a fresh opaque id.
async fn rewrite_shuffled(tx: &mut Tx, round: RoundId, rows: &mut [(String, i64, i64)]) -> AppResult<()> {
    use rand::seq::SliceRandom;
    let mut fresh: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for row in rows.iter_mut() {
        let id = fresh.entry(std::mem::take(&mut row.0)).or_insert_with(new_ballot_id).clone();
        row.0 = id;
    }
    rows.shuffle(&mut rand::rng());
    const CHUNK: usize = 400;
    for chunk in rows.chunks(CHUNK) {
        let mut sql = String::from("INSERT INTO ballot_votes (round_id, ballot, proposal_id, votes) VALUES ");
        for i in 0..chunk.len() {
            if i > 0 {
                sql.push_str(", ");
            }
            let n = i * 4;
            sql.push_str(&format!("(${}, ${}, ${}, ${})", n + 1, n + 2, n + 3, n + 4));
        }
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (ballot, proposal, votes) in chunk {
            query = query.bind(round.0).bind(ballot.as_str()).bind(*proposal).bind(*votes);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// After closing (outside the transaction). SQLite: moves the WAL into the database file and
/// empties it, so the erased link does not linger in old WAL frames either. PostgreSQL:
/// vacuums the ballot tables, so the space of the erased rows is freed for reuse at once
/// (what PostgreSQL may still keep, in its WAL and backups, the README says).
pub async fn checkpoint(db: &Db) -> AppResult<()> {
    let sql = match crate::db::backend(db) {
        crate::db::Backend::Sqlite => "PRAGMA wal_checkpoint(TRUNCATE)",
        crate::db::Backend::Postgres => "VACUUM ballot_keys, ballot_votes",
    };
    sqlx::raw_sql(sql).execute(db).await?;
    Ok(())
}

