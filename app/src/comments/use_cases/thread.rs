//! The conversation under a proposal: comments oldest first, replies under their comment.

use super::super::model::{CommentView, Shown, TargetKind, Thread};
use super::super::{present, rules, store};
use crate::accounts::model::Role;
use crate::auth::SessionUser;
use crate::db::Db;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::proposals::service::{ProposalFacts, settings};
use std::collections::HashMap;

/// The thread as `user` (with `role` in the proposal's buurt) may see it.
pub async fn thread(db: &Db, user: &SessionUser, (proposal, role): (&ProposalFacts, Role), lang: Lang) -> AppResult<Thread> {
    let moderator = crate::auth::can_moderate(user, proposal.buurt).is_ok();
    let id = proposal.id.0;
    let hidden_from_me = rules::thread_hidden(proposal.hidden_reason.is_some(), moderator);
    let rows = if hidden_from_me { Vec::new() } else { store::thread(db, id).await? };
    let mine_reported = store::my_reports(db, user.id, id).await?;
    let reported = |kind: &str, id: i64| mine_reported.iter().any(|(k, i)| k == kind && *i == id);
    let open: HashMap<i64, i64> = if moderator { store::open_reports_in_thread(db, id).await?.into_iter().collect() } else { Default::default() };
    let view = |r: &store::CommentRow| {
        let flags = present::Flags { moderator, reported: reported("reactie", r.id), open_reports: open.get(&r.id).copied().unwrap_or(0) };
        present::comment(r, user, flags, lang)
    };
    let mut comments: Vec<CommentView> = Vec::new();
    for r in rows.iter().filter(|r| r.parent_id.is_none()) {
        let mut top = view(r);
        top.replies = rows.iter().filter(|c| c.parent_id == Some(r.id)).map(view).collect();
        comments.push(top);
    }
    for top in &mut comments {
        tell_author(db, top, lang).await?;
        for reply in &mut top.replies {
            tell_author(db, reply, lang).await?;
        }
    }
    let live: Vec<&store::CommentRow> = rows.iter().filter(|r| r.deleted_at.is_none()).collect();
    let count = live.len() as i64;
    let can_comment = !hidden_from_me && !proposal.comments_closed;
    let nudge = if can_comment && !role.is_staff() {
        let mine = live.iter().filter(|r| r.author_id == Some(user.id.0)).count() as i64;
        rules::nudge(&settings(db, proposal.buurt).await?, mine, count)
    } else {
        None
    };
    Ok(Thread { proposal: proposal.id, comments, count, can_comment, can_moderate: moderator, nudge, proposal_reported: reported("voorstel", id) })
}

/// On their own comment that reports hide, its author reads since when the commissie looks at it.
async fn tell_author(db: &Db, c: &mut CommentView, lang: Lang) -> AppResult<()> {
    if c.mine && matches!(c.shown, Shown::Hidden { by_reports: true, .. }) {
        c.held_since = store::hold_of(db, (TargetKind::Comment, c.id.0)).await?.map(|h| present::since_label(h.hidden_at, lang));
    }
    Ok(())
}
