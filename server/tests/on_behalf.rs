//! Help from the sociaal werker ("namens"): staff of the resident's buurt act for a resident
//! in the core flows; the rules hold as if the resident acted; the act is logged, told to the
//! resident, in their export and counted as theirs.

mod common;

use app::error::{AppError, Problem};
use app::fairness::model::{Dashboard, Kind};
use common::{Client, TestApp, days_from_today, tomorrow};

async fn activity(app: &TestApp, staff: &mut Client, title: &str, capacity: &str) -> String {
    let res = staff.publish(app.buurt.0, &[("title", title), ("capacity", capacity)]).await;
    assert!(res.status.is_success(), "{res:?}");
    app.count(&format!("SELECT MAX(id) FROM activities WHERE title = '{title}'")).await.to_string()
}

async fn signup_status(app: &TestApp, user: i64, activity: &str) -> Option<String> {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT status FROM activity_signups WHERE user_id = {user} AND activity_id = {activity}")))
        .fetch_optional(&app.db)
        .await
        .unwrap()
}

async fn notes(app: &TestApp, user: i64) -> i64 {
    app.count(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {user} AND message_key = 'note-on-behalf'")).await
}

/// A resident of the other buurt; returns their id.
async fn resident_elsewhere(app: &TestApp) -> i64 {
    let id: i64 = sqlx::query_scalar("INSERT INTO users (display_name, name_key, created_at) VALUES ('Greet', 'greet', 1) RETURNING id")
        .fetch_one(&app.db)
        .await
        .unwrap();
    sqlx::query("INSERT INTO memberships (user_id, buurt_id, role, created_at) VALUES ($1, $2, 'bewoner', 1)")
        .bind(id)
        .bind(app.other_buurt.0)
        .execute(&app.db)
        .await
        .unwrap();
    id
}

fn proposal(title: &str) -> Vec<(&str, &str)> {
    vec![("kind", "initiatief"), ("title", title), ("description", "Een goed idee voor de buurt."), ("audience", ""), ("date_wish", ""), ("help_needed", "")]
}

#[tokio::test]
async fn only_staff_of_the_residents_buurt_may_act_for_a_resident() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let id = activity(&app, &mut samira, "Koffieochtend", "10").await;
    let (jan, kees, samira_id) = (app.user_id("Jan").await, app.user_id("Kees").await, app.user_id("Samira").await);
    let greet = resident_elsewhere(&app).await;

    let refusals: Vec<(&str, i64)> = vec![("Kees", jan), ("Jan", kees), ("Olaf", jan)];
    for (who, namens) in refusals {
        let mut c = app.signed_in(who).await;
        let res = c.call("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &namens.to_string())]).await;
        assert_eq!(res.error(), AppError::Forbidden, "{who} for {namens}");
    }
    // Not for a resident of another buurt, not for staff, not for an unknown id.
    for namens in [greet, samira_id, 99_999] {
        let res = samira.call("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &namens.to_string())]).await;
        assert_eq!(res.error(), AppError::Forbidden, "for {namens}");
    }
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM activity_signups WHERE activity_id = {id}")).await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM on_behalf_acts").await, 0);

    // The sociaal werker and the beheerder of the buurt may.
    let res = samira.call("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &jan.to_string())]).await;
    assert!(res.status.is_success(), "{res:?}");
    let mut anja = app.signed_in("Anja").await;
    let res = anja.call("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &kees.to_string())]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(signup_status(&app, jan, &id).await.as_deref(), Some("aangemeld"));
    assert_eq!(signup_status(&app, samira_id, &id).await, None, "the worker is not signed up");
    // The page to pick a resident: staff of the buurt only.
    let mut jan_client = app.signed_in("Jan").await;
    assert_eq!(jan_client.call("/api/namens", &[]).await.error(), AppError::Forbidden);
    assert_eq!(jan_client.call("/api/namens-kiezen", &[("bewoner", &kees.to_string())]).await.error(), AppError::Forbidden);
}

#[tokio::test]
async fn a_full_activity_puts_the_resident_on_the_waiting_list_and_withdrawing_tells_them() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let id = activity(&app, &mut samira, "Volle ochtend", "1").await;
    let (jan, kees) = (app.user_id("Jan").await, app.user_id("Kees").await);
    let mut kees_client = app.signed_in("Kees").await;
    assert!(kees_client.call("/api/aanmelden-activiteit", &[("activity", &id)]).await.status.is_success());

    assert!(samira.call("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &jan.to_string())]).await.status.is_success());
    assert_eq!(signup_status(&app, jan, &id).await.as_deref(), Some("wachtlijst"));
    assert_eq!(signup_status(&app, kees, &id).await.as_deref(), Some("aangemeld"));

    assert!(samira.call("/api/afmelden-activiteit", &[("activity", &id), ("namens", &jan.to_string())]).await.status.is_success());
    assert_eq!(signup_status(&app, jan, &id).await, None);
    assert_eq!(notes(&app, jan).await, 2, "told of the sign-up and of the withdrawal");
    let args: String = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT args FROM notifications WHERE user_id = {jan} AND message_key = 'note-on-behalf' ORDER BY id LIMIT 1"
    )))
    .fetch_one(&app.db)
    .await
    .unwrap();
    let args: serde_json::Value = serde_json::from_str(&args).unwrap();
    assert_eq!((args["name"].as_str(), args["act"].as_str(), args["what"].as_str()), (Some("Samira"), Some("activiteit-aanmelden"), Some("Volle ochtend")));
    // The resident reads it in Meldingen, in words.
    let mut jan_client = app.signed_in("Jan").await;
    let page = jan_client.get("/meldingen", &[]).await;
    assert!(page.body.contains("Samira heeft u aangemeld voor een activiteit: Volle ochtend."), "{}", page.body);
}

