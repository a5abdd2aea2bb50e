//! Request bodies: at most [`MAX_BODY`] bytes (photo uploads have their own larger limit). A
//! body that says it is larger gets 413 before it is read; one that turns out larger while it
//! is read is stopped by axum's `DefaultBodyLimit` and answered 413 as well.

use app::error::AppError;
use app::i18n::{Lang, tr};
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

/// The largest body of a form or server function call. Forms hold a few KB of text.
pub const MAX_BODY: usize = 1024 * 1024;

/// The largest body for a path: photo uploads may be larger.
pub fn limit_for(path: &str) -> usize {
    if path.starts_with("/meedoen/foto/") { crate::photos::MAX_UPLOAD + 64 * 1024 } else { MAX_BODY }
}

/// Middleware: 413 for a body whose `Content-Length` is over the limit, as the typed error for
/// the hydrated app's calls and as a short Dutch and English page for plain form posts.
pub async fn refuse_large_body(req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_none_or(|len| len <= limit_for(req.uri().path()) as u64) {
        return next.run(req).await;
    }
    tracing::info!(path = %req.uri().path(), length = ?declared, "request body too large");
    let accepts_html = req
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    if req.uri().path().starts_with("/api/") && !accepts_html {
        let body = serde_json::to_string(&AppError::TooLarge).unwrap_or_default();
        return (StatusCode::PAYLOAD_TOO_LARGE, [(header::CONTENT_TYPE, "application/json")], body).into_response();
    }
    let nl = tr(Lang::Nl, AppError::TooLarge.key());
    let en = tr(Lang::En, AppError::TooLarge.key());
    let page = format!(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>413</title></head><body><p>{nl}</p>\
         <p lang=\"en\">{en}</p><p><a href=\"/\">Buurtplein</a></p></body></html>"
    );
    (StatusCode::PAYLOAD_TOO_LARGE, Html(page)).into_response()
}
