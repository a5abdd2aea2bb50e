//! The commissie's decisions on one proposal: take it in review, ask for changes, decline,
//! accept (an activity goes into the agenda in the same step), plan, mark done, merge with a
//! duplicate, hide or show again. Every decision needs or allows a reason for the log.

use crate::agenda::model::{Audience, Category};
use crate::components::{FormError, TextArea, TextField, action_error};
use crate::i18n::{tr, use_lang};
use crate::proposals::api::{AcceptActivity, HideProposal, MergeProposal, ModerateProposal};
use crate::proposals::model::{Kind, ProposalDetail, Status};
use crate::t;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub(super) struct Actions {
    pub moderate: ServerAction<ModerateProposal>,
    pub accept: ServerAction<AcceptActivity>,
    pub merge: ServerAction<MergeProposal>,
    pub hide: ServerAction<HideProposal>,
}

/// A reason field with its own id, so several forms on one page keep their labels apart.
#[component]
fn Reason(id: &'static str, label: String, required: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="field">
            <label for=id>{label}{(!required).then(|| view! { " " <span class="optional">{t!(lang, "form-optional")}</span> })}</label>
            <textarea id=id name="reason" rows="3" maxlength="500" required=required></textarea>
        </div>
    }
}

/// One step of [`ModerateProposal`] as its own small form: `step` is the step's form code,
/// which also gives its texts and whether a reason is required.
#[component]
fn StepForm(id: i64, step: &'static str, moderate: ServerAction<ModerateProposal>) -> impl IntoView {
    let lang = use_lang();
    let (field, heading, button, reason_required) = match step {
        "behandelen" => ("reason-behandelen", t!(lang, "decide-review"), t!(lang, "decide-review-button"), false),
        "aanpassen" => ("reason-aanpassen", t!(lang, "decide-changes"), t!(lang, "decide-changes-button"), true),
        "afwijzen" => ("reason-afwijzen", t!(lang, "decide-decline"), t!(lang, "decide-decline-button"), true),
        "accepteren" => ("reason-accepteren", t!(lang, "decide-accept"), t!(lang, "decide-accept-button"), false),
        "plannen" => ("reason-plannen", t!(lang, "decide-plan"), t!(lang, "decide-plan-button"), false),
        _ => ("reason-uitgevoerd", t!(lang, "decide-done"), t!(lang, "decide-done-button"), false),
    };
    let reason_label = if reason_required { t!(lang, "decide-reason") } else { t!(lang, "decide-note") };
    view! {
        <details class="decide-item">
            <summary>{heading}</summary>
            <ActionForm action=moderate attr:class="form" attr:novalidate=true>
                <input type="hidden" name="proposal" value=id />
                <input type="hidden" name="step" value=step />
                <Reason id=field label=reason_label required=reason_required />
                <button type="submit" class="button">{button}</button>
            </ActionForm>
        </details>
    }
}

