//! The fair-voice figures as the dashboard and the CSV show them: counts only, never anyone's
//! name or ballot.

use serde::{Deserialize, Serialize};

/// A kind of taking part that the dashboard counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Kind {
    /// Proposals made (voorstellen).
    Proposed,
    /// Comments written (reacties).
    Commented,
    /// Voting rounds voted in (what was voted stays secret).
    Voted,
    /// Sign-ups for agenda activities.
    SignedUp,
    /// Room hours reserved (minutes, confirmed resident reservations).
    Reserved,
    /// Hours given in volunteer group tasks (minutes recorded).
    Helped,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Proposed, Kind::Commented, Kind::Voted, Kind::SignedUp, Kind::Reserved, Kind::Helped];

    /// The code in the CSV.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Proposed => "voorstellen",
            Kind::Commented => "reacties",
            Kind::Voted => "stemrondes",
            Kind::SignedUp => "aanmeldingen",
            Kind::Reserved => "ruimte_uren",
            Kind::Helped => "vrijwilligers_uren",
        }
    }

    /// The Fluent key of the kind's name.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Proposed => "fair-kind-proposed",
            Kind::Commented => "fair-kind-commented",
            Kind::Voted => "fair-kind-voted",
            Kind::SignedUp => "fair-kind-signed-up",
            Kind::Reserved => "fair-kind-reserved",
            Kind::Helped => "fair-kind-helped",
        }
    }

    /// Amounts in minutes (shown as hours) rather than in items.
    pub fn in_minutes(self) -> bool {
        matches!(self, Kind::Reserved | Kind::Helped)
    }

    /// The Fluent keys of the concentration signal and of the suggested action.
    pub fn signal_keys(self) -> (&'static str, &'static str) {
        match self {
            Kind::Proposed => ("fair-signal-proposed", "fair-action-proposed"),
            Kind::Commented => ("fair-signal-commented", "fair-action-commented"),
            Kind::Voted => ("fair-signal-voted", "fair-action-voted"),
            Kind::SignedUp => ("fair-signal-signed-up", "fair-action-signed-up"),
            Kind::Reserved => ("fair-signal-reserved", "fair-action-reserved"),
            Kind::Helped => ("fair-signal-helped", "fair-action-helped"),
        }
    }
}

/// The figures of one kind of taking part in the period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindFigures {
    pub kind: Kind,
    /// Residents who took part this way at least once.
    pub participants: i64,
    /// Items, or minutes for room and volunteer hours.
    pub total: i64,
    /// Percent of the total taken by the most active 10% of residents (at least one).
    pub top10_share: Option<i64>,
    /// Percent of the total taken by the 5 most active households.
    pub top5_households_share: Option<i64>,
    /// Percent taken by the 3 most active residents (for the signal).
    pub top3_share: Option<i64>,
    /// The Gini index over all residents, in thousandths (0 = everyone alike, 1000 = one did all).
    pub gini: Option<i64>,
}

/// Residents of one group (an age band or a building) and how many of them took part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupRow {
    /// An age band's Fluent key, or a building's name.
    pub label: String,
    pub residents: i64,
    /// Per kind, in the order of [`Kind::ALL`].
    pub participants: Vec<i64>,
    /// Took part in any way.
    pub any: i64,
    /// Did not take part yet in the period.
    pub none: i64,
}

/// A volunteer group's figures in the period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VolunteerGroupRow {
    pub name: String,
    pub active_members: i64,
    pub helpers: i64,
    pub minutes: i64,
}

/// "3 bewoners schreven 62% van de reacties", with a suggested action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    pub kind: Kind,
    pub people: i64,
    pub share: i64,
}

/// Everything the dashboard shows for a buurt and period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dashboard {
    pub buurt_id: i64,
    pub buurt_name: String,
    /// The period as the date fields show it (`tot` included).
    pub from: String,
    pub to: String,
    pub residents: i64,
    pub households: i64,
    /// Residents who took part in any way in the period.
    pub took_part: i64,
    pub kinds: Vec<KindFigures>,
    pub by_age: Vec<GroupRow>,
    pub by_building: Vec<GroupRow>,
    pub groups: Vec<VolunteerGroupRow>,
    pub signals: Vec<Signal>,
}

/// Thousandths as a decimal with a comma: `620` → `0,62`.
pub fn gini_label(permille: i64) -> String {
    let hundredths = (permille + 5) / 10;
    format!("{},{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(gini_label(620), "0,62");
        assert_eq!(gini_label(0), "0,00");
        assert_eq!(gini_label(1000), "1,00");
        assert_eq!(gini_label(994), "0,99");
        assert_eq!(gini_label(996), "1,00");
        assert_eq!(gini_label(5), "0,01");
    }
}
