//! The fair-voice dashboard: a period choice (a plain GET form), signals with a suggested
//! action, and per kind of taking part a chart with the same figures in a table beside it.
//! The charts carry their numbers as text, so nothing depends on colour.

use crate::components::{DataTable, Loaded, PageHead, ShareBar};
use crate::fairness::api::get_dashboard;
use crate::fairness::model::{Dashboard, GroupRow, Kind, gini_label};
use crate::groups::model::hours_label;
use crate::i18n::{Lang, tr, tr_args, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let period = move || query.with(|q| (q.get("van").unwrap_or_default(), q.get("tot").unwrap_or_default()));
    let figures = Resource::new(period, |(van, tot)| get_dashboard(van, tot));
    view! {
        <PageHead title=t!(lang, "fair-title") up=("/meedoen/stemronde", t!(lang, "vote-rounds-title")) />
        <p class="lead">{t!(lang, "fair-lead")}</p>
        <Loaded resource=figures view=move |d: Dashboard| view! { <Figures d lang /> } />
    }
}

/// A kind's amount as shown: items, or hours for minutes.
fn amount(kind: Kind, value: i64) -> String {
    if kind.in_minutes() { hours_label(value) } else { value.to_string() }
}

fn percent(v: Option<i64>) -> String {
    v.map(|v| format!("{v}%")).unwrap_or_else(|| "–".into())
}

