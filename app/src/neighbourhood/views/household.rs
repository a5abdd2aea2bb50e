//! One household: its residents and invite codes, with new code, revoke and print.

use super::route_id;
use crate::accounts::service::{RecoveryLetterButton, RecoveryLetterError};
use crate::components::{FormError, Loaded, TextField, action_error};
use crate::i18n::{tr, use_lang};
use crate::accounts::model::{AgeBand, DisplayName};
use crate::components::FormDone;
use crate::neighbourhood::api::{CreateInvite, RegisterMember, RevokeInvite, get_household};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn HouseholdPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let create = ServerAction::<CreateInvite>::new();
    let revoke = ServerAction::<RevokeInvite>::new();
    let register = ServerAction::<RegisterMember>::new();
    let detail = Resource::new(
        move || (id.get(), create.version().get(), revoke.version().get(), register.version().get()),
        |(id, _, _, _)| get_household(id),
    );
    view! {
        <Title text=t!(lang, "staff-household") />
        <FormError error=action_error(revoke) />
        <RecoveryLetterError />
        <Loaded resource=detail view=move |h| view! {
                        <p class="breadcrumb">
                            <a href="/beheer">{t!(lang, "staff-title")}</a> " › "
                            <a href=format!("/beheer/buurt/{}", h.buurt_id.0)>{h.buurt_name.clone()}</a>
                        </p>
                        <h1>{h.label.clone()}</h1>
                        {(!h.building.is_empty()).then(|| view! { <p>{t!(lang, "staff-building")} ": " {h.building.clone()}</p> })}
                        <h2>{t!(lang, "staff-residents")}</h2>
                        {if h.members.is_empty() {
                            view! { <p>{t!(lang, "staff-no-residents")}</p> }.into_any()
                        } else {
                            let buurt = h.buurt_id.0;
                            view! {
                                <ul class="members">
                                    {h.members.iter().map(|m| view! {
                                        <li class="member">
                                            <p>{m.name.clone()}</p>
                                            <RecoveryLetterButton buurt=buurt member=m.id.0 name=m.name.clone() can_sign_in=m.can_sign_in />
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <h2>{t!(lang, "staff-codes")}</h2>
                        {if h.invites.is_empty() {
                            view! { <p>{t!(lang, "staff-no-codes")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="codes">
                                    {h.invites.clone().into_iter().map(|i| {
                                        let state = if i.revoked {
                                            t!(lang, "staff-code-revoked")
                                        } else {
                                            t!(lang, "staff-code-uses", uses = i.uses, max = i.max_uses)
                                        };
                                        view! {
                                            <li class="code-row">
                                                <span class="code">{i.code.clone()}</span>
                                                <span>{state}</span>
                                                {(!i.revoked).then(|| view! {
                                                    <a class="button button-secondary" href=format!("/brief/{}", i.id.0)>{t!(lang, "staff-print-letter")}</a>
                                                    <ActionForm action=revoke>
                                                        <input type="hidden" name="invite" value=i.id.0 />
                                                        <button type="submit" class="button button-danger" aria-label=t!(lang, "staff-revoke-label", code = i.code.clone())>{t!(lang, "staff-revoke")}</button>
                                                    </ActionForm>
                                                })}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }
                            .into_any()
                        }}
                        <section class="panel" aria-labelledby="new-code">
                            <h2 id="new-code">{t!(lang, "staff-new-code")}</h2>
                            <ActionForm action=create attr:class="form" attr:novalidate=true>
                                <FormError error=action_error(create) />
                                <input type="hidden" name="household" value=h.id.0 />
                                <TextField
                                    name="max_uses"
                                    kind="number"
                                    label=t!(lang, "staff-code-max")
                                    hint=t!(lang, "staff-code-max-hint", default = h.default_uses)
                                    value=h.default_uses.to_string()
                                    required=true
                                />
                                <button type="submit" class="button">{t!(lang, "staff-create-code")}</button>
                            </ActionForm>
                        </section>
                        <RegisterMemberForm household=h.id.0 register />
                    } />
    }
}

/// Registers a household member without e-mail or phone: a name and an age band.
#[component]
fn RegisterMemberForm(household: i64, register: ServerAction<RegisterMember>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel" aria-labelledby="new-member">
            <h2 id="new-member">{t!(lang, "member-register")}</h2>
            <p class="hint">{t!(lang, "member-register-hint")}</p>
            <ActionForm action=register attr:class="form" attr:novalidate=true>
                <FormError error=action_error(register) />
                <FormDone done=crate::components::action_done(register) message=t!(lang, "member-registered") />
                <input type="hidden" name="household" value=household />
                <TextField name="display_name" label=t!(lang, "signup-name") required=true maxlength=DisplayName::MAX_CHARS as u32 />
                <div class="field">
                    <label for="age_band">{t!(lang, "signup-age")}</label>
                    <select id="age_band" name="age_band">
                        <option value="">{t!(lang, "age-no-answer")}</option>
                        {AgeBand::ALL.into_iter().map(|a| view! { <option value=a.code()>{tr(lang, a.key())}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{t!(lang, "member-register-submit")}</button>
            </ActionForm>
        </section>
    }
}
