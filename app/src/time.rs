//! Time, shared by every capability: the one time zone of the portal (Europe/Amsterdam,
//! summer and winter time), the clock that says what time it is (fixed in tests), and the
//! labels of durations; local dates, weeks and months (`calendar`) and dates in words
//! (`labels`).

use crate::i18n::{Lang, tr_args};

/// The portal's time zone, by its IANA name (also written into calendar feeds).
pub const ZONE_NAME: &str = "Europe/Amsterdam";

/// Message keys of the weekdays, Monday first.
pub const WEEKDAYS: [&str; 7] = ["weekday-1", "weekday-2", "weekday-3", "weekday-4", "weekday-5", "weekday-6", "weekday-7"];

/// "2 uur", "1,5 uur", "30 minuten" (and the English forms).
pub fn duration_label(minutes: i64, lang: Lang) -> String {
    if minutes < 60 {
        return tr_args(lang, "room-duration-minutes", &[("minutes", minutes.max(0).to_string())]);
    }
    let whole = minutes / 60;
    let rest = minutes % 60;
    let hours = if rest == 0 {
        whole.to_string()
    } else {
        let fraction = format!("{:.2}", rest as f64 / 60.0);
        let fraction = fraction.trim_start_matches('0').trim_end_matches('0');
        let separator = if lang == Lang::Nl { "," } else { "." };
        format!("{whole}{}", fraction.replacen('.', separator, 1))
    };
    tr_args(lang, "room-duration-hours", &[("hours", hours)])
}

/// "30 seconden", "1 minuut", "5 minuten", "2 uur".
pub fn wait_label(seconds: i64, lang: Lang) -> String {
    match seconds {
        ..60 => tr_args(lang, "comment-wait-seconds", &[("seconds", seconds.max(1).to_string())]),
        60..120 => crate::i18n::tr(lang, "comment-wait-one-minute"),
        _ => duration_label((seconds + 59) / 60, lang),
    }
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod calendar;
#[cfg(feature = "ssr")]
mod labels;
#[cfg(feature = "ssr")]
pub use {calendar::*, labels::*};

#[cfg(feature = "ssr")]
mod server {
    use jiff::tz::TimeZone;
    use std::sync::atomic::{AtomicI64, Ordering};
    use std::sync::{Arc, OnceLock};

    /// The portal's time zone: Europe/Amsterdam (from the bundled database).
    pub fn zone() -> TimeZone {
        static ZONE: OnceLock<TimeZone> = OnceLock::new();
        ZONE.get_or_init(|| TimeZone::get(super::ZONE_NAME).expect("the bundled time zone database has Europe/Amsterdam"))
            .clone()
    }

    /// A moment as people in the Netherlands read it: `22-11-2026 14:05`.
    pub fn moment_label(unix_seconds: i64) -> String {
        jiff::Timestamp::from_second(unix_seconds)
            .map(|t| t.to_zoned(zone()).strftime("%d-%m-%Y %H:%M").to_string())
            .unwrap_or_default()
    }

    /// What time it is, as UTC unix seconds: the system clock, or a clock a test sets and moves.
    /// Use cases never read the time themselves; they get `now` from the caller.
    #[derive(Clone, Debug, Default)]
    pub struct Clock {
        fixed: Option<Arc<AtomicI64>>,
    }

    impl Clock {
        /// The system clock.
        pub fn system() -> Clock {
            Clock { fixed: None }
        }

        /// A clock that stands still at `at` until it is set or moved.
        pub fn fixed(at: i64) -> Clock {
            Clock { fixed: Some(Arc::new(AtomicI64::new(at))) }
        }

        pub fn now(&self) -> i64 {
            match &self.fixed {
                Some(at) => at.load(Ordering::SeqCst),
                None => jiff::Timestamp::now().as_second(),
            }
        }

        /// Moves a fixed clock by `seconds` (a system clock cannot be moved).
        pub fn advance(&self, seconds: i64) {
            if let Some(at) = &self.fixed {
                at.fetch_add(seconds, Ordering::SeqCst);
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_fixed_clock_moves_only_when_told() {
            let clock = Clock::fixed(1_000);
            assert_eq!(clock.now(), 1_000);
            clock.advance(60);
            assert_eq!(clock.now(), 1_060);
            assert_eq!(moment_label(1_795_000_000), "18-11-2026 12:06");
        }
    }
}
