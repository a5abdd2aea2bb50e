//! Rooms, reservations and the values their pages show; the refusals that say what is still
//! possible ([`Limit`]).

use crate::error::Problem;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RoomId(pub i64);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReservationId(pub i64);

/// Where a reservation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReservationStatus {
    Confirmed,
    Pending,
    Declined,
    Cancelled,
}

impl ReservationStatus {
    pub const ALL: [ReservationStatus; 4] =
        [ReservationStatus::Confirmed, ReservationStatus::Pending, ReservationStatus::Declined, ReservationStatus::Cancelled];

    pub fn code(self) -> &'static str {
        match self {
            ReservationStatus::Confirmed => "bevestigd",
            ReservationStatus::Pending => "in_afwachting",
            ReservationStatus::Declined => "geweigerd",
            ReservationStatus::Cancelled => "geannuleerd",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ReservationStatus::Confirmed => "reservation-status-bevestigd",
            ReservationStatus::Pending => "reservation-status-in-afwachting",
            ReservationStatus::Declined => "reservation-status-geweigerd",
            ReservationStatus::Cancelled => "reservation-status-geannuleerd",
        }
    }

    pub fn parse(code: &str) -> Result<ReservationStatus, Problem> {
        ReservationStatus::ALL.into_iter().find(|s| s.code() == code).ok_or(Problem::Unknown)
    }

    /// Still to come: the resident may cancel it.
    pub fn is_live(self) -> bool {
        matches!(self, ReservationStatus::Confirmed | ReservationStatus::Pending)
    }
}

/// Who made a reservation and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReservationKind {
    /// A resident's request.
    Resident,
    /// Staff: every week (koffieochtend, spreekuur).
    Recurring,
    /// Staff: time the room cannot be used (schoonmaak).
    Block,
    /// An agenda activity in the room.
    Activity,
}

impl ReservationKind {
    pub const ALL: [ReservationKind; 4] =
        [ReservationKind::Resident, ReservationKind::Recurring, ReservationKind::Block, ReservationKind::Activity];

    pub fn code(self) -> &'static str {
        match self {
            ReservationKind::Resident => "bewoner",
            ReservationKind::Recurring => "terugkerend",
            ReservationKind::Block => "blokkade",
            ReservationKind::Activity => "activiteit",
        }
    }

    pub fn parse(code: &str) -> Result<ReservationKind, Problem> {
        ReservationKind::ALL.into_iter().find(|k| k.code() == code).ok_or(Problem::Unknown)
    }
}

/// Open to everyone in the buurt, or private (besloten: a birthday party). What a private
/// reservation is for is never shown to others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Access {
    Open,
    Private,
}

impl Access {
    pub fn code(self) -> &'static str {
        match self {
            Access::Open => "open",
            Access::Private => "besloten",
        }
    }

    pub fn parse(code: &str) -> Result<Access, Problem> {
        match code.trim() {
            "open" => Ok(Access::Open),
            "besloten" => Ok(Access::Private),
            _ => Err(Problem::Unknown),
        }
    }
}

/// A decision on a pending request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Approve,
    Decline,
}

impl Decision {
    pub fn code(self) -> &'static str {
        match self {
            Decision::Approve => "goedkeuren",
            Decision::Decline => "weigeren",
        }
    }

    pub fn parse(code: &str) -> Result<Decision, Problem> {
        match code.trim() {
            "goedkeuren" => Ok(Decision::Approve),
            "weigeren" => Ok(Decision::Decline),
            _ => Err(Problem::Unknown),
        }
    }
}

pub use crate::error::Limit;
pub use crate::time::duration_label;

/// A room as lists and pages show it, with its rules written out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomInfo {
    pub id: RoomId,
    pub buurt_id: i64,
    pub name: String,
    pub description: String,
    pub capacity: i64,
    pub accessibility: String,
    /// "maandag 09:00 – 22:00" per open weekday.
    pub hours: Vec<String>,
    /// "zaterdag 12 december: Onderhoud" for the closed days to come.
    pub closed_days: Vec<String>,
    /// The booking rules in one or two sentences.
    pub rules: Vec<String>,
    /// The shortest reservation, to suggest an end time.
    pub min_minutes: i64,
    /// Visitor is staff of the buurt (settings, recurring, blocks).
    pub can_manage: bool,
    /// Visitor may approve requests (commissielid or staff).
    pub can_decide: bool,
}

/// The rooms of the visitor's buurt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomList {
    pub buurt_id: i64,
    pub buurt_name: String,
    pub rooms: Vec<RoomInfo>,
    pub can_manage: bool,
    pub can_decide: bool,
}

/// A part of a day in the week view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DayBlock {
    /// Free and bookable: local start and end ("10:00", "12:30").
    Free { from: String, to: String },
    /// Taken: what for (private ones say only that they are private).
    Taken { from: String, to: String, label: String, private: bool },
}

