//! Comments and reports through the real router: replies one level deep, slow mode at its
//! boundaries and under concurrency, reports counted per household, the commissie's review,
//! who may hide what, text that stays text, and the nudge.

mod common;

use app::comments::model::{Piece, ReportedItem, Shown, SlowDown, Thread};
use app::error::{AppError, Problem};
use common::{Client, TestApp};

/// A proposal in the test buurt (or another), written straight into the database.
async fn proposal(app: &TestApp, buurt: i64, title: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO proposals (buurt_id, kind, title, description, created_at, updated_at) \
         VALUES ($1, 'initiatief', $2, 'Een bankje bij de ingang.', 1, 1) RETURNING id",
    )
    .bind(buurt)
    .bind(title)
    .fetch_one(&app.db)
    .await
    .unwrap()
}

/// Sets the limits of the test buurt.
async fn limits(app: &TestApp, interval: i64, per_day: i64, in_a_row: i64, threshold: i64) {
    sqlx::query(
        "INSERT INTO participation_settings (buurt_id, comment_interval_seconds, comments_per_day, consecutive_replies, report_threshold) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (buurt_id) DO UPDATE SET comment_interval_seconds = $2, comments_per_day = $3, \
         consecutive_replies = $4, report_threshold = $5",
    )
    .bind(app.buurt.0)
    .bind(interval)
    .bind(per_day)
    .bind(in_a_row)
    .bind(threshold)
    .execute(&app.db)
    .await
    .unwrap();
}

/// No limits that get in the way of a test about something else.
async fn no_limits(app: &TestApp) {
    limits(app, 0, 500, 50, 3).await;
}

async fn post(c: &mut Client, p: i64, parent: Option<i64>, body: &str) -> common::Reply {
    let parent = parent.map(|id| id.to_string()).unwrap_or_default();
    c.call("/api/reactie-plaatsen", &[("proposal", &p.to_string()), ("parent", &parent), ("body", body)]).await
}

async fn ok_post(c: &mut Client, p: i64, parent: Option<i64>, body: &str) -> i64 {
    let res = post(c, p, parent, body).await;
    assert!(res.status.is_success(), "{res:?}");
    sqlx_last_comment(c, p).await
}

async fn sqlx_last_comment(c: &mut Client, p: i64) -> i64 {
    let t = thread(c, p).await;
    let mut ids: Vec<i64> = t.comments.iter().flat_map(|c| std::iter::once(c.id.0).chain(c.replies.iter().map(|r| r.id.0))).collect();
    ids.sort();
    *ids.last().unwrap()
}

async fn thread(c: &mut Client, p: i64) -> Thread {
    c.call("/api/reacties", &[("proposal", &p.to_string())]).await.json::<Option<Thread>>().expect("signed in")
}

async fn report(c: &mut Client, kind: &str, id: i64, reason: &str) -> common::Reply {
    c.call("/api/melden", &[("kind", kind), ("id", &id.to_string()), ("reason", reason), ("note", "")]).await
}

async fn moderate(c: &mut Client, kind: &str, id: i64, decision: &str, reason: &str) -> common::Reply {
    c.call("/api/modereren", &[("kind", kind), ("id", &id.to_string()), ("decision", decision), ("reason", reason)]).await
}

/// Moves a user into a household of their own.
async fn own_household(app: &TestApp, user: &str) {
    let mut tx = app::db::begin_write(&app.db).await.unwrap();
    let h = app::neighbourhood::store::create_household(&mut tx, app.buurt, &format!("Straat {user}"), "B").await.unwrap();
    tx.commit().await.unwrap();
    sqlx::query("UPDATE users SET household_id = $1 WHERE display_name = $2").bind(h.0).bind(user).execute(&app.db).await.unwrap();
}

/// Moves a comment `seconds` into the past.
async fn age(app: &TestApp, comment: i64, seconds: i64) {
    sqlx::query("UPDATE comments SET created_at = created_at - $1 WHERE id = $2").bind(seconds).bind(comment).execute(&app.db).await.unwrap();
}

fn text(pieces: &[Piece]) -> String {
    pieces.iter().map(|p| match p { Piece::Text(t) | Piece::Link(t) => t.as_str() }).collect()
}

