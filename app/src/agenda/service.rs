//! What other capabilities may use of the agenda: adding an activity (a proposal that
//! becomes one), what happens to the agenda when an account is deleted, and what is coming
//! (the home page).
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use crate::accounts::model::{BuurtId, UserId};
    use crate::agenda::model::ActivityId;
    use crate::agenda::store;
    use crate::db::{Db, Tx};
    use crate::error::AppResult;

    pub use crate::agenda::store::{ActivityFields, ComingRow, NewActivity};
    pub use crate::agenda::use_cases::on_account_deleted;

    /// Adds a checked activity at `now` (its creation time).
    pub async fn insert_activity_at(tx: &mut Tx, activity: NewActivity<'_>, now: i64) -> AppResult<ActivityId> {
        store::insert_activity(tx, activity, now).await
    }

    /// What is coming from `now` until `until` (the home page's week), not cancelled, at most
    /// `limit`: in one buurt, or in every buurt of the installation (`None`, signed out).
    pub async fn coming(db: &Db, buurt: Option<BuurtId>, (now, until): (i64, i64), limit: i64) -> AppResult<Vec<ComingRow>> {
        store::coming(db, buurt, (now, until), limit).await
    }

    /// The next activity a user holds a place for, if any.
    pub async fn next_signup(db: &Db, user: UserId, now: i64) -> AppResult<Option<ComingRow>> {
        store::next_signup(db, user, now).await
    }
}