#[tokio::test]
async fn the_residents_proposal_limit_refuses_the_workers_extra_proposal() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let jan = app.user_id("Jan").await.to_string();
    let mut jan_client = app.signed_in("Jan").await;
    // The limit is 2 open proposals per resident: Jan has one, Samira adds one for him.
    assert!(jan_client.call("/api/voorstel-nieuw", &proposal("Bankje bij de vijver")).await.status.is_success());
    let mut form = proposal("Boekenkast in de hal");
    form.push(("namens", &jan));
    let res = samira.call("/api/voorstel-nieuw", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    let by_jan = app.count(&format!("SELECT COUNT(*) FROM proposals WHERE author_id = {jan}")).await;
    assert_eq!(by_jan, 2, "the proposal is Jan's");
    let mut form = proposal("Nog een plan");
    form.push(("namens", &jan));
    assert_eq!(samira.call("/api/voorstel-nieuw", &form).await.error(), AppError::Invalid(Problem::ProposalLimitResident));
    // Samira's own limit is untouched: she may still propose herself.
    assert!(samira.call("/api/voorstel-nieuw", &proposal("Plan van Samira")).await.status.is_success());
    assert_eq!(app.count("SELECT COUNT(*) FROM on_behalf_acts WHERE act = 'voorstel'").await, 1);
}

#[tokio::test]
async fn helping_is_logged_exported_and_counted_as_the_residents() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let (jan, samira_id) = (app.user_id("Jan").await, app.user_id("Samira").await);
    let id = activity(&app, &mut samira, "Breiclub", "").await;
    assert!(samira.call("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &jan.to_string())]).await.status.is_success());
    let mut form = proposal("Moestuin");
    let jan_text = jan.to_string();
    form.push(("namens", &jan_text));
    assert!(samira.call("/api/voorstel-nieuw", &form).await.status.is_success());

    // The staff log names the worker, the resident and what.
    let logged = app
        .count(&format!("SELECT COUNT(*) FROM staff_log WHERE actor_id = {samira_id} AND action = 'namens' AND subject LIKE '%bewoner {jan}%'"))
        .await;
    assert_eq!(logged, 2);
    // The resident's export holds what was done for them and by whom.
    let mut jan_client = app.signed_in("Jan").await;
    let export: serde_json::Value = serde_json::from_str(&jan_client.get("/profiel/mijn-gegevens.json", &[]).await.body).unwrap();
    let helped = export["helped"].as_array().expect("helped in the export");
    assert_eq!(helped.len(), 2);
    assert!(helped.iter().all(|h| h["helper"] == "Samira"));
    let subjects: Vec<&str> = helped.iter().map(|h| h["subject"].as_str().unwrap()).collect();
    assert!(subjects.contains(&"Breiclub") && subjects.contains(&"Moestuin"), "{subjects:?}");
    // The worker's own export does not hold it.
    let own: serde_json::Value = serde_json::from_str(&samira.get("/profiel/mijn-gegevens.json", &[]).await.body).unwrap();
    assert_eq!(own["helped"].as_array().map(Vec::len), Some(0));

    // Fair voice counts the resident, never the worker.
    let today = days_from_today(0);
    let mut kees = app.signed_in("Kees").await;
    let res = kees.call("/api/inbreng", &[("van", &today), ("tot", &today)]).await;
    let dashboard: Dashboard = res.json();
    let kind = |k: Kind| dashboard.kinds.iter().find(|f| f.kind == k).unwrap();
    assert_eq!((kind(Kind::Proposed).participants, kind(Kind::Proposed).total), (1, 1));
    assert_eq!(kind(Kind::SignedUp).participants, 1);
    assert_eq!(dashboard.took_part, 1, "only Jan took part");
    let authors = app.count(&format!("SELECT COUNT(*) FROM proposals WHERE author_id = {samira_id}")).await;
    assert_eq!(authors, 0);

    // Jan deletes his account: what was done for him goes; the staff log keeps what Samira did.
    let res = jan_client.call("/api/profiel-verwijderen", &[("password", common::PASSWORD), ("confirm", "ja")]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM on_behalf_acts WHERE resident_id = {jan}")).await, 0);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM staff_log WHERE actor_id = {samira_id} AND action = 'namens'")).await, 2);
}

