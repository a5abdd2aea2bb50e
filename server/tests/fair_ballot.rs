//! A fair ballot through the real router: the new-round form shows per household how many of
//! the offered initiatives it wrote; a round with more initiatives of one household than the
//! limit is refused with a message naming the household, unless the commissie gives a reason,
//! which every resident then sees on the round's page; and each voter gets their own order of
//! the initiatives, the same on every visit, while voting without JavaScript keeps working.

mod common;

use app::error::{AppError, Limit};
use app::i18n::Lang;
use app::voting::api::NewRoundForm;
use app::voting::model::RoundDetail;
use common::{Client, TestApp, days_from_today};

async fn insert(app: &TestApp, sql: String) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("{sql} RETURNING id"))).fetch_one(&app.db).await.unwrap()
}

/// A household of the test buurt with this label (an address: the commissie never sees it
/// on the ballot form) and one resident, `author`, who writes its initiatives.
async fn household(app: &TestApp, label: &str, author: &str) -> i64 {
    let h = insert(app, format!("INSERT INTO households (buurt_id, label, building, created_at) VALUES ({}, '{label}', '', 1)", app.buurt.0)).await;
    insert(app, format!("INSERT INTO users (household_id, display_name, created_at) VALUES ({h}, '{author}', 1)")).await;
    h
}

/// An accepted initiative written by the resident of `household` (`None`: no household and
/// no author, as an initiative of staff).
async fn initiative(app: &TestApp, title: &str, household: Option<i64>) -> i64 {
    let (h, author) = match household {
        Some(h) => (h.to_string(), format!("(SELECT id FROM users WHERE household_id = {h})")),
        None => ("NULL".to_string(), "NULL".to_string()),
    };
    insert(
        app,
        format!(
            "INSERT INTO proposals (buurt_id, household_id, author_id, kind, title, description, status, created_at, updated_at) \
             VALUES ({}, {h}, {author}, 'initiatief', '{title}', 'Een plan.', 'geaccepteerd', 1, 1)",
            app.buurt.0
        ),
    )
    .await
}

/// Opens a round of a week on `options` with an optional reason to go over the limit.
async fn open(app: &TestApp, client: &mut Client, options: &[i64], reason: Option<&str>) -> common::Reply {
    let reason: Vec<(&str, &str)> = reason.map(|r| ("reden", r)).into_iter().collect();
    common::open_round(client, app.buurt, (&days_from_today(0), &days_from_today(7)), options, &reason).await
}

async fn detail(client: &mut Client, round: i64) -> RoundDetail {
    let res = client.call("/api/stemronde", &[("id", &round.to_string())]).await;
    assert!(res.status.is_success(), "{res:?}");
    res.json()
}

/// The order of the initiatives in the ballot form of the page, as a browser without
/// JavaScript gets it.
fn page_order(body: &str, options: &[i64]) -> Vec<i64> {
    let mut found: Vec<(usize, i64)> =
        options.iter().map(|id| (body.find(&format!("name=\"stemmen[{id}]\"")).unwrap_or_else(|| panic!("{id} not in the form")), *id)).collect();
    found.sort_unstable();
    found.into_iter().map(|(_, id)| id).collect()
}

