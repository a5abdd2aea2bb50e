//! SQL for buurten, households, invite codes, members and the staff log. No function here
//! reads the clock: the moment is passed in (`seed` has the demo and test helpers).

use super::model::{BuurtSummary, HouseholdId, HouseholdMember, HouseholdRow, InviteId, MemberRow};
use crate::accounts::model::{AgeBand, BuurtId, Role, UserId};
use crate::db::{Db, Tx};
use crate::error::{AppError, AppResult};

mod seed;
pub use seed::{create_buurt, create_household, insert_invite};

pub async fn create_buurt_at(tx: &mut Tx, name: &str, slug: &str, now: i64) -> AppResult<BuurtId> {
    let id: i64 = sqlx::query_scalar("INSERT INTO buurten (slug, name, created_at) VALUES ($1, $2, $3) RETURNING id")
        .bind(slug)
        .bind(name)
        .bind(now)
        .fetch_one(&mut **tx)
        .await?;
    Ok(BuurtId(id))
}

pub async fn slug_exists(tx: &mut Tx, slug: &str) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM buurten WHERE slug = $1")
        .bind(slug)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(found.is_some())
}

pub async fn buurt_by_slug(db: &Db, slug: &str) -> AppResult<Option<BuurtId>> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM buurten WHERE slug = $1")
        .bind(slug)
        .fetch_optional(db)
        .await?;
    Ok(found.map(BuurtId))
}

/// Summaries of the given buurten, by name.
pub async fn summaries(db: &Db, ids: &[BuurtId]) -> AppResult<Vec<BuurtSummary>> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let row: Option<(String, i64, i64)> = sqlx::query_as(
            "SELECT b.name, \
               (SELECT COUNT(*) FROM households h WHERE h.buurt_id = b.id), \
               (SELECT COUNT(*) FROM memberships m WHERE m.buurt_id = b.id AND m.role = 'bewoner') \
             FROM buurten b WHERE b.id = $1",
        )
        .bind(id.0)
        .fetch_optional(db)
        .await?;
        if let Some((name, households, residents)) = row {
            out.push(BuurtSummary { id: *id, name, households, residents });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

pub async fn create_household_at(tx: &mut Tx, buurt: BuurtId, label: &str, building: &str, now: i64) -> AppResult<HouseholdId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO households (buurt_id, label, building, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(buurt.0)
    .bind(label)
    .bind(building)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(HouseholdId(id))
}

pub async fn list_households(db: &Db, buurt: BuurtId) -> AppResult<Vec<HouseholdRow>> {
    let rows: Vec<(i64, String, String, i64, i64)> = sqlx::query_as(
        "SELECT h.id, h.label, h.building, \
           (SELECT COUNT(*) FROM users u WHERE u.household_id = h.id AND u.deleted_at IS NULL), \
           (SELECT COUNT(*) FROM invite_codes i WHERE i.household_id = h.id AND i.revoked_at IS NULL AND i.uses < i.max_uses) \
         FROM households h WHERE h.buurt_id = $1 ORDER BY h.building, h.label",
    )
    .bind(buurt.0)
    .fetch_all(db)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, label, building, members, open_codes)| HouseholdRow {
            id: HouseholdId(id),
            label,
            building,
            members,
            open_codes,
        })
        .collect())
}

/// The buurt a household belongs to (for the permission check before anything else), or
/// `None` when there is no such household.
pub async fn buurt_of_household(db: &Db, household: HouseholdId) -> AppResult<Option<BuurtId>> {
    let buurt: Option<i64> = sqlx::query_scalar("SELECT buurt_id FROM households WHERE id = $1")
        .bind(household.0)
        .fetch_optional(db)
        .await?;
    Ok(buurt.map(BuurtId))
}

/// How many residents a new code of this household's buurt admits unless staff choose.
pub async fn default_invite_uses(db: &Db, household: HouseholdId) -> AppResult<i64> {
    let uses: Option<i64> = sqlx::query_scalar(
        "SELECT b.invite_uses FROM households h JOIN buurten b ON b.id = h.buurt_id WHERE h.id = $1",
    )
    .bind(household.0)
    .fetch_optional(db)
    .await?;
    uses.ok_or(AppError::NotFound)
}

/// The household and buurt an invite code belongs to, or `None` when there is no such code.
pub async fn owner_of_invite(db: &Db, invite: InviteId) -> AppResult<Option<(HouseholdId, BuurtId)>> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT h.id, h.buurt_id FROM invite_codes i JOIN households h ON h.id = i.household_id WHERE i.id = $1",
    )
    .bind(invite.0)
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(h, b)| (HouseholdId(h), BuurtId(b))))
}

/// A household with its buurt: (buurt id, buurt name, label, building, default code uses).
pub async fn household_head(db: &Db, household: HouseholdId) -> AppResult<Option<(i64, String, String, String, i64)>> {
    Ok(sqlx::query_as(
        "SELECT b.id, b.name, h.label, h.building, b.invite_uses FROM households h \
         JOIN buurten b ON b.id = h.buurt_id WHERE h.id = $1",
    )
    .bind(household.0)
    .fetch_optional(db)
    .await?)
}

/// The people in a household, by name, and whether each can sign in (has a password).
pub async fn household_members(db: &Db, household: HouseholdId) -> AppResult<Vec<HouseholdMember>> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT id, display_name, CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END FROM users \
         WHERE household_id = $1 AND deleted_at IS NULL ORDER BY display_name",
    )
    .bind(household.0)
    .fetch_all(db)
    .await?;
    Ok(rows.into_iter().map(|(id, name, can)| HouseholdMember { id: UserId(id), name, can_sign_in: can == 1 }).collect())
}

