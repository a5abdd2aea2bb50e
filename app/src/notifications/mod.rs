//! Meldingen: in-portal notifications that other capabilities post to.

pub mod api;
pub mod model;
#[cfg(feature = "ssr")]
pub mod present;
#[cfg(feature = "ssr")]
pub mod store;
pub mod service;
pub mod views;
