//! The maker (or staff of the buurt) cancels a reservation that has not started yet; when
//! staff cancel someone else's, the maker is told. The sociaal werker can also cancel for
//! the maker ("namens"), as if the maker pressed the button.

use crate::accounts::model::UserId;
use crate::auth::{Acting, SessionUser};
use crate::db::Tx;
use crate::error::{AppError, AppResult, Problem};
use crate::rooms::model::{ReservationId, ReservationStatus};
use crate::rooms::store;

/// Cancels; true when it was still live (false: nothing to do, it was already over).
pub async fn cancel(tx: &mut Tx, actor: &SessionUser, id: ReservationId, now: i64) -> AppResult<bool> {
    let row = store::reservation(&mut **tx, id).await?.ok_or(AppError::NotFound)?;
    if !ReservationStatus::parse(&row.status)?.is_live() {
        return Ok(false);
    }
    if row.starts_at <= now {
        return Err(Problem::ReservationStarted.into());
    }
    store::set_status(tx, id, ReservationStatus::Cancelled, actor.id, "", now).await?;
    if row.user_id != actor.id.0 {
        let notice = crate::notifications::model::Notice::RoomCancelled { purpose: row.purpose.clone(), starts_at: row.starts_at, ends_at: row.ends_at };
        crate::notifications::service::notify(tx, UserId(row.user_id), notice, "/ontmoetingsruimte/mijn", now).await?;
    }
    Ok(true)
}

/// Cancels for whom `acting` is about: their own reservation (the caller checked that), or
/// as staff. When a staff member helped the maker and it was still live, the help is
/// recorded and the maker told (twice is once).
pub async fn cancel_for(tx: &mut Tx, acting: &Acting, id: ReservationId, now: i64) -> AppResult<()> {
    let row = store::reservation(&mut **tx, id).await?.ok_or(AppError::NotFound)?;
    if !cancel(tx, &acting.resident, id, now).await? {
        return Ok(());
    }
    let subject = format!("{}: {}", row.room_name, row.purpose);
    crate::on_behalf::service::record(tx, acting, crate::on_behalf::model::Act::RoomCancel, &subject, "/ontmoetingsruimte/mijn", now).await
}
