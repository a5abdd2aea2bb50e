//! The settings form of a room, checked: texts, booking rules and opening hours.

use super::{Rules, parse_clock};
use crate::error::Problem;
use crate::rooms::model::RoomForm;

/// The checked settings form: the texts, the rules and the opening hours per weekday.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub name: String,
    pub description: String,
    pub accessibility: String,
    pub rules: Rules,
    /// Monday first: opening and closing minute, None when closed.
    pub hours: Vec<Option<(i64, i64)>>,
}

fn number(input: &str, range: std::ops::RangeInclusive<i64>) -> Result<i64, Problem> {
    match input.trim().parse::<i64>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(Problem::RoomNumberInvalid),
    }
}

/// Hours as typed ("2", "1,5", "0.5") to minutes.
fn hours(input: &str, range: std::ops::RangeInclusive<i64>) -> Result<i64, Problem> {
    let value: f64 = input.trim().replace(',', ".").parse().map_err(|_| Problem::RoomNumberInvalid)?;
    let minutes = (value * 60.0).round();
    if !value.is_finite() || !range.contains(&(minutes as i64)) {
        return Err(Problem::RoomNumberInvalid);
    }
    Ok(minutes as i64)
}

fn optional<T>(input: &str, parse: impl FnOnce(&str) -> Result<T, Problem>) -> Result<Option<T>, Problem> {
    if input.trim().is_empty() { Ok(None) } else { parse(input).map(Some) }
}

impl Settings {
    pub fn parse(form: &RoomForm) -> Result<Settings, Problem> {
        use crate::text::parse_text;
        let rules = Rules {
            capacity: number(&form.capacity, 1..=1000)?,
            slot_minutes: match number(&form.slot_minutes, 15..=60)? {
                n @ (15 | 30 | 60) => n,
                _ => return Err(Problem::RoomNumberInvalid),
            },
            min_minutes: hours(&form.min_hours, 15..=1440)?,
            max_minutes: hours(&form.max_hours, 15..=1440)?,
            book_ahead_days: number(&form.ahead_days, 1..=366)?,
            lead_minutes: hours(&form.lead_hours, 0..=43200)?,
            approval_over_minutes: optional(&form.approval_over_hours, |s| hours(s, 15..=1440))?,
            approval_after: optional(&form.approval_after, parse_clock)?,
            approval_private: form.approval_private,
            quota_minutes_month: hours(&form.quota_hours, 15..=744 * 60)?,
            quota_future: number(&form.quota_future, 1..=100)?,
        };
        if rules.min_minutes > rules.max_minutes {
            return Err(Problem::RoomRulesInconsistent);
        }
        if form.hours.len() != 7 {
            return Err(Problem::Unknown);
        }
        let hours = form
            .hours
            .iter()
            .map(|(opens, closes)| match (opens.trim().is_empty(), closes.trim().is_empty()) {
                (true, true) => Ok(None),
                (false, false) => {
                    let (o, c) = (parse_clock(opens)?, parse_clock(closes)?);
                    if c <= o { Err(Problem::RoomClockInvalid) } else { Ok(Some((o, c))) }
                }
                _ => Err(Problem::RoomClockInvalid),
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Settings {
            name: parse_text(&form.name, 2, 80, false)?,
            description: parse_text(&form.description, 0, 1000, true)?,
            accessibility: parse_text(&form.accessibility, 0, 500, true)?,
            rules,
            hours,
        })
    }
}
