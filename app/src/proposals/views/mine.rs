//! Mijn voorstellen: the visitor's proposals and where each stands.

use super::ProposalCard;
use crate::components::{Loaded, PageHead, fetch_once};
use crate::i18n::use_lang;
use crate::proposals::api::get_my_proposals;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn MyProposalsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageHead title=t!(lang, "proposals-mine") up=("/meedoen", t!(lang, "nav-participate")) />
        <Loaded resource=fetch_once(get_my_proposals) view=move |mine| {
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
