//! A crowd at the sign-in door: password work is bounded by the pool (2 workers in tests),
//! the rest waits briefly or hears "it is busy", and unknown names cost the same work.

mod common;

use app::error::{AppError, Problem};
use app::i18n::{Lang, tr};
use common::{ORIGIN, PASSWORD, TestApp};

#[tokio::test]
async fn two_hundred_wrong_sign_ins_at_once_run_at_most_two_hashes() {
    let app = TestApp::new().await;
    let attempts = (0..200u16).map(|i| {
        let mut client = app.client();
        client.ip = [10, 20, (i / 250) as u8, (i % 250) as u8];
        async move {
            let name = if i % 2 == 0 { "Kees".to_string() } else { format!("niemand {i}") };
            client.call("/api/inloggen", &[("identifier", &name), ("password", "fout wachtwoord")]).await
        }
    });
    let replies = futures::future::join_all(attempts).await;

    assert!(app.passwords.high_water() <= 2, "at most 2 hashes at once, saw {}", app.passwords.high_water());
    let (mut refused, mut busy, mut limited) = (0, 0, 0);
    for reply in &replies {
        match reply.status.as_u16() {
            422 => {
                assert_eq!(reply.error(), AppError::Invalid(Problem::WrongCredentials));
                refused += 1;
            }
            503 => {
                assert_eq!(reply.error(), AppError::Busy);
                assert!(reply.headers.get("retry-after").is_some(), "{reply:?}");
                busy += 1;
            }
            // Kees's wrong passwords from 100 addresses reach his ceiling of 50.
            429 => limited += 1,
            _ => panic!("unexpected answer: {reply:?}"),
        }
    }
    assert_eq!(refused + busy + limited, 200);
    assert!(busy > 0, "a crowd of 200 does not all wait ({refused} checked, {limited} limited)");
    assert_eq!(app.passwords.runs(), refused as u64, "every checked attempt ran one hash, the others none");
    assert_eq!(tr(Lang::Nl, AppError::Busy.key()), "Het is even erg druk. Probeer het over een minuut opnieuw.");
}

#[tokio::test]
async fn a_busy_form_without_javascript_comes_back_with_the_message() {
    let app = TestApp::new().await;
    let attempts = (0..60u8).map(|i| {
        let mut browser = app.client();
        browser.ip = [10, 21, 0, i];
        browser.referer = "/inloggen".into();
        async move {
            let form = [("identifier", "niemand"), ("password", "fout wachtwoord")];
            let res = browser.post("/api/inloggen", &form, Some(ORIGIN), "text/html").await;
            (browser, res)
        }
    });
    let mut shown = false;
    for (mut browser, res) in futures::future::join_all(attempts).await {
        assert!(res.status.is_redirection(), "{res:?}");
        let location = res.headers.get("location").unwrap().to_str().unwrap().to_string();
        if let Some(path) = location.strip_prefix(ORIGIN).filter(|l| l.contains("__err=")) {
            let page = browser.get(path, &[]).await;
            shown |= page.body.contains("Het is even erg druk. Probeer het over een minuut opnieuw.");
        }
    }
    assert!(shown, "at least one of 60 at once was told that it is busy");
}

#[tokio::test]
async fn unknown_names_do_the_same_work_as_known_ones() {
    let app = TestApp::new().await;
    let mut client = app.client();
    let mut runs = app.passwords.runs();
    for name in ["Jan", "Niemand", "jan@example.invalid", "Kees"] {
        let res = client.call("/api/inloggen", &[("identifier", name), ("password", "fout wachtwoord")]).await;
        assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials));
        assert_eq!(app.passwords.runs(), runs + 1, "{name}: one full hash");
        runs += 1;
    }
    // Sign-in, sign-up, password change and account deletion all hash in the pool.
    let res = client.call("/api/inloggen", &[("identifier", "Jan"), ("password", PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");
    let res = client.call("/api/profiel-wachtwoord", &[("current", PASSWORD), ("new_password", "nieuw en lang genoeg")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let res = client.call("/api/profiel-verwijderen", &[("password", "nieuw en lang genoeg"), ("confirm", "on")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let (_, code) = app.invite(1).await;
    let form = [("code", code.as_str()), ("display_name", "Truus"), ("age_band", ""), ("password", "vijf koeien in de wei"), ("email", "")];
    let res = app.client().call("/api/aanmelden", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.passwords.runs(), runs + 5, "sign-in 1, change 2, deletion 1, sign-up 1");
}
