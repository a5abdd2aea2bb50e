//! Stemronde pages: the rounds of the buurt, one round (rules, ballot, results, help with
//! voting) and opening a round.

mod list;
mod new;
mod round;

pub use list::RoundsPage;
pub use new::NewRoundPage;
pub use round::RoundPage;
