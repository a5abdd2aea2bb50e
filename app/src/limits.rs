//! Sign-in and sign-up attempt limits, kept in memory.
//!
//! Three limits, each a [`governor`] token bucket:
//! - **per address** (IPv4 address, IPv6 /64) for every attempt: 20 at once, then one every
//!   6 seconds. One household, one phone: plenty. One host owns a whole IPv6 /64, so the /64
//!   counts as one address.
//! - **per account and address** for wrong passwords: after 5 mistakes, one guess a minute
//!   from that address (a resident who mistypes a few times is not held up). A right password from the address wipes its mistakes.
//! - **per account** for wrong passwords from everywhere together: after 50, one every 30
//!   seconds (120 an hour). Someone with many addresses gets far fewer guesses than the
//!   per-address limit alone would give; a guesser with one or a few addresses never reaches
//!   this ceiling. An address the account signed in from in the last 30 days is not held
//!   by the ceiling (only by its own per-address budget), so even a crowd of guessers
//!   cannot lock the owner out of their usual address.
//!
//! - **wrong recovery codes** from everywhere together (`/herstellen`): after 30 in 15
//!   minutes (by the portal's clock) every code is refused, also a right one, until the
//!   oldest mistake is 15 minutes old. Codes are far too long to guess; this keeps a crowd
//!   of addresses from trying all the same.
//!
//! An account is the account that was found ([`Account::User`]); a name that finds nobody
//! counts under its normalised form ([`Account::Name`]), so `Kees`, ` kees ` and `Kees` with
//! a no-break space share one counter.

use crate::error::AppError;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Whose wrong passwords are counted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Account {
    /// An existing account, by id.
    User(i64),
    /// A name or email that matches no account, in its sign-in form
    /// ([`crate::accounts::rules::sign_in_key`]).
    Name(String),
}

/// The address a limit counts: an IPv4 address as it is, an IPv6 address by its /64 (an
/// IPv4 address written as IPv6 counts as the IPv4 address).
pub fn address_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6((u128::from(v6) & !((1u128 << 64) - 1)).into()),
        },
    }
}

type Pair = (Account, IpAddr);

/// The attempt limits of the whole server; see the module documentation for the numbers.
pub struct RateLimits {
    per_address: DefaultKeyedRateLimiter<IpAddr>,
    /// Keyed with a generation that a right password raises, which starts a fresh budget.
    per_pair: DefaultKeyedRateLimiter<(Pair, u32)>,
    per_account: DefaultKeyedRateLimiter<Account>,
    locks: Mutex<Locks>,
    /// When the recent wrong recovery codes were typed (unix seconds), oldest first.
    wrong_codes: Mutex<std::collections::VecDeque<i64>>,
}

/// Budgets that ran out, until when; and the generation of each pair with a success.
#[derive(Default)]
struct Locks {
    pairs: HashMap<Pair, Instant>,
    accounts: HashMap<Account, Instant>,
    generations: HashMap<Pair, (u32, Instant)>,
    /// Where each account last signed in with the right password, and when.
    known: HashMap<Pair, Instant>,
}

impl RateLimits {
    /// The attempts one address may make at once.
    pub const ADDRESS_BURST: u32 = 20;
    /// Wrong passwords for one account from one address; the last one locks for a minute.
    pub const PAIR_BURST: u32 = 5;
    /// Wrong passwords for one account from all addresses; the last one locks for 30 seconds.
    pub const ACCOUNT_BURST: u32 = 50;
    /// How long an address an account signed in from stays its usual address.
    pub const KNOWN_FOR: Duration = Duration::from_secs(30 * 24 * 3600);
    /// Wrong recovery codes from all addresses together within [`Self::WRONG_CODE_WINDOW`].
    pub const WRONG_CODES: usize = 30;
    /// Seconds a wrong recovery code counts.
    pub const WRONG_CODE_WINDOW: i64 = 15 * 60;

