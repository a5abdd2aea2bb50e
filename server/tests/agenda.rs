//! The agenda through the real router: publishing, capacity under concurrency, the waiting
//! list in arrival order, promotion on withdrawal, and refusals.

mod common;

use app::agenda::model::{ActivityView, SignupStatus};
use app::error::{AppError, Problem};
use common::TestApp;

use common::tomorrow;

async fn publish(staff: &mut common::Client, buurt: i64, title: &str, capacity: &str) -> common::Reply {
    staff.publish(buurt, &[("title", title), ("capacity", capacity)]).await
}

async fn activity_id(app: &TestApp, title: &str) -> i64 {
    app.count(&format!("SELECT id FROM activities WHERE title = '{title}'")).await
}

/// Adds `n` residents to the test household's buurt and returns signed-in clients.
async fn residents(app: &TestApp, n: usize) -> Vec<common::Client> {
    use app::accounts::model::{DisplayName, Role};
    use app::accounts::store as accounts;
    let hash: String = sqlx::query_scalar("SELECT password_hash FROM users WHERE display_name = 'Jan'")
        .fetch_one(&app.db)
        .await
        .unwrap();
    let mut tx = app::db::begin_write(&app.db).await.unwrap();
    for i in 0..n {
        let name = DisplayName::parse(&format!("Buur {i:02}")).unwrap();
        let user = accounts::insert_user(
            &mut tx,
            accounts::NewUser {
                household_id: Some(app.household.0),
                name: &name,
                email: None,
                password_hash: &hash,
                age_band: None,
                language: app::i18n::Lang::Nl,
            },
        )
        .await
        .unwrap();
        accounts::set_membership(&mut tx, user, app.buurt, Role::Resident).await.unwrap();
    }
    tx.commit().await.unwrap();
    let mut clients = Vec::new();
    for i in 0..n {
        let mut c = app.client();
        c.ip = [10, 20, (i / 200) as u8, (i % 200) as u8];
        let res = c.call("/api/inloggen", &[("identifier", &format!("Buur {i:02}")), ("password", common::PASSWORD)]).await;
        assert!(res.status.is_success(), "{res:?}");
        clients.push(c);
    }
    clients
}

#[tokio::test]
async fn fifty_at_once_for_ten_places() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    assert!(publish(&mut staff, app.buurt.0, "Koffieochtend", "10").await.status.is_success());
    let id = activity_id(&app, "Koffieochtend").await.to_string();
    let clients = residents(&app, 50).await;

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
    let signed = app.count(&format!("SELECT COUNT(*) FROM activity_signups WHERE activity_id = {id} AND status = 'aangemeld'")).await;
    let waiting = app.count(&format!("SELECT COUNT(*) FROM activity_signups WHERE activity_id = {id} AND status = 'wachtlijst'")).await;
    assert_eq!((signed, waiting), (10, 40));
    // The first ten to arrive hold the places: no waiting-list row is older than a place.
    let last_place = app.count(&format!("SELECT MAX(id) FROM activity_signups WHERE activity_id = {id} AND status = 'aangemeld'")).await;
    let first_wait = app.count(&format!("SELECT MIN(id) FROM activity_signups WHERE activity_id = {id} AND status = 'wachtlijst'")).await;
    assert!(last_place < first_wait);

    // Signing up twice changes nothing.
    let again = clients[0].call("/api/aanmelden-activiteit", &[("activity", id.as_str())]).await;
    assert!(again.status.is_success());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM activity_signups WHERE activity_id = {id}")).await, 50);

    // Who is first on the waiting list, and who holds a place?
    let first_waiting_user = app
        .count(&format!("SELECT user_id FROM activity_signups WHERE activity_id = {id} AND status = 'wachtlijst' ORDER BY id LIMIT 1"))
        .await;
    let holder_user = app
        .count(&format!("SELECT user_id FROM activity_signups WHERE activity_id = {id} AND status = 'aangemeld' ORDER BY id LIMIT 1"))
        .await;
    let mut holder = None;
    let mut first = None;
    for mut c in clients {
        let me: ActivityView = c.call("/api/activiteit", &[("id", id.as_str())]).await.json();
        match me.my_status {
            Some(SignupStatus::SignedUp) if holder.is_none() => holder = Some(c),
            Some(SignupStatus::Waiting(1)) => first = Some(c),
            _ => {}
        }
    }
    let (mut holder, mut first) = (holder.unwrap(), first.unwrap());
    let _ = holder_user;

    // A place frees: the first on the waiting list moves up and is told.
    assert!(holder.call("/api/afmelden-activiteit", &[("activity", id.as_str())]).await.status.is_success());
    let me: ActivityView = first.call("/api/activiteit", &[("id", id.as_str())]).await.json();
    assert_eq!(me.my_status, Some(SignupStatus::SignedUp));
    assert_eq!((me.signed_up, me.waiting), (10, 39));
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {first_waiting_user} AND message_key = 'note-promoted'")).await,
        1
    );
    let mine: Vec<ActivityView> = first.call("/api/mijn-agenda", &[]).await.json();
    assert_eq!(mine.len(), 1);
}

