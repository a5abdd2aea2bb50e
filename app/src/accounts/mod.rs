//! Accounts: sign-up with an invite code, sign-in, profile, data export and deletion.

pub mod api;
pub mod model;
server_only! {
    pub mod password;
    pub mod password_pool;
    pub mod store;
    pub mod use_cases;
}
pub mod rules;
pub mod service;
pub mod views;
