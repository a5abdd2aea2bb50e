//! Accounts: sign-up with an invite code, sign-in, getting back in (`recovery`), profile,
//! data export and deletion.

pub mod api;
pub mod model;
pub mod recovery;
server_only! {
    pub mod password;
    pub mod password_pool;
    pub mod reauth;
    pub mod store;
    pub mod use_cases;
}
pub mod rules;
pub mod service;
pub mod views;
