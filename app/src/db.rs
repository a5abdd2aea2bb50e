//! The database pool (SQLite by default, through `sqlx::Any`), embedded migrations and
//! write transactions that serialise.

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor, Transaction};
use std::path::Path;

pub type Db = AnyPool;
pub type Tx = Transaction<'static, sqlx::Any>;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");

/// The storage engine behind a `DATABASE_URL`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Option<Backend> {
        if url.starts_with("sqlite:") {
            Some(Backend::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Some(Backend::Postgres)
        } else {
            None
        }
    }
}

/// Opens the pool. For SQLite the file (and its folder) is created when missing, and every
/// connection runs with foreign keys on, WAL journaling and a busy timeout.
pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
    install_default_drivers();
    match Backend::from_url(url) {
        Some(Backend::Sqlite) => {}
        Some(Backend::Postgres) => {
            return Err(sqlx::Error::Configuration(
                "PostgreSQL support is planned; use a sqlite: DATABASE_URL for now".into(),
            ));
        }
        None => {
            return Err(sqlx::Error::Configuration(
                format!("DATABASE_URL must start with sqlite: (got {url:?})").into(),
            ));
        }
    }
    if let Some(dir) = sqlite_path(url).and_then(|p| p.parent().map(Path::to_path_buf))
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(&dir).map_err(sqlx::Error::Io)?;
    }
    AnyPoolOptions::new()
        .max_connections(8)
        .after_connect(|conn, _meta| {
            Box::pin(async move {
                conn.execute("PRAGMA foreign_keys = ON").await?;
                conn.execute("PRAGMA journal_mode = WAL").await?;
                conn.execute("PRAGMA busy_timeout = 10000").await?;
                conn.execute("PRAGMA synchronous = FULL").await?;
                Ok(())
            })
        })
        .connect(&with_create_mode(url))
        .await
}

/// Applies the embedded migrations that have not run yet, then fills what SQL cannot compute
/// (the look-alike keys of display names).
pub async fn migrate(db: &Db) -> Result<(), sqlx::migrate::MigrateError> {
    SQLITE_MIGRATIONS.run(db).await?;
    crate::accounts::store::fill_name_skeletons(db)
        .await
        .map_err(|e| sqlx::migrate::MigrateError::Source(format!("filling name skeletons: {e}").into()))?;
    Ok(())
}

/// Starts a transaction that takes the write lock at once, so a check followed by a write
/// cannot interleave with another writer (SQLite `BEGIN IMMEDIATE`).
pub async fn begin_write(db: &Db) -> Result<Tx, sqlx::Error> {
    db.begin_with("BEGIN IMMEDIATE").await
}

/// Runs one use case in a write transaction ([`begin_write`]) and gives its result: committed
/// when it succeeds, rolled back when it refuses or fails, so a refusal changes nothing.
/// Server functions hand their use case over through this, so how a write begins (and, on
/// another backend, how it retries) is decided in one place:
/// `in_write!(&state.db, |tx| use_cases::join(tx, &user, group, now()))` is an
/// `AppResult` of what the use case returns.
///
/// A macro rather than a function taking an async closure: the future of such a closure that
/// borrows the transaction is not accepted as `Send` by rustc 1.95 ("implementation of
/// `AsyncFnOnce` is not general enough"), and server functions must be `Send`.
#[macro_export]
macro_rules! in_write {
    ($db:expr, |$tx:ident| $work:expr) => {
        async {
            let mut tx = $crate::db::begin_write($db).await?;
            let done = {
                let $tx = &mut tx;
                $work.await?
            };
            tx.commit().await?;
            $crate::error::AppResult::Ok(done)
        }
        .await
    };
}

/// Whether the database answers (for `/health`).
pub async fn ping(db: &Db) -> Result<(), sqlx::Error> {
    sqlx::query_scalar::<_, i64>("SELECT 1").fetch_one(db).await.map(|_| ())
}

/// The current time as UTC unix seconds, from the server's clock (`AppState::clock`, fixed in
/// tests) inside a request, else from the system.
pub fn now() -> i64 {
    match leptos::prelude::use_context::<crate::state::AppState>() {
        Some(state) => state.clock.now(),
        None => crate::time::Clock::system().now(),
    }
}

/// The file behind a SQLite URL such as `sqlite://data/buurtplein.db?mode=rwc`.
pub fn sqlite_path(url: &str) -> Option<&Path> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next()?;
    (!path.is_empty() && path != ":memory:").then(|| Path::new(path))
}

fn with_create_mode(url: &str) -> String {
    if url.contains("mode=") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

/// Writes a consistent copy of the live database to `target` (SQLite `VACUUM INTO`), safe
/// while the portal is running.
pub async fn backup(db: &Db, target: &Path) -> Result<(), sqlx::Error> {
    let target = target.to_str().ok_or_else(|| {
        sqlx::Error::Configuration("backup path is not valid UTF-8".into())
    })?;
    sqlx::query("VACUUM INTO $1").bind(target).execute(db).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths() {
        assert_eq!(sqlite_path("sqlite://data/b.db?mode=rwc"), Some(Path::new("data/b.db")));
        assert_eq!(sqlite_path("sqlite:/tmp/x.db"), Some(Path::new("/tmp/x.db")));
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(with_create_mode("sqlite:x.db"), "sqlite:x.db?mode=rwc");
    }
}
