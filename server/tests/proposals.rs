//! Meedoen through the real router: every status step and who may take it, the activity an
//! accepted proposal becomes, merging, hiding, the limits on open proposals (also under
//! concurrency), the public log, the settings, and refusals of bad input.

mod common;

use app::error::{AppError, Problem};
use app::proposals::api::{ProposalList, Queue, SettingsForm};
use app::proposals::model::{Action, LogItem, ProposalCard, ProposalDetail, Status};
use common::{Client, TestApp, tomorrow};

/// Proposes something; returns the reply.
async fn submit(client: &mut Client, kind: &str, title: &str) -> common::Reply {
    client
        .call(
            "/api/voorstel-nieuw",
            &[
                ("kind", kind),
                ("title", title),
                ("description", "Een goed idee voor de hele buurt."),
                ("audience", "Iedereen"),
                ("date_wish", "Vrijdagmiddag"),
                ("help_needed", ""),
            ],
        )
        .await
}

/// Proposes something that must be accepted by the server; returns its id.
async fn propose(app: &TestApp, client: &mut Client, kind: &str, title: &str) -> i64 {
    let res = submit(client, kind, title).await;
    assert!(res.status.is_success(), "{res:?}");
    app.count(&format!("SELECT MAX(id) FROM proposals WHERE title = '{title}'")).await
}

async fn detail(client: &mut Client, id: i64) -> ProposalDetail {
    let res = client.call("/api/voorstel", &[("id", &id.to_string())]).await;
    assert!(res.status.is_success(), "{res:?}");
    res.json()
}

async fn status(app: &TestApp, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM proposals WHERE id = $1").bind(id).fetch_one(&app.db).await.unwrap()
}

async fn step(client: &mut Client, id: i64, step: &str, reason: &str) -> common::Reply {
    client.call("/api/voorstel-besluit", &[("proposal", &id.to_string()), ("step", step), ("reason", reason)]).await
}

async fn log_actions(app: &TestApp, id: i64) -> Vec<String> {
    sqlx::query_scalar("SELECT action FROM moderation_log WHERE target_kind = 'voorstel' AND target_id = $1 ORDER BY id")
        .bind(id)
        .fetch_all(&app.db)
        .await
        .unwrap()
}

