//! Pure agenda decisions: the time slot of an activity, when sign-up is open, and whether a
//! new sign-up gets a place or goes on the waiting list.

use crate::error::Problem;

/// The earliest moment an activity may start: 2020-01-01 (nothing from 1900).
pub const EARLIEST: i64 = 1_577_836_800;
/// Activities are published at most two years ahead.
pub const MAX_AHEAD: i64 = 2 * 366 * 24 * 3600;
/// An activity lasts at most a week (a camp, a trip).
pub const MAX_LENGTH: i64 = 7 * 24 * 3600;

/// A checked start and end (UTC seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeSlot {
    pub start: i64,
    pub end: i64,
}

impl TimeSlot {
    /// End after start, not in the past, not too far ahead, not longer than a week.
    pub fn new(start: i64, end: i64, now: i64) -> Result<TimeSlot, Problem> {
        if start < EARLIEST || start < now {
            return Err(Problem::StartInPast);
        }
        if start > now + MAX_AHEAD {
            return Err(Problem::StartTooFar);
        }
        if end <= start {
            return Err(Problem::EndBeforeStart);
        }
        if end - start > MAX_LENGTH {
            return Err(Problem::TooLong);
        }
        Ok(TimeSlot { start, end })
    }
}

/// Whether residents can still sign up (or withdraw) at `now`.
pub fn signup_open(now: i64, starts_at: i64, closes_minutes_before: Option<i64>, cancelled: bool) -> bool {
    let closes = starts_at - closes_minutes_before.unwrap_or(0) * 60;
    !cancelled && now < closes
}

/// A new sign-up gets a place when there is no limit or a place is free; otherwise it goes on
/// the waiting list.
pub fn gets_place(capacity: Option<i64>, signed_up: i64) -> bool {
    capacity.is_none_or(|cap| signed_up < cap)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    #[test]
    fn time_slots() {
        assert!(TimeSlot::new(NOW + 3600, NOW + 7200, NOW).is_ok());
        assert_eq!(TimeSlot::new(NOW + 7200, NOW + 3600, NOW), Err(Problem::EndBeforeStart));
        assert_eq!(TimeSlot::new(NOW + 3600, NOW + 3600, NOW), Err(Problem::EndBeforeStart));
        assert_eq!(TimeSlot::new(NOW - 60, NOW + 3600, NOW), Err(Problem::StartInPast));
        assert_eq!(TimeSlot::new(-2_208_988_800, -2_208_985_200, NOW), Err(Problem::StartInPast), "1900");
        assert_eq!(TimeSlot::new(NOW + MAX_AHEAD + 1, NOW + MAX_AHEAD + 3600, NOW), Err(Problem::StartTooFar));
        assert_eq!(TimeSlot::new(NOW + 60, NOW + 60 + MAX_LENGTH + 1, NOW), Err(Problem::TooLong));
    }

    #[test]
    fn sign_up_window() {
        let start = NOW + 3600;
        assert!(signup_open(NOW, start, None, false));
        assert!(!signup_open(start, start, None, false));
        assert!(!signup_open(NOW, start, Some(60), false), "closes an hour before");
        assert!(signup_open(NOW, start, Some(59), false));
        assert!(!signup_open(NOW, start, None, true), "cancelled");
    }

    #[test]
    fn places() {
        assert!(gets_place(None, 1_000));
        assert!(gets_place(Some(10), 9));
        assert!(!gets_place(Some(10), 10));
    }
}
