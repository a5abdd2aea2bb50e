//! Help from the sociaal werker: staff act for a resident who asked for help ("namens"), in
//! the core flows (activities, the room, proposals, groups, tasks). The act is the resident's
//! own; this capability keeps who helped, tells the resident and shows the staff page.

pub mod api;
pub mod model;
server_only! {
    pub mod store;
}
pub mod service;
pub mod views;