async fn notes(app: &TestApp, user: &str, key: &str) -> i64 {
    let id = app.user_id(user).await;
    app.count(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {id} AND message_key = '{key}'")).await
}

/// Accepts an activity proposal for tomorrow 19:00–21:00.
async fn accept_activity(client: &mut Client, id: i64) -> common::Reply {
    let date = tomorrow();
    client
        .call(
            "/api/voorstel-activiteit",
            &[
                ("proposal", &id.to_string()),
                ("title", "Samen koken op vrijdag"),
                ("description", "Samen koken en eten."),
                ("date", &date),
                ("start_time", "19:00"),
                ("end_time", "21:00"),
                ("place", "Ontmoetingsruimte"),
                ("audience", "iedereen"),
                ("category", "eten"),
                ("capacity", "12"),
                ("reason", "Leuk!"),
            ],
        )
        .await
}

#[tokio::test]
async fn propose_ask_changes_edit_and_accept_into_the_agenda() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let id = propose(&app, &mut jan, "activiteit", "Samen koken").await;
    let p = detail(&mut jan, id).await;
    assert_eq!((p.card.status, p.card.mine, p.can_moderate), (Status::Submitted, true, false));

    // The commissie must say why; without a reason nothing changes.
    assert_eq!(step(&mut kees, id, "aanpassen", " ").await.error(), AppError::Invalid(Problem::ReasonMissing));
    assert_eq!(status(&app, id).await, "ingediend");
    assert!(step(&mut kees, id, "behandelen", "").await.status.is_success());
    assert_eq!(notes(&app, "Jan", "note-proposal-review").await, 1);
    assert!(step(&mut kees, id, "aanpassen", "Welke dag past het best?").await.status.is_success());
    assert_eq!(status(&app, id).await, "aanpassen");
    assert_eq!(notes(&app, "Jan", "note-proposal-changes").await, 1);
    let p = detail(&mut jan, id).await;
    assert_eq!(p.status_reason, "Welke dag past het best?");

    // Only the author answers; then it goes back to the commissie with the answer in the history.
    let mut other = app.residents("Buur", 1).await.remove(0);
    let edit = |title: &'static str, answer: &'static str| {
        vec![
            ("proposal", id.to_string()),
            ("title", title.to_string()),
            ("description", "Elke vrijdag samen koken en eten.".to_string()),
            ("audience", "Iedereen".to_string()),
            ("date_wish", "Vrijdag 18:00".to_string()),
            ("help_needed", "".to_string()),
            ("answer", answer.to_string()),
        ]
    };
    let form = edit("Gekaapt", "");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(other.call("/api/voorstel-aanpassen", &pairs).await.error(), AppError::Forbidden);
    let form = edit("Samen koken op vrijdag", "Vrijdag om 18:00 past het best.");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert!(jan.call("/api/voorstel-aanpassen", &pairs).await.status.is_success());
    let p = detail(&mut kees, id).await;
    assert_eq!((p.card.status, p.card.title.as_str(), p.date_wish.as_str()), (Status::Submitted, "Samen koken op vrijdag", "Vrijdag 18:00"));
    assert_eq!(p.events.last().unwrap().reason, "Vrijdag om 18:00 past het best.");
    assert_eq!(p.events.last().unwrap().who, "de indiener");
    assert!(p.can_moderate);

    // A resident cannot accept; the commissielid does, and the activity is in the agenda.
    assert_eq!(accept_activity(&mut other, id).await.error(), AppError::Forbidden);
    assert_eq!(app.count("SELECT COUNT(*) FROM activities").await, 0);
    let res = accept_activity(&mut kees, id).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(status(&app, id).await, "gepland");
    let jan_id = app.user_id("Jan").await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM activities WHERE organiser_id = {jan_id} AND title = 'Samen koken op vrijdag'")).await, 1);
    let activity = app.count(&format!("SELECT activity_id FROM proposals WHERE id = {id}")).await;
    assert_eq!(app.count("SELECT MAX(id) FROM activities").await, activity);
    let p = detail(&mut jan, id).await;
    assert_eq!(p.activity_id, Some(activity));
    let statuses: Vec<Status> = p.events.iter().map(|e| e.status).collect();
    assert_eq!(
        statuses,
        [Status::Submitted, Status::InReview, Status::ChangesRequested, Status::Submitted, Status::Accepted, Status::Planned]
    );
    assert_eq!(notes(&app, "Jan", "note-proposal-planned").await, 1);
    assert_eq!(log_actions(&app, id).await, ["aanpassen", "accepteren", "plannen"]);

    // Twice is refused: still one activity.
    assert_eq!(accept_activity(&mut kees, id).await.error(), AppError::Invalid(Problem::ProposalWrongStatus));
    assert_eq!(app.count("SELECT COUNT(*) FROM activities").await, 1);
    // The organiser sees it in the agenda.
    let agenda = jan.call("/api/activiteit", &[("id", &activity.to_string())]).await;
    assert!(agenda.body.contains("\"organiser\":\"Jan\""), "{}", agenda.body);
    // Marked done later.
    assert!(step(&mut kees, id, "uitgevoerd", "Het was gezellig.").await.status.is_success());
    assert_eq!(log_actions(&app, id).await, ["aanpassen", "accepteren", "plannen", "uitgevoerd"]);
}

