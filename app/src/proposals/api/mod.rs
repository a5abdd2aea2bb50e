//! Server functions of Meedoen, thin adapters in the same order: sign in the caller, check
//! with a named permission that they may act in the proposal's buurt (for moderation: that
//! they are commissielid or staff there and not the author), parse the form, run the use case
//! in one transaction with the time taken once, commit.

mod author;
mod commissie;
mod decide;
mod read;

pub use super::model::{NewProposalInfo, ProposalGroup, ProposalList, Queue, SettingsForm};
pub use author::*;
pub use commissie::*;
pub use decide::*;
pub use read::*;
