//! SQL for proposals, the participation settings of a buurt and the public moderation log.

use super::model::{Action, Kind, ProposalId, ProposalInput, Settings, Status, Target};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Db, Tx, now};
use crate::error::{AppError, AppResult};
use sqlx::{Any, Executor};

/// The participation limits of a buurt: its stored row, or the defaults.
pub async fn settings<'c, E: Executor<'c, Database = Any>>(ex: E, buurt: BuurtId) -> AppResult<Settings> {
    let row: Option<(i64, i64, i64, i64, i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT max_open_per_resident, max_open_per_household, comment_interval_seconds, comments_per_day, \
         consecutive_replies, report_threshold, nudge_share_percent, nudge_min_comments \
         FROM participation_settings WHERE buurt_id = $1",
    )
    .bind(buurt.0)
    .fetch_optional(ex)
    .await?;
    Ok(match row {
        Some((a, b, c, d, e, f, g, h)) => Settings {
            max_open_per_resident: a,
            max_open_per_household: b,
            comment_interval_seconds: c,
            comments_per_day: d,
            consecutive_replies: e,
            report_threshold: f,
            nudge_share_percent: g,
            nudge_min_comments: h,
        },
        None => Settings::default(),
    })
}

/// One entry of the public moderation log, written in the caller's transaction.
pub struct LogEntry<'a> {
    pub buurt: BuurtId,
    /// `None` when reports from households hid something automatically.
    pub actor: Option<UserId>,
    /// The actor's role code at the time, or `"meldingen"` for an automatic hide.
    pub actor_role: &'a str,
    pub action: Action,
    pub target: Target,
    pub target_id: i64,
    pub target_title: &'a str,
    pub reason: &'a str,
}

