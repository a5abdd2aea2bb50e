//! Eerlijke inbreng: who takes part in the buurt (by age band and building), how concentrated
//! participation is (the share of the most active residents and households, a Gini index per
//! kind), signals with a suggested action (five households that hold much of a kind, each far
//! more than an ordinary household; households acting together), and a CSV for funders.

pub mod api;
server_only! {
    pub mod csv;
    pub mod dashboard;
    pub mod store;
}
pub mod model;
pub mod rules;
pub mod service;
pub mod views;
