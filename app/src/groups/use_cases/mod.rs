//! What people do with volunteer groups, each inside the caller's write transaction: start a
//! group, join, leave, answer requests, make co-coordinators, post announcements, and plan,
//! take and record tasks.

mod create;
mod membership;
mod tasks;

pub use create::{NewGroup, create_group};
pub use membership::{Decision, decide_request, join_group, join_group_for, leave_group, leave_group_for, make_coordinator, post_announcement};
pub use tasks::{Hours, NewTaskInput, plan_task, record_hours, sign_up_for_task, sign_up_for_task_for, withdraw_from_task, withdraw_from_task_for};

use super::model::GroupId;

/// The page of a group, where its notifications link to.
pub fn group_link(group: GroupId) -> String {
    format!("/groepen/{}", group.0)
}
