//! Approve or decline a pending request, with a reason the resident sees. Approving checks
//! every rule again, and refuses when another reservation was confirmed meanwhile.

use super::checks;
use crate::i18n::Lang;
use crate::accounts::model::UserId;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppError, AppResult, Problem};
use crate::rooms::model::{Decision, ReservationId, ReservationStatus, RoomId};
use crate::rooms::rules;
use crate::rooms::store::{self, Party};
use crate::rooms::time::wanted;

/// A parsed decision.
#[derive(Clone)]
pub struct DecisionInput {
    pub reservation: ReservationId,
    pub decision: Decision,
    pub reason: String,
    /// The language of refusals.
    pub lang: Lang,
}

pub async fn decide(tx: &mut Tx, actor: &SessionUser, input: DecisionInput, now: i64) -> AppResult<()> {
    let DecisionInput { reservation: id, decision, reason, lang } = input;
    let row = store::reservation(&mut **tx, id).await?.ok_or(AppError::NotFound)?;
    if ReservationStatus::parse(&row.status)? != ReservationStatus::Pending {
        return Err(Problem::RoomNotPending.into());
    }
    let room = store::room(&mut **tx, RoomId(row.room_id)).await?.ok_or(AppError::NotFound)?;
    let (status, approved) = match decision {
        Decision::Approve => {
            let w = wanted(row.starts_at, row.ends_at);
            rules::check_basic(&w, now)?;
            checks::not_closed(tx, RoomId(room.id), &w, lang).await?;
            checks::open_then(tx, RoomId(room.id), &w).await?;
            checks::free(tx, RoomId(room.id), &w, Some(id), lang).await?;
            let party = row.household_id.map(Party::Household).unwrap_or(Party::User(UserId(row.user_id)));
            checks::within_quota(tx, &room, party, &w, now, Some(id)).await?;
            (ReservationStatus::Confirmed, true)
        }
        Decision::Decline => (ReservationStatus::Declined, false),
    };
    store::set_status(tx, id, status, actor.id, &reason, now).await?;
    let (purpose, starts_at, ends_at) = (row.purpose.clone(), row.starts_at, row.ends_at);
    let notice = if approved {
        crate::notifications::model::Notice::RoomApproved { purpose, starts_at, ends_at }
    } else {
        crate::notifications::model::Notice::RoomDeclined { purpose, starts_at, ends_at, reason }
    };
    crate::notifications::service::notify(tx, UserId(row.user_id), notice, "/ontmoetingsruimte/mijn", now).await?;
    Ok(())
}
