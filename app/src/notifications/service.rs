//! How other capabilities post a notification and count unread ones.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::model::Notice;
    use super::super::store;
    use crate::accounts::model::UserId;
    use crate::db::Tx;
    use crate::error::AppResult;

    pub use super::super::store::unread_count;

    /// Posts a notice to a user, inside the caller's transaction: stored as its kind and its
    /// arguments as data, put into words when the user reads it. A notice that concerns the
    /// person is also queued as an e-mail in the same transaction, when they want that.
    pub async fn notify(tx: &mut Tx, user: UserId, notice: Notice, link: &str, now: i64) -> AppResult<()> {
        let typed = serde_json::to_value(&notice).map_err(crate::error::AppError::internal)?;
        store::insert(tx, store::NewNote { user, key: notice.key(), args: &typed["args"].to_string(), link }, now).await?;
        crate::mail::service::on_notice(tx, user, &notice, link, now).await
    }

    /// When an account is deleted: its notifications go.
    pub async fn on_account_deleted(tx: &mut Tx, user: UserId, _now: i64) -> AppResult<()> {
        store::delete_all_of(tx, user).await
    }
}
