//! What other capabilities may use of the groups: the participation figures, a person's next
//! task (the home page), and what happens to a deleted account's memberships.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::model::{GroupId, MemberId};
    use super::super::store;
    use crate::accounts::model::UserId;
    use crate::db::{Db, Tx};
    use crate::error::AppResult;

    pub use super::super::store::{GroupFigures, figures};

    /// A person's next task in a volunteer group, for the home page.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct NextTask {
        pub group: GroupId,
        pub group_name: String,
        pub title: String,
        pub starts_at: i64,
        pub ends_at: i64,
    }

    /// The next task a person signed up for that has not ended.
    pub async fn next_task(db: &Db, user: UserId, now: i64) -> AppResult<Option<NextTask>> {
        Ok(store::next_of_user(db, user, now).await?.map(|(group, group_name, title, starts_at, ends_at)| NextTask {
            group: GroupId(group),
            group_name,
            title,
            starts_at,
            ends_at,
        }))
    }

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