#[tokio::test]
async fn more_than_one_initiative_of_a_household_needs_a_public_reason() {
    let app = TestApp::new().await;
    let (h3, h5) = (household(&app, "Kastanjelaan 3", "Piet").await, household(&app, "Kastanjelaan 5", "Els").await);
    let a1 = initiative(&app, "Schommel", Some(h3)).await;
    let a2 = initiative(&app, "Wip", Some(h3)).await;
    let b1 = initiative(&app, "Bankje", Some(h5)).await;
    let c1 = initiative(&app, "Boom", None).await;
    let mut kees = app.signed_in("Kees").await;

    // The form: per household how many of the offered initiatives it wrote, busiest first,
    // and a mark on the initiatives of a household over the limit.
    let form: NewRoundForm = kees.call("/api/stemronde-nieuw-formulier", &[]).await.json();
    assert_eq!(form.limit, 1);
    let rows: Vec<(&str, i64, bool)> = form.households.iter().map(|h| (h.label.as_str(), h.count, h.over)).collect();
    assert_eq!(rows, vec![("Piet", 2, true), ("Els", 1, false)]);
    let marks: Vec<(i64, &str, bool)> = form.candidates.iter().map(|c| (c.id, c.household.as_str(), c.over)).collect();
    assert_eq!(marks, vec![(a1, "Piet", true), (a2, "Piet", true), (b1, "Els", false), (c1, "", false)]);
    let page = kees.get("/meedoen/stemronde/nieuw", &[]).await;
    assert!(page.body.contains("<caption>Huishoudens en hun initiatieven</caption>"), "the table is on the page");
    assert!(page.body.contains("<th scope=\"row\">Piet</th>"));
    assert!(!page.body.contains("Kastanjelaan"), "no addresses on the commissie's form");
    assert!(page.body.contains("Meer dan het maximum"));

    // Two initiatives of Piet's household without a reason: refused, naming the household.
    let res = open(&app, &mut kees, &[a1, a2, b1], None).await;
    let err = res.error();
    assert_eq!(err, AppError::Limit(Limit::BallotHousehold { max: 1, households: "Piet (2)".into() }));
    let message = err.message(Lang::Nl);
    assert!(message.contains("Piet (2)") && message.contains("maximum per huishouden is 1"), "{message}");
    assert_eq!(open(&app, &mut kees, &[a1, a2, b1], Some("  ")).await.error(), err, "a blank reason is no reason");
    assert_eq!(app.count("SELECT COUNT(*) FROM vote_rounds").await, 0);

    // With a reason it opens, and every resident reads the reason on the round's page.
    let reason = "Schommel en wip horen bij hetzelfde speelveld.";
    let res = open(&app, &mut kees, &[a1, a2, b1], Some(reason)).await;
    assert!(res.status.is_success(), "{res:?}");
    let round = app.count("SELECT MAX(id) FROM vote_rounds").await;
    let mut jan = app.signed_in("Jan").await;
    assert_eq!(detail(&mut jan, round).await.over_limit_reason, reason);
    let page = jan.get(&format!("/meedoen/stemronde/{round}"), &[]).await;
    assert!(page.body.contains(&format!("dan de regel toestaat. De reden: {reason}")), "reason on the public page");
}

#[tokio::test]
async fn within_the_limit_no_reason_is_needed_or_kept() {
    let app = TestApp::new().await;
    let (h3, h5) = (household(&app, "Kastanjelaan 3", "Piet").await, household(&app, "Kastanjelaan 5", "Els").await);
    let a1 = initiative(&app, "Schommel", Some(h3)).await;
    let a2 = initiative(&app, "Wip", Some(h3)).await;
    let b1 = initiative(&app, "Bankje", Some(h5)).await;
    let mut kees = app.signed_in("Kees").await;
    // One of each household: fine, and a reason given anyway is not shown.
    let res = open(&app, &mut kees, &[a1, b1], Some("Voor de zekerheid.")).await;
    assert!(res.status.is_success(), "{res:?}");
    let round = app.count("SELECT MAX(id) FROM vote_rounds").await;
    assert_eq!(detail(&mut kees, round).await.over_limit_reason, "");
    // The commissie raised the limit to 2 on the limits page: two of one household need no reason.
    sqlx::query("INSERT INTO participation_settings (buurt_id, ballot_per_household) VALUES ($1, 2)").bind(app.buurt.0).execute(&app.db).await.unwrap();
    let b2 = initiative(&app, "Tafel", Some(h5)).await;
    let res = open(&app, &mut kees, &[a2, b2], None).await;
    assert!(res.status.is_success(), "{res:?}");
    let c = initiative(&app, "Glijbaan", Some(h3)).await;
    let d = initiative(&app, "Zandbak", Some(h3)).await;
    let e = initiative(&app, "Klimrek", Some(h3)).await;
    let err = open(&app, &mut kees, &[c, d, e], None).await.error();
    assert_eq!(err, AppError::Limit(Limit::BallotHousehold { max: 2, households: "Piet (3)".into() }));
}

