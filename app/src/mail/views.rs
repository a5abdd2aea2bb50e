//! The mail section of the profile (plain forms: the address, and per kind of mail whether it
//! comes) and the page behind the unsubscribe link in every mail (a button that posts; no
//! sign-in needed).

use super::api::{SaveMailAddress, SaveMailChoices, get_mail_choices, unsubscribe_info};
use super::model::{Choices, Topic};
use crate::components::{Checkbox, FormDone, FormError, Loaded, PageHead, TextField, action_done, action_error};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// "E-mail" on the profile: where mail goes, what the person wants straight away (per kind)
/// and once a week, and the address itself to add, change or remove. Without an address it
/// says that nothing is sent.
#[component]
pub fn MailSection() -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveMailChoices>::new();
    let address = ServerAction::<SaveMailAddress>::new();
    let choices = Resource::new(move || (save.version().get(), address.version().get()), |_| get_mail_choices());
    view! {
        <section aria-labelledby="mail-title" class="panel">
            <h2 id="mail-title">{t!(lang, "mail-title")}</h2>
            <Loaded resource=choices view=move |c| view! {
                {match c.address.clone() {
                    None => view! { <p>{t!(lang, "mail-no-address")}</p> }.into_any(),
                    Some(address) => view! {
                        <p>{t!(lang, "mail-address", address = address)}</p>
                        <ChoicesForm save=save choices=c.choices.clone() />
                    }
                    .into_any(),
                }}
                <AddressForm action=address current=c.address.clone().unwrap_or_default() />
            } />
        </section>
    }
}

/// Per kind of straight-away mail a box, and one for the weekly digest; a plain form.
#[component]
fn ChoicesForm(save: ServerAction<SaveMailChoices>, choices: Choices) -> impl IntoView {
    let lang = use_lang();
    let boxes = Topic::CHOOSABLE
        .into_iter()
        .map(|topic| view! { <Checkbox name=topic.code() label=tr(lang, topic.label_key()) checked=choices.wants(topic) /> })
        .collect_view();
    view! {
        <ActionForm action=save attr:class="form">
            <FormError error=action_error(save) />
            <FormDone done=action_done(save) message=t!(lang, "mail-saved") />
            <fieldset>
                <legend>{t!(lang, "mail-now-legend")}</legend>
                {boxes}
            </fieldset>
            <fieldset>
                <legend>{t!(lang, "mail-week-legend")}</legend>
                <Checkbox name="digest" label=t!(lang, "mail-digest-label") checked=choices.digest />
            </fieldset>
            {choices.nothing().then(|| view! { <p class="notice">{t!(lang, "mail-nothing-on")}</p> })}
            <p class="hint">{t!(lang, "mail-account-always")}</p>
            <button type="submit" class="button">{t!(lang, "profile-save")}</button>
        </ActionForm>
    }
}

/// The address: add, change, or leave empty to remove; with the password, as it is where a
/// sign-in link goes.
#[component]
fn AddressForm(action: ServerAction<SaveMailAddress>, current: String) -> impl IntoView {
    let lang = use_lang();
    let has = !current.is_empty();
    view! {
        <h3 id="mail-address-title">{if has { t!(lang, "mail-address-change") } else { t!(lang, "mail-address-add") }}</h3>
        <ActionForm action=action attr:class="form" attr:novalidate=true attr:aria-labelledby="mail-address-title">
            <FormError error=action_error(action) />
            <FormDone done=action_done(action) message=t!(lang, "mail-address-saved") />
            <TextField
                name="email"
                kind="email"
                label=t!(lang, "signup-email")
                hint=t!(lang, "mail-address-hint")
                autocomplete="email"
                value=current
                maxlength=254
            />
            <TextField
                name="email_password"
                kind="password"
                label=t!(lang, "mail-address-password")
                hint=t!(lang, "mail-address-password-hint")
                autocomplete="current-password"
                required=true
                maxlength=128
            />
            <button type="submit" class="button">{t!(lang, "mail-address-submit")}</button>
        </ActionForm>
    }
}

/// `/mail/afmelden/<token>`: what the link switches off, and a button that does it (a plain
/// form post to the same address, as RFC 8058's one-click POST from a mail program). After,
/// it names what was switched off and links to the profile to change more.
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
                <p>{t!(lang, "mail-unsubscribe-question", kind = tr(lang, v.what.key()))}</p>
                <form method="post" action=format!("/mail/afmelden/{}", token()) class="form">
                    <input type="hidden" name="List-Unsubscribe" value="One-Click" />
                    <button type="submit" class="button">{t!(lang, "mail-unsubscribe-button")}</button>
                </form>
                <p>{t!(lang, "mail-unsubscribe-only")} " " <a href="/profiel">{t!(lang, "mail-unsubscribe-profile")}</a></p>
            }
            .into_any(),
            Some(v) => view! {
                <p class="notice notice-ok" role="status">{t!(lang, "mail-unsubscribe-done", kind = tr(lang, v.what.key()))}</p>
                <p>{t!(lang, "mail-unsubscribe-rest")}</p>
                <p>{t!(lang, "mail-unsubscribe-more")} " " <a href="/profiel">{t!(lang, "mail-unsubscribe-profile")}</a></p>
            }
            .into_any(),
        } />
    }
}
