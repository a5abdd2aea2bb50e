//! The mail choices on the profile (a plain form) and the page behind the unsubscribe link in
//! every mail (a button that posts; no sign-in needed).

use super::api::{SaveMailChoices, get_mail_choices, unsubscribe_info};
use crate::components::{Checkbox, FormDone, FormError, Loaded, PageHead, action_done, action_error};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// "E-mail" on the profile: where mail goes, and what the person wants straight away and
/// once a week. Without an address it says that nothing is sent.
#[component]
pub fn MailSection() -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveMailChoices>::new();
    let choices = Resource::new(move || save.version().get(), |_| get_mail_choices());
    view! {
        <section aria-labelledby="mail-title" class="panel">
            <h2 id="mail-title">{t!(lang, "mail-title")}</h2>
            <Loaded resource=choices view=move |c| match c.address.clone() {
                None => view! { <p>{t!(lang, "mail-no-address")}</p> }.into_any(),
                Some(address) => view! {
                    <p>{t!(lang, "mail-address", address = address)}</p>
                    <ActionForm action=save attr:class="form">
                        <FormError error=action_error(save) />
                        <FormDone done=action_done(save) message=t!(lang, "mail-saved") />
                        <fieldset>
                            <legend>{t!(lang, "mail-legend")}</legend>
                            <Checkbox name="personal" label=t!(lang, "mail-personal-label") checked=c.personal />
                            <Checkbox name="digest" label=t!(lang, "mail-digest-label") checked=c.digest />
                        </fieldset>
                        <p class="hint">{t!(lang, "mail-nothing-hint")}</p>
                        <button type="submit" class="button">{t!(lang, "profile-save")}</button>
                    </ActionForm>
                }
                .into_any(),
            } />
        </section>
    }
}

/// `/mail/afmelden/<token>`: what the link switches off, and a button that does it (a plain
/// form post to the same address, as RFC 8058's one-click POST from a mail program).
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let token = move || params.read().get("token").unwrap_or_default();
    let info = Resource::new(token, unsubscribe_info);
    view! {
        <PageHead title=t!(lang, "mail-unsubscribe-title") />
        <Loaded resource=info view=move |view| match view {
            None => view! { <p>{t!(lang, "mail-unsubscribe-invalid")}</p> <p><a href="/profiel">{t!(lang, "nav-profile")}</a></p> }.into_any(),
            Some(v) if v.on => view! {
                <p>{t!(lang, "mail-unsubscribe-question", kind = tr(lang, v.kind.key()))}</p>
                <form method="post" action=format!("/mail/afmelden/{}", token()) class="form">
                    <input type="hidden" name="List-Unsubscribe" value="One-Click" />
                    <button type="submit" class="button">{t!(lang, "mail-unsubscribe-button")}</button>
                </form>
            }
            .into_any(),
            Some(v) => view! {
                <p class="notice notice-ok" role="status">{t!(lang, "mail-unsubscribe-done", kind = tr(lang, v.kind.key()))}</p>
                <p>{t!(lang, "mail-unsubscribe-again")} " " <a href="/profiel">{t!(lang, "nav-profile")}</a></p>
            }
            .into_any(),
        } />
    }
}
