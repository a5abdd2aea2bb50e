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
//! Both travel in short-lived cookies of that browser: `gelukt` holds the server function's
//! path, `formulier` a random token for the typed text, which waits in the database
//! (`form_drafts`, 15 minutes, read once) so that any instance of the server can find it.

use app::components::Succeeded;
use app::db::Db;
use app::state::AppState;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::cell::RefCell;
use std::rc::Rc;

const DONE_COOKIE: &str = "gelukt";
const DRAFT_COOKIE: &str = "formulier";
/// How long typed text waits for the page to come back.
const KEEP_SECONDS: i64 = 15 * 60;
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
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn has(&self, name: &str, value: &str) -> bool {
        self.fields.iter().any(|(n, v)| n == name && v == value)
    }
}

/// Never kept, under any name a form of this product gives a password.
fn is_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.contains("password") || name.contains("wachtwoord") || name == "current"
}

pub async fn remember_forms(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if req.method() == Method::POST && path.starts_with("/api/") && is_plain_form_post(req.headers()) {
        return after_post(&state.db, req, next).await;
    }
    if req.method() == Method::GET && accepts_html(req.headers()) {
        return page(&state.db, req, next).await;
    }
    next.run(req).await
}

fn accepts_html(headers: &HeaderMap) -> bool {
    headers.get(header::ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains("text/html"))
}

/// A browser posting a form by itself (no client code): it wants a page back.
fn is_plain_form_post(headers: &HeaderMap) -> bool {
    let form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    form && accepts_html(headers)
}

async fn after_post(db: &Db, req: Request, next: Next) -> Response {
    let action = req.uri().path().to_string();
    let (parts, body) = req.into_parts();
    let Ok(bytes) = to_bytes(body, crate::body_limit::MAX_BODY).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let res = next.run(Request::from_parts(parts, Body::from(bytes.clone()))).await;
    let Some(location) = res.headers().get(header::LOCATION).and_then(|v| v.to_str().ok()) else {
        return res;
    };
    if !location.contains("__err=") {
        return with_cookie(res, DONE_COOKIE, &action, 120);
    }
    let fields: Vec<(String, String)> = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
        .unwrap_or_default()
        .into_iter()
        .filter(|(name, value)| !is_secret(name) && !value.is_empty())
        .collect();
    if fields.is_empty() {
        return res;
    }
    match save(db, &Draft { action, fields }).await {
        Ok(token) => with_cookie(res, DRAFT_COOKIE, &token, KEEP_SECONDS),
        Err(e) => {
            tracing::error!(error = %e, "keeping a refused form failed");
            res
        }
    }
}

/// A page after a form post: what the form needs from the post, and the cookies cleared.
async fn page(db: &Db, mut req: Request, next: Next) -> Response {
    let done = cookie(req.headers(), DONE_COOKIE);
    let token = cookie(req.headers(), DRAFT_COOKIE);
    if done.is_none() && token.is_none() {
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
    for (name, present) in [(DONE_COOKIE, done.is_some()), (DRAFT_COOKIE, token.is_some())] {
        if present {
            res = with_cookie(res, name, "", 0);
        }
    }
    if !is_html(&res) || (draft.is_none() && done.is_none()) {
        return res;
    }
    rewrite(res, draft.as_ref(), done.is_some()).await
}

fn is_html(res: &Response) -> bool {
    res.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"))
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty())
}

