//! What people do with proposals, one use case per module: each takes a transaction (or the
//! pool, for reads), the acting user, a checked input and `now`, and returns a typed result.

pub mod access;
pub mod accept_activity;
pub mod author;
pub mod decide;
pub mod detail;
pub mod list;
pub mod merge;
pub mod queue;
pub mod settings;
pub mod support;
