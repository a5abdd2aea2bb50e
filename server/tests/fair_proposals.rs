//! Eerlijke stem for proposals, through the real router: new proposals per 30 days per resident
//! and per household (withdrawn ones count; the refusal names the day; also under concurrency),
//! what the proposal form tells before typing, and the fair order of the list (households take
//! turns, in an order made with the server's secret).

mod common;

use app::accounts::model::{DisplayName, Role};
use app::accounts::store as accounts;
use app::db::begin_write;
use app::error::{AppError, LocalMoment, SlowDown};
use app::i18n::Lang;
use app::neighbourhood::store as buurten;
use app::proposals::api::{NewProposalInfo, ProposalList};
use common::{Client, PASSWORD, TestApp};
use std::collections::{HashMap, HashSet};

const DAY: i64 = 86_400;
const WINDOW: i64 = 30 * DAY;

/// Proposes an initiative; returns the reply.
async fn submit(client: &mut Client, title: &str) -> common::Reply {
    let form = [("kind", "initiatief"), ("title", title), ("description", "Een goed idee voor de buurt."), ("audience", ""), ("date_wish", ""), ("help_needed", "")];
    client.call("/api/voorstel-nieuw", &form).await
}

/// Proposes and withdraws at once (the slot for open proposals is free again); returns the id.
async fn propose_and_withdraw(app: &TestApp, client: &mut Client, title: &str) -> i64 {
    let res = submit(client, title).await;
    assert!(res.status.is_success(), "{res:?}");
    let id = app.count(&format!("SELECT MAX(id) FROM proposals WHERE title = '{title}'")).await;
    let res = client.call("/api/voorstel-intrekken", &[("proposal", &id.to_string())]).await;
    assert!(res.status.is_success(), "{res:?}");
    id
}

async fn created_at(app: &TestApp, id: i64) -> i64 {
    app.count(&format!("SELECT created_at FROM proposals WHERE id = {id}")).await
}

async fn info(client: &mut Client) -> NewProposalInfo {
    client.call("/api/voorstel-nieuw-info", &[]).await.json()
}

/// `n` households in the test buurt with `members` residents each, named `{prefix} {h:02} {m}`;
/// returns per household its id and the ids of its residents.
async fn households(app: &TestApp, prefix: &str, n: usize, members: usize) -> Vec<(i64, Vec<i64>)> {
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE display_name = 'Jan'").fetch_one(&app.db).await.unwrap();
    let mut tx = begin_write(&app.db).await.unwrap();
    let mut out = Vec::new();
    for h in 0..n {
        let household = buurten::create_household(&mut tx, app.buurt, &format!("{prefix}straat {h}"), "").await.unwrap();
        let mut people = Vec::new();
        for m in 0..members {
            let name = DisplayName::parse(&format!("{prefix} {h:02} {m}")).unwrap();
            let new = accounts::NewUser { household_id: Some(household.0), name: &name, email: None, password_hash: &hash, age_band: None, language: Lang::Nl };
            let user = accounts::insert_user(&mut tx, new).await.unwrap();
            accounts::set_membership(&mut tx, user, app.buurt, Role::Resident).await.unwrap();
            people.push(user.0);
        }
        out.push((household.0, people));
    }
    tx.commit().await.unwrap();
    out
}

/// Signs in `{prefix} {h:02} {m}` from an address of its own.
async fn sign_in(app: &TestApp, prefix: &str, (h, m): (usize, usize)) -> Client {
    let mut client = app.client();
    client.ip = [10, 50, h as u8, m as u8];
    let name = format!("{prefix} {h:02} {m}");
    let res = client.call("/api/inloggen", &[("identifier", name.as_str()), ("password", PASSWORD)]).await;
    assert!(res.status.is_success(), "sign-in of {name} failed: {res:?}");
    client
}

/// A test app whose clock starts 40 days back: sessions end 30 days after their last use by the
/// real clock, so "30 days later" must still come before that.
async fn app_in_the_past() -> TestApp {
    let app = TestApp::new().await;
    app.clock.advance(-40 * DAY);
    app
}

