//! SQL for proposals, their history and supporters, the participation settings of a buurt
//! and the public moderation log. Functions never read the clock: writes take `now`.

use super::model::{Kind, ProposalId, ProposalInput, Status};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx};
use crate::error::{AppError, AppResult};
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, Executor, Row};

mod export;
mod fair;
mod log;
mod photo;
mod seen;
mod settings;
mod support;
pub use export::*;
pub use fair::*;
pub use log::*;
pub use photo::*;
pub use seen::*;
pub use settings::*;
pub use support::*;

/// A proposal with its supporters and the author's shown name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ProposalRow {
    pub id: i64,
    pub buurt_id: i64,
    pub author_id: Option<i64>,
    pub household_id: Option<i64>,
    pub kind: String,
    pub title: String,
    pub description: String,
    pub audience: String,
    pub date_wish: String,
    pub help_needed: String,
    pub status: String,
    pub status_reason: String,
    pub merged_into: Option<i64>,
    pub activity_id: Option<i64>,
    pub hidden_at: Option<i64>,
    pub hidden_reason: String,
    pub created_at: i64,
    pub supporters: i64,
    pub author_name: Option<String>,
    pub has_photo: i64,
}

impl ProposalRow {
    pub fn kind(&self) -> AppResult<Kind> {
        Kind::from_code(&self.kind).ok_or_else(|| AppError::internal("stored proposal kind is not valid"))
    }

    pub fn status(&self) -> AppResult<Status> {
        Status::from_code(&self.status).ok_or_else(|| AppError::internal("stored proposal status is not valid"))
    }

    pub fn is_author(&self, user: UserId) -> bool {
        self.author_id == Some(user.0)
    }
}

const SELECT_PROPOSAL: &str = "SELECT p.id, p.buurt_id, p.author_id, p.household_id, p.kind, p.title, p.description, \
    p.audience, p.date_wish, p.help_needed, p.status, p.status_reason, p.merged_into, p.activity_id, p.hidden_at, \
    p.hidden_reason, p.created_at, \
    (SELECT COUNT(*) FROM proposal_supporters s WHERE s.proposal_id = p.id) AS supporters, \
    u.display_name AS author_name, \
    (SELECT COUNT(*) FROM proposal_photos f WHERE f.proposal_id = p.id) AS has_photo \
    FROM proposals p LEFT JOIN users u ON u.id = p.author_id";

/// A proposal, or `None` when there is no such proposal.
pub async fn find<'c, E: Executor<'c, Database = Any>>(ex: E, id: ProposalId) -> AppResult<Option<ProposalRow>> {
    let sql = format!("{SELECT_PROPOSAL} WHERE p.id = $1");
    Ok(sqlx::query_as::<_, ProposalRow>(sqlx::AssertSqlSafe(sql)).bind(id.0).fetch_optional(ex).await?)
}

/// A proposal that must exist: `NotFound` otherwise.
pub async fn proposal<'c, E: Executor<'c, Database = Any>>(ex: E, id: ProposalId) -> AppResult<ProposalRow> {
    find(ex, id).await?.ok_or(AppError::NotFound)
}

/// Every proposal of a buurt, oldest first (pages filter and order them).
pub async fn proposals_of_buurt(db: &Db, buurt: BuurtId) -> AppResult<Vec<ProposalRow>> {
    let sql = format!("{SELECT_PROPOSAL} WHERE p.buurt_id = $1 ORDER BY p.created_at, p.id");
    Ok(sqlx::query_as::<_, ProposalRow>(sqlx::AssertSqlSafe(sql)).bind(buurt.0).fetch_all(db).await?)
}

/// A user's own proposals, newest first.
pub async fn proposals_of_author(db: &Db, user: UserId) -> AppResult<Vec<ProposalRow>> {
    let sql = format!("{SELECT_PROPOSAL} WHERE p.author_id = $1 ORDER BY p.created_at DESC, p.id DESC");
    Ok(sqlx::query_as::<_, ProposalRow>(sqlx::AssertSqlSafe(sql)).bind(user.0).fetch_all(db).await?)
}

/// Binds the text of a proposal as `$1` … `$5`, in the order both statements below name it.
fn bind_text<'q>(q: Query<'q, Any, AnyArguments>, input: &'q ProposalInput) -> Query<'q, Any, AnyArguments> {
    q.bind(&input.title).bind(&input.description).bind(&input.audience).bind(&input.date_wish).bind(&input.help_needed)
}

/// A new proposal, status `ingediend`, with its first history entry.
pub async fn insert_proposal(
    tx: &mut Tx,
    buurt: BuurtId,
    author: UserId,
    household: Option<i64>,
    input: &ProposalInput,
    now: i64,
) -> AppResult<ProposalId> {
    let insert = sqlx::query(
        "INSERT INTO proposals (title, description, audience, date_wish, help_needed, buurt_id, author_id, household_id, kind, \
         status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ingediend', $10, $10) RETURNING id",
    );
    let row = bind_text(insert, input).bind(buurt.0).bind(author.0).bind(household).bind(input.kind.code()).bind(now).fetch_one(&mut **tx).await?;
    Ok(ProposalId(row.try_get(0)?))
}

/// New text for a proposal (the kind stays).
pub async fn update_content(tx: &mut Tx, id: ProposalId, input: &ProposalInput, now: i64) -> AppResult<()> {
    let update = sqlx::query(
        "UPDATE proposals SET title = $1, description = $2, audience = $3, date_wish = $4, help_needed = $5, updated_at = $6 \
         WHERE id = $7",
    );
    bind_text(update, input).bind(now).bind(id.0).execute(&mut **tx).await?;
    Ok(())
}

