//! SQL for the holds of agenda activities on a room: reservations of kind `activiteit`.
//! Which room an activity takes place in is the agenda's to record.

use crate::db::Tx;
use crate::error::AppResult;

/// Cancels the reservations an activity holds (when it is cancelled, moved or leaves the room).
pub async fn release_activity(tx: &mut Tx, activity: i64, now: i64) -> AppResult<()> {
    sqlx::query(
        "UPDATE reservations SET status = 'geannuleerd', updated_at = $1 WHERE activity_id = $2 AND status = 'bevestigd'",
    )
    .bind(now)
    .bind(activity)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
