//! Staff close a room on a date (holiday, maintenance). Residents' reservations that day are
//! cancelled and their makers told.

use crate::accounts::model::UserId;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::rooms::model::{ReservationId, ReservationStatus, RoomId};
use crate::rooms::store;
use crate::time::{day_bounds, local_date};
use jiff::civil::Date;

/// A parsed closed day.
#[derive(Clone)]
pub struct ClosedDay {
    pub room: RoomId,
    pub day: Date,
    pub reason: String,
}

/// Returns how many reservations were cancelled.
pub async fn close_day(tx: &mut Tx, actor: &SessionUser, input: ClosedDay, now: i64) -> AppResult<usize> {
    let ClosedDay { room, day, reason } = input;
    if day < local_date(now) {
        return Err(Problem::StartInPast.into());
    }
    let (from, to) = day_bounds(day);
    store::add_closed_day(tx, room, &day.to_string(), &reason, now).await?;
    let affected = store::live_resident_between(tx, room, from, to).await?;
    for (reservation, maker, purpose) in &affected {
        store::set_status(tx, ReservationId(*reservation), ReservationStatus::Cancelled, actor.id, &reason, now).await?;
        // A moment in the middle of the closed day: its local date is what the notice shows.
        let notice = crate::notifications::model::Notice::RoomClosed { purpose: purpose.clone(), day: from + 12 * 3600, reason: reason.clone() };
        crate::notifications::service::notify(tx, UserId(*maker), notice, "/ontmoetingsruimte/mijn", now).await?;
    }
    Ok(affected.len())
}
