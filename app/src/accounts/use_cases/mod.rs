//! What people do with their account, each inside the caller's write transaction: sign up
//! with an invite code (or claim the account the sociaal werker registered), staff register a
//! household member without a password, change the e-mail address, and delete the account.

mod change_email;
mod delete_account;
mod register_member;
mod sign_up;

pub use change_email::change_email;
pub use delete_account::delete_account;
pub use register_member::{NewMember, register_member};
pub use sign_up::{NewResident, sign_up};
