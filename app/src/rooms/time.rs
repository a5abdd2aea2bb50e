//! A requested time in the local terms the room rules speak: weekday and minutes of the day
//! (Europe/Amsterdam, through [`crate::time`]).

use super::rules::Wanted;
use crate::error::Problem;
use crate::time::{add_days, local_date, minutes_in_day, parse_local, weekday};

/// A requested time in local terms.
pub fn wanted(start: i64, end: i64) -> Wanted {
    let date = local_date(start);
    let end_date = local_date(end);
    let end_min = minutes_in_day(end, date);
    let same_day = end_date == date || (end_date == add_days(date, 1) && minutes_in_day(end, end_date) == 0 && end > start);
    Wanted { start, end, weekday: weekday(date), start_min: minutes_in_day(start, date), end_min, same_day }
}

/// The request form: a date and start and end times (local) as a [`Wanted`].
pub fn parse_wanted(date: &str, from: &str, to: &str) -> Result<Wanted, Problem> {
    let (start, end) = parse_local(date, from, to)?;
    Ok(wanted(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_of_the_clock_change() {
        // 29 March 2026: the clocks go forward at 02:00.
        let w = parse_wanted("2026-03-29", "01:00", "04:00").unwrap();
        assert_eq!((w.start_min, w.end_min, w.minutes()), (60, 240, 120), "three hours on the clock, two real hours");
        assert!(w.same_day);
        assert_eq!(w.weekday, 7);
        // 25 October 2026: back again.
        let w = parse_wanted("2026-10-25", "01:00", "04:00").unwrap();
        assert_eq!(w.minutes(), 240);
        // An evening that day is still 20:00 local.
        let w = parse_wanted("2026-10-25", "20:00", "21:30").unwrap();
        assert_eq!((w.start_min, w.end_min, w.minutes()), (1200, 1290, 90));
    }

    #[test]
    fn days() {
        let w = parse_wanted("2026-11-24", "23:00", "23:30").unwrap();
        assert!(w.same_day);
        let across = wanted(w.start, w.start + 40 * 3600);
        assert!(!across.same_day);
        let to_midnight = wanted(w.start, w.start + 3600);
        assert!(to_midnight.same_day);
        assert_eq!(to_midnight.end_min, 1440);
    }
}
