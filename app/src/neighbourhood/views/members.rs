//! The members of a buurt with their roles; staff change roles here.

use super::route_id;
use crate::accounts::model::Role;
use crate::accounts::service::{RecoveryLetterButton, RecoveryLetterError};
use crate::components::{FormError, Loaded, action_error};
use crate::i18n::{tr, use_lang};
use crate::neighbourhood::api::{SetRole, list_members};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MembersPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let set_role = ServerAction::<SetRole>::new();
    let members = Resource::new(move || (id.get(), set_role.version().get()), |(id, _)| list_members(id));
    view! {
        <Title text=t!(lang, "staff-members") />
        <p class="breadcrumb">
            <a href="/beheer">{t!(lang, "staff-title")}</a> " › "
            <a href=move || format!("/beheer/buurt/{}", id.get())>{t!(lang, "staff-households")}</a>
        </p>
        <h1>{t!(lang, "staff-members")}</h1>
        <p class="hint">{t!(lang, "staff-roles-hint")}</p>
        <FormError error=action_error(set_role) />
        <RecoveryLetterError />
        <Loaded resource=members view=move |list| view! {
                        <ul class="members">
                            {list.into_iter().map(|m| {
                                let select_id = format!("rol-{}", m.user_id.0);
                                let name = m.display_name.clone();
                                view! {
                                    <li class="member">
                                        <p>
                                            <strong>{m.display_name.clone()}</strong>
                                            {m.household_label.clone().map(|l| view! { <span class="meta">" · " {l}</span> })}
                                            {m.age_band.map(|a| view! { <span class="meta">" · " {tr(lang, a.key())}</span> })}
                                        </p>
                                        <ActionForm action=set_role attr:class="inline-form">
                                            <input type="hidden" name="buurt" value=move || id.get() />
                                            <input type="hidden" name="member" value=m.user_id.0 />
                                            <label for=select_id.clone()>{t!(lang, "staff-role-of", name = m.display_name.clone())}</label>
                                            <select id=select_id name="role">
                                                {Role::ALL.into_iter().map(|r| view! {
                                                    <option value=r.code() selected=r == m.role>{tr(lang, r.key())}</option>
                                                }).collect_view()}
                                            </select>
                                            <button type="submit" class="button button-secondary">{t!(lang, "profile-save")}</button>
                                        </ActionForm>
                                        {(!m.role.is_staff()).then(|| view! {
                                            <RecoveryLetterButton buurt=id.get_untracked() member=m.user_id.0 name=name.clone() can_sign_in=m.can_sign_in />
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    } />
    }
}
