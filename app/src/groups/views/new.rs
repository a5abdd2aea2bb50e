//! Staff start a volunteer group: what it does, for whom, how to join, and its coordinator.

use crate::components::{Checkbox, FormError, Loaded, PageHead, TextField, action_error, fetch_once};
use crate::groups::api::{CreateGroup, get_new_group_form};
use crate::groups::model::JoinPolicy;
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn NewGroupPage() -> impl IntoView {
    let lang = use_lang();
    let create = ServerAction::<CreateGroup>::new();
    view! {
        <PageHead title=t!(lang, "groups-new") up=("/groepen", t!(lang, "groups-title")) />
        <Loaded resource=fetch_once(get_new_group_form) view=move |form| view! {
            <ActionForm action=create attr:class="form" attr:novalidate=true>
                <FormError error=action_error(create) />
                <input type="hidden" name="buurt" value=form.buurt_id />
                <TextField name="name" label=t!(lang, "group-name") hint=t!(lang, "group-name-hint") required=true maxlength=60 />
                <div class="field">
                    <label for="description">{t!(lang, "group-description")}</label>
                    <p class="hint" id="description-hint">{t!(lang, "group-description-hint")}</p>
                    <textarea id="description" name="description" rows="5" maxlength="1000" required=true aria-describedby="description-hint"></textarea>
                </div>
                <TextField name="audience" label=t!(lang, "group-audience") hint=t!(lang, "group-audience-hint") maxlength=120 />
                <TextField name="time_needed" label=t!(lang, "group-time-needed") hint=t!(lang, "group-time-needed-hint") maxlength=120 />
                <fieldset class="field choices">
                    <legend>{t!(lang, "group-policy-legend")}</legend>
                    {JoinPolicy::ALL.into_iter().map(|p| view! {
                        <label>
                            <input type="radio" name="policy" value=p.code() checked=p == JoinPolicy::Open />
                            " " {tr(lang, p.choice_key())}
                        </label>
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="coordinator">{t!(lang, "group-coordinator")}</label>
                    <p class="hint" id="coordinator-hint">{t!(lang, "group-coordinator-hint")}</p>
                    <select id="coordinator" name="coordinator" aria-describedby="coordinator-hint">
                        {form.people.iter().map(|p| view! {
                            <option value=p.id selected=p.id == form.me>{p.name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Checkbox name="also_me" label=t!(lang, "group-also-me") />
                <button type="submit" class="button">{t!(lang, "group-create")}</button>
            </ActionForm>
        } />
    }
}
