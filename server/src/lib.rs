//! The Buurtplein web server: the axum router around the Leptos app, security middleware
//! and the routes that are not Leptos pages (health, language, data export).

pub mod body_limit;
pub mod config;
pub mod demo;
pub mod demo_agenda;
pub mod demo_comments;
pub mod demo_on_behalf;
pub mod demo_proposals;
pub mod demo_voting;
pub mod errors;
pub mod fairness_csv;
pub mod headers;
pub mod mail_unsubscribe;
pub mod photos;
pub mod form_memory;
pub mod precompress;
pub mod routes;
pub mod security;

use app::app::{App, shell};
use app::sessions::DbSessionStore;
use app::state::AppState;
use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "buurtplein_sessie";

/// The app's routes, listed once per process.
///
/// Listing them renders the app with resource loading switched off by a process-wide flag
/// (leptos_server's `SuppressResourceLoad`). A resource first polled by another render while
/// that flag is up never loads, and its page never finishes: the tests, which build a router
/// per test on parallel threads, hung now and then. Listing once, before any router exists,
/// leaves no render running beside it.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: std::sync::OnceLock<Vec<AxumRouteListing>> = std::sync::OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The whole application as one axum router.
pub fn router(state: AppState) -> Router {
    app::server_fns::register_server_fns();
    let options = state.leptos.clone();
    let routes = route_list();
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(state.settings.secure_cookies)
        .with_expiry(Expiry::OnInactivity(time::Duration::days(30)));
    let pkg_dir = format!("{}/{}", options.site_root, options.site_pkg_dir);
    // A release build names the bundle's files by their content (scripts/build.sh), so a
    // browser keeps them for a year and never asks again; a new build has new names.
    // Unhashed names (debug builds) are checked each time.
    let cache = if options.hash_files { "public, max-age=31536000, immutable" } else { "public, max-age=0, must-revalidate" };
    let pkg = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static(cache)))
        .service(ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip());
    let shell_options = options.clone();
    // Every page render sets its Content-Security-Policy with the render's own nonce.
    let app_shell = move || {
        headers::page_policy();
        shell(shell_options.clone())
    };
    let error_shell = move |options| {
        headers::page_policy();
        shell(options)
    };
    Router::new()
        .route("/health", get(routes::health))
        .route("/ping", get(routes::ping))
        .route("/taal", post(routes::set_language))
        .route("/buurt", post(routes::choose_buurt))
        .route("/profiel/mijn-gegevens.json", get(routes::export_data))
        .route("/kalender/buurt/{file}", get(routes::buurt_feed))
        .route("/meedoen/inbreng.csv", get(fairness_csv::inbreng_csv))
        .route("/kalender/mijn/{file}", get(routes::personal_feed))
        .route("/mail/afmelden/{token}", post(mail_unsubscribe::one_click))
        .route("/kalender/ruimte/{file}", get(routes::room_feed))
        .route(
            "/meedoen/foto/{file}",
            get(photos::serve).post(photos::upload).layer(axum::extract::DefaultBodyLimit::max(photos::MAX_UPLOAD + 64 * 1024)),
        )
        .nest_service("/pkg", pkg)
        .leptos_routes_with_context(&state, routes, || (), app_shell)
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(|| (), error_shell))
        .layer(axum::middleware::from_fn(errors::server_fn_status))
        .layer(axum::middleware::from_fn_with_state(state.clone(), note_writes))
        .layer(axum::middleware::from_fn_with_state(state.clone(), form_memory::remember_forms))
        .layer(axum::extract::DefaultBodyLimit::max(body_limit::MAX_BODY))
        .layer(axum::middleware::from_fn(body_limit::refuse_large_body))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::refuse_foreign_origin))
        .layer(sessions)
        .layer(CompressionLayer::new())
        .layer(CatchPanicLayer::custom(routes::panic_page))
        .layer(axum::middleware::from_fn(headers::security_headers))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// After a request that may have written (anything but GET, HEAD and OPTIONS), what is kept
/// for a few seconds is read again on the next visit (`app::home::cache`).
async fn note_writes(
    axum::extract::State(state): axum::extract::State<AppState>,
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::Method;
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let res = next.run(req).await;
    if writes {
        state.week.written();
    }
    res
}