#[tokio::test]
async fn withdrawing_does_not_free_a_new_proposal_for_30_days() {
    let app = app_in_the_past().await;
    let mut jan = app.signed_in("Jan").await;
    let fresh = info(&mut jan).await;
    assert_eq!((fresh.new_max_resident, fresh.new_left, fresh.new_left_household, fresh.next_at), (2, 2, Some(3), None));
    let first = propose_and_withdraw(&app, &mut jan, "Eerste idee").await;
    app.clock.advance(DAY);
    propose_and_withdraw(&app, &mut jan, "Tweede idee").await;
    app.clock.advance(DAY);

    // Nothing open, but two made in 30 days: the next one waits until the first turns 30 days old.
    let next = created_at(&app, first).await + WINDOW;
    let refused = submit(&mut jan, "Derde idee").await;
    assert_eq!(refused.status, 429);
    let error = refused.error();
    assert_eq!(error, AppError::Slow(SlowDown::ProposalsPerResident { max: 2, at: LocalMoment::at(next) }));
    let (day, time) = (app::time::day_label(next, Lang::Nl), app::time::local_parts(next).1);
    let message = error.message(Lang::Nl);
    assert!(message.contains(&format!("vanaf {day} om {time}")), "{message}");
    assert!(error.message(Lang::En).contains(&app::time::day_label(next, Lang::En)));
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 2);

    // The form says so before typing; the page too.
    let now = info(&mut jan).await;
    assert_eq!((now.open_mine, now.new_left, now.next_at.clone()), (0, 0, Some(LocalMoment::at(next))));
    let page = jan.get("/meedoen/nieuw", &[]).await.body;
    assert!(page.contains(&format!("U kunt weer een nieuw voorstel doen vanaf {day} om {time}.")), "{page}");

    // A second before the moment it is still no; at the moment it is yes.
    app.clock.advance(next - app.clock.now() - 1);
    assert!(matches!(submit(&mut jan, "Derde idee").await.error(), AppError::Slow(SlowDown::ProposalsPerResident { .. })));
    app.clock.advance(1);
    let res = submit(&mut jan, "Derde idee").await;
    assert!(res.status.is_success(), "{res:?}");
}

