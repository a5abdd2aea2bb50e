//! `/meedoen/inbreng.csv?van=…&tot=…`: the fair-voice figures as a CSV download, for the
//! commissie and staff of the buurt only (the same check as the dashboard).

use app::error::AppError;
use app::state::AppState;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize)]
pub struct Period {
    #[serde(default)]
    van: String,
    #[serde(default)]
    tot: String,
}

pub async fn inbreng_csv(State(state): State<AppState>, session: Session, Query(period): Query<Period>) -> Response {
    let user = match crate::routes::signed_in(&state, &session).await {
        Ok(user) => user,
        Err(res) => return res,
    };
    match app::fairness::service::dashboard_for(&state.db, &user, (&period.van, &period.tot), state.clock.now()).await {
        Ok(d) => {
            let mut headers = HeaderMap::new();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
            let name = format!("attachment; filename=\"inbreng-{}-{}.csv\"", d.from, d.to);
            if let Ok(value) = HeaderValue::from_str(&name) {
                headers.insert(header::CONTENT_DISPOSITION, value);
            }
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            (headers, app::fairness::service::to_csv(&d, user.language)).into_response()
        }
        Err(e) => {
            let status = StatusCode::from_u16(e.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let text = if matches!(e, AppError::Internal) { String::new() } else { e.message(user.language) };
            (status, text).into_response()
        }
    }
}
