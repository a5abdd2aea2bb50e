//! The guarantees under concurrency with two app instances on one PostgreSQL database: two
//! routers, each with its own pool, take the requests in turn. 200 overlapping reservations
//! of one room confirm exactly one; 50 sign-ups for 10 places give 10 places and a waiting
//! list of 40 in order; 100 ballots at once by one resident never go over the budget. And the
//! exclusion constraint refuses overlapping confirmed reservations in the database itself.
//! Only with `TEST_BACKEND=postgres` (on SQLite one instance is the whole story, and the
//! same scenarios run in rooms.rs, agenda.rs and voting.rs).

mod common;

use app::agenda::model::{ActivityView, SignupStatus};
use app::error::{AppError, Problem};
use app::rooms::model::{Limit, ReservationStatus};
use axum::Router;
use common::{Client, TestApp, days_from_today};

/// Skips the test (with a note) unless this run tests PostgreSQL.
fn skip_unless_postgres() -> bool {
    if common::backend::postgres() {
        return false;
    }
    eprintln!("skipped: set TEST_BACKEND=postgres to run the two-instance concurrency tests");
    true
}

/// The test app and a second instance on its database.
async fn two_instances() -> (TestApp, Router) {
    let app = TestApp::new().await;
    let second = app.second_instance().await;
    (app, second)
}

/// Every other client moves to the second instance (their session is in the database).
fn spread(app: &TestApp, second: &Router, clients: Vec<Client>) -> Vec<Client> {
    clients.into_iter().enumerate().map(|(i, c)| if i % 2 == 1 { app.client_on(second, &c) } else { c }).collect()
}

