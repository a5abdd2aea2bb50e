//! One group: what it does, joining and leaving, its tasks to sign up for, announcements and
//! members; coordinators and staff also manage it here (see `manage`).

use super::manage::{Announce, Hours, PlanTaskForm, Requests};
use super::{hands_label, successes};
use crate::components::{FormError, Loaded, PageHead, PlainText, SubmitButton, action_error, route_id};
use crate::groups::api::{
    DecideRequest, JoinGroup, LeaveGroup, MakeCoordinator, PlanTask as PlanTaskFn, PostAnnouncement, RecordHours, SignUpForTask,
    WithdrawFromTask, get_group,
};
use crate::groups::model::{GroupDetail, JoinPolicy, MemberView, Standing, TaskView};
use crate::i18n::{tr, use_lang};
use crate::t;
use crate::on_behalf::service::NamensField;
use leptos::prelude::*;

#[component]
pub fn GroupPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let join = ServerAction::<JoinGroup>::new();
    let leave = ServerAction::<LeaveGroup>::new();
    let sign_up = ServerAction::<SignUpForTask>::new();
    let withdraw = ServerAction::<WithdrawFromTask>::new();
    let decide = ServerAction::<DecideRequest>::new();
    let promote = ServerAction::<MakeCoordinator>::new();
    let announce = ServerAction::<PostAnnouncement>::new();
    let plan = ServerAction::<PlanTaskFn>::new();
    let hours = ServerAction::<RecordHours>::new();
    let changes = [
        successes(join),
        successes(leave),
        successes(sign_up),
        successes(withdraw),
        successes(decide),
        successes(promote),
        successes(announce),
        successes(plan),
        successes(hours),
    ];
    let group = Resource::new(
        move || (id.get(), changes.iter().map(|c| c.get()).sum::<usize>()),
        |(id, _)| get_group(id),
    );
    view! {
        <p class="breadcrumb"><a href="/groepen">{t!(lang, "groups-title")}</a></p>
        <Loaded resource=group view=move |g: GroupDetail| {
            let s = g.summary.clone();
            let inside = g.can_manage || s.mine.is_some_and(Standing::is_member);
            view! {
                <PageHead title=s.name.clone() />
                <PlainText text=s.description.clone() />
                <dl class="facts">
                    {(!s.audience.is_empty()).then(|| view! { <dt>{t!(lang, "group-for")}</dt><dd>{s.audience.clone()}</dd> })}
                    {(!s.time_needed.is_empty()).then(|| view! { <dt>{t!(lang, "group-time")}</dt><dd>{s.time_needed.clone()}</dd> })}
                    <dt>{t!(lang, "group-how-join")}</dt><dd>{tr(lang, s.policy.explain_key())}</dd>
                    <dt>{t!(lang, "group-coordinators")}</dt><dd>{g.coordinators.join(", ")}</dd>
                </dl>
                <Membership mine=s.mine policy=s.policy group=s.id.0 join leave />
                {g.can_manage.then(|| view! { <Requests requests=g.requests.clone() decide /> })}
                <Tasks tasks=g.tasks.clone() member=s.mine.is_some_and(Standing::is_member) sign_up withdraw />
                {g.can_manage.then(|| view! { <PlanTaskForm group=s.id.0 plan planned=changes[7] /> })}
                {inside.then(|| view! { <Announce announcements=g.announcements.clone() can_post=g.can_manage group=s.id.0 announce posted=changes[6] /> })}
                {g.can_manage.then(|| view! { <Hours tasks=g.past_tasks.clone() hours /> })}
                <Members members=g.members.clone() can_manage=g.can_manage promote />
            }
        } />
    }
}

/// Joining, asking to join, withdrawing a request and leaving.
#[component]
fn Membership(
    mine: Option<Standing>,
    policy: JoinPolicy,
    group: i64,
    join: ServerAction<JoinGroup>,
    leave: ServerAction<LeaveGroup>,
) -> impl IntoView {
    let lang = use_lang();
    let join_button = move |label: String| view! {
        <ActionForm action=join>
            <input type="hidden" name="group" value=group />
            <NamensField />
            <button type="submit" class="button">{label}</button>
        </ActionForm>
    };
    let leave_button = move |label: String| view! {
        <ActionForm action=leave>
            <input type="hidden" name="group" value=group />
            <NamensField />
            <button type="submit" class="button button-secondary">{label}</button>
        </ActionForm>
    };
    view! {
        <section class="panel" aria-labelledby="join-title">
            <h2 id="join-title">{t!(lang, "group-join-title")}</h2>
            <FormError error=action_error(join) />
            <FormError error=action_error(leave) />
            {match mine {
                None => {
                    let (hint, label) = match policy {
                        JoinPolicy::Open => (t!(lang, "group-join-open-hint"), t!(lang, "group-join-open")),
                        JoinPolicy::Approval => (t!(lang, "group-join-ask-hint"), t!(lang, "group-join-ask")),
                    };
                    view! { <p>{hint}</p> {join_button(label)} }.into_any()
                }
                Some(Standing::Requested) => view! {
                    <p class="status status-mine" role="status">{t!(lang, "group-you-requested")}</p>
                    {leave_button(t!(lang, "group-withdraw-request"))}
                }
                .into_any(),
                Some(standing) => view! {
                    <p class="status status-mine" role="status">
                        {if standing == Standing::Coordinator { t!(lang, "group-you-coordinator") } else { t!(lang, "group-you-member") }}
                    </p>
                    <p><a href="/groepen/mijn">{t!(lang, "groups-mine")}</a></p>
                    <p class="hint">{t!(lang, "group-leave-hint")}</p>
                    {leave_button(t!(lang, "group-leave"))}
                }
                .into_any(),
            }}
        </section>
    }
}