#[tokio::test]
async fn replies_are_one_level_deep_and_oldest_first() {
    let app = TestApp::new().await;
    no_limits(&app).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let first = ok_post(&mut jan, p, None, "Goed idee!").await;
    let reply = ok_post(&mut kees, p, Some(first), "Eens.").await;
    // A reply to a reply goes under the top-level comment.
    let deeper = ok_post(&mut jan, p, Some(reply), "Dank je.").await;
    let second = ok_post(&mut kees, p, None, "Waar precies?").await;
    let t = thread(&mut jan, p).await;
    assert_eq!(t.comments.iter().map(|c| c.id.0).collect::<Vec<_>>(), [first, second]);
    assert_eq!(t.comments[0].replies.iter().map(|c| c.id.0).collect::<Vec<_>>(), [reply, deeper]);
    assert_eq!(app.count(&format!("SELECT parent_id FROM comments WHERE id = {deeper}")).await, first);
    assert_eq!((t.comments[0].author.as_str(), t.comments[0].mine, t.count), ("Jan", true, 4));
    assert!(!t.comments[0].when.is_empty());

    // Empty and over-long text is refused; nothing stored.
    assert_eq!(post(&mut jan, p, None, "   ").await.error(), AppError::InvalidField(Problem::TextEmpty, "body".into()));
    assert_eq!(post(&mut jan, p, None, &"x".repeat(2001)).await.error(), AppError::InvalidField(Problem::TextTooLong, "body".into()));
    assert!(post(&mut jan, p, None, &"x".repeat(2000)).await.status.is_success());
    // A parent from another proposal is refused.
    let other = proposal(&app, app.buurt.0, "Ander").await;
    assert_eq!(post(&mut jan, other, Some(first), "hier?").await.error(), AppError::Invalid(Problem::Unknown));
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM comments WHERE proposal_id = {other}")).await, 0);

    // The author removes their own comment: "verwijderd", replies stay. Someone else cannot.
    let del = first.to_string();
    assert_eq!(kees.call("/api/reactie-verwijderen", &[("comment", &del)]).await.error(), AppError::Forbidden);
    assert!(jan.call("/api/reactie-verwijderen", &[("comment", &del)]).await.status.is_success());
    let t = thread(&mut kees, p).await;
    assert_eq!(t.comments[0].shown, Shown::Deleted);
    assert!(t.comments[0].body.is_empty());
    assert_eq!(t.comments[0].replies.len(), 2);
    assert_eq!(t.count, 4);

    // A deleted account's comments show "oud-bewoner".
    sqlx::query("UPDATE users SET display_name = NULL WHERE display_name = 'Kees'").execute(&app.db).await.unwrap();
    let t = thread(&mut jan, p).await;
    assert_eq!(t.comments[1].author, "oud-bewoner");
}

#[tokio::test]
async fn other_buurt_is_refused() {
    let app = TestApp::new().await;
    no_limits(&app).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let mut jan = app.signed_in("Jan").await;
    let c = ok_post(&mut jan, p, None, "Goed idee!").await;
    let mut olaf = app.signed_in("Olaf").await;
    assert_eq!(olaf.call("/api/reacties", &[("proposal", &p.to_string())]).await.error(), AppError::Forbidden);
    assert_eq!(post(&mut olaf, p, None, "Hallo").await.error(), AppError::Forbidden);
    assert_eq!(report(&mut olaf, "reactie", c, "kwetsend").await.error(), AppError::Forbidden);
    assert_eq!(moderate(&mut olaf, "reactie", c, "verbergen", "Niet netjes").await.error(), AppError::Forbidden);
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM reports").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM comments WHERE hidden_at IS NOT NULL").await, 0);
    let mut anon = app.client();
    assert_eq!(post(&mut anon, p, None, "Hallo").await.error(), AppError::NotSignedIn);
    assert_eq!(anon.call("/api/reacties", &[("proposal", &p.to_string())]).await.json::<Option<Thread>>(), None);
}

