//! The "namens" page (find a resident, start and stop helping them), the banner that shows
//! who a staff member is helping, and the hidden `namens` field every core form carries.

use super::api::{get_helping, get_on_behalf_page};
use crate::components::{Loaded, PageHead};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The resident the signed-in staff member is helping, loaded once per page by the layout.
#[derive(Clone, Copy)]
pub struct Helping(pub Resource<Result<Option<(i64, String)>, crate::error::AppError>>);

/// Loads who is being helped and provides it to the page (call once, in the layout).
pub fn provide_helping(source: impl Fn() -> (String, String) + Send + Sync + 'static) -> Helping {
    let helping = Helping(Resource::new(source, |_| get_helping()));
    provide_context(helping);
    helping
}

/// Inside a form: `namens=<id>` while the staff member helps a resident, else nothing.
#[component]
pub fn NamensField() -> impl IntoView {
    let helping = use_context::<Helping>();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let id = match helping {
                    Some(h) => h.0.await.ok().flatten().map(|(id, _)| id),
                    None => None,
                };
                id.map(|id| view! { <input type="hidden" name="namens" value=id /> })
            })}
        </Suspense>
    }
}

/// At the top of every page while a staff member helps a resident: who, and a stop button.
#[component]
pub fn HelpingBanner(helping: Helping) -> impl IntoView {
    let lang = use_lang();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                helping.0.await.ok().flatten().map(|(id, name)| view! {
                    <div class="notice helping" role="status">
                        <p>
                            <strong>{t!(lang, "namens-banner", name = name.clone())}</strong>
                            " " <a href=format!("/beheer/namens?bewoner={id}")>{t!(lang, "namens-banner-page")}</a>
                        </p>
                        <form method="post" action="/api/namens-stoppen" class="inline-form">
                            <button type="submit" class="button button-secondary">{t!(lang, "namens-stop")}</button>
                        </form>
                    </div>
                })
            })}
        </Transition>
    }
}

/// `/beheer/namens`: search the buurt's residents by name (a plain GET form), pick one, start
/// helping them; what was done for them lately.
#[component]
pub fn OnBehalfPageView() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let params = move || query.with(|q| (q.get("zoek"), q.get("bewoner").and_then(|b| b.parse::<i64>().ok())));
    let page = Resource::new(params, |(zoek, bewoner)| get_on_behalf_page(zoek, bewoner));
    view! {
        <PageHead title=t!(lang, "namens-title") />
        <p class="hint">{t!(lang, "namens-intro")}</p>
        <Loaded resource=page view=move |p| view! {
            <form method="get" action="/beheer/namens" class="filters">
                <div class="field">
                    <label for="zoek">{t!(lang, "namens-search")}</label>
                    <input id="zoek" name="zoek" type="search" value=p.search.clone() maxlength="60" />
                </div>
                <button type="submit" class="button button-secondary">{t!(lang, "namens-search-button")}</button>
            </form>
            {if p.residents.is_empty() {
                view! { <p>{t!(lang, "namens-none")}</p> }.into_any()
            } else {
                view! {
                    <form method="get" action="/beheer/namens" class="form">
                        <input type="hidden" name="zoek" value=p.search.clone() />
                        <div class="field">
                            <label for="bewoner">{t!(lang, "namens-resident")}</label>
                            <select id="bewoner" name="bewoner">
                                {p.residents.iter().map(|r| {
                                    let selected = p.picked.as_ref().is_some_and(|x| x.id == r.id);
                                    let label = if r.without_account { t!(lang, "namens-without-account", name = r.name.clone()) } else { r.name.clone() };
                                    view! { <option value=r.id selected=selected>{label}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                        <button type="submit" class="button button-secondary">{t!(lang, "namens-pick")}</button>
                    </form>
                }.into_any()
            }}
            {p.picked.clone().map(|r| view! {
                <section class="panel" aria-labelledby="namens-picked">
                    <h2 id="namens-picked">{r.name.clone()}</h2>
                    <form method="post" action="/api/namens-kiezen" class="form">
                        <input type="hidden" name="bewoner" value=r.id />
                        <button type="submit" class="button">{t!(lang, "namens-start", name = r.name.clone())}</button>
                    </form>
                    <p class="hint">{t!(lang, "namens-start-hint")}</p>
                    <ul class="actions">
                        <li><a href="/agenda">{t!(lang, "nav-agenda")}</a></li>
                        <li><a href="/ontmoetingsruimte">{t!(lang, "nav-room")}</a></li>
                        <li><a href="/ontmoetingsruimte/mijn">{t!(lang, "room-mine")}</a></li>
                        <li><a href="/meedoen/nieuw">{t!(lang, "namens-new-proposal")}</a></li>
                        <li><a href="/groepen">{t!(lang, "nav-groups")}</a></li>
                    </ul>
                    <h3>{t!(lang, "namens-recent")}</h3>
                    {if p.recent.is_empty() {
                        view! { <p>{t!(lang, "namens-recent-none")}</p> }.into_any()
                    } else {
                        view! {
                            <ul>
                                {p.recent.iter().map(|a| view! {
                                    <li>{a.when.clone()} " · " {tr(lang, a.act.key())} ": " {a.subject.clone()} " (" {a.helper.clone()} ")"</li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </section>
            })}
        } />
    }
}
