//! The home page, "het plein": what is on this week in the buurt, a signed-in person's next
//! sign-up, reservation and task, what is open to vote or new to read, and for the commissie
//! and staff what waits in their queues. It owns no tables: it reads the other capabilities
//! through their `service` surfaces.
//!
//! `api` holds the one server function; `queries` gathers the facts and `present` puts them
//! into words; `views` renders the blocks.

pub mod api;
pub mod model;
server_only! {
    pub mod cache;
    pub mod queries;
    pub mod present;
}
pub mod views;
