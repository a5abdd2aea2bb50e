//! Ontmoetingsruimte: the rooms of a buurt, reserved fairly. Opening hours, closed days,
//! booking rules and a quota per household; approval where the rules ask for it; recurring
//! reservations and blocks by staff; agenda activities hold the room they take place in.
//! Two reservations that hold a room never overlap: every write checks inside a
//! transaction that serialises.
//!
//! `api` holds thin server functions; `use_cases` the writes, `queries` the reads and
//! `present` the view models; `rules` the pure decisions; `store` the SQL; `service` what
//! other capabilities may use.

pub mod api;
pub mod model;
pub mod rules;
pub mod service;
pub mod views;

server_only! {
    pub mod feed;
    pub mod present;
    pub mod queries;
    pub mod store;
    pub mod time;
    pub mod use_cases;
}
