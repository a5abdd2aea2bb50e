//! Command line and environment: `buurtplein --help` lists both.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

const ENV_HELP: &str = "\
Environment variables:
  DATABASE_URL        database (default sqlite://data/buurtplein.db; created when missing),
                      or PostgreSQL, e.g. postgres://buurtplein@127.0.0.1/buurtplein
  PUBLIC_URL          public address, e.g. https://buurtplein.example.nl (QR codes, calendar feeds,
                      allowed Origin; default: http:// and LEPTOS_SITE_ADDR, never the Host header)
  SECURE_COOKIES      true behind https (default: true when PUBLIC_URL starts with https)
  TRUST_PROXY         true behind one proxy: the client address is the last X-Forwarded-For entry
  SIGNIN_BURST        sign-in and sign-up attempts one address may make at once (default 20)
  PASSWORD_WORKERS    password hashes that may run at once, 19 MiB each (default: number of cores)
  SMTP_URL            mail server, e.g. smtp://127.0.0.1:2525, smtp://user:pass@host:587?tls=required
                      or smtps://user:pass@host:465 (default: none, then no e-mail is sent)
  MAIL_FROM           sender of the mail, e.g. 'Buurtplein <buurtplein@example.nl>'
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
    /// Write a consistent copy of the database to FILE (safe while the portal runs; on
    /// PostgreSQL through pg_dump).
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

/// The way out for mail from `SMTP_URL` and `MAIL_FROM`, with links to `base_url`. Without
/// them (or with a wrong one, which is logged) no mail is sent.
pub fn mail_from_env(base_url: &str) -> app::mail::service::Outbound {
    use app::mail::service::Outbound;
    let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    match (var("SMTP_URL"), var("MAIL_FROM")) {
        (Some(url), Some(from)) => Outbound::smtp(&url, &from, base_url).unwrap_or_else(|e| {
            tracing::error!(error = %e, "the mail settings are wrong: no e-mail is sent");
            Outbound::disabled(base_url)
        }),
        (Some(_), None) | (None, Some(_)) => {
            tracing::error!("set both SMTP_URL and MAIL_FROM to send e-mail");
            Outbound::disabled(base_url)
        }
        (None, None) => Outbound::disabled(base_url),
    }
}
