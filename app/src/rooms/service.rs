//! What other capabilities may use of the rooms: the rooms an agenda activity can take place
//! in, and the hold of an activity on its room (a reservation); the agenda records which room
//! an activity is in. The home page reads a person's next reservation and the open requests.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use crate::accounts::model::{BuurtId, UserId};
    use crate::db::{Db, Tx};
    use crate::error::{AppError, AppResult, Problem};
    use crate::rooms::model::RoomId;
    use crate::rooms::store;
    use sqlx::Any;

    pub use crate::rooms::use_cases::{Hold, hold_for_activity, release_for_activity};

    /// The room field of the activity form: absent (keep what it holds), "" for no room, or a
    /// room id.
    pub fn parse_room_field(input: Option<&str>) -> Result<Option<Option<RoomId>>, AppError> {
        match input.map(str::trim) {
            None => Ok(None),
            Some("") => Ok(Some(None)),
            Some(id) => id.parse::<i64>().map(|id| Some(Some(RoomId(id)))).map_err(|_| Problem::Unknown.into()),
        }
    }

    /// The rooms of a buurt an activity can take place in: (id, name), in order.
    pub async fn room_choices(db: &Db, buurt: BuurtId) -> AppResult<Vec<(i64, String)>> {
        Ok(store::rooms_of(db, buurt).await?.into_iter().map(|r| (r.id, r.name)).collect())
    }

    /// The name of a room when it belongs to the buurt.
    pub async fn room_name_in<'e, E: sqlx::Executor<'e, Database = Any>>(ex: E, room: RoomId, buurt: BuurtId) -> AppResult<Option<String>> {
        Ok(store::room(ex, room).await?.filter(|r| r.buurt_id == buurt.0).map(|r| r.name))
    }

    /// A person's next reservation, for the home page.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct NextReservation {
        pub room_name: String,
        pub starts_at: i64,
        pub ends_at: i64,
        /// It still waits for the commissie's approval.
        pub pending: bool,
    }

    /// The next resident reservation of a person that has not ended (confirmed or waiting).
    pub async fn next_reservation(db: &Db, user: UserId, now: i64) -> AppResult<Option<NextReservation>> {
        Ok(store::next_of_user(db, user, now).await?.map(|(room_name, starts_at, ends_at, status)| NextReservation {
            room_name,
            starts_at,
            ends_at,
            pending: status == crate::rooms::model::ReservationStatus::Pending.code(),
        }))
    }

    /// How many room requests of a buurt wait for a decision.
    pub async fn pending_requests(db: &Db, buurt: BuurtId, now: i64) -> AppResult<i64> {
        store::pending_count(db, buurt, now).await
    }

    /// When an account is deleted: the reservations it made stay (the room's history and the
    /// week view keep them), so nothing changes here.
    pub async fn on_account_deleted(_tx: &mut Tx, _user: UserId, _now: i64) -> AppResult<()> {
        Ok(())
    }
}
