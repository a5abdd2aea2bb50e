//! The sociaal werker registers a household member without e-mail or phone: a name and an
//! age band, an account without a password that cannot sign in. Staff can act for them
//! ("namens"); later the person can claim the account with the household's invite code.

use super::super::model::{AgeBand, BuurtId, DisplayName, Role, UserId};
use super::super::store;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;
use crate::neighbourhood::service::StaffAction;

/// A member to register in a household of a buurt (already checked: the actor is staff there).
#[derive(Clone)]
pub struct NewMember {
    pub buurt: BuurtId,
    pub household: i64,
    pub name: DisplayName,
    pub age_band: Option<AgeBand>,
}

/// Adds the member as a bewoner of the buurt, logged as done by the staff member. The name
/// check and the insert are one transaction, so names stay unique.
pub async fn register_member(tx: &mut Tx, actor: &SessionUser, m: NewMember, now: i64) -> AppResult<UserId> {
    if let Some(clash) = store::name_clash(tx, &m.name, None).await? {
        return Err(clash.into());
    }
    let user = store::insert_registered(tx, m.household, &m.name, m.age_band, actor.id, now).await?;
    store::set_membership_at(tx, user, m.buurt, Role::Resident, now).await?;
    let subject = format!("huishouden {}, bewoner {}", m.household, user.0);
    let entry = StaffAction { buurt: Some(m.buurt), actor: actor.id, action: "lid-geregistreerd", subject: &subject };
    crate::neighbourhood::service::record(tx, entry, now).await?;
    Ok(user)
}
