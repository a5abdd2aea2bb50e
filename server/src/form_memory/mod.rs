//! Plain forms that feel like staying on the page.
//!
//! Every form posts to its server function and the server sends the person back to the page
//! they came from (Leptos redirects a plain form post to the `Referer`, with the refusal in
//! the address). This middleware adds what a page with client code would keep:
//! - **refused**: what they typed (never a password) comes back into the same form on the
//!   page they return to, so nobody types a letter's code or a long description twice;
//! - **succeeded**: the page they return to shows the form's confirmation
//!   ([`app::components::Succeeded`], read by `action_done`).
//!
//! - **the wrong field**: when the refusal is about one field (`AppError::fields`), that field
//!   gets the message beside it, is marked invalid for screen readers, and takes the focus.
//!
//! Both travel in short-lived cookies of that browser: `gelukt` holds the server function's
//! path, `formulier` a random token for the typed text, which waits in the database
//! (`form_drafts`, 15 minutes, read once) so that any instance of the server can find it.

use app::components::Succeeded;
use app::db::Db;
use app::error::AppError;
use app::state::AppState;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

mod fill;
mod locate;
pub use fill::{fill_in, focus_first_message};

/// A refusal about one field of a form: which form, the fields it may be (most likely first)
/// and the message, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Mistake {
    pub action: String,
    pub fields: Vec<String>,
    pub message: String,
}

impl Mistake {
    /// The refusal Leptos put in the address of the page after a plain form post
    /// (`?__path=<server function>&__err=<base64 of the error as JSON>`), if it is about a field.
    fn from_request(req: &Request) -> Option<Mistake> {
        use base64::Engine as _;
        let query = req.uri().query()?;
        let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).ok()?;
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let (action, err) = (get("__path")?, get("__err")?);
        let json = base64::engine::general_purpose::URL_SAFE.decode(err).ok()?;
        let error: AppError = serde_json::from_slice(&json).ok()?;
        let fields: Vec<String> = error.fields().into_iter().map(str::to_string).collect();
        if fields.is_empty() {
            return None;
        }
        let header = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
        let lang = app::i18n::negotiate(header(header::COOKIE), header(header::ACCEPT_LANGUAGE));
        Some(Mistake { action: action.to_string(), fields, message: error.message(lang) })
    }
}

const DONE_COOKIE: &str = "gelukt";
const DRAFT_COOKIE: &str = "formulier";
/// How long typed text waits for the page to come back.
const KEEP_SECONDS: i64 = 15 * 60;
/// What is kept of one refused form at most (the longest field of the product is a
/// description of 2,000 characters); a larger post is not kept.
const MAX_DRAFT: usize = 32 * 1024;
/// Drafts waiting at once across the installation: a flood of refused posts cannot fill
/// the database (beyond this, refused forms simply come back empty until drafts expire).
const MAX_DRAFTS: i64 = 10_000;
/// A page larger than this is sent as it is (the busiest page is well under 1 MB).
const MAX_PAGE: usize = 8 * 1024 * 1024;

/// One form's fields as they were posted, minus passwords.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub action: String,
    pub fields: Vec<(String, String)>,
}

impl Draft {
    fn value(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn has(&self, name: &str, value: &str) -> bool {
        self.fields.iter().any(|(n, v)| n == name && v == value)
    }
}

/// Never kept, under any name a form of this product gives a password.
fn is_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.contains("password") || name.contains("wachtwoord") || name == "current" || name == "herstelcode"
}

pub async fn remember_forms(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if req.method() == Method::POST
        && path.starts_with("/api/")
        && is_plain_form_post(req.headers())
    {
        return after_post(&state.db, state.settings.secure_cookies, req, next).await;
    }
    if req.method() == Method::GET && accepts_html(req.headers()) {
        return page(&state.db, state.settings.secure_cookies, req, next).await;
    }
    next.run(req).await
}

fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// A browser posting a form by itself (no client code): it wants a page back.
fn is_plain_form_post(headers: &HeaderMap) -> bool {
    let form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    form && accepts_html(headers)
}

async fn after_post(db: &Db, secure: bool, req: Request, next: Next) -> Response {
    let action = req.uri().path().to_string();
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, crate::body_limit::MAX_BODY).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let res = next
        .run(Request::from_parts(parts, Body::from(bytes.clone())))
        .await;
    let Some(location) = res
        .headers()
        .get(header::LOCATION)
        .and_then(|v| v.to_str().ok())
    else {
        return res;
    };
    if !location.contains("__err=") {
        return with_cookie(res, (DONE_COOKIE, &action), 120, secure);
    }
    let fields: Vec<(String, String)> =
        serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .unwrap_or_default()
            .into_iter()
            .filter(|(name, value)| !is_secret(name) && !value.is_empty())
            .collect();
    if fields.is_empty() {
        return res;
    }
    match save(db, &Draft { action, fields }).await {
        Ok(Some(token)) => with_cookie(res, (DRAFT_COOKIE, &token), KEEP_SECONDS, secure),
        Ok(None) => res,
        Err(e) => {
            tracing::error!(error = %e, "keeping a refused form failed");
            res
        }
    }
}

