//! Pure room decisions: the checked settings of a room, whether a requested time fits the
//! opening hours and booking rules, the household quota, when approval is needed, overlap,
//! and the free parts of a day. Times come in as UTC seconds plus their local (Europe/
//! Amsterdam) weekday and minutes of the day, so the rules know nothing of time zones.

use super::model::{Access, Limit};

mod settings;
pub use settings::Settings;
use crate::error::{AppError, Problem};

/// A requested time: UTC seconds, and the local weekday (1 = Monday) and minutes since
/// local midnight of its start and end (`end_min` 1440 for midnight at the end of the day).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wanted {
    pub start: i64,
    pub end: i64,
    pub weekday: u8,
    pub start_min: i64,
    pub end_min: i64,
    /// Start and end fall on the same local day.
    pub same_day: bool,
}

impl Wanted {
    /// Real minutes (a reservation across the clock change is an hour shorter or longer
    /// than the clock suggests).
    pub fn minutes(&self) -> i64 {
        (self.end - self.start) / 60
    }
}

/// The booking rules of a room.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rules {
    pub capacity: i64,
    pub slot_minutes: i64,
    pub min_minutes: i64,
    pub max_minutes: i64,
    pub book_ahead_days: i64,
    pub lead_minutes: i64,
    pub approval_over_minutes: Option<i64>,
    /// Approval when the reservation ends after this local minute of the day.
    pub approval_after: Option<i64>,
    pub approval_private: bool,
    pub quota_minutes_month: i64,
    pub quota_future: i64,
}


/// "09:30" → 570 (00:00 to 23:59).
pub fn parse_clock(input: &str) -> Result<i64, Problem> {
    let (h, m) = input.trim().split_once(':').ok_or(Problem::RoomClockInvalid)?;
    let (h, m) = (h.parse::<i64>().map_err(|_| Problem::RoomClockInvalid)?, m.parse::<i64>().map_err(|_| Problem::RoomClockInvalid)?);
    if !(0..24).contains(&h) || !(0..60).contains(&m) || input.trim().len() != 5 {
        return Err(Problem::RoomClockInvalid);
    }
    Ok(h * 60 + m)
}

/// 570 → "09:30"; 1440 → "24:00".
pub fn clock_label(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}


/// The basic checks for anyone (also staff): end after start, not in the past, one day.
pub fn check_basic(w: &Wanted, now: i64) -> Result<(), AppError> {
    if w.end <= w.start {
        return Err(Problem::EndBeforeStart.into());
    }
    if w.start < now {
        return Err(Problem::StartInPast.into());
    }
    if !w.same_day {
        return Err(Problem::RoomOneDay.into());
    }
    Ok(())
}

/// The booking rules for a resident's request: length, whole slots, lead time and how far ahead.
pub fn check_rules(r: &Rules, w: &Wanted, now: i64) -> Result<(), Limit> {
    let minutes = w.minutes();
    if minutes > r.max_minutes {
        return Err(Limit::Longest { minutes: r.max_minutes });
    }
    if minutes < r.min_minutes {
        return Err(Limit::Shortest { minutes: r.min_minutes });
    }
    if w.start_min % r.slot_minutes != 0 || w.end_min % r.slot_minutes != 0 {
        return Err(Limit::Slot { minutes: r.slot_minutes });
    }
    if w.start < now + r.lead_minutes * 60 {
        return Err(Limit::LeadTime { minutes: r.lead_minutes });
    }
    if w.start > now + r.book_ahead_days * 24 * 3600 {
        return Err(Limit::BookAhead { days: r.book_ahead_days });
    }
    Ok(())
}

/// Whether the time falls within the opening hours of its weekday (`hours` for that day).
pub fn check_open(hours: Option<(i64, i64)>, w: &Wanted) -> Result<(), Limit> {
    match hours {
        None => Err(Limit::ClosedWeekday { day: w.weekday }),
        Some((opens, closes)) if w.start_min < opens || w.end_min > closes => {
            Err(Limit::Hours { day: w.weekday, opens: clock_label(opens), closes: clock_label(closes) })
        }
        Some(_) => Ok(()),
    }
}

/// The household's fair use: `used` minutes this month and `future` reservations to come
/// (both counting confirmed and pending ones), plus the new one of `minutes`.
pub fn check_quota(r: &Rules, used: i64, future: i64, minutes: i64) -> Result<(), Limit> {
    if future >= r.quota_future {
        return Err(Limit::FutureQuota { max: r.quota_future });
    }
    if used + minutes > r.quota_minutes_month {
        return Err(Limit::MonthQuota { quota: r.quota_minutes_month, left: (r.quota_minutes_month - used).max(0) });
    }
    Ok(())
}

/// Minutes the household has left this month.
pub fn quota_left(r: &Rules, used: i64) -> i64 {
    (r.quota_minutes_month - used).max(0)
}

