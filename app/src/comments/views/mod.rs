//! The comment section of a proposal page, reporting a proposal, and the commissie's review
//! of what residents reported. Every action is a real form, so all of it works without
//! JavaScript (the server sends the visitor back to the conversation).

use crate::comments::api::{DeleteComment, Moderate, PostComment, Report, get_comments};
use crate::comments::model::{CommentView, Piece, Shown, TargetKind, Thread};
use crate::components::{FormError, action_error};
use crate::i18n::use_lang;
use crate::proposals::model::ProposalId;
use crate::t;
use leptos::prelude::*;
use crate::components::successes;

mod forms;
mod reports;

use forms::{HideForm, ReportForm};
pub use forms::ReportProposal;
pub use reports::ReportsPage;

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
    let CommentView { id, author, when, body, shown, mine, reported, open_reports, held_since, replies } = comment;
    let state = match (&shown, held_since) {
        (Shown::Hidden { .. }, Some(since)) => Some(
            view! { <p class="comment-state" role="status">{t!(lang, "report-held-author", since = since)}</p> }.into_any(),
        ),
        (shown, _) => hidden_state(shown, can_moderate, lang),
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


/// What residents and the commissie see instead of a removed or hidden comment's text.
fn hidden_state(shown: &Shown, can_moderate: bool, lang: crate::i18n::Lang) -> Option<AnyView> {
    match shown {
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
    }
}
