//! The commissie opens a voting round: title, rules, start and end, and the accepted
//! initiatives on the ballot with their estimated cost.

use crate::accounts::model::AgeBand;
use crate::components::{DataTable, FormError, Loaded, PageHead, TextField, action_error, fetch_once};
use crate::i18n::{tr, use_lang};
use crate::t;
use crate::voting::api::{NewRoundForm, OpenRound, get_new_round_form};
use leptos::prelude::*;

#[component]
pub fn NewRoundPage() -> impl IntoView {
    let lang = use_lang();
    let open = ServerAction::<OpenRound>::new();
    view! {
        <PageHead title=t!(lang, "vote-new") up=("/meedoen/stemronde", t!(lang, "vote-rounds-title")) />
        <Loaded resource=fetch_once(get_new_round_form) view=move |form: NewRoundForm| view! {
            <ActionForm action=open attr:class="form" attr:novalidate=true>
                <FormError error=action_error(open) />
                <input type="hidden" name="buurt" value=form.buurt_id />
                <TextField name="title" label=t!(lang, "vote-field-title") hint=t!(lang, "vote-field-title-hint") required=true maxlength=80 />
                <div class="field">
                    <label for="description">{t!(lang, "vote-field-description")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
                    <textarea id="description" name="description" rows="3" maxlength="1000"></textarea>
                </div>
                <TextField name="start_date" kind="date" label=t!(lang, "vote-field-start-date") value=form.start.0.clone() required=true />
                <TextField name="start_time" kind="time" label=t!(lang, "vote-field-start-time") value=form.start.1.clone() required=true />
                <TextField name="end_date" kind="date" label=t!(lang, "vote-field-end-date") value=form.end.0.clone() required=true />
                <TextField name="end_time" kind="time" label=t!(lang, "vote-field-end-time") value=form.end.1.clone() required=true />
                <TextField name="vote_budget" kind="number" label=t!(lang, "vote-field-budget") hint=t!(lang, "vote-field-budget-hint") value="5".to_string() required=true />
                <TextField name="max_per_option" kind="number" label=t!(lang, "vote-field-max") hint=t!(lang, "vote-field-max-hint") value="2".to_string() required=true />
                <div class="field">
                    <label for="min_age">{t!(lang, "vote-field-min-age")}</label>
                    <p class="hint" id="min_age-hint">{t!(lang, "vote-field-min-age-hint")}</p>
                    <select id="min_age" name="min_age" aria-describedby="min_age-hint">
                        <option value="">{t!(lang, "vote-all-ages")}</option>
                        {AgeBand::ALL.into_iter().skip(1).map(|b| view! { <option value=b.code()>{tr(lang, b.key())}</option> }).collect_view()}
                    </select>
                </div>
                <TextField name="money" label=t!(lang, "vote-field-money") hint=t!(lang, "vote-field-money-hint") />
                <TextField name="winners" kind="number" label=t!(lang, "vote-field-winners") hint=t!(lang, "vote-field-winners-hint") value="1".to_string() />
                <HouseholdTable form=form.clone() />
                <fieldset class="field">
                    <legend>{t!(lang, "vote-field-options")}</legend>
                    <p class="hint">{t!(lang, "vote-field-options-hint")}</p>
                    {if form.candidates.is_empty() {
                        view! { <p class="notice notice-info">{t!(lang, "vote-no-candidates")}</p> }.into_any()
                    } else {
                        form.candidates.iter().map(|c| {
                            let check = format!("optie-{}", c.id);
                            let cost = format!("kosten-{}", c.id);
                            // Who wrote it is read out after the title, not as part of its name.
                            let who = format!("optie-{}-wie", c.id);
                            let described = (!c.household.is_empty()).then(|| who.clone());
                            view! {
                                <div class="vote-candidate">
                                    <div class="field-check">
                                        <input type="checkbox" id=check.clone() name=format!("opties[{}]", c.id) value="ja" aria-describedby=described />
                                        <label for=check>{c.title.clone()}</label>
                                    </div>
                                    {(!c.household.is_empty()).then(|| view! {
                                        <p class="meta" id=who>
                                            {t!(lang, "vote-by-household", household = c.household.clone())}
                                            {c.over.then(|| view! { " " <span class="tag">{t!(lang, "vote-household-over-mark")}</span> })}
                                        </p>
                                    })}
                                    <div class="field">
                                        <label for=cost.clone()>{t!(lang, "vote-field-cost", title = c.title.clone())}</label>
                                        <input id=cost name=format!("kosten[{}]", c.id) type="text" inputmode="decimal" />
                                    </div>
                                </div>
                            }
                        }).collect_view().into_any()
                    }}
                </fieldset>
                <div class="field">
                    <label for="reden">{t!(lang, "vote-field-over-reason")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
                    <p class="hint" id="reden-hint">{t!(lang, "vote-field-over-reason-hint", max = form.limit)}</p>
                    <textarea id="reden" name="reden" rows="2" maxlength="300" aria-describedby="reden-hint"></textarea>
                </div>
                <button type="submit" class="button">{t!(lang, "vote-open-submit")}</button>
            </ActionForm>
        } />
    }
}

/// For the commissie: per household, how many of the offered initiatives it wrote, busiest
/// first, with the limit of one ballot. Households by their label (staff and commissie only).
#[component]
fn HouseholdTable(form: NewRoundForm) -> impl IntoView {
    let lang = use_lang();
    (!form.households.is_empty()).then(|| view! {
        <section class="panel" aria-labelledby="households-title">
            <h2 id="households-title">{t!(lang, "vote-households-title")}</h2>
            <p class="hint">{t!(lang, "vote-households-hint", max = form.limit)}</p>
            <DataTable caption=t!(lang, "vote-households-caption") class="vote-households" headers=vec![t!(lang, "vote-col-household"), t!(lang, "vote-col-initiatives")]>
                {form.households.iter().map(|h| view! {
                    <tr>
                        <th scope="row">{h.label.clone()}</th>
                        <td>
                            {h.count}
                            {h.over.then(|| view! { " " <span class="tag">{t!(lang, "vote-household-over-mark")}</span> })}
                        </td>
                    </tr>
                }).collect_view()}
            </DataTable>
        </section>
    })
}
