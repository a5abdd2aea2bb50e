//! Staff cancel an activity with a reason; the room it held is freed and everyone signed up
//! or waiting is told.

use crate::agenda::model::ActivityId;
use crate::agenda::store::{self, ActivityRow};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;

/// A stored activity and why it is cancelled.
pub struct CancelInput<'a> {
    pub activity: &'a ActivityRow,
    pub reason: String,
}

pub async fn cancel(tx: &mut Tx, _actor: &SessionUser, input: CancelInput<'_>, now: i64) -> AppResult<()> {
    let CancelInput { activity: row, reason } = input;
    if row.cancelled_at.is_some() {
        return Ok(());
    }
    let activity = ActivityId(row.id);
    store::cancel(tx, activity, &reason, now).await?;
    crate::rooms::service::release_for_activity(tx, activity.0, now).await?;
    let link = format!("/agenda/{}", activity.0);
    for person in store::people_of(tx, activity).await? {
        crate::notifications::service::notify(tx, person, crate::notifications::model::Notice::ActivityCancelled { title: row.title.clone(), reason: reason.clone() }, &link, now).await?;
    }
    Ok(())
}