pub async fn log_moderation(tx: &mut Tx, e: &LogEntry<'_>) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO moderation_log (buurt_id, actor_id, actor_role, action, target_kind, target_id, target_title, reason, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(e.buurt.0)
    .bind(e.actor.map(|u| u.0))
    .bind(e.actor_role)
    .bind(e.action.code())
    .bind(e.target.code())
    .bind(e.target_id)
    .bind(e.target_title)
    .bind(e.reason)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

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

pub async fn proposal<'c, E: Executor<'c, Database = Any>>(ex: E, id: ProposalId) -> AppResult<ProposalRow> {
    let sql = format!("{SELECT_PROPOSAL} WHERE p.id = $1");
    sqlx::query_as::<_, ProposalRow>(sqlx::AssertSqlSafe(sql))
        .bind(id.0)
        .fetch_optional(ex)
        .await?
        .ok_or(AppError::NotFound)
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

/// A new proposal, status `ingediend`, with its first history entry.
pub async fn insert_proposal(
    tx: &mut Tx,
    buurt: BuurtId,
    author: UserId,
    household: Option<i64>,
    input: &ProposalInput,
) -> AppResult<ProposalId> {
    let at = now();
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO proposals (buurt_id, author_id, household_id, kind, title, description, audience, date_wish, help_needed, \
         status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ingediend', $10, $10) RETURNING id",
    )
    .bind(buurt.0)
    .bind(author.0)
    .bind(household)
    .bind(input.kind.code())
    .bind(&input.title)
    .bind(&input.description)
    .bind(&input.audience)
    .bind(&input.date_wish)
    .bind(&input.help_needed)
    .bind(at)
    .fetch_one(&mut **tx)
    .await?;
    Ok(ProposalId(id))
}

/// New text for a proposal (the kind stays).
pub async fn update_content(tx: &mut Tx, id: ProposalId, input: &ProposalInput) -> AppResult<()> {
    sqlx::query(
        "UPDATE proposals SET title = $1, description = $2, audience = $3, date_wish = $4, help_needed = $5, updated_at = $6 \
         WHERE id = $7",
    )
    .bind(&input.title)
    .bind(&input.description)
    .bind(&input.audience)
    .bind(&input.date_wish)
    .bind(&input.help_needed)
    .bind(now())
    .bind(id.0)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Who took a step: the user and their role code at the time.
#[derive(Clone, Copy, Debug)]
pub struct Actor<'a> {
    pub user: UserId,
    pub role: &'a str,
}

/// Moves a proposal to `status` with its reason, and records the step in its history.
pub async fn set_status(tx: &mut Tx, id: ProposalId, status: Status, reason: &str, actor: Actor<'_>) -> AppResult<()> {
    let at = now();
    sqlx::query("UPDATE proposals SET status = $1, status_reason = $2, updated_at = $3 WHERE id = $4")
        .bind(status.code())
        .bind(reason)
        .bind(at)
        .bind(id.0)
        .execute(&mut **tx)
        .await?;
    insert_event(tx, id, status, reason, actor).await
}

/// One entry in a proposal's history.
pub async fn insert_event(tx: &mut Tx, id: ProposalId, status: Status, reason: &str, actor: Actor<'_>) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO proposal_events (proposal_id, status, reason, actor_id, actor_role, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(id.0)
    .bind(status.code())
    .bind(reason)
    .bind(actor.user.0)
    .bind(actor.role)
    .bind(now())
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

/// Hides a proposal (with who and why), or shows it again with `None`.
pub async fn set_hidden(tx: &mut Tx, id: ProposalId, hidden: Option<(UserId, &str)>) -> AppResult<()> {
    match hidden {
        Some((by, reason)) => sqlx::query("UPDATE proposals SET hidden_at = $1, hidden_by = $2, hidden_reason = $3 WHERE id = $4")
            .bind(now())
            .bind(by.0)
            .bind(reason)
            .bind(id.0),
        None => sqlx::query("UPDATE proposals SET hidden_at = NULL, hidden_by = NULL, hidden_reason = '' WHERE id = $1").bind(id.0),
    }
    .execute(&mut **tx)
    .await?;
    Ok(())
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

pub async fn is_supporter<'c, E: Executor<'c, Database = Any>>(ex: E, id: ProposalId, user: UserId) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT user_id FROM proposal_supporters WHERE proposal_id = $1 AND user_id = $2")
        .bind(id.0)
        .bind(user.0)
        .fetch_optional(ex)
        .await?;
    Ok(found.is_some())
}

/// Adds a supporter; supporting twice is once.
pub async fn add_supporter(tx: &mut Tx, id: ProposalId, user: UserId) -> AppResult<()> {
    sqlx::query("INSERT INTO proposal_supporters (proposal_id, user_id, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(id.0)
        .bind(user.0)
        .bind(now())
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

/// Moves the supporters and comments of a merged proposal to the one it joins: someone who
/// supported both counts once; the author of the target is not their own supporter.
pub async fn move_supporters_and_comments(tx: &mut Tx, from: ProposalId, into: ProposalId, into_author: Option<i64>) -> AppResult<()> {
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
    sqlx::query("UPDATE comments SET proposal_id = $1 WHERE proposal_id = $2").bind(into.0).bind(from.0).execute(&mut **tx).await?;
    Ok(())
}

/// How many proposals and comments a user wrote since `since` (the queue shows this).
pub async fn recent_activity(db: &Db, user: UserId, since: i64) -> AppResult<(i64, i64)> {
    let proposals: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM proposals WHERE author_id = $1 AND created_at >= $2")
        .bind(user.0)
        .bind(since)
        .fetch_one(db)
        .await?;
    let comments: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM comments WHERE author_id = $1 AND created_at >= $2")
        .bind(user.0)
        .bind(since)
        .fetch_one(db)
        .await?;
    Ok((proposals, comments))
}

/// A moderation log entry with the actor's shown name and the proposal it concerns.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LogRow {
    pub actor_role: String,
    pub actor_name: Option<String>,
    pub action: String,
    pub target_kind: String,
    pub target_title: String,
    pub reason: String,
    pub created_at: i64,
    pub proposal_id: Option<i64>,
    pub proposal_hidden: Option<i64>,
    /// For an entry about a comment: when that comment is hidden.
    pub comment_hidden: Option<i64>,
}

/// The newest entries of a buurt's moderation log first.
pub async fn log(db: &Db, buurt: BuurtId, limit: i64) -> AppResult<Vec<LogRow>> {
    Ok(sqlx::query_as::<_, LogRow>(
        "SELECT l.actor_role, u.display_name AS actor_name, l.action, l.target_kind, l.target_title, l.reason, l.created_at, \
         p.id AS proposal_id, p.hidden_at AS proposal_hidden, c.hidden_at AS comment_hidden \
         FROM moderation_log l LEFT JOIN users u ON u.id = l.actor_id \
         LEFT JOIN comments c ON l.target_kind = 'reactie' AND c.id = l.target_id \
         LEFT JOIN proposals p ON p.id = CASE WHEN l.target_kind = 'voorstel' THEN l.target_id ELSE c.proposal_id END \
         WHERE l.buurt_id = $1 ORDER BY l.created_at DESC, l.id DESC LIMIT $2",
    )
    .bind(buurt.0)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// Stores the participation limits of a buurt.
pub async fn save_settings(tx: &mut Tx, buurt: BuurtId, s: &Settings, by: UserId) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO participation_settings (buurt_id, max_open_per_resident, max_open_per_household, comment_interval_seconds, \
         comments_per_day, consecutive_replies, report_threshold, nudge_share_percent, nudge_min_comments, updated_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (buurt_id) DO UPDATE SET max_open_per_resident = excluded.max_open_per_resident, \
         max_open_per_household = excluded.max_open_per_household, comment_interval_seconds = excluded.comment_interval_seconds, \
         comments_per_day = excluded.comments_per_day, consecutive_replies = excluded.consecutive_replies, \
         report_threshold = excluded.report_threshold, nudge_share_percent = excluded.nudge_share_percent, \
         nudge_min_comments = excluded.nudge_min_comments, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
    )
    .bind(buurt.0)
    .bind(s.max_open_per_resident)
    .bind(s.max_open_per_household)
    .bind(s.comment_interval_seconds)
    .bind(s.comments_per_day)
    .bind(s.consecutive_replies)
    .bind(s.report_threshold)
    .bind(s.nudge_share_percent)
    .bind(s.nudge_min_comments)
    .bind(by.0)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Who last changed the settings and when: (shown name, unix seconds).
pub async fn settings_changed(db: &Db, buurt: BuurtId) -> AppResult<Option<(Option<String>, i64)>> {
    Ok(sqlx::query_as::<_, (Option<String>, i64)>(
        "SELECT u.display_name, s.updated_at FROM participation_settings s LEFT JOIN users u ON u.id = s.updated_by \
         WHERE s.buurt_id = $1 AND s.updated_at IS NOT NULL",
    )
    .bind(buurt.0)
    .fetch_optional(db)
    .await?)
}

/// How many proposals a buurt has (demo seeding adds them once).
pub async fn count_proposals(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM proposals WHERE buurt_id = $1").bind(buurt.0).fetch_one(db).await?)
}

/// Stores (or replaces) the photo of a proposal, already re-encoded.
pub async fn save_photo(tx: &mut Tx, id: ProposalId, width: i64, height: i64, bytes: &[u8]) -> AppResult<()> {
    sqlx::query("DELETE FROM proposal_photos WHERE proposal_id = $1").bind(id.0).execute(&mut **tx).await?;
    sqlx::query(
        "INSERT INTO proposal_photos (proposal_id, content_type, width, height, bytes, created_at) VALUES ($1, 'image/jpeg', $2, $3, $4, $5)",
    )
    .bind(id.0)
    .bind(width)
    .bind(height)
    .bind(bytes.to_vec())
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The stored photo of a proposal.
pub async fn photo(db: &Db, id: ProposalId) -> AppResult<Option<Vec<u8>>> {
    Ok(sqlx::query_scalar("SELECT bytes FROM proposal_photos WHERE proposal_id = $1").bind(id.0).fetch_optional(db).await?)
}
