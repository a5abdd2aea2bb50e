//! Requesting a reservation: the time picked in the week view, what for, open or private,
//! and how many people.

use super::Input;
use crate::components::{FormError, Loaded, PageHead, TextField, Up, action_error, route_id};
use crate::i18n::use_lang;
use crate::rooms::api::{RequestReservation, get_room};
use crate::rooms::model::Access;
use crate::t;
use crate::on_behalf::service::NamensField;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/ontmoetingsruimte/:id/reserveren?dag=2026-11-24&van=10:00&tot=11:00`.
#[component]
pub fn ReservePage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let query = use_query_map();
    let get = move |key: &'static str| query.with_untracked(|q| q.get(key).unwrap_or_default());
    let request = ServerAction::<RequestReservation>::new();
    let room = Resource::new(move || id.get(), get_room);
    view! {
        <PageHead title=t!(lang, "room-request-title") up=Up::to(move || format!("/ontmoetingsruimte/{}", id.get()), t!(lang, "room-back")) />
        <Loaded resource=room view=move |room| view! {
            <p class="lead">{room.name.clone()}</p>
            <ul class="rules">{room.rules.clone().into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
            <ActionForm action=request attr:class="form" attr:novalidate=true>
                <FormError error=action_error(request) />
                <input type="hidden" name="room" value=room.id.0 />
                <NamensField />
                <Input id="date".into() name="date" kind="date" label=t!(lang, "room-date") value=get("dag") required=true />
                <div class="field-row">
                    <Input id="from".into() name="from" kind="time" label=t!(lang, "room-from") value=get("van") required=true />
                    <Input id="to".into() name="to" kind="time" label=t!(lang, "room-to") value=get("tot") required=true />
                </div>
                <TextField name="purpose" label=t!(lang, "room-purpose") hint=t!(lang, "room-purpose-hint") required=true />
                <fieldset class="field choices">
                    <legend>{t!(lang, "room-access-legend")}</legend>
                    <label><input type="radio" name="access" value=Access::Open.code() checked=true />" " {t!(lang, "room-access-open")}</label>
                    <label><input type="radio" name="access" value=Access::Private.code() />" " {t!(lang, "room-access-private")}</label>
                </fieldset>
                <TextField name="people" kind="number" label=t!(lang, "room-people") value="1".to_string()
                    hint=t!(lang, "room-people-hint", count = room.capacity) required=true />
                <button type="submit" class="button">{t!(lang, "room-request-submit")}</button>
            </ActionForm>
        } />
    }
}
