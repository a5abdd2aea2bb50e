//! What other capabilities may use of the agenda: adding an activity (a proposal that
//! becomes one) and what happens to the agenda when an account is deleted.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use crate::agenda::model::ActivityId;
    use crate::agenda::store;
    use crate::db::Tx;
    use crate::error::AppResult;

    pub use crate::agenda::store::{ActivityFields, NewActivity};
    pub use crate::agenda::use_cases::on_account_deleted;

    /// Adds a checked activity at `now` (its creation time).
    pub async fn insert_activity_at(tx: &mut Tx, activity: NewActivity<'_>, now: i64) -> AppResult<ActivityId> {
        store::insert_activity(tx, activity, now).await
    }
}