#[tokio::test]
async fn who_may_moderate_and_who_not() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut samira = app.signed_in("Samira").await;
    let mut anja = app.signed_in("Anja").await;
    let mut olaf = app.signed_in("Olaf").await;
    let mut other = app.residents("Buur", 1).await.remove(0);
    let id = propose(&app, &mut jan, "initiatief", "Bankje bij de ingang").await;

    for (who, client) in [("resident", &mut other), ("author", &mut jan), ("other buurt", &mut olaf)] {
        assert_eq!(step(client, id, "behandelen", "").await.error(), AppError::Forbidden, "{who}");
        assert_eq!(step(client, id, "afwijzen", "Nee.").await.error(), AppError::Forbidden, "{who}");
        let res = client.call("/api/voorstel-verbergen", &[("proposal", &id.to_string()), ("hide", "ja"), ("reason", "Weg ermee")]).await;
        assert_eq!(res.error(), AppError::Forbidden, "{who}");
    }
    assert_eq!(other.call("/api/moderatie", &[]).await.error(), AppError::Forbidden);
    assert_eq!(other.call("/api/meedoen-instellingen", &[]).await.error(), AppError::Forbidden);
    // Another buurt does not see it at all.
    assert_eq!(olaf.call("/api/voorstel", &[("id", &id.to_string())]).await.error(), AppError::NotFound);
    assert_eq!(status(&app, id).await, "ingediend");
    assert!(log_actions(&app, id).await.is_empty());

    // A commissielid cannot decide on their own proposal; another member or staff can.
    let own = propose(&app, &mut kees, "initiatief", "Moestuin op het dak").await;
    assert_eq!(step(&mut kees, own, "accepteren", "").await.error(), AppError::Invalid(Problem::ProposalOwn));
    assert!(!detail(&mut kees, own).await.can_moderate);
    assert_eq!(status(&app, own).await, "ingediend");
    assert!(step(&mut samira, own, "accepteren", "").await.status.is_success());
    assert_eq!(status(&app, own).await, "geaccepteerd");

    // Staff of the buurt (sociaal werker, beheerder) and the commissie moderate.
    assert!(step(&mut anja, id, "behandelen", "").await.status.is_success());
    assert!(step(&mut kees, id, "accepteren", "Goed idee.").await.status.is_success());
    assert!(step(&mut samira, id, "plannen", "De huismeester zet het neer.").await.status.is_success());
    assert_eq!(status(&app, id).await, "gepland");
    // Steps out of order are refused.
    assert_eq!(step(&mut kees, id, "aanpassen", "Toch anders?").await.error(), AppError::Invalid(Problem::ProposalWrongStatus));
    assert!(step(&mut kees, id, "uitgevoerd", "").await.status.is_success());
    assert_eq!(step(&mut kees, id, "uitgevoerd", "").await.error(), AppError::Invalid(Problem::ProposalWrongStatus));
    assert_eq!(log_actions(&app, id).await, ["accepteren", "plannen", "uitgevoerd"]);
    assert_eq!(notes(&app, "Jan", "note-proposal-done").await, 1);
    // An initiative is not turned into an activity.
    let other_id = propose(&app, &mut other, "initiatief", "Speeltoestel").await;
    assert_eq!(accept_activity(&mut kees, other_id).await.error(), AppError::Invalid(Problem::ProposalWrongStatus));
    let act = propose(&app, &mut other, "activiteit", "Bingo-middag").await;
    assert_eq!(step(&mut kees, act, "accepteren", "").await.error(), AppError::Invalid(Problem::ProposalWrongStatus));
}

#[tokio::test]
async fn decline_needs_a_reason_and_withdraw_is_for_the_author() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut other = app.residents("Buur", 1).await.remove(0);
    let a = propose(&app, &mut jan, "initiatief", "Hondenuitlaatveld").await;
    let b = propose(&app, &mut jan, "activiteit", "Repair café").await;
    assert_eq!(step(&mut kees, a, "afwijzen", "").await.error(), AppError::Invalid(Problem::ReasonMissing));
    assert!(step(&mut kees, a, "afwijzen", "Het veld is van de gemeente.").await.status.is_success());
    assert_eq!(notes(&app, "Jan", "note-proposal-declined").await, 1);
    let p = detail(&mut other, a).await;
    assert_eq!((p.card.status, p.status_reason.as_str()), (Status::Declined, "Het veld is van de gemeente."));
    assert_eq!(jan.call("/api/voorstel-intrekken", &[("proposal", &a.to_string())]).await.error(), AppError::Invalid(Problem::ProposalWrongStatus));
    assert_eq!(other.call("/api/voorstel-intrekken", &[("proposal", &b.to_string())]).await.error(), AppError::Forbidden);
    assert!(jan.call("/api/voorstel-intrekken", &[("proposal", &b.to_string())]).await.status.is_success());
    assert_eq!(status(&app, b).await, "ingetrokken");
    // Declined and withdrawn ones are in the closed list, not in the current one.
    let list: ProposalList = other.call("/api/voorstellen", &[("kind", ""), ("show", "")]).await.json();
    assert!(list.groups.iter().all(|g| g.proposals.is_empty()));
    let closed: ProposalList = other.call("/api/voorstellen", &[("kind", ""), ("show", "afgesloten")]).await.json();
    assert_eq!(closed.groups[0].proposals.len(), 2);
}

