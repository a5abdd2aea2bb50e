//! Staff close a room on a date (holiday, maintenance). Residents' reservations that day are
//! cancelled and their makers told.

use crate::accounts::model::UserId;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::i18n::Lang;
use crate::rooms::model::{ReservationId, ReservationStatus, RoomId};
use crate::rooms::store;
use crate::time::{date_label, day_bounds, local_date};
use jiff::civil::Date;

/// A parsed closed day.
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
    let when = date_label(day, Lang::Nl);
    for (reservation, maker, purpose) in &affected {
        store::set_status(tx, ReservationId(*reservation), ReservationStatus::Cancelled, actor.id, &reason, now).await?;
        let args = [("purpose", purpose.as_str()), ("when", when.as_str()), ("reason", reason.as_str())];
        crate::notifications::service::notify(tx, UserId(*maker), "note-room-closed", &args, "/ontmoetingsruimte/mijn").await?;
    }
    Ok(affected.len())
}
