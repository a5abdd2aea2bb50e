//! Stemronde: the commissie opens a voting round on accepted initiatives; each resident
//! spreads a fixed budget of votes and may change them until the round closes; the ballot is
//! secret (who voted is kept apart from what was voted, and the link is erased at closing),
//! totals stay hidden until then, and the results are computed once from the ballots.

pub mod api;
mod forms;
pub mod model;
server_only! {
    pub mod present;
    pub mod store;
    pub mod use_cases;
}
pub mod rules;
pub mod service;
pub mod views;
