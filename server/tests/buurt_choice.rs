//! The buurt a person acts in is explicit: a person in two buurten switches and acts in
//! each; nobody can choose, or act in, a buurt they are not in by sending its id.

mod common;

use axum::http::StatusCode;
use common::{Client, TestApp};

/// The buurt the rooms page shows to this client.
async fn rooms_buurt(client: &mut Client) -> i64 {
    let res = client.call("/api/ruimtes", &[]).await;
    assert!(res.status.is_success(), "{res:?}");
    res.json::<serde_json::Value>()["buurt_id"].as_i64().unwrap()
}

/// A resident-style proposal through the server function; it lands in the caller's buurt.
async fn propose(client: &mut Client, title: &str) {
    let res = client
        .call(
            "/api/voorstel-nieuw",
            &[
                ("kind", "activiteit"),
                ("title", title),
                ("description", "Een goed idee voor de hele buurt."),
                ("audience", "Iedereen"),
                ("date_wish", ""),
                ("help_needed", ""),
            ],
        )
        .await;
    assert!(res.status.is_success() || res.status == StatusCode::FOUND || res.status == StatusCode::SEE_OTHER, "{res:?}");
}

async fn switch(client: &mut Client, buurt: i64, back: &str) -> common::Reply {
    client.post("/buurt", &[("buurt", &buurt.to_string()), ("terug", back)], Some(common::ORIGIN), "text/html").await
}

#[tokio::test]
async fn a_beheerder_of_two_buurten_switches_and_acts_in_each() {
    let app = TestApp::new().await;
    let mut anja = app.signed_in("Anja").await;
    // A second buurt whose name sorts first: creating it must not move Anja there.
    let res = anja.call("/api/beheer-buurt-nieuw", &[("name", "Achterhoek")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let second = app.count("SELECT id FROM buurten WHERE name = 'Achterhoek'").await;
    assert_eq!(rooms_buurt(&mut anja).await, app.buurt.0, "still in the buurt she joined first");

    // The header offers both buurten, the current one selected.
    let page = anja.get("/agenda", &[]).await;
    assert!(page.body.contains(r#"action="/buurt""#), "switcher shown to a person in two buurten");
    assert!(page.body.contains("Achterhoek") && page.body.contains("De Zonnebloem"));

    propose(&mut anja, "Koffie in De Zonnebloem").await;
    let res = switch(&mut anja, second, "/ontmoetingsruimte/12?week=2026-12-07").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{res:?}");
    assert_eq!(res.headers.get("location").unwrap(), "/ontmoetingsruimte", "back to the section");
    assert_eq!(rooms_buurt(&mut anja).await, second);
    propose(&mut anja, "Koffie in de Achterhoek").await;

    // Remembered per person: a new session starts in the chosen buurt.
    let mut again = app.signed_in("Anja").await;
    assert_eq!(rooms_buurt(&mut again).await, second);

    switch(&mut again, app.buurt.0, "/").await;
    assert_eq!(rooms_buurt(&mut anja).await, app.buurt.0, "the other session follows the choice");
    let in_first = app.count(&format!("SELECT COUNT(*) FROM proposals WHERE buurt_id = {} AND title = 'Koffie in De Zonnebloem'", app.buurt.0)).await;
    let in_second = app.count(&format!("SELECT COUNT(*) FROM proposals WHERE buurt_id = {second} AND title = 'Koffie in de Achterhoek'")).await;
    assert_eq!((in_first, in_second), (1, 1), "each proposal landed in the buurt chosen at the time");
}

#[tokio::test]
async fn nobody_chooses_or_acts_in_a_buurt_they_are_not_in() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let page = jan.get("/agenda", &[]).await;
    assert!(!page.body.contains(r#"action="/buurt""#), "no switcher for a person in one buurt");

    let res = switch(&mut jan, app.other_buurt.0, "/agenda").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN, "{res:?}");
    assert!(res.body.contains("geen toegang"), "a Dutch refusal: {}", res.body);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE chosen_buurt_id IS NOT NULL").await, 0, "nothing stored");
    assert_eq!(rooms_buurt(&mut jan).await, app.buurt.0);
    for bad in ["", "abc", "999999"] {
        let res = jan.post("/buurt", &[("buurt", bad), ("terug", "/")], Some(common::ORIGIN), "text/html").await;
        assert!(res.status.is_client_error(), "{bad:?}: {res:?}");
    }
    // Without a signed-in session: to the sign-in page.
    let res = switch(&mut app.client(), app.buurt.0, "/").await;
    assert_eq!(res.headers.get("location").unwrap(), "/inloggen");
    // From another site: refused like every other form.
    let res = jan.post("/buurt", &[("buurt", &app.buurt.0.to_string())], Some("https://evil.example"), "text/html").await;
    assert_eq!(res.status, StatusCode::FORBIDDEN);

    // Forged ids of buurt B: staff pages, a proposal and an activity of B are not Jan's.
    let mut olaf = app.signed_in("Olaf").await;
    propose(&mut olaf, "Alleen voor het Klaverblad").await;
    let proposal = app.count("SELECT id FROM proposals WHERE title = 'Alleen voor het Klaverblad'").await;
    let res = olaf.publish(app.other_buurt.0, &[("title", "Klaverbladborrel")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let activity = app.count("SELECT id FROM activities WHERE title = 'Klaverbladborrel'").await;
    let before = app.count("SELECT (SELECT COUNT(*) FROM activity_signups) + (SELECT COUNT(*) FROM proposal_supporters)").await;
    assert!(jan.call("/api/voorstel", &[("id", &proposal.to_string())]).await.status.is_client_error());
    assert!(jan.call("/api/voorstel-steunen", &[("proposal", &proposal.to_string()), ("support", "ja")]).await.status.is_client_error());
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &activity.to_string())]).await.status.is_client_error());
    assert!(jan.publish(app.other_buurt.0, &[("title", "Stiekem")]).await.status.is_client_error());
    assert!(jan.call("/api/beheer-leden", &[("buurt", &app.other_buurt.0.to_string())]).await.status.is_client_error());
    let after = app.count("SELECT (SELECT COUNT(*) FROM activity_signups) + (SELECT COUNT(*) FROM proposal_supporters)").await;
    assert_eq!(before, after, "nothing changed in buurt B");
    assert_eq!(app.count("SELECT COUNT(*) FROM activities WHERE title = 'Stiekem'").await, 0);
}