#[tokio::test]
async fn support_once_and_merge_moves_supporters_and_comments() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut people = app.residents("Buur", 3).await;
    let a = propose(&app, &mut jan, "initiatief", "Bankje bij de ingang").await;
    let b = propose(&app, &mut people[0], "initiatief", "Bank bij de voordeur").await;
    let support = |id: i64, yes: &'static str| vec![("proposal", id.to_string()), ("support", yes.to_string())];
    let call = async |c: &mut Client, form: Vec<(&str, String)>| {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        c.call("/api/voorstel-steunen", &pairs).await
    };
    // Buur 01 supports both (twice is once), Buur 02 only the duplicate; Jan supports the duplicate.
    for _ in 0..2 {
        assert!(call(&mut people[1], support(a, "ja")).await.status.is_success());
    }
    assert!(call(&mut people[1], support(b, "ja")).await.status.is_success());
    assert!(call(&mut people[2], support(b, "ja")).await.status.is_success());
    assert!(call(&mut jan, support(b, "ja")).await.status.is_success());
    assert_eq!(call(&mut jan, support(a, "ja")).await.error(), AppError::Forbidden, "not one's own");
    assert_eq!(detail(&mut jan, a).await.card.supporters, 1);
    let author_b = app.user_id("Buur 00").await;
    sqlx::query("INSERT INTO comments (proposal_id, author_id, body, created_at) VALUES ($1, $2, 'Goed plan!', 1)")
        .bind(b)
        .bind(author_b)
        .execute(&app.db)
        .await
        .unwrap();

    let merge = |into: i64, reason: &'static str| vec![("proposal", b.to_string()), ("into", into.to_string()), ("reason", reason.to_string())];
    let call_merge = async |c: &mut Client, form: Vec<(&str, String)>| {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        c.call("/api/voorstel-samenvoegen", &pairs).await
    };
    assert_eq!(call_merge(&mut people[1], merge(a, "Dubbel.")).await.error(), AppError::Forbidden);
    assert_eq!(call_merge(&mut kees, merge(b, "Dubbel.")).await.error(), AppError::Invalid(Problem::MergeTargetInvalid));
    assert_eq!(call_merge(&mut kees, merge(a, "")).await.error(), AppError::Invalid(Problem::ReasonMissing));
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM proposal_supporters WHERE proposal_id = {b}")).await, 3);
    assert!(call_merge(&mut kees, merge(a, "Gaat over hetzelfde bankje.")).await.status.is_success());

    assert_eq!(status(&app, b).await, "samengevoegd");
    assert_eq!(app.count(&format!("SELECT merged_into FROM proposals WHERE id = {b}")).await, a);
    // Buur 01 once, Buur 02, and the duplicate's author; Jan is the author of the target.
    let supporters: Vec<String> = sqlx::query_scalar(
        "SELECT u.display_name FROM proposal_supporters s JOIN users u ON u.id = s.user_id WHERE s.proposal_id = $1 ORDER BY u.display_name",
    )
    .bind(a)
    .fetch_all(&app.db)
    .await
    .unwrap();
    assert_eq!(supporters, ["Buur 00", "Buur 01", "Buur 02"]);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM proposal_supporters WHERE proposal_id = {b}")).await, 0);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM comments WHERE proposal_id = {a}")).await, 1);
    assert_eq!(log_actions(&app, b).await, ["samenvoegen"]);
    assert_eq!(notes(&app, "Buur 00", "note-proposal-merged").await, 1);
    let p = detail(&mut people[0], b).await;
    assert_eq!(p.merged_into, Some((a, "Bankje bij de ingang".to_string())));
}

