//! Server functions of the volunteer groups. Each signs in the caller and checks, itself,
//! that they belong to the group's buurt and, for managing, that they are a coordinator of
//! the group or staff of the buurt, before it reads or writes.

use super::model::{GroupDetail, GroupSummary, TaskView};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::access::Access,
    super::model::{GroupDetails, GroupId, MemberId, SignupId, TaskId, parse_announcement, parse_hands, parse_hours, parse_task_texts},
    super::use_cases::{self, Decision, Hours, NewGroup, NewTaskInput, group_link},
    super::{present, store},
    crate::accounts::model::{BuurtId, UserId},
    crate::time,
    crate::auth::{acting_for, caller, require_staff, require_user},
    crate::db::now,
    crate::error::{InField, Problem},
    crate::state::app_state,
};

/// The groups page: the buurt, whether the visitor may start a group, and its groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupList {
    pub buurt_name: String,
    pub can_create: bool,
    pub groups: Vec<GroupSummary>,
}

/// Someone who can be made coordinator of a new group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Candidate {
    pub id: i64,
    pub name: String,
}

/// What the new-group form needs: the buurt, the people in it, and who is asking.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewGroupForm {
    pub buurt_id: i64,
    pub me: i64,
    pub people: Vec<Candidate>,
}

/// Mijn groepen: the visitor's groups and the tasks they signed up for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyGroupsOverview {
    pub groups: Vec<GroupSummary>,
    pub tasks: Vec<TaskView>,
}

/// The groups of the signed-in user's buurt, with where they stand in each.
#[server(prefix = "/api", endpoint = "groepen")]
pub async fn get_groups() -> Result<GroupList, AppError> {
    let user = require_user().await?;
    let membership = user.buurt()?;
    let (buurt, buurt_name) = (membership.buurt_id, membership.buurt_name.clone());
    let state = app_state()?;
    let mine = store::standings_of_user(&state.db, user.id).await?;
    let groups = present::summaries(store::groups_of_buurt(&state.db, buurt).await?, &mine)?;
    Ok(GroupList { buurt_name, can_create: require_staff(&user, buurt).is_ok(), groups })
}

/// One group, as the visitor may see it (see [`present::detail`]).
#[server(prefix = "/api", endpoint = "groep")]
pub async fn get_group(id: i64) -> Result<GroupDetail, AppError> {
    let (user, state) = caller().await?;
    let user = crate::on_behalf::service::viewer(&state.db, user).await?;
    let access = Access::load(&state.db, &user, GroupId(id)).await?;
    present::detail(&state.db, user.id, access, crate::i18n::request_lang(), now()).await
}

/// The new-group form: staff of the buurt only.
#[server(prefix = "/api", endpoint = "groep-nieuw-formulier")]
pub async fn get_new_group_form() -> Result<NewGroupForm, AppError> {
    let user = require_user().await?;
    let buurt = user.buurt()?.buurt_id;
    require_staff(&user, buurt)?;
    let state = app_state()?;
    let people = store::people_of_buurt(&state.db, buurt).await?.into_iter().map(|(id, name)| Candidate { id: id.0, name }).collect();
    Ok(NewGroupForm { buurt_id: buurt.0, me: user.id.0, people })
}

/// Staff start a group with a coordinator from the buurt (a resident or staff), and
/// themselves as a second coordinator when they tick `also_me`.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "groep-nieuw")]
pub async fn create_group(
    buurt: i64,
    name: String,
    description: String,
    audience: String,
    time_needed: String,
    policy: String,
    coordinator: i64,
    also_me: Option<String>,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let buurt = BuurtId(buurt);
    require_staff(&user, buurt)?;
    let state = app_state()?;
    let details = GroupDetails::parse(&name, &description, &audience, &time_needed, &policy)?;
    let input = NewGroup { buurt, details, coordinator: UserId(coordinator), also_me: also_me.is_some() };
    let group = in_write!(&state.db, |tx| use_cases::create_group(tx, &user, input.clone(), now()))?;
    leptos_axum::redirect(&group_link(group));
    Ok(())
}

/// Joins an open group at once, or asks to join; the coordinators are told.
#[server(prefix = "/api", endpoint = "groep-aanmelden")]
pub async fn join_group(group: i64, namens: Option<i64>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let acting = acting_for(&state.db, user, namens).await?;
    let access = Access::load(&state.db, &acting.resident, GroupId(group)).await?;
    in_write!(&state.db, |tx| use_cases::join_group_for(tx, &acting, &access.group, now()))
}

/// Leaves a group (or withdraws a request), also for the resident a staff member helps
/// (`namens`). A member is withdrawn from the group's tasks that have not started, and the
/// coordinators are told. The last coordinator cannot leave.
#[server(prefix = "/api", endpoint = "groep-verlaten")]
pub async fn leave_group(group: i64, namens: Option<i64>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let acting = acting_for(&state.db, user, namens).await?;
    let access = Access::load(&state.db, &acting.resident, GroupId(group)).await?;
    in_write!(&state.db, |tx| use_cases::leave_group_for(tx, &acting, &access.group, now()))?;
    crate::on_behalf::service::return_helper(&acting);
    Ok(())
}

