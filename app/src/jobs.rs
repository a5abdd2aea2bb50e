//! Work that happens at a moment, not because someone opens a page: a small runner that ticks
//! each job on its own interval with the server's clock. Closing voting rounds, returning held
//! reports, sending the mail outbox and queueing the weekly digest are in [`JOBS`].
//!
//! Every job must be safe to run twice at once (two ticks, two server instances): it checks
//! and writes inside one write transaction with a conditional update. On top of that, with
//! several instances on one database each tick runs on one of them only: the instance whose
//! conditional update of `job_ticks` moves the job's next tick on first ([`claim_tick`]).

use crate::db::Db;
use crate::error::AppResult;
use crate::mail::service::Outbound;
use crate::time::Clock;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

/// What one tick of a job returns: how many things it did.
pub type Tick = Pin<Box<dyn Future<Output = AppResult<usize>> + Send>>;

/// What jobs work with: the database and the way out for mail.
#[derive(Clone)]
pub struct JobEnv {
    pub db: Db,
    pub mail: Arc<Outbound>,
}

impl JobEnv {
    /// Jobs without a mail server: mail stays in the outbox.
    pub fn without_mail(db: &Db) -> JobEnv {
        JobEnv { db: db.clone(), mail: Arc::new(Outbound::disabled("http://127.0.0.1:3000")) }
    }
}

/// A job: its name (for the log), how often it runs, and one tick of its work at `now`.
pub struct Job {
    pub name: &'static str,
    pub every: Duration,
    pub run: fn(JobEnv, i64) -> Tick,
}

fn close_voting_rounds(env: JobEnv, now: i64) -> Tick {
    Box::pin(async move { crate::voting::service::close_due_rounds(&env.db, now).await })
}

fn return_held_reports(env: JobEnv, now: i64) -> Tick {
    Box::pin(async move { crate::comments::service::return_held(&env.db, now).await })
}

fn send_mail(env: JobEnv, now: i64) -> Tick {
    Box::pin(async move { crate::mail::service::send_due(&env.db, &env.mail, now).await })
}

fn queue_digests(env: JobEnv, now: i64) -> Tick {
    Box::pin(async move { crate::mail::service::queue_digests(&env.db, &env.mail, now).await })
}

/// Every background job of the portal.
pub const JOBS: &[Job] = &[
    Job { name: "close-voting-rounds", every: Duration::from_secs(30), run: close_voting_rounds },
    Job { name: "return-held-reports", every: Duration::from_secs(30), run: return_held_reports },
    Job { name: "send-mail", every: Duration::from_secs(15), run: send_mail },
    Job { name: "queue-digests", every: Duration::from_secs(600), run: queue_digests },
];

/// Runs one tick of every job at `now` without a mail server (tests call this to move time
/// along); returns how many things were done. A failing job is logged and does not stop the
/// others.
pub async fn run_once(db: &Db, now: i64) -> usize {
    run_all(&JobEnv::without_mail(db), now).await
}

/// Runs one tick of every job at `now` with `env`.
pub async fn run_all(env: &JobEnv, now: i64) -> usize {
    let mut done = 0;
    for job in JOBS {
        done += tick(job, env, now).await;
    }
    done
}

async fn tick(job: &Job, env: &JobEnv, now: i64) -> usize {
    match (job.run)(env.clone(), now).await {
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

/// Claims the tick of job `name` at `now` for this instance: true for exactly one of the
/// instances that ask for the same tick (one conditional update, atomic on both backends),
/// which then moves the next tick `every` seconds on (less a second, so an instance whose
/// timer fires a moment early does not skip its turn). When the instance that took the ticks
/// stops, another takes the next one that is due.
pub async fn claim_tick(db: &Db, name: &str, every: i64, now: i64) -> AppResult<bool> {
    sqlx::query("INSERT INTO job_ticks (name, due_at) VALUES ($1, 0) ON CONFLICT (name) DO NOTHING")
        .bind(name)
        .execute(db)
        .await?;
    let claimed = sqlx::query("UPDATE job_ticks SET due_at = $1 WHERE name = $2 AND due_at <= $3")
        .bind(now + (every - 1).max(1))
        .bind(name)
        .bind(now)
        .execute(db)
        .await?;
    Ok(claimed.rows_affected() == 1)
}

/// Runs one job forever on its interval, reading the time from `clock` at each tick, on the
/// ticks this instance claims ([`claim_tick`]). The server spawns this for every job in
/// [`JOBS`].
pub async fn run_forever(job: &'static Job, env: JobEnv, clock: Clock) {
    let mut interval = tokio::time::interval(job.every);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let every = i64::try_from(job.every.as_secs()).unwrap_or(i64::MAX);
    loop {
        interval.tick().await;
        let now = clock.now();
        match claim_tick(&env.db, job.name, every, now).await {
            Ok(true) => {
                tick(job, &env, now).await;
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(job = job.name, error = %e, "claiming a job's tick failed"),
        }
    }
}
