//! The checks a reservation passes inside the write transaction: not on a closed day,
//! within the opening hours, free, and within the household's quota.

use crate::db::Tx;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::rooms::model::{Limit, ReservationId, RoomId};
use crate::rooms::rules::{self, Wanted};
use crate::rooms::store::{self, Party, RoomRow};
use crate::time::{date_label, local_date, month_bounds, when_label};

/// Refuses when the room is closed that day.
pub async fn not_closed(tx: &mut Tx, room: RoomId, w: &Wanted, lang: Lang) -> AppResult<()> {
    let date = local_date(w.start);
    match store::closed_day(&mut **tx, room, &date.to_string()).await? {
        Some(reason) => Err(AppError::Limit(Limit::ClosedDay { when: date_label(date, lang), reason })),
        None => Ok(()),
    }
}

/// Refuses when the time falls outside the opening hours of its weekday.
pub async fn open_then(tx: &mut Tx, room: RoomId, w: &Wanted) -> AppResult<()> {
    rules::check_open(store::hours(&mut **tx, room).await?[(w.weekday - 1) as usize], w).map_err(AppError::Limit)
}

/// Refuses when a confirmed reservation (other than `except`) holds the room then.
pub async fn free(tx: &mut Tx, room: RoomId, w: &Wanted, except: Option<ReservationId>, lang: Lang) -> AppResult<()> {
    match store::first_overlap(tx, room, w.start, w.end, except).await? {
        Some((s, e)) => Err(AppError::Limit(Limit::Taken { when: when_label(s, e, lang) })),
        None => Ok(()),
    }
}

/// Refuses when the household's quota would be exceeded (`except`: the request being approved).
pub async fn within_quota(tx: &mut Tx, room: &RoomRow, party: Party, w: &Wanted, now: i64, except: Option<ReservationId>) -> AppResult<()> {
    let (used, future) = store::usage(tx, RoomId(room.id), party, month_bounds(w.start), now, except).await?;
    rules::check_quota(&room.rules(), used, future, w.minutes()).map_err(AppError::Limit)
}
