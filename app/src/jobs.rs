//! Work that happens at a moment, not because someone opens a page: a small runner that ticks
//! each job on its own interval with the server's clock. Closing voting rounds is the first
//! job; reminders and e-mail join the list in [`JOBS`].
//!
//! Every job must be safe to run twice at once (two ticks, two server instances): it checks
//! and writes inside one write transaction with a conditional update.

use crate::db::Db;
use crate::error::AppResult;
use crate::time::Clock;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// What one tick of a job returns: how many things it did.
pub type Tick = Pin<Box<dyn Future<Output = AppResult<usize>> + Send>>;

/// A job: its name (for the log), how often it runs, and one tick of its work at `now`.
pub struct Job {
    pub name: &'static str,
    pub every: Duration,
    pub run: fn(Db, i64) -> Tick,
}

fn close_voting_rounds(db: Db, now: i64) -> Tick {
    Box::pin(async move { crate::voting::service::close_due_rounds(&db, now).await })
}

fn return_held_reports(db: Db, now: i64) -> Tick {
    Box::pin(async move { crate::comments::service::return_held(&db, now).await })
}

/// Every background job of the portal.
pub const JOBS: &[Job] = &[
    Job { name: "close-voting-rounds", every: Duration::from_secs(30), run: close_voting_rounds },
    Job { name: "return-held-reports", every: Duration::from_secs(30), run: return_held_reports },
];

/// Runs one tick of every job at `now` (tests call this to move time along); returns how
/// many things were done. A failing job is logged and does not stop the others.
pub async fn run_once(db: &Db, now: i64) -> usize {
    let mut done = 0;
    for job in JOBS {
        done += tick(job, db, now).await;
    }
    done
}

async fn tick(job: &Job, db: &Db, now: i64) -> usize {
    match (job.run)(db.clone(), now).await {
        Ok(n) => {
            if n > 0 {
                tracing::info!(job = job.name, done = n, "background job");
            }
            n
        }
        Err(e) => {
            tracing::warn!(job = job.name, error = %e, "background job failed");
            0
        }
    }
}

/// Runs one job forever on its interval, reading the time from `clock` at each tick. The
/// server spawns this for every job in [`JOBS`].
pub async fn run_forever(job: &'static Job, db: Db, clock: Clock) {
    let mut interval = tokio::time::interval(job.every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        interval.tick().await;
        tick(job, &db, clock.now()).await;
    }
}