#[tokio::test]
async fn hidden_proposals_are_invisible_to_residents_but_not_to_the_commissie() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut author = app.residents("Buur", 1).await.remove(0);
    let id = propose(&app, &mut author, "initiatief", "Mijn spullen te koop").await;
    let hide = |yes: &'static str, reason: &'static str| vec![("proposal", id.to_string()), ("hide", yes.to_string()), ("reason", reason.to_string())];
    let call = async |c: &mut Client, form: Vec<(&str, String)>| {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        c.call("/api/voorstel-verbergen", &pairs).await
    };
    assert_eq!(call(&mut kees, hide("ja", "")).await.error(), AppError::Invalid(Problem::ReasonMissing));
    assert!(call(&mut kees, hide("ja", "Dit is een advertentie.")).await.status.is_success());

    // Residents: not in the list, no page, no support, no photo.
    let list: ProposalList = jan.call("/api/voorstellen", &[("kind", ""), ("show", "")]).await.json();
    assert!(list.groups.iter().all(|g| g.proposals.is_empty()));
    assert_eq!(jan.call("/api/voorstel", &[("id", &id.to_string())]).await.error(), AppError::NotFound);
    assert_eq!(jan.get(&format!("/meedoen/{id}"), &[]).await.status, 404);
    assert_eq!(jan.call("/api/voorstel-steunen", &[("proposal", &id.to_string()), ("support", "ja")]).await.error(), AppError::NotFound);
    add_photo(&app, id).await;
    assert_eq!(jan.get(&format!("/meedoen/foto/{id}.jpg"), &[]).await.status, 404);
    // The log says it happened, without a link, the title or the written reason for residents.
    let log: Vec<LogItem> = jan.call("/api/logboek", &[]).await.json();
    assert_eq!((log[0].action, log[0].title.as_str(), log[0].proposal_id), (Action::Hide, "(verborgen)", None));
    assert!(log[0].withheld && !log[0].reason.contains("advertentie"), "{:?}", log[0]);

    // The commissie sees it with the reason; so does its author.
    let queue: Queue = kees.call("/api/moderatie", &[]).await.json();
    assert_eq!(queue.hidden.len(), 1);
    assert_eq!(queue.hidden[0].hidden_reason, "Dit is een advertentie.");
    assert_eq!(detail(&mut kees, id).await.hidden_reason.as_deref(), Some("Dit is een advertentie."));
    assert_eq!(kees.get(&format!("/meedoen/foto/{id}.jpg"), &[]).await.status, 200);
    assert_eq!(detail(&mut author, id).await.hidden_reason.as_deref(), Some("Dit is een advertentie."));
    assert_eq!(notes(&app, "Buur 00", "note-proposal-hidden").await, 1);

    assert!(call(&mut kees, hide("nee", "")).await.status.is_success());
    assert_eq!(detail(&mut jan, id).await.hidden_reason, None);
    assert_eq!(log_actions(&app, id).await, ["verbergen", "terugzetten"]);
}

/// A stored photo, as the upload route would leave it.
async fn add_photo(app: &TestApp, id: i64) {
    sqlx::query("INSERT INTO proposal_photos (proposal_id, content_type, width, height, bytes, created_at) VALUES ($1, 'image/jpeg', 1, 1, $2, 1)")
        .bind(id)
        .bind(vec![0xffu8, 0xd8, 0xff, 0xd9])
        .execute(&app.db)
        .await
        .unwrap();
}

