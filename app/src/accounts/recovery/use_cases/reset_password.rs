//! A recovery code sets a new password: the code is used up, the account's other codes stop
//! working and every session of the account ends.

use super::super::{rules, store};
use crate::accounts::model::UserId;
use crate::db::Tx;
use crate::error::{AppResult, Problem};

/// The hash of the code as typed, and the hash of the new password (made by the caller).
#[derive(Clone)]
pub struct NewPassword<'a> {
    pub code_hash: &'a str,
    pub password_hash: &'a str,
}

/// Changes the password of the code's owner; a code that is unknown, used, replaced or
/// expired is refused and changes nothing. Returns whose password it was.
pub async fn reset_password(tx: &mut Tx, input: NewPassword<'_>, now: i64) -> AppResult<UserId> {
    let found = store::find_code(tx, input.code_hash).await?.ok_or(Problem::RecoveryCodeUnknown)?;
    rules::check_usable(found.state, now)?;
    if !store::use_code(tx, found.id, now).await? {
        return Err(Problem::RecoveryCodeUsed.into());
    }
    store::set_password_hash(tx, found.user, input.password_hash).await?;
    store::revoke_unused(tx, found.user, None, now).await?;
    crate::accounts::store::delete_sessions_of(&mut **tx, found.user, None).await?;
    Ok(found.user)
}
