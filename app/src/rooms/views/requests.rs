//! The approval queue: pending requests by date, approved or declined with a reason the
//! resident sees.

use super::StatusTag;
use crate::components::{FormError, Loaded, PageHead, SubmitButton, action_error};
use crate::i18n::use_lang;
use crate::rooms::api::{DecideReservation, get_requests};
use crate::rooms::model::Decision;
use crate::t;
use leptos::prelude::*;

/// `/ontmoetingsruimte/aanvragen`: for commissieleden and staff.
#[component]
pub fn RequestsPage() -> impl IntoView {
    let lang = use_lang();
    let decide = ServerAction::<DecideReservation>::new();
    let requests = Resource::new(move || decide.version().get(), |_| get_requests());
    view! {
        <PageHead title=t!(lang, "room-requests") up=("/ontmoetingsruimte", t!(lang, "nav-room")) />
        <p>{t!(lang, "room-requests-intro")}</p>
        <FormError error=action_error(decide) />
        <Loaded resource=requests view=move |items| {
            if items.is_empty() {
                return view! { <p role="status">{t!(lang, "room-requests-empty")}</p> }.into_any();
            }
            view! {
                <ul class="reservations">
                    {items.into_iter().map(|r| {
                        let reason_id = format!("reason-{}", r.id.0);
                        let (p1, p2) = (r.purpose.clone(), r.purpose.clone());
                        view! {
                            <li class="reservation">
                                <h2>{r.purpose.clone()}</h2>
                                <p>{r.day.clone()} ", " {r.time.clone()}</p>
                                <p class="meta">
                                    {r.room.clone()} " · " {t!(lang, "room-asked-by", name = r.by.clone())} " · "
                                    {t!(lang, "room-people-count", count = r.people)}
                                    {r.private.then(|| view! { " · " {t!(lang, "room-private")} })}
                                </p>
                                <p><StatusTag status=r.status /></p>
                                <div class="actions">
                                    <ActionForm action=decide>
                                        <input type="hidden" name="reservation" value=r.id.0 />
                                        <input type="hidden" name="decision" value=Decision::Approve.code() />
                                        <input type="hidden" name="reason" value="" />
                                        <SubmitButton label=t!(lang, "room-approve") about=p1 class="button" />
                                    </ActionForm>
                                </div>
                                <ActionForm action=decide attr:class="form decline">
                                    <input type="hidden" name="reservation" value=r.id.0 />
                                    <input type="hidden" name="decision" value=Decision::Decline.code() />
                                    <div class="field">
                                        <label for=reason_id.clone()>{t!(lang, "room-decline-reason")}</label>
                                        <input id=reason_id name="reason" type="text" maxlength="300" />
                                    </div>
                                    <SubmitButton label=t!(lang, "room-decline") about=p2 class="button button-danger" />
                                </ActionForm>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        } />
    }
}
