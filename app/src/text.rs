//! Plain-text helpers shared by the forms of every capability.

use crate::error::Problem;
use unicode_normalization::UnicodeNormalization;
use unicode_security::{MixedScript, skeleton};

/// Trims and folds runs of white space (spaces, tabs, newlines) into single spaces.
pub fn collapse_spaces(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The compatibility form (NFKC): full-width letters, ligatures and no-break spaces become
/// their plain counterparts, and accents are written one way only.
pub fn nfkc(input: &str) -> String {
    input.nfkc().collect()
}

/// Whether a character cannot be seen or turns the reading direction around: control
/// characters and Unicode's default-ignorable code points (zero-width spaces and joiners,
/// bidi controls such as the right-to-left override, the soft hyphen, fillers). The emoji
/// presentation selectors are allowed: they only choose how an emoji looks.
pub fn is_invisible(c: char) -> bool {
    if matches!(c, '\u{FE0E}' | '\u{FE0F}') {
        return false;
    }
    // The UTS #39 skeleton drops exactly the default-ignorable code points.
    let mut buf = [0u8; 4];
    c.is_control() || skeleton(c.encode_utf8(&mut buf)).next().is_none()
}

/// Whether every word is written in one script, so "Kees" with a Cyrillic "е" is refused
/// while "Zoë", "Ngọc", "أحمد" or "山田 はなこ" pass (UTS #39 single-script, where Japanese,
/// Korean and Chinese mixes count as one).
pub fn words_single_script(input: &str) -> bool {
    input.split_whitespace().all(|word| word.is_single_script())
}

/// The key under which look-alike texts are equal: the UTS #39 skeleton, lower-cased and
/// skeletonised again so that case does not matter either ("Kееs" with Cyrillic letters,
/// "KEES" and "Kees" share one key; so do "Ian" and "lan").
pub fn confusable_key(input: &str) -> String {
    let first: String = skeleton(input).collect();
    skeleton(&first.to_lowercase()).collect()
}

/// A short text field: trimmed, `min..=max` characters, no control characters except newlines
/// when `multiline`.
pub fn parse_text(input: &str, min: usize, max: usize, multiline: bool) -> Result<String, Problem> {
    let text = if multiline {
        input.replace("\r\n", "\n").trim().to_string()
    } else {
        collapse_spaces(input)
    };
    let len = text.chars().count();
    if len < min {
        return Err(if len == 0 { Problem::TextEmpty } else { Problem::TextTooShort });
    }
    if len > max {
        return Err(Problem::TextTooLong);
    }
    if text.chars().any(|c| c.is_control() && !(multiline && c == '\n')) {
        return Err(Problem::Unknown);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_white_space() {
        assert_eq!(collapse_spaces("  Zonnebloem\t straat \n 12 "), "Zonnebloem straat 12");
        assert_eq!(collapse_spaces(" \n "), "");
    }

    #[test]
    fn finds_invisible_characters() {
        for c in ['\u{200B}', '\u{200C}', '\u{200D}', '\u{202E}', '\u{2066}', '\u{FEFF}', '\u{AD}', '\u{2060}', '\u{3164}', '\u{E0041}', '\u{7}'] {
            assert!(is_invisible(c), "{:?} should count as invisible", c);
        }
        for c in ['a', 'ë', 'ç', 'ọ', 'أ', '-', '\'', ' ', '🌻', '\u{FE0F}'] {
            assert!(!is_invisible(c), "{:?} is visible", c);
        }
    }

    #[test]
    fn one_script_per_word() {
        for name in ["Kees", "Zoë de Vries", "Çelik", "Ümit", "Ngọc Anh", "أحمد", "Ahmed أحمد", "山田 はなこ", "Ivan Иванов", "Jan-Willem 2"] {
            assert!(words_single_script(name), "{name} is fine");
        }
        assert!(!words_single_script("K\u{435}es"));
        assert!(!words_single_script("Jan P\u{430}ul"));
    }

    #[test]
    fn look_alikes_share_a_key() {
        assert_eq!(confusable_key("K\u{435}\u{435}s"), confusable_key("Kees"));
        assert_eq!(confusable_key("KEES"), confusable_key("kees"));
        assert_eq!(confusable_key("Ian"), confusable_key("lan"));
        assert_eq!(confusable_key("Ke\u{200B}es"), confusable_key("Kees"));
        assert_ne!(confusable_key("Kees"), confusable_key("Klaas"));
        assert_ne!(confusable_key("Zoë"), confusable_key("Zoe"));
    }
}
