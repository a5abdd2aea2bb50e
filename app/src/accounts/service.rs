//! What other capabilities may use of the accounts: giving someone a role in a buurt, and
//! the staff button that makes a herstelbrief for a resident.
//!
//! Other capabilities call only this surface (and `model`, `rules`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use super::store::set_membership_at as give_role;
pub use super::recovery::views::{RecoveryLetterButton, RecoveryLetterError};
#[cfg(feature = "ssr")]
pub use super::use_cases::{NewMember, register_member};
