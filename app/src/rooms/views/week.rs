//! The rooms of the buurt, and the week of one room: free and taken times per day, phone first.

use crate::components::{Loaded, PageHead, route_id};
use crate::i18n::use_lang;
use crate::rooms::api::{get_room_week, get_rooms};
use crate::rooms::model::{DayBlock, RoomInfo, RoomWeek};
use crate::rooms::rules::{clock_label, parse_clock};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/ontmoetingsruimte`: the rooms of the buurt; with one room, its week straight away.
#[component]
pub fn RoomsPage() -> impl IntoView {
    let lang = use_lang();
    let rooms = Resource::new(|| (), |_| get_rooms());
    view! {
        <Loaded resource=rooms view=move |list| {
            if list.rooms.len() == 1 {
                let id = list.rooms[0].id.0;
                return view! { <WeekView room=Signal::derive(move || id) /> }.into_any();
            }
            view! {
                <PageHead title=t!(lang, "nav-room") />
                <p class="lead">{t!(lang, "home-room-text")}</p>
                {list.rooms.is_empty().then(|| view! { <p>{t!(lang, "room-none")}</p> })}
                <ul class="cards">
                    {list.rooms.into_iter().map(|r| view! {
                        <li class="card">
                            <a href=format!("/ontmoetingsruimte/{}", r.id.0)>
                                <strong>{r.name.clone()}</strong>
                                <span>{t!(lang, "room-capacity", count = r.capacity)}</span>
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
                <RoomLinks can_decide=list.can_decide can_manage=list.can_manage room=None />
            }.into_any()
        } />
    }
}

/// `/ontmoetingsruimte/:id?week=2026-11-23`.
#[component]
pub fn RoomWeekPage() -> impl IntoView {
    let id = route_id();
    view! { <WeekView room=Signal::derive(move || id.get()) /> }
}

#[component]
fn WeekView(room: Signal<i64>) -> impl IntoView {
    let query = use_query_map();
    let week = move || query.with(|q| q.get("week").unwrap_or_default());
    let data = Resource::new(move || (room.get(), week()), |(room, week)| get_room_week(room, week));
    view! { <Loaded resource=data view=move |w| view! { <Week w /> } /> }
}

#[component]
fn Week(w: RoomWeek) -> impl IntoView {
    let lang = use_lang();
    let id = w.room.id.0;
    let min = w.room.min_minutes;
    view! {
        <PageHead title=w.room.name.clone() up=("/ontmoetingsruimte", t!(lang, "nav-room")) />
        {(!w.room.description.is_empty()).then(|| view! { <p class="lead">{w.room.description.clone()}</p> })}
        <nav class="week-nav" aria-label=t!(lang, "room-week-nav")>
            <a class="button button-secondary" href=format!("/ontmoetingsruimte/{id}?week={}", w.prev)>{t!(lang, "room-week-prev")}</a>
            <a class="button button-secondary" href=format!("/ontmoetingsruimte/{id}?week={}", w.next)>{t!(lang, "room-week-next")}</a>
        </nav>
        <h2>{t!(lang, "room-week-title", week = w.label.clone())}</h2>
        <ol class="week">
            {w.days.into_iter().map(|day| {
                let date = day.date.clone();
                view! {
                    <li class="day">
                        <h3>{day.label.clone()}</h3>
                        <p class="meta">
                            {match (&day.closed_reason, &day.hours) {
                                (Some(reason), _) => t!(lang, "room-closed-day", reason = reason.clone()),
                                (None, Some(hours)) => t!(lang, "room-open", hours = hours.clone()),
                                (None, None) => t!(lang, "room-closed"),
                            }}
                        </p>
                        {(day.hours.is_some() && !day.bookable).then(|| view! { <p class="meta">{t!(lang, "room-not-bookable")}</p> })}
                        <ul class="blocks">
                            {day.blocks.into_iter().map(|b| match b {
                                DayBlock::Free { from, to } => {
                                    let start = parse_clock(&from).unwrap_or(0);
                                    let end = parse_clock(&to).unwrap_or(start).min(start + min.max(60));
                                    let href = format!("/ontmoetingsruimte/{id}/reserveren?dag={date}&van={from}&tot={}", clock_label(end));
                                    view! {
                                        <li class="block block-free">
                                            <span class="block-time">{from.clone()} " – " {to.clone()}</span>
                                            <span>{t!(lang, "room-free")}</span>
                                            <a class="button" href=href>
                                                {t!(lang, "room-reserve")}
                                                <span class="visually-hidden">{format!(" {} {from}", day.label)}</span>
                                            </a>
                                        </li>
                                    }.into_any()
                                }
                                DayBlock::Taken { from, to, label, private } => view! {
                                    <li class="block block-taken">
                                        <span class="block-time">{from} " – " {to}</span>
                                        <span class:block-private=private>{label}</span>
                                    </li>
                                }.into_any(),
                            }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ol>
        <RoomFacts room=w.room.clone() />
        <RoomLinks can_decide=w.room.can_decide can_manage=w.room.can_manage room=Some((id, w.week.clone())) />
    }
}

/// Capacity, accessibility, opening hours, closed days and the booking rules.
#[component]
fn RoomFacts(room: RoomInfo) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel" aria-labelledby="room-facts-title">
            <h2 id="room-facts-title">{t!(lang, "room-facts-title")}</h2>
            <p>{t!(lang, "room-capacity", count = room.capacity)}</p>
            {(!room.accessibility.is_empty()).then(|| view! { <p>{room.accessibility.clone()}</p> })}
            <h3>{t!(lang, "room-hours-title")}</h3>
            <ul>{room.hours.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ul>
            {(!room.closed_days.is_empty()).then(|| view! {
                <h3>{t!(lang, "room-closed-days-title")}</h3>
                <ul>{room.closed_days.clone().into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
            })}
            <h3>{t!(lang, "room-rules-title")}</h3>
            {room.rules.into_iter().map(|r| view! { <p>{r}</p> }).collect_view()}
        </section>
    }
}

/// Mijn reserveringen, the approval queue, the print view, the feed and the staff page.
#[component]
fn RoomLinks(can_decide: bool, can_manage: bool, room: Option<(i64, String)>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="actions">
            <a class="button button-secondary" href="/ontmoetingsruimte/mijn">{t!(lang, "room-mine")}</a>
            {can_decide.then(|| view! { <a class="button button-secondary" href="/ontmoetingsruimte/aanvragen">{t!(lang, "room-requests")}</a> })}
            {room.clone().map(|(id, week)| view! {
                <a class="button button-secondary" href=format!("/ontmoetingsruimte/{id}/afdrukken?week={week}")>{t!(lang, "room-print")}</a>
            })}
            {(can_manage && room.is_some()).then(|| view! {
                <a class="button button-secondary" href=format!("/ontmoetingsruimte/{}/beheer", room.as_ref().map(|r| r.0).unwrap_or(0))>{t!(lang, "room-manage")}</a>
            })}
            {(can_manage && room.is_none()).then(|| view! { <a class="button button-secondary" href="/ontmoetingsruimte/nieuw">{t!(lang, "room-new")}</a> })}
        </p>
        {room.map(|(id, _)| view! {
            <p class="hint">{t!(lang, "room-feed-hint")} " " <a href=format!("/kalender/ruimte/{id}.ics")>{t!(lang, "room-feed-link")}</a></p>
        })}
    }
}
