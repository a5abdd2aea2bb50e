//! The commissie's review of what residents reported.

use crate::comments::api::{Moderate, get_reported};
use crate::comments::model::{ReportedItem, TargetKind};
use crate::components::{FormError, Loaded, PageHead, action_error};
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use crate::components::successes;
use super::forms::HideForm;

type Reported = Vec<ReportedItem>;

/// The commissie's review of what residents reported: per item the reasons and counts, and
/// hide (with a reason) or keep / put back.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let lang = use_lang();
    let moderate = ServerAction::<Moderate>::new();
    let done = successes(moderate);
    let items = Resource::new(move || done.get(), |_| get_reported());
    view! {
        <PageHead title=t!(lang, "reported-title") up=("/meedoen", t!(lang, "nav-participate")) />
        <p class="lead">{t!(lang, "reported-lead")}</p>
        <FormError error=action_error(moderate) />
        <Loaded resource=items view=move |items: Reported| {
            if items.is_empty() {
                view! { <p>{t!(lang, "reported-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="reported-list">
                        {items.into_iter().map(|item| view! { <ReportedCard item moderate /> }).collect_view()}
                    </ul>
                }.into_any()
            }
        } />
    }
}

#[component]
fn ReportedCard(item: ReportedItem, moderate: ServerAction<Moderate>) -> impl IntoView {
    let lang = use_lang();
    let (heading, link) = match item.kind {
        TargetKind::Comment => (
            t!(lang, "reported-comment", title = item.proposal_title.clone()),
            format!("/meedoen/{}#reactie-{}", item.proposal.0, item.id),
        ),
        TargetKind::Proposal => (t!(lang, "reported-proposal", title = item.proposal_title.clone()), format!("/meedoen/{}", item.proposal.0)),
    };
    let hide_label = heading.clone();
    let keep_label = if item.hidden.is_some() { t!(lang, "comment-unhide") } else { t!(lang, "reported-keep") };
    view! {
        <li class="panel reported-item">
            <h2>{heading.clone()}</h2>
            <p class="meta">{t!(lang, "reported-by", name = item.author.clone())}</p>
            <p class="comment-body">{item.text.clone()}</p>
            <p>{t!(lang, "reported-counts", reports = item.reports, households = item.households, when = item.first_reported.clone())}</p>
            <ul class="tags">
                {item.reasons.iter().map(|r| view! { <li class="tag">{tr(lang, r.reason.key())} ": " {r.count}</li> }).collect_view()}
            </ul>
            {(!item.notes.is_empty()).then(|| view! {
                <h3>{t!(lang, "reported-notes")}</h3>
                <ul>{item.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
            })}
            {item.held_since.clone().map(|since| view! { <p class="status status-held">{t!(lang, "reported-held-since", since = since)}</p> })}
            {item.hidden.clone().map(|reason| view! { <p class="status">{t!(lang, "reported-hidden-now", reason = reason)}</p> })}
            <p class="link-line"><a href=link>{t!(lang, "reported-open")}<span class="visually-hidden">": " {heading.clone()}</span></a></p>
            <div class="actions">
                <ActionForm action=moderate>
                    <input type="hidden" name="kind" value=item.kind.code() />
                    <input type="hidden" name="id" value=item.id />
                    <input type="hidden" name="decision" value="in_orde" />
                    <input type="hidden" name="reason" value="" />
                    <button type="submit" class="button button-secondary">{keep_label}<span class="visually-hidden">": " {heading.clone()}</span></button>
                </ActionForm>
                {item.hidden.is_none().then(move || view! { <HideForm kind=item.kind id=item.id label=hide_label moderate /> })}
            </div>
        </li>
    }
}
