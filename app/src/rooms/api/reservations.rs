//! Residents request and cancel reservations; the committee and staff decide on requests.

use crate::error::AppError;
use crate::rooms::model::ReservationStatus;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::visible_room,
    crate::accounts::model::BuurtId,
    crate::auth::{acting_for, caller, can_decide_room_requests, can_manage_rooms, hide_refusal, require_user},
    crate::db::now,
    crate::error::{InField, Problem},
    crate::i18n::request_lang,
    crate::rooms::model::{Access, Decision, ReservationId},
    crate::rooms::store,
    crate::rooms::time::parse_wanted,
    crate::rooms::use_cases::{self, DecisionInput, ReservationRequest},
    crate::state::app_state,
    crate::text::parse_text,
};

/// A resident (or, with `namens`, the sociaal werker for them) asks for the room: confirmed at once when the rules allow, pending when the
/// committee must approve; refused with the rule and what is still possible otherwise.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "ruimte-reserveren")]
pub async fn request_reservation(
    room: i64,
    date: String,
    from: String,
    to: String,
    purpose: String,
    access: String,
    people: String,
    namens: Option<i64>,
) -> Result<ReservationStatus, AppError> {
    let state = app_state()?;
    let acting = acting_for(&state.db, require_user().await?, namens).await?;
    let room = visible_room(&acting.resident, room).await?;
    let purpose = parse_text(&purpose, 3, 80, false).field("purpose")?;
    let access = Access::parse(&access).field("access")?;
    let people = people.trim().parse::<i64>().map_err(|_| Problem::CapacityInvalid)?;
    let wanted = parse_wanted(&date, &from, &to)?;
    let input = ReservationRequest { room, wanted, purpose, access, people, lang: request_lang() };
    let status = in_write!(&state.db, |tx| use_cases::request_for(tx, &acting, input.clone(), now()))?;
    leptos_axum::redirect(&crate::on_behalf::service::back_to(&acting, "/ontmoetingsruimte/mijn"));
    Ok(status)
}

/// The maker (or staff of the buurt) cancels a reservation that has not started yet. With
/// `namens`, the sociaal werker cancels one of the resident's own, as if they pressed it.
#[server(prefix = "/api", endpoint = "reservering-annuleren")]
pub async fn cancel_reservation(reservation: i64, namens: Option<i64>) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let acting = acting_for(&state.db, user, namens).await?;
    let id = ReservationId(reservation);
    let row = store::reservation(&state.db, id).await?.ok_or(AppError::NotFound)?;
    let buurt = BuurtId(row.buurt_id);
    hide_refusal(acting.within(buurt))?;
    if row.user_id != acting.resident.id.0 {
        hide_refusal(can_manage_rooms(&acting.resident, buurt))?;
    }
    in_write!(&state.db, |tx| use_cases::cancel_for(tx, &acting, id, now()))?;
    crate::on_behalf::service::return_helper(&acting);
    Ok(())
}

/// Approve or decline a pending request, with a reason the resident sees. Approving checks
/// every rule again, and refuses when another reservation was confirmed meanwhile.
#[server(prefix = "/api", endpoint = "reservering-beslissen")]
pub async fn decide_reservation(reservation: i64, decision: String, reason: String) -> Result<(), AppError> {
    let (user, state) = caller().await?;
    let id = ReservationId(reservation);
    let row = store::reservation(&state.db, id).await?.ok_or(AppError::NotFound)?;
    hide_refusal(can_decide_room_requests(&user, BuurtId(row.buurt_id)))?;
    let decision = Decision::parse(&decision)?;
    let reason = match decision {
        Decision::Approve => parse_text(&reason, 0, 300, false).field("reason")?,
        Decision::Decline => parse_text(&reason, 3, 300, false).field("reason")?,
    };
    let input = DecisionInput { reservation: id, decision, reason, lang: request_lang() };
    in_write!(&state.db, |tx| use_cases::decide(tx, &user, input.clone(), now()))
}
