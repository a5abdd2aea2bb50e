//! What other capabilities (and the photo routes of the server) may use of the proposals.
//!
//! Other capabilities call only this surface (and `model`, `rules`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::model::{ProposalId, Status};
    use super::super::rules::{self, Step};
    use super::super::store::{self, Actor, ProposalRow};
    use super::super::use_cases::access;
    use crate::accounts::model::{BuurtId, Role, UserId};
    use crate::auth::SessionUser;
    use crate::db::{Db, Tx};
    use crate::error::AppResult;
    use sqlx::{Any, Executor};

    pub use super::super::store::{LogEntry, settings};

    /// What another capability may know of a proposal.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ProposalFacts {
        pub id: ProposalId,
        pub buurt: BuurtId,
        pub title: String,
        pub description: String,
        pub author: Option<UserId>,
        /// The author's shown name (`None` once the account is deleted).
        pub author_name: Option<String>,
        pub status: Status,
        /// Why the commissie (or reports) hid it, while it is hidden.
        pub hidden_reason: Option<String>,
        /// Withdrawn or merged: the conversation under it is closed.
        pub comments_closed: bool,
    }

    fn facts_of(row: ProposalRow) -> AppResult<ProposalFacts> {
        let status = row.status()?;
        Ok(ProposalFacts {
            id: ProposalId(row.id),
            buurt: BuurtId(row.buurt_id),
            author: row.author_id.map(UserId),
            status,
            hidden_reason: row.hidden_at.map(|_| row.hidden_reason),
            comments_closed: rules::comments_closed(status),
            title: row.title,
            description: row.description,
            author_name: row.author_name,
        })
    }

    /// A proposal, whoever asks; `None` when there is no such proposal.
    pub async fn facts<'c, E: Executor<'c, Database = Any>>(ex: E, id: ProposalId) -> AppResult<Option<ProposalFacts>> {
        store::find(ex, id).await?.map(facts_of).transpose()
    }

    /// A proposal as `user` may see it (the one visibility policy, [`rules::may_see`]); `None`
    /// when it does not exist for them: another buurt, or hidden from them.
    pub async fn visible_to(db: &Db, user: &SessionUser, id: ProposalId) -> AppResult<Option<ProposalFacts>> {
        access::visible(db, user, id).await?.map(|(row, _)| facts_of(row)).transpose()
    }

    /// Whether a proposal is hidden now.
    pub async fn is_hidden(tx: &mut Tx, id: ProposalId) -> AppResult<bool> {
        store::is_hidden(tx, id).await
    }

    /// Hides a proposal with a reason (`by` is `None` when reports from households hid it), or
    /// shows it again with `None`.
    pub async fn set_hidden(tx: &mut Tx, id: ProposalId, hide: Option<(&str, Option<UserId>)>, now: i64) -> AppResult<()> {
        store::set_hidden(tx, id, hide, now).await
    }

    /// Writes one entry of the buurt's public moderation log.
    pub async fn log_moderation(tx: &mut Tx, entry: &LogEntry<'_>, now: i64) -> AppResult<()> {
        store::log_moderation(tx, entry, now).await
    }

    /// The photo of a proposal `user` may see; `None` when there is none or they may not.
    pub async fn photo(db: &Db, user: &SessionUser, id: ProposalId) -> AppResult<Option<Vec<u8>>> {
        if visible_to(db, user, id).await?.is_none() {
            return Ok(None);
        }
        store::photo(db, id).await
    }

    /// Whether `user` may add a photo to the proposal: the author, while it is open.
    pub async fn may_add_photo(db: &Db, user: &SessionUser, id: ProposalId) -> AppResult<bool> {
        let Some(row) = store::find(db, id).await? else { return Ok(false) };
        let open = row.status()?;
        Ok(rules::may_add_photo(user.role_in(BuurtId(row.buurt_id)), row.is_author(user.id), open))
    }

    /// A re-encoded photo and its size in pixels.
    #[derive(Clone, Copy)]
    pub struct Photo<'a> {
        pub width: i64,
        pub height: i64,
        pub jpeg: &'a [u8],
    }

    /// Stores (or replaces) the photo of a proposal.
    pub async fn save_photo(tx: &mut Tx, id: ProposalId, photo: Photo<'_>, now: i64) -> AppResult<()> {
        store::save_photo(tx, id, photo.width, photo.height, photo.jpeg, now).await
    }

    /// A proposal in "download my data".
    #[derive(Debug, serde::Serialize)]
    pub struct ExportedProposal {
        pub title: String,
        pub kind: String,
        pub status: String,
        pub description: String,
        pub written_at: String,
    }

    /// For "download my data": a person's proposals, and the titles of those they support.
    pub async fn export(db: &Db, user: UserId) -> AppResult<(Vec<ExportedProposal>, Vec<String>)> {
        let iso = |at: i64| jiff::Timestamp::from_second(at).map(|t| t.to_string()).unwrap_or_default();
        let proposals = store::of_author_for_export(db, user)
            .await?
            .into_iter()
            .map(|(title, kind, status, description, at)| ExportedProposal { title, kind, status, description, written_at: iso(at) })
            .collect();
        Ok((proposals, store::supported_titles(db, user).await?))
    }

    /// Proposals new since the person last opened the list of the buurt, for the home page.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct NewProposals {
        pub count: i64,
        /// The newest ones, newest first: (id, title).
        pub newest: Vec<(ProposalId, String)>,
    }

    /// What came in since `user` last opened the proposals list of `buurt`: only what
    /// residents may see (not hidden, not closed), never the person's own proposals.
    pub async fn new_since_seen(db: &Db, user: UserId, buurt: BuurtId, newest: i64) -> AppResult<NewProposals> {
        let rows = store::new_since_seen(db, user, buurt, newest).await?;
        let count = rows.first().map_or(0, |r| r.2);
        Ok(NewProposals { count, newest: rows.into_iter().map(|(id, title, _)| (ProposalId(id), title)).collect() })
    }

    /// What residents of `buurt` may see that came in between `since` and `until`, not by
    /// `user` (the weekly mail): (id, title), oldest first.
    pub async fn new_between(db: &Db, buurt: BuurtId, user: UserId, between: (i64, i64), limit: i64) -> AppResult<Vec<(ProposalId, String)>> {
        let rows = store::new_between(db, buurt, user, between, limit).await?;
        Ok(rows.into_iter().map(|(id, title)| (ProposalId(id), title)).collect())
    }

    /// How many proposals of a buurt wait for the commissie's review.
    pub async fn to_review(db: &Db, buurt: BuurtId) -> AppResult<i64> {
        store::to_review_count(db, buurt).await
    }

    /// When an account is deleted, its open proposals leave the commissie's queue: they are
    /// withdrawn (the author's step, with a history line); the others stay as they are.
    pub async fn on_account_deleted(tx: &mut Tx, user: UserId, now: i64) -> AppResult<()> {
        store::forget_seen(tx, user).await?;
        let ids: Vec<i64> = store::ids_of_author(tx, user).await?;
        for id in ids {
            let row = store::proposal(&mut **tx, ProposalId(id)).await?;
            if let Ok(to) = rules::after(row.kind()?, row.status()?, Step::Withdraw) {
                let actor = Actor { user, role: Role::Resident.code() };
                store::set_status(tx, ProposalId(id), to, "", actor, now).await?;
            }
        }
        Ok(())
    }
}
