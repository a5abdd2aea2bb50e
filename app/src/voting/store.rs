//! SQL for voting rounds: rounds and their ballot, who voted, the secret ballots, closing
//! (results stored, the voter→ballot link erased, ballots rewritten in a random order).
//!
//! Functions that a page and a write transaction both need take any executor: `&db` or
//! `&mut **tx`.

use super::model::{RoundDetails, RoundId, age_from_code, age_rank};
use super::rules::Entry;
use crate::accounts::model::{AgeBand, BuurtId, Role, UserId};
use crate::db::{Db, Tx, now};
use crate::error::{AppError, AppResult};
use sqlx::{Any, Executor};

/// A round as stored, with its number of initiatives and voters.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoundRow {
    pub id: i64,
    pub buurt_id: i64,
    pub title: String,
    pub description: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub vote_budget: i64,
    pub max_per_option: i64,
    pub min_age_band: Option<String>,
    pub money_cents: Option<i64>,
    pub winners: i64,
    pub closed_at: Option<i64>,
    pub eligible: Option<i64>,
    pub options: i64,
    pub turnout: i64,
}

impl RoundRow {
    pub fn rules(&self) -> super::model::RoundRules {
        super::model::RoundRules {
            vote_budget: self.vote_budget,
            max_per_option: self.max_per_option,
            min_age: self.min_age_band.as_deref().and_then(age_from_code),
            money_cents: self.money_cents,
            winners: self.winners,
        }
    }
}

const SELECT_ROUND: &str = "SELECT r.id, r.buurt_id, r.title, r.description, r.starts_at, r.ends_at, r.vote_budget, \
    r.max_per_option, r.min_age_band, r.money_cents, r.winners, r.closed_at, r.eligible, \
    (SELECT COUNT(*) FROM round_options o WHERE o.round_id = r.id) AS options, \
    (SELECT COUNT(*) FROM round_voters v WHERE v.round_id = r.id) AS turnout \
    FROM vote_rounds r";

pub async fn round<'c, E: Executor<'c, Database = Any>>(ex: E, id: RoundId) -> AppResult<RoundRow> {
    let sql = format!("{SELECT_ROUND} WHERE r.id = $1");
    sqlx::query_as::<_, RoundRow>(sqlx::AssertSqlSafe(sql)).bind(id.0).fetch_optional(ex).await?.ok_or(AppError::NotFound)
}

/// The rounds of a buurt: not closed first (soonest end first), then closed ones, newest first.
pub async fn rounds_of_buurt(db: &Db, buurt: BuurtId) -> AppResult<Vec<RoundRow>> {
    let sql = format!(
        "{SELECT_ROUND} WHERE r.buurt_id = $1 \
         ORDER BY CASE WHEN r.closed_at IS NULL THEN 0 ELSE 1 END, \
         CASE WHEN r.closed_at IS NULL THEN r.ends_at ELSE -r.closed_at END, r.id DESC"
    );
    Ok(sqlx::query_as::<_, RoundRow>(sqlx::AssertSqlSafe(sql)).bind(buurt.0).fetch_all(db).await?)
}

/// Rounds of a buurt whose end has passed but that are not closed yet.
pub async fn ended_unclosed(db: &Db, buurt: BuurtId, now: i64) -> AppResult<Vec<RoundId>> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM vote_rounds WHERE buurt_id = $1 AND closed_at IS NULL AND ends_at <= $2")
        .bind(buurt.0)
        .bind(now)
        .fetch_all(db)
        .await?;
    Ok(ids.into_iter().map(RoundId).collect())
}

