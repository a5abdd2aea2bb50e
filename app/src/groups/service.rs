//! What other capabilities may use of the groups.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use super::api::leave_all_groups;
#[cfg(feature = "ssr")]
pub use super::store::figures;