/// Who took a step: the user and their role code at the time.
#[derive(Clone, Copy, Debug)]
pub struct Actor<'a> {
    pub user: UserId,
    pub role: &'a str,
}

/// Moves a proposal to `status` with its reason, and records the step in its history.
pub async fn set_status(tx: &mut Tx, id: ProposalId, status: Status, reason: &str, actor: Actor<'_>, now: i64) -> AppResult<()> {
    sqlx::query("UPDATE proposals SET status = $1, status_reason = $2, updated_at = $3 WHERE id = $4")
        .bind(status.code())
        .bind(reason)
        .bind(now)
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    insert_event(tx, id, status, reason, actor, now).await
}

/// One entry in a proposal's history.
pub async fn insert_event(tx: &mut Tx, id: ProposalId, status: Status, reason: &str, actor: Actor<'_>, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO proposal_events (proposal_id, status, reason, actor_id, actor_role, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.0)
    .bind(status.code())
    .bind(reason)
    .bind(actor.user.0)
    .bind(actor.role)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn set_activity(tx: &mut Tx, id: ProposalId, activity: i64) -> AppResult<()> {
    sqlx::query("UPDATE proposals SET activity_id = $1 WHERE id = $2").bind(activity).bind(id.0).execute(&mut **tx).await?;
    Ok(())
}

pub async fn set_merged_into(tx: &mut Tx, id: ProposalId, into: ProposalId) -> AppResult<()> {
    sqlx::query("UPDATE proposals SET merged_into = $1 WHERE id = $2").bind(into.0).bind(id.0).execute(&mut **tx).await?;
    Ok(())
}

/// Hides a proposal with a reason (`by` is `None` when reports from households hid it), or
/// shows it again with `None`.
pub async fn set_hidden(tx: &mut Tx, id: ProposalId, hide: Option<(&str, Option<UserId>)>, now: i64) -> AppResult<()> {
    match hide {
        Some((reason, by)) => sqlx::query("UPDATE proposals SET hidden_at = $1, hidden_by = $2, hidden_reason = $3 WHERE id = $4")
            .bind(now)
            .bind(by.map(|u| u.0))
            .bind(reason.to_string())
            .bind(id.0),
        None => sqlx::query("UPDATE proposals SET hidden_at = NULL, hidden_by = NULL, hidden_reason = '' WHERE id = $1").bind(id.0),
    }
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Whether a proposal is hidden now.
pub async fn is_hidden(tx: &mut Tx, id: ProposalId) -> AppResult<bool> {
    let at: Option<Option<i64>> = sqlx::query_scalar("SELECT hidden_at FROM proposals WHERE id = $1").bind(id.0).fetch_optional(&mut **tx).await?;
    Ok(at.flatten().is_some())
}

/// A history entry with the actor's shown name.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EventRow {
    pub status: String,
    pub reason: String,
    pub actor_id: Option<i64>,
    pub actor_role: String,
    pub actor_name: Option<String>,
    pub created_at: i64,
}

/// The history of a proposal, oldest first.
pub async fn events(db: &Db, id: ProposalId) -> AppResult<Vec<EventRow>> {
    Ok(sqlx::query_as::<_, EventRow>(
        "SELECT e.status, e.reason, e.actor_id, e.actor_role, u.display_name AS actor_name, e.created_at FROM proposal_events e \
         LEFT JOIN users u ON u.id = e.actor_id WHERE e.proposal_id = $1 ORDER BY e.created_at, e.id",
    )
    .bind(id.0)
    .fetch_all(db)
    .await?)
}

/// Open proposals (not yet decided) of an author and of a household in a buurt.
pub async fn open_counts(tx: &mut Tx, buurt: BuurtId, author: UserId, household: Option<i64>) -> AppResult<(i64, i64)> {
    let of_author: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM proposals WHERE buurt_id = $1 AND author_id = $2 AND status IN ('ingediend', 'in_behandeling', 'aanpassen')",
    )
    .bind(buurt.0)
    .bind(author.0)
    .fetch_one(&mut **tx)
    .await?;
    let of_household: i64 = match household {
        Some(h) => sqlx::query_scalar(
            "SELECT COUNT(*) FROM proposals WHERE buurt_id = $1 AND household_id = $2 AND status IN ('ingediend', 'in_behandeling', 'aanpassen')",
        )
        .bind(buurt.0)
        .bind(h)
        .fetch_one(&mut **tx)
        .await?,
        None => 0,
    };
    Ok((of_author, of_household))
}

/// The household a user lives in, if any.
pub async fn household_of<'c, E: Executor<'c, Database = Any>>(ex: E, user: UserId) -> AppResult<Option<i64>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>("SELECT household_id FROM users WHERE id = $1")
        .bind(user.0)
        .fetch_optional(ex)
        .await?
        .flatten())
}

/// How many proposals a buurt has (demo seeding adds them once).
pub async fn count_proposals(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM proposals WHERE buurt_id = $1").bind(buurt.0).fetch_one(db).await?)
}

/// How many proposals a user wrote since `since` (the queue shows this).
pub async fn proposals_since(db: &Db, user: UserId, since: i64) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM proposals WHERE author_id = $1 AND created_at >= $2")
        .bind(user.0)
        .bind(since)
        .fetch_one(db)
        .await?)
}

/// The ids of a user's proposals, oldest first.
pub async fn ids_of_author(tx: &mut Tx, user: UserId) -> AppResult<Vec<i64>> {
    Ok(sqlx::query_scalar("SELECT id FROM proposals WHERE author_id = $1 ORDER BY id").bind(user.0).fetch_all(&mut **tx).await?)
}
