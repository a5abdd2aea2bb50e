//! Group pages: all groups, one group (joining, tasks, and managing for coordinators),
//! starting a group, and Mijn groepen.

mod detail;
mod list;
mod manage;
mod mine;
mod new;

pub use detail::GroupPage;
pub use list::GroupsPage;
pub use mine::MyGroupsPage;
pub use new::NewGroupPage;

use crate::groups::model::{GroupSummary, TaskView};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use crate::components::successes;


/// One group in a list: what it does, for whom, the time it asks, and where the visitor stands.
#[component]
fn GroupCard(group: GroupSummary) -> impl IntoView {
    let lang = use_lang();
    let first_line = group.description.lines().next().unwrap_or_default().to_string();
    view! {
        <li class="card group-card">
            <a href=format!("/groepen/{}", group.id.0)>
                <strong>{group.name.clone()}</strong>
                <span>{first_line}</span>
                {(!group.audience.is_empty()).then(|| view! { <span>{t!(lang, "group-for")} ": " {group.audience.clone()}</span> })}
                {(!group.time_needed.is_empty()).then(|| view! { <span>{t!(lang, "group-time")} ": " {group.time_needed.clone()}</span> })}
                <span class="tags">
                    <span class="tag">{tr(lang, group.policy.key())}</span>
                    <span class="tag">{t!(lang, "group-member-count", count = group.members)}</span>
                </span>
                {group.mine.map(|s| view! { <span class="status status-mine">{tr(lang, s.key())}</span> })}
            </a>
        </li>
    }
}

/// "2 van de 3 mensen" or "Vol: 3 van de 3 mensen".
fn hands_label(task: &TaskView) -> String {
    let lang = use_lang();
    if task.taken >= task.needed {
        t!(lang, "task-full", needed = task.needed)
    } else {
        t!(lang, "task-hands", taken = task.taken, needed = task.needed)
    }
}
