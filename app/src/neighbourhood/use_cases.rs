//! What staff do to set up a buurt, each inside the caller's write transaction and written
//! to the staff log: create a buurt, households and invite codes, revoke codes, change roles.

use super::model::{HouseholdId, InviteId};
use super::store::{self, StaffAction};
use crate::accounts::model::{BuurtId, Role, UserId};
use crate::accounts::rules;
use crate::auth::{SessionUser, can_assign_role};
use crate::db::Tx;
use crate::error::{AppError, AppResult, Problem};
use crate::notifications::model::Notice;

async fn log(tx: &mut Tx, actor: &SessionUser, (buurt, action, subject): (BuurtId, &str, &str), now: i64) -> AppResult<()> {
    store::log(tx, StaffAction { buurt: Some(buurt), actor: actor.id, action, subject }, now).await
}

/// A beheerder creates a buurt (name checked, `slug` made from it) and becomes its beheerder.
pub async fn create_buurt(tx: &mut Tx, actor: &SessionUser, (name, slug): (String, String), now: i64) -> AppResult<BuurtId> {
    if store::slug_exists(tx, &slug).await? {
        return Err(Problem::NameTaken.into());
    }
    let buurt = store::create_buurt_at(tx, &name, &slug, now).await?;
    crate::accounts::service::give_role(tx, actor.id, buurt, Role::Admin, now).await?;
    log(tx, actor, (buurt, "buurt-created", &name), now).await?;
    Ok(buurt)
}

/// A new household of a buurt: its label and building, checked.
pub struct NewHousehold {
    pub buurt: BuurtId,
    pub label: String,
    pub building: String,
}

pub async fn create_household(tx: &mut Tx, actor: &SessionUser, input: NewHousehold, now: i64) -> AppResult<HouseholdId> {
    let household = store::create_household_at(tx, input.buurt, &input.label, &input.building, now).await?;
    log(tx, actor, (input.buurt, "household-created", &household.0.to_string()), now).await?;
    Ok(household)
}

/// A new invite code for a household of `buurt`, admitting `max_uses` residents.
pub struct NewInvite {
    pub buurt: BuurtId,
    pub household: HouseholdId,
    pub max_uses: i64,
}

/// Makes a random code (a new one when it happens to exist already).
pub async fn create_invite(tx: &mut Tx, actor: &SessionUser, input: NewInvite, now: i64) -> AppResult<InviteId> {
    use rand::RngCore;
    for _ in 0..5 {
        let mut random = [0u8; rules::CODE_LEN];
        rand::rng().fill_bytes(&mut random);
        let code = rules::code_from_random(&random);
        if let Some(invite) = store::insert_invite_at(tx, input.household, &code, input.max_uses, actor.id, now).await? {
            log(tx, actor, (input.buurt, "invite-created", &input.household.0.to_string()), now).await?;
            return Ok(invite);
        }
    }
    Err(AppError::internal("five random invite codes in a row already existed"))
}

pub async fn revoke_invite(tx: &mut Tx, actor: &SessionUser, (invite, household, buurt): (InviteId, HouseholdId, BuurtId), now: i64) -> AppResult<()> {
    store::revoke_invite(tx, invite, now).await?;
    log(tx, actor, (buurt, "invite-revoked", &household.0.to_string()), now).await
}

/// A new role for a member of a buurt, given by staff whose own role there is `actor_role`.
#[derive(Clone)]
pub struct RoleChange {
    pub buurt: BuurtId,
    pub actor_role: Role,
    pub member: UserId,
    pub role: Role,
}

/// Changes a member's role: a beheerder may give any role; a sociaal werker may make someone
/// bewoner or commissielid, and cannot change staff. The member is told.
pub async fn set_role(tx: &mut Tx, actor: &SessionUser, change: RoleChange, now: i64) -> AppResult<()> {
    let RoleChange { buurt, actor_role, member, role } = change;
    can_assign_role(actor_role, role)?;
    let current = store::role_of(tx, buurt, member).await?.ok_or(AppError::NotFound)?;
    can_assign_role(actor_role, current)?;
    if current != role {
        crate::accounts::service::give_role(tx, member, buurt, role, now).await?;
        log(tx, actor, (buurt, "role-changed", &format!("{}:{}", member.0, role.code())), now).await?;
        crate::notifications::service::notify(tx, member, Notice::RoleChanged { role }, "/", now).await?;
    }
    Ok(())
}
