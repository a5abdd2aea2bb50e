//! The agenda of the resident's buurt: today, this week, later; filters by kind and audience.

use super::ActivityCard;
use crate::agenda::api::get_agenda;
use crate::agenda::model::{Audience, Category};
use crate::components::{Loaded, PageHead};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn AgendaPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let filter = move || {
        query.with(|q| {
            let page = q.get("pagina").and_then(|p| p.parse::<u32>().ok());
            (q.get("soort").unwrap_or_default(), q.get("voor").unwrap_or_default(), page)
        })
    };
    let agenda = Resource::new(filter, |(category, audience, page)| get_agenda(category, audience, page));
    let (category, audience, _) = filter();
    let page_link = {
        let (category, audience) = (category.clone(), audience.clone());
        move |page: u32| format!("/agenda?soort={category}&voor={audience}&pagina={page}")
    };
    view! {
        <PageHead title=t!(lang, "nav-agenda") />
        <p class="actions">
            <a class="button button-secondary" href="/agenda/mijn">{t!(lang, "agenda-mine")}</a>
            <a class="button button-secondary" href="/agenda/archief">{t!(lang, "agenda-archive")}</a>
        </p>
        <form method="get" action="/agenda" class="filters">
            <div class="field">
                <label for="soort">{t!(lang, "agenda-filter-category")}</label>
                <select id="soort" name="soort">
                    <option value="">{t!(lang, "agenda-filter-all")}</option>
                    {Category::ALL.into_iter().map(|c| view! {
                        <option value=c.code() selected=category == c.code()>{tr(lang, c.key())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="voor">{t!(lang, "agenda-filter-audience")}</label>
                <select id="voor" name="voor">
                    <option value="">{t!(lang, "agenda-filter-all")}</option>
                    {Audience::ALL.into_iter().map(|a| view! {
                        <option value=a.code() selected=audience == a.code()>{tr(lang, a.key())}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="button button-secondary">{t!(lang, "agenda-filter-submit")}</button>
        </form>
        <Loaded resource=agenda view=move |agenda| {
            let groups = [
                (0u8, t!(lang, "agenda-today")),
                (1, t!(lang, "agenda-this-week")),
                (2, t!(lang, "agenda-later")),
            ];
            let empty = agenda.activities.is_empty();
            view! {
                {agenda.can_publish.then(|| view! {
                    <p class="actions">
                        <a class="button" href="/agenda/nieuw">{t!(lang, "agenda-new")}</a>
                        <a class="button button-secondary" href="/agenda/poster">{t!(lang, "poster-title")}</a>
                    </p>
                })}
                {empty.then(|| view! { <p>{t!(lang, "agenda-empty")}</p> })}
                {groups.into_iter().map(|(group, heading)| {
                    let items: Vec<_> = agenda.activities.iter().filter(|a| a.when_group == group).cloned().collect();
                    (!items.is_empty()).then(|| view! {
                        <h2>{heading}</h2>
                        <ul class="cards">
                            {items.into_iter().map(|activity| view! { <ActivityCard activity /> }).collect_view()}
                        </ul>
                    })
                }).collect_view()}
                {(agenda.page > 0 || agenda.more).then(|| view! {
                    <nav class="pager" aria-label=t!(lang, "agenda-pages")>
                        {(agenda.page > 0).then(|| view! { <a class="button button-secondary" href=page_link(agenda.page - 1)>{t!(lang, "agenda-earlier")}</a> })}
                        {agenda.more.then(|| view! { <a class="button button-secondary" href=page_link(agenda.page + 1)>{t!(lang, "agenda-more")}</a> })}
                    </nav>
                })}
            }
        } />
    }
}
