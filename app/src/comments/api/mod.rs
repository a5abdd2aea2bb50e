//! Server functions of comments and reports, thin adapters: each signs in the caller and
//! checks, itself, that they belong to the buurt of the proposal concerned (and, for hiding
//! and showing, that they moderate there) before it reads or writes; then it parses the form
//! and runs the use case in one transaction with the time taken once.

mod moderate;
mod read;
mod write;

pub use moderate::*;
pub use read::*;
pub use write::*;

#[cfg(feature = "ssr")]
use crate::error::AppError;
#[cfg(feature = "ssr")]
use leptos::prelude::use_context;

/// Whether the request is a plain form post (no JavaScript): it asks for an HTML page back.
#[cfg(feature = "ssr")]
fn plain_form() -> bool {
    use_context::<http::request::Parts>()
        .and_then(|p| p.headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).map(|v| v.contains("text/html")))
        .unwrap_or(false)
}

/// Plain form posts (no JavaScript) go back to the conversation on the proposal page; the
/// hydrated app stays where it is and refreshes.
#[cfg(feature = "ssr")]
fn back_to(proposal: i64, anchor: &str) {
    if plain_form() {
        leptos_axum::redirect(&format!("/meedoen/{proposal}#{anchor}"));
    }
}

/// Like [`back_to`] when a plain form post was refused: back to the conversation with the
/// error in the address, where the form shows it (instead of the top of the page).
#[cfg(feature = "ssr")]
fn back_with_error(proposal: i64, server_fn_path: &str, error: &AppError) {
    if !plain_form() {
        return;
    }
    let base = format!("http://buurtplein.invalid/meedoen/{proposal}");
    if let Ok(url) = leptos::server_fn::error::ServerFnUrlError::new(server_fn_path, error.clone()).to_url(&base) {
        leptos_axum::redirect(&format!("{}?{}#reacties", url.path(), url.query().unwrap_or_default()));
    }
}