#[tokio::test]
async fn each_voter_has_their_own_order_and_the_plain_form_still_votes() {
    let app = TestApp::new().await;
    let mut options = Vec::new();
    for title in ["Schommel", "Wip", "Bankje", "Boom", "Tafel", "Glijbaan", "Zandbak", "Klimrek"] {
        options.push(initiative(&app, title, None).await);
    }
    let mut kees = app.signed_in("Kees").await;
    let res = open(&app, &mut kees, &options, None).await;
    assert!(res.status.is_success(), "{res:?}");
    let round = app.count("SELECT MAX(id) FROM vote_rounds").await;
    let seed: String = sqlx::query_scalar("SELECT ballot_seed FROM vote_rounds WHERE id = $1").bind(round).fetch_one(&app.db).await.unwrap();
    assert_eq!(seed.len(), 32, "a fresh 128-bit seed");

    let mut voters = app.residents("Kiezer", 6).await;
    let mut orders = Vec::new();
    for voter in voters.iter_mut() {
        let first: Vec<i64> = detail(voter, round).await.options.iter().map(|o| o.proposal_id).collect();
        let mut sorted = first.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, options, "every initiative once");
        // The same on reload, and the page without JavaScript has the same order.
        let again: Vec<i64> = detail(voter, round).await.options.iter().map(|o| o.proposal_id).collect();
        assert_eq!(again, first);
        let page = voter.get(&format!("/meedoen/stemronde/{round}"), &[]).await;
        assert_eq!(page_order(&page.body, &options), first);
        orders.push(first);
    }
    orders.sort();
    orders.dedup();
    assert!(orders.len() >= 4, "voters get different orders: {orders:?}");

    // Voting as a plain HTML form post (no JavaScript) still works: a redirect back.
    let round_field = round.to_string();
    let (one, two) = (format!("stemmen[{}]", options[0]), format!("stemmen[{}]", options[5]));
    let form = [("round", round_field.as_str()), (one.as_str(), "2"), (two.as_str(), "1")];
    voters[0].referer = format!("/meedoen/stemronde/{round}");
    let res = voters[0].post("/api/stemmen", &form, Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let mine = detail(&mut voters[0], round).await;
    assert_eq!(mine.remaining, 0);
    assert_eq!(mine.options.iter().find(|o| o.proposal_id == options[0]).unwrap().mine, 2);

    // Once closed, the results are in their own order: by votes.
    app.clock.advance(8 * 24 * 3600);
    assert_eq!(app::jobs::run_once(&app.db, app.clock.now()).await, 1);
    let closed = detail(&mut voters[1], round).await;
    let ranks: Vec<i64> = closed.options.iter().map(|o| o.result.unwrap().rank).collect();
    assert_eq!(ranks, (1..=8).collect::<Vec<_>>());
    assert_eq!(closed.options[0].proposal_id, options[0]);
}

#[tokio::test]
async fn at_once_an_initiative_goes_on_one_ballot_only() {
    let app = TestApp::new().await;
    let (h3, h5) = (household(&app, "Kastanjelaan 3", "Piet").await, household(&app, "Kastanjelaan 5", "Els").await);
    let a1 = initiative(&app, "Schommel", Some(h3)).await;
    let b1 = initiative(&app, "Bankje", Some(h5)).await;
    let mut clients = Vec::new();
    for name in ["Kees", "Samira", "Anja", "Kees", "Samira", "Anja"] {
        clients.push(app.signed_in(name).await);
    }
    let both = [a1, b1];
    let attempts = clients.iter_mut().map(|c| open(&app, c, &both, None));
    let replies = futures::future::join_all(attempts).await;
    let opened = replies.iter().filter(|r| r.status.is_success()).count();
    assert_eq!(opened, 1, "{replies:?}");
    for r in replies.iter().filter(|r| !r.status.is_success()) {
        assert_eq!(r.error(), AppError::Invalid(app::error::Problem::OptionUnavailable));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM round_options").await, 2);
}
