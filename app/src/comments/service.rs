//! What other capabilities may use of the comments.
//!
//! Other capabilities call only this surface (and `model`, `rules`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::store;
    use crate::accounts::model::{BuurtId, UserId};
    use crate::db::{Db, Tx};
    use crate::error::AppResult;
    use crate::i18n::Lang;
    use crate::proposals::model::ProposalId;
    use std::collections::HashMap;

    /// A comment in "download my data".
    #[derive(Debug, serde::Serialize)]
    pub struct ExportedComment {
        pub proposal: String,
        pub text: String,
        pub written_at: String,
        pub removed: bool,
    }

    /// How many reported comments and proposals of a buurt wait for the commissie (home page).
    pub async fn reported_count(db: &Db, buurt: BuurtId) -> AppResult<i64> {
        store::reported_count(db, buurt).await
    }

    /// Everything a person wrote under proposals, for "download my data".
    pub async fn export(db: &Db, user: UserId) -> AppResult<Vec<ExportedComment>> {
        let mut titles: HashMap<i64, String> = HashMap::new();
        let mut out = Vec::new();
        for (proposal, text, at, removed) in store::of_author(db, user).await? {
            if let std::collections::hash_map::Entry::Vacant(title) = titles.entry(proposal) {
                let Some(facts) = crate::proposals::service::facts(db, ProposalId(proposal)).await? else { continue };
                title.insert(facts.title);
            }
            out.push(ExportedComment {
                proposal: titles[&proposal].clone(),
                text,
                written_at: jiff::Timestamp::from_second(at).map(|t| t.to_string()).unwrap_or_default(),
                removed: removed.is_some(),
            });
        }
        Ok(out)
    }

    /// How many comments a user wrote since `since` (the commissie's queue shows this).
    pub async fn written_since(db: &Db, user: UserId, since: i64) -> AppResult<i64> {
        store::written_since(db, user, since).await
    }

    /// Where a comment is: its proposal, and whether it is hidden now.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct CommentPlace {
        pub proposal: ProposalId,
        /// When it was hidden, while it is hidden.
        pub hidden_at: Option<i64>,
    }

    /// The places of the given comments that exist (the public moderation log needs them).
    pub async fn places(db: &Db, ids: &[i64]) -> AppResult<HashMap<i64, CommentPlace>> {
        let rows = store::places(db, ids).await?;
        Ok(rows.into_iter().map(|(id, proposal, hidden_at)| (id, CommentPlace { proposal: ProposalId(proposal), hidden_at })).collect())
    }

    /// Moves the conversation of a merged proposal to the one it joins.
    pub async fn move_comments(tx: &mut Tx, from: ProposalId, into: ProposalId) -> AppResult<()> {
        store::move_comments(tx, from.0, into.0).await
    }

    /// Brings back what reports hid 72 hours ago or longer without a decision (the background
    /// job); returns how many items came back.
    pub async fn return_held(db: &Db, now: i64) -> AppResult<usize> {
        super::super::use_cases::holds::return_due(db, now).await
    }

    /// Since when reports hide a proposal that is hidden with `reason`, while it waits for the
    /// commissie, in words ("woensdag 2 december 14:05"; its author is told).
    pub async fn proposal_held_since(db: &Db, proposal: ProposalId, reason: &str, lang: Lang) -> AppResult<Option<String>> {
        let hold = store::hold_of(db, (super::super::model::TargetKind::Proposal, proposal.0)).await?;
        Ok(hold.filter(|h| h.reason == reason).map(|h| super::super::present::since_label(h.hidden_at, lang)))
    }

    /// When an account is deleted its comments and reports stay: they show the author as
    /// "oud-bewoner" once the name is gone. Nothing to change in the comments' tables.
    pub async fn on_account_deleted(_tx: &mut Tx, _user: UserId, _now: i64) -> AppResult<()> {
        Ok(())
    }
}
