//! SQL for the holds of agenda activities on a room.

use crate::accounts::model::BuurtId;
use crate::db::{Db, Tx};
use crate::error::AppResult;
use crate::rooms::model::RoomId;
use sqlx::Any;

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

/// Records which room an activity takes place in.
pub async fn set_activity_room(tx: &mut Tx, activity: i64, room: Option<RoomId>) -> AppResult<()> {
    sqlx::query("UPDATE activities SET room_id = $1 WHERE id = $2")
        .bind(room.map(|r| r.0))
        .bind(activity)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The room an activity takes place in.
pub async fn activity_room<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, activity: i64) -> AppResult<Option<RoomId>> {
    Ok(sqlx::query_scalar::<_, Option<i64>>("SELECT room_id FROM activities WHERE id = $1")
        .bind(activity)
        .fetch_optional(ex)
        .await?
        .flatten()
        .map(RoomId))
}

/// Activities of a buurt, not cancelled, whose place is the name of a room (for linking the
/// agenda to a room that is added later): (id, title, start, end), by start.
pub async fn activities_at(db: &Db, buurt: BuurtId, place: &str) -> AppResult<Vec<(i64, String, i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT id, title, starts_at, ends_at FROM activities WHERE buurt_id = $1 AND place = $2 \
         AND cancelled_at IS NULL AND room_id IS NULL ORDER BY starts_at",
    )
    .bind(buurt.0)
    .bind(place)
    .fetch_all(db)
    .await?)
}

