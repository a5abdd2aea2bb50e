//! Accounts: ids, roles, age bands and the parsed values of the sign-up and profile forms.

use crate::error::Problem;
use serde::{Deserialize, Serialize};

/// A resident's or staff member's account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct UserId(pub i64);

/// A neighbourhood (buurt) of the installation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct BuurtId(pub i64);

/// What someone may do in a buurt. Stored as its Dutch code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Resident,
    Committee,
    SocialWorker,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Resident, Role::Committee, Role::SocialWorker, Role::Admin];

    /// The code in the database and in forms.
    pub fn code(self) -> &'static str {
        match self {
            Role::Resident => "bewoner",
            Role::Committee => "commissielid",
            Role::SocialWorker => "sociaal_werker",
            Role::Admin => "beheerder",
        }
    }

    pub fn parse(code: &str) -> Result<Role, Problem> {
        Role::ALL.into_iter().find(|r| r.code() == code).ok_or(Problem::Unknown)
    }

    /// The Fluent key of the role's name.
    pub fn key(self) -> &'static str {
        match self {
            Role::Resident => "role-bewoner",
            Role::Committee => "role-commissielid",
            Role::SocialWorker => "role-sociaal-werker",
            Role::Admin => "role-beheerder",
        }
    }

    /// Staff run the buurt: they manage households, invite codes and roles.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::SocialWorker | Role::Admin)
    }
}

/// The optional age band a resident gives at sign-up (for participation figures only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    Under18,
    From18To34,
    From35To54,
    From55To74,
    From75,
}

impl AgeBand {
    pub const ALL: [AgeBand; 5] = [
        AgeBand::Under18,
        AgeBand::From18To34,
        AgeBand::From35To54,
        AgeBand::From55To74,
        AgeBand::From75,
    ];

    pub fn code(self) -> &'static str {
        match self {
            AgeBand::Under18 => "0-17",
            AgeBand::From18To34 => "18-34",
            AgeBand::From35To54 => "35-54",
            AgeBand::From55To74 => "55-74",
            AgeBand::From75 => "75+",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            AgeBand::Under18 => "age-under-18",
            AgeBand::From18To34 => "age-18-34",
            AgeBand::From35To54 => "age-35-54",
            AgeBand::From55To74 => "age-55-74",
            AgeBand::From75 => "age-75-plus",
        }
    }

    /// An empty choice means "rather not say".
    pub fn parse_optional(code: &str) -> Result<Option<AgeBand>, Problem> {
        if code.trim().is_empty() {
            return Ok(None);
        }
        AgeBand::ALL
            .into_iter()
            .find(|a| a.code() == code.trim())
            .map(Some)
            .ok_or(Problem::Unknown)
    }
}

/// The name other residents see: 2 to 40 characters in NFKC form, nothing invisible (no
/// zero-width or bidi control characters), each word in one script.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisplayName(String);

impl DisplayName {
    pub const MAX_CHARS: usize = 40;

    pub fn parse(input: &str) -> Result<DisplayName, Problem> {
        let name = crate::text::collapse_spaces(&crate::text::nfkc(input));
        if name.chars().any(crate::text::is_invisible) {
            return Err(Problem::NameInvisible);
        }
        if name.is_empty() {
            return Err(Problem::NameEmpty);
        }
        if name.chars().count() > Self::MAX_CHARS {
            return Err(Problem::NameTooLong);
        }
        if name.contains(['<', '>', '@']) {
            return Err(Problem::Unknown);
        }
        if !crate::text::words_single_script(&name) {
            return Err(Problem::NameMixedScripts);
        }
        Ok(DisplayName(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The key that makes names unique regardless of case.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }

    /// The key under which names that look alike are equal (UTS #39 skeleton): no two
    /// accounts may share it.
    pub fn skeleton(&self) -> String {
        crate::text::confusable_key(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::DisplayName;
    use crate::error::Problem;

    #[test]
    fn refuses_invisible_and_mixed_names() {
        assert_eq!(DisplayName::parse("Ke\u{200B}es"), Err(Problem::NameInvisible));
        assert_eq!(DisplayName::parse("\u{202E}seeK"), Err(Problem::NameInvisible));
        assert_eq!(DisplayName::parse("Kees\u{7}"), Err(Problem::NameInvisible));
        assert_eq!(DisplayName::parse("K\u{435}es"), Err(Problem::NameMixedScripts));
    }

    #[test]
    fn normalises_and_keeps_real_names() {
        assert_eq!(DisplayName::parse("\u{FF2B}ees\u{A0}Jansen").unwrap().as_str(), "Kees Jansen");
        assert_eq!(DisplayName::parse("Zoe\u{308}").unwrap().as_str(), "Zo\u{EB}");
        for name in ["Zoë", "Çelik", "Ümit", "Ngọc", "أحمد", "Oma Truus 🌻", "Jan-Willem"] {
            assert_eq!(DisplayName::parse(name).unwrap().as_str(), name);
        }
    }
}

/// An optional email address, for sign-in only; never shown to other residents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    pub const MAX_CHARS: usize = 254;

    pub fn parse_optional(input: &str) -> Result<Option<Email>, Problem> {
        let email = input.trim();
        if email.is_empty() {
            return Ok(None);
        }
        let valid = email.chars().count() <= Self::MAX_CHARS
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !domain.ends_with('.')
                    && !domain.contains('@')
            });
        if valid { Ok(Some(Email(email.to_lowercase()))) } else { Err(Problem::EmailInvalid) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The name shown beside a contribution: the author's display name, or "oud-bewoner" once
/// the author deleted their account.
pub fn shown_name(display_name: Option<&str>, lang: crate::i18n::Lang) -> String {
    display_name.map_or_else(|| crate::i18n::tr(lang, "former-resident"), str::to_string)
}
