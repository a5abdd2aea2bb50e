//! The room pages' reads: the rooms, the week of a room, one room, Mijn reserveringen, the
//! approval queue and the settings form.

use super::RoomSettingsData;
use crate::error::AppError;
use crate::rooms::model::{MyReservations, ReservationView, RoomInfo, RoomList, RoomWeek};
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::{managed_room, visible_room},
    crate::auth::{caller, can_decide_room_requests, can_manage_rooms, require_user},
    crate::db::now,
    crate::i18n::request_lang,
    crate::rooms::{model::RoomForm, queries},
    crate::state::app_state,
};

/// The rooms of the signed-in user's buurt.
#[server(prefix = "/api", endpoint = "ruimtes")]
pub async fn get_rooms() -> Result<RoomList, AppError> {
    let (user, state) = caller().await?;
    queries::room_list(&state.db, &user, request_lang(), now()).await
}

/// The week of a room from the Monday of `week` (`YYYY-MM-DD`; empty: this week): per day
/// the opening hours, what is taken (private ones only as "Besloten") and the free parts
/// that can still be requested.
#[server(prefix = "/api", endpoint = "ruimte-week")]
pub async fn get_room_week(room: i64, week: String) -> Result<RoomWeek, AppError> {
    let user = require_user().await?;
    let row = visible_room(&user, room).await?;
    let state = app_state()?;
    queries::room_week(&state.db, &row, &user, &week, (request_lang(), now())).await
}

/// One room with its rules (the request form and the staff page).
#[server(prefix = "/api", endpoint = "ruimte")]
pub async fn get_room(room: i64) -> Result<RoomInfo, AppError> {
    let user = require_user().await?;
    let row = visible_room(&user, room).await?;
    let state = app_state()?;
    queries::room_info(&state.db, &row, &user, request_lang(), now()).await
}

/// The signed-in user's reservations to come (and refused ones), and what their household
/// has left this month per room; while a staff member helps a resident, the resident's.
#[server(prefix = "/api", endpoint = "mijn-reserveringen")]
pub async fn get_my_reservations() -> Result<MyReservations, AppError> {
    let (user, state) = caller().await?;
    let user = crate::on_behalf::service::viewer(&state.db, user).await?;
    queries::my_reservations(&state.db, &user, request_lang(), now()).await
}

/// Pending requests in the buurten where the user decides (commissielid, sociaal werker,
/// beheerder), soonest first.
#[server(prefix = "/api", endpoint = "reserveringen-aanvragen")]
pub async fn get_requests() -> Result<Vec<ReservationView>, AppError> {
    let user = require_user().await?;
    let buurten: Vec<_> =
        user.memberships.iter().map(|m| m.buurt_id).filter(|b| can_decide_room_requests(&user, *b).is_ok()).collect();
    if buurten.is_empty() {
        return Err(AppError::Forbidden);
    }
    let state = app_state()?;
    queries::requests(&state.db, &buurten, request_lang(), now()).await
}

/// The settings form of a room (room 0: a new room for the staff member's buurt).
#[server(prefix = "/api", endpoint = "ruimte-instellingen-formulier")]
pub async fn get_room_settings(room: i64) -> Result<RoomSettingsData, AppError> {
    let user = require_user().await?;
    if room == 0 {
        let buurt = user.buurt()?.buurt_id;
        can_manage_rooms(&user, buurt)?;
        return Ok(RoomSettingsData { buurt_id: buurt.0, room_id: 0, form: RoomForm::suggested() });
    }
    let row = managed_room(&user, room).await?;
    let state = app_state()?;
    queries::settings(&state.db, &row).await
}
