//! One voting round: the rules in plain words, the ballot (a resident sets all their votes at
//! once and can change them until the round closes), the results once it is closed, and for
//! the sociaal werker a form to record the votes of a resident who asked for help.

use crate::components::{DataTable, FormDone, FormError, Loaded, PageHead, PlainText, ShareBar, action_done, action_error, route_id};
use crate::i18n::{Lang, tr, use_lang};
use crate::islands::{VotesLeftCount, VotesLeftText};
use crate::t;
use crate::voting::api::{AssistVotes, CastVotes, get_round};
use crate::voting::model::{OptionView, Phase, RoundDetail, RoundRules, euros_label};
use leptos::prelude::*;

#[component]
pub fn RoundPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let cast = ServerAction::<CastVotes>::new();
    let assist = ServerAction::<AssistVotes>::new();
    let saved = RwSignal::new(0usize);
    Effect::new(move |_| {
        if matches!(cast.value().get(), Some(Ok(_))) || matches!(assist.value().get(), Some(Ok(_))) {
            saved.update(|n| *n += 1);
        }
    });
    let round = Resource::new(move || (id.get(), saved.get()), |(id, _)| get_round(id));
    view! {
        <p class="breadcrumb"><a href="/meedoen/stemronde">{t!(lang, "vote-rounds-title")}</a></p>
        <Loaded resource=round view=move |r: RoundDetail| {
            let s = r.summary.clone();
            view! {
                <PageHead title=s.title.clone() />
                <p><span class="tag">{tr(lang, s.phase.key())}</span> " " {s.period.clone()}</p>
                <PlainText text=r.description.clone() />
                <Rules rules=r.rules ends=r.ends.clone() closed=s.phase == Phase::Closed lang />
                {(!r.over_limit_reason.is_empty()).then(|| view! {
                    <p class="notice notice-info vote-over-limit">{t!(lang, "vote-over-limit-public", reason = r.over_limit_reason.clone())}</p>
                })}
                {match s.phase {
                    Phase::Closed => view! { <Results round=r.clone() /> }.into_any(),
                    Phase::Ended => view! {
                        <p class="notice notice-info">{t!(lang, "vote-counting")}</p>
                        <OptionList options=r.options.clone() />
                    }.into_any(),
                    Phase::Coming => view! {
                        <p class="notice notice-info">{t!(lang, "vote-not-started", starts = r.starts.clone())}</p>
                        <OptionList options=r.options.clone() />
                    }.into_any(),
                    Phase::Open => view! { <Ballot round=r.clone() cast /> }.into_any(),
                }}
                <p class="meta">{t!(lang, "vote-turnout", voters = s.turnout, eligible = r.eligible)}</p>
                {r.can_assist.then(|| view! { <Assist round=r.clone() assist /> })}
            }
        } />
    }
}

/// The rules of the round in plain words.
#[component]
fn Rules(rules: RoundRules, ends: String, closed: bool, lang: Lang) -> impl IntoView {
    view! {
        <section class="panel vote-rules" aria-labelledby="rules-title">
            <h2 id="rules-title">{t!(lang, "vote-rules-title")}</h2>
            <ul>
                <li>{t!(lang, "vote-rule-budget", budget = rules.vote_budget)}</li>
                <li>{t!(lang, "vote-rule-max", max = rules.max_per_option)}</li>
                {(!closed).then(|| view! { <li>{t!(lang, "vote-rule-change", ends = ends)}</li> })}
                <li>{t!(lang, "vote-rule-secret")}</li>
                <li>{t!(lang, "vote-rule-hidden")}</li>
                {rules.min_age.map(|band| view! { <li>{t!(lang, "vote-rule-age", band = tr(lang, band.key()))}</li> })}
                {match rules.money_cents {
                    Some(money) => view! { <li>{t!(lang, "vote-rule-money", money = euros_label(money))}</li> }.into_any(),
                    None => view! { <li>{t!(lang, "vote-rule-winners", count = rules.winners)}</li> }.into_any(),
                }}
                <li>{t!(lang, "vote-rule-tie")}</li>
            </ul>
        </section>
    }
}

