//! Dates and times in words, as people in the Netherlands read them: "maandag 23 november",
//! "10:00 – 12:00", "23 – 29 november 2026".

use super::{WEEKDAYS, add_days, midnight, zoned};
use crate::i18n::{Lang, tr};
use jiff::civil::Date;

/// Message keys of the months.
const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6",
    "month-7", "month-8", "month-9", "month-10", "month-11", "month-12",
];

/// "maandag 24 november" / "Monday 24 November".
pub fn day_label(unix: i64, lang: Lang) -> String {
    let Some(zoned) = zoned(unix) else { return String::new() };
    let weekday = WEEKDAYS[zoned.weekday().to_monday_zero_offset() as usize];
    let month = MONTHS[(zoned.month() - 1) as usize];
    format!("{} {} {}", tr(lang, weekday), zoned.day(), tr(lang, month))
}

/// "10:00 – 12:00" in local time.
pub fn time_range(start: i64, end: i64) -> String {
    let hm = |unix: i64| zoned(unix).map(|z| z.strftime("%H:%M").to_string()).unwrap_or_default();
    format!("{} – {}", hm(start), hm(end))
}

/// "maandag 23 november, 10:00 – 12:00".
pub fn when_label(start: i64, end: i64, lang: Lang) -> String {
    format!("{}, {}", day_label(start, lang), time_range(start, end))
}

/// The label of a local date: "zaterdag 12 december".
pub fn date_label(date: Date, lang: Lang) -> String {
    day_label(midnight(date) + 12 * 3600, lang)
}

/// "23 – 29 november 2026" / "30 november – 6 december 2026".
pub fn week_label(monday: Date, lang: Lang) -> String {
    let sunday = add_days(monday, 6);
    let month = |d: Date| tr(lang, MONTHS[(d.month() - 1) as usize]);
    if monday.month() == sunday.month() {
        format!("{} – {} {} {}", monday.day(), sunday.day(), month(sunday), sunday.year())
    } else {
        format!("{} {} – {} {} {}", monday.day(), month(monday), sunday.day(), month(sunday), sunday.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_local;

    #[test]
    fn day_labels() {
        let (t, _) = parse_local("2026-11-23", "10:00", "11:00").unwrap();
        assert_eq!(day_label(t, Lang::Nl), "maandag 23 november");
        assert_eq!(day_label(t, Lang::En), "Monday 23 November");
    }

    #[test]
    fn ranges_keep_local_time_on_the_clock_change() {
        let (winter, end) = parse_local("2026-12-01", "10:00", "11:30").unwrap();
        assert_eq!(time_range(winter, end), "10:00 – 11:30");
        // The night the clocks go back (25 October 2026) the evening is still 20:00 local.
        let (evening, _) = parse_local("2026-10-25", "20:00", "21:00").unwrap();
        assert_eq!(time_range(evening, evening + 3600), "20:00 – 21:00");
    }

    #[test]
    fn weeks() {
        assert_eq!(week_label("2026-11-23".parse().unwrap(), Lang::Nl), "23 – 29 november 2026");
        assert_eq!(week_label("2026-11-30".parse().unwrap(), Lang::Nl), "30 november – 6 december 2026");
    }
}
