//! The commissie's queue: new proposals oldest first with the proposer's recent activity,
//! those waiting for changes, accepted and planned ones, and hidden ones with their reason.

use super::StatusBadge;
use crate::components::{Loaded, PageHead, fetch_once};
use crate::i18n::{tr, use_lang};
use crate::proposals::api::get_moderation_queue;
use crate::proposals::model::QueueItem;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn ModerationPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageHead title=t!(lang, "proposals-queue") up=("/meedoen", t!(lang, "nav-participate")) />
        <p class="lead">{t!(lang, "queue-intro")}</p>
        <p class="actions"><a class="button button-secondary" href="/meedoen/logboek">{t!(lang, "proposals-log")}</a></p>
        <Loaded resource=fetch_once(get_moderation_queue) view=move |q| view! {
            <QueueList heading=t!(lang, "queue-new") items=q.new />
            <QueueList heading=t!(lang, "queue-waiting") items=q.waiting />
            <QueueList heading=t!(lang, "queue-running") items=q.running />
            <QueueList heading=t!(lang, "queue-hidden") items=q.hidden />
        } />
    }
}

#[component]
fn QueueList(heading: String, items: Vec<QueueItem>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <h2>{heading}</h2>
        {if items.is_empty() {
            view! { <p>{t!(lang, "queue-empty")}</p> }.into_any()
        } else {
            view! {
                <ul class="cards">
                    {items.into_iter().map(|item| {
                        let c = item.card.clone();
                        view! {
                            <li class="card proposal-card">
                                <a href=format!("/meedoen/{}", c.id.0)>
                                    <strong>{c.title.clone()}</strong>
                                    <span class="tags">
                                        <span class="tag">{tr(lang, c.kind.key())}</span>
                                        <StatusBadge status=c.status />
                                    </span>
                                    <span>{t!(lang, "queue-by", name = item.author.clone(), when = c.when.clone())}</span>
                                    <span class="meta">{t!(lang, "queue-recent", proposals = item.recent_proposals, comments = item.recent_comments)}</span>
                                    {(!item.hidden_reason.is_empty()).then(|| view! {
                                        <span class="meta">{t!(lang, "proposal-hidden-notice", reason = item.hidden_reason.clone())}</span>
                                    })}
                                    {c.mine.then(|| view! { <span class="meta">{t!(lang, "proposal-own-moderation")}</span> })}
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
