//! The one permission vocabulary: who may do what in a buurt. Server functions and axum
//! routes (photos, feeds, CSV) call these named checks instead of listing roles themselves.

use super::SessionUser;
use crate::accounts::model::{BuurtId, Role};
use crate::error::AppError;

/// The bewonerscommissie and staff: they moderate, decide and read the figures.
pub const COMMITTEE_OR_STAFF: &[Role] = &[Role::Committee, Role::SocialWorker, Role::Admin];
/// The sociaal werker and the beheerder.
pub const STAFF: &[Role] = &[Role::SocialWorker, Role::Admin];

/// Requires one of the given roles in the buurt.
pub fn require_role(user: &SessionUser, buurt: BuurtId, allowed: &[Role]) -> Result<Role, AppError> {
    match user.role_in(buurt) {
        Some(role) if allowed.contains(&role) => Ok(role),
        _ => Err(AppError::Forbidden),
    }
}

/// Requires staff (sociaal werker or beheerder) in the buurt.
pub fn require_staff(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_role(user, buurt, STAFF)
}

/// Requires membership of the buurt in any role.
pub fn require_member(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    user.role_in(buurt).ok_or(AppError::Forbidden)
}

/// Moderates: hides and restores comments and proposals, handles reports, decides on proposals.
pub fn can_moderate(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_role(user, buurt, COMMITTEE_OR_STAFF)
}

/// Decides on room requests that need approval.
pub fn can_decide_room_requests(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_role(user, buurt, COMMITTEE_OR_STAFF)
}

/// Sets up rooms: opening hours, rules, closed days, blocks.
pub fn can_manage_rooms(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_staff(user, buurt)
}

/// Publishes, edits and cancels activities in the agenda.
pub fn can_publish_agenda(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_staff(user, buurt)
}

/// Composes, opens and closes voting rounds.
pub fn can_manage_voting(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_role(user, buurt, COMMITTEE_OR_STAFF)
}

/// Reads the fair-voice dashboard and its CSV.
pub fn can_view_fairness(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_role(user, buurt, COMMITTEE_OR_STAFF)
}

/// Acts for a resident without a phone (assisted voting, later sign-ups and reservations).
pub fn can_help_residents(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_staff(user, buurt)
}

/// Manages households, invite codes and people of the buurt.
pub fn can_manage_people(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_staff(user, buurt)
}

/// Prints a herstelbrief for a resident of the buurt (the resident's own rules are in
/// `accounts::recovery::rules::may_get_letter`).
pub fn can_print_recovery_letter(user: &SessionUser, buurt: BuurtId) -> Result<Role, AppError> {
    require_staff(user, buurt)
}

/// A refusal that does not reveal that the thing exists (a room, reservation or activity of
/// another buurt): `Forbidden` from a check becomes `NotFound`; other errors stay.
pub fn hide_refusal<T>(check: Result<T, AppError>) -> Result<T, AppError> {
    check.map_err(|e| if matches!(e, AppError::Forbidden) { AppError::NotFound } else { e })
}

/// Requires a beheerder anywhere in the installation.
pub fn require_installation_admin(user: &SessionUser) -> Result<(), AppError> {
    if user.is_admin_anywhere() { Ok(()) } else { Err(AppError::Forbidden) }
}

/// Whether a staff member with `actor` may give someone the role `new_role`: a beheerder may
/// give any role, a sociaal werker only bewoner and commissielid.
pub fn can_assign_role(actor: Role, new_role: Role) -> Result<(), AppError> {
    match (actor, new_role) {
        (Role::Admin, _) => Ok(()),
        (Role::SocialWorker, Role::Resident | Role::Committee) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

