//! Which database the tests run on: SQLite (the default) or PostgreSQL with
//! `TEST_BACKEND=postgres`. Each test gets a fresh database of its own: a file in a temporary
//! folder, or a new PostgreSQL database `bp_t_<random>` that is dropped when the test ends.

use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

/// The server the PostgreSQL test databases are made on (a connection to its maintenance
/// database), unless `TEST_PG_URL` says otherwise.
const PG_ADMIN_URL: &str = "postgres://root@127.0.0.1:5432/postgres";

/// Whether this run tests PostgreSQL.
pub fn postgres() -> bool {
    std::env::var("TEST_BACKEND").is_ok_and(|b| b.eq_ignore_ascii_case("postgres"))
}

fn admin_url() -> String {
    std::env::var("TEST_PG_URL").unwrap_or_else(|_| PG_ADMIN_URL.to_string())
}

/// A fresh, empty database for one test; gone again when this is dropped.
pub struct TestDb {
    pub url: String,
    pg_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    /// A new empty database on the backend of this run.
    pub fn new() -> TestDb {
        if postgres() {
            static SEQ: AtomicU64 = AtomicU64::new(0);
            let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
            let name = format!("bp_t_{}_{}_{}", std::process::id(), nanos, SEQ.fetch_add(1, Ordering::Relaxed));
            psql(&format!("CREATE DATABASE {name}")).unwrap();
            let admin = admin_url();
            let (server, _) = admin.rsplit_once('/').expect("TEST_PG_URL ends in /<database>");
            TestDb { url: format!("{server}/{name}"), pg_name: Some(name), _dir: None }
        } else {
            let dir = tempfile::tempdir().unwrap();
            let url = format!("sqlite://{}/test.db", dir.path().display());
            TestDb { url, pg_name: None, _dir: Some(dir) }
        }
    }

    /// A new empty database with the portal's tables.
    pub async fn migrated() -> (TestDb, app::db::Db) {
        let test_db = TestDb::new();
        let db = app::db::connect(&test_db.url).await.unwrap();
        app::db::migrate(&db).await.unwrap();
        (test_db, db)
    }
}

impl TestDb {
    /// PostgreSQL: a new database holding what the `pg_dump` file `dump` holds (a backup).
    pub fn restored(dump: &std::path::Path) -> TestDb {
        let test_db = TestDb::new();
        let out = Command::new("psql")
            .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &test_db.url, "-f"])
            .arg(dump)
            .output()
            .unwrap();
        assert!(out.status.success(), "restoring {}: {}", dump.display(), String::from_utf8_lossy(&out.stderr));
        test_db
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_name
            && let Err(e) = psql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        {
            eprintln!("{e}");
        }
    }
}

/// Runs one statement on the maintenance database (`psql`, so it also works in `Drop`).
fn psql(sql: &str) -> Result<(), String> {
    let out = Command::new("psql").args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", &admin_url(), "-c", sql]).output();
    match out {
        Ok(out) if out.status.success() => Ok(()),
        Ok(out) => Err(format!("psql {sql:?} failed: {}", String::from_utf8_lossy(&out.stderr))),
        Err(e) => Err(format!("psql not found ({e}); it is needed for TEST_BACKEND=postgres")),
    }
}
