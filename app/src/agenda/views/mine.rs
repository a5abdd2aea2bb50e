//! Mijn agenda: what the resident signed up for or waits for.

use super::ActivityCard;
use crate::agenda::api::get_my_agenda;
use crate::components::Loaded;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyAgendaPage() -> impl IntoView {
    let lang = use_lang();
    let mine = Resource::new(|| (), |_| get_my_agenda());
    view! {
        <Title text=t!(lang, "agenda-mine") />
        <p class="breadcrumb"><a href="/agenda">{t!(lang, "nav-agenda")}</a></p>
        <h1>{t!(lang, "agenda-mine")}</h1>
        <Loaded resource=mine view=move |items| {
            if items.is_empty() {
                view! { <p>{t!(lang, "agenda-mine-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {items.into_iter().map(|activity| view! { <ActivityCard activity /> }).collect_view()}
                    </ul>
                }.into_any()
            }
        } />
    }
}
