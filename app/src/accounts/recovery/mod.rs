//! Getting back in after a forgotten password: a herstelbrief from the sociaal werker (a
//! one-time code on paper, valid 7 days) or a sign-in link by e-mail (valid 30 minutes).
//! Both lead to `/herstellen`, where the code sets a new password.

pub mod api;
pub mod model;
pub mod rules;
server_only! {
    mod cookie;
    pub mod deliver;
    pub mod present;
    pub mod store;
    pub mod use_cases;
}
pub mod views;
