//! Server-side sessions: tower-sessions records kept in the `sessions` table.

use crate::db::Db;
use async_trait::async_trait;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{self, SessionStore};

/// Stores session records in the portal's own database.
#[derive(Clone, Debug)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    pub fn new(db: Db) -> Self {
        DbSessionStore { db }
    }

    /// Removes expired sessions (called now and then).
    pub async fn delete_expired(&self) -> Result<u64, sqlx::Error> {
        let done = sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
            .bind(crate::db::now())
            .execute(&self.db)
            .await?;
        Ok(done.rows_affected())
    }
}

fn backend(e: impl std::fmt::Display) -> session_store::Error {
    session_store::Error::Backend(e.to_string())
}

/// Writes a record with `sql` (an INSERT taking id, user, data as JSON and expiry) and
/// returns how many rows it wrote.
async fn write(db: &Db, record: &Record, sql: &'static str) -> session_store::Result<u64> {
    let data = serde_json::to_string(&record.data).map_err(backend)?;
    let user_id = record.data.get(crate::auth::USER_KEY).and_then(serde_json::Value::as_i64);
    let done = sqlx::query(sql)
        .bind(record.id.to_string())
        .bind(user_id)
        .bind(data)
        .bind(record.expiry_date.unix_timestamp())
        .execute(db)
        .await
        .map_err(backend)?;
    Ok(done.rows_affected())
}

#[async_trait]
impl SessionStore for DbSessionStore {
    /// Inserts a new record; on the (astronomically rare) clash of random ids, draws again.
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        const INSERT_NEW: &str = "INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) \
                                  ON CONFLICT (id) DO NOTHING";
        while write(&self.db, record, INSERT_NEW).await? == 0 {
            record.id = Id::default();
        }
        Ok(())
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        const UPSERT: &str = "INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4) \
                              ON CONFLICT (id) DO UPDATE SET user_id = excluded.user_id, data = excluded.data, \
                              expires_at = excluded.expires_at";
        write(&self.db, record, UPSERT).await?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        let row: Option<(String, i64)> =
            sqlx::query_as("SELECT data, expires_at FROM sessions WHERE id = $1 AND expires_at > $2")
                .bind(id.to_string())
                .bind(crate::db::now())
                .fetch_optional(&self.db)
                .await
                .map_err(backend)?;
        let Some((data, expires_at)) = row else { return Ok(None) };
        Ok(Some(Record {
            id: *id,
            data: serde_json::from_str(&data).map_err(backend)?,
            expiry_date: time::OffsetDateTime::from_unix_timestamp(expires_at).map_err(backend)?,
        }))
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        sqlx::query("DELETE FROM sessions WHERE id = $1")
            .bind(id.to_string())
            .execute(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }
}
