//! Groups as pages show them: summaries, a group's page as the visitor may see it, and the
//! visitor's own groups and tasks, with names, days and times in the reader's language.

use super::access::Access;
use super::model::{
    AnnouncementView, GroupDetail, GroupId, GroupSummary, HelperView, JoinPolicy, MemberView, RequestView, Standing, TaskId,
    TaskView,
};
use super::{rules, store};
use crate::accounts::model::{UserId, shown_name};
use crate::time;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::time::moment_label;
use std::collections::HashMap;

pub fn summary(row: store::GroupRow, mine: Option<Standing>) -> AppResult<GroupSummary> {
    Ok(GroupSummary {
        id: GroupId(row.id),
        policy: JoinPolicy::parse(&row.join_policy).map_err(|_| AppError::internal("stored join policy is not valid"))?,
        name: row.name,
        description: row.description,
        audience: row.audience,
        time_needed: row.time_needed,
        members: row.members,
        mine,
    })
}

/// Groups with where the visitor stands in each.
pub fn summaries(rows: Vec<store::GroupRow>, mine: &HashMap<i64, Standing>) -> AppResult<Vec<GroupSummary>> {
    rows.into_iter().map(|row| {
        let standing = mine.get(&row.id).copied();
        summary(row, standing)
    }).collect()
}

/// A task as a list shows it at `now`.
pub struct TaskLine {
    pub mine: bool,
    pub helpers: Vec<HelperView>,
}

pub fn task(row: store::TaskRow, lang: Lang, now: i64, line: TaskLine) -> TaskView {
    TaskView {
        id: TaskId(row.id),
        group_id: GroupId(row.group_id),
        group_name: row.group_name,
        title: row.title,
        place: row.place,
        day: time::day_label(row.starts_at, lang),
        time: time::time_range(row.starts_at, row.ends_at),
        needed: row.needed,
        taken: row.taken,
        mine: line.mine,
        open: rules::task_open(now, row.starts_at),
        past: row.ends_at <= now,
        helpers: line.helpers,
    }
}

async fn helpers_of(db: &Db, task: TaskId, lang: Lang) -> AppResult<Vec<HelperView>> {
    Ok(store::helpers(db, task)
        .await?
        .into_iter()
        .map(|(id, name, minutes)| HelperView { id, name: shown_name(name.as_deref(), lang), minutes })
        .collect())
}

/// Tasks with (when `with_helpers`) who comes, and whether the visitor signed up.
async fn tasks(db: &Db, rows: Vec<store::TaskRow>, user: UserId, with_helpers: bool, (lang, now): (Lang, i64)) -> AppResult<Vec<TaskView>> {
    let signed = store::task_ids_of_user(db, user).await?;
    let mut out = Vec::new();
    for row in rows {
        let helpers = if with_helpers { helpers_of(db, TaskId(row.id), lang).await? } else { Vec::new() };
        let mine = signed.contains(&row.id);
        out.push(task(row, lang, now, TaskLine { mine, helpers }));
    }
    Ok(out)
}

async fn requests(db: &Db, group: GroupId, lang: Lang) -> AppResult<Vec<RequestView>> {
    Ok(store::requests(db, group)
        .await?
        .into_iter()
        .map(|(id, name, at)| RequestView { id, name: shown_name(name.as_deref(), lang), when: moment_label(at) })
        .collect())
}

async fn announcements(db: &Db, group: GroupId, lang: Lang) -> AppResult<Vec<AnnouncementView>> {
    Ok(store::announcements(db, group, 10)
        .await?
        .into_iter()
        .map(|(author, at, text)| AnnouncementView { author: shown_name(author.as_deref(), lang), when: moment_label(at), text })
        .collect())
}

/// One group. Everyone in the buurt sees what it does and its members by display name;
/// members also see announcements and who comes to a task; coordinators and staff also see
/// requests and past tasks, to record hours.
pub async fn detail(db: &Db, user: UserId, access: Access, lang: Lang, now: i64) -> AppResult<GroupDetail> {
    let group = access.id();
    let can_manage = access.can_manage();
    let inside = can_manage || access.mine().is_some_and(Standing::is_member);
    let members = store::members(db, group)
        .await?
        .into_iter()
        .map(|(id, name, coordinator)| MemberView { id, name: shown_name(name.as_deref(), lang), coordinator })
        .collect();
    let coordinators = store::coordinator_names(db, group).await?.iter().map(|n| shown_name(n.as_deref(), lang)).collect();
    let requests = if can_manage { requests(db, group, lang).await? } else { Vec::new() };
    let announcements = if inside { announcements(db, group, lang).await? } else { Vec::new() };
    let tasks = tasks(db, store::coming_tasks(db, group, now).await?, user, inside, (lang, now)).await?;
    let past_tasks = if can_manage {
        tasks_ended(db, group, user, (lang, now)).await?
    } else {
        Vec::new()
    };
    let mine = access.mine();
    Ok(GroupDetail { summary: summary(access.group, mine)?, coordinators, can_manage, members, requests, announcements, tasks, past_tasks })
}

async fn tasks_ended(db: &Db, group: GroupId, user: UserId, at: (Lang, i64)) -> AppResult<Vec<TaskView>> {
    tasks(db, store::ended_tasks(db, group, at.1, 10).await?, user, true, at).await
}
