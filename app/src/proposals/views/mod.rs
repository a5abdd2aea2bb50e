//! Meedoen pages: the list, proposing, one proposal (with the commissie's actions), my
//! proposals, the moderation queue, the public log and the participation settings.

mod detail;
mod list;
mod log;
mod mine;
mod moderation;
mod new;
mod settings;

pub use detail::ProposalPage;
pub use list::ProposalsPage;
pub use log::LogPage;
pub use mine::MyProposalsPage;
pub use moderation::ModerationPage;
pub use new::NewProposalPage;
pub use settings::SettingsPage;

use crate::i18n::{tr, use_lang};
use crate::proposals::model::{ProposalCard as Card, Status};
use crate::t;
use leptos::prelude::*;
use crate::components::successes;


/// The status of a proposal as a coloured label.
#[component]
fn StatusBadge(status: Status) -> impl IntoView {
    let lang = use_lang();
    view! { <span class=format!("proposal-status proposal-status-{}", status.code())>{tr(lang, status.key())}</span> }
}

/// A proposal in a list: title, kind, first line, status and supporters.
#[component]
fn ProposalCard(card: Card) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="card proposal-card">
            <a href=format!("/meedoen/{}", card.id.0)>
                <strong>{card.title.clone()}</strong>
                <span>{card.summary.clone()}</span>
                <span class="tags">
                    <span class="tag">{tr(lang, card.kind.key())}</span>
                    <StatusBadge status=card.status />
                    {card.hidden.then(|| view! { <span class="tag tag-hidden">{t!(lang, "proposal-hidden-tag")}</span> })}
                </span>
                <span class="meta">
                    {t!(lang, "proposal-supporters", count = card.supporters)} " · " {card.when.clone()}
                    {card.mine.then(|| view! { " · " {t!(lang, "proposal-mine-tag")} })}
                </span>
            </a>
        </li>
    }
}

/// The links every Meedoen page offers.
#[component]
fn MeedoenLinks(#[prop(default = false)] moderator: bool) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="actions">
            <a class="button" href="/meedoen/nieuw">{t!(lang, "proposals-new")}</a>
            <a class="button button-secondary" href="/meedoen/mijn">{t!(lang, "proposals-mine")}</a>
            <a class="button button-secondary" href="/meedoen/stemronde">{t!(lang, "vote-rounds-title")}</a>
            <a class="button button-secondary" href="/meedoen/logboek">{t!(lang, "proposals-log")}</a>
            {moderator.then(|| view! {
                <a class="button button-secondary" href="/meedoen/moderatie">{t!(lang, "proposals-queue")}</a>
                <a class="button button-secondary" href="/meedoen/meldingen">{t!(lang, "reported-title")}</a>
                <a class="button button-secondary" href="/meedoen/inbreng">{t!(lang, "fair-title")}</a>
                <a class="button button-secondary" href="/meedoen/instellingen">{t!(lang, "proposals-settings")}</a>
            })}
        </p>
    }
}
