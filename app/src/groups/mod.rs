//! Vrijwilligersgroepen: residents join volunteer groups (at once, or after a coordinator says
//! yes), coordinators post announcements and plan tasks or shifts with a number of hands,
//! members sign up, and the hours given are recorded for the participation figures.

#[cfg(feature = "ssr")]
mod access;
pub mod api;
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
