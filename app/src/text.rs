//! Plain-text helpers shared by the forms of every capability.

/// Trims and folds runs of white space (spaces, tabs, newlines) into single spaces.
pub fn collapse_spaces(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_white_space() {
        assert_eq!(super::collapse_spaces("  Zonnebloem\t straat \n 12 "), "Zonnebloem straat 12");
        assert_eq!(super::collapse_spaces(" \n "), "");
    }
}
