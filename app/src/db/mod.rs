//! The database pool (SQLite by default, or PostgreSQL, both through `sqlx::Any`), embedded
//! migrations (one set per backend, with the same numbers) and write transactions that
//! serialise ([`write`]).

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor, Transaction};
use std::path::Path;

mod write;
pub use write::{MAX_TRIES, after_conflict, begin_try, begin_write, is_conflict};

pub type Db = AnyPool;
pub type Tx = Transaction<'static, sqlx::Any>;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

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

/// The backend of an open pool, from the scheme of the URL it was opened with.
pub fn backend(db: &Db) -> Backend {
    Backend::from_url(db.connect_options().database_url.as_str()).unwrap_or(Backend::Sqlite)
}

/// Opens the pool. For SQLite the file (and its folder) is created when missing, and every
/// connection runs with foreign keys on, WAL journaling and a busy timeout. PostgreSQL needs
/// no settings per connection; several app instances may share one database.
pub async fn connect(url: &str) -> Result<Db, sqlx::Error> {
    install_default_drivers();
    match Backend::from_url(url) {
        Some(Backend::Sqlite) => {}
        Some(Backend::Postgres) => return AnyPoolOptions::new().max_connections(16).connect(url).await,
        None => {
            return Err(sqlx::Error::Configuration(
                format!("DATABASE_URL must start with sqlite: or postgres: (got {url:?})").into(),
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

/// Applies the embedded migrations of the pool's backend that have not run yet, then fills
/// what SQL cannot compute (the look-alike keys of display names).
pub async fn migrate(db: &Db) -> Result<(), sqlx::migrate::MigrateError> {
    match backend(db) {
        Backend::Sqlite => SQLITE_MIGRATIONS.run(db).await?,
        Backend::Postgres => POSTGRES_MIGRATIONS.run(db).await?,
    }
    crate::accounts::store::fill_name_skeletons(db)
        .await
        .map_err(|e| sqlx::migrate::MigrateError::Source(format!("filling name skeletons: {e}").into()))?;
    Ok(())
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

/// Writes a consistent copy of the live database to `target`, safe while the portal is
/// running: SQLite `VACUUM INTO`; on PostgreSQL `pg_dump` (a clear error when it is missing).
pub async fn backup(db: &Db, target: &Path) -> Result<(), sqlx::Error> {
    if backend(db) == Backend::Postgres {
        return pg_dump(db.connect_options().database_url.as_str(), target);
    }
    let target = target.to_str().ok_or_else(|| {
        sqlx::Error::Configuration("backup path is not valid UTF-8".into())
    })?;
    sqlx::query("VACUUM INTO $1").bind(target).execute(db).await?;
    Ok(())
}

fn pg_dump(url: &str, target: &Path) -> Result<(), sqlx::Error> {
    let run = std::process::Command::new("pg_dump").arg("--dbname").arg(url).arg("--file").arg(target).status();
    match run {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(sqlx::Error::Configuration(format!("pg_dump failed ({status})").into())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(sqlx::Error::Configuration(
            "pg_dump is not installed: on PostgreSQL make the backup with pg_dump \
             (Debian package postgresql-client), e.g. pg_dump --dbname \"$DATABASE_URL\" --file backup.sql"
                .into(),
        )),
        Err(e) => Err(sqlx::Error::Io(e)),
    }
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
