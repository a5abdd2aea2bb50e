//! How other capabilities post a notification and count unread ones.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use super::store::{notify, unread_count};
