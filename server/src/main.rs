//! `buurtplein`: serve the portal, migrate, seed demo data, create an admin, back up.

use anyhow::Context;
use app::state::{AppState, RateLimits};
use clap::Parser;
use server::config::{Cli, Command, password_pool_from_env, settings_from_env};
use std::sync::Arc;
use std::time::Duration;

fn main() -> anyhow::Result<()> {
    return_large_blocks();
    // Leptos reads its settings from LEPTOS_* variables; give them defaults so the binary
    // also runs outside cargo-leptos. Safe: no other thread exists yet.
    for (key, default) in [
        ("LEPTOS_OUTPUT_NAME", "buurtplein"),
        ("LEPTOS_SITE_ROOT", "target/site"),
        ("LEPTOS_SITE_PKG_DIR", "pkg"),
        ("LEPTOS_SITE_ADDR", "127.0.0.1:3000"),
    ] {
        if std::env::var_os(key).is_none() {
            unsafe { std::env::set_var(key, default) };
        }
    }
    // A release build (scripts/build.sh) names its bundle files by content and lists the
    // hashes in hash.txt beside this binary: then pages name those files.
    let hashed = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()));
    if hashed == Some(true) && std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        // Safe: still no other thread.
        unsafe { std::env::set_var("LEPTOS_HASH_FILES", "true") };
    }
    let cli = Cli::parse();
    init_tracing();
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(run(cli))
}

/// Blocks of 4 MiB and more (the 19 MiB of a password hash, an uploaded photo) get a memory
/// mapping of their own, which goes back to the system when freed. By default glibc raises
/// this threshold after the first such free and then keeps freed blocks in its heaps: after
/// a crowd at the sign-in door the server stayed at its peak (109 MB instead of 49 MB one
/// minute after 1,000 attempts; `scripts/signin_wave.sh`). Same as
/// `GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4194304`.
fn return_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // Safe: called first in `main`, before any other thread exists or allocates.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 << 20);
    }
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter);
    if std::env::var("LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let db = app::db::connect(&cli.database_url).await.context("opening the database")?;
    app::db::migrate(&db).await.context("migrating the database")?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(db).await,
        Command::Migrate => {
            println!("Database is up to date.");
            Ok(())
        }
        Command::CreateAdmin { name, buurt, email, password } => {
            let password = match password {
                Some(p) => p,
                None => rpassword::prompt_password("Wachtwoord / password: ")?,
            };
            server::demo::create_admin(&db, &name, &buurt, email.as_deref(), &password).await?;
            println!("Beheerder {name} is aangemaakt voor {buurt}.");
            Ok(())
        }
        Command::Demo => {
            let report = server::demo::seed(&db).await?;
            print!("{report}");
            Ok(())
        }
        Command::Backup { file } => {
            anyhow::ensure!(!file.exists(), "{} already exists", file.display());
            app::db::backup(&db, &file).await.context("writing the backup")?;
            println!("Backup written to {}", file.display());
            Ok(())
        }
    }
}

async fn serve(db: app::db::Db) -> anyhow::Result<()> {
    let conf = leptos::config::get_configuration(None).context("reading LEPTOS_* settings")?;
    let options = conf.leptos_options;
    let addr = options.site_addr;
    let state = AppState {
        db: db.clone(),
        settings: Arc::new(settings_from_env()),
        limits: Arc::new(RateLimits::with_address_burst(
            std::env::var("SIGNIN_BURST").ok().and_then(|v| v.parse().ok()).unwrap_or(RateLimits::ADDRESS_BURST),
        )),
        passwords: Arc::new(password_pool_from_env()),
        leptos: options,
        clock: app::time::Clock::system(),
        week: Arc::default(),
    };
    if state.settings.public_url.is_none() {
        tracing::warn!("PUBLIC_URL is not set: links in calendar feeds, posters and letters point to http://{addr}");
    }
    spawn_housekeeping(state.clone());
    let mail = Arc::new(server::config::mail_from_env(&app::state::public_base(&state)));
    let jobs = app::jobs::JobEnv { db: state.db.clone(), mail };
    for job in app::jobs::JOBS {
        tokio::spawn(app::jobs::run_forever(job, jobs.clone(), state.clock.clone()));
    }
    let pkg_dir = std::path::PathBuf::from(&*state.leptos.site_root).join(&*state.leptos.site_pkg_dir);
    server::precompress::remove_stale(&pkg_dir);
    tokio::task::spawn_blocking(move || server::precompress::bundle(&pkg_dir));
    let app = server::router(state);
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("binding {addr}"))?;
    tracing::info!("Buurtplein listens on http://{addr}");
    axum::serve(listener, app.into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    db.close().await;
    Ok(())
}

/// Every ten minutes: drop expired sessions and idle rate-limit entries.
fn spawn_housekeeping(state: AppState) {
    tokio::spawn(async move {
        let store = app::sessions::DbSessionStore::new(state.db.clone());
        let mut tick = tokio::time::interval(Duration::from_secs(600));
        loop {
            tick.tick().await;
            state.limits.forget_idle();
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "removing expired sessions failed");
            }
        }
    });
}