/// A page after a form post: what the form needs from the post, and the cookies cleared.
async fn page(db: &Db, secure: bool, mut req: Request, next: Next) -> Response {
    let done = cookie(req.headers(), DONE_COOKIE);
    let token = cookie(req.headers(), DRAFT_COOKIE);
    let mistake = Mistake::from_request(&req);
    if done.is_none() && token.is_none() && mistake.is_none() {
        return next.run(req).await;
    }
    if let Some(action) = &done {
        req.extensions_mut().insert(Succeeded(action.clone()));
    }
    let draft = match &token {
        Some(token) => take(db, token).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "reading a refused form failed");
            None
        }),
        None => None,
    };
    let mut res = next.run(req).await;
    for (name, present) in [
        (DONE_COOKIE, done.is_some()),
        (DRAFT_COOKIE, token.is_some()),
    ] {
        if present {
            res = with_cookie(res, (name, ""), 0, secure);
        }
    }
    if !is_html(&res) || (draft.is_none() && done.is_none() && mistake.is_none()) {
        return res;
    }
    rewrite(res, draft.as_ref(), mistake.as_ref(), done.is_some()).await
}

fn is_html(res: &Response) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

/// The value of a request cookie (the `cookie` crate reads the header).
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .flatten()
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
        .filter(|v| !v.is_empty())
}

/// Adds a short-lived cookie for this browser: HttpOnly, SameSite=Lax, Secure behind https
/// (`SECURE_COOKIES`, as the session cookie), on the whole site
/// (`max_age` 0 clears it). Only letters, digits and `/_-` of the value are kept.
fn with_cookie(mut res: Response, (name, value): (&str, &str), max_age: i64, secure: bool) -> Response {
    let value: String = value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || "/_-".contains(*c))
        .collect();
    let cookie = cookie::Cookie::build((name, value))
        .path("/")
        .max_age(cookie::time::Duration::seconds(max_age))
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Lax);
    if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

async fn save(db: &Db, draft: &Draft) -> Result<Option<String>, sqlx::Error> {
    let fields = serde_json::to_string(&draft.fields).unwrap_or_default();
    if fields.len() > MAX_DRAFT {
        return Ok(None);
    }
    let token = format!("{:032x}", rand::random::<u128>());
    let now = app::db::now();
    sqlx::query("DELETE FROM form_drafts WHERE expires_at < $1")
        .bind(now)
        .execute(db)
        .await?;
    let kept = sqlx::query(
        "INSERT INTO form_drafts (token, action, fields, expires_at) SELECT $1, $2, $3, $4 \
         WHERE (SELECT COUNT(*) FROM form_drafts) < $5",
    )
    .bind(&token)
    .bind(&draft.action)
    .bind(fields)
    .bind(now + KEEP_SECONDS)
    .bind(MAX_DRAFTS)
    .execute(db)
    .await?
    .rows_affected();
    Ok((kept == 1).then_some(token))
}

/// The draft of this token, once: it is deleted as it is read.
async fn take(db: &Db, token: &str) -> Result<Option<Draft>, sqlx::Error> {
    let row: Option<(String, String)> = sqlx::query_as(
        "DELETE FROM form_drafts WHERE token = $1 AND expires_at >= $2 RETURNING action, fields",
    )
    .bind(token)
    .bind(app::db::now())
    .fetch_optional(db)
    .await?;
    Ok(row.map(|(action, fields)| Draft {
        action,
        fields: serde_json::from_str(&fields).unwrap_or_default(),
    }))
}

/// The page after a form post: the refused form filled in again with the wrong field marked,
/// or after a success the focus on the first message of the page ("Opgeslagen", "U staat op
/// de wachtlijst"), so the reader starts at what happened instead of at the top of the page.
async fn rewrite(res: Response, draft: Option<&Draft>, mistake: Option<&Mistake>, succeeded: bool) -> Response {
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_PAGE).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = String::from_utf8_lossy(&bytes);
    let rewritten = match (draft, mistake) {
        (Some(draft), _) => fill_in(&html, draft, mistake),
        // Nothing typed was kept (every field was empty): still mark the wrong field.
        (None, Some(m)) => fill_in(&html, &Draft { action: m.action.clone(), fields: Vec::new() }, mistake),
        (None, None) if succeeded => focus_first_message(&html),
        (None, None) => Ok(html.to_string()),
    };
    match rewritten {
        Ok(filled) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(filled))
        }
        Err(e) => {
            tracing::error!(error = %e, "filling in a refused form failed");
            Response::from_parts(parts, Body::from(bytes))
        }
    }
}
