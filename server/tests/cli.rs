//! The `buurtplein` command line: help, demo seeding (idempotent), create-admin and backup.

mod common;

use common::backend::{TestDb, postgres};
use std::process::Command;

fn buurtplein(db: &str, args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_buurtplein"))
        .args(args)
        .env("DATABASE_URL", db)
        .env("RUST_LOG", "error")
        .env("BUURTPLEIN_ADMIN_PASSWORD", "een lang beheerwachtwoord")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn help_lists_commands_and_environment() {
    let (ok, help) = buurtplein("sqlite::memory:", &["--help"]);
    assert!(ok);
    for word in ["serve", "migrate", "create-admin", "demo", "backup", "DATABASE_URL", "PUBLIC_URL"] {
        assert!(help.contains(word), "{word} missing from --help");
    }
}

#[test]
fn demo_create_admin_and_backup() {
    let dir = tempfile::tempdir().unwrap();
    let test_db = TestDb::new();
    let db = test_db.url.clone();

    let (ok, first) = buurtplein(&db, &["demo"]);
    assert!(ok, "{first}");
    assert!(first.contains("Samira Sociaal") && first.contains("zonnebloem-demo"));
    let codes = |text: &str| text.lines().filter(|l| l.starts_with("  ") && l.contains(" used)")).count();
    assert_eq!(codes(&first), 10, "{first}");
    let (ok, second) = buurtplein(&db, &["demo"]);
    assert!(ok);
    assert_eq!(first, second, "seeding twice adds nothing");

    let (ok, out) = buurtplein(&db, &["create-admin", "--name", "Gemeente Beheer", "--buurt", "Het Klaverblad"]);
    assert!(ok, "{out}");
    let (ok, out) = buurtplein(&db, &["create-admin", "--name", "Gemeente Beheer", "--buurt", "Het Klaverblad"]);
    assert!(!ok && out.contains("already taken"), "{out}");

    let copy = dir.path().join("kopie.db");
    let (ok, out) = buurtplein(&db, &["backup", copy.to_str().unwrap()]);
    assert!(ok, "{out}");
    // PostgreSQL: the backup is a pg_dump file; it restores into a new database.
    let restored = postgres().then(|| TestDb::restored(&copy));
    let copy_url = restored.as_ref().map_or_else(|| format!("sqlite://{}", copy.display()), |r| r.url.clone());
    let (ok, again) = buurtplein(&copy_url, &["demo"]);
    assert!(ok);
    assert_eq!(again, first, "the copy holds the same demo buurt");
    let (ok, _) = buurtplein(&db, &["backup", copy.to_str().unwrap()]);
    assert!(!ok, "never overwrites an existing file");
}