#[tokio::test]
async fn open_proposals_are_limited_per_resident_and_per_household() {
    let app = TestApp::new().await;
    // Only the limits on open proposals here (the limits per 30 days: fair_proposals.rs).
    sqlx::query("INSERT INTO participation_settings (buurt_id, new_per_resident_30d, new_per_household_30d) VALUES ($1, 10, 10)")
        .bind(app.buurt.0)
        .execute(&app.db)
        .await
        .unwrap();
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut housemate = app.residents("Huisgenoot", 1).await.remove(0);
    let first = propose(&app, &mut jan, "initiatief", "Eerste idee").await;
    propose(&app, &mut jan, "initiatief", "Tweede idee").await;
    assert_eq!(submit(&mut jan, "initiatief", "Derde idee").await.error(), AppError::Invalid(Problem::ProposalLimitResident));
    propose(&app, &mut housemate, "initiatief", "Idee van de buren").await;
    assert_eq!(
        submit(&mut housemate, "initiatief", "Nog een idee").await.error(),
        AppError::Invalid(Problem::ProposalLimitHousehold)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 3);
    // Once the commissie decided on one, Jan may propose again.
    assert!(step(&mut kees, first, "afwijzen", "Past niet in het budget.").await.status.is_success());
    propose(&app, &mut jan, "initiatief", "Derde idee").await;
    // The limit comes from the buurt's settings.
    let form: SettingsForm = kees.call("/api/meedoen-instellingen", &[]).await.json();
    assert_eq!((form.settings.max_open_per_resident, form.settings.max_open_per_household), (2, 3));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn ten_submissions_at_once_store_exactly_two() {
    let app = TestApp::new().await;
    let client = app.residents("Haastig", 1).await.remove(0);
    let started = std::time::Instant::now();
    let tasks: Vec<_> = (0..10)
        .map(|i| {
            let mut c = client.clone();
            tokio::spawn(async move {
                let title = format!("Tegelijk idee {i}");
                let res = submit(&mut c, "initiatief", &title).await;
                if res.status.is_success() { Ok(()) } else { Err(res.error()) }
            })
        })
        .collect();
    let (mut stored, mut refused) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(()) => stored += 1,
            Err(AppError::Invalid(Problem::ProposalLimitResident)) => refused += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    eprintln!("10 concurrent submissions by one resident: {stored} stored, {refused} refused, in {:?}", started.elapsed());
    assert_eq!((stored, refused), (2, 8));
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 2);
}

#[tokio::test]
async fn bad_input_changes_nothing_and_markup_stays_text() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let long = "x".repeat(5000);
    for (kind, title, description, problem) in [
        ("initiatief", "", "Een goed idee voor de buurt.", Problem::TextEmpty),
        ("initiatief", "Bankje", "", Problem::TextEmpty),
        ("initiatief", long.as_str(), "Een goed idee voor de buurt.", Problem::TextTooLong),
        ("initiatief", "Bankje", long.as_str(), Problem::TextTooLong),
        ("iets anders", "Bankje", "Een goed idee voor de buurt.", Problem::Unknown),
    ] {
        let res = jan
            .call(
                "/api/voorstel-nieuw",
                &[("kind", kind), ("title", title), ("description", description), ("audience", ""), ("date_wish", ""), ("help_needed", "")],
            )
            .await;
        assert_eq!(res.error().problem(), Some(problem), "{title:.20} / {description:.20}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 0);
    let mut anon = app.client();
    assert_eq!(submit(&mut anon, "initiatief", "Zonder account").await.error(), AppError::NotSignedIn);

    let script = "<script>alert(1)</script> koken";
    let id = propose(&app, &mut jan, "activiteit", script).await;
    assert_eq!(detail(&mut jan, id).await.card.title, script);
    let page = jan.get(&format!("/meedoen/{id}"), &[]).await;
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("<script>alert(1)"), "markup must be escaped");
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; koken"));
    // The proposal is in the author's data export.
    let export: serde_json::Value = jan.get("/profiel/mijn-gegevens.json", &[]).await.json();
    assert_eq!(export["proposals"][0]["title"], script);
    assert_eq!(export["proposals"][0]["status"], "ingediend");

    // Settings: only the commissie and staff, and only sensible numbers.
    let mut kees = app.signed_in("Kees").await;
    let buurt = app.buurt.0.to_string();
    let settings = |first: &'static str| {
        vec![
            ("buurt", buurt.clone()),
            ("max_open_per_resident", first.to_string()),
            ("max_open_per_household", "3".to_string()),
            ("comment_interval_seconds", "30".to_string()),
            ("comments_per_day", "10".to_string()),
            ("consecutive_replies", "3".to_string()),
            ("report_threshold", "2".to_string()),
            ("nudge_share_percent", "50".to_string()),
            ("nudge_min_comments", "8".to_string()),
            ("new_per_resident_30d", "2".to_string()),
            ("new_per_household_30d", "4".to_string()),
            ("reports_per_household_day", "5".to_string()),
            ("ballot_per_household", "1".to_string()),
            ("signal_top5_percent", "25".to_string()),
            ("signal_median_ratio", "3".to_string()),
        ]
    };
    let save = async |c: &mut Client, form: Vec<(&str, String)>| {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        c.call("/api/meedoen-instellingen-opslaan", &pairs).await
    };
    assert_eq!(save(&mut jan, settings("1")).await.error(), AppError::Forbidden);
    assert_eq!(save(&mut kees, settings("0")).await.error(), AppError::InvalidField(Problem::SettingInvalid, "max_open_per_resident".into()));
    assert_eq!(save(&mut kees, settings("veel")).await.error(), AppError::InvalidField(Problem::SettingInvalid, "max_open_per_resident".into()));
    assert_eq!(app.count("SELECT COUNT(*) FROM participation_settings").await, 0);
    assert!(save(&mut kees, settings("1")).await.status.is_success());
    let form: SettingsForm = kees.call("/api/meedoen-instellingen", &[]).await.json();
    assert_eq!((form.settings.max_open_per_resident, form.settings.report_threshold, form.settings.new_per_household_30d), (1, 2, 4));
    assert!(form.changed.unwrap().starts_with("Kees, "));
    // Jan has one open proposal: with the new limit of 1 he cannot add another.
    assert_eq!(submit(&mut jan, "initiatief", "Nog iets").await.error(), AppError::Invalid(Problem::ProposalLimitResident));
    // A deleted account's open proposal leaves the queue as withdrawn, with a history line.
    let res = jan.call("/api/profiel-verwijderen", &[("password", common::PASSWORD), ("confirm", "ja")]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(status(&app, id).await, "ingetrokken");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM proposal_events WHERE proposal_id = {id} AND status = 'ingetrokken'")).await, 1);
}

