//! Ontmoetingsruimte pages: the rooms and the week of a room, requesting a reservation,
//! Mijn reserveringen, the approval queue, the staff page and the print view for the door.

mod manage;
mod mine;
mod print;
mod requests;
mod reserve;
mod week;

pub use manage::{NewRoomPage, RoomManagePage};
pub use mine::MyReservationsPage;
pub use print::RoomPrintPage;
pub use requests::RequestsPage;
pub use reserve::ReservePage;
pub use week::{RoomWeekPage, RoomsPage};

use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// A labelled input whose id differs from its name (several forms on one page); a field
/// with a hint uses the shared `TextField`.
#[component]
fn Input(
    id: String,
    name: &'static str,
    label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] value: Option<String>,
    #[prop(default = false)] required: bool,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}{(!required).then(|| view! { " " <span class="optional">{t!(use_lang(), "form-optional")}</span> })}</label>
            <input id=id name=name type=kind value=value required=required />
        </div>
    }
}

/// The status of a reservation as a coloured tag.
#[component]
fn StatusTag(status: crate::rooms::model::ReservationStatus) -> impl IntoView {
    let lang = use_lang();
    view! { <span class=format!("status reservation-{}", status.code())>{crate::i18n::tr(lang, status.key())}</span> }
}
