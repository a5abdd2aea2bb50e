//! The maker (or staff of the buurt) cancels a reservation that has not started yet; when
//! staff cancel someone else's, the maker is told.

use crate::accounts::model::UserId;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppError, AppResult, Problem};
use crate::rooms::model::{ReservationId, ReservationStatus};
use crate::rooms::store;

pub async fn cancel(tx: &mut Tx, actor: &SessionUser, id: ReservationId, now: i64) -> AppResult<()> {
    let row = store::reservation(&mut **tx, id).await?.ok_or(AppError::NotFound)?;
    if !ReservationStatus::parse(&row.status)?.is_live() {
        return Ok(());
    }
    if row.starts_at <= now {
        return Err(Problem::ReservationStarted.into());
    }
    store::set_status(tx, id, ReservationStatus::Cancelled, actor.id, "", now).await?;
    if row.user_id != actor.id.0 {
        let notice = crate::notifications::model::Notice::RoomCancelled { purpose: row.purpose.clone(), starts_at: row.starts_at, ends_at: row.ends_at };
        crate::notifications::service::notify(tx, UserId(row.user_id), notice, "/ontmoetingsruimte/mijn", now).await?;
    }
    Ok(())
}
