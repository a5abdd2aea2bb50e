//! What the server's CSV route may use of the fair-voice figures: the dashboard (with its
//! permission check) and its CSV.

#[cfg(feature = "ssr")]
pub use super::csv::to_csv;
#[cfg(feature = "ssr")]
pub use super::dashboard::dashboard_for;
