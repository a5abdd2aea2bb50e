//! The public moderation log of the buurt: who (a role, or a staff member's name), what,
//! when and why, for every decision on proposals and comments.

use crate::components::{Loaded, PageHead, fetch_once};
use crate::i18n::{tr, use_lang};
use crate::proposals::api::get_moderation_log;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn LogPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageHead title=t!(lang, "proposals-log") up=("/meedoen", t!(lang, "nav-participate")) />
        <p class="lead">{t!(lang, "log-intro")}</p>
        <Loaded resource=fetch_once(get_moderation_log) view=move |items| {
            if items.is_empty() {
                view! { <p>{t!(lang, "log-empty")}</p> }.into_any()
            } else {
                view! {
                    <ol class="log">
                        {items.into_iter().map(|item| {
                            let target = if item.comment { t!(lang, "log-target-comment") } else { t!(lang, "log-target-proposal") };
                            let title = item.title.clone();
                            view! {
                                <li class="log-entry">
                                    <p>
                                        <strong>{tr(lang, item.action.key())}</strong> " · " {target} " "
                                        {match item.proposal_id {
                                            Some(id) => view! { <a href=format!("/meedoen/{id}")>{title}</a> }.into_any(),
                                            None => view! { <span>{title}</span> }.into_any(),
                                        }}
                                    </p>
                                    <p class="meta">{item.when.clone()} " · " {item.who.clone()}</p>
                                    {(!item.reason.is_empty()).then(|| view! { <p>{t!(lang, "log-reason", reason = item.reason.clone())}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }
        } />
    }
}
