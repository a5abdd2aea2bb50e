//! What people do in the agenda, each a plain function in its own file that takes the write
//! transaction, the actor, the input and `now`.

mod account;
mod cancel;
mod edit;
mod publish;
mod signups;

pub use account::on_account_deleted;
pub use cancel::{CancelInput, cancel};
pub use edit::{EditInput, edit};
pub use publish::{PublishInput, publish};
pub use signups::{change_for, open_signup_change, sign_up, withdraw};
