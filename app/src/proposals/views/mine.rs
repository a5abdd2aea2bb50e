//! Mijn voorstellen: the visitor's proposals and where each stands.

use super::ProposalCard;
use crate::components::Loaded;
use crate::i18n::use_lang;
use crate::proposals::api::get_my_proposals;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn MyProposalsPage() -> impl IntoView {
    let lang = use_lang();
    let mine = Resource::new(|| (), |_| get_my_proposals());
    view! {
        <Title text=t!(lang, "proposals-mine") />
        <p class="breadcrumb"><a href="/meedoen">{t!(lang, "nav-participate")}</a></p>
        <h1>{t!(lang, "proposals-mine")}</h1>
        <Loaded resource=mine view=move |mine| {
            if mine.is_empty() {
                view! {
                    <p>{t!(lang, "proposals-mine-empty")}</p>
                    <p><a class="button" href="/meedoen/nieuw">{t!(lang, "proposals-new")}</a></p>
                }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {mine.into_iter().map(|card| view! { <ProposalCard card /> }).collect_view()}
                    </ul>
                }.into_any()
            }
        } />
    }
}