/// Opens a round with its initiatives, in the order given.
pub async fn insert_round(tx: &mut Tx, buurt: BuurtId, d: &RoundDetails, starts_at: i64, ends_at: i64, by: UserId) -> AppResult<RoundId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO vote_rounds (buurt_id, title, description, starts_at, ends_at, vote_budget, max_per_option, \
         min_age_band, money_cents, winners, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(buurt.0)
    .bind(&d.title)
    .bind(&d.description)
    .bind(starts_at)
    .bind(ends_at)
    .bind(d.rules.vote_budget)
    .bind(d.rules.max_per_option)
    .bind(d.rules.min_age.map(AgeBand::code))
    .bind(d.rules.money_cents)
    .bind(d.rules.winners)
    .bind(by.0)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    for (position, (proposal, cost)) in d.options.iter().enumerate() {
        sqlx::query("INSERT INTO round_options (round_id, proposal_id, position, cost_cents) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(*proposal)
            .bind(position as i64)
            .bind(*cost)
            .execute(&mut **tx)
            .await?;
    }
    Ok(RoundId(id))
}

/// An initiative on a ballot, with its result once closed.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OptionRow {
    pub proposal_id: i64,
    pub title: String,
    pub description: String,
    pub cost_cents: Option<i64>,
    pub votes: Option<i64>,
    pub voters: Option<i64>,
    pub rank: Option<i64>,
    pub won: Option<i64>,
}

/// The initiatives of a round: by rank once closed, else in ballot order.
pub async fn options<'c, E: Executor<'c, Database = Any>>(ex: E, round: RoundId) -> AppResult<Vec<OptionRow>> {
    Ok(sqlx::query_as::<_, OptionRow>(
        "SELECT o.proposal_id, p.title, p.description, o.cost_cents, o.votes, o.voters, o.rank, o.won \
         FROM round_options o JOIN proposals p ON p.id = o.proposal_id WHERE o.round_id = $1 \
         ORDER BY COALESCE(o.rank, 0), o.position, o.proposal_id",
    )
    .bind(round.0)
    .fetch_all(ex)
    .await?)
}

/// The initiatives of a round as the count needs them.
pub async fn entries(tx: &mut Tx, round: RoundId) -> AppResult<Vec<Entry>> {
    let rows: Vec<(i64, Option<i64>)> = sqlx::query_as("SELECT proposal_id, cost_cents FROM round_options WHERE round_id = $1")
        .bind(round.0)
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows.into_iter().map(|(proposal_id, cost_cents)| Entry { proposal_id, cost_cents }).collect())
}

/// Accepted initiatives of a buurt that are not hidden and not on a round that is still
/// to be closed: what a new round can put on its ballot. Oldest first.
pub async fn candidates<'c, E: Executor<'c, Database = Any>>(ex: E, buurt: BuurtId) -> AppResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.title FROM proposals p WHERE p.buurt_id = $1 AND p.kind = 'initiatief' \
         AND p.status = 'geaccepteerd' AND p.hidden_at IS NULL AND NOT EXISTS ( \
           SELECT 1 FROM round_options o JOIN vote_rounds r ON r.id = o.round_id \
           WHERE o.proposal_id = p.id AND r.closed_at IS NULL) \
         ORDER BY p.created_at, p.id",
    )
    .bind(buurt.0)
    .fetch_all(ex)
    .await?)
}

/// A person's role and age band in a buurt (deleted accounts have none).
pub async fn voter<'c, E: Executor<'c, Database = Any>>(ex: E, buurt: BuurtId, user: UserId) -> AppResult<Option<(Role, Option<AgeBand>)>> {
    let row: Option<(String, Option<String>)> = sqlx::query_as(
        "SELECT m.role, u.age_band FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.buurt_id = $1 AND m.user_id = $2 AND u.deleted_at IS NULL",
    )
    .bind(buurt.0)
    .bind(user.0)
    .fetch_optional(ex)
    .await?;
    Ok(row.and_then(|(role, band)| Role::parse(&role).ok().map(|r| (r, band.as_deref().and_then(age_from_code)))))
}

/// The SQL condition (on `u`, `m`) of the residents who may vote with a minimum age band.
fn eligible_condition(min_age: Option<AgeBand>) -> String {
    let mut sql = "m.role IN ('bewoner', 'commissielid') AND u.deleted_at IS NULL".to_string();
    if let Some(min) = min_age {
        let too_young: Vec<String> =
            AgeBand::ALL.iter().filter(|b| age_rank(**b) < age_rank(min)).map(|b| format!("'{}'", b.code())).collect();
        if !too_young.is_empty() {
            sql.push_str(&format!(" AND (u.age_band IS NULL OR u.age_band NOT IN ({}))", too_young.join(", ")));
        }
    }
    sql
}

