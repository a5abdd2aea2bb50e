//! Local time in the Netherlands (Europe/Amsterdam, summer and winter time) for the agenda:
//! reading the publish form and writing day and time labels.

use crate::error::Problem;
use crate::i18n::{Lang, tr};
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

/// Message keys of the weekdays, Monday first, and of the months.
const WEEKDAYS: [&str; 7] = ["weekday-1", "weekday-2", "weekday-3", "weekday-4", "weekday-5", "weekday-6", "weekday-7"];
const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6",
    "month-7", "month-8", "month-9", "month-10", "month-11", "month-12",
];

fn amsterdam() -> TimeZone {
    TimeZone::get("Europe/Amsterdam").expect("the bundled time zone database has Europe/Amsterdam")
}

/// A date (`2026-11-24`) and start and end times (`10:00`) in local time, as UTC seconds.
/// An end before the start is kept as is (the rules refuse it with a clear message).
pub fn parse_local(date: &str, start: &str, end: &str) -> Result<(i64, i64), Problem> {
    let date: Date = date.trim().parse().map_err(|_| Problem::DateInvalid)?;
    let parse_time = |t: &str| t.trim().parse::<Time>().map_err(|_| Problem::DateInvalid);
    let tz = amsterdam();
    let at = |time: Time| {
        date.to_datetime(time).to_zoned(tz.clone()).map(|z| z.timestamp().as_second()).map_err(|_| Problem::DateInvalid)
    };
    Ok((at(parse_time(start)?)?, at(parse_time(end)?)?))
}

/// The times of a series: the same local start and end time on `date` and then every
/// `weeks` weeks up to and including `until` (at most a year; summer and winter time kept).
/// `weeks` 0 gives the one date.
pub fn occurrences(date: &str, start: &str, end: &str, weeks: i64, until: &str) -> Result<Vec<(i64, i64)>, Problem> {
    let first: Date = date.trim().parse().map_err(|_| Problem::DateInvalid)?;
    if weeks == 0 {
        return Ok(vec![parse_local(date, start, end)?]);
    }
    let last: Date = until.trim().parse().map_err(|_| Problem::UntilInvalid)?;
    let a_year = first.checked_add(jiff::Span::new().years(1)).map_err(|_| Problem::DateInvalid)?;
    if last <= first || last > a_year {
        return Err(Problem::UntilInvalid);
    }
    let mut out = Vec::new();
    let mut day = first;
    while day <= last {
        out.push(parse_local(&day.to_string(), start, end)?);
        day = day.checked_add(jiff::Span::new().weeks(weeks)).map_err(|_| Problem::DateInvalid)?;
    }
    Ok(out)
}

/// The local date (`2026-11-24`) and time (`10:00`) of a moment, as the form fields show them.
pub fn local_parts(unix: i64) -> (String, String) {
    jiff::Timestamp::from_second(unix)
        .map(|t| {
            let z = t.to_zoned(amsterdam());
            (z.date().to_string(), z.strftime("%H:%M").to_string())
        })
        .unwrap_or_default()
}

/// The start of today (local midnight) and of the day a week later, as UTC seconds.
pub fn this_week(now: i64) -> (i64, i64) {
    let Ok(today) = jiff::Timestamp::from_second(now).map(|t| t.to_zoned(amsterdam()).date()) else { return (now, now) };
    let midnight = |d: Date| d.to_zoned(amsterdam()).map(|z| z.timestamp().as_second()).unwrap_or(now);
    let next = today.checked_add(jiff::Span::new().days(7)).unwrap_or(today);
    (midnight(today), midnight(next))
}

/// "maandag 24 november" / "Monday 24 November".
pub fn day_label(unix: i64, lang: Lang) -> String {
    let Ok(zoned) = jiff::Timestamp::from_second(unix).map(|t| t.to_zoned(amsterdam())) else { return String::new() };
    let weekday = WEEKDAYS[zoned.weekday().to_monday_zero_offset() as usize];
    let month = MONTHS[(zoned.month() - 1) as usize];
    format!("{} {} {}", tr(lang, weekday), zoned.day(), tr(lang, month))
}

/// "10:00 – 12:00" in local time.
pub fn time_range(start: i64, end: i64) -> String {
    let hm = |unix: i64| {
        jiff::Timestamp::from_second(unix)
            .map(|t| t.to_zoned(amsterdam()).strftime("%H:%M").to_string())
            .unwrap_or_default()
    };
    format!("{} – {}", hm(start), hm(end))
}

/// 0 when it starts today (local), 1 within the coming 7 days, 2 later.
pub fn group(start: i64, now: i64) -> u8 {
    let day = |unix: i64| jiff::Timestamp::from_second(unix).map(|t| t.to_zoned(amsterdam()).date()).ok();
    match (day(start), day(now)) {
        (Some(s), Some(n)) if s <= n => 0,
        (Some(s), Some(n)) if s < n.checked_add(jiff::Span::new().days(7)).unwrap_or(n) => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summer_and_winter_time() {
        // 10:00 in summer is 08:00 UTC; in winter 09:00 UTC.
        let (summer, _) = parse_local("2026-07-01", "10:00", "11:00").unwrap();
        assert_eq!(summer, jiff::Timestamp::from_second(summer).unwrap().as_second());
        assert_eq!(jiff::Timestamp::from_second(summer).unwrap().to_string(), "2026-07-01T08:00:00Z");
        let (winter, end) = parse_local("2026-12-01", "10:00", "11:30").unwrap();
        assert_eq!(jiff::Timestamp::from_second(winter).unwrap().to_string(), "2026-12-01T09:00:00Z");
        assert_eq!(end - winter, 5400);
        assert_eq!(time_range(winter, end), "10:00 – 11:30");
        // The night the clocks go back (25 October 2026) the evening is still 20:00 local.
        let (evening, _) = parse_local("2026-10-25", "20:00", "21:00").unwrap();
        assert_eq!(time_range(evening, evening + 3600), "20:00 – 21:00");
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
        let utc: Vec<String> = times.iter().map(|(s, _)| jiff::Timestamp::from_second(*s).unwrap().to_string()).collect();
        assert_eq!(utc, ["2026-10-14T08:00:00Z", "2026-10-21T08:00:00Z", "2026-10-28T09:00:00Z", "2026-11-04T09:00:00Z"]);
        for (s, e) in &times {
            assert_eq!(time_range(*s, *e), "10:00 – 11:00");
        }
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
    fn day_labels() {
        let (t, _) = parse_local("2026-11-23", "10:00", "11:00").unwrap();
        assert_eq!(day_label(t, Lang::Nl), "maandag 23 november");
        assert_eq!(day_label(t, Lang::En), "Monday 23 November");
    }
}
