//! Activities, sign-ups and the parsed values of the publish form.

use crate::error::Problem;
use crate::text::parse_text;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ActivityId(pub i64);

/// For whom an activity is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Audience {
    Everyone,
    Children,
    Youth,
    Adults,
    Elderly,
}

impl Audience {
    pub const ALL: [Audience; 5] = [Audience::Everyone, Audience::Children, Audience::Youth, Audience::Adults, Audience::Elderly];

    pub fn code(self) -> &'static str {
        match self {
            Audience::Everyone => "iedereen",
            Audience::Children => "kinderen",
            Audience::Youth => "jongeren",
            Audience::Adults => "volwassenen",
            Audience::Elderly => "ouderen",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Audience::Everyone => "audience-iedereen",
            Audience::Children => "audience-kinderen",
            Audience::Youth => "audience-jongeren",
            Audience::Adults => "audience-volwassenen",
            Audience::Elderly => "audience-ouderen",
        }
    }

    pub fn parse(code: &str) -> Result<Audience, Problem> {
        Audience::ALL.into_iter().find(|a| a.code() == code).ok_or(Problem::Unknown)
    }
}

/// What kind of activity it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Category {
    Exercise,
    Meeting,
    Learning,
    Creative,
    Food,
    Information,
    Other,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Exercise,
        Category::Meeting,
        Category::Learning,
        Category::Creative,
        Category::Food,
        Category::Information,
        Category::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::Exercise => "bewegen",
            Category::Meeting => "ontmoeten",
            Category::Learning => "leren",
            Category::Creative => "creatief",
            Category::Food => "eten",
            Category::Information => "informatie",
            Category::Other => "anders",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Category::Exercise => "category-bewegen",
            Category::Meeting => "category-ontmoeten",
            Category::Learning => "category-leren",
            Category::Creative => "category-creatief",
            Category::Food => "category-eten",
            Category::Information => "category-informatie",
            Category::Other => "category-anders",
        }
    }

    pub fn parse(code: &str) -> Result<Category, Problem> {
        Category::ALL.into_iter().find(|c| c.code() == code).ok_or(Problem::Unknown)
    }
}

/// Where someone stands for an activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignupStatus {
    SignedUp,
    /// On the waiting list, at this place (1 is next).
    Waiting(i64),
}

impl SignupStatus {
    pub fn code(self) -> &'static str {
        match self {
            SignupStatus::SignedUp => "aangemeld",
            SignupStatus::Waiting(_) => "wachtlijst",
        }
    }
}

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

/// How often an activity repeats when it is published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Repeat {
    Once,
    Weekly,
    Fortnightly,
}

impl Repeat {
    pub const ALL: [Repeat; 3] = [Repeat::Once, Repeat::Weekly, Repeat::Fortnightly];

    pub fn code(self) -> &'static str {
        match self {
            Repeat::Once => "",
            Repeat::Weekly => "week",
            Repeat::Fortnightly => "twee-weken",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Repeat::Once => "repeat-once",
            Repeat::Weekly => "repeat-weekly",
            Repeat::Fortnightly => "repeat-fortnightly",
        }
    }

    /// Weeks between two times (0: once).
    pub fn weeks(self) -> i64 {
        match self {
            Repeat::Once => 0,
            Repeat::Weekly => 1,
            Repeat::Fortnightly => 2,
        }
    }

    pub fn parse(code: &str) -> Result<Repeat, Problem> {
        Repeat::ALL.into_iter().find(|r| r.code() == code.trim()).ok_or(Problem::Unknown)
    }
}

/// Which times of a series an edit changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EditScope {
    /// Only this time.
    This,
    /// This time and every later time of the series.
    ThisAndLater,
}

impl EditScope {
    pub fn code(self) -> &'static str {
        match self {
            EditScope::This => "deze",
            EditScope::ThisAndLater => "reeks",
        }
    }

    pub fn parse(code: &str) -> Result<EditScope, Problem> {
        match code.trim() {
            "" | "deze" => Ok(EditScope::This),
            "reeks" => Ok(EditScope::ThisAndLater),
            _ => Err(Problem::Unknown),
        }
    }
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

/// The checked details of the publish and edit forms, apart from the times.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Details {
    pub title: String,
    pub description: String,
    pub place: String,
    pub audience: Audience,
    pub category: Category,
    pub capacity: Option<i64>,
    pub costs: String,
    pub closes: Option<i64>,
}

/// The form fields of an activity, as typed.
pub struct DetailsInput<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub place: &'a str,
    pub audience: &'a str,
    pub category: &'a str,
    pub capacity: &'a str,
    pub costs: &'a str,
    pub closes: &'a str,
}

impl Details {
    pub fn parse(input: DetailsInput<'_>) -> Result<Details, Problem> {
        Ok(Details {
            title: parse_text(input.title, 2, 80, false)?,
            description: parse_text(input.description, 0, 2000, true)?,
            place: parse_text(input.place, 0, 120, false)?,
            audience: Audience::parse(input.audience)?,
            category: Category::parse(input.category)?,
            capacity: parse_capacity(input.capacity)?,
            costs: parse_text(input.costs, 0, 80, false)?,
            closes: parse_closes(input.closes)?,
        })
    }
}

/// An optional capacity: empty means no limit; otherwise 1 to 10,000.
pub fn parse_capacity(input: &str) -> Result<Option<i64>, Problem> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    match input.parse::<i64>() {
        Ok(n) if (1..=10_000).contains(&n) => Ok(Some(n)),
        _ => Err(Problem::CapacityInvalid),
    }
}

/// Minutes before the start that sign-up closes: empty means at the start; 0 to 30 days.
pub fn parse_closes(input: &str) -> Result<Option<i64>, Problem> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(None);
    }
    match input.parse::<i64>() {
        Ok(n) if (0..=60 * 24 * 30).contains(&n) => Ok(Some(n)),
        _ => Err(Problem::NumberOutOfRange),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        assert_eq!(parse_text("  Samen   koken ", 2, 80, false), Ok("Samen koken".into()));
        assert_eq!(parse_text("", 2, 80, false), Err(Problem::TextEmpty));
        assert_eq!(parse_text(&"x".repeat(5000), 2, 80, false), Err(Problem::TextTooLong));
        assert_eq!(parse_text("regel 1\r\nregel 2", 0, 80, true), Ok("regel 1\nregel 2".into()));
        // Markup is kept as text; views escape it.
        assert_eq!(parse_text("<script>x</script>", 2, 80, false), Ok("<script>x</script>".into()));
    }

    #[test]
    fn capacities() {
        assert_eq!(parse_capacity(""), Ok(None));
        assert_eq!(parse_capacity("12"), Ok(Some(12)));
        assert_eq!(parse_capacity("0"), Err(Problem::CapacityInvalid));
        assert_eq!(parse_capacity("-3"), Err(Problem::CapacityInvalid));
        assert_eq!(parse_capacity("veel"), Err(Problem::CapacityInvalid));
    }
}
