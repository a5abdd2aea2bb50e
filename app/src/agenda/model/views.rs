//! The view models of the agenda pages.

use super::{ActivityId, Audience, Category, SignupStatus};
use serde::{Deserialize, Serialize};

/// An activity as a list or detail page shows it. Times are formatted on the server
/// (Europe/Amsterdam) so server and browser render the same text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityView {
    pub id: ActivityId,
    pub title: String,
    pub description: String,
    pub day: String,
    pub time: String,
    pub place: String,
    pub audience: Audience,
    pub category: Category,
    pub capacity: Option<i64>,
    pub signed_up: i64,
    pub waiting: i64,
    pub costs: String,
    pub organiser: String,
    pub cancelled: Option<String>,
    pub my_status: Option<SignupStatus>,
    pub signup_open: bool,
    /// When the agenda groups it: 0 today, 1 this week, 2 later.
    pub when_group: u8,
    /// The visitor may manage it (staff of the buurt): edit, cancel, see participants.
    pub can_manage: bool,
    /// The form values in local time, for editing and "nog een keer": `2026-11-24`, `10:00`.
    pub date: String,
    pub start_time: String,
    pub end_time: String,
    pub closes_min: Option<i64>,
    /// Part of a series (every week or every two weeks).
    pub in_series: bool,
    /// It has ended (the archive).
    pub past: bool,
    /// Other activities at the same time that the visitor signed up for (detail page only).
    pub overlaps: Vec<String>,
    /// The room of the buurt it holds (Ontmoetingsruimte), if any.
    pub room: Option<i64>,
}

/// A past activity in the archive: what, when, and how many took part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedActivity {
    pub id: ActivityId,
    pub title: String,
    pub day: String,
    pub time: String,
    pub category: Category,
    pub participants: i64,
    pub cancelled: bool,
}

/// A participant as staff see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    pub waiting: bool,
    /// The household's address label (staff only).
    pub household: Option<String>,
}

/// The agenda page: the buurt, whether the visitor may publish, and one page of what is
/// coming.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    pub buurt_id: i64,
    pub buurt_name: String,
    pub can_publish: bool,
    pub activities: Vec<ActivityView>,
    /// This page (0 is the first) and whether a next one exists.
    pub page: u32,
    pub more: bool,
}

/// Activities on one page of the agenda: enough for a week or two, light on a cheap phone.
pub const PAGE_SIZE: u32 = 40;

/// The notice-board poster: this week's activities of the user's buurt and a QR code to
/// the agenda.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Poster {
    pub buurt_name: String,
    pub agenda_url: String,
    pub qr_svg: String,
    pub activities: Vec<ActivityView>,
}

/// The calendar-feed addresses of the signed-in user: the buurt's public feed, and whether a
/// personal (secret) feed exists.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedLinks {
    pub buurt_feed: String,
    /// The secret address of the personal feed, when the user made one.
    pub personal: Option<String>,
}
