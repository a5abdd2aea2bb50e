//! A person adds, changes or removes their own e-mail address (on the profile). Nothing about
//! it is shown to anyone else; the server log says only that it changed.

use super::super::model::{Email, UserId};
use super::super::store;
use crate::db::Tx;
use crate::error::{AppResult, Problem};

/// Gives `user` the address `email`, or none (None). The rule of sign-up holds: an address
/// belongs to one account, so one that another account has is refused and nothing changes.
/// True when the address changed.
pub async fn change_email(tx: &mut Tx, user: UserId, email: Option<&Email>) -> AppResult<bool> {
    let current = store::email_of(tx, user).await?;
    if current.as_deref() == email.map(Email::as_str) {
        return Ok(false);
    }
    if let Some(email) = email
        && store::email_taken_by_other(tx, email, user).await?
    {
        return Err(Problem::EmailTaken.into());
    }
    store::set_email(tx, user, email).await?;
    Ok(true)
}
