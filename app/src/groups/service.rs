//! What other capabilities may use of the groups: the participation figures, and what
//! happens to a deleted account's memberships.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::model::{GroupId, MemberId};
    use super::super::store;
    use crate::accounts::model::UserId;
    use crate::db::Tx;
    use crate::error::AppResult;

    pub use super::super::store::{GroupFigures, figures};

    /// When an account is deleted: it leaves every group and every group task that has not
    /// started (nobody is told; the account is gone).
    pub async fn on_account_deleted(tx: &mut Tx, user: UserId, now: i64) -> AppResult<()> {
        for row in store::current_rows_of_user(tx, user).await? {
            store::end_membership(tx, MemberId(row.id), now).await?;
            store::withdraw_from_coming(tx, GroupId(row.group_id), user, now).await?;
        }
        Ok(())
    }
}
