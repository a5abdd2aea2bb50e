//! The view model of the home page. Times are put into words on the server, in the reader's
//! language (Europe/Amsterdam).

use serde::{Deserialize, Serialize};

/// Everything the home page shows: the week for everyone, the rest for a signed-in person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Home {
    pub week: Week,
    /// `None` for a visitor who is not signed in.
    pub mine: Option<Mine>,
}

/// "Deze week": what is coming in the next seven days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    pub items: Vec<WeekItem>,
    /// Each item names its buurt (a visitor of an installation with several buurten).
    pub show_buurt: bool,
    /// Items link to their activity page (signed in; a visitor may not open it).
    pub linked: bool,
}

/// One coming activity: what, when, where, and the places left (never who takes part).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeekItem {
    pub id: i64,
    pub title: String,
    pub buurt: String,
    pub day: String,
    pub time: String,
    pub place: String,
    /// Places left, when the activity has a limit (0: full).
    pub places_left: Option<i64>,
}

/// One line of "Mijn volgende": what, when, and where it leads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextLine {
    pub href: String,
    pub title: String,
    /// "maandag 24 november, 10:00 – 12:00".
    pub when: String,
    /// The place, room or group, when there is one.
    pub detail: String,
    /// A reservation that still waits for approval.
    pub pending: bool,
}

/// What is there for a signed-in person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mine {
    pub display_name: String,
    pub unread: i64,
    pub next_activity: Option<NextLine>,
    pub next_reservation: Option<NextLine>,
    pub next_task: Option<NextLine>,
    pub round: Option<RoundLine>,
    pub new_proposals: i64,
    /// The newest of them: (id, title), newest first.
    pub newest: Vec<(i64, String)>,
    /// The queues the person works on (commissie, staff); `None` for a resident.
    pub queues: Option<Queues>,
}

/// An open stemronde: until when, and whether the person voted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundLine {
    pub id: i64,
    pub title: String,
    /// The day and time it closes: "maandag 24 november", "20:00".
    pub closes_day: String,
    pub closes_time: String,
    pub voted: bool,
}

/// What waits for the commissie or the sociaal werker; `None` where their role may not see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Queues {
    pub to_review: Option<i64>,
    pub room_requests: Option<i64>,
    pub reports: Option<i64>,
}
