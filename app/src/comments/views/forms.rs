//! The report and hide forms, and reporting a proposal from its page.

use crate::comments::api::{Moderate, Report, get_comments};
use crate::comments::model::{ReportReason, TargetKind};
use crate::components::{FormError, action_error};
use crate::i18n::{tr, use_lang};
use crate::proposals::model::ProposalId;
use crate::t;
use leptos::prelude::*;
use crate::components::successes;

/// Why something is reported: a short choice and an optional note.
#[component]
pub(super) fn ReportForm(kind: TargetKind, id: i64, report: ServerAction<Report>) -> impl IntoView {
    let lang = use_lang();
    let prefix = format!("melden-{}-{id}", kind.code());
    let note_id = format!("{prefix}-toelichting");
    view! {
        <ActionForm action=report>
            <input type="hidden" name="kind" value=kind.code() />
            <input type="hidden" name="id" value=id />
            <fieldset class="report-reasons">
                <legend>{t!(lang, "report-why")}</legend>
                {ReportReason::ALL.into_iter().map(|r| {
                    let input_id = format!("{prefix}-{}", r.code());
                    view! {
                        <div class="field-check">
                            <input type="radio" id=input_id.clone() name="reason" value=r.code() required />
                            <label for=input_id>{tr(lang, r.key())}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field">
                <label for=note_id.clone()>{t!(lang, "report-note")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
                <input type="text" id=note_id name="note" maxlength="300" />
            </div>
            <button type="submit" class="button button-secondary">{t!(lang, "report-send")}</button>
        </ActionForm>
    }
}

/// Hide a comment or proposal, with the reason residents will see.
#[component]
pub(super) fn HideForm(kind: TargetKind, id: i64, label: String, moderate: ServerAction<Moderate>) -> impl IntoView {
    let lang = use_lang();
    let field = format!("verbergen-{}-{id}", kind.code());
    view! {
        <details class="comment-tool">
            <summary>{t!(lang, "comment-hide")}<span class="visually-hidden">" " {label}</span></summary>
            <ActionForm action=moderate>
                <input type="hidden" name="kind" value=kind.code() />
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="decision" value="verbergen" />
                <div class="field">
                    <label for=field.clone()>{t!(lang, "comment-hide-reason")}</label>
                    <input type="text" id=field name="reason" maxlength="300" required />
                </div>
                <button type="submit" class="button">{t!(lang, "comment-hide")}</button>
            </ActionForm>
        </details>
    }
}

/// "Dit voorstel melden", for the proposal page.
#[component]
pub fn ReportProposal(proposal: ProposalId) -> impl IntoView {
    let lang = use_lang();
    let report = ServerAction::<Report>::new();
    let done = successes(report);
    let thread = Resource::new(move || done.get(), move |_| get_comments(proposal.0));
    view! {
        <div id="melden-voorstel" class="report-proposal">
            <FormError error=action_error(report) />
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match thread.await {
                        Ok(Some(t)) if t.proposal_reported => Some(view! { <p class="meta">{t!(lang, "report-proposal-done")}</p> }.into_any()),
                        Ok(Some(_)) => Some(view! {
                            <details class="comment-tool">
                                <summary>{t!(lang, "report-proposal")}</summary>
                                <ReportForm kind=TargetKind::Proposal id=proposal.0 report />
                            </details>
                        }.into_any()),
                        _ => None,
                    }
                })}
            </Transition>
        </div>
    }
}


