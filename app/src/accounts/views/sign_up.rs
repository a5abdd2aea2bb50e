//! Sign up with the invite code from the household's letter, or (`?ingeschreven=ja`) claim
//! the account the sociaal werker made for you, by your name as they wrote it. The page never
//! lists who is registered in a household.

use super::refresh_header_on_success;
use crate::accounts::api::SignUp;
use crate::accounts::model::{AgeBand, DisplayName};
use crate::accounts::rules::{normalize_code, plausible_code};
use crate::components::{FormError, PageHead, TextField, action_error};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The address of the page in the other way (new account or claim), keeping a valid code.
fn other_way(code: &str, registered: bool) -> String {
    let code = normalize_code(code);
    let code = plausible_code(&code).then_some(code);
    match (registered, code) {
        (true, Some(code)) => format!("/aanmelden?code={code}"),
        (true, None) => "/aanmelden".to_string(),
        (false, Some(code)) => format!("/aanmelden?ingeschreven=ja&code={code}"),
        (false, None) => "/aanmelden?ingeschreven=ja".to_string(),
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SignUp>::new();
    refresh_header_on_success(action);
    let (code, registered) =
        use_query_map().with_untracked(|q| (q.get("code").unwrap_or_default(), q.get("ingeschreven").as_deref() == Some("ja")));
    let switch = other_way(&code, registered);
    let key = move |claim: &'static str, new: &'static str| if registered { tr(lang, claim) } else { tr(lang, new) };
    view! {
        <PageHead title=key("claim-title", "signup-title") />
        <p class="lead">{key("claim-lead", "signup-lead")}</p>
        <p>{key("claim-other-question", "claim-question")} " " <a href=switch>{key("claim-other-link", "claim-link")}</a></p>
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <FormError error=action_error(action) />
            {registered.then(|| view! { <input type="hidden" name="ingeschreven" value="ja" /> })}
            <TextField
                name="code"
                label=t!(lang, "signup-code")
                hint=t!(lang, "signup-code-hint")
                autocomplete="off"
                value=code
                required=true
                maxlength=20
            />
            <TextField
                name="display_name"
                label=t!(lang, "signup-name")
                hint=key("claim-name-hint", "signup-name-hint")
                autocomplete="nickname"
                required=true
                maxlength=DisplayName::MAX_CHARS as u32
            />
            <div class="field">
                <label for="age_band">{t!(lang, "signup-age")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
                <p class="hint" id="age_band-hint">{t!(lang, "signup-age-hint")}</p>
                <select id="age_band" name="age_band" aria-describedby="age_band-hint">
                    <option value="">{t!(lang, "age-no-answer")}</option>
                    {AgeBand::ALL.into_iter().map(|a| view! { <option value=a.code()>{tr(lang, a.key())}</option> }).collect_view()}
                </select>
            </div>
            <TextField
                name="password"
                kind="password"
                label=t!(lang, "signup-password")
                hint=t!(lang, "signup-password-hint")
                autocomplete="new-password"
                required=true
                maxlength=128
            />
            <TextField
                name="email"
                kind="email"
                label=t!(lang, "signup-email")
                hint=t!(lang, "signup-email-hint")
                autocomplete="email"
                maxlength=254
            />
            <p class="hint">{t!(lang, "signup-next")}</p>
            <button type="submit" class="button">{t!(lang, "signup-submit")}</button>
        </ActionForm>
        <p>{t!(lang, "signup-have-account")} " " <a href="/inloggen">{t!(lang, "nav-sign-in")}</a></p>
    }
}
