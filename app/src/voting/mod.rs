//! Stemronde: the commissie opens a voting round on accepted initiatives; each resident
//! spreads a fixed budget of votes and may change them until the round closes; the ballot is
//! secret (who voted is kept apart from what was voted, and the link is erased at closing),
//! totals stay hidden until then, and the results are computed once from the ballots.

pub mod api;
mod forms;
pub mod model;
#[cfg(feature = "ssr")]
pub mod present;
pub mod rules;
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod use_cases;
pub mod views;
