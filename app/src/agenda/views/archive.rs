//! The archive: activities that have taken place, with how many took part.

use crate::agenda::api::get_archive;
use crate::components::{Loaded, PageHead, fetch_once};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn ArchivePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageHead title=t!(lang, "agenda-archive") up=("/agenda", t!(lang, "nav-agenda")) />
        <p>{t!(lang, "agenda-archive-intro")}</p>
        <Loaded resource=fetch_once(get_archive) view=move |items| {
            if items.is_empty() {
                return view! { <p>{t!(lang, "agenda-archive-empty")}</p> }.into_any();
            }
            view! {
                <ul class="cards">
                    {items.into_iter().map(|a| view! {
                        <li class="card activity">
                            <a href=format!("/agenda/{}", a.id.0)>
                                <strong>{a.title}</strong>
                                <span>{a.day} ", " {a.time}</span>
                                <span class="tags"><span class="tag">{tr(lang, a.category.key())}</span></span>
                                {if a.cancelled {
                                    view! { <span class="status status-cancelled">{t!(lang, "agenda-cancelled-short")}</span> }.into_any()
                                } else {
                                    view! { <span class="meta">{t!(lang, "agenda-took-part", count = a.participants)}</span> }.into_any()
                                }}
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        } />
    }
}