#[tokio::test]
async fn the_worker_and_the_resident_at_once_still_respect_capacity() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let id = activity(&app, &mut samira, "Laatste plek", "1").await;
    let jan = app.user_id("Jan").await;
    let residents = app.residents("Buur", 20).await;
    let mut tasks = Vec::new();
    for mut c in residents {
        let id = id.clone();
        tasks.push(tokio::spawn(async move { c.call("/api/aanmelden-activiteit", &[("activity", &id)]).await.status.is_success() }));
    }
    for _ in 0..5 {
        let (mut s, id, namens) = (samira.clone(), id.clone(), jan.to_string());
        tasks.push(tokio::spawn(async move { s.call("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &namens)]).await.status.is_success() }));
    }
    for t in tasks {
        assert!(t.await.unwrap());
    }
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM activity_signups WHERE activity_id = {id} AND status = 'aangemeld'")).await, 1);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM activity_signups WHERE activity_id = {id}")).await, 21, "Jan once");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM activity_signups WHERE activity_id = {id} AND user_id = {jan}")).await, 1);
    // Twice is once, also for the record and the message.
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM on_behalf_acts WHERE resident_id = {jan}")).await, 1);
    assert_eq!(notes(&app, jan).await, 1);
}

#[tokio::test]
async fn room_group_and_task_for_the_resident_with_the_residents_rules() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let (jan, kees) = (app.user_id("Jan").await, app.user_id("Kees").await);
    let jan_text = jan.to_string();

    // A group that asks coordinators to approve: Jan's request waits, as if he asked.
    let form = [
        ("buurt", app.buurt.0.to_string()),
        ("name", "Moestuiners".to_string()),
        ("description", "Samen tuinieren.".to_string()),
        ("audience", "Voor iedereen".to_string()),
        ("time_needed", "2 uur per week".to_string()),
        ("policy", "toestemming".to_string()),
        ("coordinator", kees.to_string()),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert!(samira.call("/api/groep-nieuw", &form).await.status.is_success());
    let group = app.count("SELECT MAX(id) FROM volunteer_groups").await.to_string();
    for _ in 0..2 {
        assert!(samira.call("/api/groep-aanmelden", &[("group", &group), ("namens", &jan_text)]).await.status.is_success());
    }
    let standing: String =
        sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT status FROM group_members WHERE group_id = {group} AND user_id = {jan}")))
            .fetch_one(&app.db)
            .await
            .unwrap();
    assert_eq!(standing, "verzoek");

    // A task: not yet a member, so refused for Jan as for Jan himself.
    let mut kees_client = app.signed_in("Kees").await;
    let date = days_from_today(3);
    let task_form = [("group", group.as_str()), ("title", "Wieden"), ("date", &date), ("start_time", "10:00"), ("end_time", "12:00"), ("place", "Tuin"), ("needed", "2")];
    assert!(kees_client.call("/api/groep-taak-nieuw", &task_form).await.status.is_success());
    let task = app.count("SELECT MAX(id) FROM group_tasks").await.to_string();
    let res = samira.call("/api/taak-aanmelden", &[("task", &task), ("namens", &jan_text)]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::NotGroupMember));
    let member = app.count(&format!("SELECT id FROM group_members WHERE group_id = {group} AND user_id = {jan}")).await.to_string();
    assert!(kees_client.call("/api/groep-verzoek-beslissen", &[("member", &member), ("decision", "ja")]).await.status.is_success());
    assert!(samira.call("/api/taak-aanmelden", &[("task", &task), ("namens", &jan_text)]).await.status.is_success());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE task_id = {task} AND user_id = {jan}")).await, 1);

    // The room, with the household's quota: the reservation is Jan's.
    let room = make_room(&app, &mut samira).await;
    let day = tomorrow_plus(2);
    let reserve = [("room", room.as_str()), ("date", &day), ("from", "10:00"), ("to", "11:00"), ("purpose", "Verjaardag"), ("access", "open"), ("people", "6"), ("namens", &jan_text)];
    let res = samira.call("/api/ruimte-reserveren", &reserve).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM reservations WHERE user_id = {jan} AND purpose = 'Verjaardag'")).await, 1);
    let acts: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT act FROM on_behalf_acts WHERE resident_id = {jan} ORDER BY id")))
        .fetch_all(&app.db)
        .await
        .unwrap();
    assert_eq!(acts, ["groep-aanmelden", "taak-aanmelden", "ruimte-reserveren"]);
    assert_eq!(notes(&app, jan).await, 3);
}

