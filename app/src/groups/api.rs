//! Server functions of the volunteer groups. Each signs in the caller and checks, itself,
//! that they belong to the group's buurt and, for managing, that they are a coordinator of
//! the group or staff of the buurt, before it reads or writes.

use super::model::{GroupDetail, GroupSummary, TaskView};
use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use {
    super::model::{
        AnnouncementView, GroupDetails, GroupId, HelperView, JoinPolicy, MemberId, MemberView, RequestView, SignupId,
        Standing, TaskId, parse_announcement, parse_hands, parse_hours, parse_task_texts,
    },
    super::{rules, store},
    crate::accounts::model::{BuurtId, UserId, shown_name},
    crate::agenda::time,
    crate::auth::{SessionUser, require_staff, require_user},
    crate::db::{Tx, begin_write, now},
    crate::error::Problem,
    crate::i18n::Lang,
    crate::notifications::service::notify,
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

/// The buurt whose groups a user sees: the first one they belong to.
#[cfg(feature = "ssr")]
fn home_buurt(user: &SessionUser) -> Result<(BuurtId, String), AppError> {
    user.buurt().map(|m| (m.buurt_id, m.buurt_name.clone()))
}

/// A group as the caller may see it: its row, where the caller stands, and whether they are
/// staff of its buurt. A group of another buurt does not exist for the caller.
#[cfg(feature = "ssr")]
struct Access {
    group: store::GroupRow,
    standing: Option<(MemberId, Standing)>,
    is_staff: bool,
}

#[cfg(feature = "ssr")]
impl Access {
    async fn load(db: &crate::db::Db, user: &SessionUser, group: GroupId) -> Result<Access, AppError> {
        let row = store::group(db, group).await?;
        let buurt = BuurtId(row.buurt_id);
        if user.role_in(buurt).is_none() {
            return Err(AppError::NotFound);
        }
        let standing = store::standing(db, group, user.id).await?;
        Ok(Access { group: row, standing, is_staff: require_staff(user, buurt).is_ok() })
    }

    /// Only for coordinators and staff: anyone else, also in another buurt, is refused.
    async fn manager(db: &crate::db::Db, user: &SessionUser, group: GroupId) -> Result<Access, AppError> {
        let access = Access::load(db, user, group).await.map_err(|e| if e == AppError::NotFound { AppError::Forbidden } else { e })?;
        if !access.can_manage() {
            return Err(AppError::Forbidden);
        }
        Ok(access)
    }

    fn mine(&self) -> Option<Standing> {
        self.standing.map(|(_, s)| s)
    }

    fn can_manage(&self) -> bool {
        rules::can_manage(self.is_staff, self.mine())
    }

    fn id(&self) -> GroupId {
        GroupId(self.group.id)
    }
}

#[cfg(feature = "ssr")]
fn to_summary(row: store::GroupRow, mine: Option<Standing>) -> Result<GroupSummary, AppError> {
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

#[cfg(feature = "ssr")]
fn to_task(row: store::TaskRow, lang: Lang, now: i64, mine: bool, helpers: Vec<HelperView>) -> TaskView {
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
        mine,
        open: rules::task_open(now, row.starts_at),
        past: row.ends_at <= now,
        helpers,
    }
}

#[cfg(feature = "ssr")]
async fn helpers_of(db: &crate::db::Db, task: TaskId, lang: Lang) -> Result<Vec<HelperView>, AppError> {
    Ok(store::helpers(db, task)
        .await?
        .into_iter()
        .map(|(id, name, minutes)| HelperView { id, name: shown_name(name.as_deref(), lang), minutes })
        .collect())
}

/// The groups of the signed-in user's buurt, with where they stand in each.
#[server(prefix = "/api", endpoint = "groepen")]
pub async fn get_groups() -> Result<GroupList, AppError> {
    let user = require_user().await?;
    let (buurt, buurt_name) = home_buurt(&user)?;
    let state = app_state()?;
    let mine = store::standings_of_user(&state.db, user.id).await?;
    let groups = store::groups_of_buurt(&state.db, buurt)
        .await?
        .into_iter()
        .map(|row| {
            let standing = mine.get(&row.id).copied();
            to_summary(row, standing)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(GroupList { buurt_name, can_create: require_staff(&user, buurt).is_ok(), groups })
}

/// One group. Everyone in the buurt sees what it does and its members by display name;
/// members also see announcements and who comes to a task; coordinators and staff also see
/// requests and past tasks, to record hours.
#[server(prefix = "/api", endpoint = "groep")]
pub async fn get_group(id: i64) -> Result<GroupDetail, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let access = Access::load(&state.db, &user, GroupId(id)).await?;
    let (db, group, lang, now) = (&state.db, access.id(), crate::i18n::request_lang(), now());
    let can_manage = access.can_manage();
    let inside = can_manage || access.mine().is_some_and(Standing::is_member);
    let members = store::members(db, group)
        .await?
        .into_iter()
        .map(|(id, name, coordinator)| MemberView { id, name: shown_name(name.as_deref(), lang), coordinator })
        .collect();
    let coordinators = store::coordinator_names(db, group).await?.iter().map(|n| shown_name(n.as_deref(), lang)).collect();
    let requests = if can_manage {
        store::requests(db, group)
            .await?
            .into_iter()
            .map(|(id, name, at)| RequestView { id, name: shown_name(name.as_deref(), lang), when: crate::time::moment_label(at) })
            .collect()
    } else {
        Vec::new()
    };
    let announcements = if inside {
        store::announcements(db, group, 10)
            .await?
            .into_iter()
            .map(|(author, at, text)| AnnouncementView {
                author: shown_name(author.as_deref(), lang),
                when: crate::time::moment_label(at),
                text,
            })
            .collect()
    } else {
        Vec::new()
    };
    let signed = store::task_ids_of_user(db, user.id).await?;
    let mut tasks = Vec::new();
    for row in store::coming_tasks(db, group, now).await? {
        let helpers = if inside { helpers_of(db, TaskId(row.id), lang).await? } else { Vec::new() };
        let mine = signed.contains(&row.id);
        tasks.push(to_task(row, lang, now, mine, helpers));
    }
    let mut past_tasks = Vec::new();
    if can_manage {
        for row in store::ended_tasks(db, group, now, 10).await? {
            let helpers = helpers_of(db, TaskId(row.id), lang).await?;
            let mine = signed.contains(&row.id);
            past_tasks.push(to_task(row, lang, now, mine, helpers));
        }
    }
    let mine = access.mine();
    Ok(GroupDetail {
        summary: to_summary(access.group, mine)?,
        coordinators,
        can_manage,
        members,
        requests,
        announcements,
        tasks,
        past_tasks,
    })
}

/// The new-group form: staff of the buurt only.
#[server(prefix = "/api", endpoint = "groep-nieuw-formulier")]
pub async fn get_new_group_form() -> Result<NewGroupForm, AppError> {
    let user = require_user().await?;
    let (buurt, _) = home_buurt(&user)?;
    require_staff(&user, buurt)?;
    let state = app_state()?;
    let people = store::people_of_buurt(&state.db, buurt)
        .await?
        .into_iter()
        .map(|(id, name)| Candidate { id: id.0, name })
        .collect();
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
    let coordinator = UserId(coordinator);
    let mut tx = begin_write(&state.db).await?;
    if !store::in_buurt(&mut tx, buurt, coordinator).await? {
        return Err(Problem::Unknown.into());
    }
    let group = store::insert_group(&mut tx, buurt, &details, user.id).await?;
    store::add_member(&mut tx, group, coordinator, Standing::Coordinator).await?;
    if also_me.is_some() && coordinator != user.id {
        store::add_member(&mut tx, group, user.id, Standing::Coordinator).await?;
    }
    if coordinator != user.id {
        notify(&mut tx, coordinator, "note-group-coordinator", &[("group", details.name.as_str())], &group_link(group)).await?;
    }
    tx.commit().await?;
    leptos_axum::redirect(&group_link(group));
    Ok(())
}

#[cfg(feature = "ssr")]
fn group_link(group: GroupId) -> String {
    format!("/groepen/{}", group.0)
}

/// Notifies the coordinators of a group, apart from `except`.
#[cfg(feature = "ssr")]
async fn tell_coordinators(tx: &mut Tx, group: GroupId, except: UserId, key: &str, args: &[(&str, &str)]) -> Result<(), AppError> {
    for person in store::people(tx, group, true).await?.into_iter().filter(|p| *p != except) {
        notify(tx, person, key, args, &group_link(group)).await?;
    }
    Ok(())
}

/// Joins an open group at once, or asks to join; the coordinators are told.
#[server(prefix = "/api", endpoint = "groep-aanmelden")]
pub async fn join_group(group: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let access = Access::load(&state.db, &user, GroupId(group)).await?;
    let (group, policy) = (access.id(), JoinPolicy::parse(&access.group.join_policy)?);
    let mut tx = begin_write(&state.db).await?;
    let current = store::standing(&mut *tx, group, user.id).await?.map(|(_, s)| s);
    let args = [("name", user.display_name.as_str()), ("group", access.group.name.as_str())];
    match rules::join_outcome(policy, current) {
        rules::JoinOutcome::Nothing => return Ok(()),
        rules::JoinOutcome::Member => {
            store::add_member(&mut tx, group, user.id, Standing::Member).await?;
            tell_coordinators(&mut tx, group, user.id, "note-group-joined", &args).await?;
        }
        rules::JoinOutcome::Request => {
            store::add_member(&mut tx, group, user.id, Standing::Requested).await?;
            tell_coordinators(&mut tx, group, user.id, "note-group-request", &args).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Leaves a group (or withdraws a request). A member is withdrawn from the group's tasks
/// that have not started, and the coordinators are told. The last coordinator cannot leave.
#[server(prefix = "/api", endpoint = "groep-verlaten")]
pub async fn leave_group(group: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let access = Access::load(&state.db, &user, GroupId(group)).await?;
    let group = access.id();
    let mut tx = begin_write(&state.db).await?;
    let Some((member, standing)) = store::standing(&mut *tx, group, user.id).await? else { return Ok(()) };
    let coordinators = store::people(&mut tx, group, true).await?.len() as i64;
    rules::may_leave(standing, coordinators)?;
    store::end_membership(&mut tx, member).await?;
    if standing.is_member() {
        let withdrawn = store::withdraw_from_coming(&mut tx, group, user.id, now()).await?.to_string();
        let args = [("name", user.display_name.as_str()), ("group", access.group.name.as_str()), ("count", withdrawn.as_str())];
        tell_coordinators(&mut tx, group, user.id, "note-group-left", &args).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A coordinator (or staff) answers a request to join: `decision` is `ja` or `nee`. The
/// resident is told.
#[server(prefix = "/api", endpoint = "groep-verzoek-beslissen")]
pub async fn decide_request(member: i64, decision: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let row = store::member(&state.db, MemberId(member)).await.map_err(|_| AppError::Forbidden)?;
    let access = Access::manager(&state.db, &user, GroupId(row.group_id)).await?;
    let accept = match decision.trim() {
        "ja" => true,
        "nee" => false,
        _ => return Err(Problem::Unknown.into()),
    };
    let mut tx = begin_write(&state.db).await?;
    if store::decide_request(&mut tx, MemberId(row.id), accept, user.id).await? {
        let key = if accept { "note-group-accepted" } else { "note-group-declined" };
        notify(&mut tx, UserId(row.user_id), key, &[("group", access.group.name.as_str())], &group_link(access.id())).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A coordinator (or staff) makes a member a co-coordinator; the member is told.
#[server(prefix = "/api", endpoint = "groep-coordinator")]
pub async fn make_coordinator(member: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let row = store::member(&state.db, MemberId(member)).await.map_err(|_| AppError::Forbidden)?;
    let access = Access::manager(&state.db, &user, GroupId(row.group_id)).await?;
    let mut tx = begin_write(&state.db).await?;
    let row = store::member(&mut *tx, MemberId(row.id)).await?;
    let standing = Standing::from_stored(&row.status, &row.role).ok_or(Problem::NotGroupMember)?;
    rules::may_promote(standing)?;
    if standing == Standing::Member {
        store::make_coordinator(&mut tx, MemberId(row.id)).await?;
        notify(&mut tx, UserId(row.user_id), "note-group-coordinator", &[("group", access.group.name.as_str())], &group_link(access.id()))
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A coordinator (or staff) posts a short announcement; every member finds it in Meldingen.
#[server(prefix = "/api", endpoint = "groep-bericht")]
pub async fn post_announcement(group: i64, text: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let access = Access::manager(&state.db, &user, GroupId(group)).await?;
    let text = parse_announcement(&text)?;
    let group = access.id();
    let mut tx = begin_write(&state.db).await?;
    store::insert_announcement(&mut tx, group, user.id, &text).await?;
    for person in store::people(&mut tx, group, false).await?.into_iter().filter(|p| *p != user.id) {
        notify(&mut tx, person, "note-group-message", &[("group", access.group.name.as_str()), ("text", text.as_str())], &group_link(group))
            .await?;
    }
    tx.commit().await?;
    Ok(())
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
    let user = require_user().await?;
    let state = app_state()?;
    let access = Access::manager(&state.db, &user, GroupId(group)).await?;
    let (title, place) = parse_task_texts(&title, &place)?;
    let (start, end) = time::parse_local(&date, &start_time, &end_time)?;
    let slot = crate::agenda::rules::TimeSlot::new(start, end, now())?;
    let needed = parse_hands(&needed)?;
    let mut tx = begin_write(&state.db).await?;
    store::insert_task(
        &mut tx,
        store::NewTask {
            group: access.id(),
            title: &title,
            place: &place,
            starts_at: slot.start,
            ends_at: slot.end,
            needed,
            created_by: user.id,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A member signs up for a task. The write transaction serialises every sign-up, so a task
/// never gets more people than it needs, however many press at once; twice is once.
#[server(prefix = "/api", endpoint = "taak-aanmelden")]
pub async fn sign_up_for_task(task: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let task = TaskId(task);
    let mut tx = begin_write(&state.db).await?;
    let row = store::task(&mut *tx, task).await?;
    if user.role_in(BuurtId(row.buurt_id)).is_none() {
        return Err(AppError::NotFound);
    }
    if store::signed_up(&mut *tx, task, user.id).await? {
        return Ok(());
    }
    let standing = store::standing(&mut *tx, GroupId(row.group_id), user.id).await?.map(|(_, s)| s);
    rules::may_sign_up(standing, now(), row.starts_at, row.needed, row.taken)?;
    store::insert_signup(&mut tx, task, user.id).await?;
    tx.commit().await?;
    Ok(())
}

/// A member withdraws from a task that has not started.
#[server(prefix = "/api", endpoint = "taak-afmelden")]
pub async fn withdraw_from_task(task: i64) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let task = TaskId(task);
    let mut tx = begin_write(&state.db).await?;
    let row = store::task(&mut *tx, task).await?;
    if user.role_in(BuurtId(row.buurt_id)).is_none() {
        return Err(AppError::NotFound);
    }
    rules::may_withdraw(now(), row.starts_at)?;
    store::delete_signup(&mut tx, task, user.id).await?;
    tx.commit().await?;
    Ok(())
}

/// A coordinator (or staff) records the hours someone gave, once the task has ended.
#[server(prefix = "/api", endpoint = "taak-uren")]
pub async fn record_hours(signup: i64, hours: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let signup = SignupId(signup);
    let task = store::task_of_signup(&state.db, signup).await.map_err(|_| AppError::Forbidden)?;
    let row = store::task(&state.db, task).await?;
    Access::manager(&state.db, &user, GroupId(row.group_id)).await?;
    let minutes = parse_hours(&hours)?;
    rules::may_record_hours(now(), row.ends_at)?;
    let mut tx = begin_write(&state.db).await?;
    store::set_minutes(&mut tx, signup, minutes, user.id).await?;
    tx.commit().await?;
    Ok(())
}

/// The signed-in user's groups (also open requests) and the tasks they signed up for.
#[server(prefix = "/api", endpoint = "mijn-groepen")]
pub async fn get_my_groups() -> Result<MyGroupsOverview, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    let lang = crate::i18n::request_lang();
    let now = now();
    let mine = store::standings_of_user(&state.db, user.id).await?;
    let groups = store::groups_of_user(&state.db, user.id)
        .await?
        .into_iter()
        .map(|row| {
            let standing = mine.get(&row.id).copied();
            to_summary(row, standing)
        })
        .collect::<Result<Vec<_>, _>>()?;
    let tasks = store::coming_tasks_of_user(&state.db, user.id, now)
        .await?
        .into_iter()
        .map(|row| to_task(row, lang, now, true, Vec::new()))
        .collect();
    Ok(MyGroupsOverview { groups, tasks })
}

/// When an account is deleted: it leaves every group and every group task that has not
/// started (nobody is told; the account is gone).
#[cfg(feature = "ssr")]
pub async fn leave_all_groups(tx: &mut Tx, user: UserId) -> Result<(), AppError> {
    for row in store::current_rows_of_user(tx, user).await? {
        store::end_membership(tx, MemberId(row.id)).await?;
        store::withdraw_from_coming(tx, GroupId(row.group_id), user, now()).await?;
    }
    Ok(())
}
