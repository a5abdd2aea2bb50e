//! Ontmoetingsruimte: the rooms of a buurt, reserved fairly. Opening hours, closed days,
//! booking rules and a quota per household; approval where the rules ask for it; recurring
//! reservations and blocks by staff; agenda activities hold the room they take place in.
//! Two reservations that hold a room never overlap: every write checks inside a
//! transaction that serialises.

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
