//! Staff pages: buurten, households, invite codes, letters and roles.

mod buurt;
mod household;
mod letter;
mod members;

pub use buurt::{BuurtPage, StaffHome};
pub use household::HouseholdPage;
pub use letter::InviteLetterPage;
pub use members::MembersPage;

pub(crate) use crate::components::route_id;