/// The codes of a household, newest first: (id, raw code, max uses, uses, revoked at).
pub async fn household_invites(db: &Db, household: HouseholdId) -> AppResult<Vec<(i64, String, i64, i64, Option<i64>)>> {
    Ok(sqlx::query_as("SELECT id, code, max_uses, uses, revoked_at FROM invite_codes WHERE household_id = $1 ORDER BY id DESC")
        .bind(household.0)
        .fetch_all(db)
        .await?)
}

/// Stores a new code; false when the (random) code already existed.
pub async fn insert_invite_at(
    tx: &mut Tx,
    household: HouseholdId,
    code: &str,
    max_uses: i64,
    by: UserId,
    now: i64,
) -> AppResult<Option<InviteId>> {
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO invite_codes (household_id, code, max_uses, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING RETURNING id",
    )
    .bind(household.0)
    .bind(code)
    .bind(max_uses)
    .bind(by.0)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(id.map(InviteId))
}

/// Sets how many places of a code are used (demo data only).
pub async fn set_invite_uses(tx: &mut Tx, invite: InviteId, uses: i64) -> AppResult<()> {
    sqlx::query("UPDATE invite_codes SET uses = $1 WHERE id = $2")
        .bind(uses)
        .bind(invite.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Codes of a buurt that can still be used: (household label, raw code, uses, max uses).
pub async fn open_invites(db: &Db, buurt: BuurtId) -> AppResult<Vec<(String, String, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT h.label, i.code, i.uses, i.max_uses FROM invite_codes i JOIN households h ON h.id = i.household_id \
         WHERE h.buurt_id = $1 AND i.revoked_at IS NULL AND i.uses < i.max_uses ORDER BY h.id",
    )
    .bind(buurt.0)
    .fetch_all(db)
    .await?)
}

pub async fn revoke_invite(tx: &mut Tx, invite: InviteId, now: i64) -> AppResult<()> {
    sqlx::query("UPDATE invite_codes SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
        .bind(now)
        .bind(invite.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The raw code, its limits and the household of an invite (for the letter).
pub async fn invite_for_letter(db: &Db, invite: InviteId) -> AppResult<(String, i64, Option<i64>, String, String)> {
    sqlx::query_as(
        "SELECT i.code, i.max_uses, i.revoked_at, h.label, b.name FROM invite_codes i \
         JOIN households h ON h.id = i.household_id JOIN buurten b ON b.id = h.buurt_id WHERE i.id = $1",
    )
    .bind(invite.0)
    .fetch_optional(db)
    .await?
    .ok_or(AppError::NotFound)
}

pub async fn list_members(db: &Db, buurt: BuurtId) -> AppResult<Vec<MemberRow>> {
    // id, shown name, role, household label, age band, has a password (1)
    type Row = (i64, String, String, Option<String>, Option<String>, i64);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT u.id, u.display_name, m.role, h.label, u.age_band, CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END FROM memberships m \
         JOIN users u ON u.id = m.user_id LEFT JOIN households h ON h.id = u.household_id \
         WHERE m.buurt_id = $1 AND u.deleted_at IS NULL ORDER BY u.display_name",
    )
    .bind(buurt.0)
    .fetch_all(db)
    .await?;
    rows.into_iter()
        .map(|(id, display_name, role, household_label, age_band, can_sign_in)| {
            Ok(MemberRow {
                user_id: UserId(id),
                display_name,
                role: Role::parse(&role).map_err(|_| AppError::internal(format!("unknown role {role}")))?,
                household_label,
                age_band: age_band.and_then(|a| AgeBand::parse_optional(&a).ok().flatten()),
                can_sign_in: can_sign_in == 1,
            })
        })
        .collect()
}

/// A member's current role in a buurt.
pub async fn role_of(tx: &mut Tx, buurt: BuurtId, user: UserId) -> AppResult<Option<Role>> {
    let role: Option<String> = sqlx::query_scalar("SELECT role FROM memberships WHERE buurt_id = $1 AND user_id = $2")
        .bind(buurt.0)
        .bind(user.0)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(role.and_then(|r| Role::parse(&r).ok()))
}

/// What a staff member did, for the staff log.
pub struct StaffAction<'a> {
    pub buurt: Option<BuurtId>,
    pub actor: UserId,
    pub action: &'a str,
    pub subject: &'a str,
}

/// Records what a staff member did.
pub async fn log(tx: &mut Tx, entry: StaffAction<'_>, now: i64) -> AppResult<()> {
    let StaffAction { buurt, actor, action, subject } = entry;
    sqlx::query("INSERT INTO staff_log (buurt_id, actor_id, action, subject, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(buurt.map(|b| b.0))
        .bind(actor.0)
        .bind(action)
        .bind(subject)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The user with a given display name (case-insensitive), if any.
pub async fn user_by_name(db: &Db, name: &str) -> AppResult<Option<UserId>> {
    let id: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE name_key = $1")
        .bind(name.to_lowercase())
        .fetch_optional(db)
        .await?;
    Ok(id.map(UserId))
}

/// The residents (role bewoner or commissielid) of a buurt, oldest account first.
pub async fn residents_of<'e, E>(db: E, buurt: BuurtId) -> AppResult<Vec<UserId>>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT m.user_id FROM memberships m WHERE m.buurt_id = $1 AND m.role IN ('bewoner', 'commissielid') ORDER BY m.user_id",
    )
    .bind(buurt.0)
    .fetch_all(db)
    .await?;
    Ok(ids.into_iter().map(UserId).collect())
}

/// How many buurten the installation has.
pub async fn buurt_count(db: &Db) -> AppResult<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM buurten").fetch_one(db).await?)
}
