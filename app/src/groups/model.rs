//! Volunteer groups, their members and tasks, as pages show them, and the parsed values of
//! the forms (new group, announcement, task, hours).

use crate::text::parse_text;
use crate::error::{AppResult, InField, Problem};
#[cfg(test)]
use crate::error::AppError;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct GroupId(pub i64);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TaskId(pub i64);

/// One request or membership period of a person in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MemberId(pub i64);

/// One person's sign-up for a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SignupId(pub i64);

/// How a resident becomes a member.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum JoinPolicy {
    /// Join at once.
    Open,
    /// Ask, and a coordinator says yes or no.
    Approval,
}

impl JoinPolicy {
    pub const ALL: [JoinPolicy; 2] = [JoinPolicy::Open, JoinPolicy::Approval];

    pub fn code(self) -> &'static str {
        match self {
            JoinPolicy::Open => "open",
            JoinPolicy::Approval => "toestemming",
        }
    }

    /// The Fluent key of how joining works, in two or three words (a tag).
    pub fn key(self) -> &'static str {
        match self {
            JoinPolicy::Open => "group-policy-open",
            JoinPolicy::Approval => "group-policy-approval",
        }
    }

    /// The Fluent key of what joining means for a resident.
    pub fn explain_key(self) -> &'static str {
        match self {
            JoinPolicy::Open => "group-policy-open-explain",
            JoinPolicy::Approval => "group-policy-approval-explain",
        }
    }

    /// The Fluent key of the choice in the new-group form.
    pub fn choice_key(self) -> &'static str {
        match self {
            JoinPolicy::Open => "group-policy-open-choice",
            JoinPolicy::Approval => "group-policy-approval-choice",
        }
    }

    pub fn parse(code: &str) -> Result<JoinPolicy, Problem> {
        JoinPolicy::ALL.into_iter().find(|p| p.code() == code.trim()).ok_or(Problem::Unknown)
    }
}

/// Where someone stands in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Standing {
    /// Asked to join; a coordinator has not answered yet.
    Requested,
    Member,
    Coordinator,
}

impl Standing {
    /// From the stored status and role of a current row (`verzoek` or `actief`).
    pub fn from_stored(status: &str, role: &str) -> Option<Standing> {
        match (status, role) {
            ("verzoek", _) => Some(Standing::Requested),
            ("actief", "coordinator") => Some(Standing::Coordinator),
            ("actief", _) => Some(Standing::Member),
            _ => None,
        }
    }

    /// A member or coordinator (not someone who only asked).
    pub fn is_member(self) -> bool {
        matches!(self, Standing::Member | Standing::Coordinator)
    }

    /// The Fluent key of the standing, in words.
    pub fn key(self) -> &'static str {
        match self {
            Standing::Requested => "group-standing-requested",
            Standing::Member => "group-standing-member",
            Standing::Coordinator => "group-standing-coordinator",
        }
    }
}

/// A group in a list: what it does and where the visitor stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSummary {
    pub id: GroupId,
    pub name: String,
    pub description: String,
    pub audience: String,
    pub time_needed: String,
    pub policy: JoinPolicy,
    pub members: i64,
    pub mine: Option<Standing>,
}

/// A person in a group, by display name only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberView {
    pub id: MemberId,
    pub name: String,
    pub coordinator: bool,
}

/// A request to join, for the coordinator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestView {
    pub id: MemberId,
    pub name: String,
    /// When it was asked, as shown (local time).
    pub when: String,
}

/// A message a coordinator posted to the group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnouncementView {
    pub author: String,
    pub when: String,
    pub text: String,
}

/// Someone who signed up for a task, with the hours recorded afterwards (minutes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelperView {
    pub id: SignupId,
    pub name: String,
    pub minutes: Option<i64>,
}

/// A task or shift. Times are formatted on the server (Europe/Amsterdam).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskView {
    pub id: TaskId,
    pub group_id: GroupId,
    pub group_name: String,
    pub title: String,
    pub place: String,
    pub day: String,
    pub time: String,
    /// How many hands are needed, and how many signed up.
    pub needed: i64,
    pub taken: i64,
    /// The visitor signed up.
    pub mine: bool,
    /// Signing up and withdrawing are still possible (it has not started).
    pub open: bool,
    /// It has ended: the coordinator can record hours.
    pub past: bool,
    /// Who signed up (members and coordinators see this; others get an empty list).
    pub helpers: Vec<HelperView>,
}

/// Everything a group page shows. Lists a visitor may not see are empty.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupDetail {
    pub summary: GroupSummary,
    pub coordinators: Vec<String>,
    /// The visitor may manage the group: a coordinator, or staff of the buurt.
    pub can_manage: bool,
    pub members: Vec<MemberView>,
    pub requests: Vec<RequestView>,
    pub announcements: Vec<AnnouncementView>,
    /// Tasks that have not ended, soonest first.
    pub tasks: Vec<TaskView>,
    /// Recent tasks that have ended, newest first (coordinators record hours here).
    pub past_tasks: Vec<TaskView>,
}

/// The checked fields of the new-group form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupDetails {
    pub name: String,
    pub description: String,
    pub audience: String,
    pub time_needed: String,
    pub policy: JoinPolicy,
}