#[component]
pub(super) fn Decide(p: ProposalDetail, actions: Actions) -> impl IntoView {
    let lang = use_lang();
    let id = p.card.id.0;
    let status = p.card.status;
    let kind = p.card.kind;
    let moderate = actions.moderate;
    let new = matches!(status, Status::Submitted | Status::InReview);
    view! {
        <section class="panel decide" aria-labelledby="decide-title">
            <h2 id="decide-title">{t!(lang, "decide-title")}</h2>
            <p class="hint">{t!(lang, "decide-hint")} " " <a href="/meedoen/moderatie">{t!(lang, "proposals-queue")}</a></p>
            <FormError error=action_error(actions.moderate) />
            <FormError error=action_error(actions.accept) />
            <FormError error=action_error(actions.merge) />
            <FormError error=action_error(actions.hide) />
            {(status == Status::Submitted).then(|| view! {
                <StepForm id step="behandelen" moderate />
            })}
            {(new && kind == Kind::Activity).then(|| view! { <AcceptActivityForm p=p.clone() accept=actions.accept /> })}
            {(new && kind == Kind::Initiative).then(|| view! {
                <StepForm id step="accepteren" moderate />
            })}
            {new.then(|| view! {
                <StepForm id step="aanpassen" moderate />
            })}
            {status.is_open().then(|| view! {
                <StepForm id step="afwijzen" moderate />
            })}
            {(status == Status::Accepted).then(|| view! {
                <StepForm id step="plannen" moderate />
            })}
            {(status == Status::Planned).then(|| view! {
                <StepForm id step="uitgevoerd" moderate />
            })}
            {(status.is_open() && !p.merge_targets.is_empty()).then(|| view! {
                <details class="decide-item">
                <summary>{t!(lang, "decide-merge")}</summary>
                <ActionForm action=actions.merge attr:class="form" attr:novalidate=true>
                    <input type="hidden" name="proposal" value=id />
                    <div class="field">
                        <label for="into">{t!(lang, "decide-merge-into")}</label>
                        <select id="into" name="into">
                            {p.merge_targets.iter().map(|(target, title)| view! { <option value=*target>{title.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <Reason id="reason-samenvoegen" label=t!(lang, "decide-reason") required=true />
                    <button type="submit" class="button button-secondary">{t!(lang, "decide-merge-button")}</button>
                </ActionForm>
                </details>
            })}
            {
                let hidden = p.hidden_reason.is_some();
                view! {
                    <details class="decide-item">
                    <summary>{if hidden { t!(lang, "decide-unhide") } else { t!(lang, "decide-hide") }}</summary>
                    <ActionForm action=actions.hide attr:class="form" attr:novalidate=true>
                        <input type="hidden" name="proposal" value=id />
                        <input type="hidden" name="hide" value=if hidden { "nee" } else { "ja" } />
                        <Reason id="reason-verbergen" label=if hidden { t!(lang, "decide-note") } else { t!(lang, "decide-reason") } required=!hidden />
                        <button type="submit" class="button button-secondary">
                            {if hidden { t!(lang, "decide-unhide-button") } else { t!(lang, "decide-hide-button") }}
                        </button>
                    </ActionForm>
                    </details>
                }
            }
        </section>
    }
}

/// Accepting an activity: the commissielid fills in when and where (prefilled from the
/// proposal) and it goes into the agenda with the proposer as organiser.
#[component]
fn AcceptActivityForm(p: ProposalDetail, accept: ServerAction<AcceptActivity>) -> impl IntoView {
    let lang = use_lang();
    let wish = p.date_wish.clone();
    view! {
        <details class="decide-item">
        <summary>{t!(lang, "decide-accept-activity")}</summary>
        <ActionForm action=accept attr:class="form" attr:novalidate=true>
            <p class="hint">{t!(lang, "decide-accept-activity-hint")}</p>
            <input type="hidden" name="proposal" value=p.card.id.0 />
            <TextField name="title" label=t!(lang, "activity-title") required=true maxlength=80 value=p.card.title.clone() />
            <div class="field">
                <label for="description">{t!(lang, "activity-description")}</label>
                <TextArea text=p.description.clone() attr:id="description" attr:name="description" attr:rows="4" attr:maxlength="2000" />
            </div>
            <TextField name="date" kind="date" label=t!(lang, "activity-date") required=true
                hint=if wish.is_empty() { t!(lang, "decide-no-wish") } else { t!(lang, "decide-wish", wish = wish.clone()) } />
            <div class="field-row">
                <TextField name="start_time" kind="time" label=t!(lang, "activity-start") required=true />
                <TextField name="end_time" kind="time" label=t!(lang, "activity-end") required=true />
            </div>
            <TextField name="place" label=t!(lang, "activity-place") maxlength=120 value=t!(lang, "decide-place-default") />
            <div class="field">
                <label for="audience">{t!(lang, "agenda-for")}</label>
                <select id="audience" name="audience">
                    {Audience::ALL.into_iter().map(|a| view! { <option value=a.code()>{tr(lang, a.key())}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="category">{t!(lang, "agenda-kind")}</label>
                <select id="category" name="category">
                    {Category::ALL.into_iter().map(|c| view! { <option value=c.code() selected=c == Category::Meeting>{tr(lang, c.key())}</option> }).collect_view()}
                </select>
            </div>
            <TextField name="capacity" kind="number" label=t!(lang, "activity-capacity") hint=t!(lang, "activity-capacity-hint") />
            <Reason id="reason-activiteit" label=t!(lang, "decide-note") required=false />
            <button type="submit" class="button">{t!(lang, "decide-accept-activity-button")}</button>
        </ActionForm>
        </details>
    }
}
