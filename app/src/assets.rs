//! The names of the bundle's files. A release build (`scripts/build.sh`) gives the JavaScript,
//! the WebAssembly and the stylesheet a content hash in their names and writes the hashes to
//! `hash.txt` beside the server binary, where Leptos's `HydrationScripts` reads them as well
//! (`LEPTOS_HASH_FILES=true`). A page therefore always names the files that belong to it, and
//! the server can let browsers keep them for a year (`Cache-Control: immutable`).

use leptos::prelude::{LeptosOptions, use_context};
use std::sync::OnceLock;

/// The file with the hashes, as Leptos looks for it: beside the running binary.
pub fn hash_file(options: &LeptosOptions) -> std::path::PathBuf {
    let dir = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|p| p.to_path_buf())).unwrap_or_default();
    dir.join(options.hash_file.as_ref())
}

/// `kind: hash` lines (`js`, `wasm`, `css`), read once.
fn hashes(options: &LeptosOptions) -> &'static [(String, String)] {
    static HASHES: OnceLock<Vec<(String, String)>> = OnceLock::new();
    HASHES.get_or_init(|| {
        let text = std::fs::read_to_string(hash_file(options)).unwrap_or_default();
        parse(&text)
    })
}

fn parse(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(kind, hash)| (kind.trim().to_string(), hash.trim().to_string()))
        .filter(|(_, hash)| !hash.is_empty())
        .collect()
}

/// The address of the stylesheet: `/pkg/buurtplein.<hash>.css`, or without a hash when the
/// files are not hashed (debug builds, tests).
pub fn stylesheet_href() -> String {
    let Some(options) = use_context::<LeptosOptions>() else { return "/pkg/buurtplein.css".to_string() };
    let hash = options
        .hash_files
        .then(|| hashes(&options).iter().find(|(kind, _)| kind == "css").map(|(_, h)| h.as_str()))
        .flatten();
    match hash {
        Some(hash) => format!("/{}/{}.{hash}.css", options.site_pkg_dir, options.output_name),
        None => format!("/{}/{}.css", options.site_pkg_dir, options.output_name),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_the_hash_lines() {
        let hashes = parse("js: abc\nwasm: def\n\ncss:  0123 \nbroken\n");
        assert_eq!(
            hashes,
            vec![("js".into(), "abc".into()), ("wasm".into(), "def".into()), ("css".into(), "0123".into())]
        );
    }
}
