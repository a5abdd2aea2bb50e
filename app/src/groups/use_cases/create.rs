//! Staff start a group with a coordinator from the buurt.

use super::super::model::{GroupDetails, GroupId, Standing};
use super::super::store;
use super::group_link;
use crate::accounts::model::{BuurtId, UserId};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::notifications::model::Notice;
use crate::notifications::service::notify;

/// A new group: its checked details, its coordinator (a person of the buurt), and whether
/// the staff member who starts it is a second coordinator.
#[derive(Clone)]
pub struct NewGroup {
    pub buurt: BuurtId,
    pub details: GroupDetails,
    pub coordinator: UserId,
    pub also_me: bool,
}

/// Starts the group; the coordinator (when it is someone else) is told.
pub async fn create_group(tx: &mut Tx, actor: &SessionUser, input: NewGroup, now: i64) -> AppResult<GroupId> {
    let NewGroup { buurt, details, coordinator, also_me } = input;
    if !store::in_buurt(tx, buurt, coordinator).await? {
        return Err(Problem::Unknown.into());
    }
    let group = store::insert_group_at(tx, buurt, &details, actor.id, now).await?;
    store::add_member_at(tx, group, coordinator, Standing::Coordinator, now).await?;
    if also_me && coordinator != actor.id {
        store::add_member_at(tx, group, actor.id, Standing::Coordinator, now).await?;
    }
    if coordinator != actor.id {
        notify(tx, coordinator, Notice::GroupCoordinator { group: details.name.clone() }, &group_link(group), now).await?;
    }
    Ok(group)
}
