//! The week of a room to print and hang on its door: what is taken each day.

use crate::components::{Loaded, PageHead, route_id};
use crate::i18n::use_lang;
use crate::rooms::api::get_room_week;
use crate::rooms::model::DayBlock;
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/ontmoetingsruimte/:id/afdrukken?week=2026-11-23` (outside the page layout).
#[component]
pub fn RoomPrintPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let query = use_query_map();
    let week = move || query.with(|q| q.get("week").unwrap_or_default());
    let data = Resource::new(move || (id.get(), week()), |(id, week)| get_room_week(id, week));
    view! {
        <main class="print-page room-print" id="inhoud">
            <p class="no-print"><a href=move || format!("/ontmoetingsruimte/{}", id.get())>{t!(lang, "room-back")}</a> " · " {t!(lang, "letter-print-hint")}</p>
            <Loaded resource=data view=move |w| view! {
                <PageHead title=w.room.name.clone() />
                <p class="lead">{t!(lang, "room-week-title", week = w.label.clone())}</p>
                <table class="participants-table">
                    <thead>
                        <tr>
                            <th scope="col">{t!(lang, "room-print-day")}</th>
                            <th scope="col">{t!(lang, "room-print-taken")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {w.days.into_iter().map(|d| {
                            let taken: Vec<String> = d.blocks.iter().filter_map(|b| match b {
                                DayBlock::Taken { from, to, label, .. } => Some(format!("{from} – {to} {label}")),
                                DayBlock::Free { .. } => None,
                            }).collect();
                            view! {
                                <tr>
                                    <th scope="row">
                                        {d.label.clone()}
                                        <br />
                                        <span class="meta">{match (&d.closed_reason, &d.hours) {
                                            (Some(reason), _) => t!(lang, "room-closed-day", reason = reason.clone()),
                                            (None, Some(hours)) => t!(lang, "room-open", hours = hours.clone()),
                                            (None, None) => t!(lang, "room-closed"),
                                        }}</span>
                                    </th>
                                    <td>
                                        {if taken.is_empty() {
                                            view! { <span>{t!(lang, "room-print-nothing")}</span> }.into_any()
                                        } else {
                                            view! { <ul>{taken.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
                                        }}
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
                <p>{t!(lang, "room-print-footer")}</p>
            } />
        </main>
    }
}
