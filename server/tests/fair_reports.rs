//! Reports that a group cannot abuse, through the real router: households that reported two
//! items together count as one reporter, a household reports at most a few items a day (also
//! at once), what reports hid is first in the commissie's queue and its author is told, and
//! it comes back by itself after 72 hours without a decision.

mod common;

use app::comments::model::{ReportedItem, Shown, SlowDown, Thread};
use app::error::AppError;
use app::i18n::Lang;
use app::proposals::model::ProposalDetail;
use common::{Client, TestApp};

/// A proposal by Jan in the test buurt, written straight into the database.
async fn proposal(app: &TestApp, title: &str) -> i64 {
    let jan = app.user_id("Jan").await;
    sqlx::query_scalar(
        "INSERT INTO proposals (buurt_id, kind, title, description, author_id, household_id, created_at, updated_at) \
         VALUES ($1, 'initiatief', $2, 'Een bankje bij de ingang.', $3, $4, 1, 1) RETURNING id",
    )
    .bind(app.buurt.0)
    .bind(title)
    .bind(jan)
    .bind(app.household.0)
    .fetch_one(&app.db)
    .await
    .unwrap()
}

/// The report limits of the test buurt, and no slow mode for comments.
async fn limits(app: &TestApp, threshold: i64, per_day: i64) {
    sqlx::query(
        "INSERT INTO participation_settings (buurt_id, comment_interval_seconds, comments_per_day, consecutive_replies, report_threshold, \
         reports_per_household_day) VALUES ($1, 0, 500, 50, $2, $3) ON CONFLICT (buurt_id) DO UPDATE SET comment_interval_seconds = 0, \
         comments_per_day = 500, consecutive_replies = 50, report_threshold = $2, reports_per_household_day = $3",
    )
    .bind(app.buurt.0)
    .bind(threshold)
    .bind(per_day)
    .execute(&app.db)
    .await
    .unwrap();
}

/// Moves residents (by display name) into one new household of the test buurt.
async fn new_household(app: &TestApp, names: &[String]) {
    let mut tx = app::db::begin_write(&app.db).await.unwrap();
    let h = app::neighbourhood::store::create_household(&mut tx, app.buurt, &format!("Straat {}", names[0]), "B").await.unwrap();
    tx.commit().await.unwrap();
    for name in names {
        sqlx::query("UPDATE users SET household_id = $1 WHERE display_name = $2").bind(h.0).bind(name).execute(&app.db).await.unwrap();
    }
}

/// `n` signed-in residents, each in a household of their own.
async fn separate(app: &TestApp, prefix: &str, n: usize) -> Vec<Client> {
    let clients = app.residents(prefix, n).await;
    for i in 0..n {
        new_household(app, &[format!("{prefix} {i:02}")]).await;
    }
    clients
}

/// `n` signed-in residents who share one new household.
async fn one_household(app: &TestApp, prefix: &str, n: usize) -> Vec<Client> {
    let clients = app.residents(prefix, n).await;
    new_household(app, &(0..n).map(|i| format!("{prefix} {i:02}")).collect::<Vec<_>>()).await;
    clients
}

async fn report(c: &mut Client, kind: &str, id: i64) -> common::Reply {
    c.call("/api/melden", &[("kind", kind), ("id", &id.to_string()), ("reason", "kwetsend"), ("note", "")]).await
}

async fn all_report(clients: &mut [Client], kind: &str, id: i64) {
    for c in clients.iter_mut() {
        let res = report(c, kind, id).await;
        assert!(res.status.is_success(), "{res:?}");
    }
}

async fn hidden(app: &TestApp, table: &str, id: i64) -> bool {
    app.count(&format!("SELECT COUNT(*) FROM {table} WHERE id = {id} AND hidden_at IS NOT NULL")).await == 1
}

async fn reported(c: &mut Client) -> Vec<ReportedItem> {
    c.call("/api/gemeld", &[]).await.json()
}

async fn detail(c: &mut Client, id: i64) -> common::Reply {
    c.call("/api/voorstel", &[("id", &id.to_string())]).await
}