#[tokio::test]
async fn the_log_names_roles_not_residents_and_the_list_is_fair() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut samira = app.signed_in("Samira").await;
    let a = propose(&app, &mut jan, "initiatief", "Moestuin").await;
    let b = propose(&app, &mut jan, "initiatief", "Bankje").await;
    assert!(step(&mut kees, a, "afwijzen", "Het dak is te zwak.").await.status.is_success());
    assert!(step(&mut samira, b, "accepteren", "").await.status.is_success());
    let log: Vec<LogItem> = jan.call("/api/logboek", &[]).await.json();
    assert_eq!(log.len(), 2);
    assert_eq!((log[0].action, log[0].who.as_str()), (Action::Accept, "Samira (sociaal werker)"));
    assert_eq!((log[1].action, log[1].who.as_str(), log[1].proposal_id), (Action::Decline, "lid van de bewonerscommissie", Some(a)));
    assert!(!log[1].who.contains("Kees"));
    let page = jan.get("/meedoen/logboek", &[]).await;
    assert!(page.body.contains("Het dak is te zwak.") && !page.body.contains("Kees"));

    // New proposals in an order that is the same for a visitor all day, not by supporters.
    // (The test residents share one household: the buurt allows it more open and new proposals.)
    sqlx::query("INSERT INTO participation_settings (buurt_id, max_open_per_household, new_per_household_30d) VALUES ($1, 20, 20)")
        .bind(app.buurt.0)
        .execute(&app.db)
        .await
        .unwrap();
    let mut people = app.residents("Buur", 6).await;
    for (i, c) in people.iter_mut().enumerate() {
        propose(&app, c, "activiteit", &format!("Idee nummer {i}")).await;
    }
    let order = |list: ProposalList| list.groups[0].proposals.iter().map(|c: &ProposalCard| c.id.0).collect::<Vec<_>>();
    let first = order(jan.call("/api/voorstellen", &[("kind", "activiteit"), ("show", "")]).await.json());
    let again = order(jan.call("/api/voorstellen", &[("kind", "activiteit"), ("show", "")]).await.json());
    assert_eq!(first.len(), 6);
    assert_eq!(first, again);
    let mut sorted = first.clone();
    sorted.sort();
    let others: Vec<Vec<i64>> = {
        let mut v = Vec::new();
        for c in people.iter_mut() {
            v.push(order(c.call("/api/voorstellen", &[("kind", "activiteit"), ("show", "")]).await.json()));
        }
        v
    };
    assert!(others.iter().any(|o| *o != first), "another visitor sees another order");
    let initiatives: ProposalList = jan.call("/api/voorstellen", &[("kind", "initiatief"), ("show", "")]).await.json();
    assert_eq!(initiatives.groups[1].proposals.len(), 1, "the accepted Bankje");
}

