//! What other capabilities may use of the buurt: the staff log, how many buurten the
//! installation has, QR codes for printed letters, and what happens to a deleted account here.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::store;
    use crate::accounts::model::UserId;
    use crate::db::Tx;
    use crate::error::AppResult;

    pub use super::super::store::{StaffAction, buurt_count, residents_of};
    /// An inline SVG QR code, as on the invite letters (also for the herstelbrief).
    pub use super::super::qr::svg as qr_svg;

    /// Records what a staff member did, at `now`.
    pub async fn record(tx: &mut Tx, entry: StaffAction<'_>, now: i64) -> AppResult<()> {
        store::log(tx, entry, now).await
    }

    /// When an account is deleted, the buurt keeps what it holds: the staff log keeps what a
    /// staff member did (accountability), invite codes keep who made them, and households
    /// count only accounts that still exist. Nothing to erase here; the membership rows go
    /// with the account itself.
    pub async fn on_account_deleted(_tx: &mut Tx, _user: UserId, _now: i64) -> AppResult<()> {
        Ok(())
    }
}
