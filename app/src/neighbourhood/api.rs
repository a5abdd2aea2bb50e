//! Staff server functions: buurten, households, invite codes, letters and roles. Each one
//! signs in the caller, then checks that they may manage the people of the buurt concerned,
//! before it reads or writes anything. An unknown household or code answers like one of
//! another buurt, so ids cannot be probed.

use super::model::{BuurtSummary, HouseholdDetail, HouseholdRow, InviteLetter, MemberRow};
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::model::{HouseholdId, HouseholdLabel, InviteId, parse_buurt_name, parse_max_uses, parse_short_text, slugify},
    super::{present, store},
    super::use_cases::{self, NewHousehold, NewInvite, RoleChange},
    crate::accounts::model::{BuurtId, Role, UserId},
    crate::auth::{caller, can_manage_people, require_installation_admin, require_user},
    crate::db::now,
    crate::error::{InField, Problem},
    crate::state::app_state,
};

/// The buurten the caller is staff of.
#[server(prefix = "/api", endpoint = "beheer-buurten")]
pub async fn staff_buurten() -> Result<Vec<BuurtSummary>, AppError> {
    let user = require_user().await?;
    if !user.is_staff_anywhere() {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    let ids: Vec<BuurtId> = user.memberships.iter().filter(|m| m.role.is_staff()).map(|m| m.buurt_id).collect();
    store::summaries(&state.db, &ids).await
}

/// Creates a buurt (beheerders only); the creator becomes its beheerder.
#[server(prefix = "/api", endpoint = "beheer-buurt-nieuw")]
pub async fn create_buurt(name: String) -> Result<(), AppError> {
    let user = require_user().await?;
    require_installation_admin(&user)?;
    let state = app_state()?;
    let name = parse_buurt_name(&name)?;
    let slug = slugify(&name);
    if slug.is_empty() {
        return Err(Problem::NameEmpty.into());
    }
    in_write!(&state.db, |tx| use_cases::create_buurt(tx, &user, (name.clone(), slug.clone()), now()))?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "beheer-huishoudens")]
pub async fn list_households(buurt: i64) -> Result<Vec<HouseholdRow>, AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    can_manage_people(&user, buurt)?;
    let state = app_state()?;
    store::list_households(&state.db, buurt).await
}

#[server(prefix = "/api", endpoint = "beheer-huishouden-nieuw")]
pub async fn create_household(buurt: i64, label: String, building: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    can_manage_people(&user, buurt)?;
    let state = app_state()?;
    let label = HouseholdLabel::parse(&label)?.as_str().to_string();
    let building = parse_short_text(&building, 40).field("building")?;
    let household = in_write!(&state.db, |tx| use_cases::create_household(tx, &user, NewHousehold { buurt, label: label.clone(), building: building.clone() }, now()))?;
    leptos_axum::redirect(&format!("/beheer/huishouden/{}", household.0));
    Ok(())
}

#[server(prefix = "/api", endpoint = "beheer-huishouden")]
pub async fn get_household(household: i64) -> Result<HouseholdDetail, AppError> {
    let (user, state) = caller().await?;
    let household = HouseholdId(household);
    let buurt = store::buurt_of_household(&state.db, household).await?.ok_or(AppError::Forbidden)?;
    can_manage_people(&user, buurt)?;
    present::household_detail(&state.db, household).await
}

/// Registers a household member without e-mail or phone (a name and an age band): an
/// account without a password that cannot sign in, which staff can act for and the person
/// can claim later with the household's invite code.
#[server(prefix = "/api", endpoint = "beheer-lid-nieuw")]
pub async fn register_member(household: i64, display_name: String, age_band: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let household = HouseholdId(household);
    let buurt = store::buurt_of_household(&state.db, household).await?.ok_or(AppError::Forbidden)?;
    can_manage_people(&user, buurt)?;
    let name = crate::accounts::model::DisplayName::parse(&display_name)?;
    let age_band = crate::accounts::model::AgeBand::parse_optional(&age_band).field("age_band")?;
    let member = crate::accounts::service::NewMember { buurt, household: household.0, name, age_band };
    in_write!(&state.db, |tx| crate::accounts::service::register_member(tx, &user, member.clone(), now()))?;
    Ok(())
}

/// Makes a new invite code for a household.
#[server(prefix = "/api", endpoint = "beheer-code-nieuw")]
pub async fn create_invite(household: i64, max_uses: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let household = HouseholdId(household);
    let buurt = store::buurt_of_household(&state.db, household).await?.ok_or(AppError::Forbidden)?;
    can_manage_people(&user, buurt)?;
    let default_uses = store::default_invite_uses(&state.db, household).await?;
    let max_uses = parse_max_uses(&max_uses, default_uses)?;
    in_write!(&state.db, |tx| use_cases::create_invite(tx, &user, NewInvite { buurt, household, max_uses }, now()))?;
    Ok(())
}

#[server(prefix = "/api", endpoint = "beheer-code-intrekken")]
pub async fn revoke_invite(invite: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let invite = InviteId(invite);
    let (household, buurt) = store::owner_of_invite(&state.db, invite).await?.ok_or(AppError::Forbidden)?;
    can_manage_people(&user, buurt)?;
    in_write!(&state.db, |tx| use_cases::revoke_invite(tx, &user, (invite, household, buurt), now()))
}

/// The printable letter for one invite code, with a QR code to the sign-up page.
#[server(prefix = "/api", endpoint = "beheer-brief")]
pub async fn get_invite_letter(invite: i64) -> Result<InviteLetter, AppError> {
    let (user, state) = caller().await?;
    let invite = InviteId(invite);
    let (_, buurt) = store::owner_of_invite(&state.db, invite).await?.ok_or(AppError::Forbidden)?;
    can_manage_people(&user, buurt)?;
    present::invite_letter(&state.db, invite, crate::state::public_base(&state)).await
}

#[server(prefix = "/api", endpoint = "beheer-leden")]
pub async fn list_members(buurt: i64) -> Result<Vec<MemberRow>, AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    can_manage_people(&user, buurt)?;
    let state = app_state()?;
    store::list_members(&state.db, buurt).await
}

/// Changes a member's role. A beheerder may give any role; a sociaal werker may make someone
/// bewoner or commissielid, and cannot change staff.
#[server(prefix = "/api", endpoint = "beheer-rol")]
pub async fn set_role(buurt: i64, member: i64, role: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    let actor_role = can_manage_people(&user, buurt)?;
    let state = app_state()?;
    let change = RoleChange { buurt, actor_role, member: UserId(member), role: Role::parse(&role)? };
    crate::auth::can_assign_role(actor_role, change.role)?;
    in_write!(&state.db, |tx| use_cases::set_role(tx, &user, change.clone(), now()))
}
