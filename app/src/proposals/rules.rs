//! Pure decisions for proposals: who may moderate, which status a step leads to, the limits
//! on open proposals; the limits over time and the fair order of the list (no reward for the
//! loudest) are in `fair`.

use super::model::{Action, Kind, Settings, Status};
use crate::accounts::model::Role;
use crate::auth::COMMITTEE_OR_STAFF;
use crate::error::{AppError, Problem};

mod fair;
pub use fair::*;

/// A step in a proposal's life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The commissie starts looking at it.
    Review,
    AskChanges,
    Decline,
    /// Accepted (an activity is planned in the same step, see [`after`]).
    Accept,
    /// An accepted initiative is planned.
    Plan,
    Done,
    Merge,
    /// The author sends it back after a request for changes.
    Resubmit,
    /// The author withdraws it.
    Withdraw,
}

impl Step {
    /// The code used in forms.
    pub fn parse(code: &str) -> Result<Step, Problem> {
        match code.trim() {
            "behandelen" => Ok(Step::Review),
            "aanpassen" => Ok(Step::AskChanges),
            "afwijzen" => Ok(Step::Decline),
            "accepteren" => Ok(Step::Accept),
            "plannen" => Ok(Step::Plan),
            "uitgevoerd" => Ok(Step::Done),
            _ => Err(Problem::Unknown),
        }
    }

    /// Whether the commissie must say why.
    pub fn needs_reason(self) -> bool {
        matches!(self, Step::AskChanges | Step::Decline | Step::Merge)
    }
}

/// Moderators: commissieleden and staff of the buurt (the roles of `auth::can_moderate`).
pub fn is_moderator(role: Option<Role>) -> bool {
    role.is_some_and(|r| COMMITTEE_OR_STAFF.contains(&r))
}

/// Who may see a proposal: the members of its buurt; a hidden one only the commissie, staff
/// and its author. For everyone else it does not exist.
pub fn may_see(role: Option<Role>, hidden: bool, is_author: bool) -> bool {
    role.is_some() && (!hidden || is_moderator(role) || is_author)
}

/// The author adds or replaces the photo of their proposal while it is open.
pub fn may_add_photo(role: Option<Role>, is_author: bool, status: Status) -> bool {
    role.is_some() && is_author && status.is_open()
}

/// The conversation under a proposal closes once it is withdrawn or merged.
pub fn comments_closed(status: Status) -> bool {
    matches!(status, Status::Withdrawn | Status::Merged)
}

/// The group of the list a proposal goes in (0 = new, 1 = accepted, 2 = done), or `None`
/// when it is not listed; `closed` lists declined, merged and withdrawn ones instead.
pub fn list_group(closed: bool, status: Status) -> Option<usize> {
    use Status::*;
    match (closed, status) {
        (true, Declined | Merged | Withdrawn) => Some(0),
        (false, Submitted | InReview | ChangesRequested) => Some(0),
        (false, Accepted | Planned) => Some(1),
        (false, Done) => Some(2),
        _ => None,
    }
}

/// Where a proposal goes in the commissie's queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueuePlace {
    New,
    Waiting,
    Running,
    Hidden,
}

/// The queue place of a proposal, or `None` when it is decided and out of the queue.
pub fn queue_place(hidden: bool, status: Status) -> Option<QueuePlace> {
    use Status::*;
    match (hidden, status) {
        (true, _) => Some(QueuePlace::Hidden),
        (false, Submitted | InReview) => Some(QueuePlace::New),
        (false, ChangesRequested) => Some(QueuePlace::Waiting),
        (false, Accepted | Planned) => Some(QueuePlace::Running),
        _ => None,
    }
}

