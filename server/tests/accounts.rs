//! Sign-up, sign-in, sessions and the profile, through the real router and database.

mod common;

use app::error::{AppError, Problem};
use app::i18n::{Lang, tr};
use common::{PASSWORD, TestApp};

async fn sign_up(client: &mut common::Client, code: &str, name: &str, password: &str) -> common::Reply {
    client
        .call(
            "/api/aanmelden",
            &[("code", code), ("display_name", name), ("age_band", "75+"), ("password", password), ("email", "")],
        )
        .await
}

#[tokio::test]
async fn sign_up_with_a_valid_code_signs_in() {
    let app = TestApp::new().await;
    let (_, code) = app.invite(2).await;
    let mut client = app.client();
    let res = sign_up(&mut client, &code.to_lowercase().replace('-', " "), "Truus", "vijf koeien in de wei").await;
    assert!(res.status.is_success(), "{res:?}");
    let me = client.call("/api/ik", &[]).await;
    let me: Option<app::accounts::api::Me> = me.json();
    let me = me.expect("signed in after sign-up");
    assert_eq!(me.display_name, "Truus");
    assert_eq!(me.unread, 1, "a welcome notification");
    assert_eq!(app.count("SELECT uses FROM invite_codes").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.display_name = 'Truus' AND m.role = 'bewoner'").await,
        1
    );
}

#[tokio::test]
async fn bad_codes_are_refused_and_change_nothing() {
    let app = TestApp::new().await;
    let users_before = app.count("SELECT COUNT(*) FROM users").await;
    let (id, code) = app.invite(1).await;
    let mut client = app.client();

    // Unknown and malformed codes.
    for bad in ["ABCD-EFGH-JKMN", "123", ""] {
        let res = sign_up(&mut client, bad, "Truus", "vijf koeien in de wei").await;
        assert_eq!(res.error(), AppError::Invalid(Problem::CodeUnknown), "{bad}");
    }
    // A used code.
    assert!(sign_up(&mut client, &code, "Truus", "vijf koeien in de wei").await.status.is_success());
    let mut other = app.client();
    assert_eq!(
        sign_up(&mut other, &code, "Piet", "vijf koeien in de wei").await.error(),
        AppError::Invalid(Problem::CodeUsedUp)
    );
    // A revoked code.
    let (revoked_id, revoked) = app.invite(3).await;
    sqlx::query("UPDATE invite_codes SET revoked_at = 1 WHERE id = $1").bind(revoked_id).execute(&app.db).await.unwrap();
    assert_eq!(
        sign_up(&mut other, &revoked, "Piet", "vijf koeien in de wei").await.error(),
        AppError::Invalid(Problem::CodeRevoked)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, users_before + 1);
    assert_eq!(app.count(&format!("SELECT uses FROM invite_codes WHERE id = {id}")).await, 1);
    assert_eq!(app.count(&format!("SELECT uses FROM invite_codes WHERE id = {revoked_id}")).await, 0);
}

#[tokio::test]
async fn bad_input_gets_a_dutch_message_and_stores_nothing() {
    let app = TestApp::new().await;
    let (id, code) = app.invite(4).await;
    let users_before = app.count("SELECT COUNT(*) FROM users").await;
    let long_name = "x".repeat(5000);
    let cases = [
        ("", "vijf koeien in de wei", Problem::NameEmpty),
        (long_name.as_str(), "vijf koeien in de wei", Problem::NameTooLong),
        ("Jan", "vijf koeien in de wei", Problem::NameTaken),
        ("Truus", "kort", Problem::PasswordTooShort),
        ("Truus", "wachtwoord", Problem::PasswordTooCommon),
    ];
    let mut client = app.client();
    for (name, password, problem) in cases {
        let res = sign_up(&mut client, &code, name, password).await;
        let error = res.error();
        assert_eq!(error, AppError::Invalid(problem));
        let dutch = tr(Lang::Nl, error.key());
        assert!(!dutch.is_empty() && dutch != error.key(), "a Dutch message for {problem:?}");
        assert_ne!(dutch, tr(Lang::En, error.key()), "and an English one");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, users_before);
    assert_eq!(app.count(&format!("SELECT uses FROM invite_codes WHERE id = {id}")).await, 0);
}

