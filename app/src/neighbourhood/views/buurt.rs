//! The staff start page (buurten) and one buurt's households.

use super::route_id;
use crate::components::{FormError, Loaded, PageHead, TextField, action_error};
use crate::i18n::use_lang;
use crate::neighbourhood::api::{CreateBuurt, CreateHousehold, list_households, staff_buurten};
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn StaffHome() -> impl IntoView {
    let lang = use_lang();
    let create = ServerAction::<CreateBuurt>::new();
    let buurten = Resource::new(move || create.version().get(), |_| staff_buurten());
    view! {
        <PageHead title=t!(lang, "staff-title") />
        <p><a class="button button-secondary" href="/beheer/namens">{t!(lang, "namens-title")}</a></p>
        <Loaded resource=buurten view=move |list| view! {
                        <ul class="cards">
                            {list.into_iter().map(|b| view! {
                                <li class="card">
                                    <a href=format!("/beheer/buurt/{}", b.id.0)>
                                        <strong>{b.name}</strong>
                                        <span>{t!(lang, "staff-buurt-counts", households = b.households, residents = b.residents)}</span>
                                    </a>
                                </li>
                            }).collect_view()}
                        </ul>
                    } />
        <section class="panel" aria-labelledby="new-buurt">
            <h2 id="new-buurt">{t!(lang, "staff-new-buurt")}</h2>
            <p class="hint">{t!(lang, "staff-new-buurt-hint")}</p>
            <ActionForm action=create attr:class="form" attr:novalidate=true>
                <FormError error=action_error(create) />
                <TextField name="name" label=t!(lang, "staff-buurt-name") required=true maxlength=60 />
                <button type="submit" class="button">{t!(lang, "staff-create")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn BuurtPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let create = ServerAction::<CreateHousehold>::new();
    let buurten = Resource::new(|| (), |_| staff_buurten());
    let households = Resource::new(move || (id.get(), create.version().get()), |(id, _)| list_households(id));
    let name = move || {
        buurten.get().and_then(|r| r.ok()).and_then(|list| list.into_iter().find(|b| b.id.0 == id.get())).map(|b| b.name)
    };
    view! {
        <Title text=t!(lang, "staff-households") />
        <p class="breadcrumb"><a href="/beheer">{t!(lang, "staff-title")}</a></p>
        <Transition fallback=|| ()>
            <h1>{move || name().unwrap_or_default()}</h1>
        </Transition>
        <p><a class="button button-secondary" href=move || format!("/beheer/buurt/{}/leden", id.get())>{t!(lang, "staff-members")}</a></p>
        <h2>{t!(lang, "staff-households")}</h2>
        <Loaded resource=households view=move |list| {
                if list.is_empty() {
                    return view! { <p>{t!(lang, "staff-no-households")}</p> }.into_any();
                }
                view! {
                        <div class="table-wrap">
                            <table>
                                <caption class="visually-hidden">{t!(lang, "staff-households")}</caption>
                                <thead><tr>
                                    <th scope="col">{t!(lang, "staff-label")}</th>
                                    <th scope="col">{t!(lang, "staff-building")}</th>
                                    <th scope="col">{t!(lang, "staff-residents")}</th>
                                    <th scope="col">{t!(lang, "staff-open-codes")}</th>
                                </tr></thead>
                                <tbody>
                                    {list.into_iter().map(|h| view! {
                                        <tr>
                                            <th scope="row"><a href=format!("/beheer/huishouden/{}", h.id.0)>{h.label}</a></th>
                                            <td>{h.building}</td>
                                            <td>{h.members}</td>
                                            <td>{h.open_codes}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                .into_any()
            } />
        <section class="panel" aria-labelledby="new-household">
            <h2 id="new-household">{t!(lang, "staff-new-household")}</h2>
            <ActionForm action=create attr:class="form" attr:novalidate=true>
                <FormError error=action_error(create) />
                <input type="hidden" name="buurt" value=move || id.get() />
                <TextField name="label" label=t!(lang, "staff-label") hint=t!(lang, "staff-label-hint") required=true maxlength=80 />
                <TextField name="building" label=t!(lang, "staff-building") hint=t!(lang, "staff-building-hint") maxlength=40 />
                <button type="submit" class="button">{t!(lang, "staff-create")}</button>
            </ActionForm>
        </section>
    }
}
