//! The activity form (publish and edit), as typed and as checked.

use super::{Audience, Category};
use crate::error::{AppResult, InField, Problem};
use crate::text::parse_text;
use serde::{Deserialize, Serialize};

/// The fields every activity form posts (publish, edit, and accepting an activity proposal),
/// as typed. A field the form leaves out counts as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ActivityForm {
    pub title: String,
    pub description: String,
    pub date: String,
    pub start_time: String,
    pub end_time: String,
    pub place: String,
    pub audience: String,
    pub category: String,
    pub capacity: String,
    pub costs: String,
    pub closes: String,
    /// The room select: absent when the buurt has no rooms, "" for no room, or a room id.
    pub room: Option<String>,
}

impl ActivityForm {
    /// The checked details, apart from the times; `place` when given instead of the typed
    /// place (the room's name).
    pub fn details(&self, place: Option<&str>) -> AppResult<Details> {
        Ok(Details {
            title: parse_text(&self.title, 2, 80, false).field("title")?,
            description: parse_text(&self.description, 0, 2000, true).field("description")?,
            place: parse_text(place.unwrap_or(&self.place), 0, 120, false).field("place")?,
            audience: Audience::parse(&self.audience).field("audience")?,
            category: Category::parse(&self.category).field("category")?,
            capacity: parse_capacity(&self.capacity).field("capacity")?,
            costs: parse_text(&self.costs, 0, 80, false).field("costs")?,
            closes: parse_closes(&self.closes).field("closes")?,
        })
    }
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
