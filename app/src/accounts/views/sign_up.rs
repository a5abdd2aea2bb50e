//! Sign up with the invite code from the household's letter.

use super::refresh_header_on_success;
use crate::accounts::api::{SignUp, get_claimable_names};
use crate::accounts::model::{AgeBand, DisplayName};
use crate::components::{FormError, PageHead, TextField, action_error};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SignUpPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SignUp>::new();
    refresh_header_on_success(action);
    let (code, name) = use_query_map().with_untracked(|q| (q.get("code").unwrap_or_default(), q.get("naam")));
    let names = {
        let code = code.clone();
        Resource::new(|| (), move |_| get_claimable_names(code.clone()))
    };
    view! {
        <PageHead title=t!(lang, "signup-title") />
        <p class="lead">{t!(lang, "signup-lead")}</p>
        <ClaimChoice code=code.clone() names />
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <FormError error=action_error(action) />
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
                hint=t!(lang, "signup-name-hint")
                autocomplete="nickname"
                value=name.unwrap_or_default()
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

/// With a code in the address: the people the sociaal werker registered in that household
/// who have no password yet. Choosing a name fills it in (a plain GET form); signing up with
/// that name claims the account.
#[component]
fn ClaimChoice(code: String, names: Resource<Result<Vec<String>, crate::error::AppError>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let code = code.clone();
                Suspend::new(async move {
                    let names = names.await.unwrap_or_default();
                    (!names.is_empty()).then(|| view! {
                        <form method="get" action="/aanmelden" class="panel">
                            <p>{t!(lang, "claim-intro")}</p>
                            <input type="hidden" name="code" value=code />
                            {names.into_iter().map(|n| {
                                let label = t!(lang, "claim-this-is-me", name = n.clone());
                                view! { <button type="submit" name="naam" value=n class="button button-secondary">{label}</button> }
                            }).collect_view()}
                        </form>
                    })
                })
            }}
        </Suspense>
    }
}
