//! Meedoen: residents propose activities and initiatives, the bewonerscommissie moderates them
//! in the open (every decision in the public moderation log, with a reason), and limits per
//! buurt keep a few voices from dominating.

pub mod model;
#[cfg(feature = "ssr")]
pub mod store;
