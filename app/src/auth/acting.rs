//! Who an act is for: the caller themself, or a resident a staff member helps ("namens").
//! Every server function of a core flow (sign-ups, reservations, proposals, groups, tasks)
//! resolves its actor here, so one check decides who may act for whom.

use super::{SessionUser, can_help_residents};
use crate::accounts::model::{BuurtId, Role, UserId};
use crate::db::Db;
use crate::error::{AppError, AppResult};

/// The person an act is for and, when someone helped, the staff member who did it.
#[derive(Clone, Debug)]
pub struct Acting {
    /// Whose act it is: rules, limits and figures count it as theirs.
    pub resident: SessionUser,
    /// The sociaal werker or beheerder who acted for the resident, if any.
    pub helper: Option<SessionUser>,
}

impl Acting {
    /// The buurt the act happens in: the resident's, as the helper chose it.
    pub fn buurt(&self) -> AppResult<BuurtId> {
        Ok(self.resident.buurt()?.buurt_id)
    }

    /// For a helper, refuses (`Forbidden`) an act on something of another buurt than the one
    /// they may help in (the resident may live in two). The resident acting themself is
    /// checked by the capability, as always.
    pub fn within(&self, buurt: BuurtId) -> AppResult<()> {
        match &self.helper {
            Some(_) if self.buurt()? != buurt => Err(AppError::Forbidden),
            _ => Ok(()),
        }
    }
}

/// Whether a staff member (roles `helper_roles`, by buurt) may act for someone with
/// `resident_roles`: the buurt where the helper is staff and the other is a resident
/// (bewoner or commissielid), preferring `preferred`. Pure, for the unit tests.
pub fn shared_buurt(helper: &SessionUser, resident: &SessionUser, preferred: Option<BuurtId>) -> Option<BuurtId> {
    let may = |b: BuurtId| {
        can_help_residents(helper, b).is_ok() && matches!(resident.role_in(b), Some(Role::Resident | Role::Committee))
    };
    preferred.filter(|b| may(*b)).or_else(|| resident.memberships.iter().map(|m| m.buurt_id).find(|b| may(*b)))
}

/// The actor of a request: the caller, or (with `namens`) the resident they help. Acting for
/// someone requires staff (sociaal werker, beheerder) of a buurt the person is a resident of;
/// anything else is `Forbidden`, also an unknown id, so ids cannot be probed.
pub async fn acting_for(db: &Db, caller: SessionUser, namens: Option<i64>) -> AppResult<Acting> {
    let Some(id) = namens else { return Ok(Acting { resident: caller, helper: None }) };
    if id == caller.id.0 {
        return Err(AppError::Forbidden);
    }
    let mut resident = crate::accounts::store::load_session_user(db, UserId(id)).await?.ok_or(AppError::Forbidden)?;
    let preferred = caller.buurt().ok().map(|m| m.buurt_id);
    let buurt = shared_buurt(&caller, &resident, preferred).ok_or(AppError::Forbidden)?;
    resident.chosen = Some(buurt);
    Ok(Acting { resident, helper: Some(caller) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Membership;
    use crate::i18n::Lang;

    fn person(id: i64, roles: &[(i64, Role)]) -> SessionUser {
        SessionUser {
            id: UserId(id),
            display_name: format!("p{id}"),
            language: Lang::Nl,
            memberships: roles.iter().map(|(b, r)| Membership { buurt_id: BuurtId(*b), buurt_name: format!("b{b}"), role: *r }).collect(),
            chosen: None,
        }
    }

    #[test]
    fn only_staff_of_the_residents_buurt_may_help() {
        let worker = person(1, &[(7, Role::SocialWorker)]);
        assert_eq!(shared_buurt(&worker, &person(2, &[(7, Role::Resident)]), None), Some(BuurtId(7)));
        assert_eq!(shared_buurt(&worker, &person(2, &[(7, Role::Committee)]), None), Some(BuurtId(7)));
        assert_eq!(shared_buurt(&worker, &person(2, &[(8, Role::Resident)]), None), None, "a resident of another buurt");
        assert_eq!(shared_buurt(&worker, &person(2, &[(7, Role::SocialWorker)]), None), None, "not for other staff");
        let resident = person(3, &[(7, Role::Resident)]);
        assert_eq!(shared_buurt(&resident, &person(2, &[(7, Role::Resident)]), None), None, "not a resident for a resident");
        let committee = person(3, &[(7, Role::Committee)]);
        assert_eq!(shared_buurt(&committee, &person(2, &[(7, Role::Resident)]), None), None);
    }

    #[test]
    fn the_helpers_chosen_buurt_comes_first() {
        let worker = person(1, &[(7, Role::SocialWorker), (8, Role::Admin)]);
        let both = person(2, &[(7, Role::Resident), (8, Role::Resident)]);
        assert_eq!(shared_buurt(&worker, &both, Some(BuurtId(8))), Some(BuurtId(8)));
        assert_eq!(shared_buurt(&worker, &both, Some(BuurtId(9))), Some(BuurtId(7)));
    }
}
