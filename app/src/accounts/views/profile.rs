//! The profile: name, password, language, own data, sign out and delete.

use super::refresh_header_on_success;
use crate::accounts::api::{ChangeDisplayName, ChangePassword, DeleteAccount, SignOut, get_profile};
use crate::accounts::model::DisplayName;
use crate::components::{Checkbox, FormDone, FormError, Loaded, PageHead, TextField, action_done, action_error};
use crate::i18n::{Lang, tr, use_lang};
use crate::mail::views::MailSection;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let lang = use_lang();
    let rename = ServerAction::<ChangeDisplayName>::new();
    let password = ServerAction::<ChangePassword>::new();
    let sign_out = ServerAction::<SignOut>::new();
    let delete = ServerAction::<DeleteAccount>::new();
    refresh_header_on_success(rename);
    refresh_header_on_success(sign_out);
    refresh_header_on_success(delete);
    let profile = Resource::new(move || rename.version().get(), |_| get_profile());
    view! {
        <PageHead title=t!(lang, "profile-title") />
        <Loaded resource=profile view=move |p| view! {
                        <section aria-labelledby="roles-title" class="panel">
                            <h2 id="roles-title">{t!(lang, "profile-roles")}</h2>
                            <ul>
                                {p.roles.iter().map(|(buurt, role)| view! { <li>{buurt.clone()} ": " {tr(lang, role.key())}</li> }).collect_view()}
                            </ul>
                            {p.age_band.map(|a| view! { <p>{t!(lang, "signup-age")} ": " {tr(lang, a.key())}</p> })}
                            {p.email.clone().map(|e| view! { <p>{t!(lang, "signup-email")} ": " {e}</p> })}
                        </section>
                        <section aria-labelledby="name-title" class="panel">
                            <h2 id="name-title">{t!(lang, "profile-name-title")}</h2>
                            <ActionForm action=rename attr:class="form" attr:novalidate=true>
                                <FormError error=action_error(rename) />
                                <FormDone done=action_done(rename) message=t!(lang, "profile-saved") />
                                <TextField
                                    name="display_name"
                                    label=t!(lang, "signup-name")
                                    hint=t!(lang, "signup-name-hint")
                                    autocomplete="nickname"
                                    value=p.display_name.clone()
                                    required=true
                                    maxlength=DisplayName::MAX_CHARS as u32
                                />
                                <button type="submit" class="button">{t!(lang, "profile-save")}</button>
                            </ActionForm>
                        </section>
                        <LanguageSection current=p.language />
                    } />
        <MailSection />
        <section aria-labelledby="password-title" class="panel">
            <h2 id="password-title">{t!(lang, "profile-password-title")}</h2>
            <ActionForm action=password attr:class="form" attr:novalidate=true>
                <FormError error=action_error(password) />
                <FormDone done=action_done(password) message=t!(lang, "profile-password-saved") />
                <TextField name="current" kind="password" label=t!(lang, "profile-password-current") autocomplete="current-password" required=true maxlength=128 />
                <TextField name="new_password" kind="password" label=t!(lang, "profile-password-new") hint=t!(lang, "signup-password-hint") autocomplete="new-password" required=true maxlength=128 />
                <button type="submit" class="button">{t!(lang, "profile-save")}</button>
            </ActionForm>
        </section>
        <section aria-labelledby="data-title" class="panel">
            <h2 id="data-title">{t!(lang, "profile-data-title")}</h2>
            <p>{t!(lang, "profile-data-text")}</p>
            <p><a class="button button-secondary" href="/profiel/mijn-gegevens.json" download="buurtplein-gegevens.json">{t!(lang, "profile-data-download")}</a></p>
        </section>
        <section aria-labelledby="signout-title" class="panel">
            <h2 id="signout-title">{t!(lang, "profile-signout-title")}</h2>
            <ActionForm action=sign_out>
                <button type="submit" class="button button-secondary">{t!(lang, "profile-signout")}</button>
            </ActionForm>
        </section>
        <section aria-labelledby="delete-title" class="panel panel-danger">
            <h2 id="delete-title">{t!(lang, "profile-delete-title")}</h2>
            <p>{t!(lang, "profile-delete-text")}</p>
            <ActionForm action=delete attr:class="form" attr:novalidate=true>
                <FormError error=action_error(delete) />
                <TextField name="password" kind="password" label=t!(lang, "signin-password") autocomplete="current-password" required=true maxlength=128 />
                <Checkbox name="confirm" label=t!(lang, "profile-delete-confirm") />
                <button type="submit" class="button button-danger">{t!(lang, "profile-delete-submit")}</button>
            </ActionForm>
        </section>
    }
}

/// The language choice: a plain form to `/taal`, which also saves it to the profile.
#[component]
fn LanguageSection(current: Lang) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="lang-title" class="panel">
            <h2 id="lang-title">{t!(lang, "profile-language-title")}</h2>
            <form method="post" action="/taal" class="form">
                <input type="hidden" name="terug" value="/profiel" />
                <fieldset>
                    <legend>{t!(lang, "profile-language-legend")}</legend>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <div class="field field-check">
                            <input type="radio" id=format!("taal-{}", l.code()) name="taal" value=l.code() checked=l == current />
                            <label for=format!("taal-{}", l.code()) lang=l.code()>{l.native_name()}</label>
                        </div>
                    }).collect_view()}
                </fieldset>
                <button type="submit" class="button">{t!(lang, "profile-save")}</button>
            </form>
        </section>
    }
}