#[tokio::test]
async fn interval_and_day_cap_at_their_boundaries() {
    let app = TestApp::new().await;
    limits(&app, 60, 3, 50, 3).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let q = proposal(&app, app.buurt.0, "Moestuin").await;
    let mut jan = app.signed_in("Jan").await;
    let a = ok_post(&mut jan, p, None, "Een").await;
    // Within the interval, also on another proposal: refused, with when.
    match post(&mut jan, q, None, "Twee").await.error() {
        AppError::Slow(SlowDown::Interval { seconds: 60, when }) => assert!(when.contains(':'), "{when}"),
        other => panic!("{other:?}"),
    }
    age(&app, a, 55).await;
    assert!(matches!(post(&mut jan, p, None, "Twee").await.error(), AppError::Slow(SlowDown::Interval { .. })), "55 s is too soon");
    age(&app, a, 6).await;
    let b = ok_post(&mut jan, p, None, "Twee").await;
    age(&app, b, 61).await;
    let c = ok_post(&mut jan, q, None, "Drie").await;
    age(&app, c, 61).await;
    // The fourth in 24 hours is refused; the message says when.
    let err = post(&mut jan, p, None, "Vier").await.error();
    assert!(matches!(&err, AppError::Slow(SlowDown::PerDay { max: 3, .. })), "{err:?}");
    let message = err.message(app::i18n::Lang::Nl);
    assert!(message.contains("3 reacties") && message.contains("vanaf"), "{message}");
    // Once the oldest is more than a day old, there is room for one more.
    age(&app, a, 24 * 3600).await;
    assert!(post(&mut jan, p, None, "Vier").await.status.is_success());
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 4);
    // Staff are not slowed down.
    let mut samira = app.signed_in("Samira").await;
    for i in 0..5 {
        assert!(post(&mut samira, p, None, &format!("Antwoord {i}")).await.status.is_success());
    }
}

#[tokio::test]
async fn consecutive_cap_until_someone_else_writes() {
    let app = TestApp::new().await;
    limits(&app, 0, 500, 3, 3).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let first = ok_post(&mut jan, p, None, "Een").await;
    ok_post(&mut jan, p, Some(first), "Twee").await;
    ok_post(&mut jan, p, None, "Drie").await; // the 3rd in a row is allowed
    let err = post(&mut jan, p, None, "Vier").await.error();
    assert_eq!(err, AppError::Slow(SlowDown::InARow { max: 3 }));
    assert!(err.message(app::i18n::Lang::Nl).contains("iemand anders"), "{}", err.message(app::i18n::Lang::Nl));
    assert_eq!(post(&mut jan, p, Some(first), "Vier").await.error(), AppError::Slow(SlowDown::InARow { max: 3 }), "replies count too");
    // Another conversation is not affected.
    let q = proposal(&app, app.buurt.0, "Moestuin").await;
    assert!(post(&mut jan, q, None, "Elders").await.status.is_success());
    // Someone else writes: Jan may again.
    ok_post(&mut kees, p, None, "Kees zegt ook wat").await;
    ok_post(&mut jan, p, None, "Vier").await;
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM comments WHERE proposal_id = {p}")).await, 5);
    // The commissie is slowed down like residents; staff are not.
    for i in 0..3 {
        ok_post(&mut kees, p, None, &format!("Kees {i}")).await;
    }
    assert_eq!(post(&mut kees, p, None, "Kees 3").await.error(), AppError::Slow(SlowDown::InARow { max: 3 }));
    let mut samira = app.signed_in("Samira").await;
    for i in 0..4 {
        ok_post(&mut samira, p, None, &format!("Samira {i}")).await;
    }
}

#[tokio::test]
async fn twenty_at_once_with_the_interval_on_store_one() {
    let app = TestApp::new().await;
    limits(&app, 60, 500, 50, 3).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let jan = app.signed_in("Jan").await;
    let started = std::time::Instant::now();
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let mut c = jan.clone();
            tokio::spawn(async move {
                let res = post(&mut c, p, None, &format!("Reactie {i}")).await;
                if res.status.is_success() { Ok(()) } else { Err(res.error()) }
            })
        })
        .collect();
    let (mut stored, mut slowed) = (0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(()) => stored += 1,
            Err(AppError::Slow(SlowDown::Interval { .. })) => slowed += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    eprintln!("20 concurrent comments with a 60 s interval: {stored} stored, {slowed} refused, in {:?}", started.elapsed());
    assert_eq!((stored, slowed), (1, 19));
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 1);
}