#[tokio::test]
async fn concurrent_sign_ups_never_exceed_a_code() {
    let app = TestApp::new().await;
    let (id, code) = app.invite(3).await;
    let tasks: Vec<_> = (0..12)
        .map(|i| {
            let mut client = app.client();
            client.ip = [10, 9, 0, i as u8];
            let code = code.clone();
            tokio::spawn(async move { sign_up(&mut client, &code, &format!("Buur {i}"), "vijf koeien in de wei").await })
        })
        .collect();
    let mut ok = 0;
    for task in tasks {
        let res = task.await.unwrap();
        if res.status.is_success() {
            ok += 1;
        } else {
            assert_eq!(res.error(), AppError::Invalid(Problem::CodeUsedUp));
        }
    }
    assert_eq!(ok, 3);
    assert_eq!(app.count(&format!("SELECT uses FROM invite_codes WHERE id = {id}")).await, 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE display_name LIKE 'Buur %'").await, 3);
}

#[tokio::test]
async fn sign_in_wrong_password_and_new_session_id() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let res = client.call("/api/inloggen", &[("identifier", "Jan"), ("password", "fout wachtwoord")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials));
    assert_eq!(res.status, 422, "bad input is not a server error");
    let unknown = client.call("/api/inloggen", &[("identifier", "Niemand"), ("password", PASSWORD)]).await;
    assert_eq!(unknown.error(), AppError::Invalid(Problem::WrongCredentials), "same answer for unknown names");

    let res = client.call("/api/inloggen", &[("identifier", "  jan "), ("password", PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");
    let first = client.cookie.clone().expect("a session cookie");
    let set_cookie = res
        .headers
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_lowercase())
        .find(|c| c.starts_with(server::SESSION_COOKIE))
        .expect("the session cookie is set");
    assert!(set_cookie.contains("httponly") && set_cookie.contains("samesite=lax"), "{set_cookie}");

    // Signing in again (someone else on a shared tablet) gets a new session id; the old
    // id is gone, so a planted or stolen id cannot ride along.
    let res = client.call("/api/inloggen", &[("identifier", "Kees"), ("password", PASSWORD)]).await;
    assert!(res.status.is_success());
    assert_ne!(client.cookie.as_ref(), Some(&first));
    let mut planted = app.client();
    planted.cookie = Some(first);
    let me: Option<app::accounts::api::Me> = planted.call("/api/ik", &[]).await.json();
    assert!(me.is_none());
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_account_and_address() {
    let app = TestApp::new().await;
    let mut client = app.client();
    for _ in 0..5 {
        let res = client.call("/api/inloggen", &[("identifier", "Kees"), ("password", "fout wachtwoord")]).await;
        assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials));
    }
    // The sixth attempt from that address is refused, even with the right password.
    let res = client.call("/api/inloggen", &[("identifier", "Kees"), ("password", PASSWORD)]).await;
    assert_eq!(res.error(), AppError::RateLimited);
    assert_eq!(res.status, 429);
    assert!(tr(Lang::Nl, res.error().key()).contains("minuut"));
}

#[tokio::test]
async fn name_variants_share_one_limit() {
    let app = TestApp::new().await;
    app.residents("Buur", 1).await;
    let mut client = app.client();
    // Spaces, tabs, no-break and em spaces, case, full-width letters: all the same account.
    for name in ["Buur 00", "  buur   00 ", "Buur\t00", "BUUR\u{a0}00", "Ｂuur\u{2003}00"] {
        let res = client.call("/api/inloggen", &[("identifier", name), ("password", "fout wachtwoord")]).await;
        assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials), "{name:?}");
    }
    let res = client.call("/api/inloggen", &[("identifier", "buur 00"), ("password", PASSWORD)]).await;
    assert_eq!(res.error(), AppError::RateLimited, "five variants are five mistakes for one account");
    // A name that finds nobody counts in the same normalised form.
    for name in ["Niemand Hier", "niemand\u{a0}hier", " NIEMAND\thier", "niemand  hier", "Niemand hier "] {
        let res = client.call("/api/inloggen", &[("identifier", name), ("password", "fout wachtwoord")]).await;
        assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials), "{name:?}");
    }
    let res = client.call("/api/inloggen", &[("identifier", "niemand hier"), ("password", "x")]).await;
    assert_eq!(res.error(), AppError::RateLimited);
    // The right password with odd spaces finds the account (from another address).
    client.ip = [10, 9, 9, 9];
    let res = client.call("/api/inloggen", &[("identifier", " buur\u{a0}\u{a0}00\t"), ("password", PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");
}

#[tokio::test]
async fn strangers_cannot_lock_the_owner_out_but_many_addresses_hit_a_ceiling() {
    let app = TestApp::new().await;
    let mut owner = app.client();
    owner.ip = [10, 7, 7, 7];
    // 45 wrong passwords from 9 addresses: each of those addresses is now slowed down ...
    for attempt in 0..45u8 {
        let mut stranger = app.client();
        stranger.ip = [10, 8, 0, attempt / 5];
        let res = stranger.call("/api/inloggen", &[("identifier", "Kees"), ("password", "fout wachtwoord")]).await;
        assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials), "attempt {attempt}");
    }
    let mut stranger = app.client();
    stranger.ip = [10, 8, 0, 8];
    let res = stranger.call("/api/inloggen", &[("identifier", "Kees"), ("password", PASSWORD)]).await;
    assert_eq!(res.error(), AppError::RateLimited, "an address with five mistakes waits");
    // ... but Kees signs in from his own address.
    let res = owner.call("/api/inloggen", &[("identifier", "Kees"), ("password", PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");
    // Many addresses together reach the ceiling of 50 for the account: then everyone waits.
    // (One more may slip through if the test ran longer than the 30 s refill.)
    let mut refused = None;
    for attempt in 0..8u8 {
        let mut stranger = app.client();
        stranger.ip = [10, 8, 1, attempt];
        let res = stranger.call("/api/inloggen", &[("identifier", "kees"), ("password", "fout wachtwoord")]).await;
        if res.error() == AppError::RateLimited {
            refused = Some(attempt);
            break;
        }
        assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials), "attempt {attempt}");
    }
    assert!(refused.is_some_and(|a| a >= 5), "the ceiling stops the 51st guess: {refused:?}");
    // At the ceiling a new address waits, but Kees's usual address (he signed in from it
    // above) still lets him in.
    let mut elsewhere = app.client();
    elsewhere.ip = [10, 7, 7, 8];
    let res = elsewhere.call("/api/inloggen", &[("identifier", "Kees"), ("password", PASSWORD)]).await;
    assert_eq!(res.error(), AppError::RateLimited, "at the ceiling a new address waits");
    let res = owner.call("/api/inloggen", &[("identifier", "Kees"), ("password", PASSWORD)]).await;
    assert!(res.status.is_success(), "the usual address is not held by the ceiling: {res:?}");
}

#[tokio::test]
async fn signing_in_often_with_the_right_password_is_never_limited() {
    let app = TestApp::new().await;
    for attempt in 0..12 {
        let mut client = app.client();
        client.ip = [10, 2, 0, attempt];
        let res = client.call("/api/inloggen", &[("identifier", "Samira"), ("password", PASSWORD)]).await;
        assert!(res.status.is_success(), "attempt {attempt}: {res:?}");
    }
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_address() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let mut limited = 0;
    for attempt in 0..40 {
        let res = client.call("/api/inloggen", &[("identifier", &format!("niemand{attempt}")), ("password", "x")]).await;
        if res.error() == AppError::RateLimited {
            limited += 1;
        }
    }
    assert!(limited >= 5, "an address is slowed down after many attempts ({limited})");
}

#[tokio::test]
async fn sign_out_ends_the_session_on_the_server() {
    let app = TestApp::new().await;
    let mut client = app.signed_in("Jan").await;
    let stolen = client.clone();
    assert!(client.call("/api/uitloggen", &[]).await.status.is_success());
    let mut stolen = stolen;
    let me: Option<app::accounts::api::Me> = stolen.call("/api/ik", &[]).await.json();
    assert!(me.is_none(), "the old session cookie no longer works");
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions WHERE user_id IS NOT NULL").await, 0);
}

#[tokio::test]
async fn profile_changes_export_and_delete() {
    let app = TestApp::new().await;
    let mut client = app.signed_in("Jan").await;
    let mut other_device = app.signed_in("Jan").await;

    assert_eq!(
        client.call("/api/profiel-naam", &[("display_name", "Kees")]).await.error(),
        AppError::Invalid(Problem::NameTaken)
    );
    assert!(client.call("/api/profiel-naam", &[("display_name", "Jan B.")]).await.status.is_success());

    assert_eq!(
        client.call("/api/profiel-wachtwoord", &[("current", "fout"), ("new_password", "nieuw en lang genoeg")]).await.error(),
        AppError::Invalid(Problem::WrongPassword)
    );
    let res = client.call("/api/profiel-wachtwoord", &[("current", PASSWORD), ("new_password", "nieuw en lang genoeg")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let me: Option<app::accounts::api::Me> = other_device.call("/api/ik", &[]).await.json();
    assert!(me.is_none(), "other devices are signed out after a password change");
    let me: Option<app::accounts::api::Me> = client.call("/api/ik", &[]).await.json();
    assert_eq!(me.unwrap().display_name, "Jan B.");

    let export = client.get("/profiel/mijn-gegevens.json", &[]).await;
    assert_eq!(export.status, 200);
    let data: serde_json::Value = export.json();
    assert_eq!(data["display_name"], "Jan B.");
    assert_eq!(data["memberships"][0]["role"], "bewoner");
    assert!(!export.body.contains("Zonnebloemstraat"), "no address in the export of a resident");

    // Deleting needs the password and the tick.
    let res = client.call("/api/profiel-verwijderen", &[("password", "nieuw en lang genoeg")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::ConfirmMissing));
    let res = client.call("/api/profiel-verwijderen", &[("password", "nieuw en lang genoeg"), ("confirm", "ja")]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE display_name = 'Jan B.'").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE deleted_at IS NOT NULL AND password_hash IS NULL").await, 1);
    let mut again = app.client();
    let res = again.call("/api/inloggen", &[("identifier", "Jan B."), ("password", "nieuw en lang genoeg")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials));
}

#[tokio::test]
async fn anonymous_callers_cannot_use_profile_functions() {
    let app = TestApp::new().await;
    let mut client = app.client();
    for (path, form) in [
        ("/api/profiel", vec![]),
        ("/api/profiel-naam", vec![("display_name", "Hacker")]),
        ("/api/profiel-wachtwoord", vec![("current", "x"), ("new_password", "nieuw en lang genoeg")]),
        ("/api/profiel-verwijderen", vec![("password", "x"), ("confirm", "ja")]),
        ("/api/meldingen", vec![]),
        ("/api/meldingen-gelezen", vec![("id", "0")]),
    ] {
        assert_eq!(client.call(path, &form).await.error(), AppError::NotSignedIn, "{path}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE display_name = 'Hacker'").await, 0);
    let export = client.get("/profiel/mijn-gegevens.json", &[]).await;
    assert!(export.status.is_redirection());
}
