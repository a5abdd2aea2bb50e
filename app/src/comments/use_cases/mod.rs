//! What people do with comments and reports, one use case per module. What comments need to
//! know about a proposal comes from `proposals::service`.

pub mod access;
pub mod holds;
pub mod moderate;
pub mod report;
pub mod reported;
pub mod target;
pub mod thread;
pub mod write;
