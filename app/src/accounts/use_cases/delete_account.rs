//! A person deletes their account: each capability lets go of what it holds for them, then
//! the personal data goes and contributions stay as "oud-bewoner".

use super::super::store;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;

/// Deletes the actor's own account (the password is checked by the caller).
pub async fn delete_account(tx: &mut Tx, actor: &SessionUser, now: i64) -> AppResult<()> {
    let user = actor.id;
    crate::agenda::service::on_account_deleted(tx, user, now).await?;
    crate::rooms::service::on_account_deleted(tx, user, now).await?;
    crate::groups::service::on_account_deleted(tx, user, now).await?;
    crate::voting::service::on_account_deleted(tx, user, now).await?;
    crate::neighbourhood::service::on_account_deleted(tx, user, now).await?;
    crate::notifications::service::on_account_deleted(tx, user, now).await?;
    // Open proposals leave the commissie's queue (withdrawn, through the proposals' steps).
    crate::proposals::service::on_account_deleted(tx, user, now).await?;
    crate::comments::service::on_account_deleted(tx, user, now).await?;
    crate::on_behalf::service::on_account_deleted(tx, user, now).await?;
    crate::accounts::recovery::store::delete_codes_of(tx, user).await?;
    // Last: whatever the steps above queued for the person goes too.
    crate::mail::service::on_account_deleted(tx, user, now).await?;
    store::delete_account(tx, user, now).await
}
