//! E-mail that people can stand: each person chooses what they get by mail (straight away,
//! a weekly digest, nothing); mails are queued in an outbox in the same transaction as the
//! event, and a background job sends them over SMTP, once.

pub mod api;
pub mod model;
pub mod rules;
server_only! {
    pub mod compose;
    pub mod digest;
    pub mod outbound;
    pub mod send;
    pub mod store;
    pub mod token;
}
pub mod service;
pub mod views;