/// A room of the buurt where only overlap decides: no approval, a generous quota.
async fn open_room(app: &TestApp) -> i64 {
    let mut staff = app.signed_in("Anja").await;
    let buurt = app.buurt.0.to_string();
    let mut form: Vec<(String, String)> = [
        ("buurt", buurt.as_str()),
        ("room", "0"),
        ("name", "Ontmoetingsruimte"),
        ("description", "De huiskamer van de buurt."),
        ("capacity", "40"),
        ("accessibility", "Drempelvrij"),
        ("slot_minutes", "30"),
        ("min_hours", "1"),
        ("max_hours", "4"),
        ("ahead_days", "56"),
        ("lead_hours", "24"),
        ("approval_over_hours", ""),
        ("approval_after", ""),
        ("quota_hours", "744"),
        ("quota_future", "100"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for d in 1..=7 {
        let (open, close) = if d < 7 { ("09:00", "22:00") } else { ("", "") };
        form.push((format!("opens_{d}"), open.into()));
        form.push((format!("closes_{d}"), close.into()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = staff.call("/api/ruimte-instellingen", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    app.count("SELECT MAX(id) FROM rooms").await
}

/// A weekday at least three days ahead (the room is open then).
fn weekday_ahead() -> String {
    let mut day: jiff::civil::Date = days_from_today(3).parse().unwrap();
    while day.weekday().to_monday_one_offset() > 5 {
        day = day.tomorrow().unwrap();
    }
    day.to_string()
}

#[tokio::test]
async fn two_hundred_overlapping_reservations_on_two_instances_confirm_exactly_one() {
    if skip_unless_postgres() {
        return;
    }
    let (app, second) = two_instances().await;
    let room = open_room(&app).await.to_string();
    let date = weekday_ahead();
    let residents = spread(&app, &second, app.residents("Buur", 20).await);
    let mut tasks = Vec::new();
    for (n, client) in residents.into_iter().enumerate() {
        for k in 0..10 {
            let (mut c, room, date, i) = (client.clone(), room.clone(), date.clone(), n * 10 + k);
            // Every time contains 11:00–11:30: they all overlap each other.
            let from = ["09:00", "09:30", "10:00", "10:30"][i % 4];
            let to = ["11:30", "12:00", "12:30"][i % 3];
            let purpose = format!("Aanvraag {i}");
            tasks.push(tokio::spawn(async move {
                let form = [("room", room.as_str()), ("date", &date), ("from", from), ("to", to), ("purpose", &purpose), ("access", "open"), ("people", "6")];
                c.call("/api/ruimte-reserveren", &form).await
            }));
        }
    }
    let (mut confirmed, mut taken) = (0, 0);
    for t in tasks {
        let res = t.await.unwrap();
        if res.status.is_success() {
            assert_eq!(res.json::<ReservationStatus>(), ReservationStatus::Confirmed);
            confirmed += 1;
        } else {
            assert!(matches!(res.error(), AppError::Limit(Limit::Taken { .. })), "{res:?}");
            taken += 1;
        }
    }
    assert_eq!((confirmed, taken), (1, 199));
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations").await, 1);
}

#[tokio::test]
async fn fifty_sign_ups_on_two_instances_for_ten_places() {
    if skip_unless_postgres() {
        return;
    }
    let (app, second) = two_instances().await;
    let mut staff = app.signed_in("Samira").await;
    assert!(staff.publish(app.buurt.0, &[("title", "Koffieochtend"), ("capacity", "10")]).await.status.is_success());
    let id = app.count("SELECT id FROM activities WHERE title = 'Koffieochtend'").await.to_string();
    let clients = spread(&app, &second, app.residents("Buur", 50).await);
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|mut c| {
            let id = id.clone();
            tokio::spawn(async move {
                let res = c.call("/api/aanmelden-activiteit", &[("activity", id.as_str())]).await;
                assert!(res.status.is_success(), "{res:?}");
                c
            })
        })
        .collect();
    let mut clients = Vec::new();
    for t in tasks {
        clients.push(t.await.unwrap());
    }
    let count = |status: &str| format!("SELECT COUNT(*) FROM activity_signups WHERE activity_id = {id} AND status = '{status}'");
    assert_eq!((app.count(&count("aangemeld")).await, app.count(&count("wachtlijst")).await), (10, 40));
    // The places went to the first ten to arrive: no waiting-list row is older than a place.
    let last_place = app.count(&format!("SELECT MAX(id) FROM activity_signups WHERE activity_id = {id} AND status = 'aangemeld'")).await;
    let first_wait = app.count(&format!("SELECT MIN(id) FROM activity_signups WHERE activity_id = {id} AND status = 'wachtlijst'")).await;
    assert!(last_place < first_wait);
    // Each one on the waiting list sees their own place in it, 1 to 40, on either instance.
    let mut places = Vec::new();
    for mut c in clients {
        let me: ActivityView = c.call("/api/activiteit", &[("id", id.as_str())]).await.json();
        if let Some(SignupStatus::Waiting(n)) = me.my_status {
            places.push(n);
        }
    }
    places.sort_unstable();
    assert_eq!(places, (1..=40).collect::<Vec<_>>());
}

#[tokio::test]
async fn a_hundred_ballots_at_once_on_two_instances_never_exceed_the_budget() {
    if skip_unless_postgres() {
        return;
    }
    let (app, second) = two_instances().await;
    let mut ids = Vec::new();
    for title in ["Bankje", "Moestuin", "Speeltoestel"] {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO proposals (buurt_id, kind, title, description, status, created_at, updated_at) \
             VALUES ($1, 'initiatief', $2, 'Een plan voor de buurt.', 'geaccepteerd', 1, 1) RETURNING id",
        )
        .bind(app.buurt.0)
        .bind(title)
        .fetch_one(&app.db)
        .await
        .unwrap();
        ids.push(id);
    }
    let mut kees = app.signed_in("Kees").await;
    let buurt = app.buurt.0.to_string();
    let (start, end) = (days_from_today(0), days_from_today(7));
    let mut form = vec![
        ("buurt", buurt.as_str()), ("title", "Buurtbudget"), ("description", "Kies mee."), ("start_date", &start),
        ("start_time", "00:00"), ("end_date", &end), ("end_time", "20:00"), ("vote_budget", "5"), ("max_per_option", "2"),
        ("min_age", ""), ("money", ""), ("winners", "1"),
    ];
    let keys: Vec<(String, String)> = ids.iter().map(|id| (format!("opties[{id}]"), format!("kosten[{id}]"))).collect();
    for (check, cost) in &keys {
        form.push((check, "ja"));
        form.push((cost, ""));
    }
    assert!(kees.call("/api/stemronde-nieuw", &form).await.status.is_success());
    let round = app.count("SELECT MAX(id) FROM vote_rounds").await;
    // Jan on four devices, two on each instance.
    let mut devices = Vec::new();
    for _ in 0..4 {
        devices.push(app.signed_in("Jan").await);
    }
    let devices = spread(&app, &second, devices);
    let ballots: Vec<[i64; 3]> = (0..100)
        .map(|i| match i {
            i if i % 7 == 0 => [3, 0, 0],
            i if i % 3 == 0 => [2, 2, 2],
            i => [(i % 3) as i64, ((i / 3) % 3).min(2) as i64, (i % 2) as i64],
        })
        .collect();
    let tasks: Vec<_> = ballots
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let mut c = devices[i % 4].clone();
            let fields: Vec<(String, String)> = ids.iter().zip(b).map(|(id, n)| (format!("stemmen[{id}]"), n.to_string())).collect();
            tokio::spawn(async move {
                let round = round.to_string();
                let mut form: Vec<(&str, &str)> = vec![("round", &round)];
                form.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
                let res = c.call("/api/stemmen", &form).await;
                if res.status.is_success() { Ok(()) } else { Err(res.error()) }
            })
        })
        .collect();
    let (mut ok, mut over_budget, mut over_max) = (0, 0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(()) => ok += 1,
            Err(AppError::Invalid(Problem::VoteOverBudget)) => over_budget += 1,
            Err(AppError::Invalid(Problem::VoteOverMax)) => over_max += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    let expected_max = ballots.iter().filter(|b| b[0] == 3).count();
    let expected_budget = ballots.iter().filter(|b| b[0] != 3 && b.iter().sum::<i64>() > 5).count();
    assert_eq!((over_max, over_budget, ok), (expected_max, expected_budget, 100 - expected_max - expected_budget));
    let total = app.count(&format!("SELECT CAST(COALESCE(SUM(votes), 0) AS BIGINT) FROM ballot_votes WHERE round_id = {round}")).await;
    let most = app.count(&format!("SELECT COALESCE(MAX(votes), 0) FROM ballot_votes WHERE round_id = {round}")).await;
    assert!(total <= 5 && most <= 2, "total {total}, most on one {most}");
    assert_eq!(app.count(&format!("SELECT COUNT(DISTINCT ballot) FROM ballot_votes WHERE round_id = {round}")).await, 1);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM round_voters WHERE round_id = {round}")).await, 1);
}

#[tokio::test]
async fn the_database_itself_refuses_overlapping_confirmed_reservations() {
    if skip_unless_postgres() {
        return;
    }
    let app = TestApp::new().await;
    let room = open_room(&app).await;
    let jan = app.user_id("Jan").await;
    let insert = |start: i64, end: i64, status: &'static str| {
        sqlx::query(
            "INSERT INTO reservations (room_id, user_id, purpose, starts_at, ends_at, status, kind, created_at) \
             VALUES ($1, $2, 'Koffie', $3, $4, $5, 'bewoner', 1)",
        )
        .bind(room)
        .bind(jan)
        .bind(start)
        .bind(end)
        .bind(status)
        .execute(&app.db)
    };
    insert(10_000, 20_000, "bevestigd").await.unwrap();
    let refused = insert(15_000, 25_000, "bevestigd").await.unwrap_err();
    assert_eq!(refused.as_database_error().and_then(|e| e.code()).as_deref(), Some("23P01"));
    assert!(app::db::is_conflict(&refused), "the write runs again and then refuses as the app does");
    // One may start when the other ends; a request waiting for approval does not hold the room.
    insert(20_000, 30_000, "bevestigd").await.unwrap();
    insert(15_000, 25_000, "in_afwachting").await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations").await, 3);
}