#[tokio::test]
async fn publishing_is_for_staff_and_checks_input() {
    let app = TestApp::new().await;
    let mut resident = app.signed_in("Jan").await;
    let mut anonymous = app.client();
    let mut foreign = app.signed_in("Olaf").await;
    assert_eq!(publish(&mut resident, app.buurt.0, "Van een bewoner", "").await.error(), AppError::Forbidden);
    assert_eq!(publish(&mut anonymous, app.buurt.0, "Anoniem", "").await.error(), AppError::NotSignedIn);
    assert_eq!(publish(&mut foreign, app.buurt.0, "Andere buurt", "").await.error(), AppError::Forbidden);

    let mut staff = app.signed_in("Samira").await;
    let long = "x".repeat(5000);
    for (title, capacity, problem) in [
        (long.as_str(), "", Problem::TextTooLong),
        ("", "", Problem::TextEmpty),
        ("Nul plekken", "0", Problem::CapacityInvalid),
        ("Min plekken", "-3", Problem::CapacityInvalid),
    ] {
        let error = publish(&mut staff, app.buurt.0, title, capacity).await.error();
        let field = if problem == Problem::CapacityInvalid { "capacity" } else { "title" };
        assert_eq!(error, AppError::InvalidField(problem, field.into()));
    }
    let bad_times = [
        ("1900-01-01", "10:00", "11:00", Problem::StartInPast),
        (tomorrow().as_str(), "11:00", "10:00", Problem::EndBeforeStart),
        ("2026-02-30", "10:00", "11:00", Problem::DateInvalid),
    ]
    .map(|(d, s, e, p)| (d.to_string(), s, e, p));
    for (date, start, end, problem) in bad_times {
        let res = staff
            .publish(app.buurt.0, &[("title", "Tijdreis"), ("date", &date), ("start_time", start), ("end_time", end)])
            .await;
        assert_eq!(res.error(), AppError::Invalid(problem), "{date} {start}-{end}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM activities").await, 0, "nothing stored");

    // Markup is stored and shown as text.
    assert!(publish(&mut staff, app.buurt.0, "<script>alert(1)</script>", "").await.status.is_success());
    let id = app.count("SELECT id FROM activities").await;
    let page = staff.get(&format!("/agenda/{id}"), &[]).await;
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.body.contains("<script>alert(1)"), "no script tag anywhere, the title included");
    // A title that tries to leave the <title> element stays text too.
    assert!(publish(&mut staff, app.buurt.0, "</title><img src=x onerror=alert(2)>", "").await.status.is_success());
    let id2 = app.count("SELECT MAX(id) FROM activities").await;
    let page = staff.get(&format!("/agenda/{id2}"), &[]).await;
    assert!(!page.body.contains("<img src=x"), "escaped everywhere");
    assert!(page.body.contains(r#"<a href="https://example.nl/koffie" rel="nofollow noopener">"#), "links are clickable");

    // Residents of another buurt neither see it nor sign up.
    let id = id.to_string();
    assert_eq!(foreign.call("/api/activiteit", &[("id", &id)]).await.error(), AppError::NotFound);
    assert_eq!(foreign.call("/api/aanmelden-activiteit", &[("activity", &id)]).await.error(), AppError::NotFound);
    assert_eq!(anonymous.call("/api/aanmelden-activiteit", &[("activity", &id)]).await.error(), AppError::NotSignedIn);
}

#[tokio::test]
async fn staff_cancel_with_a_reason_and_see_participants() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    assert!(publish(&mut staff, app.buurt.0, "Bingo", "1").await.status.is_success());
    let id = activity_id(&app, "Bingo").await.to_string();
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &id)]).await.status.is_success());
    assert!(kees.call("/api/aanmelden-activiteit", &[("activity", &id)]).await.status.is_success());

    // Only staff see participants (with household labels) and cancel.
    assert_eq!(jan.call("/api/activiteit-deelnemers", &[("activity", &id)]).await.error(), AppError::Forbidden);
    assert_eq!(
        jan.call("/api/activiteit-afgelasten", &[("activity", &id), ("reason", "Ik heb geen zin")]).await.error(),
        AppError::Forbidden
    );
    let people: Vec<app::agenda::model::Participant> = staff.call("/api/activiteit-deelnemers", &[("activity", &id)]).await.json();
    assert_eq!(people.iter().map(|p| (p.name.as_str(), p.waiting)).collect::<Vec<_>>(), [("Jan", false), ("Kees", true)]);
    assert_eq!(people[0].household.as_deref(), Some("Zonnebloemstraat 1"));

    assert_eq!(
        staff.call("/api/activiteit-afgelasten", &[("activity", &id), ("reason", "")]).await.error(),
        AppError::Invalid(Problem::TextEmpty)
    );
    let res = staff.call("/api/activiteit-afgelasten", &[("activity", &id), ("reason", "De zaal lekt")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let seen: ActivityView = jan.call("/api/activiteit", &[("id", &id)]).await.json();
    assert_eq!(seen.cancelled.as_deref(), Some("De zaal lekt"));
    assert!(!seen.signup_open);
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-cancelled'").await, 2);
    assert_eq!(
        jan.call("/api/afmelden-activiteit", &[("activity", &id)]).await.error(),
        AppError::Invalid(Problem::SignupClosed)
    );
}

#[tokio::test]
async fn a_deleted_account_leaves_its_places_to_the_waiting_list() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    assert!(publish(&mut staff, app.buurt.0, "Klaverjassen", "1").await.status.is_success());
    let id = activity_id(&app, "Klaverjassen").await.to_string();
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &id)]).await.status.is_success());
    assert!(kees.call("/api/aanmelden-activiteit", &[("activity", &id)]).await.status.is_success());
    let res = jan.call("/api/profiel-verwijderen", &[("password", common::PASSWORD), ("confirm", "ja")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let seen: ActivityView = kees.call("/api/activiteit", &[("id", &id)]).await.json();
    assert_eq!(seen.my_status, Some(SignupStatus::SignedUp));
    assert_eq!((seen.signed_up, seen.waiting), (1, 0));
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-promoted'").await, 1);
}
