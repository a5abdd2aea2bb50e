//! What other capabilities may use of the accounts: giving someone a role in a buurt, the
//! staff button that makes a herstelbrief for a resident, and (for the profile's mail
//! section) asking the password again and changing the e-mail address.
//!
//! Other capabilities call only this surface (and `model`, `rules`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use super::store::set_membership_at as give_role;
pub use super::recovery::views::{RecoveryLetterButton, RecoveryLetterError};
#[cfg(feature = "ssr")]
pub use super::use_cases::{NewMember, register_member};
#[cfg(feature = "ssr")]
pub use super::reauth::confirm_password;
#[cfg(feature = "ssr")]
pub use super::use_cases::change_email;
