//! SQL for a person's own e-mail address: read it, and add, change or remove it.

use super::super::model::{Email, UserId};
use crate::db::Tx;
use crate::error::AppResult;

/// The address of `user`, if they gave one.
pub async fn email_of(tx: &mut Tx, user: UserId) -> AppResult<Option<String>> {
    let email: Option<Option<String>> =
        sqlx::query_scalar("SELECT email FROM users WHERE id = $1").bind(user.0).fetch_optional(&mut **tx).await?;
    Ok(email.flatten().filter(|e| !e.is_empty()))
}

/// Whether `email` belongs to an account other than `user` (an address belongs to one
/// account, as at sign-up; the column is unique too).
pub async fn email_taken_by_other(tx: &mut Tx, email: &Email, user: UserId) -> AppResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE email = $1 AND id <> $2")
        .bind(email.as_str())
        .bind(user.0)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(found.is_some())
}

/// Sets the address of `user`; None removes it.
pub async fn set_email(tx: &mut Tx, user: UserId, email: Option<&Email>) -> AppResult<()> {
    sqlx::query("UPDATE users SET email = $1 WHERE id = $2 AND deleted_at IS NULL")
        .bind(email.map(Email::as_str))
        .bind(user.0)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