/// One day of the week view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekDay {
    /// `2026-11-23`.
    pub date: String,
    /// "maandag 23 november".
    pub label: String,
    /// "09:00 – 22:00"; None when closed.
    pub hours: Option<String>,
    /// Why it is closed, when a closed day.
    pub closed_reason: Option<String>,
    /// Residents cannot book this day (past, too soon or too far ahead), but it shows what is taken.
    pub bookable: bool,
    pub blocks: Vec<DayBlock>,
}

/// The week view of a room.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomWeek {
    pub room: RoomInfo,
    /// The Monday of the week, and of the weeks before and after.
    pub week: String,
    pub prev: String,
    pub next: String,
    /// "23 – 29 november 2026".
    pub label: String,
    pub days: Vec<WeekDay>,
}

/// A reservation as its maker (Mijn reserveringen) or the approval queue sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReservationView {
    pub id: ReservationId,
    pub room_id: RoomId,
    pub room: String,
    pub purpose: String,
    pub private: bool,
    pub people: i64,
    pub day: String,
    pub time: String,
    pub status: ReservationStatus,
    pub reason: String,
    /// Who asked (the approval queue only).
    pub by: String,
    pub can_cancel: bool,
}

/// Mijn reserveringen: the list and what the household still has this month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyReservations {
    pub reservations: Vec<ReservationView>,
    /// "Uw huishouden heeft deze maand nog 4 uur over" per room, when the visitor has a household.
    pub quota: Vec<String>,
}

/// The settings form of a room, as typed (also the values to show when editing).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomForm {
    pub name: String,
    pub description: String,
    pub capacity: String,
    pub accessibility: String,
    pub slot_minutes: String,
    pub min_hours: String,
    pub max_hours: String,
    pub ahead_days: String,
    pub lead_hours: String,
    pub approval_over_hours: String,
    pub approval_after: String,
    pub approval_private: bool,
    pub quota_hours: String,
    pub quota_future: String,
    /// Opens and closes per weekday, Monday first ("" when closed).
    pub hours: Vec<(String, String)>,
}

impl RoomForm {
    /// The suggested rules for a new room: 30-minute slots, 1 to 4 hours, up to 56 days
    /// ahead with 24 hours' notice, approval for private use, for use after 18:00 and for more
    /// than 3 hours, 6 hours a month and 2 reservations at a time per household; open Monday to
    /// Saturday 09:00–22:00.
    pub fn suggested() -> RoomForm {
        let mut hours = vec![("09:00".to_string(), "22:00".to_string()); 6];
        hours.push((String::new(), String::new()));
        RoomForm {
            capacity: "20".into(),
            slot_minutes: "30".into(),
            min_hours: "1".into(),
            max_hours: "4".into(),
            ahead_days: "56".into(),
            lead_hours: "24".into(),
            approval_over_hours: "3".into(),
            approval_after: "18:00".into(),
            approval_private: true,
            quota_hours: "6".into(),
            quota_future: "2".into(),
            hours,
            ..RoomForm::default()
        }
    }
}

/// The settings form of a room (room 0: a new room for the staff member's buurt).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomSettingsData {
    pub buurt_id: i64,
    pub room_id: i64,
    pub form: RoomForm,
}

/// What a recurring booking did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecurringResult {
    pub created: usize,
    /// The closed days it skipped, written out.
    pub skipped: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, tr};

    #[test]
    fn durations() {
        assert_eq!(duration_label(120, Lang::Nl), "2 uur");
        assert_eq!(duration_label(90, Lang::Nl), "1,5 uur");
        assert_eq!(duration_label(90, Lang::En), "1.5 hours");
        assert_eq!(duration_label(75, Lang::Nl), "1,25 uur");
        assert_eq!(duration_label(30, Lang::Nl), "30 minuten");
        assert_eq!(duration_label(0, Lang::Nl), "0 minuten");
    }

    #[test]
    fn every_limit_has_a_message_in_both_languages() {
        for lang in Lang::ALL {
            for key in Limit::KEYS {
                let text = tr(lang, key);
                assert!(!text.is_empty() && !text.contains("No localization"), "{key} in {lang:?}: {text}");
            }
        }
        let m = Limit::MonthQuota { quota: 360, left: 120 }.message(Lang::Nl);
        assert!(m.contains("nog 2 uur over"), "{m}");
        let m = Limit::Hours { day: 1, opens: "09:00".into(), closes: "22:00".into() }.message(Lang::Nl);
        assert!(m.contains("maandag") && m.contains("09:00") && m.contains("22:00"), "{m}");
    }

    #[test]
    fn codes_round_trip() {
        for s in ReservationStatus::ALL {
            assert_eq!(ReservationStatus::parse(s.code()), Ok(s));
        }
        for k in ReservationKind::ALL {
            assert_eq!(ReservationKind::parse(k.code()), Ok(k));
        }
        assert_eq!(Access::parse("besloten"), Ok(Access::Private));
        assert!(Access::parse("geheim").is_err());
        assert_eq!(Decision::parse("weigeren"), Ok(Decision::Decline));
    }
}
