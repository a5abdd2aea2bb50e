//! Reading lists: the Meedoen page of a buurt (in a fair order), one's own proposals, and
//! where one stands against the limits before proposing.

use super::super::model::{Kind, NewProposalInfo, ProposalCard, ProposalGroup, ProposalList};
use super::super::{present, rules, store};
use crate::auth::{Membership, SessionUser};
use crate::db::Db;
use crate::error::AppResult;

/// What the list shows: one kind or all, and the open or the closed proposals.
#[derive(Clone, Copy, Debug)]
pub struct ListFilter {
    pub kind: Option<Kind>,
    /// Declined, merged and withdrawn ones instead of the open ones.
    pub closed: bool,
}

/// Today's date in the Netherlands (the fair order changes once a day).
fn local_date(now: i64) -> String {
    jiff::Timestamp::from_second(now).map(|t| t.to_zoned(crate::time::zone()).date().to_string()).unwrap_or_default()
}

/// The proposals of the buurt in groups, new ones in a fair order (the same for this visitor
/// all day, never by comments or supporters).
pub async fn list(db: &Db, user: &SessionUser, buurt: &Membership, filter: ListFilter, now: i64) -> AppResult<ProposalList> {
    let moderator = crate::auth::can_moderate(user, buurt.buurt_id).is_ok();
    let keys: &[&str] = if filter.closed {
        &["proposals-group-closed"]
    } else {
        &["proposals-group-new", "proposals-group-accepted", "proposals-group-done"]
    };
    let mut groups: Vec<Vec<ProposalCard>> = keys.iter().map(|_| Vec::new()).collect();
    for row in store::proposals_of_buurt(db, buurt.buurt_id).await? {
        if !rules::may_see(Some(buurt.role), row.hidden_at.is_some(), row.is_author(user.id)) {
            continue;
        }
        let card = present::card(&row, user.id)?;
        if filter.kind.is_some_and(|k| k != card.kind) {
            continue;
        }
        if let Some(group) = rules::list_group(filter.closed, card.status) {
            groups[group].push(card);
        }
    }
    let today = local_date(now);
    if let Some(new) = groups.first_mut() {
        new.sort_by_key(|c| rules::fair_rank(user.id.0, &today, c.id.0));
    }
    Ok(ProposalList {
        buurt_name: buurt.buurt_name.clone(),
        moderator,
        groups: keys.iter().zip(groups).map(|(key, proposals)| ProposalGroup { key: key.to_string(), proposals }).collect(),
    })
}

/// The user's own proposals, newest first.
pub async fn mine(db: &Db, user: &SessionUser) -> AppResult<Vec<ProposalCard>> {
    store::proposals_of_author(db, user.id).await?.iter().map(|row| present::card(row, user.id)).collect()
}

/// The limits of the buurt and how many open proposals the user and their household have.
pub async fn new_proposal_info(db: &Db, user: &SessionUser, buurt: &Membership) -> AppResult<NewProposalInfo> {
    let settings = store::settings(db, buurt.buurt_id).await?;
    let household = store::household_of(db, user.id).await?;
    let mut tx = db.begin().await?;
    let (open_mine, open_household) = store::open_counts(&mut tx, buurt.buurt_id, user.id, household).await?;
    tx.commit().await?;
    Ok(NewProposalInfo {
        max_resident: settings.max_open_per_resident,
        max_household: settings.max_open_per_household,
        open_mine,
        open_household,
    })
}
