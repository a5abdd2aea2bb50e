//! Volunteer groups through the real router: joining (open and after a yes), leaving,
//! who may manage a group, announcements, task capacity under concurrency, hours and the
//! participation figures, and refusals of bad input.

mod common;

use app::error::{AppError, Problem};
use app::groups::api::{GroupList, MyGroupsOverview};
use app::groups::model::{GroupDetail, Standing};
use common::{Client, TestApp, days_from_today};

/// Staff start a group; `coordinator` is a display name.
async fn create(app: &TestApp, staff: &mut Client, name: &str, policy: &str, coordinator: &str) -> i64 {
    let coordinator = app.user_id(coordinator).await.to_string();
    let res = staff
        .call(
            "/api/groep-nieuw",
            &[
                ("buurt", &app.buurt.0.to_string()),
                ("name", name),
                ("description", "Samen iets doen voor de buurt."),
                ("audience", "Voor iedereen"),
                ("time_needed", "2 uur per week"),
                ("policy", policy),
                ("coordinator", &coordinator),
            ],
        )
        .await;
    assert!(res.status.is_success(), "{res:?}");
    app.count(&format!("SELECT MAX(id) FROM volunteer_groups WHERE name = '{name}'")).await
}

/// Plans a task `days` from today, 10:00–12:00, for `needed` people.
async fn plan(client: &mut Client, group: i64, title: &str, days: i64, needed: &str) -> common::Reply {
    let date = days_from_today(days);
    client
        .call(
            "/api/groep-taak-nieuw",
            &[
                ("group", &group.to_string()),
                ("title", title),
                ("date", &date),
                ("start_time", "10:00"),
                ("end_time", "12:00"),
                ("place", "Moestuin"),
                ("needed", needed),
            ],
        )
        .await
}

async fn task_id(app: &TestApp, title: &str) -> String {
    app.count(&format!("SELECT MAX(id) FROM group_tasks WHERE title = '{title}'")).await.to_string()
}

async fn detail(client: &mut Client, group: i64) -> GroupDetail {
    client.call("/api/groep", &[("id", &group.to_string())]).await.json()
}

async fn notes(app: &TestApp, user: &str, key: &str) -> i64 {
    let id = app.user_id(user).await;
    app.count(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {id} AND message_key = '{key}'")).await
}

#[tokio::test]
async fn open_join_then_leaving_withdraws_from_coming_tasks_and_tells_the_coordinator() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let group = create(&app, &mut staff, "Koffieploeg", "open", "Samira").await;
    let g = group.to_string();
    let mut jan = app.signed_in("Jan").await;

    let list: GroupList = jan.call("/api/groepen", &[]).await.json();
    assert_eq!(list.groups.len(), 1);
    assert!(!list.can_create);
    assert_eq!(list.groups[0].mine, None);

    assert!(jan.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    assert!(jan.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success(), "joining twice is once");
    assert_eq!(detail(&mut jan, group).await.summary.mine, Some(Standing::Member));
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM group_members WHERE group_id = {group}")).await, 2);
    assert_eq!(notes(&app, "Samira", "note-group-joined").await, 1);

    // A task to come, and one that has started (written straight into the database).
    assert!(plan(&mut staff, group, "Koffie zetten", 1, "3").await.status.is_success());
    let coming = task_id(&app, "Koffie zetten").await;
    assert!(jan.call("/api/taak-aanmelden", &[("task", &coming)]).await.status.is_success());
    let jan_id = app.user_id("Jan").await;
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO group_tasks (group_id, title, starts_at, ends_at, needed, created_at) VALUES ({group}, 'Vorige week', 1700000000, 1700003600, 2, 1)"
    )))
    .execute(&app.db)
    .await
    .unwrap();
    let past = task_id(&app, "Vorige week").await;
    sqlx::query(sqlx::AssertSqlSafe(format!("INSERT INTO task_signups (task_id, user_id, created_at) VALUES ({past}, {jan_id}, 1)")))
        .execute(&app.db)
        .await
        .unwrap();

    let mine: MyGroupsOverview = jan.call("/api/mijn-groepen", &[]).await.json();
    assert_eq!(mine.groups.len(), 1);
    assert_eq!(mine.tasks.iter().map(|t| t.title.as_str()).collect::<Vec<_>>(), ["Koffie zetten"]);

    assert!(jan.call("/api/groep-verlaten", &[("group", &g)]).await.status.is_success());
    assert_eq!(detail(&mut jan, group).await.summary.mine, None);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE task_id = {coming}")).await, 0, "withdrawn");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE task_id = {past}")).await, 1, "history stays");
    let left: String = sqlx::query_scalar(
        "SELECT n.args FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.display_name = 'Samira' AND n.message_key = 'note-group-left'",
    )
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert!(left.contains("\"count\":\"1\"") && left.contains("Jan"), "{left}");
    let mine: MyGroupsOverview = jan.call("/api/mijn-groepen", &[]).await.json();
    assert!(mine.groups.is_empty() && mine.tasks.is_empty());

    // Joining again starts a new membership period; the old one stays for the figures.
    assert!(jan.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM group_members WHERE group_id = {group} AND user_id = {jan_id}")).await, 2);
    assert_eq!(
        app.count(&format!("SELECT COUNT(*) FROM group_members WHERE group_id = {group} AND user_id = {jan_id} AND status = 'weg' AND ended_at IS NOT NULL")).await,
        1
    );
}

