//! The participation limits of the buurt, for the commissie and staff: open proposals per
//! resident and household, and the comment limits (slow mode, reports, the nudge).

use crate::components::{FormDone, FormError, Loaded, PageHead, TextField, action_done, action_error, fetch_once};
use crate::i18n::use_lang;
use crate::proposals::api::{SaveParticipationSettings, get_participation_settings};
use crate::proposals::model::SETTING_FIELDS;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveParticipationSettings>::new();
    view! {
        <PageHead title=t!(lang, "proposals-settings") up=("/meedoen", t!(lang, "nav-participate")) />
        <p class="lead">{t!(lang, "settings-intro")}</p>
        <Loaded resource=fetch_once(get_participation_settings) view=move |f| {
            let s = f.settings;
            // One number field of SETTING_FIELDS, with its range as the hint.
            let field = move |name: &'static str, label: String| {
                let (min, max) = SETTING_FIELDS.iter().find(|(n, _, _)| *n == name).map_or((0, 0), |(_, min, max)| (*min, *max));
                view! {
                    <TextField name kind="number" label hint=t!(lang, "settings-range", min = min, max = max) required=true value=s.value(name).to_string() />
                }
            };
            view! {
                {f.changed.clone().map(|changed| view! { <p class="meta">{t!(lang, "settings-changed", changed = changed)}</p> })}
                <ActionForm action=save attr:class="form" attr:novalidate=true>
                    <FormError error=action_error(save) />
                    <FormDone done=action_done(save) message=t!(lang, "settings-saved") />
                    <input type="hidden" name="buurt" value=f.buurt_id />
                    <fieldset class="field">
                        <legend>{t!(lang, "settings-proposals")}</legend>
                        {field("max_open_per_resident", t!(lang, "settings-max-resident"))}
                        {field("max_open_per_household", t!(lang, "settings-max-household"))}
                        {field("new_per_resident_30d", t!(lang, "settings-new-resident"))}
                        {field("new_per_household_30d", t!(lang, "settings-new-household"))}
                    </fieldset>
                    <fieldset class="field">
                        <legend>{t!(lang, "settings-comments")}</legend>
                        {field("comment_interval_seconds", t!(lang, "settings-interval"))}
                        {field("comments_per_day", t!(lang, "settings-per-day"))}
                        {field("consecutive_replies", t!(lang, "settings-consecutive"))}
                        {field("report_threshold", t!(lang, "settings-reports"))}
                        {field("reports_per_household_day", t!(lang, "settings-reports-day"))}
                        {field("nudge_share_percent", t!(lang, "settings-nudge-share"))}
                        {field("nudge_min_comments", t!(lang, "settings-nudge-min"))}
                    </fieldset>
                    <fieldset class="field">
                        <legend>{t!(lang, "settings-voting")}</legend>
                        {field("ballot_per_household", t!(lang, "settings-ballot-household"))}
                    </fieldset>
                    <fieldset class="field">
                        <legend>{t!(lang, "settings-signals")}</legend>
                        {field("signal_top5_percent", t!(lang, "settings-signal-share"))}
                        {field("signal_median_ratio", t!(lang, "settings-signal-ratio"))}
                    </fieldset>
                    <button type="submit" class="button">{t!(lang, "settings-save")}</button>
                </ActionForm>
            }
        } />
    }
}
