//! Local time for rooms (Europe/Amsterdam): a requested time in local terms, days, weeks and
//! months as UTC bounds. Builds on the agenda's parsing and labels.

use super::rules::Wanted;
use crate::agenda::time::parse_local;
use crate::error::Problem;
use crate::i18n::{Lang, tr};
use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp, Zoned};

fn amsterdam() -> TimeZone {
    TimeZone::get("Europe/Amsterdam").expect("the bundled time zone database has Europe/Amsterdam")
}

fn zoned(unix: i64) -> Option<Zoned> {
    Timestamp::from_second(unix).ok().map(|t| t.to_zoned(amsterdam()))
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
    date.to_zoned(amsterdam()).map(|z| z.timestamp().as_second()).unwrap_or_default()
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

/// The Monday of the week of `date`, or of the current week when `date` is empty or bad
/// (the next week on a Sunday).
pub fn monday_of(date: &str, now: i64) -> Date {
    // Without a date: this week, but on a Sunday (when the week is over) the next one.
    let day = date.trim().parse::<Date>().unwrap_or_else(|_| {
        let today = local_date(now);
        if weekday(today) == 7 { add_days(today, 1) } else { today }
    });
    add_days(day, -(weekday(day) as i64 - 1))
}

/// The start and end of the local calendar month of a moment.
pub fn month_bounds(unix: i64) -> (i64, i64) {
    let date = local_date(unix);
    let first = date.first_of_month();
    let next = first.checked_add(Span::new().months(1)).unwrap_or(first);
    (midnight(first), midnight(next))
}

/// "23 – 29 november 2026" / "23 November – 6 December 2026".
pub fn week_label(monday: Date, lang: Lang) -> String {
    let sunday = add_days(monday, 6);
    let month = |d: Date| tr(lang, &format!("month-{}", d.month()));
    if monday.month() == sunday.month() {
        format!("{} – {} {} {}", monday.day(), sunday.day(), month(sunday), sunday.year())
    } else {
        format!("{} {} – {} {} {}", monday.day(), month(monday), sunday.day(), month(sunday), sunday.year())
    }
}

/// "maandag 23 november, 10:00 – 12:00".
pub fn when_label(start: i64, end: i64, lang: Lang) -> String {
    format!("{}, {}", crate::agenda::time::day_label(start, lang), crate::agenda::time::time_range(start, end))
}

/// The label of a local date: "zaterdag 12 december".
pub fn date_label(date: Date, lang: Lang) -> String {
    crate::agenda::time::day_label(midnight(date) + 12 * 3600, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_of_the_clock_change() {
        // 29 March 2026: the clocks go forward at 02:00, the day has 23 hours.
        let spring: Date = "2026-03-29".parse().unwrap();
        let (from, to) = day_bounds(spring);
        assert_eq!(to - from, 23 * 3600);
        let w = parse_wanted("2026-03-29", "01:00", "04:00").unwrap();
        assert_eq!((w.start_min, w.end_min, w.minutes()), (60, 240, 120), "three hours on the clock, two real hours");
        assert!(w.same_day);
        assert_eq!(w.weekday, 7);
        // 25 October 2026: back again, 25 hours.
        let autumn: Date = "2026-10-25".parse().unwrap();
        let (from, to) = day_bounds(autumn);
        assert_eq!(to - from, 25 * 3600);
        let w = parse_wanted("2026-10-25", "01:00", "04:00").unwrap();
        assert_eq!(w.minutes(), 240);
        // An evening that day is still 20:00 local.
        let w = parse_wanted("2026-10-25", "20:00", "21:30").unwrap();
        assert_eq!((w.start_min, w.end_min, w.minutes()), (1200, 1290, 90));
    }

    #[test]
    fn days_and_weeks() {
        let w = parse_wanted("2026-11-24", "23:00", "23:30").unwrap();
        assert!(w.same_day);
        let across = wanted(w.start, w.start + 40 * 3600);
        assert!(!across.same_day);
        let to_midnight = wanted(w.start, w.start + 3600);
        assert!(to_midnight.same_day);
        assert_eq!(to_midnight.end_min, 1440);
        assert_eq!(monday_of("2026-11-26", 0).to_string(), "2026-11-23");
        assert_eq!(monday_of("2026-11-23", 0).to_string(), "2026-11-23");
        assert_eq!(monday_of("2026-11-29", 0).to_string(), "2026-11-23");
        // Without a date on Sunday 22 November 2026 (noon): the coming week.
        assert_eq!(monday_of("", 1795345200).to_string(), "2026-11-23");
        // On Saturday 21 November: this week.
        assert_eq!(monday_of("", 1795258800).to_string(), "2026-11-16");
        assert_eq!(week_label("2026-11-23".parse().unwrap(), Lang::Nl), "23 – 29 november 2026");
        assert_eq!(week_label("2026-11-30".parse().unwrap(), Lang::Nl), "30 november – 6 december 2026");
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
