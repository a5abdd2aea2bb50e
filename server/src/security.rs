//! Refuses state-changing requests from other sites (CSRF): server functions do no Origin
//! checks themselves, so every non-GET request passes here first.

use app::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

/// Whether a state-changing request comes from this site. With an `Origin` header it must
/// match the public URL or the request's own host; without one, `Sec-Fetch-Site` (sent by
/// browsers) must not say another site. Requests without either come from no browser, and
/// carry no victim's cookies.
pub fn same_origin(headers: &HeaderMap, public_url: Option<&str>) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    match header(header::ORIGIN.as_str()) {
        Some(origin) => {
            let origin = origin.trim_end_matches('/');
            if public_url.is_some_and(|url| url.trim_end_matches('/').eq_ignore_ascii_case(origin)) {
                return true;
            }
            let authority = origin.split_once("://").map(|(_, rest)| rest);
            match (authority, header(header::HOST.as_str())) {
                (Some(authority), Some(host)) => authority.eq_ignore_ascii_case(host),
                _ => false,
            }
        }
        None => !matches!(header("sec-fetch-site"), Some("cross-site" | "same-site")),
    }
}

/// Middleware: 403 with a short Dutch and English explanation for foreign requests.
pub async fn refuse_foreign_origin(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if safe || same_origin(req.headers(), state.settings.public_url.as_deref()) {
        return next.run(req).await;
    }
    tracing::warn!(origin = ?req.headers().get(header::ORIGIN), path = %req.uri().path(), "foreign origin refused");
    let nl = app::i18n::tr(app::i18n::Lang::Nl, "error-foreign-origin");
    let en = app::i18n::tr(app::i18n::Lang::En, "error-foreign-origin");
    (StatusCode::FORBIDDEN, Html(format!("<!DOCTYPE html><html lang=\"nl\"><title>403</title><p>{nl}</p><p lang=\"en\">{en}</p></html>")))
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (k, v) in pairs {
            map.insert(*k, HeaderValue::from_static(v));
        }
        map
    }

    #[test]
    fn same_host_allowed() {
        assert!(same_origin(&headers(&[("origin", "http://127.0.0.1:3000"), ("host", "127.0.0.1:3000")]), None));
    }

    #[test]
    fn foreign_host_refused() {
        assert!(!same_origin(&headers(&[("origin", "https://evil.example"), ("host", "127.0.0.1:3000")]), None));
        assert!(!same_origin(&headers(&[("origin", "null"), ("host", "127.0.0.1:3000")]), None));
        assert!(!same_origin(&headers(&[("sec-fetch-site", "cross-site")]), None));
    }

    #[test]
    fn public_url_allowed_behind_proxy() {
        let h = headers(&[("origin", "https://buurtplein.example.nl"), ("host", "10.0.0.5:3000")]);
        assert!(same_origin(&h, Some("https://buurtplein.example.nl/")));
        assert!(!same_origin(&h, None));
    }

    #[test]
    fn non_browser_clients_pass() {
        assert!(same_origin(&headers(&[("host", "127.0.0.1:3000")]), None));
        assert!(same_origin(&headers(&[("sec-fetch-site", "same-origin")]), None));
    }
}
