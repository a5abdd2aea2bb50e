//! Gives server-function errors their real HTTP status. Leptos answers every failed server
//! function with 500; a refused sign-in is not a server fault, and monitoring should see
//! 401, 403, 422 or 429 instead. A busy password pool answers 503 with `Retry-After`.

use app::accounts::password_pool::PasswordPool;
use app::error::AppError;
use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Error bodies are a few dozen bytes of JSON; anything larger is left alone.
const MAX_ERROR_BODY: usize = 4096;

pub async fn server_fn_status(req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !is_api || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        if error == AppError::Busy {
            parts.headers.insert(header::RETRY_AFTER, HeaderValue::from(PasswordPool::RETRY_AFTER_SECS));
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}
