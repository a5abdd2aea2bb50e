//! Writing: a comment or reply, removing one's own, reporting.

use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::super::model::{CommentId, ReportReason, TargetKind, parse_body, parse_note},
    super::super::use_cases::{access::access, access::target_access, report as reports, write},
    super::super::{rules, store},
    super::{back_to, back_with_error},
    crate::auth::caller,
    crate::db::now,
    crate::error::{InField, Problem},
};

/// Writes a comment, or a reply when `parent` is a comment id (a reply to a reply goes under
/// the top-level comment). Refused with the moment it is possible again when slow mode says so.
#[server(prefix = "/api", endpoint = "reactie-plaatsen")]
pub async fn post_comment(proposal: i64, parent: String, body: String) -> Result<(), AppError> {
    use leptos::server_fn::ServerFn;
    match write_comment(proposal, parent, body).await {
        Ok(id) => {
            back_to(proposal, &format!("reactie-{}", id.0));
            Ok(())
        }
        Err(e) => {
            back_with_error(proposal, PostComment::PATH, &e);
            Err(e)
        }
    }
}

/// The work of [`post_comment`]: sign in, check, parse, write.
#[cfg(feature = "ssr")]
async fn write_comment(proposal: i64, parent: String, body: String) -> Result<CommentId, AppError> {
    let (user, state) = caller().await?;
    let (facts, role) = access(&state.db, &user, proposal).await?;
    if rules::thread_hidden(facts.hidden_reason.is_some(), crate::auth::can_moderate(&user, facts.buurt).is_ok()) {
        return Err(AppError::NotFound);
    }
    if facts.comments_closed {
        return Err(Problem::CommentsClosed.into());
    }
    let body = parse_body(&body).field("body")?;
    let parent = match parent.trim() {
        "" => None,
        id => {
            let id: i64 = id.parse().map_err(|_| Problem::Unknown)?;
            let p = store::comment(&state.db, id).await?.filter(|c| c.proposal_id == proposal).ok_or(Problem::Unknown)?;
            Some(rules::reply_parent(p.id, p.parent_id))
        }
    };
    let household = store::household_of(&state.db, user.id).await?;
    let lang = crate::i18n::request_lang();
    let comment = write::NewComment { proposal, buurt: facts.buurt, role, parent, household, body, lang };
    let id = in_write!(&state.db, |tx| write::post(tx, &user, comment.clone(), now()))?;
    Ok(id)
}

/// The author removes their own comment; it then shows as "verwijderd".
#[server(prefix = "/api", endpoint = "reactie-verwijderen")]
pub async fn delete_comment(comment: i64) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let row = store::comment(&state.db, comment).await?.ok_or(AppError::NotFound)?;
    if row.author_id != Some(user.id.0) {
        return Err(AppError::Forbidden);
    }
    access(&state.db, &user, row.proposal_id).await?;
    in_write!(&state.db, |tx| write::delete(tx, &user, comment, now()))?;
    back_to(row.proposal_id, "reacties");
    Ok(())
}

/// A resident reports a comment or a proposal. Reports from one household count once; at the
/// buurt's threshold of households the item is hidden until the commissie looks at it.
#[server(prefix = "/api", endpoint = "melden")]
pub async fn report(kind: String, id: i64, reason: String, note: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let kind = TargetKind::parse(&kind)?;
    let (proposal, _comment, _role) = target_access(&state.db, &user, kind, id).await?;
    let reason = ReportReason::parse(&reason)?;
    let note = parse_note(&note)?;
    let household = store::household_of(&state.db, user.id).await?;
    let new = reports::NewReport { proposal: &proposal, kind, id, reason, note, household };
    in_write!(&state.db, |tx| reports::report(tx, &user, new.clone(), now()))?;
    back_to(proposal.id.0, if kind == TargetKind::Comment { "reacties" } else { "melden-voorstel" });
    Ok(())
}
