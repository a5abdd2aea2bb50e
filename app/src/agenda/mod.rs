//! Agenda: activities that staff publish for a buurt; residents sign up, with a capacity and
//! a waiting list that moves up by itself.
//!
//! `api` holds thin server functions; `use_cases` the writes, `queries` the reads and
//! `present` the view models; `rules` the pure decisions; `store` the SQL; `service` what
//! other capabilities may use.

pub mod api;
#[cfg(feature = "ssr")]
pub mod use_cases;
#[cfg(feature = "ssr")]
pub mod queries;
#[cfg(feature = "ssr")]
pub mod present;
pub mod model;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod service;
#[cfg(feature = "ssr")]
pub mod feed;
pub mod views;