#[tokio::test]
async fn asking_to_join_then_a_resident_coordinator_says_yes_or_no() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    // A resident is the coordinator.
    let group = create(&app, &mut staff, "Klussendienst", "toestemming", "Jan").await;
    let g = group.to_string();
    assert_eq!(notes(&app, "Jan", "note-group-coordinator").await, 1);
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    assert!(plan(&mut jan, group, "Lamp ophangen", 2, "2").await.status.is_success(), "a resident coordinator plans");
    let task = task_id(&app, "Lamp ophangen").await;

    assert!(kees.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    assert!(kees.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    let seen = detail(&mut kees, group).await;
    assert_eq!(seen.summary.mine, Some(Standing::Requested));
    assert!(seen.requests.is_empty() && !seen.can_manage, "requests are for coordinators");
    assert_eq!(notes(&app, "Jan", "note-group-request").await, 1, "asked once");
    assert_eq!(
        kees.call("/api/taak-aanmelden", &[("task", &task)]).await.error(),
        AppError::Invalid(Problem::NotGroupMember),
        "not a member yet"
    );

    let seen = detail(&mut jan, group).await;
    assert!(seen.can_manage);
    assert_eq!(seen.requests.len(), 1);
    assert_eq!(seen.requests[0].name, "Kees");
    let request = seen.requests[0].id.0.to_string();
    // Only coordinators answer: Kees cannot accept himself.
    assert_eq!(
        kees.call("/api/groep-verzoek-beslissen", &[("member", &request), ("decision", "ja")]).await.error(),
        AppError::Forbidden
    );
    assert_eq!(
        jan.call("/api/groep-verzoek-beslissen", &[("member", &request), ("decision", "misschien")]).await.error(),
        AppError::Invalid(Problem::Unknown)
    );
    assert!(jan.call("/api/groep-verzoek-beslissen", &[("member", &request), ("decision", "ja")]).await.status.is_success());
    assert_eq!(detail(&mut kees, group).await.summary.mine, Some(Standing::Member));
    assert_eq!(notes(&app, "Kees", "note-group-accepted").await, 1);
    assert!(kees.call("/api/taak-aanmelden", &[("task", &task)]).await.status.is_success());
    // Answering again changes nothing and tells nobody twice.
    assert!(jan.call("/api/groep-verzoek-beslissen", &[("member", &request), ("decision", "nee")]).await.status.is_success());
    assert_eq!(detail(&mut kees, group).await.summary.mine, Some(Standing::Member));
    assert_eq!(notes(&app, "Kees", "note-group-declined").await, 0);

    // A declined request: told, and may ask again later.
    let mut buur = app.residents("Buur", 1).await.remove(0);
    assert!(buur.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    let request = detail(&mut jan, group).await.requests[0].id.0.to_string();
    assert!(jan.call("/api/groep-verzoek-beslissen", &[("member", &request), ("decision", "nee")]).await.status.is_success());
    assert_eq!(detail(&mut buur, group).await.summary.mine, None);
    assert_eq!(notes(&app, "Buur 00", "note-group-declined").await, 1);
    assert!(buur.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    assert_eq!(detail(&mut buur, group).await.summary.mine, Some(Standing::Requested));
    // Withdrawing a request tells nobody.
    assert!(buur.call("/api/groep-verlaten", &[("group", &g)]).await.status.is_success());
    assert_eq!(detail(&mut buur, group).await.summary.mine, None);
    assert_eq!(notes(&app, "Jan", "note-group-left").await, 0);

    // Members are shown by display name only: no addresses or e-mail anywhere.
    let seen = jan.call("/api/groep", &[("id", &g)]).await;
    assert!(!seen.body.contains("Zonnebloemstraat") && !seen.body.contains('@'), "{}", seen.body);
    let members: Vec<(String, bool)> = seen.json::<GroupDetail>().members.into_iter().map(|m| (m.name, m.coordinator)).collect();
    assert_eq!(members, [("Jan".to_string(), true), ("Kees".to_string(), false)]);
    let page = buur.get(&format!("/groepen/{group}"), &[]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Kees") && !page.body.contains("Zonnebloemstraat"));
}

#[tokio::test]
async fn only_coordinators_and_staff_manage_a_group_and_nothing_changes_otherwise() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let group = create(&app, &mut staff, "Tuinploeg", "toestemming", "Samira").await;
    let g = group.to_string();
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut olaf = app.signed_in("Olaf").await;
    let mut anonymous = app.client();
    // Jan asks and is accepted; Kees asks and waits.
    assert!(jan.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    let jan_member = detail(&mut staff, group).await.requests[0].id.0.to_string();
    assert!(staff.call("/api/groep-verzoek-beslissen", &[("member", &jan_member), ("decision", "ja")]).await.status.is_success());
    assert!(kees.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    let kees_request = detail(&mut staff, group).await.requests[0].id.0.to_string();
    assert!(plan(&mut staff, group, "Water geven", 1, "2").await.status.is_success());
    let task = task_id(&app, "Water geven").await;
    assert!(jan.call("/api/taak-aanmelden", &[("task", &task)]).await.status.is_success());
    let signup = app.count("SELECT id FROM task_signups").await.to_string();

    let snapshot = async || {
        (
            app.count("SELECT COUNT(*) FROM volunteer_groups").await,
            app.count("SELECT COUNT(*) FROM group_members WHERE status = 'actief'").await,
            app.count("SELECT COUNT(*) FROM group_members WHERE role = 'coordinator'").await,
            app.count("SELECT COUNT(*) FROM group_tasks").await,
            app.count("SELECT COUNT(*) FROM group_announcements").await,
            app.count("SELECT COUNT(*) FROM task_signups WHERE minutes IS NOT NULL").await,
            app.count("SELECT COUNT(*) FROM notifications").await,
        )
    };
    let before = snapshot().await;
    let buurt = app.buurt.0.to_string();
    let date = days_from_today(2);
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/api/groep-verzoek-beslissen", vec![("member", &kees_request), ("decision", "ja")]),
        ("/api/groep-coordinator", vec![("member", &jan_member)]),
        ("/api/groep-bericht", vec![("group", &g), ("text", "Hallo allemaal")]),
        (
            "/api/groep-taak-nieuw",
            vec![("group", &g), ("title", "Stiekem"), ("date", &date), ("start_time", "10:00"), ("end_time", "11:00"), ("place", ""), ("needed", "2")],
        ),
        ("/api/taak-uren", vec![("signup", &signup), ("hours", "2")]),
        (
            "/api/groep-nieuw",
            vec![
                ("buurt", &buurt),
                ("name", "Eigen groep"),
                ("description", "Zomaar een groep."),
                ("audience", ""),
                ("time_needed", ""),
                ("policy", "open"),
                ("coordinator", "1"),
            ],
        ),
    ];
    for (path, form) in &calls {
        for (who, client, expected) in [
            ("member", &mut jan, AppError::Forbidden),
            ("commissielid who asked", &mut kees, AppError::Forbidden),
            ("staff of another buurt", &mut olaf, AppError::Forbidden),
            ("anonymous", &mut anonymous, AppError::NotSignedIn),
        ] {
            let res = client.call(path, form).await;
            assert_eq!(res.error(), expected, "{who} on {path}");
        }
    }
    assert_eq!(snapshot().await, before, "nothing changed");

    // Another buurt does not see the group or its tasks at all.
    assert_eq!(olaf.call("/api/groep", &[("id", &g)]).await.error(), AppError::NotFound);
    assert_eq!(olaf.call("/api/groep-aanmelden", &[("group", &g)]).await.error(), AppError::NotFound);
    assert_eq!(olaf.call("/api/taak-aanmelden", &[("task", &task)]).await.error(), AppError::NotFound);
    let olafs: GroupList = olaf.call("/api/groepen", &[]).await.json();
    assert!(olafs.groups.is_empty());
    assert_eq!(anonymous.call("/api/groep", &[("id", &g)]).await.error(), AppError::NotSignedIn);
    assert_eq!(jan.get("/groepen/nieuw", &[]).await.status, 403);

    // Only members can be made co-coordinator; then Jan manages too.
    assert_eq!(
        staff.call("/api/groep-coordinator", &[("member", &kees_request)]).await.error(),
        AppError::Invalid(Problem::NotGroupMember)
    );
    assert!(staff.call("/api/groep-coordinator", &[("member", &jan_member)]).await.status.is_success());
    assert!(staff.call("/api/groep-coordinator", &[("member", &jan_member)]).await.status.is_success());
    assert_eq!(notes(&app, "Jan", "note-group-coordinator").await, 1);
    let seen = detail(&mut jan, group).await;
    assert_eq!(seen.summary.mine, Some(Standing::Coordinator));
    assert!(seen.can_manage);
    assert_eq!(seen.coordinators, ["Jan", "Samira"]);
    assert!(jan.call("/api/groep-verzoek-beslissen", &[("member", &kees_request), ("decision", "ja")]).await.status.is_success());
    assert!(plan(&mut jan, group, "Onkruid wieden", 3, "4").await.status.is_success());

    // The last coordinator cannot leave; with two, one can.
    assert!(samira_leaves_ok(&mut staff, &g).await);
    assert_eq!(
        jan.call("/api/groep-verlaten", &[("group", &g)]).await.error(),
        AppError::Invalid(Problem::LastCoordinator)
    );
    assert_eq!(detail(&mut jan, group).await.summary.mine, Some(Standing::Coordinator));
    // Staff still manage a group they are not in.
    assert!(detail(&mut staff, group).await.can_manage);
}

async fn samira_leaves_ok(staff: &mut Client, group: &str) -> bool {
    staff.call("/api/groep-verlaten", &[("group", group)]).await.status.is_success()
}

#[tokio::test]
async fn announcements_reach_every_member_in_meldingen() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let group = create(&app, &mut staff, "Boodschappenhulp", "open", "Samira").await;
    let g = group.to_string();
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut buren = app.residents("Buur", 1).await;
    assert!(jan.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    assert!(kees.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());

    for (text, problem) in [("", Problem::TextEmpty), ("x", Problem::TextTooShort), (&"x".repeat(5000)[..], Problem::TextTooLong)] {
        assert_eq!(
            staff.call("/api/groep-bericht", &[("group", &g), ("text", text)]).await.error(),
            AppError::InvalidField(problem, "text".into())
        );
    }
    let res = staff.call("/api/groep-bericht", &[("group", &g), ("text", "Zaterdag is de winkel dicht.\n<b>Let op</b>")]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM group_announcements").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-group-message'").await, 2);
    assert_eq!(notes(&app, "Samira", "note-group-message").await, 0, "not to the author");
    let inbox: Vec<app::notifications::model::Notification> = jan.call("/api/meldingen", &[]).await.json();
    let note = inbox.iter().find(|n| n.message_key == "note-group-message").unwrap();
    assert!(note.args.contains(&("group".to_string(), "Boodschappenhulp".to_string())));
    assert_eq!(note.link, format!("/groepen/{group}"));

    // Members read it on the group page; a resident who is not a member does not.
    assert_eq!(detail(&mut kees, group).await.announcements.len(), 1);
    assert!(detail(&mut buren[0], group).await.announcements.is_empty());
    let page = kees.get(&format!("/groepen/{group}"), &[]).await;
    assert!(page.body.contains("&lt;b&gt;Let op&lt;/b&gt;") && !page.body.contains("<b>Let op"));
}

#[tokio::test]
async fn thirty_at_once_for_a_shift_of_three() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let group = create(&app, &mut staff, "Tuinploeg", "open", "Samira").await;
    let g = group.to_string();
    assert!(plan(&mut staff, group, "Zaterdag water geven", 2, "3").await.status.is_success());
    let task = task_id(&app, "Zaterdag water geven").await;
    let mut clients = app.residents("Buur", 31).await;
    let mut outsider = clients.pop().unwrap();
    assert_eq!(
        outsider.call("/api/taak-aanmelden", &[("task", &task)]).await.error(),
        AppError::Invalid(Problem::NotGroupMember),
        "only members sign up"
    );
    for c in &mut clients {
        assert!(c.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    }

    let started = std::time::Instant::now();
    let tasks: Vec<_> = clients
        .into_iter()
        .map(|mut c| {
            let task = task.clone();
            tokio::spawn(async move {
                let res = c.call("/api/taak-aanmelden", &[("task", task.as_str())]).await;
                let outcome = if res.status.is_success() { Ok(()) } else { Err(res.error()) };
                (c, outcome)
            })
        })
        .collect();
    let mut clients = Vec::new();
    let (mut placed, mut full) = (0, 0);
    for t in tasks {
        let (c, outcome) = t.await.unwrap();
        match outcome {
            Ok(()) => placed += 1,
            Err(AppError::Invalid(Problem::TaskFull)) => full += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
        clients.push(c);
    }
    eprintln!("30 concurrent sign-ups for 3 places: {placed} placed, {full} refused, in {:?}", started.elapsed());
    assert_eq!((placed, full), (3, 27));
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE task_id = {task}")).await, 3);

    // A member who holds a place presses again, even at once: still one place.
    let mut holder = None;
    for c in clients {
        if detail(&mut c.clone(), group).await.tasks[0].mine {
            holder = Some(c);
            break;
        }
    }
    let holder = holder.unwrap();
    let presses: Vec<_> = (0..5)
        .map(|_| {
            let mut c = holder.clone();
            let task = task.clone();
            tokio::spawn(async move { c.call("/api/taak-aanmelden", &[("task", task.as_str())]).await.status.is_success() })
        })
        .collect();
    for p in presses {
        assert!(p.await.unwrap());
    }
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE task_id = {task}")).await, 3);
    let seen = detail(&mut holder.clone(), group).await;
    assert_eq!((seen.tasks[0].taken, seen.tasks[0].needed, seen.tasks[0].helpers.len()), (3, 3, 3));

    // Withdrawing frees the place for someone else.
    let mut holder = holder;
    assert!(holder.call("/api/taak-afmelden", &[("task", &task)]).await.status.is_success());
    assert!(holder.call("/api/taak-afmelden", &[("task", &task)]).await.status.is_success(), "twice is fine");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE task_id = {task}")).await, 2);
}

#[tokio::test]
async fn hours_are_recorded_after_the_task_and_feed_the_figures() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let group = create(&app, &mut staff, "Klussendienst", "open", "Samira").await;
    let g = group.to_string();
    let mut jan = app.signed_in("Jan").await;
    assert!(jan.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    assert!(plan(&mut staff, group, "Kraan vervangen", 1, "2").await.status.is_success());
    let task = task_id(&app, "Kraan vervangen").await;
    assert!(jan.call("/api/taak-aanmelden", &[("task", &task)]).await.status.is_success());
    let signup = app.count("SELECT id FROM task_signups").await.to_string();
    assert_eq!(
        staff.call("/api/taak-uren", &[("signup", &signup), ("hours", "2")]).await.error(),
        AppError::Invalid(Problem::TaskNotOver)
    );

    // The task took place (moved into the past, as time would do).
    let (start, end) = (app::db::now() - 7200, app::db::now() - 3600);
    sqlx::query(sqlx::AssertSqlSafe(format!("UPDATE group_tasks SET starts_at = {start}, ends_at = {end} WHERE id = {task}")))
        .execute(&app.db)
        .await
        .unwrap();
    assert_eq!(
        jan.call("/api/taak-afmelden", &[("task", &task)]).await.error(),
        AppError::Invalid(Problem::TaskClosed)
    );
    assert_eq!(jan.call("/api/taak-uren", &[("signup", &signup), ("hours", "8")]).await.error(), AppError::Forbidden);
    for bad in ["", "25", "-1", "veel"] {
        assert_eq!(
            staff.call("/api/taak-uren", &[("signup", &signup), ("hours", bad)]).await.error(),
            AppError::InvalidField(Problem::HoursInvalid, "hours".into()),
            "{bad}"
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM task_signups WHERE minutes IS NOT NULL").await, 0);
    assert!(staff.call("/api/taak-uren", &[("signup", &signup), ("hours", "1,5")]).await.status.is_success());
    assert_eq!(app.count("SELECT minutes FROM task_signups").await, 90);
    let seen = detail(&mut staff, group).await;
    assert_eq!(seen.past_tasks.len(), 1);
    assert_eq!(seen.past_tasks[0].helpers[0].minutes, Some(90));
    assert!(detail(&mut jan, group).await.past_tasks.is_empty(), "hours are for coordinators");

    // The figures for the fair-voice dashboard and the funders' CSV.
    let figures = app::groups::store::figures(&app.db, app.buurt, 0, app::db::now() + 1).await.unwrap();
    assert_eq!(figures.len(), 1);
    assert_eq!((figures[0].active_members, figures[0].helpers, figures[0].minutes), (2, 1, 90));
    let before = app::groups::store::figures(&app.db, app.buurt, 0, 1_000).await.unwrap();
    assert_eq!((before[0].active_members, before[0].minutes), (0, 0), "nothing before the group existed");
}

#[tokio::test]
async fn bad_input_is_refused_in_plain_words_and_changes_nothing() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let buurt = app.buurt.0.to_string();
    let samira = app.user_id("Samira").await.to_string();
    let olaf = app.user_id("Olaf").await.to_string();
    let long = "x".repeat(5000);
    for (name, policy, coordinator, problem) in [
        ("", "open", samira.as_str(), Problem::TextEmpty),
        (long.as_str(), "open", samira.as_str(), Problem::TextTooLong),
        ("Tuinploeg", "soms", samira.as_str(), Problem::Unknown),
        ("Tuinploeg", "open", olaf.as_str(), Problem::Unknown),
    ] {
        let res = staff
            .call(
                "/api/groep-nieuw",
                &[
                    ("buurt", &buurt),
                    ("name", name),
                    ("description", "Wij tuinieren."),
                    ("audience", ""),
                    ("time_needed", ""),
                    ("policy", policy),
                    ("coordinator", coordinator),
                ],
            )
            .await;
        assert_eq!(res.error().problem(), Some(problem), "{policy} {coordinator}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM volunteer_groups").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM group_members").await, 0);

    let group = create(&app, &mut staff, "<script>alert(1)</script>", "open", "Samira").await;
    let g = group.to_string();
    let page = staff.get(&format!("/groepen/{group}"), &[]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!page.body.contains("<script>alert(1)"), "shown as text, the title included");

    let tomorrow = days_from_today(1);
    for (title, date, start, end, needed, problem) in [
        ("Water geven", tomorrow.as_str(), "10:00", "12:00", "0", Problem::HandsInvalid),
        ("Water geven", tomorrow.as_str(), "10:00", "12:00", "51", Problem::HandsInvalid),
        ("Water geven", tomorrow.as_str(), "10:00", "12:00", "", Problem::HandsInvalid),
        ("Water geven", tomorrow.as_str(), "12:00", "10:00", "3", Problem::EndBeforeStart),
        ("Water geven", "1900-06-01", "10:00", "12:00", "3", Problem::StartInPast),
        ("Water geven", "2026-02-30", "10:00", "12:00", "3", Problem::DateInvalid),
        ("", tomorrow.as_str(), "10:00", "12:00", "3", Problem::TextEmpty),
        (long.as_str(), tomorrow.as_str(), "10:00", "12:00", "3", Problem::TextTooLong),
    ] {
        let res = staff
            .call(
                "/api/groep-taak-nieuw",
                &[("group", &g), ("title", title), ("date", date), ("start_time", start), ("end_time", end), ("place", ""), ("needed", needed)],
            )
            .await;
        assert_eq!(res.error().problem(), Some(problem), "{date} {start}-{end} {needed}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM group_tasks").await, 0);

    // Unknown ids are refused without a trace.
    assert_eq!(staff.call("/api/groep", &[("id", "999")]).await.error(), AppError::NotFound);
    assert_eq!(staff.call("/api/taak-aanmelden", &[("task", "999")]).await.error(), AppError::NotFound);
    assert_eq!(staff.call("/api/groep-coordinator", &[("member", "999")]).await.error(), AppError::Forbidden);
    assert_eq!(staff.call("/api/groep-aanmelden", &[("group", "een")]).await.error(), AppError::Invalid(Problem::Unknown));

    // Pages render for a resident, and Mijn groepen is empty for someone new.
    let mut jan = app.signed_in("Jan").await;
    let list = jan.get("/groepen", &[]).await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("&lt;script&gt;"));
    let mine = jan.get("/groepen/mijn", &[]).await;
    assert_eq!(mine.status, 200);
    assert!(mine.body.contains("U zit nog niet in een groep."));
}

#[tokio::test]
async fn a_deleted_account_leaves_its_groups_and_tasks() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let group = create(&app, &mut staff, "Tuinploeg", "open", "Samira").await;
    let g = group.to_string();
    let mut jan = app.signed_in("Jan").await;
    assert!(jan.call("/api/groep-aanmelden", &[("group", &g)]).await.status.is_success());
    assert!(plan(&mut staff, group, "Water geven", 2, "2").await.status.is_success());
    let task = task_id(&app, "Water geven").await;
    assert!(jan.call("/api/taak-aanmelden", &[("task", &task)]).await.status.is_success());
    let jan_id = app.user_id("Jan").await;

    let res = jan.call("/api/profiel-verwijderen", &[("password", common::PASSWORD), ("confirm", "ja")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let active = format!("SELECT COUNT(*) FROM group_members WHERE user_id = {jan_id} AND status = 'actief'");
    assert_eq!(app.count(&active).await, 0, "no longer a member");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM task_signups WHERE user_id = {jan_id}")).await, 0, "the place is free again");
}