impl GroupDetails {
    pub fn parse(name: &str, description: &str, audience: &str, time_needed: &str, policy: &str) -> AppResult<GroupDetails> {
        Ok(GroupDetails {
            name: parse_text(name, 2, 60, false).field("name")?,
            description: parse_text(description, 2, 1000, true).field("description")?,
            audience: parse_text(audience, 0, 120, false).field("audience")?,
            time_needed: parse_text(time_needed, 0, 120, false).field("time_needed")?,
            policy: JoinPolicy::parse(policy).field("policy")?,
        })
    }
}

/// The checked text of an announcement.
pub fn parse_announcement(text: &str) -> Result<String, Problem> {
    parse_text(text, 2, 500, true)
}

/// The checked title and place of a task (the times are checked apart).
pub fn parse_task_texts(title: &str, place: &str) -> AppResult<(String, String)> {
    Ok((parse_text(title, 2, 80, false).field("title")?, parse_text(place, 0, 120, false).field("place")?))
}

/// How many hands a task needs: 1 to 50.
pub fn parse_hands(input: &str) -> Result<i64, Problem> {
    match input.trim().parse::<i64>() {
        Ok(n) if (1..=50).contains(&n) => Ok(n),
        _ => Err(Problem::HandsInvalid),
    }
}

/// Hours given, as typed: `2`, `1,5`, `1.5` or `1:30`; 0 to 24 hours, as whole minutes.
pub fn parse_hours(input: &str) -> Result<i64, Problem> {
    let input = input.trim();
    let minutes = if let Some((h, m)) = input.split_once(':') {
        match (h.trim().parse::<i64>(), m.trim().parse::<i64>()) {
            (Ok(h), Ok(m)) if (0..60).contains(&m) && h >= 0 => Some(h * 60 + m),
            _ => None,
        }
    } else {
        input
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|h| h.is_finite() && *h >= 0.0 && *h <= 24.0)
            .map(|h| (h * 60.0).round() as i64)
    };
    minutes.filter(|m| (0..=24 * 60).contains(m)).ok_or(Problem::HoursInvalid)
}

/// Minutes as people write hours: `2`, `1,5`, `0,25` (Dutch decimal comma).
pub fn hours_label(minutes: i64) -> String {
    let whole = minutes / 60;
    let rest = minutes % 60;
    if rest == 0 {
        return whole.to_string();
    }
    let fraction = format!("{:.2}", rest as f64 / 60.0);
    let fraction = fraction.trim_start_matches('0').trim_end_matches('0');
    format!("{whole}{}", fraction.replace('.', ","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_forms() {
        let ok = GroupDetails::parse(" Tuinploeg ", "Wij houden de moestuin bij.", "", "2 uur per week", "toestemming").unwrap();
        assert_eq!((ok.name.as_str(), ok.policy), ("Tuinploeg", JoinPolicy::Approval));
        let wrong = |p: Problem, field: &str| Err(AppError::InvalidField(p, field.into()));
        assert_eq!(GroupDetails::parse("", "x y", "", "", "open"), wrong(Problem::TextEmpty, "name"));
        assert_eq!(GroupDetails::parse(&"x".repeat(5000), "x y", "", "", "open"), wrong(Problem::TextTooLong, "name"));
        assert_eq!(GroupDetails::parse("Tuin", "Wij tuinieren.", "", "", "misschien"), wrong(Problem::Unknown, "policy"));
        assert_eq!(GroupDetails::parse("<script>x</script>", "ok ok", "", "", "open").unwrap().name, "<script>x</script>");
    }

    #[test]
    fn hands() {
        assert_eq!(parse_hands("3"), Ok(3));
        assert_eq!(parse_hands(" 50 "), Ok(50));
        for bad in ["0", "-1", "51", "", "drie", "2.5"] {
            assert_eq!(parse_hands(bad), Err(Problem::HandsInvalid), "{bad}");
        }
    }

    #[test]
    fn hours() {
        assert_eq!(parse_hours("2"), Ok(120));
        assert_eq!(parse_hours("1,5"), Ok(90));
        assert_eq!(parse_hours("1.25"), Ok(75));
        assert_eq!(parse_hours("1:30"), Ok(90));
        assert_eq!(parse_hours("0"), Ok(0));
        assert_eq!(parse_hours("24"), Ok(1440));
        for bad in ["", "25", "-1", "1:75", "veel", "NaN", "inf", "1:5:0"] {
            assert_eq!(parse_hours(bad), Err(Problem::HoursInvalid), "{bad}");
        }
        assert_eq!(hours_label(120), "2");
        assert_eq!(hours_label(90), "1,5");
        assert_eq!(hours_label(75), "1,25");
        assert_eq!(hours_label(20), "0,33");
    }

    #[test]
    fn standings() {
        assert_eq!(Standing::from_stored("verzoek", "lid"), Some(Standing::Requested));
        assert_eq!(Standing::from_stored("actief", "coordinator"), Some(Standing::Coordinator));
        assert_eq!(Standing::from_stored("weg", "lid"), None);
        assert!(!Standing::Requested.is_member());
    }
}
