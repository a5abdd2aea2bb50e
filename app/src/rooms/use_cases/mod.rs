//! What people do with rooms, each a plain function in its own file that takes the write
//! transaction, the actor, the parsed input and `now`, and checks then writes inside it.

mod cancel;
mod checks;
mod closed_day;
mod decide;
mod hold;
mod request;
mod settings;
mod staff_bookings;

pub use cancel::{cancel, cancel_for};
pub use closed_day::{ClosedDay, close_day};
pub use decide::{DecisionInput, decide};
pub use hold::{Hold, hold_for_activity, release_for_activity};
pub use request::{ReservationRequest, request, request_for};
pub use settings::{RoomSettings, save_settings};
pub use staff_bookings::{StaffBooking, block, book_recurring};