/// A date some days ahead (the room wants 24 hours' notice).
fn tomorrow_plus(days: i64) -> String {
    let _ = tomorrow();
    days_from_today(1 + days)
}

/// A room in the test buurt, open every weekday 09:00–22:00, no approval.
async fn make_room(app: &TestApp, staff: &mut Client) -> String {
    let buurt = app.buurt.0.to_string();
    let mut form: Vec<(String, String)> = [
        ("buurt", buurt.as_str()),
        ("room", "0"),
        ("name", "Ontmoetingsruimte"),
        ("description", "De huiskamer."),
        ("capacity", "40"),
        ("accessibility", ""),
        ("slot_minutes", "30"),
        ("min_hours", "1"),
        ("max_hours", "4"),
        ("ahead_days", "56"),
        ("lead_hours", "24"),
        ("approval_over_hours", "4"),
        ("approval_after", "22:00"),
        ("quota_hours", "6"),
        ("quota_future", "2"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for d in 1..=7 {
        form.push((format!("opens_{d}"), "09:00".into()));
        form.push((format!("closes_{d}"), "22:00".into()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = staff.call("/api/ruimte-instellingen", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    app.count("SELECT MAX(id) FROM rooms").await.to_string()
}

/// The sign-up form; `registered`: claiming the account the sociaal werker made.
fn sign_up_form<'a>(code: &'a str, name: &'a str, password: &'a str, registered: bool) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![("code", code), ("display_name", name), ("age_band", ""), ("password", password), ("email", "")];
    if registered {
        form.push(("ingeschreven", "ja"));
    }
    form
}

#[tokio::test]
async fn a_registered_member_cannot_sign_in_is_acted_for_and_is_claimed_once() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let household = app.household.0.to_string();
    let form = [("household", household.as_str()), ("display_name", "Oma Truus"), ("age_band", "75+")];
    // Without JavaScript, from the household page: back to it, which lists the member.
    samira.referer = format!("/beheer/huishouden/{household}");
    let res = samira.post("/api/beheer-lid-nieuw", &form, Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let page = samira.get(&format!("/beheer/huishouden/{household}"), &[]).await.body;
    assert!(page.contains("<p>Oma Truus</p>"), "{page}");
    let truus = app.user_id("Oma Truus").await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM users WHERE id = {truus} AND password_hash IS NULL AND email IS NULL")).await, 1);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM memberships WHERE user_id = {truus} AND role = 'bewoner'")).await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM staff_log WHERE action = 'lid-geregistreerd'").await, 1);
    // Only staff of the household's buurt register; the name stays unique.
    let mut jan = app.signed_in("Jan").await;
    assert_eq!(jan.call("/api/beheer-lid-nieuw", &[("household", &household), ("display_name", "Opa Piet"), ("age_band", "")]).await.error(), AppError::Forbidden);
    let mut olaf = app.signed_in("Olaf").await;
    assert_eq!(olaf.call("/api/beheer-lid-nieuw", &[("household", &household), ("display_name", "Opa Piet"), ("age_band", "")]).await.error(), AppError::Forbidden);
    assert_eq!(samira.call("/api/beheer-lid-nieuw", &form).await.error(), AppError::Invalid(Problem::NameTaken));

    // Cannot sign in, whatever the password.
    let mut c = app.client();
    for password in ["", common::PASSWORD] {
        let res = c.call("/api/inloggen", &[("identifier", "Oma Truus"), ("password", password)]).await;
        assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials));
    }
    // Staff act for her; the namens page lists her as without an account.
    let id = activity(&app, &mut samira, "Bingo", "").await;
    assert!(samira.call("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &truus.to_string())]).await.status.is_success());
    assert_eq!(signup_status(&app, truus, &id).await.as_deref(), Some("aangemeld"));
    let page = samira.get("/beheer/namens?zoek=truus", &[]).await;
    assert!(page.body.contains("Oma Truus (zonder account)"), "{}", page.body);

    // She claims it with the household's code. Whoever holds the code is not shown who is
    // registered: she types her name as the worker wrote it.
    let (_, code) = app.invite(1).await;
    let mut truus_client = app.client();
    for path in [format!("/aanmelden?code={code}"), format!("/aanmelden?ingeschreven=ja&code={code}")] {
        let page = truus_client.get(&path, &[("accept", "text/html")]).await;
        assert!(page.status.is_success() && page.body.contains("name=\"display_name\""), "{page:?}");
        assert!(!page.body.contains("Truus"), "no names on {path}");
    }
    assert!(!truus_client.call("/api/aanmelden-namen", &[("code", &code)]).await.status.is_success(), "no list of names");
    let pass = "truus heeft een sterk wachtwoord";
    // A wrong name, a name of someone else (another household, or with an account): one
    // neutral answer beside the name, and nothing changes.
    for wrong in ["Oma Truuus", "Opa Piet", "Jan", "Kees"] {
        let res = truus_client.call("/api/aanmelden", &sign_up_form(&code, wrong, pass, true)).await;
        assert_eq!(res.error(), AppError::InvalidField(Problem::ClaimMismatch, "display_name".into()), "{wrong}");
    }
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM users WHERE id = {truus} AND password_hash IS NULL")).await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE display_name IN ('Oma Truuus', 'Opa Piet')").await, 0);
    // Without JavaScript the answer comes back beside the name field.
    truus_client.referer = format!("/aanmelden?ingeschreven=ja&code={code}");
    let res = truus_client.post("/api/aanmelden", &sign_up_form(&code, "Opa Piet", pass, true), Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let back = res.headers[axum::http::header::LOCATION].to_str().unwrap().trim_start_matches(common::ORIGIN).to_string();
    let page = truus_client.get(&back, &[("accept", "text/html")]).await.body;
    assert!(page.contains("Deze naam en code horen niet bij een account dat op u wacht."), "{page}");
    assert!(page.contains("name=\"ingeschreven\" value=\"ja\""), "still the claim form");
    // Her name, with other capitals and spaces: the account is hers, with her sign-ups.
    let res = truus_client.call("/api/aanmelden", &sign_up_form(&code, "  oma   TRUUS ", pass, true)).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.user_id("Oma Truus").await, truus, "the same account, with the name the worker wrote");
    assert_eq!(app.count("SELECT uses FROM invite_codes ORDER BY id DESC LIMIT 1").await, 0, "no place on the code used");
    let mut again = app.client();
    assert!(again.call("/api/inloggen", &[("identifier", "Oma Truus"), ("password", pass)]).await.status.is_success());
    // Once: claiming again is the neutral answer; a new sign-up with the name finds it taken.
    let other = "een ander sterk wachtwoord";
    let res = app.client().call("/api/aanmelden", &sign_up_form(&code, "Oma Truus", other, true)).await;
    assert_eq!(res.error(), AppError::InvalidField(Problem::ClaimMismatch, "display_name".into()));
    let res = app.client().call("/api/aanmelden", &sign_up_form(&code, "Oma Truus", other, false)).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::NameTaken));
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE display_name = 'Oma Truus'").await, 1);
}

