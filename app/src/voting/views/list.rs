//! The voting rounds of the buurt: open ones first, then closed ones with their results.

use crate::components::{Loaded, PageHead, fetch_once};
use crate::i18n::{tr, use_lang};
use crate::t;
use crate::voting::api::{RoundList, get_rounds};
use crate::voting::model::Phase;
use leptos::prelude::*;

#[component]
pub fn RoundsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageHead title=t!(lang, "vote-rounds-title") up=("/meedoen", t!(lang, "nav-participate")) />
        <p class="lead">{t!(lang, "vote-rounds-lead")}</p>
        <Loaded resource=fetch_once(get_rounds) view=move |list: RoundList| view! {
            {list.can_manage.then(|| view! {
                <div class="actions">
                    <a class="button" href="/meedoen/stemronde/nieuw">{t!(lang, "vote-new")}</a>
                    <a class="button button-secondary" href="/meedoen/inbreng">{t!(lang, "fair-title")}</a>
                </div>
            })}
            {if list.rounds.is_empty() {
                view! { <p>{t!(lang, "vote-rounds-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {list.rounds.into_iter().map(|r| view! {
                            <li class="card">
                                <a href=format!("/meedoen/stemronde/{}", r.id.0)>
                                    <strong>{r.title.clone()}</strong>
                                    <span>{r.period.clone()}</span>
                                    <span class="tags">
                                        <span class="tag">{tr(lang, r.phase.key())}</span>
                                        <span class="tag">{t!(lang, "vote-options-count", count = r.options)}</span>
                                        {(r.phase != Phase::Coming).then(|| view! {
                                            <span class="tag">{t!(lang, "vote-turnout-count", count = r.turnout)}</span>
                                        })}
                                    </span>
                                    {r.voted.then(|| view! { <span class="status status-mine">{t!(lang, "vote-you-voted")}</span> })}
                                </a>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        } />
    }
}
