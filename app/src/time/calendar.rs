//! Local dates and times in the portal's zone (Europe/Amsterdam, summer and winter time):
//! reading form fields, days, weeks and months as UTC bounds.

use super::zone;
use crate::error::Problem;
use jiff::civil::{Date, Time};
use jiff::{Span, Timestamp, Zoned};

/// A moment in the portal's zone.
pub fn zoned(unix: i64) -> Option<Zoned> {
    Timestamp::from_second(unix).ok().map(|t| t.to_zoned(zone()))
}

/// The local date of a moment.
pub fn local_date(unix: i64) -> Date {
    zoned(unix).map(|z| z.date()).unwrap_or_default()
}

/// 1 (Monday) to 7 (Sunday).
pub fn weekday(date: Date) -> u8 {
    date.weekday().to_monday_one_offset() as u8
}

/// Local midnight of a date as UTC seconds.
pub fn midnight(date: Date) -> i64 {
    date.to_zoned(zone()).map(|z| z.timestamp().as_second()).unwrap_or_default()
}

pub fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(Span::new().days(days)).unwrap_or(date)
}

/// The start and end of a local day (23 or 25 hours on the days the clocks change).
pub fn day_bounds(date: Date) -> (i64, i64) {
    (midnight(date), midnight(add_days(date, 1)))
}

/// Minutes since local midnight of `date`: 0 before that day, 1440 after it.
pub fn minutes_in_day(unix: i64, date: Date) -> i64 {
    let Some(z) = zoned(unix) else { return 0 };
    match z.date().cmp(&date) {
        std::cmp::Ordering::Less => 0,
        std::cmp::Ordering::Greater => 1440,
        std::cmp::Ordering::Equal => z.hour() as i64 * 60 + z.minute() as i64,
    }
}

/// The Monday of the week of `date`, or of the current week when `date` is empty or bad
/// (the next week on a Sunday, when the week is over).
pub fn monday_of(date: &str, now: i64) -> Date {
    let day = date.trim().parse::<Date>().unwrap_or_else(|_| {
        let today = local_date(now);
        if weekday(today) == 7 { add_days(today, 1) } else { today }
    });
    add_days(day, -(weekday(day) as i64 - 1))
}

/// The start and end of the local calendar month of a moment.
pub fn month_bounds(unix: i64) -> (i64, i64) {
    let first = local_date(unix).first_of_month();
    let next = first.checked_add(Span::new().months(1)).unwrap_or(first);
    (midnight(first), midnight(next))
}

/// The start of today (local midnight) and of the day a week later, as UTC seconds.
pub fn this_week(now: i64) -> (i64, i64) {
    let Some(today) = zoned(now).map(|z| z.date()) else { return (now, now) };
    (midnight(today), midnight(add_days(today, 7)))
}

/// 0 when it starts today (local), 1 within the coming 7 days, 2 later.
pub fn when_group(start: i64, now: i64) -> u8 {
    let day = |unix: i64| zoned(unix).map(|z| z.date());
    match (day(start), day(now)) {
        (Some(s), Some(n)) if s <= n => 0,
        (Some(s), Some(n)) if s < n.checked_add(Span::new().days(7)).unwrap_or(n) => 1,
        _ => 2,
    }
}

/// A date field (`2026-11-24`).
pub fn parse_date(date: &str) -> Result<Date, Problem> {
    date.trim().parse().map_err(|_| Problem::DateInvalid)
}

/// A date (`2026-11-24`) and start and end times (`10:00`) in local time, as UTC seconds.
/// An end before the start is kept as is (the rules refuse it with a clear message).
pub fn parse_local(date: &str, start: &str, end: &str) -> Result<(i64, i64), Problem> {
    let date = parse_date(date)?;
    let parse_time = |t: &str| t.trim().parse::<Time>().map_err(|_| Problem::DateInvalid);
    let at = |time: Time| {
        date.to_datetime(time).to_zoned(zone()).map(|z| z.timestamp().as_second()).map_err(|_| Problem::DateInvalid)
    };
    Ok((at(parse_time(start)?)?, at(parse_time(end)?)?))
}

/// The times of a series: the same local start and end time on `date` and then every
/// `weeks` weeks up to and including `until` (at most a year; summer and winter time kept).
/// `weeks` 0 gives the one date.
pub fn occurrences(date: &str, start: &str, end: &str, weeks: i64, until: &str) -> Result<Vec<(i64, i64)>, Problem> {
    let first = parse_date(date)?;
    if weeks == 0 {
        return Ok(vec![parse_local(date, start, end)?]);
    }
    let last: Date = until.trim().parse().map_err(|_| Problem::UntilInvalid)?;
    let a_year = first.checked_add(Span::new().years(1)).map_err(|_| Problem::DateInvalid)?;
    if last <= first || last > a_year {
        return Err(Problem::UntilInvalid);
    }
    let mut out = Vec::new();
    let mut day = first;
    while day <= last {
        out.push(parse_local(&day.to_string(), start, end)?);
        day = day.checked_add(Span::new().weeks(weeks)).map_err(|_| Problem::DateInvalid)?;
    }
    Ok(out)
}

