//! Reacties: comments on proposals with replies one level deep, reports by residents, slow
//! mode and the nudge for someone who wrote much of a thread, and the commissie's review of
//! what was reported.

pub mod api;
pub mod model;
server_only! {
    pub mod present;
    pub mod store;
    pub mod use_cases;
}
pub mod rules;
pub mod service;
pub mod views;