/// The tasks that have not ended, with signing up and withdrawing for members.
#[component]
fn Tasks(
    tasks: Vec<TaskView>,
    member: bool,
    sign_up: ServerAction<SignUpForTask>,
    withdraw: ServerAction<WithdrawFromTask>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t!(lang, "group-tasks-title")}</h2>
            <FormError error=action_error(sign_up) />
            <FormError error=action_error(withdraw) />
            {(!member).then(|| view! { <p class="hint">{t!(lang, "group-tasks-members-only")}</p> })}
            {if tasks.is_empty() {
                view! { <p>{t!(lang, "group-tasks-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="tasks">
                        {tasks.into_iter().map(|task| view! { <TaskItem task member sign_up withdraw /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn TaskItem(
    task: TaskView,
    member: bool,
    sign_up: ServerAction<SignUpForTask>,
    withdraw: ServerAction<WithdrawFromTask>,
) -> impl IntoView {
    let lang = use_lang();
    let hands = hands_label(&task);
    let full = task.taken >= task.needed;
    let names: Vec<String> = task.helpers.iter().map(|h| h.name.clone()).collect();
    let title = task.title.clone();
    let action = if task.mine {
        task.open.then(|| view! {
            <ActionForm action=withdraw>
                <input type="hidden" name="task" value=task.id.0 />
                <NamensField />
                <SubmitButton label=t!(lang, "task-withdraw") about=title.clone() class="button button-secondary" />
            </ActionForm>
        }.into_any())
    } else if !task.open {
        Some(view! { <p class="meta">{t!(lang, "task-started")}</p> }.into_any())
    } else if member && !full {
        Some(view! {
            <ActionForm action=sign_up>
                <input type="hidden" name="task" value=task.id.0 />
                <NamensField />
                <SubmitButton label=t!(lang, "task-sign-up") about=title.clone() class="button" />
            </ActionForm>
        }.into_any())
    } else {
        None
    };
    view! {
        <li class="task" id=format!("taak-{}", task.id.0)>
            <h3>{task.title.clone()}</h3>
            <p>{task.day.clone()} ", " {task.time.clone()}</p>
            {(!task.place.is_empty()).then(|| view! { <p>{task.place.clone()}</p> })}
            <p class=if full { "meta task-hands task-hands-full" } else { "meta task-hands" }>{hands}</p>
            {(!names.is_empty()).then(|| view! { <p class="meta">{t!(lang, "task-who", names = names.join(", "))}</p> })}
            {task.mine.then(|| view! { <p class="status status-mine">{t!(lang, "task-you-help")}</p> })}
            {action}
        </li>
    }
}

/// The members by display name; coordinators and staff can make a member co-coordinator.
#[component]
fn Members(members: Vec<MemberView>, can_manage: bool, promote: ServerAction<MakeCoordinator>) -> impl IntoView {
    let lang = use_lang();
    let count = members.len();
    view! {
        <section aria-labelledby="members-title">
            <h2 id="members-title">{t!(lang, "group-members-title", count = count)}</h2>
            <FormError error=action_error(promote) />
            {if members.is_empty() {
                view! { <p>{t!(lang, "group-members-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="group-members">
                        {members.into_iter().map(|m| view! {
                            <li>
                                <span>{m.name.clone()}</span>
                                {m.coordinator.then(|| view! { " " <span class="tag">{t!(lang, "group-coordinator-tag")}</span> })}
                                {(can_manage && !m.coordinator).then(|| view! {
                                    <ActionForm action=promote>
                                        <input type="hidden" name="member" value=m.id.0 />
                                        <SubmitButton label=t!(lang, "group-promote") about=m.name.clone() class="button-link" />
                                    </ActionForm>
                                })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

