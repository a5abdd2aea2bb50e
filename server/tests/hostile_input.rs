//! Input meant to deceive or overload, through the real router: look-alike display names, a
//! photo that decodes to a huge image, a forged Host header, unreadable and oversized bodies.

mod common;

use app::error::{AppError, Problem};
use common::{Client, ORIGIN, TestApp};

async fn sign_up(client: &mut Client, code: &str, name: &str) -> common::Reply {
    client
        .call(
            "/api/aanmelden",
            &[("code", code), ("display_name", name), ("age_band", ""), ("password", common::PASSWORD), ("email", "")],
        )
        .await
}

#[tokio::test]
async fn look_alike_and_invisible_names_are_refused() {
    let app = TestApp::new().await;
    let (_, code) = app.invite(20).await;
    let users = app.count("SELECT COUNT(*) FROM users").await;
    let refused = [
        ("Ke\u{200B}es", Problem::NameInvisible),
        ("\u{202E}seeK", Problem::NameInvisible),
        ("Kees\u{2066}", Problem::NameInvisible),
        ("K\u{435}es", Problem::NameMixedScripts),
        // All Cyrillic, so one script, but it looks like "Kees".
        ("\u{41A}\u{415}\u{415}\u{405}", Problem::NameLookAlike),
        ("0laf", Problem::NameLookAlike),
        ("\u{FF2B}ees", Problem::NameTaken),
        ("KEES", Problem::NameTaken),
    ];
    for (name, problem) in refused {
        let mut client = app.client();
        let res = sign_up(&mut client, &code, name).await;
        assert_eq!(res.status, 422, "{name:?}: {res:?}");
        assert_eq!(res.error(), AppError::Invalid(problem), "{name:?}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, users, "nothing was added");

    for (i, name) in ["Zoë", "Çelik", "Ümit", "Ngọc", "أحمد", "Kees Jansen"].into_iter().enumerate() {
        let mut client = app.client();
        client.ip = [10, 0, 7, i as u8];
        let res = sign_up(&mut client, &code, name).await;
        assert!(res.status.is_success(), "{name}: {res:?}");
    }

    // A rename goes through the same checks, and one's own name is no clash.
    let mut jan = app.signed_in("Jan").await;
    let res = jan.call("/api/profiel-naam", &[("display_name", "\u{41A}\u{415}\u{415}\u{405}")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::NameLookAlike));
    let res = jan.call("/api/profiel-naam", &[("display_name", "J\u{430}n")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::NameMixedScripts));
    assert!(jan.call("/api/profiel-naam", &[("display_name", "JAN")]).await.status.is_success());
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE display_name = 'JAN'").await, 1);

    // The sign-up page without JavaScript shows the Dutch reason.
    let mut plain = app.client();
    plain.referer = "/aanmelden".into();
    let form = [("code", code.as_str()), ("display_name", "Ke\u{200B}es"), ("age_band", ""), ("password", common::PASSWORD), ("email", "")];
    let res = plain.post("/api/aanmelden", &form, Some(ORIGIN), "text/html").await;
    let location = res.headers.get("location").expect("back to the form").to_str().unwrap().to_string();
    let page = plain.get(location.trim_start_matches(ORIGIN), &[]).await;
    assert!(page.body.contains("onzichtbare tekens"), "{}", page.body);
}

#[tokio::test]
async fn existing_names_get_their_look_alike_key_at_start() {
    let app = TestApp::new().await;
    sqlx::query("UPDATE users SET name_skeleton = NULL").execute(&app.db).await.unwrap();
    app::db::migrate(&app.db).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE name_skeleton IS NULL").await, 0);
    let key: String = sqlx::query_scalar("SELECT name_skeleton FROM users WHERE display_name = 'Kees'").fetch_one(&app.db).await.unwrap();
    assert_eq!(key, app::text::confusable_key("\u{41A}\u{415}\u{415}\u{405}"));
}

