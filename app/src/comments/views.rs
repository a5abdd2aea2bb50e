//! The comment section of a proposal page, reporting a proposal, and the commissie's review
//! of what residents reported. Every action is a real form, so all of it works without
//! JavaScript (the server sends the visitor back to the conversation).

use crate::comments::api::{DeleteComment, Moderate, PostComment, Report, get_comments, get_reported};
use crate::comments::model::{CommentView, Piece, ReportReason, ReportedItem, Shown, TargetKind, Thread};
use crate::components::{FormError, Loaded, action_error};
use crate::i18n::{tr, use_lang};
use crate::proposals::model::ProposalId;
use crate::t;
use leptos::prelude::*;
use crate::components::successes;
use leptos_meta::Title;


/// Empties a form (and closes the `<details>` around it) after a comment was posted: the page
/// keeps its elements when the conversation reloads, so the text would otherwise stay.
fn clear_after_post(post: ServerAction<PostComment>, form: NodeRef<leptos::html::Form>) {
    Effect::new(move |_| {
        if matches!(post.value().get(), Some(Ok(_)))
            && let Some(form) = form.get()
        {
            form.reset();
            if let Some(details) = form.parent_element().filter(|p| p.tag_name().eq_ignore_ascii_case("details")) {
                let _ = details.remove_attribute("open");
            }
        }
    });
}

/// The actions of the comment section, shared by every comment in it.
#[derive(Clone, Copy)]
struct Actions {
    post: ServerAction<PostComment>,
    delete: ServerAction<DeleteComment>,
    report: ServerAction<Report>,
    moderate: ServerAction<Moderate>,
}

/// A comment's text: plain text, with web addresses as links that search engines do not follow.
#[component]
fn Body(pieces: Vec<Piece>) -> impl IntoView {
    view! {
        <p class="comment-body">
            {pieces.into_iter().map(|p| match p {
                Piece::Text(text) => view! { <span>{text}</span> }.into_any(),
                Piece::Link(url) => {
                    let label = url.clone();
                    view! { <a href=url rel="nofollow ugc noopener">{label}</a> }.into_any()
                }
            }).collect_view()}
        </p>
    }
}

