//! Presenters of the Ontmoetingsruimte: stored rows to the values pages show, with the
//! rules, days and times in words. No database, no clock: what they need comes in.

use super::model::{DayBlock, ReservationId, ReservationStatus, ReservationView, RoomForm, RoomId, RoomInfo, WeekDay, duration_label};
use super::rules::{self, clock_label};
use super::store::{ReservationRow, RoomRow, TakenRow};
use crate::accounts::model::shown_name;
use crate::error::AppError;
use crate::i18n::{Lang, tr};
use crate::t;
use crate::time::{date_label, day_bounds, day_label, minutes_in_day, time_range, weekday};
use jiff::civil::Date;

/// Opening hours per weekday, Monday first (minutes of the day; None when closed).
pub type Hours = [Option<(i64, i64)>; 7];

/// What the visitor may do with a room: manage it (staff), decide on requests.
#[derive(Clone, Copy, Debug)]
pub struct Abilities {
    pub can_manage: bool,
    pub can_decide: bool,
}

/// The booking rules of a room in one or two sentences.
fn rule_lines(room: &RoomRow, lang: Lang) -> Vec<String> {
    let r = room.rules();
    let mut lines = vec![
        t!(lang, "room-rules-length", slot = r.slot_minutes, min = duration_label(r.min_minutes, lang), max = duration_label(r.max_minutes, lang)),
        t!(lang, "room-rules-window", lead = duration_label(r.lead_minutes, lang), days = r.book_ahead_days),
        t!(lang, "room-rules-quota", hours = duration_label(r.quota_minutes_month, lang), count = r.quota_future),
    ];
    let mut cases = Vec::new();
    if r.approval_private {
        cases.push(t!(lang, "room-approval-private"));
    }
    if let Some(after) = r.approval_after {
        cases.push(t!(lang, "room-approval-after", time = clock_label(after)));
    }
    if let Some(over) = r.approval_over_minutes {
        cases.push(t!(lang, "room-approval-over", duration = duration_label(over, lang)));
    }
    if !cases.is_empty() {
        lines.push(t!(lang, "room-rules-approval", cases = cases.join(", ")));
    }
    lines
}

/// A closed day in words: "zaterdag 12 december: Onderhoud".
fn closed_day_line(day: &str, reason: &str, lang: Lang) -> Option<String> {
    let date: Date = day.parse().ok()?;
    Some(if reason.is_empty() { date_label(date, lang) } else { format!("{}: {reason}", date_label(date, lang)) })
}

/// The room's facts and rules in words.
pub fn room_info(room: &RoomRow, hours: &Hours, closed: &[(String, String)], abilities: Abilities, lang: Lang) -> RoomInfo {
    RoomInfo {
        id: RoomId(room.id),
        buurt_id: room.buurt_id,
        name: room.name.clone(),
        description: room.description.clone(),
        capacity: room.capacity,
        accessibility: room.accessibility.clone(),
        hours: hours
            .iter()
            .enumerate()
            .filter_map(|(i, h)| h.map(|(o, c)| format!("{} {} – {}", tr(lang, &format!("weekday-{}", i + 1)), clock_label(o), clock_label(c))))
            .collect(),
        closed_days: closed.iter().filter_map(|(day, reason)| closed_day_line(day, reason, lang)).collect(),
        rules: rule_lines(room, lang),
        min_minutes: room.min_minutes,
        can_manage: abilities.can_manage,
        can_decide: abilities.can_decide,
    }
}

/// What the week view needs to lay out one day.
pub struct DayFacts<'a> {
    pub date: Date,
    pub room: &'a RoomRow,
    pub hours: &'a Hours,
    pub closed: &'a [(String, String)],
    /// Every confirmed reservation of the week.
    pub taken: &'a [TakenRow],
    pub now: i64,
}

