//! One activity: everything about it, and signing up or withdrawing.

use super::{places_label, status_label};
use crate::agenda::api::{CancelActivity, SignUpFor, WithdrawFrom, get_activity, get_participants};
use crate::agenda::model::SignupStatus;
use crate::components::{FormError, Loaded, PageHead, PlainText, TextField, action_error, route_id};
use crate::i18n::{tr, use_lang};
use crate::t;
use crate::on_behalf::service::NamensField;
use leptos::prelude::*;

#[component]
pub fn ActivityPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let sign_up = ServerAction::<SignUpFor>::new();
    let withdraw = ServerAction::<WithdrawFrom>::new();
    let cancel = ServerAction::<CancelActivity>::new();
    let activity = Resource::new(
        move || (id.get(), sign_up.version().get(), withdraw.version().get(), cancel.version().get()),
        |(id, _, _, _)| get_activity(id),
    );
    view! {
        <p class="breadcrumb"><a href="/agenda">{t!(lang, "nav-agenda")}</a></p>
        <FormError error=action_error(sign_up) />
        <FormError error=action_error(withdraw) />
        <Loaded resource=activity view=move |a| {
            let places = places_label(&a);
            let status = status_label(&a);
            view! {
                <PageHead title=a.title.clone() />
                {a.cancelled.clone().map(|reason| view! {
                    <p class="notice notice-error" role="status">{t!(lang, "agenda-cancelled", reason = reason)}</p>
                })}
                <dl class="facts">
                    <dt>{t!(lang, "agenda-when")}</dt><dd>{a.day.clone()} ", " {a.time.clone()}</dd>
                    {(!a.place.is_empty()).then(|| view! { <dt>{t!(lang, "agenda-where")}</dt><dd>{a.place.clone()}</dd> })}
                    <dt>{t!(lang, "agenda-for")}</dt><dd>{tr(lang, a.audience.key())}</dd>
                    <dt>{t!(lang, "agenda-kind")}</dt><dd>{tr(lang, a.category.key())}</dd>
                    <dt>{t!(lang, "agenda-costs")}</dt>
                    <dd>{if a.costs.is_empty() { t!(lang, "agenda-free") } else { a.costs.clone() }}</dd>
                    <dt>{t!(lang, "agenda-organiser")}</dt><dd>{a.organiser.clone()}</dd>
                    <dt>{t!(lang, "agenda-participants")}</dt>
                    <dd>
                        {t!(lang, "agenda-signed-up-count", count = a.signed_up)}
                        {places.map(|p| view! { ", " {p} })}
                        {(a.waiting > 0).then(|| view! { ", " {t!(lang, "agenda-waiting-count", count = a.waiting)} })}
                    </dd>
                </dl>
                <PlainText text=a.description.clone() />
                <section class="panel" aria-labelledby="signup-title">
                    <h2 id="signup-title">{t!(lang, "agenda-signup-title")}</h2>
                    {status.map(|s| view! {
                        <p class="status status-mine" role="status">{s}</p>
                        <p><a href="/agenda/mijn">{t!(lang, "agenda-mine")}</a></p>
                    })}
                    {(!a.overlaps.is_empty()).then(|| view! {
                        <p class="notice notice-warning">{t!(lang, "agenda-overlap", titles = a.overlaps.join(", "))}</p>
                    })}
                    {if !a.signup_open {
                        view! { <p>{t!(lang, "agenda-closed")}</p> }.into_any()
                    } else if a.my_status.is_some() {
                        view! {
                            <ActionForm action=withdraw>
                                <input type="hidden" name="activity" value=a.id.0 />
                                <NamensField />
                                <button type="submit" class="button button-secondary">{t!(lang, "agenda-withdraw")}</button>
                            </ActionForm>
                        }.into_any()
                    } else {
                        let full = a.capacity.is_some_and(|c| a.signed_up >= c);
                        view! {
                            {full.then(|| view! { <p>{t!(lang, "agenda-full-explain")}</p> })}
                            <ActionForm action=sign_up>
                                <input type="hidden" name="activity" value=a.id.0 />
                                <NamensField />
                                <button type="submit" class="button">
                                    {if full { t!(lang, "agenda-join-waitlist") } else { t!(lang, "agenda-sign-up") }}
                                </button>
                            </ActionForm>
                        }.into_any()
                    }}
                    {matches!(a.my_status, Some(SignupStatus::Waiting(_))).then(|| view! { <p class="hint">{t!(lang, "agenda-waitlist-explain")}</p> })}
                </section>
                {a.can_manage.then(|| view! { <Manage id=a.id.0 editable=a.cancelled.is_none() && !a.past cancel /> })}
            }
        } />
    }
}

/// For staff: change, publish again, the participants (also printed) and cancelling.
#[component]
fn Manage(id: i64, editable: bool, cancel: ServerAction<CancelActivity>) -> impl IntoView {
    let lang = use_lang();
    let people = Resource::new(move || cancel.version().get(), move |_| get_participants(id));
    view! {
        <p class="actions">
            {editable.then(|| view! { <a class="button button-secondary" href=format!("/agenda/{id}/wijzigen")>{t!(lang, "activity-edit")}</a> })}
            <a class="button button-secondary" href=format!("/agenda/nieuw?van={id}")>{t!(lang, "activity-again")}</a>
            <a class="button button-secondary" href=format!("/agenda/{id}/deelnemers")>{t!(lang, "agenda-print-participants")}</a>
        </p>
        <section class="panel" aria-labelledby="participants-title">
            <h2 id="participants-title">{t!(lang, "agenda-participants")}</h2>
            <Loaded resource=people view=move |people| {
                if people.is_empty() {
                    return view! { <p>{t!(lang, "agenda-no-participants")}</p> }.into_any();
                }
                view! {
                    <ol class="participants">
                        {people.into_iter().map(|p| view! {
                            <li>
                                {p.name}
                                {p.household.map(|h| view! { <span class="meta">" · " {h}</span> })}
                                {p.waiting.then(|| view! { <span class="meta">" · " {t!(lang, "agenda-on-waitlist")}</span> })}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            } />
        </section>
        {editable.then(|| view! {
            <section class="panel panel-danger" aria-labelledby="cancel-title">
                <h2 id="cancel-title">{t!(lang, "agenda-cancel-title")}</h2>
                <ActionForm action=cancel attr:class="form" attr:novalidate=true>
                    <FormError error=action_error(cancel) />
                    <input type="hidden" name="activity" value=id />
                    <TextField name="reason" label=t!(lang, "agenda-cancel-reason") hint=t!(lang, "agenda-cancel-hint") required=true maxlength=200 />
                    <button type="submit" class="button button-danger">{t!(lang, "agenda-cancel-submit")}</button>
                </ActionForm>
            </section>
        })}
    }
}
