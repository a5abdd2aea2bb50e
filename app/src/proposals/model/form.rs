//! The proposal and settings forms, parsed into checked values.

use super::{Kind, SETTING_FIELDS, Settings};
use std::collections::HashMap;
use crate::error::{AppResult, InField, Problem};
#[cfg(test)]
use crate::error::AppError;
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
    pub fn parse(&self, kind: &str) -> AppResult<ProposalInput> {
        Ok(ProposalInput {
            kind: Kind::from_code(kind).ok_or(Problem::Unknown)?,
            title: parse_text(&self.title, 4, 80, false).field("title")?,
            description: parse_text(&self.description, 10, 2000, true).field("description")?,
            audience: parse_text(&self.audience, 0, 120, false).field("audience")?,
            date_wish: parse_text(&self.date_wish, 0, 120, false).field("date_wish")?,
            help_needed: parse_text(&self.help_needed, 0, 500, true).field("help_needed")?,
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

/// The participation limits as typed in the settings form (field name to text), each checked
/// against the range the database allows; a household limit may not be below the limit of one
/// of its residents.
pub fn parse_settings(form: &HashMap<String, String>) -> AppResult<Settings> {
    let mut values = [0i64; 14];
    for (value, (name, min, max)) in values.iter_mut().zip(SETTING_FIELDS) {
        *value = match form.get(name).map(|v| v.trim().parse::<i64>()) {
            Some(Ok(n)) if (min..=max).contains(&n) => n,
            _ => return Err(Problem::SettingInvalid).field(name),
        };
    }
    let s = Settings::from_values(values);
    if s.max_open_per_household < s.max_open_per_resident {
        return Err(Problem::SettingHouseholdBelowResident).field("max_open_per_household");
    }
    if s.new_per_household_30d < s.new_per_resident_30d {
        return Err(Problem::SettingHouseholdBelowResident).field("new_per_household_30d");
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn proposal_form() {
        let form = |title: &str, description: &str| ProposalForm { title: title.into(), description: description.into(), ..Default::default() };
        let ok = form(" Samen koken ", "Elke vrijdag samen koken.").parse("activiteit").unwrap();
        assert_eq!((ok.kind, ok.title.as_str()), (Kind::Activity, "Samen koken"));
        let wrong = |p: Problem, field: &str| Err(AppError::InvalidField(p, field.into()));
        assert_eq!(form("Samen koken", "Elke vrijdag samen koken.").parse("iets"), Err(AppError::Invalid(Problem::Unknown)));
        assert_eq!(form("", "Elke vrijdag samen koken.").parse("initiatief"), wrong(Problem::TextEmpty, "title"));
        assert_eq!(form(&"x".repeat(81), "Elke vrijdag samen koken.").parse("initiatief"), wrong(Problem::TextTooLong, "title"));
        assert_eq!(form("Bankje", "kort").parse("initiatief"), wrong(Problem::TextTooShort, "description"));
        assert_eq!(parse_reason("  "), Err(Problem::ReasonMissing));
        assert_eq!(parse_reason("Past niet."), Ok("Past niet.".into()));
    }

    #[test]
    fn settings_form() {
        let typed = |changes: &[(&str, &str)]| {
            let mut form: HashMap<String, String> =
                SETTING_FIELDS.iter().zip(Settings::default().values()).map(|((n, _, _), v)| (n.to_string(), v.to_string())).collect();
            for (name, value) in changes {
                form.insert(name.to_string(), value.to_string());
            }
            parse_settings(&form)
        };
        assert_eq!(typed(&[]), Ok(Settings::default()));
        assert_eq!(typed(&[("new_per_household_30d", " 6 ")]).map(|s| s.new_per_household_30d), Ok(6));
        let wrong = |p: Problem, field: &str| Err(AppError::InvalidField(p, field.into()));
        assert_eq!(typed(&[("max_open_per_resident", "0")]), wrong(Problem::SettingInvalid, "max_open_per_resident"));
        assert_eq!(typed(&[("nudge_min_comments", "1")]), wrong(Problem::SettingInvalid, "nudge_min_comments"));
        assert_eq!(typed(&[("max_open_per_resident", "4")]), wrong(Problem::SettingHouseholdBelowResident, "max_open_per_household"));
        assert_eq!(typed(&[("new_per_resident_30d", "4")]), wrong(Problem::SettingHouseholdBelowResident, "new_per_household_30d"));
        assert_eq!(typed(&[("max_open_per_resident", "twee")]), wrong(Problem::SettingInvalid, "max_open_per_resident"));
        let mut missing = HashMap::new();
        missing.insert("max_open_per_resident".to_string(), "2".to_string());
        assert_eq!(parse_settings(&missing), wrong(Problem::SettingInvalid, "max_open_per_household"));
    }
}
