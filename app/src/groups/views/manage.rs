//! The parts of a group page for coordinators and staff: requests to join, planning a task,
//! announcements and recording the hours given.

use crate::components::{FormError, PlainText, SubmitButton, TextField, action_error};
use crate::groups::api::{DecideRequest, PlanTask as PlanTaskFn, PostAnnouncement, RecordHours};
use crate::groups::model::{AnnouncementView, RequestView, TaskView, hours_label};
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// Open requests to join, each with yes and no.
#[component]
pub(super) fn Requests(requests: Vec<RequestView>, decide: ServerAction<DecideRequest>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel" aria-labelledby="requests-title">
            <h2 id="requests-title">{t!(lang, "group-requests-title")}</h2>
            <FormError error=action_error(decide) />
            {if requests.is_empty() {
                view! { <p>{t!(lang, "group-requests-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="members">
                        {requests.into_iter().map(|r| {
                            let answer = move |decision: &'static str, label: String, class: &'static str, name: String| view! {
                                <ActionForm action=decide>
                                    <input type="hidden" name="member" value=r.id.0 />
                                    <input type="hidden" name="decision" value=decision />
                                    <SubmitButton label about=name class />
                                </ActionForm>
                            };
                            view! {
                                <li class="member">
                                    <p><strong>{r.name.clone()}</strong></p>
                                    <p class="meta">{t!(lang, "group-asked-at", when = r.when.clone())}</p>
                                    <div class="actions">
                                        {answer("ja", t!(lang, "group-accept"), "button", r.name.clone())}
                                        {answer("nee", t!(lang, "group-decline"), "button button-secondary", r.name.clone())}
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

/// Plans a task or shift: what, when, where, how many hands. The form starts empty again
/// after each task it planned (`planned` counts them); a refused form keeps what was typed.
#[component]
pub(super) fn PlanTaskForm(group: i64, plan: ServerAction<PlanTaskFn>, planned: RwSignal<usize>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel" aria-labelledby="plan-title">
            <h2 id="plan-title">{t!(lang, "task-plan-title")}</h2>
            {move || {
                planned.track();
                view! {
                    <ActionForm action=plan attr:class="form" attr:novalidate=true>
                        <FormError error=action_error(plan) />
                        <input type="hidden" name="group" value=group />
                        <TextField name="title" label=t!(lang, "task-title") hint=t!(lang, "task-title-hint") required=true maxlength=80 />
                        <TextField name="date" kind="date" label=t!(lang, "activity-date") required=true />
                        <div class="field-row">
                            <TextField name="start_time" kind="time" label=t!(lang, "activity-start") required=true />
                            <TextField name="end_time" kind="time" label=t!(lang, "activity-end") required=true />
                        </div>
                        <TextField name="place" label=t!(lang, "task-place") hint=t!(lang, "task-place-hint") maxlength=120 />
                        <TextField name="needed" kind="number" label=t!(lang, "task-needed") hint=t!(lang, "task-needed-hint") required=true
                            value="1".to_string() />
                        <button type="submit" class="button">{t!(lang, "task-plan-submit")}</button>
                    </ActionForm>
                }
            }}
        </section>
    }
}

/// The newest announcements, and for coordinators a form to post one (empty again after each
/// post, which `posted` counts).
#[component]
pub(super) fn Announce(
    announcements: Vec<AnnouncementView>,
    can_post: bool,
    group: i64,
    announce: ServerAction<PostAnnouncement>,
    posted: RwSignal<usize>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="messages-title">
            <h2 id="messages-title">{t!(lang, "group-messages-title")}</h2>
            {if announcements.is_empty() {
                view! { <p>{t!(lang, "group-messages-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="notifications">
                        {announcements.into_iter().map(|a| view! {
                            <li class="note">
                                <PlainText text=a.text />
                                <p class="meta">{t!(lang, "group-message-by", name = a.author, when = a.when)}</p>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {can_post.then_some(move || {
                posted.track();
                view! {
                    <ActionForm action=announce attr:class="form" attr:novalidate=true>
                        <FormError error=action_error(announce) />
                        <input type="hidden" name="group" value=group />
                        <div class="field">
                            <label for="text">{t!(lang, "group-message-label")}</label>
                            <p class="hint" id="text-hint">{t!(lang, "group-message-hint")}</p>
                            <textarea id="text" name="text" rows="3" maxlength="500" required=true aria-describedby="text-hint"></textarea>
                        </div>
                        <button type="submit" class="button button-secondary">{t!(lang, "group-message-send")}</button>
                    </ActionForm>
                }
            })}
        </section>
    }
}

/// Tasks that have ended, with the hours each helper gave.
#[component]
pub(super) fn Hours(tasks: Vec<TaskView>, hours: ServerAction<RecordHours>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel" aria-labelledby="hours-title">
            <h2 id="hours-title">{t!(lang, "hours-title")}</h2>
            <p class="hint">{t!(lang, "hours-intro")}</p>
            <FormError error=action_error(hours) />
            {if tasks.is_empty() {
                view! { <p>{t!(lang, "hours-empty")}</p> }.into_any()
            } else {
                tasks.into_iter().map(|task| view! {
                    <h3>{task.title.clone()}</h3>
                    <p class="meta">{task.day.clone()} ", " {task.time.clone()}</p>
                    {if task.helpers.is_empty() {
                        view! { <p>{t!(lang, "hours-none")}</p> }.into_any()
                    } else {
                        task.helpers.into_iter().map(|h| {
                            let input_id = format!("uren-{}", h.id.0);
                            view! {
                                <ActionForm action=hours attr:class="inline-form hours-form" attr:novalidate=true>
                                    <input type="hidden" name="signup" value=h.id.0 />
                                    <label for=input_id.clone()>{t!(lang, "hours-of", name = h.name.clone())}</label>
                                    <input id=input_id type="text" inputmode="decimal" name="hours" size="5"
                                        value=h.minutes.map(hours_label).unwrap_or_default() />
                                    <SubmitButton label=t!(lang, "hours-save") about=h.name.clone() class="button button-secondary" />
                                    {h.minutes.map(|m| view! { <span class="meta">{t!(lang, "hours-recorded", hours = hours_label(m))}</span> })}
                                </ActionForm>
                            }
                        }).collect_view().into_any()
                    }}
                }).collect_view().into_any()
            }}
        </section>
    }
}
