//! Meldingen: in-portal notifications that other capabilities post to.

pub mod api;
pub mod model;
server_only! {
    pub mod present;
    pub mod store;
}
pub mod service;
pub mod views;
