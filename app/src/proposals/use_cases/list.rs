//! Reading lists: the Meedoen page of a buurt (in a fair order), one's own proposals, and
//! where one stands against the limits before proposing.

use super::super::model::{Kind, NewProposalInfo, ProposalCard, ProposalGroup, ProposalList};
use super::super::rules::{self, Turn};
use super::super::{present, store};
use crate::auth::{Membership, SessionUser};
use crate::db::Db;
use crate::error::{AppError, AppResult, LocalMoment};

/// What the list shows: one kind or all, and the open or the closed proposals.
#[derive(Clone, Copy, Debug)]
pub struct ListFilter {
    pub kind: Option<Kind>,
    /// Declined, merged and withdrawn ones instead of the open ones.
    pub closed: bool,
}

/// The name of the secret behind the fair order.
const LIST_SECRET: &str = "list_order";

/// The key of the fair order: 32 random bytes (as 64 hex digits) made once, at first need, in a
/// write transaction; the first one stored wins, so every app instance uses the same key.
async fn list_secret(db: &Db) -> AppResult<String> {
    if let Some(secret) = store::secret(db, LIST_SECRET).await? {
        return Ok(secret);
    }
    let fresh: [u8; 32] = rand::random();
    let hex: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
    crate::in_write!(db, |tx| store::insert_secret(tx, LIST_SECRET, &hex))?;
    store::secret(db, LIST_SECRET).await?.ok_or_else(|| AppError::internal("the list secret is missing after storing it"))
}

/// Today's date in the Netherlands (the fair order changes once a day).
fn local_date(now: i64) -> String {
    jiff::Timestamp::from_second(now).map(|t| t.to_zoned(crate::time::zone()).date().to_string()).unwrap_or_default()
}

/// The proposals of the buurt in groups. New ones in a fair order: households take turns
/// (no household gets a second place before every household had its first), in an order that
/// is the same for this visitor all day, never by comments or supporters, and that nobody can
/// predict without the server's secret.
pub async fn list(db: &Db, user: &SessionUser, buurt: &Membership, filter: ListFilter, now: i64) -> AppResult<ProposalList> {
    let moderator = crate::auth::can_moderate(user, buurt.buurt_id).is_ok();
    let keys: &[&str] = if filter.closed {
        &["proposals-group-closed"]
    } else {
        &["proposals-group-new", "proposals-group-accepted", "proposals-group-done"]
    };
    let mut groups: Vec<Vec<(Turn, ProposalCard)>> = keys.iter().map(|_| Vec::new()).collect();
    for row in store::proposals_of_buurt(db, buurt.buurt_id).await? {
        if !rules::may_see(Some(buurt.role), row.hidden_at.is_some(), row.is_author(user.id)) {
            continue;
        }
        let card = present::card(&row, user.id)?;
        if filter.kind.is_some_and(|k| k != card.kind) {
            continue;
        }
        if let Some(group) = rules::list_group(filter.closed, card.status) {
            groups[group].push((row.household_id.map_or(Turn::Proposal(row.id), Turn::Household), card));
        }
    }
    let secret = if groups[0].is_empty() { String::new() } else { list_secret(db).await? };
    let today = local_date(now);
    let rank = |turn| rules::fair_rank(secret.as_bytes(), user.id.0, &today, turn);
    let mut groups = groups.into_iter();
    let new = groups.next().map(|new| rules::in_turns(new, rank, |card: &ProposalCard| rank(Turn::Proposal(card.id.0))));
    let groups = new.into_iter().chain(groups.map(|g| g.into_iter().map(|(_, card)| card).collect()));
    Ok(ProposalList {
        buurt_name: buurt.buurt_name.clone(),
        moderator,
        groups: keys.iter().zip(groups).map(|(key, proposals)| ProposalGroup { key: key.to_string(), proposals }).collect(),
    })
}

/// Remembers that the user looked at the open proposals of the buurt now: the home page counts
/// what is new since then. The one write of this read, on purpose: it is the visit itself.
pub async fn mark_seen(db: &Db, user: &SessionUser, buurt: &Membership, now: i64) -> AppResult<()> {
    store::mark_seen(db, user.id, buurt.buurt_id, now).await
}

/// The user's own proposals, newest first.
pub async fn mine(db: &Db, user: &SessionUser) -> AppResult<Vec<ProposalCard>> {
    store::proposals_of_author(db, user.id).await?.iter().map(|row| present::card(row, user.id)).collect()
}

/// The limits of the buurt and where the user stands: open proposals now, and new proposals
/// in these 30 days (how many are left, or from when the next one is possible).
pub async fn new_proposal_info(db: &Db, user: &SessionUser, buurt: &Membership, now: i64) -> AppResult<NewProposalInfo> {
    let settings = store::settings(db, buurt.buurt_id).await?;
    let household = store::household_of(db, user.id).await?;
    let mut tx = db.begin().await?;
    let (open_mine, open_household) = store::open_counts(&mut tx, buurt.buurt_id, user.id, household).await?;
    let recent = super::author::recent(&mut tx, (buurt.buurt_id, user.id), household, now).await?;
    tx.commit().await?;
    let standing = rules::standing(&settings, &recent, now);
    Ok(NewProposalInfo {
        max_resident: settings.max_open_per_resident,
        max_household: settings.max_open_per_household,
        open_mine,
        open_household,
        new_max_resident: settings.new_per_resident_30d,
        new_max_household: settings.new_per_household_30d,
        new_left: standing.left,
        new_left_household: standing.left_household,
        next_at: standing.next.map(LocalMoment::at),
    })
}
