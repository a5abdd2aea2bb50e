//! Staff publish an activity.

use crate::agenda::api::{PublishActivity, get_agenda};
use crate::agenda::model::{Audience, Category};
use crate::components::{FormError, Loaded, TextField, action_error};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn PublishPage() -> impl IntoView {
    let lang = use_lang();
    let publish = ServerAction::<PublishActivity>::new();
    let agenda = Resource::new(|| (), |_| get_agenda(String::new(), String::new()));
    view! {
        <Title text=t!(lang, "agenda-new") />
        <p class="breadcrumb"><a href="/agenda">{t!(lang, "nav-agenda")}</a></p>
        <h1>{t!(lang, "agenda-new")}</h1>
        <Loaded resource=agenda view=move |agenda| {
            if !agenda.can_publish {
                return view! { <p class="notice notice-error" role="alert">{tr(lang, "error-forbidden")}</p> }.into_any();
            }
            view! {
                <ActionForm action=publish attr:class="form" attr:novalidate=true>
                    <FormError error=action_error(publish) />
                    <input type="hidden" name="buurt" value=agenda.buurt_id />
                    <TextField name="title" label=t!(lang, "activity-title") hint=t!(lang, "activity-title-hint") required=true maxlength=80 />
                    <div class="field">
                        <label for="description">{t!(lang, "activity-description")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
                        <p class="hint" id="description-hint">{t!(lang, "activity-description-hint")}</p>
                        <textarea id="description" name="description" rows="5" maxlength="2000" aria-describedby="description-hint"></textarea>
                    </div>
                    <TextField name="date" kind="date" label=t!(lang, "activity-date") required=true />
                    <div class="field-row">
                        <TextField name="start_time" kind="time" label=t!(lang, "activity-start") required=true />
                        <TextField name="end_time" kind="time" label=t!(lang, "activity-end") required=true />
                    </div>
                    <TextField name="place" label=t!(lang, "activity-place") hint=t!(lang, "activity-place-hint") maxlength=120 />
                    <div class="field">
                        <label for="audience">{t!(lang, "agenda-for")}</label>
                        <select id="audience" name="audience">
                            {Audience::ALL.into_iter().map(|a| view! { <option value=a.code()>{tr(lang, a.key())}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="category">{t!(lang, "agenda-kind")}</label>
                        <select id="category" name="category">
                            {Category::ALL.into_iter().map(|c| view! { <option value=c.code()>{tr(lang, c.key())}</option> }).collect_view()}
                        </select>
                    </div>
                    <TextField name="capacity" kind="number" label=t!(lang, "activity-capacity") hint=t!(lang, "activity-capacity-hint") />
                    <TextField name="costs" label=t!(lang, "activity-costs") hint=t!(lang, "activity-costs-hint") maxlength=80 />
                    <TextField name="closes" kind="number" label=t!(lang, "activity-closes") hint=t!(lang, "activity-closes-hint") />
                    <button type="submit" class="button">{t!(lang, "activity-publish")}</button>
                </ActionForm>
            }.into_any()
        } />
    }
}
