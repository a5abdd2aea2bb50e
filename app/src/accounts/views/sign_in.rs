//! Sign in with display name or email and password.

use super::refresh_header_on_success;
use crate::accounts::api::SignIn;
use crate::components::{FormError, PageHead, TextField, action_error};
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn SignInPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<SignIn>::new();
    refresh_header_on_success(action);
    view! {
        <PageHead title=t!(lang, "signin-title") />
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <FormError error=action_error(action) />
            <TextField
                name="identifier"
                label=t!(lang, "signin-identifier")
                autocomplete="username"
                required=true
                maxlength=254
            />
            <TextField
                name="password"
                kind="password"
                label=t!(lang, "signin-password")
                autocomplete="current-password"
                required=true
                maxlength=128
            />
            <button type="submit" class="button">{t!(lang, "signin-submit")}</button>
        </ActionForm>
        <h2>{t!(lang, "signin-new-title")}</h2>
        <p>{t!(lang, "signin-new-text")} " " <a href="/aanmelden">{t!(lang, "home-sign-up")}</a></p>
        <h2>{t!(lang, "recovery-signin-title")}</h2>
        <p>{t!(lang, "recovery-signin-email")} " " <a href="/wachtwoord-vergeten">{t!(lang, "recovery-signin-email-link")}</a></p>
        <p>{t!(lang, "recovery-signin-letter")} " " <a href="/herstellen">{t!(lang, "recovery-signin-letter-link")}</a></p>
    }
}
