//! Routes outside Leptos: health, the language switch, the personal data export and the
//! page shown after a crash.

use app::accounts::store as accounts;
use app::i18n::{Lang, lang_cookie, tr};
use app::state::AppState;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;

/// 200 when the database answers, 503 when it does not.
pub async fn health(State(state): State<AppState>) -> Response {
    match app::db::ping(&state.db).await {
        Ok(_) => (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable").into_response()
        }
    }
}

/// Liveness without touching the database (and the bare-axum baseline of `make bench`).
pub async fn ping() -> &'static str {
    "pong"
}

#[derive(Deserialize)]
pub struct LanguageForm {
    taal: String,
    #[serde(default)]
    terug: String,
}

/// The signed-in person of a route outside Leptos; else the answer to give: to the sign-in
/// page, or 500 when the session cannot be read.
pub async fn signed_in(state: &AppState, session: &Session) -> Result<app::auth::SessionUser, Response> {
    match app::auth::user_of_session(state, session).await {
        Ok(Some(user)) => Ok(user),
        Ok(None) => Err(Redirect::to("/inloggen").into_response()),
        Err(_) => Err(StatusCode::INTERNAL_SERVER_ERROR.into_response()),
    }
}

/// Only paths on this site: never an open redirect.
fn local_path(path: &str) -> &str {
    if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') { path } else { "/" }
}

/// Sets the language cookie (and the profile's language when signed in), then goes back.
pub async fn set_language(State(state): State<AppState>, session: Session, Form(form): Form<LanguageForm>) -> Response {
    let Some(lang) = Lang::from_code(&form.taal) else {
        return (StatusCode::BAD_REQUEST, tr(Lang::Nl, "problem-unknown")).into_response();
    };
    if let Ok(Some(user)) = app::auth::user_of_session(&state, &session).await
        && let Err(e) = accounts::update_language(&state.db, user.id, lang).await
    {
        tracing::error!(error = ?e, "saving language failed");
    }
    let mut res = Redirect::to(local_path(&form.terug)).into_response();
    if let Ok(cookie) = HeaderValue::from_str(&lang_cookie(lang)) {
        res.headers_mut().append(header::SET_COOKIE, cookie);
    }
    res
}

#[derive(Deserialize)]
pub struct BuurtForm {
    buurt: String,
    #[serde(default)]
    terug: String,
}

/// Switches the buurt a person acts in (header), then goes back to the section they were in:
/// a page of one room or activity belongs to the old buurt, its list shows the new one.
pub async fn choose_buurt(State(state): State<AppState>, session: Session, Form(form): Form<BuurtForm>) -> Response {
    let user = match signed_in(&state, &session).await {
        Ok(user) => user,
        Err(res) => return res,
    };
    let lang = user.language;
    let Ok(buurt) = form.buurt.trim().parse::<i64>() else {
        return (StatusCode::BAD_REQUEST, tr(lang, "problem-unknown")).into_response();
    };
    match app::auth::choose_buurt(&state.db, &user, app::accounts::model::BuurtId(buurt)).await {
        Ok(()) => Redirect::to(&section_of(local_path(&form.terug))).into_response(),
        Err(e) => (StatusCode::from_u16(e.status()).unwrap_or(StatusCode::FORBIDDEN), e.message(lang)).into_response(),
    }
}

/// The first part of a local path: `/ontmoetingsruimte/5?week=…` becomes `/ontmoetingsruimte`.
fn section_of(path: &str) -> String {
    let first = path.trim_start_matches('/').split(['/', '?', '#']).next().unwrap_or("");
    format!("/{first}")
}

/// "Download my data": everything kept about the signed-in person, as JSON.
pub async fn export_data(State(state): State<AppState>, session: Session) -> Response {
    let user = match signed_in(&state, &session).await {
        Ok(user) => user,
        Err(res) => return res,
    };
    match accounts::export(&state.db, user.id).await {
        Ok(data) => {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"buurtplein-gegevens.json\""),
            );
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            let body = serde_json::to_string_pretty(&data).unwrap_or_default();
            (headers, body).into_response()
        }
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The public calendar feed of a buurt: `/kalender/buurt/{id}.ics`.
pub async fn buurt_feed(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(id) = file.strip_suffix(".ics").and_then(|id| id.parse::<i64>().ok()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let base = app::state::public_base(&state);
    calendar_response(app::agenda::feed::buurt_feed(&state.db, app::accounts::model::BuurtId(id), &base, state.clock.now()).await)
}

/// A resident's personal calendar feed behind its secret address: `/kalender/mijn/{secret}.ics`.
pub async fn personal_feed(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(secret) = file.strip_suffix(".ics") else { return StatusCode::NOT_FOUND.into_response() };
    let base = app::state::public_base(&state);
    calendar_response(app::agenda::feed::personal_feed(&state.db, secret, &base, state.clock.now()).await)
}

/// The public calendar feed of a room: `/kalender/ruimte/{id}.ics` (private purposes hidden).
pub async fn room_feed(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let Some(id) = file.strip_suffix(".ics").and_then(|id| id.parse::<i64>().ok()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let base = app::state::public_base(&state);
    calendar_response(app::rooms::feed::room_feed(&state.db, app::rooms::model::RoomId(id), &base, state.clock.now()).await)
}

fn calendar_response(feed: Result<Option<String>, app::error::AppError>) -> Response {
    match feed {
        Ok(Some(body)) => (
            [
                (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
                (header::CACHE_CONTROL, "private, max-age=300"),
                (header::CONTENT_DISPOSITION, "inline; filename=\"buurtplein.ics\""),
            ],
            body,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// The Dutch page shown when a request handler panicked (the cause is logged, not shown).
pub fn panic_page(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    tracing::error!("request handler panicked");
    let title = tr(Lang::Nl, "server-error-title");
    let text = tr(Lang::Nl, "server-error-text");
    let text_en = tr(Lang::En, "server-error-text");
    let body = format!(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
         <link rel=\"stylesheet\" href=\"/pkg/buurtplein.css\"></head><body><main id=\"inhoud\">\
         <h1>{title}</h1><p>{text}</p><p lang=\"en\">{text_en}</p><p><a class=\"button\" href=\"/\">Buurtplein</a></p>\
         </main></body></html>"
    );
    (StatusCode::INTERNAL_SERVER_ERROR, Html(body)).into_response()
}

#[cfg(test)]
mod section_tests {
    #[test]
    fn switching_goes_back_to_the_section() {
        assert_eq!(super::section_of("/ontmoetingsruimte/5?week=2026-12-07"), "/ontmoetingsruimte");
        assert_eq!(super::section_of("/agenda"), "/agenda");
        assert_eq!(super::section_of("/"), "/");
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_local_redirects() {
        assert_eq!(super::local_path("/profiel?x=1"), "/profiel?x=1");
        assert_eq!(super::local_path("//evil.example"), "/");
        assert_eq!(super::local_path("https://evil.example"), "/");
        assert_eq!(super::local_path("/\\evil.example"), "/");
    }
}
