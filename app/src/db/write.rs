//! Write transactions that serialise. SQLite lets one writer in at a time (`BEGIN IMMEDIATE`),
//! so a check followed by a write cannot interleave with another writer. PostgreSQL runs every
//! write transaction SERIALIZABLE: when two app instances (or two requests) would interleave,
//! it refuses one of them (SQLSTATE 40001, or 40P01 for a deadlock) and [`in_write!`] runs that
//! use case again from the start, a bounded number of times. So every check-then-write
//! guarantee (no double booking, capacity, budgets, limits) holds across instances.

use super::{Backend, Db, Tx, backend};
use crate::error::{AppError, AppResult};
use std::time::Duration;

/// How many times a use case runs at most when PostgreSQL keeps refusing it for a conflict.
pub const MAX_TRIES: u32 = 10;

/// Starts a write transaction: `BEGIN IMMEDIATE` on SQLite (takes the write lock at once),
/// `BEGIN ISOLATION LEVEL SERIALIZABLE` on PostgreSQL.
pub async fn begin_write(db: &Db) -> Result<Tx, sqlx::Error> {
    match backend(db) {
        Backend::Sqlite => db.begin_with("BEGIN IMMEDIATE").await,
        Backend::Postgres => db.begin_with("BEGIN ISOLATION LEVEL SERIALIZABLE").await,
    }
}

/// Starts try number `tried` of a write (see [`in_write!`]). On PostgreSQL a try after a
/// conflict first waits for its turn among the other retries (`LOCK TABLE write_turns`, taken
/// before the transaction reads anything, so it then sees every write committed before it):
/// the first try of every write runs fully in parallel, and where many writers want the same
/// thing at once (the last places of an activity), the ones that lost take turns instead of
/// colliding again.
pub async fn begin_try(db: &Db, tried: u32) -> Result<Tx, sqlx::Error> {
    let mut tx = begin_write(db).await?;
    if tried > 1 && backend(db) == Backend::Postgres {
        sqlx::raw_sql("LOCK TABLE write_turns IN EXCLUSIVE MODE").execute(&mut *tx).await?;
    }
    Ok(tx)
}

/// Whether PostgreSQL refused a transaction because another one got in its way: a
/// serialization failure (40001), a deadlock (40P01) or the room exclusion constraint (23P01,
/// two reservations committed at once; the next try sees the other one and refuses politely).
pub fn is_conflict(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|code| matches!(code.as_ref(), "40001" | "40P01" | "23P01"))
}

/// After try number `tried` of a write gave `result`: whether to run it again. When it failed
/// for a conflict and tries are left, this first waits a short random while (longer after each
/// try), so the competing writers spread out.
pub async fn after_conflict<T>(tried: u32, result: &AppResult<T>) -> bool {
    if !matches!(result, Err(AppError::Conflict)) || tried >= MAX_TRIES {
        return false;
    }
    let ceiling_ms = (5u64 << tried.min(7)).min(400);
    let wait_ms = 1 + rand::random::<u64>() % ceiling_ms;
    tokio::time::sleep(Duration::from_millis(wait_ms)).await;
    true
}

/// Runs one use case in a write transaction ([`begin_write`]) and gives its result: committed
/// when it succeeds, rolled back when it refuses or fails, so a refusal changes nothing.
/// Server functions hand their use case over through this, so how a write begins and how it
/// retries is decided in one place:
/// `in_write!(&state.db, |tx| use_cases::join(tx, &user, group, now()))` is an
/// `AppResult` of what the use case returns.
///
/// On PostgreSQL a try that loses a conflict to another writer ([`AppError::Conflict`]) is
/// rolled back and the whole use case runs again ([`after_conflict`]), so the expression is
/// evaluated once per try: it must not move values out of its surroundings (clone them).
///
/// A macro rather than a function taking an async closure: the future of such a closure that
/// borrows the transaction is not accepted as `Send` by rustc 1.95 ("implementation of
/// `AsyncFnOnce` is not general enough"), and server functions must be `Send`.
#[macro_export]
macro_rules! in_write {
    ($db:expr, |$tx:ident| $work:expr) => {
        async {
            let mut tried = 0u32;
            loop {
                tried += 1;
                let result = async {
                    let mut tx = $crate::db::begin_try($db, tried).await?;
                    let done = {
                        let $tx = &mut tx;
                        $work.await?
                    };
                    tx.commit().await?;
                    $crate::error::AppResult::Ok(done)
                }
                .await;
                if !$crate::db::after_conflict(tried, &result).await {
                    break result;
                }
            }
        }
        .await
    };
}