#[component]
fn Figures(d: Dashboard, lang: Lang) -> impl IntoView {
    let csv = format!("/meedoen/inbreng.csv?van={}&tot={}", d.from, d.to);
    let not_yet = d.residents - d.took_part;
    let residents = d.residents.max(1);
    // Column titles; each cell also carries its own, so a narrow screen shows a row as a list.
    let kind_cols = [
        "fair-col-kind", "fair-col-participants", "fair-col-total", "fair-col-top10", "fair-col-top5", "fair-col-gini",
    ]
    .map(|key| tr(lang, key))
    .to_vec();
    let group_cols = ["fair-col-group", "fair-col-members", "fair-col-helpers", "fair-col-hours"].map(|key| tr(lang, key)).to_vec();
    view! {
        <form method="get" action="/meedoen/inbreng" class="form fair-period">
            <div class="field">
                <label for="van">{t!(lang, "fair-from")}</label>
                <input id="van" name="van" type="date" value=d.from.clone() />
            </div>
            <div class="field">
                <label for="tot">{t!(lang, "fair-to")}</label>
                <input id="tot" name="tot" type="date" value=d.to.clone() />
            </div>
            <button type="submit" class="button button-secondary">{t!(lang, "fair-show")}</button>
        </form>
        <p><a class="button" href=csv download="">{t!(lang, "fair-csv")}</a></p>
        <dl class="facts">
            <dt>{t!(lang, "fair-residents")}</dt><dd>{d.residents}</dd>
            <dt>{t!(lang, "fair-households")}</dt><dd>{d.households}</dd>
            <dt>{t!(lang, "fair-took-part")}</dt><dd>{d.took_part}</dd>
            <dt>{t!(lang, "fair-not-yet")}</dt><dd>{not_yet}</dd>
        </dl>
        <section aria-labelledby="signals-title">
            <h2 id="signals-title">{t!(lang, "fair-signals-title")}</h2>
            {if d.signals.is_empty() && d.together.is_empty() {
                view! { <p>{t!(lang, "fair-no-signals")}</p> }.into_any()
            } else {
                view! {
                    <ul class="fair-signals">
                        {d.signals.iter().filter_map(|s| {
                            let (signal, action) = s.kind.signal_keys()?;
                            let figures = [("households", s.households.to_string()), ("share", s.share.to_string()), ("ratio", s.ratio.to_string())];
                            let text = tr_args(lang, signal, &figures);
                            let text = if s.names.is_empty() {
                                tr_args(lang, "fair-signal-end", &[("signal", text)])
                            } else {
                                tr_args(lang, "fair-signal-names", &[("signal", text), ("names", s.names.join(", "))])
                            };
                            Some(view! {
                                <li class="notice notice-info">
                                    <strong>{text}</strong>
                                    <p>{tr(lang, action)}</p>
                                </li>
                            })
                        }).collect_view()}
                        {d.together.iter().map(|g| {
                            let args = [("a", g.a.to_string()), ("b", g.b.to_string()), ("names", g.names.join(", "))];
                            view! {
                                <li class="notice notice-info">
                                    <strong>{tr_args(lang, g.how.key(), &args)}</strong>
                                    <p>{t!(lang, "fair-action-together")}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="kinds-title">
            <h2 id="kinds-title">{t!(lang, "fair-kinds-title")}</h2>
            <p class="hint">{t!(lang, "fair-kinds-hint")}</p>
            <figure class="fair-chart" aria-hidden="true">
                {d.kinds.iter().map(|k| {
                    let share = k.participants * 100 / residents;
                    view! {
                        <div class="fair-bar-row">
                            <span class="fair-bar-label">{tr(lang, k.kind.key())}</span>
                            <ShareBar percent=share />
                            <span class="fair-bar-value">{format!("{} ({share}%)", k.participants)}</span>
                        </div>
                    }
                }).collect_view()}
            </figure>
            <DataTable caption=t!(lang, "fair-kinds-caption") class="fair-table" headers=kind_cols.clone()>
                {d.kinds.iter().map(|k| view! {
                    <tr>
                        <th scope="row">{tr(lang, k.kind.key())}</th>
                        <td data-label=kind_cols[1].clone()>{k.participants}</td>
                        <td data-label=kind_cols[2].clone()>{amount(k.kind, k.total)}</td>
                        <td data-label=kind_cols[3].clone()>{percent(k.top10_share)}</td>
                        <td data-label=kind_cols[4].clone()>{percent(k.top5_households_share)}</td>
                        <td data-label=kind_cols[5].clone()>{k.gini.map(gini_label).unwrap_or_else(|| "–".into())}</td>
                    </tr>
                }).collect_view()}
            </DataTable>
            <p class="hint">{t!(lang, "fair-gini-hint")}</p>
        </section>
        <GroupTable title=t!(lang, "fair-age-title") caption=t!(lang, "fair-age-caption") rows=d.by_age.clone() translate=true lang />
        <GroupTable title=t!(lang, "fair-building-title") caption=t!(lang, "fair-building-caption") rows=d.by_building.clone() translate=false lang />
        <section aria-labelledby="groups-fig-title">
            <h2 id="groups-fig-title">{t!(lang, "fair-groups-title")}</h2>
            {if d.groups.is_empty() {
                view! { <p>{t!(lang, "fair-groups-empty")}</p> }.into_any()
            } else {
                view! {
                    <DataTable caption=t!(lang, "fair-groups-caption") class="fair-table" headers=group_cols.clone()>
                        {d.groups.iter().map(|g| view! {
                            <tr>
                                <th scope="row">{g.name.clone()}</th>
                                <td data-label=group_cols[1].clone()>{g.active_members}</td>
                                <td data-label=group_cols[2].clone()>{g.helpers}</td>
                                <td data-label=group_cols[3].clone()>{hours_label(g.minutes)}</td>
                            </tr>
                        }).collect_view()}
                    </DataTable>
                }.into_any()
            }}
        </section>
    }
}

/// Residents per age band or building: how many took part in each way, and how many not yet.
#[component]
fn GroupTable(title: String, caption: String, rows: Vec<GroupRow>, translate: bool, lang: Lang) -> impl IntoView {
    let id = if translate { "by-age-title" } else { "by-building-title" };
    let mut headers = vec![t!(lang, "fair-col-group"), t!(lang, "fair-residents")];
    headers.extend(Kind::GROUPED.iter().map(|k| tr(lang, k.key())));
    headers.extend([t!(lang, "fair-took-part"), t!(lang, "fair-not-yet")]);
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{title}</h2>
            <DataTable caption=caption class="fair-table fair-table-wide" headers=headers.clone()>
                {rows.into_iter().map(|g| {
                    let label = if translate {
                        tr(lang, &g.label)
                    } else if g.label.is_empty() {
                        t!(lang, "fair-building-none")
                    } else {
                        g.label.clone()
                    };
                    view! {
                        <tr>
                            <th scope="row">{label}</th>
                            <td data-label=headers[1].clone()>{g.residents}</td>
                            {g.participants.iter().zip(&headers[2..]).map(|(n, h)| view! { <td data-label=h.clone()>{*n}</td> }).collect_view()}
                            <td data-label=headers[headers.len() - 2].clone()>{g.any}</td>
                            <td data-label=headers[headers.len() - 1].clone()>{g.none}</td>
                        </tr>
                    }
                }).collect_view()}
            </DataTable>
        </section>
    }
}