async fn thread(c: &mut Client, p: i64) -> Thread {
    c.call("/api/reacties", &[("proposal", &p.to_string())]).await.json::<Option<Thread>>().expect("signed in")
}

#[tokio::test]
async fn households_that_report_together_hide_two_items_and_then_nothing() {
    let app = TestApp::new().await;
    limits(&app, 3, 5).await;
    let [x, y, z, w, v] = [proposal(&app, "X").await, proposal(&app, "Y").await, proposal(&app, "Z").await, proposal(&app, "W").await, proposal(&app, "V").await];
    let mut loud = separate(&app, "Luid", 5).await;

    // X: five households that never reported together: hidden at the third.
    for (i, c) in loud.iter_mut().enumerate() {
        assert!(report(c, "voorstel", x).await.status.is_success());
        assert_eq!(hidden(&app, "proposals", x).await, i >= 2, "after {} reports", i + 1);
    }
    // Y: before it they reported one item together (X), fewer than two: still five reporters.
    all_report(&mut loud, "voorstel", y).await;
    assert!(hidden(&app, "proposals", y).await);
    // Z and W: they reported two items together (X and Y): the five count as one reporter.
    all_report(&mut loud, "voorstel", z).await;
    all_report(&mut loud, "voorstel", w).await;
    assert!(!hidden(&app, "proposals", z).await && !hidden(&app, "proposals", w).await);
    assert_eq!(app.count("SELECT COUNT(*) FROM moderation_log WHERE actor_role = 'meldingen'").await, 2);

    // Three ordinary households still hide an item.
    let mut ordinary = separate(&app, "Gewoon", 3).await;
    all_report(&mut ordinary, "voorstel", v).await;
    assert!(hidden(&app, "proposals", v).await);
    // The group and one more household are two reporters, below the threshold of 3; a second
    // ordinary household makes three.
    assert!(report(&mut ordinary[0], "voorstel", z).await.status.is_success());
    assert!(!hidden(&app, "proposals", z).await);
    assert!(report(&mut ordinary[1], "voorstel", z).await.status.is_success());
    assert!(hidden(&app, "proposals", z).await);
}

#[tokio::test]
async fn the_sixth_report_of_a_household_in_a_day_is_refused_with_when() {
    let app = TestApp::new().await;
    limits(&app, 3, 5).await;
    let mut items = Vec::new();
    for i in 0..7 {
        items.push(proposal(&app, &format!("Voorstel {i}")).await);
    }
    let mut home = one_household(&app, "Thuis", 2).await;
    let first_at = app.clock.now();
    for (i, id) in items.iter().take(3).enumerate() {
        assert!(report(&mut home[0], "voorstel", *id).await.status.is_success(), "report {i}");
        app.clock.advance(600);
    }
    // The same person again on the same item changes nothing and does not count.
    assert!(report(&mut home[0], "voorstel", items[0]).await.status.is_success());
    // The other member of the household shares the cap.
    for id in &items[3..5] {
        assert!(report(&mut home[1], "voorstel", *id).await.status.is_success());
    }
    let refused = report(&mut home[1], "voorstel", items[5]).await.error();
    let AppError::Slow(SlowDown::ReportsPerDay { max: 5, at }) = refused.clone() else { panic!("{refused:?}") };
    // Possible again when the first of the five is 24 hours old: tomorrow, at that clock time.
    let again = first_at + 24 * 3600;
    let label = format!("{} {}", app::time::day_label(again, Lang::Nl), app::time::local_parts(again).1);
    assert_eq!(at.label(Lang::Nl), label);
    let message = refused.message(Lang::Nl);
    assert!(message.starts_with("Uw huishouden heeft in 24 uur al 5 meldingen gedaan.") && message.ends_with(&format!("vanaf {label}.")), "{message}");
    assert_eq!(app.count("SELECT COUNT(*) FROM reports").await, 5);

    // Another household is not limited by this one.
    let mut other = separate(&app, "Ander", 1).await;
    assert!(report(&mut other[0], "voorstel", items[5]).await.status.is_success());
    // A minute before the first report is 24 hours old: still refused; at that moment: allowed.
    app.clock.advance(again - app.clock.now() - 60);
    assert!(matches!(report(&mut home[0], "voorstel", items[6]).await.error(), AppError::Slow(SlowDown::ReportsPerDay { .. })));
    app.clock.advance(60);
    assert!(report(&mut home[0], "voorstel", items[6]).await.status.is_success());
}

