//! What people do with their account, each inside the caller's write transaction: sign up
//! with an invite code, and delete the account.

mod delete_account;
mod sign_up;

pub use delete_account::delete_account;
pub use sign_up::{NewResident, sign_up};