/// What a commissie step writes: the public log action (none for starting a review) and the
/// note the proposer gets. Accepting an activity goes through the agenda instead.
pub fn decision_of(kind: Kind, step: Step) -> Result<(Option<Action>, &'static str), Problem> {
    Ok(match step {
        Step::Review => (None, "note-proposal-review"),
        Step::AskChanges => (Some(Action::AskChanges), "note-proposal-changes"),
        Step::Decline => (Some(Action::Decline), "note-proposal-declined"),
        Step::Accept if kind == Kind::Initiative => (Some(Action::Accept), "note-proposal-accepted"),
        Step::Accept => return Err(Problem::ProposalWrongStatus),
        Step::Plan => (Some(Action::Plan), "note-proposal-planned"),
        Step::Done => (Some(Action::Done), "note-proposal-done"),
        _ => return Err(Problem::Unknown),
    })
}

/// A moderator decides on proposals of others; nobody decides on their own.
pub fn may_moderate(role: Option<Role>, is_author: bool) -> Result<(), AppError> {
    if !is_moderator(role) {
        return Err(AppError::Forbidden);
    }
    if is_author {
        return Err(Problem::ProposalOwn.into());
    }
    Ok(())
}

/// The status a step leads to from `from`, or why it cannot be taken now. An accepted
/// activity is planned at once (it becomes an agenda activity in the same step).
pub fn after(kind: Kind, from: Status, step: Step) -> Result<Status, Problem> {
    use Status::*;
    let to = match (step, from) {
        (Step::Review, Submitted) => InReview,
        (Step::AskChanges, Submitted | InReview) => ChangesRequested,
        (Step::Decline, Submitted | InReview | ChangesRequested) => Declined,
        (Step::Accept, Submitted | InReview) => match kind {
            Kind::Activity => Planned,
            Kind::Initiative => Accepted,
        },
        (Step::Plan, Accepted) => Planned,
        (Step::Done, Planned) => Done,
        (Step::Merge, Submitted | InReview | ChangesRequested) => Merged,
        (Step::Resubmit, ChangesRequested) => Submitted,
        (Step::Withdraw, Submitted | InReview | ChangesRequested) => Withdrawn,
        _ => return Err(Problem::ProposalWrongStatus),
    };
    Ok(to)
}

/// A proposal can absorb a duplicate while it is still alive.
pub fn may_receive_merge(status: Status) -> bool {
    matches!(status, Status::Submitted | Status::InReview | Status::ChangesRequested | Status::Accepted | Status::Planned)
}

/// Whether one more open proposal fits the limits of the buurt.
pub fn may_propose(settings: &Settings, open_of_resident: i64, open_of_household: i64) -> Result<(), Problem> {
    if open_of_resident >= settings.max_open_per_resident {
        return Err(Problem::ProposalLimitResident);
    }
    if open_of_household >= settings.max_open_per_household {
        return Err(Problem::ProposalLimitHousehold);
    }
    Ok(())
}

/// What the public moderation log may show of one entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogShows {
    /// The proposal's title.
    pub title: bool,
    /// The reason as the commissie wrote it.
    pub reason: bool,
}

