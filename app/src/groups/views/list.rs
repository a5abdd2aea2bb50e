//! All volunteer groups of the resident's buurt.

use super::GroupCard;
use crate::components::{Loaded, PageHead, fetch_once};
use crate::groups::api::get_groups;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn GroupsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageHead title=t!(lang, "groups-title") />
        <p class="lead">{t!(lang, "groups-intro")}</p>
        <p class="actions">
            <a class="button button-secondary" href="/groepen/mijn">{t!(lang, "groups-mine")}</a>
        </p>
        <Loaded resource=fetch_once(get_groups) view=move |list| view! {
            {list.can_create.then(|| view! {
                <p class="actions"><a class="button" href="/groepen/nieuw">{t!(lang, "groups-new")}</a></p>
            })}
            {if list.groups.is_empty() {
                view! { <p>{t!(lang, "groups-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {list.groups.into_iter().map(|group| view! { <GroupCard group /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        } />
    }
}