#[tokio::test]
async fn concurrent_reports_of_one_household_never_pass_the_cap() {
    let app = TestApp::new().await;
    limits(&app, 50, 5).await;
    let mut items = Vec::new();
    for i in 0..12 {
        items.push(proposal(&app, &format!("Voorstel {i}")).await);
    }
    let home = one_household(&app, "Samen", 4).await;
    let attempts = items.iter().enumerate().map(|(i, id)| {
        let mut c = home[i % home.len()].clone();
        let id = *id;
        async move {
            let res = report(&mut c, "voorstel", id).await;
            if res.status.is_success() { Ok(()) } else { Err(res.error()) }
        }
    });
    let (mut stored, mut refused) = (0, 0);
    for res in futures::future::join_all(attempts).await {
        match res {
            Ok(()) => stored += 1,
            Err(AppError::Slow(SlowDown::ReportsPerDay { max: 5, .. })) => refused += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((stored, refused), (5, 7));
    assert_eq!(app.count("SELECT COUNT(*) FROM reports").await, 5);
}

#[tokio::test]
async fn what_reports_hid_is_first_in_the_queue_and_its_author_is_told() {
    let app = TestApp::new().await;
    limits(&app, 3, 5).await;
    let early = proposal(&app, "Eerder gemeld").await;
    let x = proposal(&app, "Bankje").await;
    let mut neighbours = separate(&app, "Buur", 3).await;
    // One report on `early` (not hidden), then three households hide X.
    assert!(report(&mut neighbours[0], "voorstel", early).await.status.is_success());
    app.clock.advance(60);
    all_report(&mut neighbours, "voorstel", x).await;
    assert!(hidden(&app, "proposals", x).await);

    let mut kees = app.signed_in("Kees").await;
    let items = reported(&mut kees).await;
    assert_eq!(items.iter().map(|i| i.id).collect::<Vec<_>>(), [x, early], "the hidden item first");
    let since = format!("{} {}", app::time::day_label(app.clock.now(), Lang::Nl), app::time::local_parts(app.clock.now()).1);
    assert_eq!(items[0].held_since.as_deref(), Some(since.as_str()));
    assert_eq!(items[1].held_since, None);

    // Its author sees that the commissie looks at it, and since when.
    let mut jan = app.signed_in("Jan").await;
    let mine: ProposalDetail = detail(&mut jan, x).await.json();
    assert_eq!(mine.held_since.as_deref(), Some(since.as_str()));
    // The commissie sees what it saw before (the reason), without the author's notice; other
    // residents do not see the proposal at all.
    let theirs: ProposalDetail = detail(&mut kees, x).await.json();
    assert!(theirs.held_since.is_none() && theirs.hidden_reason.is_some());
    assert_eq!(detail(&mut neighbours[0], x).await.error(), AppError::NotFound);
    // On a visible proposal nothing is said.
    let open: ProposalDetail = detail(&mut jan, early).await.json();
    assert!(open.held_since.is_none() && open.hidden_reason.is_none());

    // A comment by Jan hidden by reports: Jan is told since when, the others are not.
    let res = jan.call("/api/reactie-plaatsen", &[("proposal", &early.to_string()), ("parent", ""), ("body", "Wat een onzin")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let comment = app.count("SELECT MAX(id) FROM comments").await;
    all_report(&mut neighbours, "reactie", comment).await;
    assert!(hidden(&app, "comments", comment).await);
    let t = thread(&mut jan, early).await;
    assert!(matches!(t.comments[0].shown, Shown::Hidden { by_reports: true, .. }));
    assert_eq!(t.comments[0].held_since.as_deref(), Some(since.as_str()));
    let t = thread(&mut neighbours[0], early).await;
    assert!(matches!(t.comments[0].shown, Shown::Hidden { by_reports: true, .. }) && t.comments[0].held_since.is_none());
    let t = thread(&mut kees, early).await;
    assert!(t.comments[0].held_since.is_none());
    let items = reported(&mut kees).await;
    assert_eq!(items.iter().map(|i| i.id).collect::<Vec<_>>(), [x, comment, early]);
}

#[tokio::test]
async fn after_72_hours_without_a_decision_it_comes_back_by_itself() {
    let app = TestApp::new().await;
    limits(&app, 3, 5).await;
    let x = proposal(&app, "Bankje").await;
    let y = proposal(&app, "Tuin").await;
    let mut first = separate(&app, "Eerst", 3).await;
    all_report(&mut first, "voorstel", x).await;
    all_report(&mut first, "voorstel", y).await;
    assert!(hidden(&app, "proposals", x).await && hidden(&app, "proposals", y).await);
    // The commissie decides on Y within the 72 hours: it stays hidden, the job leaves it alone.
    let mut kees = app.signed_in("Kees").await;
    let res = kees.call("/api/modereren", &[("kind", "voorstel"), ("id", &y.to_string()), ("decision", "verbergen"), ("reason", "Scheldwoorden")]).await;
    assert!(res.status.is_success(), "{res:?}");

    // A page view does not bring it back, nor a tick before the 72 hours are over.
    app.clock.advance(72 * 3600 - 1);
    let mut jan = app.signed_in("Jan").await;
    let _ = detail(&mut jan, x).await;
    app::jobs::run_once(&app.db, app.clock.now()).await;
    assert!(hidden(&app, "proposals", x).await);

    // Two ticks at once (two servers): it comes back once, with one log entry.
    app.clock.advance(1);
    let log = app.count("SELECT COUNT(*) FROM moderation_log").await;
    let now = app.clock.now();
    futures::future::join(app::jobs::run_once(&app.db, now), app::jobs::run_once(&app.db, now)).await;
    assert!(!hidden(&app, "proposals", x).await, "back after 72 hours");
    assert_eq!(app.count("SELECT COUNT(*) FROM moderation_log").await, log + 1);
    assert!(hidden(&app, "proposals", y).await, "the commissie's decision stays");
    let (role, action, reason): (String, String, String) =
        sqlx::query_as("SELECT actor_role, action, reason FROM moderation_log WHERE target_id = $1 AND target_kind = 'voorstel' ORDER BY id DESC LIMIT 1")
            .bind(x)
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!((role.as_str(), action.as_str(), reason.as_str()), ("meldingen", "terugzetten", "Na 72 uur zonder besluit weer zichtbaar"));
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM reports WHERE target_id = {x} AND outcome = 'vanzelf_terug' AND resolved_at IS NOT NULL")).await, 3);
    let visible: ProposalDetail = detail(&mut first[0], x).await.json();
    assert!(visible.hidden_reason.is_none());
    assert!(reported(&mut kees).await.is_empty(), "nothing open any more");

    // Running the job again changes nothing more.
    let log = app.count("SELECT COUNT(*) FROM moderation_log").await;
    app::jobs::run_once(&app.db, app.clock.now()).await;
    app.clock.advance(3600);
    app::jobs::run_once(&app.db, app.clock.now()).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM moderation_log").await, log);
    assert!(!hidden(&app, "proposals", x).await && hidden(&app, "proposals", y).await);

    // The same reports cannot hide it again; new reports from new households can.
    all_report(&mut first, "voorstel", x).await;
    assert!(!hidden(&app, "proposals", x).await);
    let mut new = separate(&app, "Nieuw", 3).await;
    all_report(&mut new[..2], "voorstel", x).await;
    assert!(!hidden(&app, "proposals", x).await);
    assert!(report(&mut new[2], "voorstel", x).await.status.is_success());
    assert!(hidden(&app, "proposals", x).await);
}