/// The public log tells everyone that something was decided, but never the text of what is
/// hidden: no title while the proposal is hidden (or gone), and no free-text reason for a
/// hide (it tends to quote what was hidden) or for any entry about hidden or gone content.
/// The commissie reads the details in its own queue; the author in Meldingen.
pub fn log_shows(action: Action, target_exists: bool, proposal_hidden: bool, comment_hidden: bool) -> LogShows {
    let title = target_exists && !proposal_hidden;
    LogShows { title, reason: title && !comment_hidden && action != Action::Hide }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_moderates() {
        assert!(may_moderate(Some(Role::Committee), false).is_ok());
        assert!(may_moderate(Some(Role::SocialWorker), false).is_ok());
        assert!(may_moderate(Some(Role::Admin), false).is_ok());
        assert_eq!(may_moderate(Some(Role::Resident), false), Err(AppError::Forbidden));
        assert_eq!(may_moderate(None, false), Err(AppError::Forbidden));
        assert_eq!(may_moderate(Some(Role::Committee), true), Err(AppError::Invalid(Problem::ProposalOwn)));
    }

    #[test]
    fn who_sees_a_proposal() {
        assert!(may_see(Some(Role::Resident), false, false));
        assert!(!may_see(None, false, false));
        assert!(!may_see(Some(Role::Resident), true, false));
        assert!(may_see(Some(Role::Resident), true, true));
        assert!(may_see(Some(Role::Committee), true, false));
        assert!(may_add_photo(Some(Role::Resident), true, Status::InReview));
        assert!(!may_add_photo(Some(Role::Resident), true, Status::Accepted));
        assert!(!may_add_photo(None, true, Status::Submitted));
        assert!(comments_closed(Status::Merged) && comments_closed(Status::Withdrawn) && !comments_closed(Status::Declined));
    }

    #[test]
    fn where_a_proposal_is_listed() {
        assert_eq!(list_group(false, Status::ChangesRequested), Some(0));
        assert_eq!(list_group(false, Status::Planned), Some(1));
        assert_eq!(list_group(false, Status::Declined), None);
        assert_eq!(list_group(true, Status::Withdrawn), Some(0));
        assert_eq!(queue_place(true, Status::Done), Some(QueuePlace::Hidden));
        assert_eq!(queue_place(false, Status::InReview), Some(QueuePlace::New));
        assert_eq!(queue_place(false, Status::Declined), None);
        assert_eq!(decision_of(Kind::Activity, Step::Accept), Err(Problem::ProposalWrongStatus));
        assert_eq!(decision_of(Kind::Initiative, Step::Accept), Ok((Some(Action::Accept), "note-proposal-accepted")));
    }

    #[test]
    fn steps() {
        use Status::*;
        assert_eq!(after(Kind::Activity, Submitted, Step::Review), Ok(InReview));
        assert_eq!(after(Kind::Activity, InReview, Step::AskChanges), Ok(ChangesRequested));
        assert_eq!(after(Kind::Activity, ChangesRequested, Step::Resubmit), Ok(Submitted));
        assert_eq!(after(Kind::Activity, Submitted, Step::Accept), Ok(Planned));
        assert_eq!(after(Kind::Initiative, InReview, Step::Accept), Ok(Accepted));
        assert_eq!(after(Kind::Initiative, Accepted, Step::Plan), Ok(Planned));
        assert_eq!(after(Kind::Initiative, Planned, Step::Done), Ok(Done));
        assert_eq!(after(Kind::Initiative, ChangesRequested, Step::Accept), Err(Problem::ProposalWrongStatus));
        assert_eq!(after(Kind::Initiative, Declined, Step::Accept), Err(Problem::ProposalWrongStatus));
        assert_eq!(after(Kind::Initiative, Submitted, Step::Done), Err(Problem::ProposalWrongStatus));
        assert_eq!(after(Kind::Initiative, Accepted, Step::Withdraw), Err(Problem::ProposalWrongStatus));
        assert_eq!(after(Kind::Initiative, Merged, Step::Merge), Err(Problem::ProposalWrongStatus));
    }

    #[test]
    fn limits_at_their_boundaries() {
        let s = Settings::default();
        assert_eq!(may_propose(&s, 1, 2), Ok(()));
        assert_eq!(may_propose(&s, 2, 2), Err(Problem::ProposalLimitResident));
        assert_eq!(may_propose(&s, 0, 3), Err(Problem::ProposalLimitHousehold));
    }

    #[test]
    fn the_log_never_shows_hidden_text() {
        let shows = |a, exists, p, c| log_shows(a, exists, p, c);
        assert_eq!(shows(Action::Decline, true, false, false), LogShows { title: true, reason: true });
        assert_eq!(shows(Action::Hide, true, true, false), LogShows { title: false, reason: false });
        assert_eq!(shows(Action::Merge, true, true, false), LogShows { title: false, reason: false });
        assert_eq!(shows(Action::Hide, true, false, true), LogShows { title: true, reason: false });
        assert_eq!(shows(Action::Unhide, true, false, true), LogShows { title: true, reason: false });
        assert_eq!(shows(Action::Hide, true, false, false), LogShows { title: true, reason: false });
        assert_eq!(shows(Action::Accept, false, false, false), LogShows { title: false, reason: false });
    }
}