/// A coordinator (or staff) answers a request to join: `decision` is `ja` or `nee`. The
/// resident is told.
#[server(prefix = "/api", endpoint = "groep-verzoek-beslissen")]
pub async fn decide_request(member: i64, decision: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    // An unknown request answers like one of another group, so ids cannot be probed.
    let row = store::find_member(&state.db, MemberId(member)).await?.ok_or(AppError::Forbidden)?;
    let access = Access::manager(&state.db, &user, GroupId(row.group_id)).await?;
    let accept = match decision.trim() {
        "ja" => true,
        "nee" => false,
        _ => return Err(Problem::Unknown.into()),
    };
    let decision = Decision { member: MemberId(row.id), user: UserId(row.user_id), accept };
    in_write!(&state.db, |tx| use_cases::decide_request(tx, &user, &access.group, decision.clone(), now()))
}

/// A coordinator (or staff) makes a member a co-coordinator; the member is told.
#[server(prefix = "/api", endpoint = "groep-coordinator")]
pub async fn make_coordinator(member: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let row = store::find_member(&state.db, MemberId(member)).await?.ok_or(AppError::Forbidden)?;
    let access = Access::manager(&state.db, &user, GroupId(row.group_id)).await?;
    in_write!(&state.db, |tx| use_cases::make_coordinator(tx, &access.group, MemberId(row.id), now()))
}

/// A coordinator (or staff) posts a short announcement; every member finds it in Meldingen.
#[server(prefix = "/api", endpoint = "groep-bericht")]
pub async fn post_announcement(group: i64, text: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let access = Access::manager(&state.db, &user, GroupId(group)).await?;
    let text = parse_announcement(&text).field("text")?;
    in_write!(&state.db, |tx| use_cases::post_announcement(tx, &user, &access.group, text.clone(), now()))
}

/// A coordinator (or staff) plans a task or shift: what, when, where and how many hands.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "groep-taak-nieuw")]
pub async fn plan_task(
    group: i64,
    title: String,
    date: String,
    start_time: String,
    end_time: String,
    place: String,
    needed: String,
) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let access = Access::manager(&state.db, &user, GroupId(group)).await?;
    let (title, place) = parse_task_texts(&title, &place)?;
    let (start, end) = time::parse_local(&date, &start_time, &end_time)?;
    let now = now();
    let slot = crate::agenda::rules::TimeSlot::new(start, end, now)?;
    let needed = parse_hands(&needed).field("needed")?;
    let input = NewTaskInput { group: access.id(), title, place, starts_at: slot.start, ends_at: slot.end, needed };
    in_write!(&state.db, |tx| use_cases::plan_task(tx, &user, input.clone(), now))?;
    Ok(())
}

/// A member signs up for a task. The write transaction serialises every sign-up, so a task
/// never gets more people than it needs, however many press at once; twice is once.
#[server(prefix = "/api", endpoint = "taak-aanmelden")]
pub async fn sign_up_for_task(task: i64, namens: Option<i64>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let acting = acting_for(&state.db, user, namens).await?;
    in_write!(&state.db, |tx| use_cases::sign_up_for_task_for(tx, &acting, TaskId(task), now()))
}

/// A member (or, with `namens`, the staff member for them) withdraws from a task that has
/// not started.
#[server(prefix = "/api", endpoint = "taak-afmelden")]
pub async fn withdraw_from_task(task: i64, namens: Option<i64>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let acting = acting_for(&state.db, user, namens).await?;
    in_write!(&state.db, |tx| use_cases::withdraw_from_task_for(tx, &acting, TaskId(task), now()))?;
    crate::on_behalf::service::return_helper(&acting);
    Ok(())
}

/// A coordinator (or staff) records the hours someone gave, once the task has ended.
#[server(prefix = "/api", endpoint = "taak-uren")]
pub async fn record_hours(signup: i64, hours: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let signup = SignupId(signup);
    // An unknown sign-up answers like one of another group, so ids cannot be probed.
    let task = store::task_of_signup(&state.db, signup).await?.ok_or(AppError::Forbidden)?;
    let row = store::task(&state.db, task).await?;
    Access::manager(&state.db, &user, GroupId(row.group_id)).await?;
    let input = Hours { signup, minutes: parse_hours(&hours).field("hours")?, task_ends_at: row.ends_at };
    in_write!(&state.db, |tx| use_cases::record_hours(tx, &user, input.clone(), now()))
}

/// The signed-in user's groups (also open requests) and the tasks they signed up for.
#[server(prefix = "/api", endpoint = "mijn-groepen")]
pub async fn get_my_groups() -> Result<MyGroupsOverview, AppError> {
    let (user, state) = caller().await?;
    let (lang, now) = (crate::i18n::request_lang(), now());
    let mine = store::standings_of_user(&state.db, user.id).await?;
    let groups = present::summaries(store::groups_of_user(&state.db, user.id).await?, &mine)?;
    let rows = store::coming_tasks_of_user(&state.db, user.id, now).await?;
    let line = || present::TaskLine { mine: true, helpers: Vec::new() };
    let tasks = rows.into_iter().map(|row| present::task(row, lang, now, line())).collect();
    Ok(MyGroupsOverview { groups, tasks })
}
