//! `/herstellen`: the code from the herstelbrief or the e-mail link (filled in from the QR
//! code or the link) and a new password, twice. On success the person is signed in.

use crate::accounts::recovery::api::ResetPassword;
use crate::accounts::views::refresh_header_on_success;
use crate::components::{FormDone, FormError, PageHead, TextField, action_done, action_error};
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<ResetPassword>::new();
    refresh_header_on_success(action);
    let done = action_done(action);
    let code = StoredValue::new(use_query_map().with_untracked(|q| q.get("code")).unwrap_or_default());
    view! {
        <PageHead title=t!(lang, "recovery-reset-title") />
        <FormDone done=done message=t!(lang, "recovery-reset-done") />
        <Show when=move || done.get()>
            <p><a class="button" href="/">{t!(lang, "recovery-reset-home")}</a></p>
        </Show>
        <Show when=move || !done.get()>
            <p class="lead">{t!(lang, "recovery-reset-lead")}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <FormError error=action_error(action) />
                <TextField
                    name="herstelcode"
                    label=t!(lang, "recovery-reset-code")
                    hint=t!(lang, "recovery-reset-code-hint")
                    autocomplete="off"
                    value=code.get_value()
                    required=true
                    maxlength=40
                />
                <TextField
                    name="password"
                    kind="password"
                    label=t!(lang, "recovery-reset-password")
                    hint=t!(lang, "signup-password-hint")
                    autocomplete="new-password"
                    required=true
                    maxlength=128
                />
                <TextField
                    name="password_again"
                    kind="password"
                    label=t!(lang, "recovery-reset-password-again")
                    autocomplete="new-password"
                    required=true
                    maxlength=128
                />
                <p class="hint">{t!(lang, "recovery-reset-next")}</p>
                <button type="submit" class="button">{t!(lang, "recovery-reset-submit")}</button>
            </ActionForm>
            <p>{t!(lang, "recovery-reset-no-code")} " " <a href="/wachtwoord-vergeten">{t!(lang, "recovery-forgot-title")}</a></p>
        </Show>
    }
}