#[tokio::test]
async fn reports_count_once_per_household_and_hide_at_the_threshold() {
    let app = TestApp::new().await;
    no_limits(&app).await;
    limits(&app, 0, 500, 50, 2).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let mut jan = app.signed_in("Jan").await;
    let c = ok_post(&mut jan, p, None, "Iets onaardigs").await;
    // Two members of one household (the test household) report: counted once.
    let mut same = app.residents("Huisgenoot", 2).await;
    for r in &mut same {
        assert!(report(r, "reactie", c, "kwetsend").await.status.is_success());
    }
    assert!(report(&mut same[0], "reactie", c, "kwetsend").await.status.is_success(), "twice is once");
    assert_eq!(app.count("SELECT COUNT(*) FROM reports").await, 2);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM comments WHERE id = {c} AND hidden_at IS NULL")).await, 1, "one household");
    // A bad reason is refused.
    let mut other = app.residents("Buur", 1).await.remove(0);
    own_household(&app, "Buur 00").await;
    assert_eq!(report(&mut other, "reactie", c, "").await.error(), AppError::Invalid(Problem::ReportReasonMissing));
    // A second household reaches the threshold of 2: hidden, and logged as 'meldingen'.
    assert!(report(&mut other, "reactie", c, "reclame").await.status.is_success());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM comments WHERE id = {c} AND hidden_at IS NOT NULL AND hidden_by IS NULL")).await, 1);
    let (role, action, kind, title): (String, String, String, String) = sqlx::query_as(
        "SELECT actor_role, action, target_kind, target_title FROM moderation_log WHERE target_id = $1 AND actor_id IS NULL",
    )
    .bind(c)
    .fetch_one(&app.db)
    .await
    .unwrap();
    assert_eq!((role.as_str(), action.as_str(), kind.as_str(), title.as_str()), ("meldingen", "verbergen", "reactie", "Bankje"));

    // A resident sees no text; the commissie does, with the reason, and can review it.
    let t = thread(&mut other, p).await;
    assert!(matches!(t.comments[0].shown, Shown::Hidden { by_reports: true, .. }));
    assert!(t.comments[0].body.is_empty() && t.comments[0].reported);
    let mut kees = app.signed_in("Kees").await;
    let t = thread(&mut kees, p).await;
    assert_eq!(text(&t.comments[0].body), "Iets onaardigs");
    assert_eq!(t.comments[0].open_reports, 3);
    let items: Vec<ReportedItem> = kees.call("/api/gemeld", &[]).await.json();
    assert_eq!(items.len(), 1);
    assert_eq!((items[0].reports, items[0].households, items[0].proposal_title.as_str()), (3, 2, "Bankje"));
    assert_eq!(items[0].reasons.len(), 2);
    assert_eq!(jan.call("/api/gemeld", &[]).await.error(), AppError::Forbidden);

    // The commissie puts it back: reports closed, logged; the list is empty.
    assert!(moderate(&mut kees, "reactie", c, "in_orde", "").await.status.is_success());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM comments WHERE id = {c} AND hidden_at IS NULL")).await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM reports WHERE resolved_at IS NULL").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM moderation_log WHERE action = 'terugzetten' AND actor_role = 'commissielid'").await, 1);
    let items: Vec<ReportedItem> = kees.call("/api/gemeld", &[]).await.json();
    assert!(items.is_empty());

    // A proposal can be reported too, and hides the same way.
    assert!(report(&mut same[0], "voorstel", p, "anders").await.status.is_success());
    assert!(report(&mut other, "voorstel", p, "anders").await.status.is_success());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM proposals WHERE id = {p} AND hidden_at IS NOT NULL")).await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM moderation_log WHERE target_kind = 'voorstel' AND actor_role = 'meldingen'").await, 1);
}

