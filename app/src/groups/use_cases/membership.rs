//! Joining and leaving a group, answering requests, co-coordinators, and announcements; the
//! people concerned are told in Meldingen.

use super::super::model::{GroupId, JoinPolicy, MemberId, Standing};
use super::super::{rules, store};
use super::group_link;
use crate::accounts::model::{BuurtId, UserId};
use crate::auth::{Acting, SessionUser};
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::notifications::model::Notice;
use crate::notifications::service::notify;

/// Tells the coordinators of a group, apart from `except`.
async fn tell_coordinators(tx: &mut Tx, group: GroupId, except: UserId, notice: Notice, now: i64) -> AppResult<()> {
    for person in store::people(tx, group, true).await?.into_iter().filter(|p| *p != except) {
        notify(tx, person, notice.clone(), &group_link(group), now).await?;
    }
    Ok(())
}

/// Joins an open group at once, or asks to join; the coordinators are told.
pub async fn join_group(tx: &mut Tx, actor: &SessionUser, group: &store::GroupRow, now: i64) -> AppResult<()> {
    let (id, policy) = (GroupId(group.id), JoinPolicy::parse(&group.join_policy)?);
    let current = store::standing(&mut **tx, id, actor.id).await?.map(|(_, s)| s);
    let (name, group_name) = (actor.display_name.clone(), group.name.clone());
    match rules::join_outcome(policy, current) {
        rules::JoinOutcome::Nothing => Ok(()),
        rules::JoinOutcome::Member => {
            store::add_member_at(tx, id, actor.id, Standing::Member, now).await?;
            tell_coordinators(tx, id, actor.id, Notice::GroupJoined { name, group: group_name }, now).await
        }
        rules::JoinOutcome::Request => {
            store::add_member_at(tx, id, actor.id, Standing::Requested, now).await?;
            tell_coordinators(tx, id, actor.id, Notice::GroupRequest { name, group: group_name }, now).await
        }
    }
}

/// Leaves a group (or withdraws a request). A member is withdrawn from the group's tasks
/// that have not started, and the coordinators are told. The last coordinator cannot leave.
pub async fn leave_group(tx: &mut Tx, actor: &SessionUser, group: &store::GroupRow, now: i64) -> AppResult<()> {
    let id = GroupId(group.id);
    let Some((member, standing)) = store::standing(&mut **tx, id, actor.id).await? else { return Ok(()) };
    let coordinators = store::people(tx, id, true).await?.len() as i64;
    rules::may_leave(standing, coordinators)?;
    store::end_membership(tx, member, now).await?;
    if standing.is_member() {
        let count = store::withdraw_from_coming(tx, id, actor.id, now).await?;
        let notice = Notice::GroupLeft { name: actor.display_name.clone(), group: group.name.clone(), count };
        tell_coordinators(tx, id, actor.id, notice, now).await?;
    }
    Ok(())
}

/// A coordinator's answer to a request to join.
#[derive(Clone)]
pub struct Decision {
    pub member: MemberId,
    pub user: UserId,
    pub accept: bool,
}

/// Answers a request to join; the resident is told (once: an answered request stays answered).
pub async fn decide_request(tx: &mut Tx, actor: &SessionUser, group: &store::GroupRow, decision: Decision, now: i64) -> AppResult<()> {
    if store::decide_request(tx, decision.member, decision.accept, actor.id, now).await? {
        let name = group.name.clone();
        let notice = if decision.accept { Notice::GroupAccepted { group: name } } else { Notice::GroupDeclined { group: name } };
        notify(tx, decision.user, notice, &group_link(GroupId(group.id)), now).await?;
    }
    Ok(())
}

/// Makes a member a co-coordinator; the member is told.
pub async fn make_coordinator(tx: &mut Tx, group: &store::GroupRow, member: MemberId, now: i64) -> AppResult<()> {
    let row = store::find_member(&mut **tx, member).await?.ok_or(crate::error::AppError::NotFound)?;
    let standing = Standing::from_stored(&row.status, &row.role).ok_or(Problem::NotGroupMember)?;
    rules::may_promote(standing)?;
    if standing == Standing::Member {
        store::make_coordinator(tx, member).await?;
        let notice = Notice::GroupCoordinator { group: group.name.clone() };
        notify(tx, UserId(row.user_id), notice, &group_link(GroupId(group.id)), now).await?;
    }
    Ok(())
}

/// Posts a short announcement (already checked); every other member finds it in Meldingen.
pub async fn post_announcement(tx: &mut Tx, actor: &SessionUser, group: &store::GroupRow, text: String, now: i64) -> AppResult<()> {
    let id = GroupId(group.id);
    store::insert_announcement_at(tx, id, actor.id, &text, now).await?;
    for person in store::people(tx, id, false).await?.into_iter().filter(|p| *p != actor.id) {
        let notice = Notice::GroupMessage { group: group.name.clone(), text: text.clone() };
        notify(tx, person, notice, &group_link(id), now).await?;
    }
    Ok(())
}

/// Joins (or asks to join) for the resident, with the group's policy as if they pressed the
/// button themself; when a staff member helped and something changed, the help is recorded
/// and the resident told.
pub async fn join_group_for(tx: &mut Tx, acting: &Acting, group: &store::GroupRow, now: i64) -> AppResult<()> {
    acting.within(BuurtId(group.buurt_id))?;
    let current = store::standing(&mut **tx, GroupId(group.id), acting.resident.id).await?.map(|(_, s)| s);
    let changes = rules::join_outcome(JoinPolicy::parse(&group.join_policy)?, current) != rules::JoinOutcome::Nothing;
    join_group(tx, &acting.resident, group, now).await?;
    if !changes {
        return Ok(());
    }
    let act = crate::on_behalf::model::Act::GroupJoin;
    crate::on_behalf::service::record(tx, acting, act, &group.name, &group_link(GroupId(group.id)), now).await
}

/// Leaves the group (or withdraws the request) for the resident, as if they pressed the
/// button themself; when a staff member helped and they were in it, the help is recorded
/// and the resident told.
pub async fn leave_group_for(tx: &mut Tx, acting: &Acting, group: &store::GroupRow, now: i64) -> AppResult<()> {
    acting.within(BuurtId(group.buurt_id))?;
    let was_in = store::standing(&mut **tx, GroupId(group.id), acting.resident.id).await?.is_some();
    leave_group(tx, &acting.resident, group, now).await?;
    if !was_in {
        return Ok(());
    }
    let act = crate::on_behalf::model::Act::GroupLeave;
    crate::on_behalf::service::record(tx, acting, act, &group.name, &group_link(GroupId(group.id)), now).await
}