/// The local date (`2026-11-24`) and time (`10:00`) of a moment, as the form fields show them.
pub fn local_parts(unix: i64) -> (String, String) {
    zoned(unix).map(|z| (z.date().to_string(), z.strftime("%H:%M").to_string())).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summer_and_winter_time() {
        // 10:00 in summer is 08:00 UTC; in winter 09:00 UTC.
        let (summer, _) = parse_local("2026-07-01", "10:00", "11:00").unwrap();
        assert_eq!(Timestamp::from_second(summer).unwrap().to_string(), "2026-07-01T08:00:00Z");
        let (winter, end) = parse_local("2026-12-01", "10:00", "11:30").unwrap();
        assert_eq!(Timestamp::from_second(winter).unwrap().to_string(), "2026-12-01T09:00:00Z");
        assert_eq!(end - winter, 5400);
    }

    #[test]
    fn bad_dates() {
        assert_eq!(parse_local("2026-02-30", "10:00", "11:00"), Err(Problem::DateInvalid));
        assert_eq!(parse_local("morgen", "10:00", "11:00"), Err(Problem::DateInvalid));
        assert_eq!(parse_local("2026-02-03", "25:00", "11:00"), Err(Problem::DateInvalid));
    }

    #[test]
    fn weekly_series_keep_local_time_across_the_clock_change() {
        // Wednesdays at 10:00 from 14 October to 4 November 2026; the clocks go back on 25 October.
        let times = occurrences("2026-10-14", "10:00", "11:00", 1, "2026-11-04").unwrap();
        assert_eq!(times.len(), 4);
        let utc: Vec<String> = times.iter().map(|(s, _)| Timestamp::from_second(*s).unwrap().to_string()).collect();
        assert_eq!(utc, ["2026-10-14T08:00:00Z", "2026-10-21T08:00:00Z", "2026-10-28T09:00:00Z", "2026-11-04T09:00:00Z"]);
        let fortnightly = occurrences("2026-10-14", "10:00", "11:00", 2, "2026-11-11").unwrap();
        assert_eq!(fortnightly.len(), 3);
        assert_eq!(occurrences("2026-10-14", "10:00", "11:00", 0, "").unwrap().len(), 1);
    }

    #[test]
    fn series_end_dates() {
        assert_eq!(occurrences("2026-10-14", "10:00", "11:00", 1, ""), Err(Problem::UntilInvalid));
        assert_eq!(occurrences("2026-10-14", "10:00", "11:00", 1, "2026-10-01"), Err(Problem::UntilInvalid));
        assert_eq!(occurrences("2026-10-14", "10:00", "11:00", 1, "2028-01-01"), Err(Problem::UntilInvalid));
        assert_eq!(occurrences("2026-10-14", "10:00", "11:00", 1, "2027-10-14").unwrap().len(), 53);
    }

    #[test]
    fn form_parts_and_weeks() {
        let (t, _) = parse_local("2026-07-01", "09:30", "10:00").unwrap();
        assert_eq!(local_parts(t), ("2026-07-01".to_string(), "09:30".to_string()));
        let (from, to) = this_week(t);
        assert_eq!(local_parts(from), ("2026-07-01".to_string(), "00:00".to_string()));
        assert_eq!(local_parts(to), ("2026-07-08".to_string(), "00:00".to_string()));
    }

    #[test]
    fn a_day_of_the_clock_change() {
        // 29 March 2026: the clocks go forward at 02:00, the day has 23 hours; 25 October: 25.
        let (from, to) = day_bounds("2026-03-29".parse().unwrap());
        assert_eq!(to - from, 23 * 3600);
        let (from, to) = day_bounds("2026-10-25".parse().unwrap());
        assert_eq!(to - from, 25 * 3600);
    }

    #[test]
    fn mondays() {
        assert_eq!(monday_of("2026-11-26", 0).to_string(), "2026-11-23");
        assert_eq!(monday_of("2026-11-23", 0).to_string(), "2026-11-23");
        assert_eq!(monday_of("2026-11-29", 0).to_string(), "2026-11-23");
        // Without a date on Sunday 22 November 2026 (noon): the coming week.
        assert_eq!(monday_of("", 1795345200).to_string(), "2026-11-23");
        // On Saturday 21 November: this week.
        assert_eq!(monday_of("", 1795258800).to_string(), "2026-11-16");
    }

    #[test]
    fn months_are_local() {
        // 1 November 2026 00:30 local is 31 October 23:30 UTC: it belongs to November.
        let (start, _) = parse_local("2026-11-01", "00:30", "01:00").unwrap();
        let (from, to) = month_bounds(start);
        assert_eq!(from, midnight("2026-11-01".parse().unwrap()));
        assert_eq!(to, midnight("2026-12-01".parse().unwrap()));
        assert!(from <= start && start < to);
    }
}
