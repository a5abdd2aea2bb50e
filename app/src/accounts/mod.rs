//! Accounts: sign-up with an invite code, sign-in, profile, data export and deletion.

pub mod api;
pub mod model;
#[cfg(feature = "ssr")]
pub mod password;
#[cfg(feature = "ssr")]
pub mod password_pool;
pub mod rules;
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
pub mod use_cases;
pub mod views;
