//! Demo data only (`buurtplein demo`, server/src/demo.rs): the writes the seed makes, at the
//! current time (`crate::db::now()`), because the seed calls them without one. Use cases call
//! the `_at` functions with their `now`.

use super::super::model::{GroupDetails, GroupId, MemberId, SignupId, Standing, TaskId};
use super::NewTask;
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Tx, now};
use crate::error::AppResult;

pub async fn insert_group(tx: &mut Tx, buurt: BuurtId, d: &GroupDetails, created_by: UserId) -> AppResult<GroupId> {
    super::insert_group_at(tx, buurt, d, created_by, now()).await
}

pub async fn add_member(tx: &mut Tx, group: GroupId, user: UserId, standing: Standing) -> AppResult<MemberId> {
    super::add_member_at(tx, group, user, standing, now()).await
}

pub async fn insert_announcement(tx: &mut Tx, group: GroupId, author: UserId, body: &str) -> AppResult<()> {
    super::insert_announcement_at(tx, group, author, body, now()).await
}

pub async fn insert_task(tx: &mut Tx, t: NewTask<'_>) -> AppResult<TaskId> {
    super::insert_task_at(tx, t, now()).await
}

pub async fn insert_signup(tx: &mut Tx, task: TaskId, user: UserId) -> AppResult<SignupId> {
    super::insert_signup_at(tx, task, user, now()).await
}

pub async fn set_minutes(tx: &mut Tx, signup: SignupId, minutes: i64, by: UserId) -> AppResult<()> {
    super::set_minutes_at(tx, signup, minutes, by, now()).await
}
