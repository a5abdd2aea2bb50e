//! The password asked again before a change that matters for getting back into the account
//! (the e-mail address a sign-in link goes to), so a borrowed or forgotten session cannot
//! make it. Counted against the account like the other password checks.

use super::model::UserId;
use super::store;
use crate::error::{AppResult, InField, Problem};
use crate::limits::Account;
use crate::state::{AppState, client_ip};

/// Checks the signed-in person's own `password`; refused (in form field `field`) when wrong.
pub async fn confirm_password(state: &AppState, user: UserId, password: String, field: &str) -> AppResult<()> {
    let (account, ip) = (Account::User(user.0), client_ip(state).await);
    state.limits.check_account(&account, ip)?;
    let stored = store::password_hash(&state.db, user).await?;
    if password.chars().count() > 128 || !state.passwords.verify(password, stored).await? {
        state.limits.record_failure(&account, ip);
        return Err(Problem::WrongPassword).field(field);
    }
    Ok(())
}
