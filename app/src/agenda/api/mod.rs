//! Server functions of the agenda: thin adapters. Each signs in the caller, checks their
//! role in the activity's buurt, parses the input and runs one use case or query.

mod feeds;
mod manage;
mod pages;
mod signups;

pub use super::model::{Agenda, FeedLinks, PAGE_SIZE, Poster};
pub use feeds::*;
pub use manage::*;
pub use pages::*;
pub use signups::*;

#[cfg(feature = "ssr")]
use {
    super::model::ActivityId,
    super::store::{self, ActivityRow},
    crate::accounts::model::BuurtId,
    crate::auth::{SessionUser, can_publish_agenda},
    crate::error::AppError,
    crate::state::app_state,
};

/// An activity the user manages (staff of its buurt); other activities are forbidden.
#[cfg(feature = "ssr")]
async fn managed_activity(user: &SessionUser, id: i64) -> Result<ActivityRow, AppError> {
    let state = app_state()?;
    let row = store::activity(&state.db, ActivityId(id)).await?.ok_or(AppError::Forbidden)?;
    can_publish_agenda(user, BuurtId(row.buurt_id))?;
    Ok(row)
}
