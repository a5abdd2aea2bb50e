//! Proposals as the pages show them: cards, the detail page, the queue, the log and settings.

use super::{Action, Kind, ProposalId, Settings, Status};
use crate::error::LocalMoment;
use serde::{Deserialize, Serialize};

/// A proposal in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalCard {
    pub id: ProposalId,
    pub kind: Kind,
    pub title: String,
    /// The first line of the description.
    pub summary: String,
    pub status: Status,
    pub supporters: i64,
    /// When it was proposed, as shown (local time).
    pub when: String,
    /// Hidden by the commissie (only moderators and the author see it then).
    pub hidden: bool,
    pub mine: bool,
}

/// One step in a proposal's history: the status, who (a role, or a staff member's name), why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventView {
    pub status: Status,
    pub who: String,
    pub when: String,
    pub reason: String,
}

/// Everything the page of one proposal shows. Fields a visitor may not see are empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalDetail {
    pub card: ProposalCard,
    pub description: String,
    pub audience: String,
    pub date_wish: String,
    pub help_needed: String,
    pub author: String,
    pub status_reason: String,
    /// Merged into this proposal: (id, title).
    pub merged_into: Option<(i64, String)>,
    /// The agenda activity it became.
    pub activity_id: Option<i64>,
    /// Why it is hidden (for moderators and the author).
    pub hidden_reason: Option<String>,
    /// For the author: since when reports hide it and the commissie looks at it (local time).
    pub held_since: Option<String>,
    pub events: Vec<EventView>,
    pub supported: bool,
    pub can_support: bool,
    /// The visitor is commissielid or staff of the buurt.
    pub moderator: bool,
    /// A moderator who may decide on this proposal (not their own).
    pub can_moderate: bool,
    pub has_photo: bool,
    /// Other open or accepted proposals this one can be merged into: (id, title).
    pub merge_targets: Vec<(i64, String)>,
    /// Prefill for turning an accepted activity into an agenda activity.
    pub buurt_id: i64,
}

/// A proposal in the commissie's queue, with the proposer's activity of the last 30 days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub card: ProposalCard,
    pub author: String,
    pub recent_proposals: i64,
    pub recent_comments: i64,
    pub hidden_reason: String,
}

/// One entry of the public moderation log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogItem {
    pub when: String,
    /// The actor's role, with the name for staff.
    pub who: String,
    pub action: Action,
    /// A comment (`reactie`) rather than a proposal.
    pub comment: bool,
    /// The proposal's title, or "(verborgen)" while it is hidden.
    pub title: String,
    /// The proposal page to open, if the proposal can be seen.
    pub proposal_id: Option<i64>,
    /// The reason as written, or a general one when it would tell hidden text.
    pub reason: String,
    /// The title or the reason was left out because the content is hidden.
    pub withheld: bool,
}

/// One group of the list ("Nieuw en in behandeling", …): its Fluent key and proposals.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalGroup {
    pub key: String,
    pub proposals: Vec<ProposalCard>,
}

/// The Meedoen page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposalList {
    pub buurt_name: String,
    pub moderator: bool,
    pub groups: Vec<ProposalGroup>,
}

/// What the proposal form tells before anyone types: the limits and where the visitor stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewProposalInfo {
    pub max_resident: i64,
    pub max_household: i64,
    pub open_mine: i64,
    pub open_household: i64,
    /// New proposals per 30 days, whatever became of them: the limits of a resident and of a household.
    pub new_max_resident: i64,
    pub new_max_household: i64,
    /// How many new proposals the visitor can still make in these 30 days (their household's included).
    pub new_left: i64,
    /// How many their household can still make together (`None` without a household).
    pub new_left_household: Option<i64>,
    /// When none are left: the moment the next one is possible.
    pub next_at: Option<LocalMoment>,
}

/// The commissie's queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queue {
    /// Submitted and in review, oldest first.
    pub new: Vec<QueueItem>,
    /// Waiting for the proposer's changes.
    pub waiting: Vec<QueueItem>,
    /// Accepted initiatives and planned proposals, to plan or mark done.
    pub running: Vec<QueueItem>,
    pub hidden: Vec<QueueItem>,
}

/// The settings page of a buurt's participation limits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsForm {
    pub buurt_id: i64,
    pub settings: Settings,
    /// "Anja Beheer, 22-11-2026 14:05" when changed before.
    pub changed: Option<String>,
}
