//! Meedoen: residents propose activities and initiatives, the bewonerscommissie moderates them
//! in the open (every decision in the public moderation log, with a reason), and limits per
//! buurt keep a few voices from dominating.

pub mod api;
pub mod model;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod service;
pub mod views;