/// How many residents may vote in a round of this buurt.
pub async fn eligible_count<'c, E: Executor<'c, Database = Any>>(ex: E, buurt: BuurtId, min_age: Option<AgeBand>) -> AppResult<i64> {
    let sql = format!(
        "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.buurt_id = $1 AND {}",
        eligible_condition(min_age)
    );
    Ok(sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).bind(buurt.0).fetch_one(ex).await?)
}

/// The residents staff may record votes for, by name, and whether they voted.
pub async fn eligible_people(db: &Db, buurt: BuurtId, round: RoundId, min_age: Option<AgeBand>) -> AppResult<Vec<(i64, String, bool)>> {
    let sql = format!(
        "SELECT u.id, u.display_name, EXISTS (SELECT 1 FROM round_voters v WHERE v.round_id = $2 AND v.user_id = u.id) \
         FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.buurt_id = $1 AND u.display_name IS NOT NULL AND {} ORDER BY u.name_key",
        eligible_condition(min_age)
    );
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(buurt.0).bind(round.0).fetch_all(db).await?;
    Ok(rows.into_iter().map(|(id, name, voted)| (id, name, voted != 0)).collect())
}

/// Whether someone voted in a round.
pub async fn has_voted<'c, E: Executor<'c, Database = Any>>(ex: E, round: RoundId, user: UserId) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT 1 FROM round_voters WHERE round_id = $1 AND user_id = $2")
        .bind(round.0)
        .bind(user.0)
        .fetch_optional(ex)
        .await?;
    Ok(found.is_some())
}

/// The rounds of a list the user voted in, by round id.
pub async fn rounds_voted(db: &Db, user: UserId) -> AppResult<std::collections::HashSet<i64>> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT round_id FROM round_voters WHERE user_id = $1").bind(user.0).fetch_all(db).await?;
    Ok(ids.into_iter().collect())
}

/// A resident's own ballot in an open round: (initiative, votes). Empty once the round is
/// closed: the link to the ballot no longer exists.
pub async fn own_ballot<'c, E: Executor<'c, Database = Any>>(ex: E, round: RoundId, user: UserId) -> AppResult<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT b.proposal_id, b.votes FROM ballot_keys k JOIN ballot_votes b ON b.round_id = k.round_id AND b.ballot = k.ballot \
         WHERE k.round_id = $1 AND k.user_id = $2 ORDER BY b.proposal_id",
    )
    .bind(round.0)
    .bind(user.0)
    .fetch_all(ex)
    .await?)
}

/// An opaque ballot id: 128 random bits, hex.
fn new_ballot_id() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Replaces a resident's whole ballot (rows already checked against the rules). An empty
/// ballot withdraws: the resident no longer counts as a voter. `assisted_by`: the sociaal
/// werker who recorded it for them (logged with the time; what was voted is not).
pub async fn replace_ballot(tx: &mut Tx, round: RoundId, user: UserId, rows: &[(i64, i64)], assisted_by: Option<UserId>) -> AppResult<()> {
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
    let at = now();
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

/// Closes a round for good: stores the results and turnout, erases the voter→ballot link and
/// rewrites the ballot `rows` (all of the round's, read in the same transaction) in a random order under fresh ids, with `secure_delete` on so the
/// old rows are overwritten in the file, not only unlinked.
pub async fn close(
    tx: &mut Tx,
    round: RoundId,
    by: Option<UserId>,
    results: &[(i64, super::model::OptionResult)],
    eligible: i64,
    mut rows: Vec<(String, i64, i64)>,
) -> AppResult<()> {
    sqlx::query("PRAGMA secure_delete = ON").execute(&mut **tx).await?;
    let done = sqlx::query(
        "UPDATE vote_rounds SET closed_at = $1, closed_by = $2, eligible = $3, \
         turnout = (SELECT COUNT(*) FROM round_voters WHERE round_id = $4) WHERE id = $4 AND closed_at IS NULL",
    )
    .bind(now())
    .bind(by.map(|u| u.0))
    .bind(eligible)
    .bind(round.0)
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(crate::error::Problem::VoteClosed.into());
    }
    for (proposal, r) in results {
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

/// After closing: moves the WAL into the database file and empties it, so the erased link
/// does not linger in old WAL frames either.
pub async fn checkpoint(db: &Db) -> AppResult<()> {
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(db).await?;
    Ok(())
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
    title: &str,
    description: &str,
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
