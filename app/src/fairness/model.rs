//! The fair-voice figures as the dashboard and the CSV show them: counts, and in a signal the
//! names of residents for public acts only, never anyone's vote.

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
    /// Supports given to proposals ("Ik steun dit").
    Supported,
    /// Reports of comments and proposals.
    Reported,
    /// Initiatives on the ballots of rounds in the period, counted for their authors.
    OnBallot,
}

impl Kind {
    pub const ALL: [Kind; 9] = [
        Kind::Proposed,
        Kind::Commented,
        Kind::Voted,
        Kind::SignedUp,
        Kind::Reserved,
        Kind::Helped,
        Kind::Supported,
        Kind::Reported,
        Kind::OnBallot,
    ];
    /// The ways of taking part counted per age band and building ("deden mee").
    pub const GROUPED: [Kind; 6] = [Kind::Proposed, Kind::Commented, Kind::Voted, Kind::SignedUp, Kind::Reserved, Kind::Helped];

    /// The code in the CSV.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Proposed => "voorstellen",
            Kind::Commented => "reacties",
            Kind::Voted => "stemrondes",
            Kind::SignedUp => "aanmeldingen",
            Kind::Reserved => "ruimte_uren",
            Kind::Helped => "vrijwilligers_uren",
            Kind::Supported => "steunbetuigingen",
            Kind::Reported => "meldingen",
            Kind::OnBallot => "op_stembiljet",
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
            Kind::Supported => "fair-kind-supported",
            Kind::Reported => "fair-kind-reported",
            Kind::OnBallot => "fair-kind-on-ballot",
        }
    }

    /// Amounts in minutes (shown as hours) rather than in items.
    pub fn in_minutes(self) -> bool {
        matches!(self, Kind::Reserved | Kind::Helped)
    }

    /// The Fluent keys of the concentration signal and of the suggested action; `None` for
    /// votes: one vote per resident per round is not something a few can take over.
    pub fn signal_keys(self) -> Option<(&'static str, &'static str)> {
        match self {
            Kind::Proposed => Some(("fair-conc-proposed", "fair-action-proposed")),
            Kind::Commented => Some(("fair-conc-commented", "fair-action-commented")),
            Kind::Voted => None,
            Kind::SignedUp => Some(("fair-conc-signed-up", "fair-action-signed-up")),
            Kind::Reserved => Some(("fair-conc-reserved", "fair-action-reserved")),
            Kind::Helped => Some(("fair-conc-helped", "fair-action-helped")),
            Kind::Supported => Some(("fair-conc-supported", "fair-action-supported")),
            Kind::Reported => Some(("fair-conc-reported", "fair-action-reported")),
            Kind::OnBallot => Some(("fair-conc-on-ballot", "fair-action-on-ballot")),
        }
    }

    /// A signal of this kind names the residents: public acts only (proposals, comments,
    /// reports, and the authors of initiatives on a ballot). Never who voted, supported or booked.
    pub fn names_people(self) -> bool {
        matches!(self, Kind::Proposed | Kind::Commented | Kind::Reported | Kind::OnBallot)
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

/// "5 huishoudens schreven samen 61 % van de voorstellen (ieder minstens 3 keer zoveel als een
/// gewoon huishouden): Jan, Piet, …", with a suggested action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signal {
    pub kind: Kind,
    /// The most active households (5).
    pub households: i64,
    /// Their share of the kind, in percent.
    pub share: i64,
    /// Each did at least this many times what the median household did.
    pub ratio: i64,
    /// The residents of those households who did it, for public acts only; else empty.
    pub names: Vec<String>,
}

/// How households acted together.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Together {
    /// Each household supported at least 2 proposals of the other.
    Supports,
    /// Both households reported the same items.
    Reports,
}

impl Together {
    pub fn key(self) -> &'static str {
        match self {
            Together::Supports => "fair-together-supports",
            Together::Reports => "fair-together-reports",
        }
    }
}

/// Two households that acted together in the period: supported each other's proposals (`a`
/// and `b` times) or reported the same items (`a` = `b` = how many).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TogetherSignal {
    pub how: Together,
    pub a: i64,
    pub b: i64,
    /// For supports: the authors of the proposals supported; for reports: the reporters.
    pub names: Vec<String>,
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
    pub together: Vec<TogetherSignal>,
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
