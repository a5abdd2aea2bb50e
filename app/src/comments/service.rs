//! What other capabilities may use of the comments.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use super::store::{ExportedComment, export};