#[tokio::test]
async fn only_the_commissie_and_staff_hide() {
    let app = TestApp::new().await;
    no_limits(&app).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let mut jan = app.signed_in("Jan").await;
    let c = ok_post(&mut jan, p, None, "Dit is echt niet netjes").await;
    // A bewoner calling hide: Forbidden, nothing changed.
    assert_eq!(moderate(&mut jan, "reactie", c, "verbergen", "Weg ermee").await.error(), AppError::Forbidden);
    assert_eq!(app.count("SELECT COUNT(*) FROM comments WHERE hidden_at IS NOT NULL").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM moderation_log").await, 0);
    // The commissie hides with a reason (required).
    let mut kees = app.signed_in("Kees").await;
    assert_eq!(moderate(&mut kees, "reactie", c, "verbergen", "").await.error(), AppError::Invalid(Problem::TextEmpty));
    assert!(moderate(&mut kees, "reactie", c, "verbergen", "Scheldwoorden").await.status.is_success());
    let t = thread(&mut jan, p).await;
    assert_eq!(t.comments[0].shown, Shown::Hidden { reason: "Scheldwoorden".into(), by_reports: false });
    assert!(t.comments[0].body.is_empty(), "the text is not sent to a resident");
    let raw = jan.call("/api/reacties", &[("proposal", &p.to_string())]).await.body;
    assert!(!raw.contains("niet netjes"), "{raw}");
    let t = thread(&mut kees, p).await;
    assert_eq!(text(&t.comments[0].body), "Dit is echt niet netjes");
    let (role, reason, title): (String, String, String) =
        sqlx::query_as("SELECT actor_role, reason, target_title FROM moderation_log WHERE action = 'verbergen'").fetch_one(&app.db).await.unwrap();
    assert_eq!((role.as_str(), reason.as_str(), title.as_str()), ("commissielid", "Scheldwoorden", "Bankje"));
    // Staff put it back.
    let mut samira = app.signed_in("Samira").await;
    assert!(moderate(&mut samira, "reactie", c, "in_orde", "Toch in orde").await.status.is_success());
    assert_eq!(thread(&mut jan, p).await.comments[0].shown, Shown::Visible);
    assert_eq!(app.count("SELECT COUNT(*) FROM moderation_log WHERE action = 'terugzetten' AND actor_role = 'sociaal_werker'").await, 1);
}

#[tokio::test]
async fn text_stays_text_and_only_web_addresses_are_links() {
    let app = TestApp::new().await;
    no_limits(&app).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let mut jan = app.signed_in("Jan").await;
    let body = "<script>alert('x')</script> zie https://example.nl/bank?a=1 of javascript:alert(1) en <a href=\"http://evil\">hier</a>";
    let c = ok_post(&mut jan, p, None, body).await;
    let stored: String = sqlx::query_scalar("SELECT body FROM comments WHERE id = $1").bind(c).fetch_one(&app.db).await.unwrap();
    assert_eq!(stored, body, "stored as typed");
    let t = thread(&mut jan, p).await;
    let links: Vec<&str> = t.comments[0].body.iter().filter_map(|p| if let Piece::Link(l) = p { Some(l.as_str()) } else { None }).collect();
    assert_eq!(links, ["https://example.nl/bank?a=1", "http://evil"]);
    assert_eq!(text(&t.comments[0].body), body, "nothing lost");
    assert!(matches!(&t.comments[0].body[0], Piece::Text(t) if t.starts_with("<script>")));
    // The author's data export holds what they wrote.
    let export: serde_json::Value = jan.get("/profiel/mijn-gegevens.json", &[]).await.json();
    assert_eq!(export["comments"][0]["text"], body);
    assert_eq!(export["comments"][0]["proposal"], "Bankje");
}

#[tokio::test]
async fn the_nudge_appears_exactly_at_the_threshold() {
    let app = TestApp::new().await;
    no_limits(&app).await;
    sqlx::query("UPDATE participation_settings SET nudge_share_percent = 40, nudge_min_comments = 10").execute(&app.db).await.unwrap();
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let mut jan = app.signed_in("Jan").await;
    let mut others = app.residents("Buur", 6).await;
    for _ in 0..3 {
        ok_post(&mut jan, p, None, "Ik weer").await;
    }
    for o in others.iter_mut().take(6) {
        ok_post(o, p, None, "Ook een mening").await;
    }
    // 3 of 9: no nudge.
    assert_eq!(thread(&mut jan, p).await.nudge, None);
    ok_post(&mut jan, p, None, "En nog iets").await;
    // 4 of 10 = 40%: the nudge.
    let t = thread(&mut jan, p).await;
    let nudge = t.nudge.expect("nudge at 4 of 10");
    assert_eq!((nudge.mine, nudge.total), (4, 10));
    assert_eq!(thread(&mut others[0], p).await.nudge, None, "1 of 10 is fine");
}

#[tokio::test]
async fn plain_forms_go_back_to_the_conversation() {
    let app = TestApp::new().await;
    limits(&app, 60, 500, 50, 3).await;
    let p = proposal(&app, app.buurt.0, "Bankje").await;
    let mut jan = app.signed_in("Jan").await;
    jan.referer = format!("/meedoen/{p}");
    let form = |body: &'static str| [("proposal", p.to_string()), ("parent", String::new()), ("body", body.to_string())];
    let pairs = |f: &[(&'static str, String); 3]| f.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let ok = pairs(&form("Zonder JavaScript"));
    let ok: Vec<(&str, &str)> = ok.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = jan.post("/api/reactie-plaatsen", &ok, Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let location = res.headers.get("location").unwrap().to_str().unwrap().to_string();
    let id = app.count("SELECT MAX(id) FROM comments").await;
    assert_eq!(location, format!("/meedoen/{p}#reactie-{id}"));
    // Refused (slow mode): back to the conversation with the error, which the page can show.
    let res = jan.post("/api/reactie-plaatsen", &ok, Some(common::ORIGIN), "text/html").await;
    let location = res.headers.get("location").unwrap().to_str().unwrap().to_string();
    assert!(location.starts_with(&format!("/meedoen/{p}?__path=")) && location.contains("__err=") && location.ends_with("#reacties"), "{location}");
    assert_eq!(app.count("SELECT COUNT(*) FROM comments").await, 1);
}
