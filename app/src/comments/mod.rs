//! Reacties: comments on proposals with replies one level deep, reports by residents, slow
//! mode and the nudge for someone who wrote much of a thread, and the commissie's review of
//! what was reported.

pub mod api;
pub mod model;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod service;
pub mod views;
