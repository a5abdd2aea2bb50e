//! The one-click unsubscribe of every mail (RFC 8058): `POST /mail/afmelden/<token>` switches
//! off the kind of mail the token names, with no session and no CSRF token (the token is the
//! proof). A browser (the button on the page at the same address) goes back to that page,
//! which then says it is done; a mail program gets a short 200.

use app::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

/// Where the unsubscribe links point (the origin check lets posts here through).
pub const PATH: &str = "/mail/afmelden/";

pub async fn one_click(State(state): State<AppState>, Path(token): Path<String>, headers: HeaderMap) -> Response {
    match app::mail::service::unsubscribe(&state.db, &token, state.clock.now()).await {
        Ok(Some(_)) => {
            let browser = headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("text/html"));
            if browser {
                Redirect::to(&format!("{PATH}{token}")).into_response()
            } else {
                (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "ok").into_response()
            }
        }
        Ok(None) => (StatusCode::NOT_FOUND, "unknown link").into_response(),
        Err(e) => {
            tracing::error!(error = ?e, "unsubscribing failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
