//! The week a visitor sees, kept for a few seconds. The signed-out home page is what every
//! neighbour and every passing phone opens, and the week is the same for all of them: reading
//! it once per [`KEEP`] instead of once per visit keeps the page about as cheap as a page
//! without data. It is read again at once after any post to this server (something may have
//! changed), and after [`KEEP`] at the latest, so a change made through another instance
//! shows within seconds.

use crate::agenda::service::ComingRow;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long a kept week is shown at most.
pub const KEEP: Duration = Duration::from_secs(5);

/// The kept week of every buurt, and whether the installation has several buurten.
#[derive(Default)]
pub struct WeekCache {
    writes: AtomicU64,
    kept: Mutex<Option<Kept>>,
}

struct Kept {
    writes: u64,
    at: Instant,
    until: i64,
    rows: Vec<ComingRow>,
    several: bool,
}

impl WeekCache {
    /// Something may have changed (a post reached this server): the next visit reads again.
    pub fn written(&self) {
        self.writes.fetch_add(1, Ordering::Relaxed);
    }

    /// The kept week ending at `until`, if it is fresh.
    pub fn get(&self, until: i64) -> Option<(Vec<ComingRow>, bool)> {
        let kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let k = kept.as_ref()?;
        let fresh = k.writes == self.writes.load(Ordering::Relaxed) && k.until == until && k.at.elapsed() < KEEP;
        fresh.then(|| (k.rows.clone(), k.several))
    }

    /// Keeps a week just read. `writes` is the count of posts seen before reading it, so a
    /// post during the read makes it stale at once.
    pub fn put(&self, writes: u64, until: i64, rows: Vec<ComingRow>, several: bool) {
        *self.kept.lock().unwrap_or_else(|e| e.into_inner()) = Some(Kept { writes, at: Instant::now(), until, rows, several });
    }

    /// The count of posts seen so far (taken before reading the week).
    pub fn writes(&self) -> u64 {
        self.writes.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_week_goes_stale_after_a_post_or_in_another_week() {
        let cache = WeekCache::default();
        assert!(cache.get(100).is_none());
        let before = cache.writes();
        cache.put(before, 100, Vec::new(), true);
        assert_eq!(cache.get(100).map(|(_, several)| several), Some(true));
        assert!(cache.get(200).is_none(), "another week");
        cache.written();
        assert!(cache.get(100).is_none(), "after a post");
        // A post while the week was being read: what was read is stale at once.
        let before = cache.writes();
        cache.written();
        cache.put(before, 100, Vec::new(), false);
        assert!(cache.get(100).is_none());
    }
}
