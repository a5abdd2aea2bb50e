//! The participation limits of the buurt, for the commissie and staff: open proposals per
//! resident and household, and the comment limits (slow mode, reports, the nudge).

use crate::components::{FormDone, FormError, Loaded, PageHead, TextField, action_done, action_error, fetch_once};
use crate::i18n::use_lang;
use crate::proposals::api::{SaveParticipationSettings, get_participation_settings};
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
            let n = |v: i64| v.to_string();
            view! {
                {f.changed.clone().map(|changed| view! { <p class="meta">{t!(lang, "settings-changed", changed = changed)}</p> })}
                <ActionForm action=save attr:class="form" attr:novalidate=true>
                    <FormError error=action_error(save) />
                    <FormDone done=action_done(save) message=t!(lang, "settings-saved") />
                    <input type="hidden" name="buurt" value=f.buurt_id />
                    <fieldset class="field">
                        <legend>{t!(lang, "settings-proposals")}</legend>
                        <TextField name="max_open_per_resident" kind="number" label=t!(lang, "settings-max-resident") hint=t!(lang, "settings-range", min = 1, max = 20) required=true value=n(s.max_open_per_resident) />
                        <TextField name="max_open_per_household" kind="number" label=t!(lang, "settings-max-household") hint=t!(lang, "settings-range", min = 1, max = 50) required=true value=n(s.max_open_per_household) />
                    </fieldset>
                    <fieldset class="field">
                        <legend>{t!(lang, "settings-comments")}</legend>
                        <TextField name="comment_interval_seconds" kind="number" label=t!(lang, "settings-interval") hint=t!(lang, "settings-range", min = 0, max = 86400) required=true value=n(s.comment_interval_seconds) />
                        <TextField name="comments_per_day" kind="number" label=t!(lang, "settings-per-day") hint=t!(lang, "settings-range", min = 1, max = 500) required=true value=n(s.comments_per_day) />
                        <TextField name="consecutive_replies" kind="number" label=t!(lang, "settings-consecutive") hint=t!(lang, "settings-range", min = 1, max = 50) required=true value=n(s.consecutive_replies) />
                        <TextField name="report_threshold" kind="number" label=t!(lang, "settings-reports") hint=t!(lang, "settings-range", min = 1, max = 50) required=true value=n(s.report_threshold) />
                        <TextField name="nudge_share_percent" kind="number" label=t!(lang, "settings-nudge-share") hint=t!(lang, "settings-range", min = 1, max = 100) required=true value=n(s.nudge_share_percent) />
                        <TextField name="nudge_min_comments" kind="number" label=t!(lang, "settings-nudge-min") hint=t!(lang, "settings-range", min = 2, max = 1000) required=true value=n(s.nudge_min_comments) />
                    </fieldset>
                    <button type="submit" class="button">{t!(lang, "settings-save")}</button>
                </ActionForm>
            }
        } />
    }
}
