//! Every message the code uses exists in Dutch, every Dutch message has an English twin, and
//! no message sits unused in the files.

use app::accounts::model::{AgeBand, Role};
use app::error::{AppError, Problem};
use std::collections::BTreeSet;
use std::path::Path;

fn keys(lang: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("i18n/{lang}/app.ftl"));
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_string()))
        .collect()
}

/// String literals in the Rust sources of both crates that look like message keys.
fn literals_in_code() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut found = BTreeSet::new();
    let mut stack = vec![root.join("app/src"), root.join("server/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split('"').skip(1).step_by(2) {
                    if piece.len() >= 3 && piece.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        found.insert(piece.to_string());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_dutch_message_has_an_english_one_and_back() {
    let nl = keys("nl");
    let en = keys("en");
    let missing_en: Vec<_> = nl.difference(&en).collect();
    let extra_en: Vec<_> = en.difference(&nl).collect();
    assert!(missing_en.is_empty(), "no English for: {missing_en:?}");
    assert!(extra_en.is_empty(), "English only: {extra_en:?}");
    assert!(nl.len() > 100);
}

#[test]
fn every_key_chosen_at_run_time_exists_in_dutch() {
    let nl = keys("nl");
    let mut used: Vec<&str> = Problem::ALL.iter().map(|p| p.key()).collect();
    used.extend(Role::ALL.iter().map(|r| r.key()));
    used.extend(AgeBand::ALL.iter().map(|a| a.key()));
    used.extend(app::notifications::model::MESSAGE_KEYS);
    for e in [AppError::NotSignedIn, AppError::Forbidden, AppError::NotFound, AppError::RateLimited, AppError::Busy, AppError::Internal, AppError::Transport, AppError::BadRequest, AppError::TooLarge] {
        used.push(e.key());
    }
    let missing: Vec<_> = used.iter().filter(|k| !nl.contains(**k)).collect();
    assert!(missing.is_empty(), "missing in nl: {missing:?}");
}

#[test]
fn no_message_is_unused() {
    let code = literals_in_code();
    let unused: Vec<_> = keys("nl").into_iter().filter(|k| !code.contains(k)).collect();
    assert!(unused.is_empty(), "unused messages: {unused:?}");
}
