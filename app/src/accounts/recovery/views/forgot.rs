//! `/wachtwoord-vergeten`: ask for a sign-in link by e-mail. The answer is the same for every
//! address, known or not; without e-mail the sociaal werker makes a herstelbrief.

use crate::accounts::recovery::api::RequestRecoveryLink;
use crate::components::{FormDone, FormError, PageHead, TextField, action_done, action_error};
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<RequestRecoveryLink>::new();
    let done = action_done(action);
    view! {
        <PageHead title=t!(lang, "recovery-forgot-title") />
        <FormDone done=done message=t!(lang, "recovery-forgot-sent") />
        <p class="lead">{t!(lang, "recovery-forgot-lead")}</p>
        <ActionForm action=action attr:class="form" attr:novalidate=true>
            <FormError error=action_error(action) />
            <TextField
                name="email"
                kind="email"
                label=t!(lang, "signup-email")
                autocomplete="email"
                required=true
                maxlength=254
            />
            <button type="submit" class="button">{t!(lang, "recovery-forgot-submit")}</button>
        </ActionForm>
        <h2>{t!(lang, "recovery-forgot-no-email-title")}</h2>
        <p>{t!(lang, "recovery-forgot-no-email")}</p>
        <p>{t!(lang, "recovery-forgot-have-code")} " " <a href="/herstellen">{t!(lang, "recovery-reset-title")}</a></p>
    }
}