/// The comments on a proposal, with the composer, replies, reports and (for the commissie)
/// hiding and showing.
#[component]
pub fn CommentSection(proposal: ProposalId) -> impl IntoView {
    let lang = use_lang();
    let actions = Actions {
        post: ServerAction::<PostComment>::new(),
        delete: ServerAction::<DeleteComment>::new(),
        report: ServerAction::<Report>::new(),
        moderate: ServerAction::<Moderate>::new(),
    };
    let changes = [successes(actions.post), successes(actions.delete), successes(actions.report), successes(actions.moderate)];
    let version = move || changes.iter().map(|c| c.get()).sum::<usize>();
    let thread = Resource::new(version, move |_| get_comments(proposal.0));
    view! {
        <section id="reacties" class="comments" aria-labelledby="reacties-title">
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    match thread.await {
                        // Keyed by the version, so every change renders the conversation anew
                        // (updating it in place left stale form controls behind).
                        Ok(Some(t)) => {
                            let key = version();
                            view! {
                                <For each=move || std::iter::once((key, t.clone())) key=|(k, _)| *k let((_, t))>
                                    <Conversation thread=t actions />
                                </For>
                            }
                            .into_any()
                        }
                        Ok(None) => view! {
                            <h2 id="reacties-title">{t!(lang, "comments-heading")}</h2>
                            <p><a href="/inloggen">{t!(lang, "comments-sign-in")}</a></p>
                        }.into_any(),
                        Err(e) => view! {
                            <h2 id="reacties-title">{t!(lang, "comments-heading")}</h2>
                            <p class="notice notice-error">{e.message(lang)}</p>
                        }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn Conversation(thread: Thread, actions: Actions) -> impl IntoView {
    let lang = use_lang();
    let Thread { proposal, comments, count, can_comment, can_moderate, nudge, .. } = thread;
    let composer = NodeRef::<leptos::html::Form>::new();
    clear_after_post(actions.post, composer);
    view! {
        <h2 id="reacties-title">{t!(lang, "comments-title", count = count)}</h2>
        <FormError error=action_error(actions.delete) />
        <FormError error=action_error(actions.report) />
        <FormError error=action_error(actions.moderate) />
        {can_moderate.then(|| view! { <p><a href="/meedoen/meldingen">{t!(lang, "comments-review-link")}</a></p> })}
        {if comments.is_empty() {
            view! { <p>{t!(lang, "comments-empty")}</p> }.into_any()
        } else {
            view! {
                <ol class="comment-list">
                    {comments.into_iter().map(|c| view! { <CommentItem comment=c proposal can_comment can_moderate actions /> }).collect_view()}
                </ol>
            }.into_any()
        }}
        {if can_comment {
            view! {
                <div class="comment-composer">
                    {nudge.map(|n| view! {
                        <p class="notice notice-info comment-nudge">{t!(lang, "comment-nudge", mine = n.mine, total = n.total)}</p>
                    })}
                    <FormError error=action_error(actions.post) />
                    <ActionForm action=actions.post node_ref=composer>
                        <input type="hidden" name="proposal" value=proposal.0 />
                        <input type="hidden" name="parent" value="" />
                        <div class="field">
                            <label for="reactie-tekst">{t!(lang, "comment-label")}</label>
                            <p class="hint" id="reactie-tekst-hint">{t!(lang, "comment-hint")}</p>
                            <textarea id="reactie-tekst" name="body" rows="4" maxlength="2000" required aria-describedby="reactie-tekst-hint"></textarea>
                        </div>
                        <button type="submit" class="button">{t!(lang, "comment-post")}</button>
                    </ActionForm>
                </div>
            }.into_any()
        } else {
            view! { <p class="hint">{t!(lang, "comments-closed")}</p> }.into_any()
        }}
    }
}

/// One comment (or reply) with what the visitor can do with it.
#[component]
fn CommentItem(comment: CommentView, proposal: ProposalId, can_comment: bool, can_moderate: bool, actions: Actions) -> impl IntoView {
    let lang = use_lang();
    let CommentView { id, author, when, body, shown, mine, reported, open_reports, replies } = comment;
    let state = match &shown {
        Shown::Visible => None,
        Shown::Deleted => Some(view! { <p class="comment-state">{t!(lang, "comment-deleted")}</p> }.into_any()),
        Shown::Hidden { reason, by_reports } => Some(
            view! {
                <div class="comment-state">
                    <p>{if *by_reports { t!(lang, "comment-hidden-reports") } else { t!(lang, "comment-hidden") }}</p>
                    {(!reason.is_empty()).then(|| {
                        let r = reason.clone();
                        if can_moderate {
                            view! { <p>{t!(lang, "comment-hidden-for-residents", reason = r)}</p> }
                        } else {
                            view! { <p>{t!(lang, "comment-hidden-reason", reason = r)}</p> }
                        }
                    })}
                </div>
            }
            .into_any(),
        ),
    };
    let visible = shown == Shown::Visible;
    let hidden = matches!(shown, Shown::Hidden { .. });
    let deleted = shown == Shown::Deleted;
    let name = author.clone();
    let reply_ref = NodeRef::<leptos::html::Form>::new();
    clear_after_post(actions.post, reply_ref);
    let reply_form = (can_comment && !deleted && !hidden).then(move || {
        let author = name;
        let field = format!("antwoord-{}", id.0);
        view! {
            <details class="comment-tool">
                <summary>{t!(lang, "comment-reply")}<span class="visually-hidden">" " {author.clone()}</span></summary>
                <ActionForm action=actions.post node_ref=reply_ref>
                    <input type="hidden" name="proposal" value=proposal.0 />
                    <input type="hidden" name="parent" value=id.0 />
                    <div class="field">
                        <label for=field.clone()>{t!(lang, "comment-reply-label", name = author.clone())}</label>
                        <textarea id=field name="body" rows="3" maxlength="2000" required></textarea>
                    </div>
                    <button type="submit" class="button">{t!(lang, "comment-reply-post")}</button>
                </ActionForm>
            </details>
        }
    });
    let name = author.clone();
    let report_form = (!mine && visible).then(move || {
        let author = name;
        if reported {
            view! { <p class="meta">{t!(lang, "comment-reported")}</p> }.into_any()
        } else {
            view! {
                <details class="comment-tool">
                    <summary>{t!(lang, "comment-report")}<span class="visually-hidden">" " {author.clone()}</span></summary>
                    <ReportForm kind=TargetKind::Comment id=id.0 report=actions.report />
                </details>
            }
            .into_any()
        }
    });
    let delete_form = (mine && !deleted).then(|| view! {
        <ActionForm action=actions.delete>
            <input type="hidden" name="comment" value=id.0 />
            <button type="submit" class="button-link">{t!(lang, "comment-delete")}</button>
        </ActionForm>
    });
    let name = author.clone();
    let moderation = (can_moderate && !deleted).then(move || {
        let author = name;
        if hidden {
            view! {
                <ActionForm action=actions.moderate>
                    <input type="hidden" name="kind" value="reactie" />
                    <input type="hidden" name="id" value=id.0 />
                    <input type="hidden" name="decision" value="in_orde" />
                    <input type="hidden" name="reason" value="" />
                    <button type="submit" class="button button-secondary">
                        {t!(lang, "comment-unhide")}<span class="visually-hidden">" " {author.clone()}</span>
                    </button>
                </ActionForm>
            }
            .into_any()
        } else {
            view! { <HideForm kind=TargetKind::Comment id=id.0 label=author.clone() moderate=actions.moderate /> }.into_any()
        }
    });
    view! {
        <li class="comment" id=format!("reactie-{}", id.0)>
            <article class="comment-card">
                <p class="comment-meta"><strong>{author.clone()}</strong> " · " <span>{when}</span></p>
                {state}
                {(!body.is_empty()).then(|| view! { <Body pieces=body /> })}
                {(open_reports > 0).then(|| view! { <p class="status">{t!(lang, "comment-open-reports", count = open_reports)}</p> })}
                <div class="comment-actions">
                    {reply_form}
                    {report_form}
                    {delete_form}
                    {moderation}
                </div>
            </article>
            {(!replies.is_empty()).then(|| view! {
                <ol class="comment-replies">
                    {replies.into_iter().map(|r| view! { <CommentItem comment=r proposal can_comment=false can_moderate actions /> }.into_any()).collect_view()}
                </ol>
            })}
        </li>
    }
}

/// Why something is reported: a short choice and an optional note.
#[component]
fn ReportForm(kind: TargetKind, id: i64, report: ServerAction<Report>) -> impl IntoView {
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
fn HideForm(kind: TargetKind, id: i64, label: String, moderate: ServerAction<Moderate>) -> impl IntoView {
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
        <Title text=t!(lang, "reported-title") />
        <p class="breadcrumb"><a href="/meedoen">{t!(lang, "nav-participate")}</a></p>
        <h1>{t!(lang, "reported-title")}</h1>
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
            {item.hidden.clone().map(|reason| view! { <p class="status">{t!(lang, "reported-hidden-now", reason = reason)}</p> })}
            <p><a href=link>{t!(lang, "reported-open")}<span class="visually-hidden">": " {heading.clone()}</span></a></p>
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