/// More people than fit are refused.
pub fn check_people(r: &Rules, people: i64) -> Result<(), AppError> {
    if people < 1 {
        return Err(Problem::CapacityInvalid.into());
    }
    if people > r.capacity {
        return Err(AppError::Limit(Limit::Capacity { max: r.capacity }));
    }
    Ok(())
}

/// A request needs approval when it is private, long, or runs into the evening (as the
/// room's rules say); otherwise it is confirmed at once.
pub fn needs_approval(r: &Rules, w: &Wanted, access: Access) -> bool {
    (r.approval_private && access == Access::Private)
        || r.approval_over_minutes.is_some_and(|m| w.minutes() > m)
        || r.approval_after.is_some_and(|after| w.end_min > after)
}

/// Two half-open times `[start, end)` overlap.
pub fn overlaps(a: (i64, i64), b: (i64, i64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The free parts of a day between `opens` and `closes` (minutes of the day), leaving out
/// the `taken` parts and anything before `earliest`; parts shorter than `shortest` are left out.
pub fn free_ranges(opens: i64, closes: i64, taken: &[(i64, i64)], earliest: i64, shortest: i64) -> Vec<(i64, i64)> {
    let mut taken: Vec<(i64, i64)> = taken.to_vec();
    taken.sort();
    let mut out = Vec::new();
    let mut cursor = opens.max(earliest);
    for (s, e) in taken {
        if s > cursor && s.min(closes) - cursor >= shortest {
            out.push((cursor, s.min(closes)));
        }
        cursor = cursor.max(e);
    }
    if closes - cursor >= shortest {
        out.push((cursor, closes));
    }
    out
}

/// The first minute at or after `minute` that falls on a whole slot.
pub fn round_up(minute: i64, slot: i64) -> i64 {
    (minute + slot - 1).div_euclid(slot) * slot
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rooms::model::RoomForm;

    const NOW: i64 = 1_800_000_000;
    const DAY: i64 = 24 * 3600;

    fn rules() -> Rules {
        Rules {
            capacity: 40,
            slot_minutes: 30,
            min_minutes: 60,
            max_minutes: 240,
            book_ahead_days: 56,
            lead_minutes: 24 * 60,
            approval_over_minutes: Some(180),
            approval_after: Some(18 * 60),
            approval_private: true,
            quota_minutes_month: 360,
            quota_future: 2,
        }
    }

    /// Two days ahead, from `from` to `to` local minutes on a Tuesday (no clock change).
    fn wanted(from: i64, to: i64) -> Wanted {
        let base = NOW + 2 * DAY;
        Wanted { start: base + from * 60, end: base + to * 60, weekday: 2, start_min: from, end_min: to, same_day: true }
    }

    #[test]
    fn basic_times() {
        assert_eq!(check_basic(&wanted(600, 660), NOW), Ok(()));
        assert_eq!(check_basic(&wanted(660, 600), NOW), Err(Problem::EndBeforeStart.into()));
        assert_eq!(check_basic(&wanted(600, 600), NOW), Err(Problem::EndBeforeStart.into()));
        let mut past = wanted(600, 660);
        past.start = NOW - 3600;
        assert_eq!(check_basic(&past, NOW), Err(Problem::StartInPast.into()));
        let forty_hours = Wanted { end: wanted(600, 660).start + 40 * 3600, same_day: false, ..wanted(600, 660) };
        assert_eq!(check_basic(&forty_hours, NOW), Err(Problem::RoomOneDay.into()));
        assert_eq!(check_rules(&rules(), &forty_hours, NOW), Err(Limit::Longest { minutes: 240 }));
    }

    #[test]
    fn lengths_slots_and_windows() {
        let r = rules();
        assert_eq!(check_rules(&r, &wanted(600, 660), NOW), Ok(()));
        assert_eq!(check_rules(&r, &wanted(600, 840), NOW), Ok(()), "exactly the longest");
        assert_eq!(check_rules(&r, &wanted(600, 870), NOW), Err(Limit::Longest { minutes: 240 }));
        assert_eq!(check_rules(&r, &wanted(600, 630), NOW), Err(Limit::Shortest { minutes: 60 }));
        assert_eq!(check_rules(&r, &wanted(610, 700), NOW), Err(Limit::Slot { minutes: 30 }));
        let soon = Wanted { start: NOW + 3600, end: NOW + 7200, ..wanted(600, 660) };
        assert_eq!(check_rules(&r, &soon, NOW), Err(Limit::LeadTime { minutes: 1440 }));
        let exactly_lead = Wanted { start: NOW + DAY, end: NOW + DAY + 3600, ..wanted(600, 660) };
        assert_eq!(check_rules(&r, &exactly_lead, NOW), Ok(()));
        let far = Wanted { start: NOW + 57 * DAY, end: NOW + 57 * DAY + 3600, ..wanted(600, 660) };
        assert_eq!(check_rules(&r, &far, NOW), Err(Limit::BookAhead { days: 56 }));
    }

    #[test]
    fn opening_hours() {
        let open = Some((540, 1320));
        assert_eq!(check_open(open, &wanted(540, 600)), Ok(()));
        assert_eq!(check_open(open, &wanted(1260, 1320)), Ok(()), "until closing time");
        assert_eq!(
            check_open(open, &wanted(510, 600)),
            Err(Limit::Hours { day: 2, opens: "09:00".into(), closes: "22:00".into() })
        );
        assert!(check_open(open, &wanted(1290, 1350)).is_err());
        assert_eq!(check_open(None, &wanted(600, 660)), Err(Limit::ClosedWeekday { day: 2 }));
    }

    #[test]
    fn quota_arithmetic() {
        let r = rules();
        // 6 hours a month: 4 used, 2 more fit exactly, 2.5 do not.
        assert_eq!(check_quota(&r, 240, 1, 120), Ok(()));
        assert_eq!(check_quota(&r, 240, 1, 150), Err(Limit::MonthQuota { quota: 360, left: 120 }));
        assert_eq!(check_quota(&r, 360, 0, 60), Err(Limit::MonthQuota { quota: 360, left: 0 }));
        assert_eq!(check_quota(&r, 0, 2, 60), Err(Limit::FutureQuota { max: 2 }), "two to come is the most");
        assert_eq!(quota_left(&r, 400), 0);
        assert_eq!(quota_left(&r, 90), 270);
    }

    #[test]
    fn approval() {
        let r = rules();
        assert!(!needs_approval(&r, &wanted(600, 720), Access::Open));
        assert!(needs_approval(&r, &wanted(600, 720), Access::Private));
        assert!(needs_approval(&r, &wanted(600, 840), Access::Open), "longer than 3 hours");
        assert!(!needs_approval(&r, &wanted(600, 780), Access::Open), "exactly 3 hours");
        assert!(needs_approval(&r, &wanted(1020, 1110), Access::Open), "runs into the evening");
        assert!(!needs_approval(&r, &wanted(960, 1080), Access::Open), "ends at 18:00");
        let lenient = Rules { approval_private: false, approval_over_minutes: None, approval_after: None, ..r };
        assert!(!needs_approval(&lenient, &wanted(600, 1320), Access::Private));
    }

    #[test]
    fn people() {
        assert!(check_people(&rules(), 40).is_ok());
        assert_eq!(check_people(&rules(), 41), Err(AppError::Limit(Limit::Capacity { max: 40 })));
        assert_eq!(check_people(&rules(), 0), Err(Problem::CapacityInvalid.into()));
    }

    #[test]
    fn overlap_and_free_parts() {
        assert!(overlaps((10, 20), (19, 30)));
        assert!(!overlaps((10, 20), (20, 30)), "back to back is fine");
        assert!(overlaps((10, 40), (20, 30)));
        let free = free_ranges(540, 1320, &[(600, 690), (660, 720), (1200, 1400)], 0, 60);
        assert_eq!(free, vec![(540, 600), (720, 1200)], "an hour before the first is just long enough");
    }

    #[test]
    fn free_parts_respect_earliest_and_shortest() {
        assert_eq!(free_ranges(540, 1320, &[(600, 690)], 0, 60), vec![(540, 600), (690, 1320)]);
        assert_eq!(free_ranges(540, 1320, &[(600, 690)], 570, 60), vec![(690, 1320)]);
        assert_eq!(free_ranges(540, 1320, &[], 1400, 60), vec![]);
        assert_eq!(round_up(601, 30), 630);
        assert_eq!(round_up(600, 30), 600);
    }

    #[test]
    fn settings() {
        // The suggested rules of a new room, for a room of 40.
        let mut form = RoomForm { name: "Ontmoetingsruimte".into(), capacity: "40".into(), ..RoomForm::suggested() };
        let s = Settings::parse(&form).unwrap();
        assert_eq!(s.rules, rules());
        assert_eq!(s.hours[0], Some((540, 1320)));
        assert_eq!(s.hours[6], None);
        form.min_hours = "5".into();
        assert_eq!(Settings::parse(&form), Err(Problem::RoomRulesInconsistent));
        form.min_hours = "1,5".into();
        assert_eq!(Settings::parse(&form).unwrap().rules.min_minutes, 90);
        form.hours[2] = ("22:00".into(), "09:00".into());
        assert_eq!(Settings::parse(&form), Err(Problem::RoomClockInvalid));
        form.hours[2] = ("9 uur".into(), "".into());
        assert_eq!(Settings::parse(&form), Err(Problem::RoomClockInvalid));
        assert_eq!(parse_clock("25:00"), Err(Problem::RoomClockInvalid));
        assert_eq!(parse_clock("9:00"), Err(Problem::RoomClockInvalid));
        assert_eq!(clock_label(570), "09:30");
    }
}