#[tokio::test]
async fn while_helping_every_core_form_carries_the_resident_until_the_worker_stops() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let id = activity(&app, &mut samira, "Soep", "").await;
    let jan = app.user_id("Jan").await;
    let hidden = format!("name=\"namens\" value=\"{jan}\"");
    assert!(!samira.get(&format!("/agenda/{id}"), &[]).await.body.contains("name=\"namens\""));

    // Without JavaScript: from Beheer, the page's search and pick are plain GET forms, "Help"
    // a plain post.
    assert!(samira.get("/beheer", &[]).await.body.contains("href=\"/beheer/namens\""));
    let page = samira.get("/beheer/namens?zoek=ja", &[]).await;
    assert!(page.body.contains(&format!("<option value=\"{jan}\"")), "Jan is found");
    assert!(!samira.get("/beheer/namens?zoek=kees", &[]).await.body.contains(&format!("<option value=\"{jan}\"")));
    let res = samira.post("/api/namens-kiezen", &[("bewoner", &jan.to_string())], Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    for path in [format!("/agenda/{id}"), "/meedoen/nieuw".to_string()] {
        let body = samira.get(&path, &[]).await.body;
        assert!(body.contains(&hidden), "{path} carries namens");
        assert!(body.contains("U doet dit namens Jan."), "{path} shows the banner");
    }
    // While helping, the activity shows where Jan stands: signed up, so "Afmelden" for him.
    let res = samira.post("/api/aanmelden-activiteit", &[("activity", &id), ("namens", &jan.to_string())], Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let body = samira.get(&format!("/agenda/{id}"), &[]).await.body;
    assert!(body.contains("U bent aangemeld.") && body.contains(">Afmelden<"), "Jan's standing: {body}");
    assert_eq!(signup_status(&app, app.user_id("Samira").await, &id).await, None);
    // Jan's own pages never carry it.
    let mut jan_client = app.signed_in("Jan").await;
    assert!(!jan_client.get(&format!("/agenda/{id}"), &[]).await.body.contains("name=\"namens\""));

    let res = samira.post("/api/namens-stoppen", &[], Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let body = samira.get(&format!("/agenda/{id}"), &[]).await.body;
    assert!(!body.contains("name=\"namens\"") && !body.contains("U doet dit namens"));
    assert!(!body.contains("U bent aangemeld."), "her own standing again");
}

#[tokio::test]
async fn the_demo_has_a_member_registered_by_the_sociaal_werker() {
    let (_test_db, db) = common::backend::TestDb::migrated().await;
    server::demo::seed(&db).await.unwrap();
    server::demo::seed(&db).await.unwrap();
    let (name, _) = server::demo_on_behalf::REGISTERED;
    let rows: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM users u JOIN users s ON s.id = u.registered_by \
             WHERE u.display_name = '{name}' AND s.display_name = 'Samira Sociaal' AND u.password_hash IS NULL AND u.email IS NULL"
    )))
    .fetch_one(&db)
    .await
    .unwrap();
    assert_eq!(rows, 1, "once, without password or e-mail, registered by Samira");
}

