//! What people do with voting rounds, each in one write transaction: open a round and cast
//! (or record) a ballot. Closing is in `service` (the closing job and the commissie share it).

mod cast_ballot;
mod open_round;

pub use cast_ballot::{Ballot, cast_ballot};
pub use open_round::{NewRoundInput, open_round};
