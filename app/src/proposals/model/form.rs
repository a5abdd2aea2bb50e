//! The proposal and settings forms, parsed into checked values.

use super::{Kind, Settings};
use crate::error::Problem;
use crate::text::parse_text;
use serde::{Deserialize, Serialize};

/// The checked fields of the proposal form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposalInput {
    pub kind: Kind,
    pub title: String,
    pub description: String,
    pub audience: String,
    pub date_wish: String,
    pub help_needed: String,
}

/// The text fields of the proposal form (new, or changed after the commissie asked), as
/// typed. A field the form leaves out counts as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalForm {
    pub title: String,
    pub description: String,
    pub audience: String,
    pub date_wish: String,
    pub help_needed: String,
}

impl ProposalForm {
    /// The checked fields for a proposal of `kind` (its code: `activiteit` or `initiatief`).
    pub fn parse(&self, kind: &str) -> Result<ProposalInput, Problem> {
        Ok(ProposalInput {
            kind: Kind::from_code(kind).ok_or(Problem::Unknown)?,
            title: parse_text(&self.title, 4, 80, false)?,
            description: parse_text(&self.description, 10, 2000, true)?,
            audience: parse_text(&self.audience, 0, 120, false)?,
            date_wish: parse_text(&self.date_wish, 0, 120, false)?,
            help_needed: parse_text(&self.help_needed, 0, 500, true)?,
        })
    }
}

/// A reason the commissie gives (asking for changes, declining, hiding): 3 to 500 characters.
pub fn parse_reason(input: &str) -> Result<String, Problem> {
    match parse_text(input, 3, 500, true) {
        Err(Problem::TextEmpty) => Err(Problem::ReasonMissing),
        other => other,
    }
}

/// An optional note or answer: at most 500 characters.
pub fn parse_note(input: &str) -> Result<String, Problem> {
    parse_text(input, 0, 500, true)
}

/// A yes/no field of a form: `ja` or `nee`.
pub fn parse_yes_no(input: &str) -> Result<bool, Problem> {
    match input.trim() {
        "ja" => Ok(true),
        "nee" => Ok(false),
        _ => Err(Problem::Unknown),
    }
}

/// The participation limits as typed in the settings form, checked against the ranges the
/// database allows.
pub fn parse_settings(fields: [&str; 8]) -> Result<Settings, Problem> {
    const RANGES: [(i64, i64); 8] = [(1, 20), (1, 50), (0, 86_400), (1, 500), (1, 50), (1, 50), (1, 100), (2, 1000)];
    let mut values = [0i64; 8];
    for (i, (field, (min, max))) in fields.iter().zip(RANGES).enumerate() {
        values[i] = match field.trim().parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => n,
            _ => return Err(Problem::SettingInvalid),
        };
    }
    if values[1] < values[0] {
        return Err(Problem::SettingHouseholdBelowResident);
    }
    let [a, b, c, d, e, f, g, h] = values;
    Ok(Settings {
        max_open_per_resident: a,
        max_open_per_household: b,
        comment_interval_seconds: c,
        comments_per_day: d,
        consecutive_replies: e,
        report_threshold: f,
        nudge_share_percent: g,
        nudge_min_comments: h,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposal_form() {
        let form = |title: &str, description: &str| ProposalForm { title: title.into(), description: description.into(), ..Default::default() };
        let ok = form(" Samen koken ", "Elke vrijdag samen koken.").parse("activiteit").unwrap();
        assert_eq!((ok.kind, ok.title.as_str()), (Kind::Activity, "Samen koken"));
        assert_eq!(form("Samen koken", "Elke vrijdag samen koken.").parse("iets"), Err(Problem::Unknown));
        assert_eq!(form("", "Elke vrijdag samen koken.").parse("initiatief"), Err(Problem::TextEmpty));
        assert_eq!(form(&"x".repeat(81), "Elke vrijdag samen koken.").parse("initiatief"), Err(Problem::TextTooLong));
        assert_eq!(form("Bankje", "kort").parse("initiatief"), Err(Problem::TextTooShort));
        assert_eq!(parse_reason("  "), Err(Problem::ReasonMissing));
        assert_eq!(parse_reason("Past niet."), Ok("Past niet.".into()));
    }

    #[test]
    fn settings_form() {
        let ok = parse_settings(["2", "3", "60", "20", "3", "3", "40", "10"]).unwrap();
        assert_eq!(ok, Settings::default());
        assert_eq!(parse_settings(["0", "3", "60", "20", "3", "3", "40", "10"]), Err(Problem::SettingInvalid));
        assert_eq!(parse_settings(["2", "3", "60", "20", "3", "3", "40", "1"]), Err(Problem::SettingInvalid));
        assert_eq!(parse_settings(["4", "3", "60", "20", "3", "3", "40", "10"]), Err(Problem::SettingHouseholdBelowResident));
        assert_eq!(parse_settings(["twee", "3", "60", "20", "3", "3", "40", "10"]), Err(Problem::SettingInvalid));
    }
}
