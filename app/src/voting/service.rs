//! What other capabilities and the background jobs may use of voting: closing the rounds whose
//! end has passed (the closing job), the open round (the home page), and what happens to a
//! deleted account's ballots.
//!
//! Other capabilities call only this surface (and `model`, `rules`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::model::RoundId;
    use super::super::{rules, store};
    use crate::accounts::model::{BuurtId, UserId};
    use crate::db::{Db, Tx};
    use crate::error::AppResult;

    /// The closing job: closes and counts every round whose end has passed at `now`, in any
    /// buurt; returns how many it closed. Safe to run twice at once (two ticks, two server
    /// instances): each round is checked and closed inside one write transaction, so it is
    /// closed and counted exactly once.
    pub async fn close_due_rounds(db: &Db, now: i64) -> AppResult<usize> {
        let mut closed = 0;
        for round in store::due_rounds(db, now).await? {
            if close_round(db, round, None, now).await? {
                closed += 1;
            }
        }
        Ok(closed)
    }

    /// Closes a round whose end has passed and counts it, once: the results are stored with
    /// it. Returns false when it was already closed. `by` is `None` when the job closes it.
    pub async fn close_round(db: &Db, round: RoundId, by: Option<UserId>, now: i64) -> AppResult<bool> {
        if !crate::in_write!(db, |tx| close_in(tx, round, by, now))? {
            return Ok(false);
        }
        if let Err(e) = store::checkpoint(db).await {
            tracing::warn!(error = ?e, "checkpoint after closing a round failed");
        }
        Ok(true)
    }

    /// Closes and counts the round inside the write transaction `tx`, unless it is closed already.
    async fn close_in(tx: &mut Tx, round: RoundId, by: Option<UserId>, now: i64) -> AppResult<bool> {
        let row = store::round(&mut **tx, round).await?;
        if row.closed_at.is_some() {
            return Ok(false);
        }
        rules::may_close(now, row.ends_at, false)?;
        let entries = store::entries(tx, round).await?;
        let rows = store::ballot_rows(&mut **tx, round).await?;
        let results = rules::count(&entries, &rows, &row.rules());
        let eligible = store::eligible_count(&mut **tx, BuurtId(row.buurt_id), row.rules().min_age).await?;
        store::close(tx, round, store::Closing { by, results, eligible, rows, now }).await?;
        Ok(true)
    }

    /// The open round of a buurt for the home page: what, until when, and whether the person
    /// voted in it.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct OpenRound {
        pub id: RoundId,
        pub title: String,
        pub ends_at: i64,
        pub voted: bool,
    }

    /// The round of the buurt that is open at `now` and closes first, if any.
    pub async fn open_round(db: &Db, buurt: BuurtId, user: UserId, now: i64) -> AppResult<Option<OpenRound>> {
        let row = store::open_round_of(db, buurt, user, now).await?;
        Ok(row.map(|(id, title, ends_at, voted)| OpenRound { id: RoundId(id), title, ends_at, voted: voted == 1 }))
    }

    /// The rounds of a buurt whose results came out between `since` and `until` (the weekly
    /// mail): (id, title).
    pub async fn closed_between(db: &Db, buurt: BuurtId, between: (i64, i64)) -> AppResult<Vec<(RoundId, String)>> {
        let rows = store::closed_between(db, buurt, between).await?;
        Ok(rows.into_iter().map(|(id, title)| (RoundId(id), title)).collect())
    }

    /// When an account is deleted: the ballots it cast stay counted (a vote given is not taken
    /// back), but the link from the person to their ballot in rounds still open is erased now
    /// instead of at closing; nobody can change that ballot any more.
    pub async fn on_account_deleted(tx: &mut Tx, user: UserId, _now: i64) -> AppResult<()> {
        store::forget_ballot_links(tx, user).await
    }
}
