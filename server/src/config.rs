//! Command line and environment: `buurtplein --help` lists both.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

const ENV_HELP: &str = "\
Environment variables:
  DATABASE_URL        database (default sqlite://data/buurtplein.db; created when missing)
  PUBLIC_URL          public address, e.g. https://buurtplein.example.nl (QR codes, calendar feeds,
                      allowed Origin; default: http:// and LEPTOS_SITE_ADDR, never the Host header)
  SECURE_COOKIES      true behind https (default: true when PUBLIC_URL starts with https)
  TRUST_PROXY         true behind one proxy: the client address is the last X-Forwarded-For entry
  SIGNIN_BURST        sign-in and sign-up attempts one address may make at once (default 20)
  PASSWORD_WORKERS    password hashes that may run at once, 19 MiB each (default: number of cores)
  LEPTOS_SITE_ADDR    address to listen on (default 127.0.0.1:3000)
  LEPTOS_SITE_ROOT    folder with the built site (default target/site)
  RUST_LOG            log filter, e.g. info or buurtplein=debug
  LOG_FORMAT          json for structured JSON logs (default: readable text)";

/// Buurtplein: the neighbourhood participation portal.
#[derive(Debug, Parser)]
#[command(name = "buurtplein", version, about = "Buurtplein: the neighbourhood participation portal.", after_help = ENV_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Database URL.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/buurtplein.db", global = true)]
    pub database_url: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the portal (the default): migrates the database, then serves.
    Serve,
    /// Apply database migrations and stop.
    Migrate,
    /// Create a beheerder (administrator) account for a buurt, creating the buurt if needed.
    CreateAdmin {
        /// Display name to sign in with.
        #[arg(long)]
        name: String,
        /// Name of the buurt, e.g. "De Zonnebloem".
        #[arg(long)]
        buurt: String,
        /// Optional email address to sign in with.
        #[arg(long)]
        email: Option<String>,
        /// Password; asked for when not given (or set BUURTPLEIN_ADMIN_PASSWORD).
        #[arg(long, env = "BUURTPLEIN_ADMIN_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Fill the database with the demo buurt "De Zonnebloem" and print its sign-ins.
    Demo,
    /// Write a consistent copy of the database to FILE (safe while the portal runs).
    Backup {
        /// Where to write the copy; must not exist yet.
        file: PathBuf,
    },
}

/// The password pool from `PASSWORD_WORKERS` (default: one worker per core).
pub fn password_pool_from_env() -> app::accounts::password_pool::PasswordPool {
    use app::accounts::password_pool::PasswordPool;
    match std::env::var("PASSWORD_WORKERS").ok().and_then(|v| v.trim().parse::<usize>().ok()) {
        Some(workers) if workers > 0 => PasswordPool::new(workers),
        _ => PasswordPool::per_core(),
    }
}

/// Server settings from the environment.
pub fn settings_from_env() -> app::state::Settings {
    let flag = |name: &str| std::env::var(name).ok().map(|v| matches!(v.as_str(), "1" | "true" | "yes"));
    let public_url = std::env::var("PUBLIC_URL").ok().filter(|v| !v.trim().is_empty());
    let https = public_url.as_deref().is_some_and(|u| u.starts_with("https://"));
    app::state::Settings {
        secure_cookies: flag("SECURE_COOKIES").unwrap_or(https),
        trust_proxy: flag("TRUST_PROXY").unwrap_or(false),
        public_url,
    }
}
