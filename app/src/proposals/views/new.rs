//! Proposing an activity or an initiative, with what happens next in plain words.

use crate::components::{FormError, Loaded, PageHead, TextArea, TextField, action_error, fetch_once};
use crate::i18n::{tr, use_lang};
use crate::proposals::api::{SubmitProposal, get_new_proposal_info};
use crate::proposals::model::{Kind, NewProposalInfo};
use crate::t;
use crate::on_behalf::service::NamensField;
use leptos::prelude::*;

#[component]
pub fn NewProposalPage() -> impl IntoView {
    let lang = use_lang();
    let submit = ServerAction::<SubmitProposal>::new();
    view! {
        <PageHead title=t!(lang, "proposals-new") up=("/meedoen", t!(lang, "nav-participate")) />
        <section class="panel" aria-labelledby="next-title">
            <h2 id="next-title">{t!(lang, "proposal-next-title")}</h2>
            <ol class="steps">
                <li>{t!(lang, "proposal-next-1")}</li>
                <li>{t!(lang, "proposal-next-2")}</li>
                <li>{t!(lang, "proposal-next-3")}</li>
                <li>{t!(lang, "proposal-next-4")}</li>
            </ol>
        </section>
        <Loaded resource=fetch_once(get_new_proposal_info) view=move |info| view! { <Standing info /> } />
        <ActionForm action=submit attr:class="form" attr:novalidate=true>
            <FormError error=action_error(submit) />
            <NamensField />
            <fieldset class="field choices">
                <legend>{t!(lang, "proposal-kind-legend")}</legend>
                {Kind::ALL.into_iter().map(|k| view! {
                    <label>
                        <input type="radio" name="kind" value=k.code() checked=k == Kind::Activity />
                        " " {tr(lang, k.key())} " – " {tr(lang, match k { Kind::Activity => "proposal-kind-activiteit-hint", Kind::Initiative => "proposal-kind-initiatief-hint" })}
                    </label>
                }).collect_view()}
            </fieldset>
            <ProposalFields title=String::new() description=String::new() audience=String::new() date_wish=String::new() help_needed=String::new() />
            <button type="submit" class="button">{t!(lang, "proposal-submit")}</button>
        </ActionForm>
    }
}

/// Where the visitor stands before typing: open proposals now, and new proposals in these
/// 30 days (how many are left, or from when the next one is possible).
#[component]
fn Standing(info: NewProposalInfo) -> impl IntoView {
    let lang = use_lang();
    let open_full = info.open_mine >= info.max_resident || info.open_household >= info.max_household;
    let full = open_full || info.next_at.is_some();
    let left = match &info.next_at {
        Some(at) => t!(lang, "proposal-new-30d-next", day = at.day_label(lang), time = at.time.clone()),
        None => t!(lang, "proposal-new-30d-left", left = info.new_left),
    };
    let household = info.new_left_household.filter(|_| info.next_at.is_none());
    view! {
        <div class=if full { "notice notice-error" } else { "notice notice-info" }>
            <p>
                {t!(lang, "proposal-limit-info", open = info.open_mine, max = info.max_resident, household = info.max_household)}
                {open_full.then(|| view! { " " {t!(lang, "proposal-limit-full")} })}
            </p>
            <p>
                {t!(lang, "proposal-new-30d-rule", max = info.new_max_resident, household = info.new_max_household)} " "
                <strong>{left}</strong>
                {household.map(|n| view! { " " {t!(lang, "proposal-new-30d-household-left", left = n)} })}
            </p>
        </div>
    }
}

/// The text fields of a proposal, filled with the current text when editing.
#[component]
pub(super) fn ProposalFields(title: String, description: String, audience: String, date_wish: String, help_needed: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <TextField name="title" label=t!(lang, "proposal-title") hint=t!(lang, "proposal-title-hint") required=true maxlength=80 value=title />
        <div class="field">
            <label for="description">{t!(lang, "proposal-description")}</label>
            <p class="hint" id="description-hint">{t!(lang, "proposal-description-hint")}</p>
            <TextArea text=description attr:id="description" attr:name="description" attr:rows="6" attr:maxlength="2000" attr:required=true attr:aria-describedby="description-hint" />
        </div>
        <TextField name="audience" label=t!(lang, "proposal-audience") hint=t!(lang, "proposal-audience-hint") maxlength=120 value=audience />
        <TextField name="date_wish" label=t!(lang, "proposal-date-wish") hint=t!(lang, "proposal-date-wish-hint") maxlength=120 value=date_wish />
        <div class="field">
            <label for="help_needed">{t!(lang, "proposal-help")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
            <p class="hint" id="help_needed-hint">{t!(lang, "proposal-help-hint")}</p>
            <TextArea text=help_needed attr:id="help_needed" attr:name="help_needed" attr:rows="3" attr:maxlength="500" attr:aria-describedby="help_needed-hint" />
        </div>
    }
}
