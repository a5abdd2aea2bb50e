//! What other capabilities may use of the rooms: holds of activities in a room.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use super::api::{hold_for_activity, parse_room_field, release_for_activity};
#[cfg(feature = "ssr")]
pub use super::store::{activity_room, release_activity, room};
pub use super::api::get_rooms;