/// The initiatives without a form (a round that has not started).
#[component]
fn OptionList(options: Vec<OptionView>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <h2>{t!(lang, "vote-options-title")}</h2>
        <ul class="vote-options">
            {options.into_iter().map(|o| view! {
                <li>
                    <h3>{o.title.clone()}</h3>
                    <p>{o.description.lines().next().unwrap_or_default().to_string()}</p>
                    {o.cost_cents.map(|c| view! { <p class="meta">{t!(lang, "vote-cost", cost = euros_label(c))}</p> })}
                </li>
            }).collect_view()}
        </ul>
    }
}

/// The ballot: one number per initiative, all sent at once. Works as a plain form; with
/// JavaScript the votes left are counted while typing.
#[component]
fn Ballot(round: RoundDetail, cast: ServerAction<CastVotes>) -> impl IntoView {
    let lang = use_lang();
    let budget = round.rules.vote_budget;
    let max = round.rules.max_per_option;
    let used = round.options.iter().map(|o| o.mine.max(0)).sum::<i64>();
    let text = VotesLeftText {
        left: t!(lang, "vote-remaining", left = "{n}", budget = budget),
        one_too_many: t!(lang, "vote-too-many", over = 1, budget = budget),
        too_many: t!(lang, "vote-too-many", over = "{n}", budget = budget),
    };
    let id = round.summary.id.0;
    view! {
        <section aria-labelledby="ballot-title">
            <h2 id="ballot-title">{t!(lang, "vote-ballot-title")}</h2>
            {round.summary.voted.then(|| view! { <p class="status status-mine">{t!(lang, "vote-you-voted")}</p> })}
            {match round.no_vote {
                Some(why) => view! { <p class="notice notice-info">{tr(lang, why.key())}</p> <OptionList options=round.options.clone() /> }.into_any(),
                None => view! {
                    <ActionForm action=cast attr:class="form vote-ballot" attr:novalidate=true>
                        <FormError error=action_error(cast) />
                        <FormDone done=action_done(cast) message=t!(lang, "vote-saved") />
                        <input type="hidden" name="round" value=id />
                        <VotesLeftCount budget used text />
                        <ul class="vote-options">
                            {round.options.iter().map(|o| {
                                let field = format!("stem-{}", o.proposal_id);
                                let hint = format!("stem-{}-hint", o.proposal_id);
                                let pid = o.proposal_id;
                                view! {
                                    <li>
                                        <label for=field.clone()><strong>{o.title.clone()}</strong></label>
                                        <p id=hint.clone()>
                                            {o.description.lines().next().unwrap_or_default().to_string()}
                                            {o.cost_cents.map(|c| view! { " " <span class="meta">{t!(lang, "vote-cost", cost = euros_label(c))}</span> })}
                                        </p>
                                        <input
                                            id=field
                                            class="vote-number"
                                            name=format!("stemmen[{pid}]")
                                            type="number"
                                            inputmode="numeric"
                                            min="0"
                                            max=max
                                            value=o.mine
                                            aria-describedby=hint
                                        />
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        <p class="hint">{t!(lang, "vote-zero-hint")}</p>
                        <button type="submit" class="button">{t!(lang, "vote-submit")}</button>
                    </ActionForm>
                }.into_any(),
            }}
        </section>
    }
}

/// The results: a table (rank, initiative, votes, residents, cost, chosen) with a bar per
/// initiative that repeats the numbers, so nothing depends on colour.
#[component]
fn Results(round: RoundDetail) -> impl IntoView {
    let lang = use_lang();
    let top = round.options.iter().filter_map(|o| o.result.map(|r| r.votes)).max().unwrap_or(0).max(1);
    let money = round.rules.money_cents.is_some();
    let winners: Vec<String> = round.options.iter().filter(|o| o.result.is_some_and(|r| r.won)).map(|o| o.title.clone()).collect();
    let mut headers = vec![t!(lang, "vote-col-rank"), t!(lang, "vote-col-initiative"), t!(lang, "vote-col-votes"), t!(lang, "vote-col-voters")];
    if money {
        headers.push(t!(lang, "vote-col-cost"));
    }
    headers.push(t!(lang, "vote-col-chosen"));
    view! {
        <section aria-labelledby="results-title">
            <h2 id="results-title">{t!(lang, "vote-results-title")}</h2>
            <p class="notice notice-ok">{t!(lang, "vote-closed-at", when = round.closed_when.clone())}</p>
            {if winners.is_empty() {
                view! { <p>{t!(lang, "vote-no-winners")}</p> }.into_any()
            } else {
                view! { <p><strong>{t!(lang, "vote-winners", names = winners.join(", "))}</strong></p> }.into_any()
            }}
            {round.money_spent.zip(round.rules.money_cents).map(|(spent, total)| view! {
                <p>{t!(lang, "vote-money-spent", spent = euros_label(spent), total = euros_label(total))}</p>
            })}
            <DataTable caption=t!(lang, "vote-results-caption") class="vote-results" headers=headers>
                {round.options.iter().map(|o| {
                    let r = o.result.unwrap_or(crate::voting::model::OptionResult { votes: 0, voters: 0, rank: 0, won: false });
                    let share = r.votes * 100 / top;
                    view! {
                        <tr class=if r.won { "vote-won" } else { "" }>
                            <td>{r.rank}</td>
                            <th scope="row">
                                {o.title.clone()}
                                <ShareBar percent=share />
                            </th>
                            <td>{r.votes}</td>
                            <td>{r.voters}</td>
                            {money.then(|| view! { <td>{o.cost_cents.map(euros_label).unwrap_or_default()}</td> })}
                            <td>{if r.won { t!(lang, "vote-chosen-yes") } else { t!(lang, "vote-chosen-no") }}</td>
                        </tr>
                    }
                }).collect_view()}
            </DataTable>
        </section>
    }
}

/// The sociaal werker records the votes of a resident without a phone who asked for help.
/// The form never shows what anyone voted; only that they were helped is kept.
#[component]
fn Assist(round: RoundDetail, assist: ServerAction<AssistVotes>) -> impl IntoView {
    let lang = use_lang();
    let id = round.summary.id.0;
    view! {
        <section class="panel" aria-labelledby="assist-title">
            <h2 id="assist-title">{t!(lang, "vote-assist-title")}</h2>
            <p class="hint">{t!(lang, "vote-assist-hint")}</p>
            <ActionForm action=assist attr:class="form" attr:novalidate=true>
                <FormError error=action_error(assist) />
                <FormDone done=action_done(assist) message=t!(lang, "vote-assist-done") />
                <input type="hidden" name="round" value=id />
                <div class="field">
                    <label for="resident">{t!(lang, "vote-assist-resident")}</label>
                    <select id="resident" name="resident">
                        {round.people.iter().map(|p| {
                            let label = if p.voted { t!(lang, "vote-assist-person-voted", name = p.name.clone()) } else { p.name.clone() };
                            view! { <option value=p.id>{label}</option> }
                        }).collect_view()}
                    </select>
                </div>
                {round.options.iter().map(|o| {
                    let field = format!("hulp-{}", o.proposal_id);
                    view! {
                        <div class="field">
                            <label for=field.clone()>{t!(lang, "vote-assist-votes-for", title = o.title.clone())}</label>
                            <input id=field name=format!("stemmen[{}]", o.proposal_id) type="number" inputmode="numeric" min="0" max=round.rules.max_per_option value="0" />
                        </div>
                    }
                }).collect_view()}
                <button type="submit" class="button">{t!(lang, "vote-assist-submit")}</button>
            </ActionForm>
        </section>
    }
}
