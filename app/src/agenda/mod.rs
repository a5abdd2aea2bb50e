//! Agenda: activities that staff publish for a buurt; residents sign up, with a capacity and
//! a waiting list that moves up by itself.

pub mod api;
#[cfg(feature = "ssr")]
pub mod feed;
pub mod model;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod time;
pub mod service;
pub mod views;
