//! The page of one proposal: its text, history, what the visitor may do, and for the
//! commissie the proposals it can be merged into.

use super::super::model::{ProposalDetail, ProposalId};
use super::super::store::{self, ProposalRow};
use super::super::{present, rules};
use super::access;
use crate::accounts::model::{BuurtId, shown_name};
use crate::auth::SessionUser;
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;

/// One proposal with its history, as the user may see it (`NotFound` otherwise).
pub async fn detail(db: &Db, user: &SessionUser, id: ProposalId, lang: Lang) -> AppResult<ProposalDetail> {
    let (row, _) = access::visible(db, user, id).await?.ok_or(AppError::NotFound)?;
    let moderator = crate::auth::can_moderate(user, BuurtId(row.buurt_id)).is_ok();
    let is_author = row.is_author(user.id);
    let status = row.status()?;
    let events = store::events(db, id).await?.into_iter().map(|e| present::event(&row, e, lang)).collect::<AppResult<Vec<_>>>()?;
    let merged_into = match row.merged_into {
        Some(target) => {
            let t = store::proposal(db, ProposalId(target)).await?;
            Some((t.id, t.title))
        }
        None => None,
    };
    let can_moderate = moderator && !is_author;
    let merge_targets = if can_moderate && status.is_open() { merge_targets(db, &row).await? } else { Vec::new() };
    let held_since = match (is_author, row.hidden_at) {
        (true, Some(_)) => crate::comments::service::proposal_held_since(db, id, &row.hidden_reason, lang).await?,
        _ => None,
    };
    Ok(ProposalDetail {
        card: present::card(&row, user.id)?,
        description: row.description.clone(),
        audience: row.audience.clone(),
        date_wish: row.date_wish.clone(),
        help_needed: row.help_needed.clone(),
        author: shown_name(row.author_name.as_deref(), lang),
        status_reason: row.status_reason.clone(),
        merged_into,
        activity_id: row.activity_id,
        hidden_reason: row.hidden_at.map(|_| row.hidden_reason.clone()),
        held_since,
        events,
        supported: store::is_supporter(db, id, user.id).await?,
        can_support: !is_author && rules::may_receive_merge(status),
        moderator,
        can_moderate,
        has_photo: row.has_photo > 0,
        merge_targets,
        buurt_id: row.buurt_id,
    })
}

/// The other visible proposals of the buurt that can absorb this one: (id, title).
async fn merge_targets(db: &Db, row: &ProposalRow) -> AppResult<Vec<(i64, String)>> {
    Ok(store::proposals_of_buurt(db, BuurtId(row.buurt_id))
        .await?
        .into_iter()
        .filter(|p| p.id != row.id && p.hidden_at.is_none() && p.status().is_ok_and(rules::may_receive_merge))
        .map(|p| (p.id, p.title))
        .collect())
}
