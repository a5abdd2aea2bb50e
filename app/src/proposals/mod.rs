//! Meedoen: residents propose activities and initiatives, the bewonerscommissie moderates them
//! in the open (every decision in the public moderation log, with a reason), and limits per
//! buurt keep a few voices from dominating.

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
