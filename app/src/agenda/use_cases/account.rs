//! When an account is deleted: it leaves every activity that has not started, so its places
//! go to the waiting lists, and its personal calendar feed stops.

use super::signups::withdraw_in;
use crate::accounts::model::UserId;
use crate::agenda::store;
use crate::db::Tx;
use crate::error::AppResult;

pub async fn on_account_deleted(tx: &mut Tx, user: UserId, now: i64) -> AppResult<()> {
    for activity in store::future_signups(tx, user, now).await? {
        withdraw_in(tx, activity, user, now).await?;
    }
    store::delete_feed_in(tx, user).await
}
