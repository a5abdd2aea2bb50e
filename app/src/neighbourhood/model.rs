//! Ids and value types for buurten, households and invite codes.

use crate::accounts::model::{AgeBand, BuurtId, Role, UserId};
use crate::error::Problem;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct HouseholdId(pub i64);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct InviteId(pub i64);

/// A buurt as listed for staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BuurtSummary {
    pub id: BuurtId,
    pub name: String,
    pub households: i64,
    pub residents: i64,
}

/// A household row in the staff list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HouseholdRow {
    pub id: HouseholdId,
    pub label: String,
    pub building: String,
    pub members: i64,
    pub open_codes: i64,
}

/// An invite code as staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteRow {
    pub id: InviteId,
    /// Formatted for print: `ABCD-EFGH-JKMN`.
    pub code: String,
    pub max_uses: i64,
    pub uses: i64,
    pub revoked: bool,
}

/// A household with its members and codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HouseholdDetail {
    pub id: HouseholdId,
    pub buurt_id: BuurtId,
    pub buurt_name: String,
    pub label: String,
    pub building: String,
    /// The residents of the household, by name.
    pub members: Vec<HouseholdMember>,
    pub invites: Vec<InviteRow>,
    pub default_uses: i64,
}

/// A person of a household as staff see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HouseholdMember {
    pub id: UserId,
    pub name: String,
    /// Has a password: can sign in, so a herstelbrief makes sense. A member the sociaal
    /// werker registered has none until they claim the account with the household's code.
    pub can_sign_in: bool,
}

/// A member of a buurt as staff see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberRow {
    pub user_id: UserId,
    pub display_name: String,
    pub role: Role,
    pub household_label: Option<String>,
    pub age_band: Option<AgeBand>,
    /// Has a password (see [`HouseholdMember::can_sign_in`]).
    pub can_sign_in: bool,
}

/// Everything the printed invite letter shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteLetter {
    pub buurt_name: String,
    pub household_label: String,
    pub code: String,
    pub max_uses: i64,
    pub signup_url: String,
    pub site_url: String,
    /// An SVG QR code of `signup_url`, made on the server.
    pub qr_svg: String,
    pub revoked: bool,
}

/// A household's address label: 1 to 80 characters, seen only by staff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HouseholdLabel(String);

impl HouseholdLabel {
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let label = crate::text::collapse_spaces(input);
        match label.chars().count() {
            0 => Err(Problem::LabelEmpty),
            1..=80 => Ok(HouseholdLabel(label)),
            _ => Err(Problem::LabelTooLong),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A short optional text such as a building name (at most `max` characters).
pub fn parse_short_text(input: &str, max: usize) -> Result<String, Problem> {
    let text = crate::text::collapse_spaces(input);
    if text.chars().count() > max { Err(Problem::TextTooLong) } else { Ok(text) }
}

/// How many residents one code admits: 1 to 20; empty means the buurt's default.
pub fn parse_max_uses(input: &str, default: i64) -> Result<i64, Problem> {
    let input = input.trim();
    if input.is_empty() {
        return Ok(default);
    }
    match input.parse::<i64>() {
        Ok(n) if (1..=20).contains(&n) => Ok(n),
        _ => Err(Problem::NumberOutOfRange),
    }
}

/// A buurt name: 2 to 60 characters.
pub fn parse_buurt_name(input: &str) -> Result<String, Problem> {
    let name = crate::text::collapse_spaces(input);
    match name.chars().count() {
        0 => Err(Problem::NameEmpty),
        1 => Err(Problem::NameEmpty),
        2..=60 => Ok(name),
        _ => Err(Problem::NameTooLong),
    }
}

/// A URL-friendly slug of a buurt name: `De Zonnebloem` → `de-zonnebloem`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_limits() {
        assert_eq!(HouseholdLabel::parse("  Zonnebloemstraat   12 ").unwrap().as_str(), "Zonnebloemstraat 12");
        assert_eq!(HouseholdLabel::parse("   "), Err(Problem::LabelEmpty));
        assert_eq!(HouseholdLabel::parse(&"x".repeat(81)), Err(Problem::LabelTooLong));
        assert_eq!(parse_max_uses("", 4), Ok(4));
        assert_eq!(parse_max_uses("0", 4), Err(Problem::NumberOutOfRange));
        assert_eq!(parse_max_uses("21", 4), Err(Problem::NumberOutOfRange));
        assert_eq!(parse_max_uses("abc", 4), Err(Problem::NumberOutOfRange));
    }

    #[test]
    fn slugs() {
        assert_eq!(slugify("De Zonnebloem"), "de-zonnebloem");
        assert_eq!(slugify("  Café  Ëik!"), "cafe-eik");
    }
}
