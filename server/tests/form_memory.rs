//! Plain form posts (no JavaScript, and every form since the pages became islands): a refused
//! form comes back with what was typed (never a password), a successful one shows its
//! confirmation on the page it returns to, each once.

mod common;

use axum::http::{HeaderMap, StatusCode, header};
use common::TestApp;

/// The `name=value` of a cookie the reply sets (empty value: cleared).
fn set_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().to_string())
        .find(|pair| pair.starts_with(&format!("{name}=")))
}

const HTML: &str = "text/html,application/xhtml+xml";

#[tokio::test]
async fn a_refused_sign_up_comes_back_with_what_was_typed_but_not_the_password() {
    let app = TestApp::new().await;
    let (_, code) = app.invite(2).await;
    let mut visitor = app.client();
    visitor.referer = "/aanmelden".into();
    let form = [
        ("code", code.as_str()),
        ("display_name", "Fatima El Amrani"),
        ("age_band", "55-74"),
        ("password", "wachtwoord"),
        ("email", ""),
    ];
    let res = visitor.post("/api/aanmelden", &form, Some(common::ORIGIN), HTML).await;
    assert_eq!(res.status, StatusCode::FOUND, "{res:?}");
    let back = res.headers[header::LOCATION].to_str().unwrap().to_string();
    assert!(back.contains("__err="), "{back}");
    let draft = set_cookie(&res.headers, "formulier").expect("a draft cookie");
    assert_eq!(app.count("SELECT COUNT(*) FROM form_drafts").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM form_drafts WHERE fields LIKE '%wachtwoord%'").await, 0, "never the password");

    let path = back.trim_start_matches(common::ORIGIN);
    let page = visitor.get(path, &[("accept", HTML), ("cookie", &draft)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&format!("value=\"{code}\"")), "the letter's code is back");
    assert!(page.body.contains("value=\"Fatima El Amrani\""), "the name is back");
    assert!(page.body.contains("<option value=\"55-74\" selected"), "the age band is chosen again");
    assert!(!page.body.contains("value=\"wachtwoord\""), "the password field stays empty");
    assert!(page.body.contains("Dit wachtwoord gebruiken heel veel mensen."), "the reason is shown");
    assert!(page.body.contains("autofocus"), "the reason takes the focus");
    assert_eq!(set_cookie(&page.headers, "formulier").as_deref(), Some("formulier="), "the cookie is cleared");
    assert_eq!(app.count("SELECT COUNT(*) FROM form_drafts").await, 0, "read once");

    let again = visitor.get(path, &[("accept", HTML), ("cookie", &draft)]).await;
    assert!(!again.body.contains("value=\"Fatima El Amrani\""), "a draft is shown once");
}

#[tokio::test]
async fn a_successful_plain_post_shows_its_confirmation_once() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    jan.referer = "/profiel".into();
    let res = jan.post("/api/profiel-naam", &[("display_name", "Jan Visser")], Some(common::ORIGIN), HTML).await;
    assert_eq!(res.status, StatusCode::FOUND, "{res:?}");
    let done = set_cookie(&res.headers, "gelukt").expect("a confirmation cookie");
    assert_eq!(done, "gelukt=/api/profiel-naam");
    assert!(set_cookie(&res.headers, "formulier").is_none());

    let session = jan.cookie.clone().unwrap();
    jan.cookie = Some(format!("{session}; {done}"));
    let page = jan.get("/profiel", &[("accept", HTML)]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Opgeslagen."), "the confirmation is shown");
    assert!(page.body.contains("role=\"status\" tabindex=\"-1\" autofocus"), "and takes the focus");
    assert!(page.body.contains("Jan Visser"));
    assert_eq!(set_cookie(&page.headers, "gelukt").as_deref(), Some("gelukt="), "the cookie is cleared");

    jan.cookie = Some(session);
    let later = jan.get("/profiel", &[("accept", HTML)]).await;
    assert!(!later.body.contains("Opgeslagen."), "not again on the next visit");
}

#[tokio::test]
async fn a_call_from_client_code_keeps_nothing() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let res = jan.call("/api/profiel-naam", &[("display_name", "")]).await;
    assert!(!res.status.is_success());
    assert!(set_cookie(&res.headers, "formulier").is_none());
    assert!(set_cookie(&res.headers, "gelukt").is_none());
    assert_eq!(app.count("SELECT COUNT(*) FROM form_drafts").await, 0);
}

#[tokio::test]
async fn a_flood_of_refused_posts_cannot_fill_the_database() {
    let app = TestApp::new().await;
    let mut visitor = app.client();
    visitor.referer = "/aanmelden".into();
    // Too large to keep: a post of 40,000 characters is refused and nothing is stored.
    let long = "x".repeat(40_000);
    let res = visitor
        .post("/api/aanmelden", &[("code", "ABCD-EFGH-JKLM"), ("display_name", &long)], Some(common::ORIGIN), HTML)
        .await;
    assert_eq!(res.status, StatusCode::FOUND, "{res:?}");
    assert!(set_cookie(&res.headers, "formulier").is_none());
    assert_eq!(app.count("SELECT COUNT(*) FROM form_drafts").await, 0);
    // With the installation's limit of waiting drafts reached, a refusal keeps nothing more.
    sqlx::query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) \
         INSERT INTO form_drafts (token, action, fields, expires_at) SELECT 't' || i, '/api/x', '[]', 4102444800 FROM n",
    )
    .execute(&app.db)
    .await
    .unwrap();
    let res = visitor.post("/api/aanmelden", &[("code", "ABCD-EFGH-JKLM"), ("display_name", "Fatima")], Some(common::ORIGIN), HTML).await;
    assert_eq!(res.status, StatusCode::FOUND);
    assert!(set_cookie(&res.headers, "formulier").is_none());
    assert_eq!(app.count("SELECT COUNT(*) FROM form_drafts").await, 10_000);
}