/// A small JPEG with an EXIF block that holds a GPS position (latitude reference "N").
fn jpeg_with_gps(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| image::Rgb([(x % 256) as u8, (y % 256) as u8, 120]));
    let mut plain = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90).encode_image(&img).unwrap();
    // TIFF, big-endian: IFD0 with one entry (GPSInfo → offset 26), GPS IFD with GPSLatitudeRef "N".
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    tiff.extend([0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0]);
    tiff.extend([0, 1, 0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0, 0, 0, 0, 0]);
    tiff.extend(b"GPSMARKER-52.0907-5.1214");
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let len = (app1.len() + 2) as u16;
    let mut out = plain[..2].to_vec();
    out.extend([0xff, 0xe1]);
    out.extend(len.to_be_bytes());
    out.extend(app1);
    out.extend(&plain[2..]);
    out
}

async fn upload(client: &mut Client, id: i64, bytes: &[u8], origin: &str) -> common::Reply {
    use axum::body::Body;
    use axum::http::{Request, header};
    let boundary = "buurtpleingrens";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"foto.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n"
    )
    .into_bytes();
    body.extend(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").into_bytes());
    let req = Request::post(format!("/meedoen/foto/{id}"))
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, origin)
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    client.send(req).await
}

#[tokio::test]
async fn a_photo_is_resized_and_loses_its_location() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut other = app.residents("Buur", 1).await.remove(0);
    let id = propose(&app, &mut jan, "initiatief", "Bankje bij de ingang").await;
    let original = jpeg_with_gps(1600, 900);
    assert!(original.windows(4).any(|w| w == b"Exif") && original.windows(9).any(|w| w == b"GPSMARKER"));

    // Not from another site, not by someone else.
    assert_eq!(upload(&mut jan, id, &original, "https://evil.example").await.status, 403);
    assert_eq!(upload(&mut other, id, &original, common::ORIGIN).await.status, 403);
    assert_eq!(app.count("SELECT COUNT(*) FROM proposal_photos").await, 0);
    // Not something that is no photo.
    let res = upload(&mut jan, id, b"dit is geen foto", common::ORIGIN).await;
    assert_eq!(res.headers.get("location").unwrap(), &format!("/meedoen/{id}?foto=ongeldig"));
    assert_eq!(app.count("SELECT COUNT(*) FROM proposal_photos").await, 0);

    let res = upload(&mut jan, id, &original, common::ORIGIN).await;
    assert!(res.status.is_redirection(), "{res:?}");
    assert_eq!(res.headers.get("location").unwrap(), &format!("/meedoen/{id}?foto=ok"));
    let (w, h): (i64, i64) = sqlx::query_as("SELECT width, height FROM proposal_photos WHERE proposal_id = $1").bind(id).fetch_one(&app.db).await.unwrap();
    assert_eq!((w, h), (1200, 675));
    assert!(detail(&mut other, id).await.has_photo);
    let served = other.get(&format!("/meedoen/foto/{id}.jpg"), &[]).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.headers.get("content-type").unwrap(), "image/jpeg");
    let stored: Vec<u8> = sqlx::query_scalar("SELECT bytes FROM proposal_photos WHERE proposal_id = $1").bind(id).fetch_one(&app.db).await.unwrap();
    assert!(!stored.windows(4).any(|w| w == b"Exif"), "no EXIF block");
    assert!(!stored.windows(9).any(|w| w == b"GPSMARKER"), "no location");
    let decoded = image::load_from_memory(&stored).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (1200, 675));
    // Too big is refused before it is decoded.
    let big = vec![0u8; 8 * 1024 * 1024 + 1];
    let res = upload(&mut jan, id, &big, common::ORIGIN).await;
    assert_eq!(res.headers.get("location").unwrap(), &format!("/meedoen/{id}?foto=te-groot"));
}
