//! Pages, language, security headers and the no-JavaScript form flow, through the router.

mod common;

use common::{ORIGIN, TestApp};

#[tokio::test]
async fn foreign_origin_is_refused_and_changes_nothing() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let buurt = app.buurt.0.to_string();
    let form = [("buurt", buurt.as_str()), ("label", "Via een andere site 1"), ("building", "")];
    let res = staff.post("/api/beheer-huishouden-nieuw", &form, Some("https://evil.example"), "application/json").await;
    assert_eq!(res.status, 403);
    assert!(res.body.contains("geweigerd"), "a Dutch explanation: {}", res.body);
    let res = staff.post("/taal", &[("taal", "en"), ("terug", "/")], Some("http://evil.example:3000"), "text/html").await;
    assert_eq!(res.status, 403);
    assert_eq!(app.count("SELECT COUNT(*) FROM households WHERE label LIKE 'Via een andere site%'").await, 0);
    // The same request from the portal itself works.
    let res = staff.post("/api/beheer-huishouden-nieuw", &form, Some(ORIGIN), "application/json").await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM households WHERE label LIKE 'Via een andere site%'").await, 1);
}

#[tokio::test]
async fn pages_are_dutch_by_default_and_follow_the_language_choice() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let home = client.get("/", &[]).await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains(r#"<html lang="nl""#), "{}", &home.body[..200.min(home.body.len())]);
    assert!(home.body.contains("Welkom op Buurtplein"));
    assert!(home.body.contains("Aanmelden met uw code"));

    let en = client.get("/", &[("accept-language", "en-GB,en;q=0.9")]).await;
    assert!(en.body.contains(r#"<html lang="en""#));
    assert!(en.body.contains("Welcome to Buurtplein"));

    // The switch sets a cookie that wins over the browser's preference.
    let res = client.post("/taal", &[("taal", "en"), ("terug", "/inloggen")], Some(ORIGIN), "text/html").await;
    assert!(res.status.is_redirection());
    assert_eq!(res.headers.get("location").unwrap(), "/inloggen");
    let cookie = res.headers.get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_string();
    assert_eq!(cookie, "taal=en");
    let page = client.get("/inloggen", &[("cookie", &cookie), ("accept-language", "nl")]).await;
    assert!(page.body.contains("Name or email address"));
    // Never an open redirect.
    let res = client.post("/taal", &[("taal", "nl"), ("terug", "https://evil.example/")], Some(ORIGIN), "text/html").await;
    assert_eq!(res.headers.get("location").unwrap(), "/");
}

#[tokio::test]
async fn unknown_pages_get_a_dutch_404() {
    let app = TestApp::new().await;
    let res = app.client().get("/bestaat-niet", &[]).await;
    assert_eq!(res.status, 404);
    assert!(res.body.contains("Deze pagina bestaat niet"));
}

#[tokio::test]
async fn protected_pages_ask_to_sign_in() {
    let app = TestApp::new().await;
    let res = app.client().get("/profiel", &[]).await;
    assert_eq!(res.status, 401);
    assert!(res.body.contains("Log eerst in"));
    let res = app.signed_in("Jan").await.get("/beheer", &[]).await;
    assert_eq!(res.status, 403);
    assert!(res.body.contains("geen toegang"));
}

#[tokio::test]
async fn forms_work_without_javascript() {
    let app = TestApp::new().await;
    let (_, code) = app.invite(2).await;
    let mut browser = app.client();
    browser.referer = "/aanmelden".into();
    // A failing plain form post goes back to the form with the error in the address ...
    let form = [("code", code.as_str()), ("display_name", "Truus"), ("age_band", ""), ("password", "kort"), ("email", "")];
    let res = browser.post("/api/aanmelden", &form, Some(ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let location = res.headers.get("location").unwrap().to_str().unwrap().to_string();
    assert!(location.starts_with(&format!("{ORIGIN}/aanmelden")) && location.contains("__err="), "{location}");
    // ... where the page shows it in Dutch.
    let path = location.trim_start_matches(ORIGIN);
    let page = browser.get(path, &[]).await;
    assert!(page.body.contains("Het wachtwoord is te kort"), "{}", page.body);
    // A successful one signs in and goes to the start page.
    let form = [("code", code.as_str()), ("display_name", "Truus"), ("age_band", "18-34"), ("password", "vijf koeien in de wei"), ("email", "")];
    let res = browser.post("/api/aanmelden", &form, Some(ORIGIN), "text/html").await;
    assert_eq!(res.headers.get("location").unwrap(), "/");
    let home = browser.get("/", &[]).await;
    assert!(home.body.contains("Hallo Truus!"), "{}", home.body);
}

#[tokio::test]
async fn health_and_compression() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let res = client.get("/health", &[]).await;
    assert_eq!((res.status.as_u16(), res.body.as_str()), (200, "ok"));
    let res = client.get("/", &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(res.headers.get("content-encoding").unwrap(), "br");
    app.db.close().await;
    let res = client.get("/health", &[]).await;
    assert_eq!(res.status, 503);
}

#[tokio::test]
async fn backup_is_a_consistent_copy() {
    let app = TestApp::new().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kopie.db");
    app::db::backup(&app.db, &file).await.unwrap();
    // PostgreSQL: the backup is a pg_dump file; it restores into a new database.
    let restored = common::backend::postgres().then(|| common::backend::TestDb::restored(&file));
    let url = restored.as_ref().map_or_else(|| format!("sqlite://{}", file.display()), |r| r.url.clone());
    let copy = app::db::connect(&url).await.unwrap();
    let users: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(&copy).await.unwrap();
    assert_eq!(users, app.count("SELECT COUNT(*) FROM users").await);
}

#[tokio::test]
async fn the_bundle_is_served_precompressed_with_cache_headers() {
    let app = TestApp::new().await;
    let js = "export function hydrate() { console.log('buurtplein'); }\n".repeat(100);
    std::fs::write(app.site.join("pkg/buurtplein.js"), &js).unwrap();
    server::precompress::bundle(&app.site.join("pkg"));
    let mut client = app.client();
    for (encoding, expected) in [("br", "br"), ("gzip", "gzip")] {
        let res = client.get("/pkg/buurtplein.js", &[("accept-encoding", encoding)]).await;
        assert_eq!(res.status, 200);
        assert_eq!(res.headers.get("content-encoding").unwrap(), expected);
        assert!(res.body.len() < js.len() / 5, "{encoding}: {} bytes", res.body.len());
        assert_eq!(res.headers.get("cache-control").unwrap(), "public, max-age=0, must-revalidate");
        assert!(res.headers.get("last-modified").is_some(), "browsers can revalidate cheaply");
    }
}

#[test]
fn a_crash_shows_a_dutch_page_without_details() {
    let res = server::routes::panic_page(Box::new("database password is hunter2"));
    assert_eq!(res.status(), 500);
    let body = futures::executor::block_on(http_body_util::BodyExt::collect(res.into_body())).unwrap().to_bytes();
    let body = String::from_utf8_lossy(&body);
    assert!(body.contains("Er ging iets mis"), "{body}");
    assert!(!body.contains("hunter2"));
}
