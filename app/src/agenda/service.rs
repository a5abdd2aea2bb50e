//! What other capabilities may use of the agenda.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use super::store::{NewActivity, insert_activity};
#[cfg(feature = "ssr")]
pub use super::api::withdraw_everywhere;
