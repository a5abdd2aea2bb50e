//! Pure rules of getting back in: how long codes live, what they look like, how they are
//! hashed for storage, whether a code still works, and who may get a herstelbrief.

use super::model::CodeKind;
use crate::accounts::model::{BuurtId, Role};
use crate::accounts::rules::{CODE_ALPHABET, format_code, normalize_code};
use crate::error::Problem;

/// A herstelbrief's code works for 7 days.
pub const LETTER_VALID_SECONDS: i64 = 7 * 24 * 3600;
/// An e-mail link works for 30 minutes.
pub const LINK_VALID_SECONDS: i64 = 30 * 60;
/// At most this many e-mail links per account per hour; more requests get the same answer
/// but make no link (nobody can flood a mailbox).
pub const LINKS_PER_HOUR: i64 = 3;
/// Characters of a letter code (typed from paper) and of a link token (only ever clicked).
pub const LETTER_LEN: usize = 12;
pub const LINK_LEN: usize = 24;

impl CodeKind {
    /// How long a new code of this kind works.
    pub fn valid_seconds(self) -> i64 {
        match self {
            CodeKind::Letter => LETTER_VALID_SECONDS,
            CodeKind::Link => LINK_VALID_SECONDS,
        }
    }

    pub fn code_len(self) -> usize {
        match self {
            CodeKind::Letter => LETTER_LEN,
            CodeKind::Link => LINK_LEN,
        }
    }
}

/// A code from random bytes, in the letters of invite codes (nothing to misread on paper).
pub fn code_from_random(random: &[u8]) -> String {
    random.iter().map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char).collect()
}

/// What a person typed or the QR code carried, as the code it stands for: upper case,
/// without spaces and dashes; `None` when it cannot be a code at all.
pub fn parse_code(input: &str) -> Option<String> {
    let code = normalize_code(input);
    let fits = [LETTER_LEN, LINK_LEN].contains(&code.len()) && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
    fits.then_some(code)
}

/// A code as printed on a letter or put in a link: `ABCD-EFGH-JKMN`.
pub fn print_code(code: &str) -> String {
    format_code(code)
}

/// What the database keeps of a code: its SHA-256, in hex. Codes carry 58 (letter) or 116
/// (link) bits of randomness, so no salt or slow hash is needed.
#[cfg(feature = "ssr")]
pub fn hash_code(code: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(code.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// A stored code's state, for [`check_usable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeState {
    pub expires_at: i64,
    pub used: bool,
    pub revoked: bool,
}

/// Whether a found code still works at `now`: not used, not replaced, not expired.
pub fn check_usable(state: CodeState, now: i64) -> Result<(), Problem> {
    if state.used || state.revoked {
        return Err(Problem::RecoveryCodeUsed);
    }
    if now >= state.expires_at {
        return Err(Problem::RecoveryCodeExpired);
    }
    Ok(())
}

/// Whether staff with `actor` in `buurt` may print a herstelbrief for someone with these
/// roles: only for a bewoner or commissielid of that buurt who is staff nowhere (a new
/// password for a staff account would hand over its powers, also in other buurten).
pub fn may_get_letter(actor: Option<Role>, buurt: BuurtId, target: &[(BuurtId, Role)]) -> bool {
    let actor_is_staff = actor.is_some_and(Role::is_staff);
    let member_here = target.iter().any(|(b, r)| *b == buurt && matches!(r, Role::Resident | Role::Committee));
    let staff_anywhere = target.iter().any(|(_, r)| r.is_staff());
    actor_is_staff && member_here && !staff_anywhere
}

/// The two passwords typed on the reset form must be the same.
pub fn check_repeated(password: &str, again: &str) -> Result<(), Problem> {
    if password == again { Ok(()) } else { Err(Problem::PasswordsDiffer) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_from_paper_and_links() {
        let letter = code_from_random(&[7u8; LETTER_LEN]);
        let link = code_from_random(&[200u8; LINK_LEN]);
        assert_eq!(parse_code(&print_code(&letter).to_lowercase()), Some(letter));
        assert_eq!(parse_code(&format!(" {} ", print_code(&link))), Some(link));
        assert_eq!(parse_code("ABCD-EFGH"), None, "too short");
        assert_eq!(parse_code("ABCD-EFGH-JKM0"), None, "0 is not in the alphabet");
        assert_eq!(parse_code(&"A".repeat(13)), None, "between the two lengths");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_hash_is_stable_and_hides_the_code() {
        let hash = hash_code("ABCDEFGHJKMN");
        assert_eq!(hash, hash_code("ABCDEFGHJKMN"));
        assert_ne!(hash, hash_code("ABCDEFGHJKMP"));
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains("ABCD"));
    }

    #[test]
    fn a_code_works_until_it_expires_is_used_or_replaced() {
        let fresh = CodeState { expires_at: 1_000, used: false, revoked: false };
        assert_eq!(check_usable(fresh, 999), Ok(()));
        assert_eq!(check_usable(fresh, 1_000), Err(Problem::RecoveryCodeExpired));
        assert_eq!(check_usable(CodeState { used: true, ..fresh }, 10), Err(Problem::RecoveryCodeUsed));
        assert_eq!(check_usable(CodeState { revoked: true, ..fresh }, 10), Err(Problem::RecoveryCodeUsed));
        assert_eq!(CodeKind::Letter.valid_seconds(), 604_800);
        assert_eq!(CodeKind::Link.valid_seconds(), 1_800);
    }

    #[test]
    fn only_staff_of_the_buurt_for_a_resident_who_is_staff_nowhere() {
        let (here, there) = (BuurtId(1), BuurtId(2));
        let resident = [(here, Role::Resident)];
        assert!(may_get_letter(Some(Role::SocialWorker), here, &resident));
        assert!(may_get_letter(Some(Role::Admin), here, &[(here, Role::Committee)]));
        assert!(!may_get_letter(Some(Role::Committee), here, &resident), "commissie is not staff");
        assert!(!may_get_letter(None, here, &resident), "staff of another buurt");
        assert!(!may_get_letter(Some(Role::SocialWorker), here, &[(there, Role::Resident)]), "resident elsewhere");
        assert!(!may_get_letter(Some(Role::Admin), here, &[(here, Role::SocialWorker)]), "staff here");
        assert!(!may_get_letter(Some(Role::Admin), here, &[(here, Role::Resident), (there, Role::Admin)]), "staff elsewhere");
    }

    #[test]
    fn both_passwords_must_match() {
        assert_eq!(check_repeated("vijf koeien", "vijf koeien"), Ok(()));
        assert_eq!(check_repeated("vijf koeien", "vijf koeien "), Err(Problem::PasswordsDiffer));
    }
}
