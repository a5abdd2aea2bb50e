//! An agenda activity in a room holds it: inside the publishing transaction, refuses when
//! the room is of another buurt, closed that day or taken; otherwise reserves it. A
//! cancelled or moved activity lets go. Which room an activity takes place in, the agenda
//! records.

use super::checks;
use crate::accounts::model::{BuurtId, UserId};
use crate::db::Tx;
use crate::error::{AppError, AppResult};
use crate::i18n::request_lang;
use crate::rooms::model::{ReservationKind, ReservationStatus, RoomId};
use crate::rooms::store::{self, NewReservation};
use crate::rooms::time::wanted;

/// An activity that takes place in a room.
pub struct Hold<'a> {
    pub buurt: BuurtId,
    pub room: RoomId,
    pub activity: i64,
    pub title: &'a str,
    pub start: i64,
    pub end: i64,
    pub organiser: UserId,
}

pub async fn hold_for_activity(tx: &mut Tx, hold: Hold<'_>, now: i64) -> AppResult<()> {
    let row = store::room(&mut **tx, hold.room).await?.ok_or(AppError::Forbidden)?;
    if row.buurt_id != hold.buurt.0 {
        return Err(AppError::Forbidden);
    }
    let lang = request_lang();
    let w = wanted(hold.start, hold.end);
    checks::not_closed(tx, hold.room, &w, lang).await?;
    checks::free(tx, hold.room, &w, None, lang).await?;
    let reservation = NewReservation {
        room: hold.room,
        household: None,
        user: hold.organiser,
        purpose: hold.title,
        private: false,
        people: 0,
        starts_at: hold.start,
        ends_at: hold.end,
        status: ReservationStatus::Confirmed,
        kind: ReservationKind::Activity,
        activity: Some(hold.activity),
        series: None,
    };
    store::insert_reservation(tx, reservation, now).await?;
    Ok(())
}

/// Lets go of the room an activity held (cancelled, moved, or no longer in a room).
pub async fn release_for_activity(tx: &mut Tx, activity: i64, now: i64) -> AppResult<()> {
    store::release_activity(tx, activity, now).await
}
