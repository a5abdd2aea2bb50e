//! SQL for the fair-voice figures: the residents of a buurt and, per kind of taking part,
//! the amount per resident in a period; who supported whose proposals and who reported what,
//! to find households acting together. Votes are counted as rounds voted in (what was voted
//! is secret and not linked to anyone).

use super::model::Kind;
use super::rules::Resident;
use crate::accounts::model::BuurtId;
use crate::db::Db;
use crate::error::AppResult;
use crate::voting::model::age_from_code;
use std::collections::HashMap;

/// A resident row: id, shown name, household, building, age band.
type ResidentRow = (i64, Option<String>, Option<i64>, Option<String>, Option<String>);

/// The residents (bewoner, commissielid) of a buurt, with name, household, building and age band.
pub async fn residents(db: &Db, buurt: BuurtId) -> AppResult<Vec<Resident>> {
    let rows: Vec<ResidentRow> = sqlx::query_as(
        "SELECT u.id, u.display_name, u.household_id, h.building, u.age_band FROM memberships m JOIN users u ON u.id = m.user_id \
         LEFT JOIN households h ON h.id = u.household_id \
         WHERE m.buurt_id = $1 AND m.role IN ('bewoner', 'commissielid') AND u.deleted_at IS NULL ORDER BY u.id",
    )
    .bind(buurt.0)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, household, building, band)| Resident {
            id,
            name: name.unwrap_or_default(),
            household,
            building: building.unwrap_or_default(),
            age_key: band.as_deref().and_then(age_from_code).map_or("fair-age-unknown", |b| b.key()),
        })
        .collect())
}

/// The SQL of a kind: (user, amount) for buurt `$1` in `[$2, $3)`.
fn sql(kind: Kind) -> &'static str {
    match kind {
        Kind::Proposed => {
            "SELECT author_id, COUNT(*) FROM proposals WHERE buurt_id = $1 AND created_at >= $2 AND created_at < $3 \
             AND author_id IS NOT NULL GROUP BY author_id"
        }
        Kind::Commented => {
            "SELECT c.author_id, COUNT(*) FROM comments c JOIN proposals p ON p.id = c.proposal_id \
             WHERE p.buurt_id = $1 AND c.created_at >= $2 AND c.created_at < $3 AND c.deleted_at IS NULL \
             AND c.author_id IS NOT NULL GROUP BY c.author_id"
        }
        Kind::Voted => {
            "SELECT v.user_id, COUNT(*) FROM round_voters v JOIN vote_rounds r ON r.id = v.round_id \
             WHERE r.buurt_id = $1 AND v.voted_at >= $2 AND v.voted_at < $3 GROUP BY v.user_id"
        }
        Kind::SignedUp => {
            "SELECT s.user_id, COUNT(*) FROM activity_signups s JOIN activities a ON a.id = s.activity_id \
             WHERE a.buurt_id = $1 AND s.created_at >= $2 AND s.created_at < $3 GROUP BY s.user_id"
        }
        Kind::Reserved => {
            "SELECT r.user_id, CAST(SUM(r.ends_at - r.starts_at) AS BIGINT) / 60 FROM reservations r JOIN rooms m ON m.id = r.room_id \
             WHERE m.buurt_id = $1 AND r.kind = 'bewoner' AND r.status = 'bevestigd' \
             AND r.starts_at >= $2 AND r.starts_at < $3 GROUP BY r.user_id"
        }
        Kind::Helped => {
            "SELECT s.user_id, CAST(SUM(s.minutes) AS BIGINT) FROM task_signups s JOIN group_tasks t ON t.id = s.task_id \
             JOIN volunteer_groups g ON g.id = t.group_id \
             WHERE g.buurt_id = $1 AND t.starts_at >= $2 AND t.starts_at < $3 AND s.minutes > 0 GROUP BY s.user_id"
        }
        Kind::Supported => {
            "SELECT s.user_id, COUNT(*) FROM proposal_supporters s JOIN proposals p ON p.id = s.proposal_id \
             WHERE p.buurt_id = $1 AND s.created_at >= $2 AND s.created_at < $3 GROUP BY s.user_id"
        }
        Kind::Reported => {
            "SELECT reporter_id, COUNT(*) FROM reports WHERE buurt_id = $1 AND created_at >= $2 AND created_at < $3 \
             GROUP BY reporter_id"
        }
        // Rounds that were open at some moment of the period (not only planned in it).
        Kind::OnBallot => {
            "SELECT p.author_id, COUNT(*) FROM round_options o JOIN vote_rounds r ON r.id = o.round_id \
             JOIN proposals p ON p.id = o.proposal_id \
             WHERE r.buurt_id = $1 AND r.ends_at > $2 AND r.starts_at < $3 AND p.author_id IS NOT NULL GROUP BY p.author_id"
        }
    }
}

/// Per resident, the amount of one kind of taking part in `from..to` (UTC seconds).
pub async fn amounts(db: &Db, buurt: BuurtId, kind: Kind, from: i64, to: i64) -> AppResult<HashMap<i64, i64>> {
    let rows: Vec<(i64, i64)> = sqlx::query_as(sql(kind)).bind(buurt.0).bind(from).bind(to).fetch_all(db).await?;
    Ok(rows.into_iter().collect())
}

/// The supports given in the period: `(supporter, author of the proposal)`, one per support.
pub async fn supports(db: &Db, buurt: BuurtId, from: i64, to: i64) -> AppResult<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT s.user_id, p.author_id FROM proposal_supporters s JOIN proposals p ON p.id = s.proposal_id \
         WHERE p.buurt_id = $1 AND s.created_at >= $2 AND s.created_at < $3 AND p.author_id IS NOT NULL",
    )
    .bind(buurt.0)
    .bind(from)
    .bind(to)
    .fetch_all(db)
    .await?)
}

/// The reports made in the period: `(reporter, item)`, the item as `voorstel-<id>` or `reactie-<id>`.
pub async fn reports(db: &Db, buurt: BuurtId, from: i64, to: i64) -> AppResult<Vec<(i64, String)>> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT reporter_id, target_kind, target_id FROM reports WHERE buurt_id = $1 AND created_at >= $2 AND created_at < $3",
    )
    .bind(buurt.0)
    .bind(from)
    .bind(to)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(reporter, kind, id)| (reporter, format!("{kind}-{id}"))).collect())
}

/// How many households of the buurt have at least one resident.
pub async fn households(db: &Db, buurt: BuurtId) -> AppResult<i64> {
    Ok(sqlx::query_scalar(
        "SELECT COUNT(DISTINCT u.household_id) FROM memberships m JOIN users u ON u.id = m.user_id \
         WHERE m.buurt_id = $1 AND m.role IN ('bewoner', 'commissielid') AND u.deleted_at IS NULL AND u.household_id IS NOT NULL",
    )
    .bind(buurt.0)
    .fetch_one(db)
    .await?)
}
