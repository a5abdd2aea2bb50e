//! Agenda pages: the list, one activity, publishing and changing, Mijn agenda, the archive
//! and the print pages.

mod archive;
mod detail;
mod list;
mod mine;
mod print;
mod publish;

pub use archive::ArchivePage;
pub use detail::ActivityPage;
pub use list::AgendaPage;
pub use mine::MyAgendaPage;
pub use print::{ParticipantsPrintPage, PosterPage};
pub use publish::{EditPage, PublishPage};

use crate::agenda::model::{ActivityView, SignupStatus};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;

/// One activity in a list: what, when, where, and the places left or the visitor's status.
#[component]
fn ActivityCard(activity: ActivityView) -> impl IntoView {
    let lang = use_lang();
    let places = places_label(&activity);
    view! {
        <li class="card activity">
            <a href=format!("/agenda/{}", activity.id.0)>
                <strong>{activity.title.clone()}</strong>
                <span>{activity.day.clone()} ", " {activity.time.clone()}</span>
                {(!activity.place.is_empty()).then(|| view! { <span>{activity.place.clone()}</span> })}
                <span class="tags">
                    <span class="tag">{tr(lang, activity.category.key())}</span>
                    <span class="tag">{tr(lang, activity.audience.key())}</span>
                </span>
                {status_label(&activity).map(|s| view! { <span class="status status-mine">{s}</span> })}
                {activity.cancelled.clone().map(|_| view! { <span class="status status-cancelled">{t!(lang, "agenda-cancelled-short")}</span> })}
                {places.map(|p| view! { <span class="meta">{p}</span> })}
            </a>
        </li>
    }
}

/// "Nog 3 plekken vrij", "Vol: wachtlijst" or nothing when there is no limit.
fn places_label(a: &ActivityView) -> Option<String> {
    let lang = use_lang();
    let capacity = a.capacity?;
    let left = capacity - a.signed_up;
    Some(if left > 0 { t!(lang, "agenda-places-left", count = left) } else { t!(lang, "agenda-full") })
}

/// The visitor's own standing, in words.
fn status_label(a: &ActivityView) -> Option<String> {
    let lang = use_lang();
    a.my_status.map(|s| match s {
        SignupStatus::SignedUp => t!(lang, "agenda-you-signed-up"),
        SignupStatus::Waiting(0) => t!(lang, "agenda-you-wait"),
        SignupStatus::Waiting(place) => t!(lang, "agenda-you-wait-place", place = place),
    })
}
