//! Mijn reserveringen: what the resident asked for, its state, the reason of a decision,
//! cancelling, and what the household has left this month.

use super::StatusTag;
use crate::components::{FormError, Loaded, PageHead, SubmitButton, action_error};
use crate::i18n::use_lang;
use crate::on_behalf::service::NamensField;
use crate::rooms::api::{CancelReservation, get_my_reservations};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn MyReservationsPage() -> impl IntoView {
    let lang = use_lang();
    let cancel = ServerAction::<CancelReservation>::new();
    let mine = Resource::new(move || cancel.version().get(), |_| get_my_reservations());
    view! {
        <PageHead title=t!(lang, "room-mine") up=("/ontmoetingsruimte", t!(lang, "nav-room")) />
        <FormError error=action_error(cancel) />
        <Loaded resource=mine view=move |mine| view! {
            {(!mine.quota.is_empty()).then(|| view! {
                <div class="notice notice-info">{mine.quota.clone().into_iter().map(|q| view! { <p>{q}</p> }).collect_view()}</div>
            })}
            {if mine.reservations.is_empty() {
                view! { <p>{t!(lang, "room-mine-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="reservations">
                        {mine.reservations.into_iter().map(|r| { let about = r.purpose.clone(); view! {
                            <li class="reservation">
                                <h2>{r.purpose.clone()}</h2>
                                <p>{r.day.clone()} ", " {r.time.clone()}</p>
                                <p class="meta">{r.room.clone()}</p>
                                <p><StatusTag status=r.status /></p>
                                {(!r.reason.is_empty()).then(|| view! { <p>{t!(lang, "room-decision-reason", reason = r.reason.clone())}</p> })}
                                {r.can_cancel.then(|| view! {
                                    <ActionForm action=cancel>
                                        <input type="hidden" name="reservation" value=r.id.0 />
                                        <NamensField />
                                        <SubmitButton label=t!(lang, "room-cancel") about=about.clone() class="button button-secondary" />
                                    </ActionForm>
                                })}
                            </li>
                        }}).collect_view()}
                    </ul>
                }.into_any()
            }}
        } />
        <p><a class="button" href="/ontmoetingsruimte">{t!(lang, "room-to-week")}</a></p>
    }
}
