//! Security headers on every response: a strict Content-Security-Policy (pages get one with
//! the nonce of their own inline scripts), and no sniffing, no framing, no Referer abroad.

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use leptos::prelude::use_context;
use leptos_axum::ResponseOptions;

/// The policy: scripts only from this site, plus the page's own inline scripts (the hydration
/// start and the loaded data) by their per-request nonce; `'wasm-unsafe-eval'` lets the
/// browser compile the WebAssembly; no inline styles, no plug-ins, no framing; forms post
/// only here.
pub fn content_security_policy(nonce: Option<&str>) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "'self' 'wasm-unsafe-eval'".to_string(),
    };
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:; font-src 'self'; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Inside a page render: gives the response the policy with this render's nonce (the one
/// leptos_axum puts on the hydration scripts). Called from the shell for every page.
pub fn page_policy() {
    let nonce = leptos::nonce::use_nonce();
    if let (Some(res), Ok(value)) =
        (use_context::<ResponseOptions>(), HeaderValue::from_str(&content_security_policy(nonce.as_deref())))
    {
        res.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

/// Middleware: the fixed headers on every response, and the policy without a nonce on
/// responses that have none yet (errors, files, the 403 and panic pages).
pub async fn security_headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let headers = res.headers_mut();
    let fixed: [(HeaderName, &'static str); 3] = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(value) = HeaderValue::from_str(&content_security_policy(None))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, value);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_allows_only_own_and_nonced_scripts() {
        let csp = content_security_policy(Some("abc123"));
        assert!(csp.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"), "{csp}");
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), "{csp}");
        assert!(!content_security_policy(None).contains("nonce"));
    }
}
