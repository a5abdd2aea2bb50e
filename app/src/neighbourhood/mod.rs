//! Buurten, households, invite codes and roles: what staff set up so residents can join.

pub mod api;
pub mod model;
server_only! {
    pub mod present;
    pub mod store;
    pub mod qr;
    pub mod use_cases;
}
pub mod service;
pub mod views;