    /// The limits with the default numbers.
    pub fn new() -> Self {
        Self::with_address_burst(Self::ADDRESS_BURST)
    }

    /// As [`RateLimits::new`] with another burst per address (`SIGNIN_BURST`; the browser
    /// tests sign in dozens of people from one address).
    pub fn with_address_burst(burst: u32) -> Self {
        RateLimits {
            per_address: RateLimiter::keyed(quota(Duration::from_secs(6), burst)),
            // The last mistake of a burst finds the bucket empty and locks.
            per_pair: RateLimiter::keyed(quota(Duration::from_secs(60), Self::PAIR_BURST - 1)),
            per_account: RateLimiter::keyed(quota(Duration::from_secs(30), Self::ACCOUNT_BURST - 1)),
            locks: Mutex::new(Locks::default()),
            wrong_codes: Mutex::new(std::collections::VecDeque::new()),
        }
    }

    /// Counts an attempt from an address; refuses it when the address made too many.
    pub fn check_ip(&self, ip: IpAddr) -> Result<(), AppError> {
        self.per_address.check_key(&address_key(ip)).map_err(|_| AppError::RateLimited)
    }

    /// Refuses an attempt for an account that had too many wrong passwords lately, from this
    /// address or from everywhere together (the latter not from the account's usual address).
    pub fn check_account(&self, account: &Account, ip: IpAddr) -> Result<(), AppError> {
        let now = Instant::now();
        let locks = self.locks();
        let pair = (account.clone(), address_key(ip));
        let locked = |until: Option<&Instant>| until.is_some_and(|until| *until > now);
        let usual = locks.known.get(&pair).is_some_and(|since| now.duration_since(*since) < Self::KNOWN_FOR);
        if locked(locks.pairs.get(&pair)) || (!usual && locked(locks.accounts.get(account))) {
            return Err(AppError::RateLimited);
        }
        Ok(())
    }

    /// Counts a wrong password; locks the pair or the account while its budget is empty.
    pub fn record_failure(&self, account: &Account, ip: IpAddr) {
        let pair = (account.clone(), address_key(ip));
        let mut locks = self.locks();
        let generation = locks.generations.get(&pair).map_or(0, |(g, _)| *g);
        if let Err(not_until) = self.per_pair.check_key(&(pair.clone(), generation)) {
            locks.pairs.insert(pair, until(not_until.wait_time_from(DefaultClock::default().now())));
        }
        if let Err(not_until) = self.per_account.check_key(account) {
            locks.accounts.insert(account.clone(), until(not_until.wait_time_from(DefaultClock::default().now())));
        }
    }

    /// A right password: the mistakes made from this address no longer count, and the
    /// address becomes the account's usual one.
    pub fn record_success(&self, account: &Account, ip: IpAddr) {
        let pair = (account.clone(), address_key(ip));
        let mut locks = self.locks();
        locks.pairs.remove(&pair);
        locks.known.insert(pair.clone(), Instant::now());
        let entry = locks.generations.entry(pair).or_insert((0, Instant::now()));
        *entry = (entry.0.wrapping_add(1), Instant::now());
    }

    /// Refuses every recovery code while too many wrong ones were typed lately (at `now`,
    /// unix seconds of the portal's clock).
    pub fn check_code_guess(&self, now: i64) -> Result<(), AppError> {
        let mut wrong = self.wrong_codes.lock().unwrap_or_else(|e| e.into_inner());
        while wrong.front().is_some_and(|at| *at <= now - Self::WRONG_CODE_WINDOW) {
            wrong.pop_front();
        }
        if wrong.len() >= Self::WRONG_CODES { Err(AppError::RateLimited) } else { Ok(()) }
    }

    /// Counts a recovery code that matched nothing.
    pub fn record_wrong_code(&self, now: i64) {
        let mut wrong = self.wrong_codes.lock().unwrap_or_else(|e| e.into_inner());
        wrong.push_back(now);
        if wrong.len() > Self::WRONG_CODES {
            wrong.pop_front();
        }
    }

