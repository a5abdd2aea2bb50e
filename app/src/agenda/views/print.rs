//! Print pages without navigation: the notice-board poster of this week, and the
//! participants list of one activity.

use crate::agenda::api::{get_activity, get_participants, get_poster};
use crate::components::{Loaded, fetch_once, route_id};
use crate::error::AppError;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

/// `/agenda/poster`: A4, large type, this week's activities and a QR code to the agenda.
#[component]
pub fn PosterPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <Title text=t!(lang, "poster-title") />
        <main class="print-page poster" id="inhoud">
            <p class="no-print"><a href="/agenda">{t!(lang, "nav-agenda")}</a> " · " {t!(lang, "letter-print-hint")}</p>
            <Loaded resource=fetch_once(get_poster) view=move |p| view! {
                <h1>{t!(lang, "poster-heading", buurt = p.buurt_name.clone())}</h1>
                {if p.activities.is_empty() {
                    view! { <p>{t!(lang, "poster-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="poster-list">
                            {p.activities.into_iter().map(|a| view! {
                                <li>
                                    <strong>{a.title}</strong>
                                    <span>{a.day} ", " {a.time}</span>
                                    {(!a.place.is_empty()).then(|| view! { <span>{a.place}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <div class="poster-qr">
                    <div class="qr" role="img" aria-label=t!(lang, "poster-qr-label") inner_html=p.qr_svg.clone()></div>
                    <p>{t!(lang, "poster-more", site = p.agenda_url.clone())}</p>
                </div>
            } />
        </main>
    }
}

/// `/agenda/:id/deelnemers`: the participants list to print, with a box to tick on the day.
#[component]
pub fn ParticipantsPrintPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let data = Resource::new(move || id.get(), |id| async move {
        let activity = get_activity(id).await?;
        let people = get_participants(id).await?;
        Ok::<_, AppError>((activity, people))
    });
    view! {
        <Title text=t!(lang, "agenda-participants") />
        <main class="print-page" id="inhoud">
            <p class="no-print"><a href=move || format!("/agenda/{}", id.get())>{t!(lang, "activity-back")}</a> " · " {t!(lang, "letter-print-hint")}</p>
            <Loaded resource=data view=move |(a, people)| view! {
                <h1>{a.title.clone()}</h1>
                <p>{a.day.clone()} ", " {a.time.clone()} {(!a.place.is_empty()).then(|| view! { " · " {a.place.clone()} })}</p>
                <table class="participants-table">
                    <caption>{t!(lang, "agenda-signed-up-count", count = a.signed_up)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"#"</th>
                            <th scope="col">{t!(lang, "participants-name")}</th>
                            <th scope="col">{t!(lang, "participants-household")}</th>
                            <th scope="col">{t!(lang, "participants-present")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {people.into_iter().enumerate().map(|(i, p)| view! {
                            <tr>
                                <td>{i + 1}</td>
                                <td>{p.name}{p.waiting.then(|| view! { " (" {t!(lang, "agenda-on-waitlist")} ")" })}</td>
                                <td>{p.household.unwrap_or_default()}</td>
                                <td class="tick"></td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            } />
        </main>
    }
}
