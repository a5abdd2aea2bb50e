//! The blocks of the home page, each a `<section>` named by its `h2`: the week, what the
//! person is going to do, what is open, and what waits in their queues. Server-rendered HTML
//! and links only.

use super::model::{Mine, NextLine, Queues, RoundLine, Week, WeekItem};
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// "Deze week": up to five coming activities, or one friendly sentence.
#[component]
pub fn WeekBlock(week: Week) -> impl IntoView {
    let lang = use_lang();
    let Week { items, show_buurt, linked } = week;
    view! {
        <section class="plein-block" aria-labelledby="plein-week">
            <h2 id="plein-week">{t!(lang, "plein-week-title")}</h2>
            {if items.is_empty() {
                view! { <p>{t!(lang, "plein-week-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plein-list">
                        {items.into_iter().map(|item| view! { <WeekLine item show_buurt linked /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {linked.then(|| view! { <p><a class="plein-more" href="/agenda">{t!(lang, "plein-week-all")}</a></p> })}
        </section>
    }
}

/// One coming activity: its title (a link when the reader may open it), day and time, place,
/// buurt and the places left.
#[component]
fn WeekLine(item: WeekItem, show_buurt: bool, linked: bool) -> impl IntoView {
    let lang = use_lang();
    let title = if linked {
        view! { <a class="plein-title" href=format!("/agenda/{}", item.id)>{item.title}</a> }.into_any()
    } else {
        view! { <strong class="plein-title">{item.title}</strong> }.into_any()
    };
    let places = item.places_left.map(|left| match left {
        0 => t!(lang, "plein-week-full"),
        n => t!(lang, "agenda-places-left", count = n),
    });
    view! {
        <li class="plein-item">
            {title}
            <span>{t!(lang, "plein-week-when", day = item.day, time = item.time)}</span>
            {(!item.place.is_empty()).then(|| view! { <span>{item.place}</span> })}
            {show_buurt.then(|| view! { <span>{t!(lang, "plein-week-buurt", buurt = item.buurt)}</span> })}
            {places.map(|p| view! { <span class="meta">{p}</span> })}
        </li>
    }
}

/// What the person is going to do, and their unread Meldingen.
#[component]
pub fn MineBlock(mine: Mine) -> impl IntoView {
    let lang = use_lang();
    let lines = [
        (mine.next_activity, t!(lang, "plein-next-activity")),
        (mine.next_reservation, t!(lang, "plein-next-reservation")),
        (mine.next_task, t!(lang, "plein-next-task")),
    ];
    let nothing = lines.iter().all(|(line, _)| line.is_none());
    let unread = mine.unread;
    view! {
        <section class="plein-block" aria-labelledby="plein-mine">
            <h2 id="plein-mine">{t!(lang, "plein-mine-title")}</h2>
            {nothing.then(|| view! { <p>{t!(lang, "plein-mine-empty")}</p> })}
            <ul class="plein-list">
                {lines.into_iter().filter_map(|(line, label)| line.map(|line| view! { <Next line label /> })).collect_view()}
                {(unread > 0).then(|| view! {
                    <li class="plein-item"><a class="plein-title" href="/meldingen">{t!(lang, "home-unread", count = unread)}</a></li>
                })}
            </ul>
        </section>
    }
}

/// One "next" line: what kind, what (a link), when, and where.
#[component]
fn Next(line: NextLine, label: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="plein-item">
            <span class="plein-kind">{label}</span>
            <a class="plein-title" href=line.href>{line.title}</a>
            <span>{line.when}</span>
            {(!line.detail.is_empty()).then(|| view! { <span>{line.detail}</span> })}
            {line.pending.then(|| view! { <span class="status">{t!(lang, "plein-pending")}</span> })}
        </li>
    }
}

/// What is open now: the stemronde, and the proposals new since the last visit.
#[component]
pub fn OpenBlock(round: Option<RoundLine>, count: i64, newest: Vec<(i64, String)>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="plein-block" aria-labelledby="plein-open">
            <h2 id="plein-open">{t!(lang, "plein-open-title")}</h2>
            <ul class="plein-list">
                {round.map(|r| view! {
                    <li class="plein-item">
                        <a class="plein-title" href=format!("/meedoen/stemronde/{}", r.id)>{t!(lang, "plein-round", title = r.title)}</a>
                        <span>{t!(lang, "plein-round-closes", day = r.closes_day, time = r.closes_time)}</span>
                        <span class="status">{if r.voted { t!(lang, "plein-round-voted") } else { t!(lang, "plein-round-not-voted") }}</span>
                    </li>
                })}
                <li class="plein-item">
                    {if count > 0 {
                        view! { <a class="plein-title" href="/meedoen">{t!(lang, "plein-new-proposals", count = count)}</a> }.into_any()
                    } else {
                        view! {
                            <span>{t!(lang, "plein-new-proposals", count = 0)}</span>
                            <a href="/meedoen">{t!(lang, "plein-all-proposals")}</a>
                        }.into_any()
                    }}
                    {(!newest.is_empty()).then(|| view! {
                        <ul class="plein-newest">
                            {newest.into_iter().map(|(id, title)| view! {
                                <li><a href=format!("/meedoen/{id}")>{title}</a></li>
                            }).collect_view()}
                        </ul>
                    })}
                </li>
            </ul>
        </section>
    }
}

/// What waits in the queues of the commissie or the sociaal werker: one link per queue.
#[component]
pub fn QueuesBlock(queues: Queues) -> impl IntoView {
    let lang = use_lang();
    let link = move |href: &'static str, text: String| view! { <li class="plein-item"><a class="plein-title" href=href>{text}</a></li> };
    view! {
        <section class="plein-block" aria-labelledby="plein-queues">
            <h2 id="plein-queues">{t!(lang, "plein-queues-title")}</h2>
            <ul class="plein-list">
                {queues.to_review.map(|n| link("/meedoen/moderatie", t!(lang, "plein-to-review", count = n)))}
                {queues.room_requests.map(|n| link("/ontmoetingsruimte/aanvragen", t!(lang, "plein-room-requests", count = n)))}
                {queues.reports.map(|n| link("/meedoen/meldingen", t!(lang, "plein-reports", count = n)))}
            </ul>
        </section>
    }
}
