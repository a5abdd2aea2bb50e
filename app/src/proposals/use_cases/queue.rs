//! The commissie's reading: the queue (with each proposer's activity of the last 30 days)
//! and the public moderation log.

use super::super::model::{LogItem, Queue, Target};
use super::super::rules::{self, QueuePlace};
use super::super::{present, store};
use crate::accounts::model::{BuurtId, UserId};
use crate::auth::SessionUser;
use crate::db::Db;
use crate::error::AppResult;
use crate::i18n::Lang;

/// How far back the queue looks at a proposer's activity.
const RECENT: i64 = 30 * 24 * 3600;

/// New proposals oldest first, those waiting for changes, accepted and planned ones, hidden ones.
pub async fn queue(db: &Db, user: &SessionUser, buurt: BuurtId, lang: Lang, now: i64) -> AppResult<Queue> {
    let since = now - RECENT;
    let mut queue = Queue { new: Vec::new(), waiting: Vec::new(), running: Vec::new(), hidden: Vec::new() };
    for row in store::proposals_of_buurt(db, buurt).await? {
        let list = match rules::queue_place(row.hidden_at.is_some(), row.status()?) {
            Some(QueuePlace::Hidden) => &mut queue.hidden,
            Some(QueuePlace::New) => &mut queue.new,
            Some(QueuePlace::Waiting) => &mut queue.waiting,
            Some(QueuePlace::Running) => &mut queue.running,
            None => continue,
        };
        let recent = match row.author_id {
            Some(a) => recent_activity(db, UserId(a), since).await?,
            None => (0, 0),
        };
        list.push(present::queue_item(&row, user.id, lang, recent)?);
    }
    Ok(queue)
}

/// How many proposals and comments a user wrote since `since`.
async fn recent_activity(db: &Db, user: UserId, since: i64) -> AppResult<(i64, i64)> {
    let proposals = store::proposals_since(db, user, since).await?;
    let comments = crate::comments::service::written_since(db, user, since).await?;
    Ok((proposals, comments))
}

/// The public moderation log of a buurt, newest first, as the visitor may see it.
pub async fn log(db: &Db, buurt: BuurtId, moderator: bool, lang: Lang) -> AppResult<Vec<LogItem>> {
    let entries = store::log(db, buurt, 200).await?;
    let comment_ids: Vec<i64> = entries.iter().filter(|e| e.target_kind == Target::Comment.code()).map(|e| e.target_id).collect();
    let comments = crate::comments::service::places(db, &comment_ids).await?;
    let proposal_of = |e: &store::LogEntryRow| match e.target_kind == Target::Comment.code() {
        true => comments.get(&e.target_id).map(|c| c.proposal.0),
        false => Some(e.target_id),
    };
    let proposal_ids: Vec<i64> = entries.iter().filter_map(proposal_of).collect();
    let hidden = store::hidden_states(db, &proposal_ids).await?;
    let mut items = Vec::new();
    for entry in entries {
        let proposal_id = proposal_of(&entry).filter(|id| hidden.contains_key(id));
        let proposal_hidden = proposal_id.and_then(|id| hidden.get(&id).copied().flatten());
        let comment_hidden = comments.get(&entry.target_id).filter(|_| entry.target_kind == Target::Comment.code()).and_then(|c| c.hidden_at);
        let row = store::LogRow { entry, proposal_id, proposal_hidden, comment_hidden };
        items.push(present::log_item(lang, moderator, row)?);
    }
    Ok(items)
}