/// An open group with Kees as coordinator and a task in three days that needs two hands;
/// returns (group, task).
async fn open_group_with_task(app: &TestApp, staff: &mut Client) -> (String, String) {
    let kees = app.user_id("Kees").await.to_string();
    let buurt = app.buurt.0.to_string();
    let form = [
        ("buurt", buurt.as_str()),
        ("name", "Moestuiners"),
        ("description", "Samen tuinieren."),
        ("audience", "Voor iedereen"),
        ("time_needed", "2 uur per week"),
        ("policy", "open"),
        ("coordinator", kees.as_str()),
    ];
    assert!(staff.call("/api/groep-nieuw", &form).await.status.is_success());
    let group = app.count("SELECT MAX(id) FROM volunteer_groups").await.to_string();
    let date = days_from_today(3);
    let task_form = [("group", group.as_str()), ("title", "Wieden"), ("date", &date), ("start_time", "10:00"), ("end_time", "12:00"), ("place", "Tuin"), ("needed", "2")];
    let mut kees_client = app.signed_in("Kees").await;
    assert!(kees_client.call("/api/groep-taak-nieuw", &task_form).await.status.is_success());
    (group, app.count("SELECT MAX(id) FROM group_tasks").await.to_string())
}

/// Jan's reservation of the room (made by himself), its id.
async fn jans_reservation(app: &TestApp, room: &str) -> String {
    let day = tomorrow_plus(2);
    let form = [("room", room), ("date", &day), ("from", "10:00"), ("to", "11:00"), ("purpose", "Verjaardag"), ("access", "open"), ("people", "6")];
    let res = app.signed_in("Jan").await.call("/api/ruimte-reserveren", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    app.count("SELECT MAX(id) FROM reservations").await.to_string()
}

async fn reservation_status(app: &TestApp, id: &str) -> String {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT status FROM reservations WHERE id = {id}"))).fetch_one(&app.db).await.unwrap()
}

async fn group_status(app: &TestApp, group: &str, user: i64) -> String {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT status FROM group_members WHERE group_id = {group} AND user_id = {user} ORDER BY id DESC LIMIT 1")))
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn the_worker_undoes_for_the_resident_logged_told_and_exported() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let (jan, samira_id) = (app.user_id("Jan").await, app.user_id("Samira").await);
    let namens = jan.to_string();
    let (group, task) = open_group_with_task(&app, &mut samira).await;
    let room = make_room(&app, &mut samira).await;
    let reservation = jans_reservation(&app, &room).await;
    assert!(samira.call("/api/groep-aanmelden", &[("group", &group), ("namens", &namens)]).await.status.is_success());
    assert!(samira.call("/api/taak-aanmelden", &[("task", &task), ("namens", &namens)]).await.status.is_success());

    // While helping Jan, the pages show his buttons, each carrying him.
    let res = samira.post("/api/namens-kiezen", &[("bewoner", &namens)], Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let hidden = format!("name=\"namens\" value=\"{jan}\"");
    let page = samira.get(&format!("/groepen/{group}"), &[]).await.body;
    assert!(page.contains("action=\"/api/taak-afmelden\"") && page.contains("action=\"/api/groep-verlaten\""), "{page}");
    assert_eq!(page.matches(&hidden).count(), 2, "the task's withdraw and the group's leave carry Jan");
    let mine = samira.get("/ontmoetingsruimte/mijn", &[]).await.body;
    assert!(mine.contains("Verjaardag") && mine.contains("action=\"/api/reservering-annuleren\"") && mine.contains(&hidden), "{mine}");

    // Without JavaScript each goes back to Jan on the "namens" page; twice is once.
    let back = format!("/beheer/namens?bewoner={jan}");
    for _ in 0..2 {
        for (path, field, id) in [("/api/taak-afmelden", "task", &task), ("/api/groep-verlaten", "group", &group), ("/api/reservering-annuleren", "reservation", &reservation)] {
            let res = samira.post(path, &[(field, id.as_str()), ("namens", &namens)], Some(common::ORIGIN), "text/html").await;
            assert!(res.status.is_redirection(), "{path}: {res:?}");
            assert_eq!(res.headers[axum::http::header::LOCATION].to_str().unwrap(), back, "{path}");
        }
    }
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE task_id = {task}")).await, 0);
    assert_eq!(group_status(&app, &group, jan).await, "weg");
    assert_eq!(reservation_status(&app, &reservation).await, "geannuleerd");

    let acts: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT act FROM on_behalf_acts WHERE resident_id = {jan} ORDER BY id")))
        .fetch_all(&app.db)
        .await
        .unwrap();
    assert_eq!(acts, ["groep-aanmelden", "taak-aanmelden", "taak-afmelden", "groep-verlaten", "ruimte-annuleren"]);
    for code in ["taak-afmelden", "groep-verlaten", "ruimte-annuleren"] {
        let logged = format!("SELECT COUNT(*) FROM staff_log WHERE actor_id = {samira_id} AND action = 'namens' AND subject LIKE '{code} voor bewoner {jan}:%'");
        assert_eq!(app.count(&logged).await, 1, "{code} in the staff log");
    }
    assert_eq!(notes(&app, jan).await, 5);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {jan} AND message_key = 'note-room-cancelled'")).await, 0, "his own act, not staff's cancellation");

    // Jan reads them in Meldingen, in words, and finds them in his export.
    let mut jan_client = app.signed_in("Jan").await;
    let page = jan_client.get("/meldingen", &[]).await.body;
    for said in [
        "Samira heeft u afgemeld voor een taak: Moestuiners: Wieden.",
        "Samira heeft u afgemeld bij een groep: Moestuiners.",
        "Samira heeft uw reservering van de ruimte geannuleerd: Ontmoetingsruimte: Verjaardag.",
    ] {
        assert!(page.contains(said), "{said}: {page}");
    }
    let export: serde_json::Value = serde_json::from_str(&jan_client.get("/profiel/mijn-gegevens.json", &[]).await.body).unwrap();
    let helped: Vec<&str> = export["helped"].as_array().unwrap().iter().map(|h| h["act"].as_str().unwrap()).collect();
    for code in ["taak-afmelden", "groep-verlaten", "ruimte-annuleren"] {
        assert!(helped.contains(&code), "{code} in {helped:?}");
    }
    // The overview lists them.
    let overview = samira.get(&back, &[]).await.body.replace("<!>", "");
    assert!(overview.contains("reservering geannuleerd: Ontmoetingsruimte: Verjaardag"), "{overview}");
    assert!(overview.contains("afgemeld bij groep: Moestuiners") && overview.contains("afgemeld voor taak: Moestuiners: Wieden"));
}

#[tokio::test]
async fn only_staff_of_the_buurt_undo_for_a_resident_and_a_refusal_changes_nothing() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    let jan = app.user_id("Jan").await;
    let (group, task) = open_group_with_task(&app, &mut samira).await;
    let room = make_room(&app, &mut samira).await;
    let reservation = jans_reservation(&app, &room).await;
    let mut jan_client = app.signed_in("Jan").await;
    assert!(jan_client.call("/api/groep-aanmelden", &[("group", &group)]).await.status.is_success());
    assert!(jan_client.call("/api/taak-aanmelden", &[("task", &task)]).await.status.is_success());
    let mut buur = app.residents("Buur", 1).await.remove(0);

    let undo = [("/api/taak-afmelden", "task", &task), ("/api/groep-verlaten", "group", &group), ("/api/reservering-annuleren", "reservation", &reservation)];
    let (mut olaf, mut kees_client) = (app.signed_in("Olaf").await, app.signed_in("Kees").await);
    let (jan_text, samira_text, anja_text) = (jan.to_string(), app.user_id("Samira").await.to_string(), app.user_id("Anja").await.to_string());
    for (path, field, id) in undo {
        let form = [(field, id.as_str()), ("namens", jan_text.as_str())];
        assert_eq!(olaf.call(path, &form).await.error(), AppError::Forbidden, "staff of another buurt: {path}");
        assert_eq!(kees_client.call(path, &form).await.error(), AppError::Forbidden, "a commissielid: {path}");
        assert_eq!(buur.call(path, &form).await.error(), AppError::Forbidden, "a resident: {path}");
        // Not for staff, not for herself.
        for namens in [&anja_text, &samira_text] {
            let res = samira.call(path, &[(field, id.as_str()), ("namens", namens.as_str())]).await;
            assert_eq!(res.error(), AppError::Forbidden, "for {namens}: {path}");
        }
    }
    // Only the resident's own reservation, not someone else's.
    let keess = {
        let day = tomorrow_plus(3);
        let form = [("room", room.as_str()), ("date", &day), ("from", "10:00"), ("to", "11:00"), ("purpose", "Vergadering"), ("access", "open"), ("people", "6")];
        assert!(kees_client.call("/api/ruimte-reserveren", &form).await.status.is_success());
        app.count("SELECT MAX(id) FROM reservations").await.to_string()
    };
    let res = samira.call("/api/reservering-annuleren", &[("reservation", &keess), ("namens", &jan.to_string())]).await;
    assert_eq!(res.error(), AppError::NotFound, "as Jan could not cancel it");

    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE task_id = {task} AND user_id = {jan}")).await, 1);
    assert_eq!(group_status(&app, &group, jan).await, "actief");
    assert_eq!(reservation_status(&app, &reservation).await, "bevestigd");
    assert_eq!(reservation_status(&app, &keess).await, "bevestigd");
    assert_eq!(app.count("SELECT COUNT(*) FROM on_behalf_acts").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM staff_log WHERE action = 'namens'").await, 0);
    assert_eq!(notes(&app, jan).await, 0);
}
