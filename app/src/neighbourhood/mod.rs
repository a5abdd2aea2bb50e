//! Buurten, households, invite codes and roles: what staff set up so residents can join.

pub mod api;
pub mod model;
#[cfg(feature = "ssr")]
pub mod present;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod qr;
pub mod service;
#[cfg(feature = "ssr")]
pub mod use_cases;
pub mod views;
