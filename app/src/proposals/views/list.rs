//! The proposals of the resident's buurt: new ones in a fair order, accepted and planned, done;
//! closed ones (declined, merged, withdrawn) behind a filter. Filters by kind.

use super::{MeedoenLinks, ProposalCard};
use crate::components::{Loaded, PageHead};
use crate::i18n::{tr, use_lang};
use crate::proposals::api::get_proposals;
use crate::proposals::model::Kind;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ProposalsPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let filter = move || query.with(|q| (q.get("soort").unwrap_or_default(), q.get("toon").unwrap_or_default()));
    let list = Resource::new(filter, |(kind, show)| get_proposals(kind, show));
    let (kind, show) = filter();
    view! {
        <PageHead title=t!(lang, "nav-participate") />
        <p class="lead">{t!(lang, "proposals-intro")}</p>
        <form method="get" action="/meedoen" class="filters">
            <div class="field">
                <label for="soort">{t!(lang, "proposals-filter-kind")}</label>
                <select id="soort" name="soort">
                    <option value="">{t!(lang, "proposals-filter-all")}</option>
                    {Kind::ALL.into_iter().map(|k| view! {
                        <option value=k.code() selected=kind == k.code()>{tr(lang, k.key())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="toon">{t!(lang, "proposals-filter-show")}</label>
                <select id="toon" name="toon">
                    <option value="">{t!(lang, "proposals-filter-current")}</option>
                    <option value="afgesloten" selected=show == "afgesloten">{t!(lang, "proposals-filter-closed")}</option>
                </select>
            </div>
            <button type="submit" class="button button-secondary">{t!(lang, "proposals-filter-submit")}</button>
        </form>
        <Loaded resource=list view=move |list| view! {
            <MeedoenLinks moderator=list.moderator />
            <p class="hint">{t!(lang, "proposals-order-hint")} " " {t!(lang, "proposals-order-households")}</p>
            {list.groups.into_iter().map(|group| {
                let heading = tr(lang, &group.key);
                view! {
                    <h2>{heading}</h2>
                    {if group.proposals.is_empty() {
                        view! { <p>{t!(lang, "proposals-group-empty")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="cards">
                                {group.proposals.into_iter().map(|card| view! { <ProposalCard card /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }
            }).collect_view()}
        } />
    }
}
