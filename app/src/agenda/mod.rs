//! Agenda: activities that staff publish for a buurt; residents sign up, with a capacity and
//! a waiting list that moves up by itself.
//!
//! `api` holds thin server functions; `use_cases` the writes, `queries` the reads and
//! `present` the view models; `rules` the pure decisions; `store` the SQL; `service` what
//! other capabilities may use.

pub mod api;
server_only! {
    pub mod use_cases;
    pub mod queries;
    pub mod present;
    pub mod store;
    pub mod feed;
}
pub mod model;
pub mod rules;
pub mod service;
pub mod views;
