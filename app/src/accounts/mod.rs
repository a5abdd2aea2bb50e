//! Accounts: sign-up with an invite code, sign-in, profile, data export and deletion.

pub mod api;
pub mod model;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod password_pool;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;
