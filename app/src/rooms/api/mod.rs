//! Server functions of the Ontmoetingsruimte: thin adapters. Each signs in the caller, checks
//! their role in the room's buurt (a room of another buurt is "not found"), parses the input
//! and runs one use case in a write transaction that serialises (`begin_write`).

mod manage;
mod pages;
mod reservations;

pub use super::model::RoomSettingsData;
pub use manage::*;
pub use pages::*;
pub use reservations::*;

#[cfg(feature = "ssr")]
use {
    super::model::RoomId,
    super::store::{self, RoomRow},
    crate::accounts::model::BuurtId,
    crate::auth::{SessionUser, can_manage_rooms, hide_refusal, require_member},
    crate::error::AppError,
    crate::state::app_state,
};

/// A room the user may see (of one of their buurten), or NotFound.
#[cfg(feature = "ssr")]
async fn visible_room(user: &SessionUser, id: i64) -> Result<RoomRow, AppError> {
    let state = app_state()?;
    let room = store::room(&state.db, RoomId(id)).await?.ok_or(AppError::NotFound)?;
    hide_refusal(require_member(user, BuurtId(room.buurt_id)))?;
    Ok(room)
}

/// A room the user manages (staff of its buurt); other rooms are forbidden.
#[cfg(feature = "ssr")]
async fn managed_room(user: &SessionUser, id: i64) -> Result<RoomRow, AppError> {
    let state = app_state()?;
    let room = store::room(&state.db, RoomId(id)).await?.ok_or(AppError::Forbidden)?;
    can_manage_rooms(user, BuurtId(room.buurt_id))?;
    Ok(room)
}
