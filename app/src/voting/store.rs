//! SQL for voting rounds: rounds and their ballot, who may vote and who voted. The secret
//! ballots and closing are in `ballots`, demo helpers in `seed`. No function here reads the
//! clock: the moment is passed in.
//!
//! Functions that a page and a write transaction both need take any executor: `&db` or
//! `&mut **tx`.

use super::model::{RoundDetails, RoundId, age_from_code, age_rank};
use super::rules::Entry;
use crate::accounts::model::{AgeBand, BuurtId, Role, UserId};
use crate::db::{Db, Tx};
use crate::error::{AppError, AppResult};
use sqlx::{Any, Executor};

mod ballots;
mod seed;
pub use ballots::{Closing, ballot_rows, checkpoint, close, replace_ballot_at};
pub use seed::{backdate_voters, count_rounds, find_or_add_initiative, insert_round, plan_winners, replace_ballot};

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
    /// The secret seed of the ballot order (hex; empty for rounds opened before seeds).
    pub ballot_seed: String,
    /// Why the commissie went over the limit of initiatives per household (empty: it did not).
    pub over_limit_reason: String,
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
    r.max_per_option, r.min_age_band, r.money_cents, r.winners, r.closed_at, r.eligible, r.ballot_seed, r.over_limit_reason, \
    (SELECT COUNT(*) FROM round_options o WHERE o.round_id = r.id) AS options, \
    (SELECT COUNT(*) FROM round_voters v WHERE v.round_id = r.id) AS turnout \
    FROM vote_rounds r";

/// A round, or `None` when there is no such round.
pub async fn find_round<'c, E: Executor<'c, Database = Any>>(ex: E, id: RoundId) -> AppResult<Option<RoundRow>> {
    let sql = format!("{SELECT_ROUND} WHERE r.id = $1");
    Ok(sqlx::query_as::<_, RoundRow>(sqlx::AssertSqlSafe(sql)).bind(id.0).fetch_optional(ex).await?)
}

/// A round; `NotFound` when there is no such round.
pub async fn round<'c, E: Executor<'c, Database = Any>>(ex: E, id: RoundId) -> AppResult<RoundRow> {
    find_round(ex, id).await?.ok_or(AppError::NotFound)
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

/// Rounds of every buurt whose end has passed at `now` but that are not closed yet (the
/// closing job), oldest end first.
pub async fn due_rounds(db: &Db, now: i64) -> AppResult<Vec<RoundId>> {
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM vote_rounds WHERE closed_at IS NULL AND ends_at <= $1 ORDER BY ends_at, id")
        .bind(now)
        .fetch_all(db)
        .await?;
    Ok(ids.into_iter().map(RoundId).collect())
}

/// A round to open: its checked details, its period, why it may go over the limit of
/// initiatives per household (empty: it does not), who opens it and when.
pub struct NewRound<'a> {
    pub buurt: BuurtId,
    pub details: &'a RoundDetails,
    pub over_limit_reason: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    pub by: UserId,
    pub now: i64,
}

/// A fresh secret seed for the ballot order of a round: 128 random bits, hex.
fn new_seed() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Opens a round with its initiatives, in the order given, and a fresh seed for the order
/// each voter sees.
pub async fn insert_round_at(tx: &mut Tx, r: NewRound<'_>) -> AppResult<RoundId> {
    let (buurt, d, starts_at, ends_at, by) = (r.buurt, r.details, r.starts_at, r.ends_at, r.by);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO vote_rounds (buurt_id, title, description, starts_at, ends_at, vote_budget, max_per_option, \
         min_age_band, money_cents, winners, created_by, created_at, ballot_seed, over_limit_reason) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
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
    .bind(r.now)
    .bind(new_seed())
    .bind(r.over_limit_reason)
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

/// An initiative a new round can put on its ballot, with the household that wrote it (the
/// author's household when they wrote it, else their household now) and the author's shown
/// name. Households are never shown by their address here: the commissie sees whose they are.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CandidateRow {
    pub id: i64,
    pub title: String,
    pub household_id: Option<i64>,
    pub author: Option<String>,
}

/// Accepted initiatives of a buurt that are not hidden and not on a round that is still
/// to be closed: what a new round can put on its ballot. Oldest first.
pub async fn candidates<'c, E: Executor<'c, Database = Any>>(ex: E, buurt: BuurtId) -> AppResult<Vec<CandidateRow>> {
    Ok(sqlx::query_as::<_, CandidateRow>(
        "SELECT p.id, p.title, COALESCE(p.household_id, u.household_id) AS household_id, u.display_name AS author \
         FROM proposals p LEFT JOIN users u ON u.id = p.author_id \
         WHERE p.buurt_id = $1 AND p.kind = 'initiatief' \
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
        "SELECT u.id, u.display_name, CASE WHEN EXISTS (SELECT 1 FROM round_voters v WHERE v.round_id = $2 AND v.user_id = u.id) THEN 1 ELSE 0 END \
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


/// Erases the links from a person to their ballots (account deletion); the ballots stay.
pub async fn forget_ballot_links(tx: &mut Tx, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM ballot_keys WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    Ok(())
}

/// The open round of a buurt at `now` that closes first, and whether `user` voted in it:
/// (round, title, end, voted).
pub async fn open_round_of(db: &Db, buurt: BuurtId, user: UserId, now: i64) -> AppResult<Option<(i64, String, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT r.id, r.title, r.ends_at, \
         CASE WHEN EXISTS (SELECT 1 FROM round_voters v WHERE v.round_id = r.id AND v.user_id = $2) THEN 1 ELSE 0 END \
         FROM vote_rounds r WHERE r.buurt_id = $1 AND r.closed_at IS NULL AND r.ends_at > $3 AND r.starts_at <= $3 \
         ORDER BY r.ends_at, r.id LIMIT 1",
    )
    .bind(buurt.0)
    .bind(user.0)
    .bind(now)
    .fetch_optional(db)
    .await?)
}

/// Rounds of a buurt closed after `since` and up to `until`: (id, title), in closing order
/// (the weekly mail's results).
pub async fn closed_between(db: &Db, buurt: BuurtId, (since, until): (i64, i64)) -> AppResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT id, title FROM vote_rounds WHERE buurt_id = $1 AND closed_at > $2 AND closed_at <= $3 ORDER BY closed_at, id",
    )
    .bind(buurt.0)
    .bind(since)
    .bind(until)
    .fetch_all(db)
    .await?)
}
