//! Pure decisions for volunteer groups: who manages a group, what asking to join does, who
//! may sign up for a task and when, when hours can be recorded, and who may leave.

use super::model::{JoinPolicy, Standing};
use crate::error::Problem;

/// Staff of the group's buurt and the group's coordinators manage it.
pub fn can_manage(is_staff: bool, standing: Option<Standing>) -> bool {
    is_staff || standing == Some(Standing::Coordinator)
}

/// What asking to join a group does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinOutcome {
    /// Already a member, or already asked: nothing changes.
    Nothing,
    /// A member at once (an open group).
    Member,
    /// A request that a coordinator answers.
    Request,
}

pub fn join_outcome(policy: JoinPolicy, current: Option<Standing>) -> JoinOutcome {
    match (current, policy) {
        (Some(_), _) => JoinOutcome::Nothing,
        (None, JoinPolicy::Open) => JoinOutcome::Member,
        (None, JoinPolicy::Approval) => JoinOutcome::Request,
    }
}

/// Signing up and withdrawing are possible until a task starts.
pub fn task_open(now: i64, starts_at: i64) -> bool {
    now < starts_at
}

/// Whether a new sign-up fits: a member of the group, before the start, and a place free
/// (a task never has more people than it needs).
pub fn may_sign_up(standing: Option<Standing>, now: i64, starts_at: i64, needed: i64, taken: i64) -> Result<(), Problem> {
    if !standing.is_some_and(Standing::is_member) {
        return Err(Problem::NotGroupMember);
    }
    if !task_open(now, starts_at) {
        return Err(Problem::TaskClosed);
    }
    if taken >= needed {
        return Err(Problem::TaskFull);
    }
    Ok(())
}

/// Withdrawing is possible until the task starts.
pub fn may_withdraw(now: i64, starts_at: i64) -> Result<(), Problem> {
    if task_open(now, starts_at) { Ok(()) } else { Err(Problem::TaskClosed) }
}

/// Hours are recorded once a task has ended.
pub fn may_record_hours(now: i64, ends_at: i64) -> Result<(), Problem> {
    if now >= ends_at { Ok(()) } else { Err(Problem::TaskNotOver) }
}

/// A group always keeps a coordinator: the last one cannot leave.
pub fn may_leave(standing: Standing, coordinators: i64) -> Result<(), Problem> {
    if standing == Standing::Coordinator && coordinators <= 1 {
        return Err(Problem::LastCoordinator);
    }
    Ok(())
}

/// Only a member can become a co-coordinator (someone who only asked is answered first).
pub fn may_promote(target: Standing) -> Result<(), Problem> {
    if target.is_member() { Ok(()) } else { Err(Problem::NotGroupMember) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    #[test]
    fn managers() {
        assert!(can_manage(true, None));
        assert!(can_manage(false, Some(Standing::Coordinator)));
        assert!(!can_manage(false, Some(Standing::Member)));
        assert!(!can_manage(false, Some(Standing::Requested)));
        assert!(!can_manage(false, None));
    }

    #[test]
    fn joining() {
        assert_eq!(join_outcome(JoinPolicy::Open, None), JoinOutcome::Member);
        assert_eq!(join_outcome(JoinPolicy::Approval, None), JoinOutcome::Request);
        assert_eq!(join_outcome(JoinPolicy::Approval, Some(Standing::Requested)), JoinOutcome::Nothing);
        assert_eq!(join_outcome(JoinPolicy::Open, Some(Standing::Member)), JoinOutcome::Nothing);
    }

    #[test]
    fn signing_up_for_a_task() {
        let member = Some(Standing::Member);
        assert_eq!(may_sign_up(member, NOW, NOW + 60, 3, 2), Ok(()));
        assert_eq!(may_sign_up(Some(Standing::Coordinator), NOW, NOW + 60, 3, 0), Ok(()));
        assert_eq!(may_sign_up(member, NOW, NOW + 60, 3, 3), Err(Problem::TaskFull));
        assert_eq!(may_sign_up(member, NOW, NOW, 3, 0), Err(Problem::TaskClosed));
        assert_eq!(may_sign_up(None, NOW, NOW + 60, 3, 0), Err(Problem::NotGroupMember));
        assert_eq!(may_sign_up(Some(Standing::Requested), NOW, NOW + 60, 3, 0), Err(Problem::NotGroupMember));
        assert_eq!(may_withdraw(NOW, NOW + 1), Ok(()));
        assert_eq!(may_withdraw(NOW, NOW - 1), Err(Problem::TaskClosed));
    }

    #[test]
    fn hours_after_the_task() {
        assert_eq!(may_record_hours(NOW, NOW), Ok(()));
        assert_eq!(may_record_hours(NOW, NOW + 1), Err(Problem::TaskNotOver));
    }

    #[test]
    fn leaving_and_promoting() {
        assert_eq!(may_leave(Standing::Member, 1), Ok(()));
        assert_eq!(may_leave(Standing::Requested, 0), Ok(()));
        assert_eq!(may_leave(Standing::Coordinator, 2), Ok(()));
        assert_eq!(may_leave(Standing::Coordinator, 1), Err(Problem::LastCoordinator));
        assert_eq!(may_promote(Standing::Member), Ok(()));
        assert_eq!(may_promote(Standing::Coordinator), Ok(()));
        assert_eq!(may_promote(Standing::Requested), Err(Problem::NotGroupMember));
    }
}
