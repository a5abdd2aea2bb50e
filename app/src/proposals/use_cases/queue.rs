//! The commissie's reading: the queue (with each proposer's activity of the last 30 days)
//! and the public moderation log.

use super::super::model::{LogItem, Queue};
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
    store::log(db, buurt, 200).await?.into_iter().map(|l| present::log_item(lang, moderator, l)).collect()
}
