//! Buurten, households and codes at the current time (`crate::db::now()`), for the demo seed,
//! `create-admin` and the tests, which call them without a time. Use cases call the `_at`
//! functions with their `now`.

use super::super::model::{HouseholdId, InviteId};
use crate::accounts::model::{BuurtId, UserId};
use crate::db::{Tx, now};
use crate::error::AppResult;

pub async fn create_buurt(tx: &mut Tx, name: &str, slug: &str) -> AppResult<BuurtId> {
    super::create_buurt_at(tx, name, slug, now()).await
}

pub async fn create_household(tx: &mut Tx, buurt: BuurtId, label: &str, building: &str) -> AppResult<HouseholdId> {
    super::create_household_at(tx, buurt, label, building, now()).await
}

/// Stores a new code; `None` when the (random) code already existed.
pub async fn insert_invite(tx: &mut Tx, household: HouseholdId, code: &str, max_uses: i64, by: UserId) -> AppResult<Option<InviteId>> {
    super::insert_invite_at(tx, household, code, max_uses, by, now()).await
}
