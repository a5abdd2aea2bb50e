//! What every request handler on the server shares: the database, settings and rate limits.

use crate::db::Db;
use crate::error::AppError;
use crate::accounts::password_pool::PasswordPool;
use axum::extract::FromRef;
use leptos::prelude::{LeptosOptions, use_context};
use std::net::IpAddr;
use std::sync::Arc;

/// Installation settings read from the environment at start.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    /// The public address, e.g. `https://buurtplein.example.nl`; used for the QR code on
    /// invite letters, feeds and posters, and as the allowed Origin. When unset, links use the
    /// address the server listens on (never the request's Host).
    pub public_url: Option<String>,
    /// Mark cookies `Secure` (the portal is behind https).
    pub secure_cookies: bool,
    /// Take the client address from the last `X-Forwarded-For` entry (only behind one
    /// trusted proxy that appends the address it was connected from).
    pub trust_proxy: bool,
}

pub use crate::limits::RateLimits;

/// Shared by all handlers and server functions (via Leptos context).
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub settings: Arc<Settings>,
    pub limits: Arc<RateLimits>,
    /// Every password hash and check of a request goes through this pool.
    pub passwords: Arc<PasswordPool>,
    pub leptos: LeptosOptions,
    /// What time it is (the system clock; a fixed one in tests).
    pub clock: crate::time::Clock,
    /// The visitor's week of the home page, kept for a few seconds.
    pub week: Arc<crate::home::cache::WeekCache>,
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
///
/// Behind a trusted proxy (`TRUST_PROXY`) it is the right-most `X-Forwarded-For` entry: the
/// address the proxy itself saw and appended. Entries to the left of it come from the
/// client and can say anything, so they never count. Without the header (or without
/// `TRUST_PROXY`) it is the address of the connection.
pub async fn client_ip(state: &AppState) -> IpAddr {
    use axum::extract::ConnectInfo;
    use std::net::SocketAddr;
    if state.settings.trust_proxy
        && let Some(parts) = use_context::<http::request::Parts>()
        && let Some(ip) = forwarded_client(&parts.headers)
    {
        return ip;
    }
    leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map(|ConnectInfo(addr)| addr.ip())
        .unwrap_or(IpAddr::from([0, 0, 0, 0]))
}

/// The right-most address in the last `X-Forwarded-For` header, if it is one.
pub fn forwarded_client(headers: &http::HeaderMap) -> Option<IpAddr> {
    let last = headers.get_all("x-forwarded-for").iter().next_back()?.to_str().ok()?;
    last.rsplit(',').next()?.trim().parse().ok()
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

#[cfg(test)]
mod tests {
    use super::forwarded_client;
    use http::HeaderMap;

    #[test]
    fn the_proxy_appended_entry_counts_not_what_the_client_wrote() {
        let mut headers = HeaderMap::new();
        headers.append("x-forwarded-for", "203.0.113.9, 10.0.0.1".parse().unwrap());
        headers.append("x-forwarded-for", "198.51.100.7, 2001:db8::5".parse().unwrap());
        assert_eq!(forwarded_client(&headers), Some("2001:db8::5".parse().unwrap()));
        let mut forged = HeaderMap::new();
        forged.insert("x-forwarded-for", "1.2.3.4, not-an-address".parse().unwrap());
        assert_eq!(forwarded_client(&forged), None, "a bad last entry is not replaced by an earlier one");
        assert_eq!(forwarded_client(&HeaderMap::new()), None);
    }
}