    /// Forgets keys whose limits have fully recovered (called now and then).
    pub fn forget_idle(&self) {
        self.per_address.retain_recent();
        self.per_pair.retain_recent();
        self.per_account.retain_recent();
        let now = Instant::now();
        let mut locks = self.locks();
        locks.pairs.retain(|_, until| *until > now);
        locks.accounts.retain(|_, until| *until > now);
        // After ten minutes a pair's old budget has filled up again: generation 0 is as good.
        locks.generations.retain(|_, (_, since)| now.duration_since(*since) < Duration::from_secs(600));
        locks.known.retain(|_, since| now.duration_since(*since) < Self::KNOWN_FOR);
    }

    fn locks(&self) -> std::sync::MutexGuard<'_, Locks> {
        self.locks.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Default for RateLimits {
    fn default() -> Self {
        Self::new()
    }
}

fn quota(period: Duration, burst: u32) -> Quota {
    Quota::with_period(period).expect("non-zero period").allow_burst(NonZeroU32::new(burst.max(1)).expect("non-zero"))
}

fn until(wait: Duration) -> Instant {
    Instant::now() + wait
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_counts_per_64_and_mapped_ipv4_as_ipv4() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:ffff:1:2:3".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(address_key(a), address_key(b));
        assert_ne!(address_key(a), address_key(c));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().unwrap();
        assert_eq!(address_key(mapped), "192.0.2.7".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn one_ipv6_host_cannot_escape_the_address_limit() {
        let limits = RateLimits::new();
        let refused = (0..40u16)
            .filter(|i| limits.check_ip(format!("2001:db8::{i:x}").parse().unwrap()).is_err())
            .count();
        assert_eq!(refused, 20);
    }

    #[test]
    fn a_right_password_wipes_the_mistakes_of_its_address() {
        let limits = RateLimits::new();
        let owner = Account::User(7);
        let home: IpAddr = "192.0.2.1".parse().unwrap();
        for _ in 0..RateLimits::PAIR_BURST {
            limits.record_failure(&owner, home);
        }
        assert!(limits.check_account(&owner, home).is_err());
        limits.record_success(&owner, home);
        assert!(limits.check_account(&owner, home).is_ok());
        for _ in 0..RateLimits::PAIR_BURST - 1 {
            limits.record_failure(&owner, home);
        }
        assert!(limits.check_account(&owner, home).is_ok(), "a fresh budget after the success");
    }

    #[test]
    fn wrong_codes_block_every_code_until_the_window_passes() {
        let limits = RateLimits::new();
        for i in 0..RateLimits::WRONG_CODES as i64 {
            assert!(limits.check_code_guess(1_000 + i).is_ok());
            limits.record_wrong_code(1_000 + i);
        }
        assert_eq!(limits.check_code_guess(1_100), Err(AppError::RateLimited));
        let first_free = 1_000 + RateLimits::WRONG_CODE_WINDOW;
        assert_eq!(limits.check_code_guess(first_free - 1), Err(AppError::RateLimited));
        assert!(limits.check_code_guess(first_free).is_ok(), "the oldest mistake no longer counts");
    }

    #[test]
    fn the_ceiling_does_not_hold_the_usual_address() {
        let limits = RateLimits::new();
        let owner = Account::User(7);
        let home: IpAddr = "192.0.2.1".parse().unwrap();
        limits.record_success(&owner, home);
        for i in 0..RateLimits::ACCOUNT_BURST {
            limits.record_failure(&owner, IpAddr::from([198, 51, 100, i as u8]));
        }
        assert!(limits.check_account(&owner, "203.0.113.9".parse().unwrap()).is_err(), "a new address waits");
        assert!(limits.check_account(&owner, home).is_ok(), "the usual address does not");
    }
}
