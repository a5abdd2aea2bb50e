//! Mijn groepen: the resident's groups (and open requests) and the tasks they signed up for.

use super::{GroupCard, hands_label};
use crate::components::{Loaded, PageHead, fetch_once};
use crate::groups::api::get_my_groups;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn MyGroupsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageHead title=t!(lang, "groups-mine") up=("/groepen", t!(lang, "groups-title")) />
        <Loaded resource=fetch_once(get_my_groups) view=move |mine| view! {
            <h2>{t!(lang, "groups-mine-tasks")}</h2>
            {if mine.tasks.is_empty() {
                view! { <p>{t!(lang, "groups-mine-no-tasks")}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {mine.tasks.into_iter().map(|task| {
                            let hands = hands_label(&task);
                            view! {
                                <li class="card task-card">
                                    <a href=format!("/groepen/{}#taak-{}", task.group_id.0, task.id.0)>
                                        <strong>{task.title.clone()}</strong>
                                        <span>{task.day.clone()} ", " {task.time.clone()}</span>
                                        {(!task.place.is_empty()).then(|| view! { <span>{task.place.clone()}</span> })}
                                        <span class="meta">{task.group_name.clone()} " · " {hands}</span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <h2>{t!(lang, "groups-mine-groups")}</h2>
            {if mine.groups.is_empty() {
                view! {
                    <p>{t!(lang, "groups-mine-empty")}</p>
                    <p><a class="button" href="/groepen">{t!(lang, "groups-browse")}</a></p>
                }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {mine.groups.into_iter().map(|group| view! { <GroupCard group /> }).collect_view()}
                    </ul>
                }.into_any()
            }}
        } />
    }
}
