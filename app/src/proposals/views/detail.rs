//! One proposal: status and history, the text and photo, supporting, the proposer's answer to
//! a request for changes, and the commissie's decisions (see `decide`).

use super::new::ProposalFields;
use super::{StatusBadge, successes};
use crate::components::{FormError, Loaded, PageHead, PlainText, action_error, route_id};
use crate::i18n::{tr, use_lang};
use crate::proposals::api::{
    AcceptActivity, HideProposal, MergeProposal, ModerateProposal, ResubmitProposal, SupportProposal, WithdrawProposal, get_proposal,
};
use crate::proposals::model::{EventView, ProposalDetail, Status};
use crate::t;
use leptos::prelude::*;

mod decide;

#[component]
pub fn ProposalPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let support = ServerAction::<SupportProposal>::new();
    let resubmit = ServerAction::<ResubmitProposal>::new();
    let withdraw = ServerAction::<WithdrawProposal>::new();
    let moderate = ServerAction::<ModerateProposal>::new();
    let accept = ServerAction::<AcceptActivity>::new();
    let merge = ServerAction::<MergeProposal>::new();
    let hide = ServerAction::<HideProposal>::new();
    let changes = [
        successes(support),
        successes(resubmit),
        successes(withdraw),
        successes(moderate),
        successes(accept),
        successes(merge),
        successes(hide),
    ];
    let proposal = Resource::new(
        move || (id.get(), changes.iter().map(|c| c.get()).sum::<usize>()),
        |(id, _)| get_proposal(id),
    );
    let actions = decide::Actions { moderate, accept, merge, hide };
    let photo_outcome = leptos_router::hooks::use_query_map().with_untracked(|q| q.get("foto"));
    view! {
        <p class="breadcrumb"><a href="/meedoen">{t!(lang, "nav-participate")}</a></p>
        <Loaded resource=proposal view=move |p: ProposalDetail| {
            let c = p.card.clone();
            let id = c.id.0;
            let outcome = photo_outcome.clone();
            view! {
                <PageHead title=c.title.clone() />
                <p class="tags">
                    <span class="tag">{tr(lang, c.kind.key())}</span>
                    <StatusBadge status=c.status />
                </p>
                {match (p.held_since.clone(), p.hidden_reason.clone()) {
                    (Some(since), _) => Some(view! {
                        <p class="notice notice-info" role="status">{t!(lang, "report-held-author", since = since)}</p>
                    }.into_any()),
                    (None, Some(reason)) => Some(view! {
                        <p class="notice notice-error">{t!(lang, "proposal-hidden-notice", reason = reason)}</p>
                    }.into_any()),
                    (None, None) => None,
                }}
                <StatusNotice p=p.clone() />
                <dl class="facts">
                    <dt>{t!(lang, "proposal-by")}</dt><dd>{p.author.clone()} ", " {c.when.clone()}</dd>
                    {(!p.audience.is_empty()).then(|| view! { <dt>{t!(lang, "proposal-audience")}</dt><dd>{p.audience.clone()}</dd> })}
                    {(!p.date_wish.is_empty()).then(|| view! { <dt>{t!(lang, "proposal-date-wish")}</dt><dd>{p.date_wish.clone()}</dd> })}
                    {(!p.help_needed.is_empty()).then(|| view! { <dt>{t!(lang, "proposal-help")}</dt><dd>{p.help_needed.clone()}</dd> })}
                    <dt>{t!(lang, "proposal-support-title")}</dt><dd>{t!(lang, "proposal-supporters", count = c.supporters)}</dd>
                </dl>
                <PlainText text=p.description.clone() />
                {p.has_photo.then(|| view! {
                    <img class="proposal-photo" src=format!("/meedoen/foto/{id}.jpg") alt=t!(lang, "proposal-photo-alt", title = c.title.clone()) />
                })}
                {p.can_support.then(|| view! { <Support id supported=p.supported support /> })}
                {c.mine.then(|| view! { <AuthorActions p=p.clone() resubmit withdraw photo=outcome.clone() /> })}
                {(p.moderator && !p.can_moderate).then(|| view! { <p class="notice notice-info">{t!(lang, "proposal-own-moderation")}</p> })}
                {p.can_moderate.then(|| view! { <decide::Decide p=p.clone() actions /> })}
                <History events=p.events.clone() />
                {(!c.mine).then(|| view! { <crate::comments::views::ReportProposal proposal=c.id /> })}
                <crate::comments::views::CommentSection proposal=c.id />
            }
        } />
    }
}

/// What the latest status means, with the reason in plain words, and where it led.
#[component]
fn StatusNotice(p: ProposalDetail) -> impl IntoView {
    let lang = use_lang();
    let reason = p.status_reason.clone();
    let text = match p.card.status {
        Status::ChangesRequested => Some(t!(lang, "proposal-notice-changes", reason = reason)),
        Status::Declined => Some(t!(lang, "proposal-notice-declined", reason = reason)),
        Status::Withdrawn => Some(t!(lang, "proposal-notice-withdrawn")),
        _ => None,
    };
    view! {
        {text.map(|text| view! { <p class="notice notice-info" role="status">{text}</p> })}
        {p.merged_into.map(|(id, title)| view! {
            <p class="notice notice-info">
                {t!(lang, "proposal-notice-merged")} " " <a href=format!("/meedoen/{id}")>{title}</a>
            </p>
        })}
        {p.activity_id.map(|id| view! {
            <p class="notice notice-ok">
                {t!(lang, "proposal-notice-activity")} " " <a href=format!("/agenda/{id}")>{t!(lang, "proposal-open-activity")}</a>
            </p>
        })}
    }
}

