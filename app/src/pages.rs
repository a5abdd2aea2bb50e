//! Pages that belong to no single capability: home (its blocks are in `home`), "coming
//! soon" sections and 404.

use crate::home::api::get_home;
use crate::home::model::Home;
use crate::home::views::{MineBlock, OpenBlock, QueuesBlock, WeekBlock};
use crate::components::Loaded;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

/// The start page, "het plein": what is on this week for everyone; for a signed-in person
/// also what they are going to do, what is open and what waits in their queues. A visitor
/// sees the week (no names, nothing private), what Buurtplein is for and how to get a code.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let home = Resource::new(|| (), |_| get_home());
    let deleted = move || use_query_map().with(|q| q.get("verwijderd").is_some());
    view! {
        <Title text="" />
        {move || deleted().then(|| view! { <p class="notice notice-ok" role="status">{t!(lang, "profile-deleted")}</p> })}
        <Loaded resource=home view=move |home| {
                let Home { week, mine } = home;
                match mine {
                    Some(mine) => view! {
                        <h1>{t!(lang, "home-hello", name = mine.display_name.clone())}</h1>
                        <p class="lead">{t!(lang, "home-signed-in-lead")}</p>
                        <WeekBlock week />
                        <MineBlock mine=mine.clone() />
                        <OpenBlock round=mine.round count=mine.new_proposals newest=mine.newest />
                        {mine.queues.map(|queues| view! { <QueuesBlock queues /> })}
                        <section class="plein-block" aria-labelledby="plein-sections">
                            <h2 id="plein-sections">{t!(lang, "plein-sections-title")}</h2>
                            <SectionCards />
                        </section>
                    }
                    .into_any(),
                    None => view! {
                        <h1>{t!(lang, "home-title")}</h1>
                        <p class="lead">{t!(lang, "home-lead")}</p>
                        <div class="actions">
                            <a class="button" href="/aanmelden">{t!(lang, "home-sign-up")}</a>
                            <a class="button button-secondary" href="/inloggen">{t!(lang, "nav-sign-in")}</a>
                        </div>
                        <WeekBlock week />
                        <h2>{t!(lang, "home-what-title")}</h2>
                        <SectionCards />
                        <h2>{t!(lang, "home-code-title")}</h2>
                        <p>{t!(lang, "home-code-text")}</p>
                    }
                    .into_any(),
                }
            } />
    }
}

/// The parts of the portal, each with one sentence.
#[component]
fn SectionCards() -> impl IntoView {
    let lang = use_lang();
    let card = move |href: &'static str, title: String, text: String| {
        view! {
            <li class="card">
                <a href=href><strong>{title}</strong><span>{text}</span></a>
            </li>
        }
    };
    view! {
        <ul class="cards">
            {card("/agenda", t!(lang, "nav-agenda"), t!(lang, "home-agenda-text"))}
            {card("/ontmoetingsruimte", t!(lang, "nav-room"), t!(lang, "home-room-text"))}
            {card("/meedoen", t!(lang, "nav-participate"), t!(lang, "home-participate-text"))}
            {card("/groepen", t!(lang, "nav-groups"), t!(lang, "home-groups-text"))}
            {card("/meedoen/stemronde", t!(lang, "vote-rounds-title"), t!(lang, "vote-rounds-lead"))}
        </ul>
    }
}

/// A section that later versions fill in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Room,
}

#[component]
pub fn ComingSoon(section: Section) -> impl IntoView {
    let lang = use_lang();
    let (title, text) = match section {
        Section::Room => (t!(lang, "nav-room"), t!(lang, "home-room-text")),
    };
    view! {
        <Title text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{text}</p>
        <p class="notice notice-info">{t!(lang, "coming-soon")}</p>
    }
}

/// The Dutch "page not found" page, with status 404.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t!(lang, "not-found-title") />
        <h1>{t!(lang, "not-found-title")}</h1>
        <p>{t!(lang, "not-found-text")}</p>
        <p><a class="button" href="/">{t!(lang, "back-home")}</a></p>
    }
}