#[tokio::test]
async fn a_household_shares_its_new_proposals_and_may_again_after_30_days() {
    let app = app_in_the_past().await;
    let mut people = app.residents("Huisgenoot", 3).await;
    let mut first = None;
    for (i, c) in people.iter_mut().enumerate() {
        let id = propose_and_withdraw(&app, c, &format!("Idee {i}")).await;
        first.get_or_insert(id);
        app.clock.advance(3600);
    }
    // Each made one (of their two), but the household made its three.
    let next = created_at(&app, first.unwrap()).await + WINDOW;
    let mut jan = app.signed_in("Jan").await;
    for c in [&mut people[0], &mut jan] {
        let error = submit(c, "Nog een idee").await.error();
        assert_eq!(error, AppError::Slow(SlowDown::ProposalsPerHousehold { max: 3, at: LocalMoment::at(next) }));
        assert!(error.message(Lang::Nl).starts_with("Uw huishouden heeft in de afgelopen 30 dagen al 3 nieuwe voorstellen gedaan."));
    }
    let form = info(&mut jan).await;
    assert_eq!((form.new_left, form.new_left_household, form.next_at), (0, Some(0), Some(LocalMoment::at(next))));
    // Another household is not touched.
    let mut other = {
        households(&app, "Buren", 1, 1).await;
        sign_in(&app, "Buren", (0, 0)).await
    };
    assert!(submit(&mut other, "Idee van verderop").await.status.is_success());

    // 30 days later the oldest no longer counts.
    app.clock.advance(WINDOW);
    let form = info(&mut jan).await;
    assert_eq!((form.new_left, form.new_left_household, form.next_at), (2, Some(3), None));
    let page = jan.get("/meedoen/nieuw", &[]).await.body;
    assert!(page.contains("U kunt nu nog 2 nieuwe voorstellen doen.") && page.contains("Uw huishouden kan er samen nog 3 doen."), "{page}");
    assert!(submit(&mut jan, "Weer een idee").await.status.is_success());
    assert!(submit(&mut people[1], "Nog een idee").await.status.is_success());
    let form = info(&mut jan).await;
    assert_eq!((form.new_left, form.new_left_household), (1, Some(1)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_submissions_at_once_from_one_household_store_exactly_the_limit() {
    let app = TestApp::new().await;
    // Only the limit over time may refuse: the household may have many open at once.
    sqlx::query("INSERT INTO participation_settings (buurt_id, max_open_per_household) VALUES ($1, 20)")
        .bind(app.buurt.0)
        .execute(&app.db)
        .await
        .unwrap();
    households(&app, "Tegelijk", 1, 8).await;
    let mut clients = Vec::new();
    for m in 0..8 {
        clients.push(sign_in(&app, "Tegelijk", (0, m)).await);
    }
    let replies = futures::future::join_all(clients.iter_mut().enumerate().map(|(i, c)| async move {
        let title = format!("Tegelijk idee {i}");
        submit(c, &title).await
    }))
    .await;
    let stored = replies.iter().filter(|r| r.status.is_success()).count();
    for refused in replies.iter().filter(|r| !r.status.is_success()) {
        assert!(matches!(refused.error(), AppError::Slow(SlowDown::ProposalsPerHousehold { max: 3, .. })), "{refused:?}");
    }
    assert_eq!(stored, 3);
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 3);
}

/// The households of the first five proposals a visitor sees in the new group.
async fn top_five(client: &mut Client, household_of: &HashMap<i64, i64>) -> (Vec<i64>, Vec<i64>) {
    let list: ProposalList = client.call("/api/voorstellen", &[("kind", ""), ("show", "")]).await.json();
    let order: Vec<i64> = list.groups[0].proposals.iter().map(|c| c.id.0).collect();
    let top = order.iter().take(5).map(|id| household_of[id]).collect();
    (order, top)
}

/// Five busy households with 9 proposals each and fifteen with one.
async fn busy_buurt(app: &TestApp) -> (HashSet<i64>, HashMap<i64, i64>) {
    let now = app.clock.now();
    let mut busy = HashSet::new();
    let mut household_of = HashMap::new();
    for (h, (household, people)) in households(app, "Huis", 20, 1).await.into_iter().enumerate() {
        let n = if h < 5 { 9 } else { 1 };
        if n > 1 {
            busy.insert(household);
        }
        for i in 0..n {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO proposals (buurt_id, author_id, household_id, kind, title, description, created_at, updated_at) \
                 VALUES ($1, $2, $3, 'activiteit', $4, 'Een idee.', $5, $5) RETURNING id",
            )
            .bind(app.buurt.0)
            .bind(people[0])
            .bind(household)
            .bind(format!("Idee {h} {i}"))
            .bind(now - (h * 10 + i) as i64 * 60)
            .fetch_one(&app.db)
            .await
            .unwrap();
            household_of.insert(id, household);
        }
    }
    (busy, household_of)
}

#[tokio::test]
async fn households_take_turns_at_the_top_of_the_list() {
    let app = TestApp::new().await;
    // A fixed key, so this test sees the same orders on every run (the server makes a random one).
    sqlx::query("INSERT INTO app_secrets (name, value) VALUES ('list_order', '4565726c696a6b65207374656d3a2065656e20766173746520736c657574656c')")
        .execute(&app.db)
        .await
        .unwrap();
    let (busy, household_of) = busy_buurt(&app).await;
    let mut visitors = app.residents("Bezoeker", 50).await;
    let (mut fair, mut orders) = (0, Vec::new());
    for v in visitors.iter_mut() {
        let (order, top) = top_five(v, &household_of).await;
        assert_eq!(order.len(), 60);
        assert_eq!(top.iter().collect::<HashSet<_>>().len(), 5, "a household holds two of the top five: {top:?}");
        if top.iter().filter(|h| busy.contains(h)).count() <= 2 {
            fair += 1;
        }
        // The same order on a second load the same day.
        assert_eq!(top_five(v, &household_of).await.0, order);
        orders.push(order);
    }
    eprintln!("the 5 busy households held at most 2 of the top 5 places for {fair} of 50 visitors");
    assert!(fair >= 45, "only {fair} of 50 visitors saw at most 2 busy households in the top 5");
    assert!(orders.iter().collect::<HashSet<_>>().len() > 45, "visitors see different orders");
    // The busy households' later proposals come after every household had its first.
    for order in &orders {
        let firsts: HashSet<i64> = order[..20].iter().map(|id| household_of[id]).collect();
        assert_eq!(firsts.len(), 20);
    }
    // Another day, another order.
    app.clock.advance(DAY);
    let tomorrow = top_five(&mut visitors[0], &household_of).await.0;
    assert_ne!(tomorrow, orders[0]);
}

#[tokio::test]
async fn the_key_of_the_order_is_made_once_and_kept() {
    let app = TestApp::new().await;
    busy_buurt(&app).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM app_secrets").await, 0);
    let mut visitors = app.residents("Bezoeker", 4).await;
    let lists = futures::future::join_all(visitors.iter_mut().map(|v| v.call("/api/voorstellen", &[("kind", ""), ("show", "")]))).await;
    assert!(lists.iter().all(|l| l.status.is_success()));
    assert_eq!(app.count("SELECT COUNT(*) FROM app_secrets WHERE name = 'list_order' AND length(value) = 64").await, 1);
    let key: String = sqlx::query_scalar("SELECT value FROM app_secrets").fetch_one(&app.db).await.unwrap();
    assert!(key.bytes().all(|b| b.is_ascii_hexdigit()) && key != "0".repeat(64));
    let before: ProposalList = lists[0].json();
    let again: ProposalList = visitors[0].call("/api/voorstellen", &[("kind", ""), ("show", "")]).await.json();
    assert_eq!(before, again);
    assert_eq!(sqlx::query_scalar::<_, String>("SELECT value FROM app_secrets").fetch_one(&app.db).await.unwrap(), key);
    // Another key gives another order: the order depends on the secret, not only on who looks.
    sqlx::query("UPDATE app_secrets SET value = $1").bind("ab".repeat(32)).execute(&app.db).await.unwrap();
    let other: ProposalList = visitors[0].call("/api/voorstellen", &[("kind", ""), ("show", "")]).await.json();
    assert_ne!(before, other);
}