fn with_cookie(mut res: Response, name: &str, value: &str, max_age: i64) -> Response {
    let value: String = value.chars().filter(|c| c.is_ascii_alphanumeric() || "/_-".contains(*c)).collect();
    let cookie = format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax");
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

async fn save(db: &Db, draft: &Draft) -> Result<String, sqlx::Error> {
    let token = format!("{:032x}", rand::random::<u128>());
    let now = app::db::now();
    let fields = serde_json::to_string(&draft.fields).unwrap_or_default();
    sqlx::query("DELETE FROM form_drafts WHERE expires_at < ?").bind(now).execute(db).await?;
    sqlx::query("INSERT INTO form_drafts (token, action, fields, expires_at) VALUES (?, ?, ?, ?)")
        .bind(&token)
        .bind(&draft.action)
        .bind(fields)
        .bind(now + KEEP_SECONDS)
        .execute(db)
        .await?;
    Ok(token)
}

/// The draft of this token, once: it is deleted as it is read.
async fn take(db: &Db, token: &str) -> Result<Option<Draft>, sqlx::Error> {
    let row: Option<(String, String)> =
        sqlx::query_as("DELETE FROM form_drafts WHERE token = ? AND expires_at >= ? RETURNING action, fields")
            .bind(token)
            .bind(app::db::now())
            .fetch_optional(db)
            .await?;
    Ok(row.map(|(action, fields)| Draft { action, fields: serde_json::from_str(&fields).unwrap_or_default() }))
}

/// The page after a form post: the refused form filled in again, or after a success the focus
/// on the first message of the page ("Opgeslagen", "U staat op de wachtlijst"), so the reader
/// starts at what happened instead of at the top of the page.
async fn rewrite(res: Response, draft: Option<&Draft>, succeeded: bool) -> Response {
    let (mut parts, body) = res.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_PAGE).await else {
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let html = String::from_utf8_lossy(&bytes);
    let rewritten = match draft {
        Some(draft) => fill_in(&html, draft),
        None if succeeded => focus_first_message(&html),
        None => Ok(html.to_string()),
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

/// Gives the focus to the first status message in the page's main part, unless the page
/// already names an element to focus.
pub fn focus_first_message(html: &str) -> Result<String, lol_html::errors::RewritingError> {
    use lol_html::{RewriteStrSettings, element, rewrite_str};
    if html.contains(" autofocus") {
        return Ok(html.to_string());
    }
    let done = RefCell::new(false);
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![element!("main [role=status], main [role=alert]", |el| {
                if !done.replace(true) {
                    el.set_attribute("tabindex", "-1")?;
                    el.set_attribute("autofocus", "")?;
                }
                Ok(())
            })],
            ..RewriteStrSettings::new()
        },
    )
}

/// Puts the draft's values into the form that posts to `draft.action`: text fields, text
/// areas, choices and tick boxes. Passwords, hidden fields and files are left alone.
pub fn fill_in(html: &str, draft: &Draft) -> Result<String, lol_html::errors::RewritingError> {
    use lol_html::html_content::ContentType;
    use lol_html::{RewriteStrSettings, element, end_tag, rewrite_str};

    let in_form = Rc::new(RefCell::new(false));
    let select = Rc::new(RefCell::new(None::<String>));
    let (form_flag, input_flag, area_flag, select_flag) = (in_form.clone(), in_form.clone(), in_form.clone(), in_form);
    let (select_open, select_option) = (select.clone(), select);
    rewrite_str(
        html,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("form", move |el| {
                    let ours = el.get_attribute("action").is_some_and(|a| a == draft.action);
                    *form_flag.borrow_mut() = ours;
                    if ours && let Some(handlers) = el.end_tag_handlers() {
                        let flag = form_flag.clone();
                        handlers.push(end_tag!(move |_| {
                            *flag.borrow_mut() = false;
                            Ok(())
                        }));
                    }
                    Ok(())
                }),
                element!("input[name]", move |el| {
                    if !*input_flag.borrow() {
                        return Ok(());
                    }
                    let name = el.get_attribute("name").unwrap_or_default();
                    let kind = el.get_attribute("type").unwrap_or_else(|| "text".into()).to_ascii_lowercase();
                    match kind.as_str() {
                        "hidden" | "password" | "file" | "submit" | "button" | "reset" | "image" => {}
                        "checkbox" | "radio" => {
                            let value = el.get_attribute("value").unwrap_or_else(|| "on".into());
                            if draft.has(&name, &value) {
                                el.set_attribute("checked", "")?;
                            } else {
                                el.remove_attribute("checked");
                            }
                        }
                        _ if !is_secret(&name) => match draft.value(&name) {
                            Some(value) => el.set_attribute("value", value)?,
                            None => el.remove_attribute("value"),
                        },
                        _ => {}
                    }
                    Ok(())
                }),
                element!("textarea[name]", move |el| {
                    if *area_flag.borrow() {
                        let name = el.get_attribute("name").unwrap_or_default();
                        // A first line break is dropped by the HTML parser: this one keeps
                        // a text that starts with a line break as it was.
                        let text = format!("\n{}", draft.value(&name).unwrap_or_default());
                        el.set_inner_content(&text, ContentType::Text);
                    }
                    Ok(())
                }),
                element!("select[name]", move |el| {
                    if *select_flag.borrow() {
                        *select_open.borrow_mut() = el.get_attribute("name");
                        if let Some(handlers) = el.end_tag_handlers() {
                            let open = select_open.clone();
                            handlers.push(end_tag!(move |_| {
                                *open.borrow_mut() = None;
                                Ok(())
                            }));
                        }
                    }
                    Ok(())
                }),
                element!("option", move |el| {
                    if let Some(name) = select_option.borrow().as_ref() {
                        let value = el.get_attribute("value").unwrap_or_default();
                        if draft.has(name, &value) {
                            el.set_attribute("selected", "")?;
                        } else {
                            el.remove_attribute("selected");
                        }
                    }
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::new()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(fields: &[(&str, &str)]) -> Draft {
        Draft { action: "/api/x".into(), fields: fields.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect() }
    }

    #[test]
    fn fills_only_the_form_that_was_refused() {
        let html = r#"<form action="/api/y"><input name="title" value="other"></form><form action="/api/x" method="post"><input name="title"><input type="hidden" name="id" value="3"></form>"#;
        let out = fill_in(html, &draft(&[("title", "Koffie \"samen\" <b>"), ("id", "9")])).unwrap();
        assert!(out.starts_with(r#"<form action="/api/y"><input name="title" value="other"></form>"#), "{out}");
        assert!(out.contains(r#"<input name="title" value="Koffie &quot;samen&quot; &lt;b&gt;">"#), "{out}");
        assert!(out.contains(r#"name="id" value="3""#), "hidden fields stay as the server wrote them: {out}");
    }

    #[test]
    fn text_areas_choices_and_ticks_come_back() {
        let html = r#"<form action="/api/x"><textarea name="d">old</textarea><select name="s"><option value="a" selected>A</option><option value="b">B</option></select><input type="checkbox" name="c" value="ja"><input type="checkbox" name="e" value="ja" checked></form><select name="s"><option value="a" selected></option></select>"#;
        let out = fill_in(html, &draft(&[("d", "</textarea><script>x</script>"), ("s", "b"), ("c", "ja")])).unwrap();
        assert!(out.contains("<textarea name=\"d\">\n&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>"), "{out}");
        assert!(out.contains(r#"<option value="a" >A</option><option value="b" selected>B</option>"#) || out.contains(r#"<option value="a">A</option><option value="b" selected>B</option>"#), "{out}");
        assert!(out.contains(r#"<input type="checkbox" name="c" value="ja" checked>"#), "{out}");
        assert!(!out.contains(r#"name="e" value="ja" checked"#), "{out}");
        assert!(out.ends_with(r#"<select name="s"><option value="a" selected></option></select>"#), "another form's choice stays: {out}");
    }

    #[test]
    fn after_a_success_the_first_message_takes_the_focus() {
        let html = r#"<header><p role="status">x</p></header><main><p>a</p><p class="status" role="status">Aangemeld</p><p role="status">b</p></main>"#;
        let out = focus_first_message(html).unwrap();
        assert!(out.contains(r#"<p class="status" role="status" tabindex="-1" autofocus>Aangemeld</p><p role="status">b</p>"#), "{out}");
        assert!(out.starts_with(r#"<header><p role="status">x</p></header>"#), "{out}");
        let chosen = r#"<main><p role="status">a</p><p role="alert" tabindex="-1" autofocus>b</p></main>"#;
        assert_eq!(focus_first_message(chosen).unwrap(), chosen);
    }

    #[test]
    fn passwords_are_never_kept_or_filled() {
        assert!(is_secret("password") && is_secret("new_password") && is_secret("current") && is_secret("Wachtwoord"));
        assert!(!is_secret("name") && !is_secret("code"));
        let html = r#"<form action="/api/x"><input type="password" name="pin"></form>"#;
        assert_eq!(fill_in(html, &draft(&[("pin", "1234")])).unwrap(), html);
    }
}
