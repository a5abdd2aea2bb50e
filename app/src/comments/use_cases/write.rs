//! Writing a comment or reply (slow mode checked in the same write transaction, so twenty
//! presses at once store one comment) and removing one's own.
//!
//! Staff (sociaal werker, beheerder) are not slowed down: they answer questions. The commissie
//! is: its members are residents too, and the limits are about any few voices dominating.

use super::super::model::CommentId;
use super::super::{present, rules, store};
use crate::accounts::model::{BuurtId, Role};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::proposals::service::settings;

/// A checked comment, ready to store.
#[derive(Clone)]
pub struct NewComment {
    pub proposal: i64,
    pub buurt: BuurtId,
    /// The writer's role in the buurt (staff are not slowed down).
    pub role: Role,
    /// The top-level comment it replies to.
    pub parent: Option<i64>,
    pub household: Option<i64>,
    pub body: String,
    /// The language of a refusal's message.
    pub lang: Lang,
}

/// Stores the comment unless slow mode refuses it now.
pub async fn post(tx: &mut Tx, actor: &SessionUser, c: NewComment, now: i64) -> AppResult<CommentId> {
    if !c.role.is_staff() {
        let limits = settings(&mut **tx, c.buurt).await?;
        let history = store::history(tx, actor.id, c.proposal, limits.comments_per_day, limits.consecutive_replies, now).await?;
        if let Err(refusal) = rules::slow_mode(&limits, &history, now) {
            return Err(present::slow_down(refusal, now, c.lang));
        }
    }
    let row = store::NewComment { proposal: c.proposal, parent: c.parent, author: actor.id, household: c.household, body: &c.body };
    store::insert_comment(tx, &row, now).await
}

/// Removes the actor's own comment: it then shows as "verwijderd".
pub async fn delete(tx: &mut Tx, _actor: &SessionUser, comment: i64, now: i64) -> AppResult<()> {
    store::mark_deleted(tx, comment, now).await
}
