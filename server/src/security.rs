//! Refuses state-changing requests from other sites (CSRF): server functions do no Origin
//! checks themselves, so every non-GET request passes here first.

use app::state::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

/// Whether a state-changing request comes from this site. With an `Origin` header it must
/// match the public URL or the request's own host; without one, a `Referer` is held to the
/// same rule (its scheme, host and port), and `Sec-Fetch-Site` (sent by browsers) must not
/// say another site. Requests with none of these come from no browser, and carry no
/// victim's cookies.
pub fn same_origin(headers: &HeaderMap, public_url: Option<&str>) -> bool {
    let header = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let host = header(header::HOST.as_str());
    if let Some(origin) = header(header::ORIGIN.as_str()) {
        return origin_allowed(origin, host, public_url);
    }
    if let Some(referer) = headers.get(header::REFERER) {
        let origin = referer.to_str().ok().and_then(origin_of_url);
        if !origin.is_some_and(|origin| origin_allowed(&origin, host, public_url)) {
            return false;
        }
    }
    !matches!(header("sec-fetch-site"), Some("cross-site" | "same-site"))
}

/// Whether an origin (`scheme://host[:port]`) is the public URL or the request's own host.
fn origin_allowed(origin: &str, host: Option<&str>, public_url: Option<&str>) -> bool {
    let origin = origin.trim_end_matches('/');
    if public_url.is_some_and(|url| url.trim_end_matches('/').eq_ignore_ascii_case(origin)) {
        return true;
    }
    let authority = origin.split_once("://").map(|(_, rest)| rest);
    match (authority, host) {
        (Some(authority), Some(host)) => authority.eq_ignore_ascii_case(host),
        _ => false,
    }
}

/// The origin part of an absolute URL (`https://example.nl:8443/pad?x` gives
/// `https://example.nl:8443`); `None` for anything that is not an absolute http(s) URL.
fn origin_of_url(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // A user part (`user@host`) would make the host ambiguous; browsers never send one.
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    Some(format!("{scheme}://{authority}"))
}

/// Middleware: 403 with a short Dutch and English explanation for foreign requests.
pub async fn refuse_foreign_origin(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // The one-click unsubscribe of a mail (RFC 8058) is posted by the mail program, from
    // anywhere; its token is the proof, and all it can do is switch mail off.
    let token_is_proof = req.uri().path().starts_with(crate::mail_unsubscribe::PATH);
    if safe || token_is_proof || same_origin(req.headers(), state.settings.public_url.as_deref()) {
        return next.run(req).await;
    }
    tracing::warn!(origin = ?req.headers().get(header::ORIGIN), referer = ?req.headers().get(header::REFERER), path = %req.uri().path(), "foreign origin refused");
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
    fn foreign_referer_without_origin_refused() {
        let host = ("host", "127.0.0.1:3000");
        assert!(!same_origin(&headers(&[("referer", "https://evil.example/page"), host]), None));
        assert!(!same_origin(&headers(&[("referer", "http://127.0.0.1:3000.evil.example/"), host]), None));
        assert!(!same_origin(&headers(&[("referer", "http://127.0.0.1:3000@evil.example/"), host]), None));
        assert!(!same_origin(&headers(&[("referer", "not a url"), host]), None));
        assert!(!same_origin(&headers(&[("referer", "http://127.0.0.1:3000/"), ("sec-fetch-site", "cross-site"), host]), None));
    }

    #[test]
    fn own_referer_without_origin_allowed() {
        let host = ("host", "127.0.0.1:3000");
        assert!(same_origin(&headers(&[("referer", "http://127.0.0.1:3000/meedoen/3?x=1"), host]), None));
        assert!(same_origin(&headers(&[("referer", "http://127.0.0.1:3000"), host]), None));
        let proxied = headers(&[("referer", "https://buurtplein.example.nl/agenda"), ("host", "10.0.0.5:3000")]);
        assert!(same_origin(&proxied, Some("https://buurtplein.example.nl")));
    }

    #[test]
    fn origin_wins_over_referer() {
        let h = headers(&[("origin", "http://127.0.0.1:3000"), ("referer", "https://evil.example/"), ("host", "127.0.0.1:3000")]);
        assert!(same_origin(&h, None));
    }

    #[test]
    fn non_browser_clients_pass() {
        assert!(same_origin(&headers(&[("host", "127.0.0.1:3000")]), None));
        assert!(same_origin(&headers(&[("sec-fetch-site", "same-origin")]), None));
    }
}
