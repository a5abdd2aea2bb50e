//! Vrijwilligersgroepen: residents join volunteer groups (at once, or after a coordinator says
//! yes), coordinators post announcements and plan tasks or shifts with a number of hands,
//! members sign up, and the hours given are recorded for the participation figures.

server_only! {
    mod access;
    pub mod present;
    pub mod store;
    pub mod use_cases;
}
pub mod api;
pub mod model;
pub mod rules;
pub mod service;
pub mod views;