/// One day of the week view: the opening hours, what is taken (private ones only as
/// "Besloten") and the free parts that can still be requested.
pub fn week_day(facts: DayFacts<'_>, lang: Lang) -> WeekDay {
    let DayFacts { date, room, hours, closed, taken, now } = facts;
    let r = room.rules();
    let (earliest, latest) = (now + r.lead_minutes * 60, now + r.book_ahead_days * 24 * 3600);
    let (from, to) = day_bounds(date);
    let closed_reason = closed.iter().find(|(d, _)| *d == date.to_string()).map(|(_, reason)| reason.clone());
    let open = hours[(weekday(date) - 1) as usize].filter(|_| closed_reason.is_none());
    let today: Vec<&TakenRow> = taken.iter().filter(|t| t.starts_at < to && t.ends_at > from).collect();
    let local = |t: &TakenRow| (minutes_in_day(t.starts_at, date), minutes_in_day(t.ends_at, date));
    let bookable = open.is_some() && to > earliest && from <= latest;
    let mut blocks: Vec<(i64, DayBlock)> = today
        .iter()
        .map(|t| {
            let (s, e) = local(t);
            let label = if t.private != 0 { t!(lang, "room-private") } else { t.purpose.clone() };
            (s, DayBlock::Taken { from: clock_label(s), to: clock_label(e), label, private: t.private != 0 })
        })
        .collect();
    if let (true, Some((opens, closes))) = (bookable, open) {
        let earliest_min = if earliest > from { rules::round_up(minutes_in_day(earliest, date), r.slot_minutes) } else { 0 };
        let spans: Vec<(i64, i64)> = today.iter().map(|t| local(t)).collect();
        for (s, e) in rules::free_ranges(opens, closes, &spans, earliest_min, r.min_minutes) {
            blocks.push((s, DayBlock::Free { from: clock_label(s), to: clock_label(e) }));
        }
    }
    blocks.sort_by_key(|(s, _)| *s);
    WeekDay {
        date: date.to_string(),
        label: date_label(date, lang),
        hours: open.map(|(o, c)| format!("{} – {}", clock_label(o), clock_label(c))),
        closed_reason,
        bookable,
        blocks: blocks.into_iter().map(|(_, b)| b).collect(),
    }
}

/// A reservation as its maker or the approval queue (`show_by`: who asked) sees it.
pub fn reservation(row: ReservationRow, lang: Lang, now: i64, show_by: bool) -> Result<ReservationView, AppError> {
    let status = ReservationStatus::parse(&row.status).map_err(|_| AppError::internal("stored status is not valid"))?;
    Ok(ReservationView {
        id: ReservationId(row.id),
        room_id: RoomId(row.room_id),
        room: row.room_name,
        private: row.private != 0,
        people: row.people,
        day: day_label(row.starts_at, lang),
        time: time_range(row.starts_at, row.ends_at),
        can_cancel: status.is_live() && row.starts_at > now,
        status,
        reason: row.decision_reason,
        by: if show_by { shown_name(row.user_name.as_deref(), lang) } else { String::new() },
        purpose: row.purpose,
    })
}

/// The settings form of a stored room, as staff typed it.
pub fn settings_form(row: &RoomRow, hours: &Hours) -> RoomForm {
    let h = |m: i64| if m % 60 == 0 { (m / 60).to_string() } else { format!("{}", m as f64 / 60.0).replace('.', ",") };
    RoomForm {
        name: row.name.clone(),
        description: row.description.clone(),
        capacity: row.capacity.to_string(),
        accessibility: row.accessibility.clone(),
        slot_minutes: row.slot_minutes.to_string(),
        min_hours: h(row.min_minutes),
        max_hours: h(row.max_minutes),
        ahead_days: row.book_ahead_days.to_string(),
        lead_hours: h(row.lead_minutes),
        approval_over_hours: row.approval_over_minutes.map(h).unwrap_or_default(),
        approval_after: row.approval_after.clone().unwrap_or_default(),
        approval_private: row.approval_private != 0,
        quota_hours: h(row.quota_minutes_month),
        quota_future: row.quota_future.to_string(),
        hours: hours.iter().map(|d| d.map(|(o, c)| (clock_label(o), clock_label(c))).unwrap_or_default()).collect(),
    }
}

/// "Uw huishouden heeft deze maand nog 4 uur over" for one room.
pub fn quota_line(room: &RoomRow, (used, future): (i64, i64), lang: Lang) -> String {
    let r = room.rules();
    t!(
        lang,
        "room-quota-left",
        room = room.name.clone(),
        left = duration_label(rules::quota_left(&r, used), lang),
        count = (r.quota_future - future).max(0)
    )
}
