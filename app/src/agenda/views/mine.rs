//! Mijn agenda: what the resident signed up for or waits for, and the calendar links.

use super::ActivityCard;
use crate::agenda::api::{NewPersonalFeed, StopPersonalFeed, get_feed_links, get_my_agenda};
use crate::components::{FormError, Loaded, PageHead, action_error, fetch_once};
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn MyAgendaPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageHead title=t!(lang, "agenda-mine") up=("/agenda", t!(lang, "nav-agenda")) />
        <Loaded resource=fetch_once(get_my_agenda) view=move |items| {
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
        <CalendarLinks />
    }
}

/// The buurt's public calendar address, and the personal secret one: made, renewed or
/// stopped here.
#[component]
fn CalendarLinks() -> impl IntoView {
    let lang = use_lang();
    let make = ServerAction::<NewPersonalFeed>::new();
    let stop = ServerAction::<StopPersonalFeed>::new();
    let links = Resource::new(move || (make.version().get(), stop.version().get()), |_| get_feed_links());
    view! {
        <section class="panel" aria-labelledby="calendar-title">
            <h2 id="calendar-title">{t!(lang, "feed-title")}</h2>
            <p>{t!(lang, "feed-intro")}</p>
            <FormError error=action_error(make) />
            <FormError error=action_error(stop) />
            <Loaded resource=links view=move |l| {
                let has_personal = l.personal.is_some();
                view! {
                <h3>{t!(lang, "feed-buurt")}</h3>
                <p class="hint">{t!(lang, "feed-buurt-hint")}</p>
                <p class="feed-url">{l.buurt_feed.clone()}</p>
                <h3>{t!(lang, "feed-personal")}</h3>
                <p class="hint">{t!(lang, "feed-personal-hint")}</p>
                {l.personal.clone().map(|url| view! {
                    <p class="feed-url">{url}</p>
                    <p class="hint">{t!(lang, "feed-secret-hint")}</p>
                })}
                <ActionForm action=make>
                    <button type="submit" class="button button-secondary">
                        {if has_personal { t!(lang, "feed-renew") } else { t!(lang, "feed-make") }}
                    </button>
                </ActionForm>
                {has_personal.then(|| view! {
                    <ActionForm action=stop>
                        <button type="submit" class="button button-secondary">{t!(lang, "feed-stop")}</button>
                    </ActionForm>
                })}
            }} />
        </section>
    }
}
