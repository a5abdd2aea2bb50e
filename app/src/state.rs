//! What every request handler on the server shares: the database, settings and rate limits.

use crate::db::Db;
use crate::error::AppError;
use axum::extract::FromRef;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::collections::HashMap;
use leptos::prelude::{LeptosOptions, use_context};
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Installation settings read from the environment at start.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// The public address, e.g. `https://buurtplein.example.nl`; used for the QR code on
    /// invite letters, feeds and posters, and as the allowed Origin. When unset, links use the
    /// address the server listens on (never the request's Host).
    pub public_url: Option<String>,
    /// Mark cookies `Secure` (the portal is behind https).
    pub secure_cookies: bool,
    /// Take the client address from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_proxy: bool,
}

/// Sign-in and sign-up attempt limits: per client address for every attempt, and per account
/// for wrong passwords only (so a resident who signs in often is never stopped).
pub struct RateLimits {
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
    failures: DefaultKeyedRateLimiter<String>,
    /// Accounts that used up their wrong-password budget, and until when.
    locked: Mutex<HashMap<String, Instant>>,
}

impl RateLimits {
    /// Per address: 20 attempts at once, then one every 6 seconds.
    /// Per account: after 5 wrong passwords in a row, about one attempt a minute.
    pub fn new() -> Self {
        Self::with_address_burst(Self::ADDRESS_BURST)
    }

    /// The attempts one address may make at once.
    pub const ADDRESS_BURST: u32 = 20;

    /// As [`RateLimits::new`] with another burst per address (`SIGNIN_BURST`; the browser
    /// tests sign in dozens of people from one address).
    pub fn with_address_burst(burst: u32) -> Self {
        let per_ip = Quota::with_period(Duration::from_secs(6))
            .expect("non-zero period")
            .allow_burst(NonZeroU32::new(burst.max(1)).expect("non-zero"));
        // The fifth failure finds the budget of four empty and locks the account.
        let failures = Quota::with_period(Duration::from_secs(60))
            .expect("non-zero period")
            .allow_burst(NonZeroU32::new(4).expect("non-zero"));
        RateLimits {
            per_ip: RateLimiter::keyed(per_ip),
            failures: RateLimiter::keyed(failures),
            locked: Mutex::new(HashMap::new()),
        }
    }

    pub fn check_ip(&self, ip: IpAddr) -> Result<(), AppError> {
        self.per_ip.check_key(&ip).map_err(|_| AppError::RateLimited)
    }

    /// Refuses an attempt for an account that had too many wrong passwords lately.
    pub fn check_account(&self, account: &str) -> Result<(), AppError> {
        let locked = self.locked.lock().unwrap_or_else(|e| e.into_inner());
        match locked.get(&account.to_lowercase()) {
            Some(until) if *until > Instant::now() => Err(AppError::RateLimited),
            _ => Ok(()),
        }
    }

    /// Counts a wrong password for an account; locks it for a while when the budget is used up.
    pub fn record_failure(&self, account: &str) {
        let key = account.to_lowercase();
        if let Err(not_until) = self.failures.check_key(&key) {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            self.locked.lock().unwrap_or_else(|e| e.into_inner()).insert(key, Instant::now() + wait);
        }
    }

    /// Forgets keys whose limits have fully recovered (called now and then).
    pub fn forget_idle(&self) {
        self.per_ip.retain_recent();
        self.failures.retain_recent();
        let now = Instant::now();
        self.locked.lock().unwrap_or_else(|e| e.into_inner()).retain(|_, until| *until > now);
    }
}

impl Default for RateLimits {
    fn default() -> Self {
        Self::new()
    }
}

/// Shared by all handlers and server functions (via Leptos context).
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub limits: Arc<RateLimits>,
    pub leptos: LeptosOptions,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos.clone()
    }
}

/// The state inside a server function.
pub fn app_state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| AppError::internal("AppState missing from context"))
}

/// The client's address inside a server function (for rate limits).
pub async fn client_ip(state: &AppState) -> IpAddr {
    use axum::extract::ConnectInfo;
    use std::net::SocketAddr;
    if state.settings.trust_proxy
        && let Some(parts) = use_context::<http::request::Parts>()
        && let Some(ip) = parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .and_then(|v| v.trim().parse().ok())
    {
        return ip;
    }
    leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map(|ConnectInfo(addr)| addr.ip())
        .unwrap_or(IpAddr::from([0, 0, 0, 0]))
}

/// The portal's public address without a trailing slash: the configured `PUBLIC_URL`, else
/// the address the server listens on. Never the request's Host header: anyone can send any
/// Host, and links in feeds, posters and letters must not point elsewhere.
pub fn public_base(state: &AppState) -> String {
    base_url(&state.settings, state.leptos.site_addr)
}

/// The public address from the settings, else from the address the server listens on.
pub fn base_url(settings: &Settings, listen: std::net::SocketAddr) -> String {
    if let Some(url) = &settings.public_url {
        return url.trim_end_matches('/').to_string();
    }
    let scheme = if settings.secure_cookies { "https" } else { "http" };
    format!("{scheme}://{listen}")
}
