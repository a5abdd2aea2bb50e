//! A resident asks for the room: confirmed at once when the rules allow, pending when the
//! committee must approve; refused with the rule and what is still possible otherwise. Staff
//! reserve without the resident rules (a block, counted against no household).

use super::checks;
use crate::accounts::model::BuurtId;
use crate::auth::{Acting, SessionUser, can_manage_rooms};
use crate::db::Tx;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::rooms::model::{Access, ReservationKind, ReservationStatus, RoomId};
use crate::rooms::rules::{self, Wanted};
use crate::rooms::store::{self, Party, RoomRow};

/// A parsed reservation request.
#[derive(Clone)]
pub struct ReservationRequest {
    pub room: RoomRow,
    pub wanted: Wanted,
    pub purpose: String,
    pub access: Access,
    pub people: i64,
    /// The language of refusals.
    pub lang: Lang,
}

pub async fn request(tx: &mut Tx, actor: &SessionUser, input: ReservationRequest, now: i64) -> AppResult<ReservationStatus> {
    let ReservationRequest { room, wanted: w, purpose, access, people, lang } = input;
    let staff = can_manage_rooms(actor, BuurtId(room.buurt_id)).is_ok();
    let (id, r) = (RoomId(room.id), room.rules());
    rules::check_basic(&w, now)?;
    rules::check_people(&r, people)?;
    if !staff {
        rules::check_rules(&r, &w, now).map_err(AppError::Limit)?;
    }
    let household = store::household_of(&mut **tx, actor.id).await?;
    let party = household.map(Party::Household).unwrap_or(Party::User(actor.id));
    checks::not_closed(tx, id, &w, lang).await?;
    checks::open_then(tx, id, &w).await?;
    checks::free(tx, id, &w, None, lang).await?;
    if !staff {
        checks::within_quota(tx, &room, party, &w, now, None).await?;
    }
    let status = if !staff && rules::needs_approval(&r, &w, access) { ReservationStatus::Pending } else { ReservationStatus::Confirmed };
    let reservation = store::NewReservation {
        room: id,
        household: if staff { None } else { household },
        user: actor.id,
        purpose: &purpose,
        private: access == Access::Private,
        people,
        starts_at: w.start,
        ends_at: w.end,
        status,
        kind: if staff { ReservationKind::Block } else { ReservationKind::Resident },
        activity: None,
        series: None,
    };
    store::insert_reservation(tx, reservation, now).await?;
    Ok(status)
}

/// Asks for the room for the resident, with the resident's rules and quota as if they asked
/// themself; when a staff member helped, the help is recorded and the resident told.
pub async fn request_for(tx: &mut Tx, acting: &Acting, input: ReservationRequest, now: i64) -> AppResult<ReservationStatus> {
    acting.within(BuurtId(input.room.buurt_id))?;
    let subject = format!("{}: {}", input.room.name, input.purpose);
    let status = request(tx, &acting.resident, input, now).await?;
    crate::on_behalf::service::record(tx, acting, crate::on_behalf::model::Act::RoomRequest, &subject, "/ontmoetingsruimte/mijn", now).await?;
    Ok(status)
}
