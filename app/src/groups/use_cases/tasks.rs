//! Tasks and shifts: a coordinator plans one, members sign up and withdraw, and the hours
//! given are recorded once it has ended.

use super::super::model::{GroupId, SignupId, TaskId};
use super::super::{rules, store};
use crate::accounts::model::BuurtId;
use crate::auth::{Acting, SessionUser, require_member};
use crate::db::Tx;
use crate::error::{AppError, AppResult};

/// A new task: its checked texts, its time (a checked slot that has not passed) as UTC
/// seconds, and the hands it needs.
#[derive(Clone)]
pub struct NewTaskInput {
    pub group: GroupId,
    pub title: String,
    pub place: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub needed: i64,
}

/// Plans a task.
pub async fn plan_task(tx: &mut Tx, actor: &SessionUser, input: NewTaskInput, now: i64) -> AppResult<TaskId> {
    let task = store::NewTask {
        group: input.group,
        title: &input.title,
        place: &input.place,
        starts_at: input.starts_at,
        ends_at: input.ends_at,
        needed: input.needed,
        created_by: actor.id,
    };
    store::insert_task_at(tx, task, now).await
}

/// The task, when the actor belongs to its buurt (else it does not exist for them).
async fn visible_task(tx: &mut Tx, actor: &SessionUser, task: TaskId) -> AppResult<store::TaskRow> {
    let row = store::task(&mut **tx, task).await?;
    require_member(actor, BuurtId(row.buurt_id)).map_err(|_| AppError::NotFound)?;
    Ok(row)
}

/// A member signs up. The write transaction serialises every sign-up, so a task never gets
/// more people than it needs, however many press at once; twice is once.
pub async fn sign_up_for_task(tx: &mut Tx, actor: &SessionUser, task: TaskId, now: i64) -> AppResult<()> {
    let row = visible_task(tx, actor, task).await?;
    if store::signed_up(&mut **tx, task, actor.id).await? {
        return Ok(());
    }
    let standing = store::standing(&mut **tx, GroupId(row.group_id), actor.id).await?.map(|(_, s)| s);
    rules::may_sign_up(standing, now, row.starts_at, row.needed, row.taken)?;
    store::insert_signup_at(tx, task, actor.id, now).await?;
    Ok(())
}

/// A member withdraws from a task that has not started.
pub async fn withdraw_from_task(tx: &mut Tx, actor: &SessionUser, task: TaskId, now: i64) -> AppResult<()> {
    let row = visible_task(tx, actor, task).await?;
    rules::may_withdraw(now, row.starts_at)?;
    store::delete_signup(tx, task, actor.id).await
}

/// The hours someone gave for a task (parsed, in minutes).
#[derive(Clone)]
pub struct Hours {
    pub signup: SignupId,
    pub minutes: i64,
    pub task_ends_at: i64,
}

/// Records the hours, once the task has ended.
pub async fn record_hours(tx: &mut Tx, actor: &SessionUser, hours: Hours, now: i64) -> AppResult<()> {
    rules::may_record_hours(now, hours.task_ends_at)?;
    store::set_minutes_at(tx, hours.signup, hours.minutes, actor.id, now).await
}

/// Signs the resident up for a task, with the group's rules as if they pressed the button
/// themself; when a staff member helped, the help is recorded and the resident told.
pub async fn sign_up_for_task_for(tx: &mut Tx, acting: &Acting, task: TaskId, now: i64) -> AppResult<()> {
    let row = visible_task(tx, &acting.resident, task).await?;
    acting.within(BuurtId(row.buurt_id))?;
    let was_in = store::signed_up(&mut **tx, task, acting.resident.id).await?;
    sign_up_for_task(tx, &acting.resident, task, now).await?;
    if acting.helper.is_none() || was_in {
        return Ok(());
    }
    record_task(tx, acting, crate::on_behalf::model::Act::TaskSignup, &row, now).await
}

/// Withdraws the resident from a task, with the group's rules as if they pressed the button
/// themself; when a staff member helped and they were signed up, the help is recorded and
/// the resident told.
pub async fn withdraw_from_task_for(tx: &mut Tx, acting: &Acting, task: TaskId, now: i64) -> AppResult<()> {
    let row = visible_task(tx, &acting.resident, task).await?;
    acting.within(BuurtId(row.buurt_id))?;
    let was_in = store::signed_up(&mut **tx, task, acting.resident.id).await?;
    withdraw_from_task(tx, &acting.resident, task, now).await?;
    if acting.helper.is_none() || !was_in {
        return Ok(());
    }
    record_task(tx, acting, crate::on_behalf::model::Act::TaskWithdraw, &row, now).await
}

/// Records help with a task: "group: task", linking to the group.
async fn record_task(tx: &mut Tx, acting: &Acting, act: crate::on_behalf::model::Act, row: &store::TaskRow, now: i64) -> AppResult<()> {
    let (subject, link) = (format!("{}: {}", row.group_name, row.title), super::group_link(GroupId(row.group_id)));
    crate::on_behalf::service::record(tx, acting, act, &subject, &link, now).await
}