/// "Ik steun dit", or taking the support back.
#[component]
fn Support(id: i64, supported: bool, support: ServerAction<SupportProposal>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section class="panel" aria-labelledby="support-title">
            <h2 id="support-title">{t!(lang, "proposal-support-title")}</h2>
            <FormError error=action_error(support) />
            {supported.then(|| view! { <p class="status status-mine" role="status">{t!(lang, "proposal-you-support")}</p> })}
            <ActionForm action=support>
                <input type="hidden" name="proposal" value=id />
                <input type="hidden" name="support" value=if supported { "nee" } else { "ja" } />
                <button type="submit" class=if supported { "button button-secondary" } else { "button" }>
                    {if supported { t!(lang, "proposal-unsupport") } else { t!(lang, "proposal-support") }}
                </button>
            </ActionForm>
        </section>
    }
}

/// The proposer edits and sends back after a request for changes, adds a photo, or withdraws.
#[component]
fn AuthorActions(
    p: ProposalDetail,
    resubmit: ServerAction<ResubmitProposal>,
    withdraw: ServerAction<WithdrawProposal>,
    photo: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let id = p.card.id.0;
    let status = p.card.status;
    view! {
        {(status == Status::ChangesRequested).then(|| view! {
            <section class="panel" aria-labelledby="edit-title">
                <h2 id="edit-title">{t!(lang, "proposal-edit-title")}</h2>
                <p>{t!(lang, "proposal-edit-hint")}</p>
                <ActionForm action=resubmit attr:class="form" attr:novalidate=true>
                    <FormError error=action_error(resubmit) />
                    <input type="hidden" name="proposal" value=id />
                    <ProposalFields title=p.card.title.clone() description=p.description.clone() audience=p.audience.clone()
                        date_wish=p.date_wish.clone() help_needed=p.help_needed.clone() />
                    <div class="field">
                        <label for="answer">{t!(lang, "proposal-answer")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
                        <p class="hint" id="answer-hint">{t!(lang, "proposal-answer-hint")}</p>
                        <textarea id="answer" name="answer" rows="3" maxlength="500" aria-describedby="answer-hint"></textarea>
                    </div>
                    <button type="submit" class="button">{t!(lang, "proposal-resubmit")}</button>
                </ActionForm>
            </section>
        })}
        {status.is_open().then(|| view! { <PhotoForm id outcome=photo.clone() /> })}
        {status.is_open().then(|| view! {
            <section class="panel" aria-labelledby="withdraw-title">
                <h2 id="withdraw-title">{t!(lang, "proposal-withdraw-title")}</h2>
                <p class="hint">{t!(lang, "proposal-withdraw-hint")}</p>
                <FormError error=action_error(withdraw) />
                <ActionForm action=withdraw>
                    <input type="hidden" name="proposal" value=id />
                    <button type="submit" class="button button-secondary">{t!(lang, "proposal-withdraw")}</button>
                </ActionForm>
            </section>
        })}
    }
}

/// The history: every status with who, when and why.
#[component]
fn History(events: Vec<EventView>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <section aria-labelledby="history-title">
            <h2 id="history-title">{t!(lang, "proposal-history-title")}</h2>
            <ol class="timeline">
                {events.into_iter().map(|e| view! {
                    <li>
                        <p><strong>{tr(lang, e.status.key())}</strong></p>
                        <p class="meta">{e.when.clone()} " · " {e.who.clone()}</p>
                        {(!e.reason.is_empty()).then(|| view! { <p>{e.reason.clone()}</p> })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Adding a photo: a plain form with a file, posted to the server (works without JavaScript).
#[component]
fn PhotoForm(id: i64, outcome: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let notice = match outcome.as_deref() {
        Some("ok") => Some(("notice notice-ok", t!(lang, "proposal-photo-ok"))),
        Some("te-groot") => Some(("notice notice-error", tr(lang, "problem-photo-too-big"))),
        Some("ongeldig") => Some(("notice notice-error", tr(lang, "problem-photo-invalid"))),
        Some("te-veel-pixels") => Some(("notice notice-error", tr(lang, "problem-photo-too-many-pixels"))),
        Some("druk") => Some(("notice notice-error", tr(lang, "proposal-photo-busy"))),
        _ => None,
    };
    view! {
        <section class="panel" aria-labelledby="photo-title">
            <h2 id="photo-title">{t!(lang, "proposal-photo-title")}</h2>
            {notice.map(|(class, text)| view! { <p class=class role="status">{text}</p> })}
            <form method="post" action=format!("/meedoen/foto/{id}") enctype="multipart/form-data" class="form">
                <div class="field">
                    <label for="foto">{t!(lang, "proposal-photo-label")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
                    <p class="hint" id="foto-hint">{t!(lang, "proposal-photo-hint")}</p>
                    <input type="file" id="foto" name="foto" accept="image/jpeg,image/png,image/webp" aria-describedby="foto-hint" />
                </div>
                <button type="submit" class="button button-secondary">{t!(lang, "proposal-photo-submit")}</button>
            </form>
        </section>
    }
}
