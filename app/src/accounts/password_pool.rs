//! A bound on password work: at most a few argon2 hashes run at once, a short queue waits
//! in front of them, and everyone beyond that gets [`AppError::Busy`] (503) straight away.
//!
//! Each hash needs 19 MiB. Without a bound, a crowd at the sign-in door (or a thousand
//! wrong passwords at once) asks for 19 MiB per attempt at the same moment. In the pool the
//! memory for passwords is at most `workers × 19 MiB`, whatever the crowd: while people
//! wait, a finished hash hands its block to the next one; when nobody waits, the block is
//! freed (and, with the allocator setting in the server's `main`, given back to the system).

use super::password::{self, Memory};
use crate::error::AppError;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Semaphore;

/// Hashing and verifying passwords, a few at a time. Shared by every request.
pub struct PasswordPool {
    running: Arc<Semaphore>,
    memory: Arc<Mutex<Vec<Memory>>>,
    waiting: Arc<AtomicUsize>,
    max_waiting: usize,
    max_wait: Duration,
    gauge: Arc<Gauge>,
}

/// How many hashes run now, the most that ever ran at once, and how many ran in all.
#[derive(Default)]
struct Gauge {
    active: AtomicUsize,
    high_water: AtomicUsize,
    runs: AtomicU64,
}

impl PasswordPool {
    /// Waiting places per worker. One hash takes about 50 ms on one core (release build),
    /// so 8 waiters per worker are served within about half a second; more would only wait
    /// to be refused.
    pub const QUEUE_PER_WORKER: usize = 8;
    /// The longest anyone waits for a worker before getting "it is busy".
    pub const MAX_WAIT: Duration = Duration::from_secs(3);
    /// What the busy answer's `Retry-After` header says, in seconds.
    pub const RETRY_AFTER_SECS: u64 = 10;

    /// A pool of `workers` (at least one) with the default queue.
    pub fn new(workers: usize) -> Self {
        let workers = workers.max(1);
        PasswordPool {
            running: Arc::new(Semaphore::new(workers)),
            memory: Arc::new(Mutex::new(Vec::new())),
            waiting: Arc::new(AtomicUsize::new(0)),
            max_waiting: workers * Self::QUEUE_PER_WORKER,
            max_wait: Self::MAX_WAIT,
            gauge: Arc::new(Gauge::default()),
        }
    }

    /// One worker per core, the default of `PASSWORD_WORKERS`.
    pub fn per_core() -> Self {
        Self::new(std::thread::available_parallelism().map_or(2, |n| n.get()))
    }

    /// Hashes a new password.
    pub async fn hash(&self, password: String) -> Result<String, AppError> {
        self.run(move |memory| password::hash_with(&password, memory)).await?
    }

    /// Checks a password against a stored hash; an unknown account (`None`) costs the same.
    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, AppError> {
        self.run(move |memory| password::verify_with(&password, stored.as_deref(), memory)).await?
    }

    /// The most hashes that ever ran at the same moment (for tests and monitoring).
    pub fn high_water(&self) -> usize {
        self.gauge.high_water.load(Ordering::SeqCst)
    }

    /// How many hashes ran in all (for tests: an unknown name does the work too).
    pub fn runs(&self) -> u64 {
        self.gauge.runs.load(Ordering::SeqCst)
    }

    /// Runs `job` on a blocking thread with a worker's memory, after waiting for a worker.
    async fn run<T: Send + 'static>(&self, job: impl FnOnce(&mut Memory) -> T + Send + 'static) -> Result<T, AppError> {
        let permit = match self.running.clone().try_acquire_owned() {
            Ok(permit) => permit,
            Err(_) => {
                let _place = self.take_waiting_place().ok_or(AppError::Busy)?;
                match tokio::time::timeout(self.max_wait, self.running.clone().acquire_owned()).await {
                    Ok(Ok(permit)) => permit,
                    _ => return Err(AppError::Busy),
                }
            }
        };
        let (memory, gauge, waiting) = (self.memory.clone(), self.gauge.clone(), self.waiting.clone());
        // The permit and the memory travel with the job: if the request goes away, the
        // hash still finishes before its worker is free again.
        tokio::task::spawn_blocking(move || {
            let mut mine = memory.lock().unwrap_or_else(|e| e.into_inner()).pop().unwrap_or_else(password::new_memory);
            let now = gauge.active.fetch_add(1, Ordering::SeqCst) + 1;
            gauge.high_water.fetch_max(now, Ordering::SeqCst);
            gauge.runs.fetch_add(1, Ordering::SeqCst);
            let result = job(&mut mine);
            gauge.active.fetch_sub(1, Ordering::SeqCst);
            // Keep the block for whoever waits; with nobody waiting the crowd is gone, and
            // the block goes back to the system.
            if waiting.load(Ordering::SeqCst) > 0 {
                memory.lock().unwrap_or_else(|e| e.into_inner()).push(mine);
            }
            drop(permit);
            result
        })
        .await
        .map_err(AppError::internal)
    }

    fn take_waiting_place(&self) -> Option<WaitingPlace<'_>> {
        let taken = self.waiting.fetch_add(1, Ordering::SeqCst);
        let place = WaitingPlace(&self.waiting);
        (taken < self.max_waiting).then_some(place)
    }
}

/// A place in the queue, given back when the wait ends (also when the request goes away).
struct WaitingPlace<'a>(&'a AtomicUsize);

impl Drop for WaitingPlace<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}
