//! Pure account rules: the password policy and the shape of invite codes.

use crate::error::Problem;

/// A new password: at least 8 characters, at most 128, not one of the most common ones.
/// No composition rules (NIST SP 800-63B).
pub fn check_new_password(password: &str) -> Result<(), Problem> {
    let chars = password.chars().count();
    if chars < 8 {
        return Err(Problem::PasswordTooShort);
    }
    if chars > 128 {
        return Err(Problem::PasswordTooLong);
    }
    if is_common_password(password) {
        return Err(Problem::PasswordTooCommon);
    }
    Ok(())
}

/// Whether the password is on the list of commonly used passwords, ignoring case.
pub fn is_common_password(password: &str) -> bool {
    let lower = password.to_lowercase();
    COMMON_PASSWORDS.lines().map(str::trim).any(|common| common == lower)
}

/// The form of a sign-in name or email that finds the account, and under which wrong
/// passwords for a name that finds nobody are counted: NFKC (a no-break space becomes a
/// space, full-width letters plain ones), every run of white space folded into one space,
/// lower case. `" Kees\u{a0}de\tBoer"` and `"kees de boer"` are the same.
pub fn sign_in_key(identifier: &str) -> String {
    crate::text::collapse_spaces(&crate::text::nfkc(identifier)).to_lowercase()
}

/// Whether a name typed to claim an account is the name the sociaal werker wrote down: the
/// same letters, whatever the capitals, the spaces (also none) or characters that look
/// alike. Only compared with the unclaimed members of the code's own household.
pub fn same_registered_name(typed: &str, written: &str) -> bool {
    let loose = |name: &str| -> String { crate::text::confusable_key(&crate::text::nfkc(name)).chars().filter(|c| !c.is_whitespace()).collect() };
    let typed = loose(typed);
    !typed.is_empty() && typed == loose(written)
}

/// Passwords of 8 or more characters that appear most in published breach lists, with Dutch
/// favourites added. One a line, lower case.
const COMMON_PASSWORDS: &str = include_str!("common-passwords.txt");

/// The characters of an invite code: no 0/O, 1/I/L or 5/S to misread on paper.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRTUVWXYZ2346789";
/// Characters in a code, printed in groups of four.
pub const CODE_LEN: usize = 12;

/// Normalises what someone typed: upper case, without spaces and dashes.
pub fn normalize_code(input: &str) -> String {
    input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_uppercase)
        .collect()
}

/// Turns random bytes into a code from [`CODE_ALPHABET`].
pub fn code_from_random(random: &[u8; CODE_LEN]) -> String {
    random.iter().map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char).collect()
}

/// A code as printed: `ABCD-EFGH-JKMN`.
pub fn format_code(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether a typed code can be a code at all (before asking the database).
pub fn plausible_code(normalized: &str) -> bool {
    normalized.len() == CODE_LEN && normalized.bytes().all(|b| CODE_ALPHABET.contains(&b))
}

#[cfg(test)]
mod tests {
    #[test]
    fn sign_in_key_folds_spaces_width_and_case() {
        let key = super::sign_in_key("kees de boer");
        for variant in ["Kees de Boer", "  kees   de boer ", "Kees\u{a0}de\tBoer", "Kees\u{2003}de Boer", "ＫＥＥＳ de boer"] {
            assert_eq!(super::sign_in_key(variant), key, "{variant:?}");
        }
    }

    use super::*;

    #[test]
    fn a_registered_name_matches_without_capitals_or_spaces() {
        for typed in ["Oma Truus", "oma truus", "  OMA   Truus ", "omatruus", "Oma\u{a0}Truus"] {
            assert!(same_registered_name(typed, "Oma Truus"), "{typed:?}");
        }
        for typed in ["Truus", "Oma Truus B", "Opa Truus", ""] {
            assert!(!same_registered_name(typed, "Oma Truus"), "{typed:?}");
        }
    }

    #[test]
    fn password_length_bounds() {
        assert_eq!(check_new_password("kort123"), Err(Problem::PasswordTooShort));
        assert_eq!(check_new_password("vijf koeien in de wei"), Ok(()));
        assert_eq!(check_new_password(&"a".repeat(129)), Err(Problem::PasswordTooLong));
        // Eight characters counted as characters, not bytes.
        assert_eq!(check_new_password("ééééééé"), Err(Problem::PasswordTooShort));
    }

    #[test]
    fn common_passwords_refused_in_any_case() {
        assert_eq!(check_new_password("password"), Err(Problem::PasswordTooCommon));
        assert_eq!(check_new_password("Wachtwoord"), Err(Problem::PasswordTooCommon));
        assert_eq!(check_new_password("12345678"), Err(Problem::PasswordTooCommon));
        assert!(!is_common_password("zonnebloem-tuin-2026"));
    }

    #[test]
    fn no_composition_rules() {
        assert_eq!(check_new_password("alleen kleine letters"), Ok(()));
    }

    #[test]
    fn codes_round_trip_through_typing() {
        let code = code_from_random(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255]);
        assert!(plausible_code(&code));
        let printed = format_code(&code);
        assert_eq!(printed.len(), 14);
        assert_eq!(normalize_code(&format!(" {} ", printed.to_lowercase())), code);
        assert!(!plausible_code("ABC"));
        assert!(!plausible_code("ABCDEFGHJK0O"));
    }
}
