//! Security through the real router: text a resident typed cannot break out of the forms
//! that show it again, every response carries the security headers, the public log keeps
//! hidden text out, a page render never loses its state, and a foreign Referer is refused.

mod common;

use app::proposals::model::{Action, LogItem};
use common::{Client, ORIGIN, TestApp, tomorrow};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

/// What an attacker would type: closes the textarea, then runs a script.
const PAYLOAD: &str = "Kom ook!</textarea><script>window.pwned=1</script> & \"samen\" <b>koken</b>";
/// The same text as the escaped HTML of a textarea's content.
const ESCAPED: &str = "Kom ook!&lt;/textarea&gt;&lt;script&gt;window.pwned=1&lt;/script&gt; &amp; \"samen\" &lt;b&gt;koken&lt;/b&gt;";

async fn propose_activity(app: &TestApp, client: &mut Client, title: &str) -> i64 {
    let res = client
        .call(
            "/api/voorstel-nieuw",
            &[
                ("kind", "activiteit"),
                ("title", title),
                ("description", PAYLOAD),
                ("audience", "Iedereen"),
                ("date_wish", "Vrijdag"),
                ("help_needed", PAYLOAD),
            ],
        )
        .await;
    assert!(res.status.is_success(), "{res:?}");
    app.count(&format!("SELECT MAX(id) FROM proposals WHERE title = '{title}'")).await
}

async fn accept(kees: &mut Client, id: i64) -> common::Reply {
    let date = tomorrow();
    let form = [
        ("proposal", id.to_string()),
        ("title", "Samen koken".to_string()),
        ("description", PAYLOAD.to_string()),
        ("date", date),
        ("start_time", "19:00".to_string()),
        ("end_time", "21:00".to_string()),
        ("place", "Ontmoetingsruimte".to_string()),
        ("audience", "iedereen".to_string()),
        ("category", "eten".to_string()),
        ("capacity", "12".to_string()),
        ("reason", "Leuk!".to_string()),
    ];
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    kees.call("/api/voorstel-activiteit", &pairs).await
}

/// The page shows the payload only escaped: no script element, and `fields` textareas hold it.
fn assert_escaped(page: &common::Reply, fields: usize) {
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(!page.body.contains("<script>window.pwned"), "{}", page.body);
    assert!(!page.body.contains("</textarea><script"), "{}", page.body);
    assert_eq!(page.body.matches(&format!(">\n{ESCAPED}</textarea>")).count(), fields, "{}", page.body);
}

#[tokio::test]
async fn typed_text_stays_text_in_every_prefilled_form() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut samira = app.signed_in("Samira").await;
    let id = propose_activity(&app, &mut jan, "Samen koken").await;

    // The commissielid's accept form holds the description.
    assert_escaped(&kees.get(&format!("/meedoen/{id}"), &[]).await, 1);

    // The author's edit form (after "aanpassen") holds description and help wanted.
    let res = kees.call("/api/voorstel-besluit", &[("proposal", &id.to_string()), ("step", "aanpassen"), ("reason", "Graag een datum.")]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_escaped(&jan.get(&format!("/meedoen/{id}"), &[]).await, 2);
    let res = jan
        .call(
            "/api/voorstel-aanpassen",
            &[("proposal", &id.to_string()), ("title", "Samen koken"), ("description", PAYLOAD), ("audience", "Iedereen"), ("date_wish", "Vrijdag"), ("help_needed", PAYLOAD), ("answer", "Vrijdag is goed.")],
        )
        .await;
    assert!(res.status.is_success(), "{res:?}");

    // Accepted: the activity keeps the exact text; staff edit it and publish it again.
    let res = accept(&mut kees, id).await;
    assert!(res.status.is_success(), "{res:?}");
    let activity = app.count(&format!("SELECT activity_id FROM proposals WHERE id = {id}")).await;
    let stored: String = sqlx::query_scalar("SELECT description FROM activities WHERE id = $1").bind(activity).fetch_one(&app.db).await.unwrap();
    assert_eq!(stored, PAYLOAD);
    assert_escaped(&samira.get(&format!("/agenda/{activity}/wijzigen"), &[]).await, 1);
    assert_escaped(&samira.get(&format!("/agenda/nieuw?van={activity}"), &[]).await, 1);
}

#[tokio::test]
async fn a_text_that_starts_with_a_line_break_keeps_it() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let res = jan
        .call(
            "/api/voorstel-nieuw",
            &[("kind", "activiteit"), ("title", "Wandelen"), ("description", "Samen wandelen.\nElke week."), ("audience", ""), ("date_wish", ""), ("help_needed", "")],
        )
        .await;
    assert!(res.status.is_success(), "{res:?}");
    let id = app.count("SELECT MAX(id) FROM proposals").await;
    let page = kees.get(&format!("/meedoen/{id}"), &[]).await;
    // One line break after the tag, which the HTML parser drops: the field holds the text.
    assert!(page.body.contains(">\nSamen wandelen.\nElke week.</textarea>"), "{}", page.body);
}

#[tokio::test]
async fn pages_carry_a_strict_content_security_policy_with_their_nonce() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut visitor = app.client();
    for (signed_in, path) in [(false, "/"), (false, "/agenda"), (true, "/meedoen"), (false, "/bestaat-niet")] {
        let client = if signed_in { &mut jan } else { &mut visitor };
        let page = client.get(path, &[]).await;
        let csp = page.headers.get("content-security-policy").unwrap_or_else(|| panic!("no CSP on {path}")).to_str().unwrap().to_string();
        assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(csp.contains("'wasm-unsafe-eval'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        // Every inline script of the page carries the nonce the policy names.
        let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).unwrap_or_else(|| panic!("{path}: {csp}"));
        let scripts = page.body.matches("<script").count();
        assert_eq!(page.body.matches(&format!("<script nonce=\"{nonce}\"")).count() + page.body.matches("<script type=\"module\" nonce").count(), scripts, "{path}");
        assert!(!page.body.contains(" style=\""), "{path}: an inline style would be blocked");
        for (name, value) in [("x-content-type-options", "nosniff"), ("referrer-policy", "same-origin"), ("x-frame-options", "DENY")] {
            assert_eq!(page.headers.get(name).map(|v| v.to_str().unwrap()), Some(value), "{path}: {name}");
        }
    }
    // Two renders, two nonces.
    let a = visitor.get("/", &[]).await.headers["content-security-policy"].clone();
    let b = visitor.get("/", &[]).await.headers["content-security-policy"].clone();
    assert_ne!(a, b);
    // Answers that are not pages get the headers too (here the 403 for a foreign POST).
    let refused = jan.post("/api/voorstel-nieuw", &[], Some("https://evil.example"), "text/html").await;
    assert_eq!(refused.status, 403);
    assert!(refused.headers.get("content-security-policy").is_some_and(|v| v.to_str().unwrap().contains("script-src 'self'")));
    assert_eq!(refused.headers["x-frame-options"], "DENY");
    let health = visitor.get("/health", &[]).await;
    assert_eq!(health.headers["x-content-type-options"], "nosniff");
}

#[tokio::test]
async fn the_public_log_keeps_hidden_text_out() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut author = app.residents("Buur", 1).await.remove(0);
    let secret = propose_activity(&app, &mut author, "Geheime titel Pietje").await;
    let other = propose_activity(&app, &mut author, "Open avond").await;
    let id = secret.to_string();
    // Declined, then hidden: both entries are about a proposal that is hidden now.
    let res = kees.call("/api/voorstel-besluit", &[("proposal", &id), ("step", "afwijzen"), ("reason", "Over Pietje gaat het niet.")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let res = kees.call("/api/voorstel-verbergen", &[("proposal", &id), ("hide", "ja"), ("reason", "Noemt Pietje bij naam.")]).await;
    assert!(res.status.is_success(), "{res:?}");
    // A comment on a visible proposal, hidden with a reason that quotes it.
    let res = jan.call("/api/reactie-plaatsen", &[("proposal", &other.to_string()), ("parent", ""), ("body", "Klaas is een sukkel")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let comment = app.count("SELECT MAX(id) FROM comments").await.to_string();
    let res = kees.call("/api/modereren", &[("kind", "reactie"), ("id", &comment), ("decision", "verbergen"), ("reason", "Klaas uitgescholden.")]).await;
    assert!(res.status.is_success(), "{res:?}");

    let log: Vec<LogItem> = jan.call("/api/logboek", &[]).await.json();
    let text = format!("{log:?}");
    for hidden in ["Pietje", "Klaas"] {
        assert!(!text.contains(hidden), "{text}");
    }
    let hides: Vec<&LogItem> = log.iter().filter(|l| l.action == Action::Hide).collect();
    assert_eq!(hides.len(), 2);
    assert!(hides.iter().all(|l| l.withheld && !l.reason.is_empty()), "{hides:?}");
    let decline = log.iter().find(|l| l.action == Action::Decline).unwrap();
    assert!(decline.withheld && decline.title == "(verborgen)" && decline.proposal_id.is_none(), "{decline:?}");
    // The comment's proposal is visible: its title stays, the hiding reason does not.
    let comment_hide = hides.iter().find(|l| l.comment).unwrap();
    assert_eq!(comment_hide.title, "Open avond");
    let page = jan.get("/meedoen/logboek", &[]).await;
    assert!(page.status.is_success() && !page.body.contains("Pietje") && !page.body.contains("Klaas"), "{}", page.body);
    assert!(page.body.contains("(verborgen)"), "{}", page.body);
    // The commissie still finds the reason in its own queue.
    let queue = kees.call("/api/moderatie", &[]).await;
    assert!(queue.body.contains("Noemt Pietje bij naam."), "{}", queue.body);
}

/// Counts log events that say the app state was missing (from any thread).
struct MissingState(Arc<AtomicUsize>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for MissingState {
    fn on_event(&self, event: &tracing::Event<'_>, _ctx: tracing_subscriber::layer::Context<'_, S>) {
        struct Find(bool);
        impl tracing::field::Visit for Find {
            fn record_debug(&mut self, _field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                self.0 |= format!("{value:?}").contains("AppState missing");
            }
        }
        let mut find = Find(false);
        event.record(&mut find);
        if find.0 {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }
}

fn missing_state_counter() -> Arc<AtomicUsize> {
    static COUNT: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
    COUNT
        .get_or_init(|| {
            use tracing_subscriber::layer::SubscriberExt;
            let count = Arc::new(AtomicUsize::new(0));
            let subscriber = tracing_subscriber::registry().with(MissingState(count.clone()));
            tracing::subscriber::set_global_default(subscriber).expect("one subscriber per test binary");
            count
        })
        .clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_hundred_renders_never_lose_their_state() {
    let missing = missing_state_counter();
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut samira = app.signed_in("Samira").await;
    let proposal = propose_activity(&app, &mut jan, "Samen koken").await;
    let res = jan.call("/api/reactie-plaatsen", &[("proposal", &proposal.to_string()), ("parent", ""), ("body", "Ik doe mee!")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let res = samira.publish(app.buurt.0, &[]).await;
    assert!(res.status.is_success(), "{res:?}");
    let activity = app.count("SELECT MAX(id) FROM activities").await;
    for _ in 0..200 {
        for (client, path) in [(&mut kees, format!("/meedoen/{proposal}")), (&mut samira, format!("/agenda/{activity}")), (&mut jan, format!("/agenda/{activity}"))] {
            let page = client.get(&path, &[]).await;
            assert_eq!(page.status, 200, "{path}");
        }
    }
    // Work a render left behind gets a moment to run.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(missing.load(Ordering::SeqCst), 0, "renders lost their AppState");
}

#[tokio::test]
async fn a_post_with_a_foreign_referer_and_no_origin_is_refused() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let form = [("kind", "initiatief"), ("title", "Bankje bij de ingang"), ("description", "Een bankje om even te zitten."), ("audience", ""), ("date_wish", ""), ("help_needed", "")];
    jan.referer = String::new();
    let mut foreign = jan.clone();
    // `post` sends the Referer from `referer` after the site's own origin: make it foreign.
    let body = serde_urlencoded::to_string(form).unwrap();
    let req = |referer: &str| {
        axum::http::Request::post("/api/voorstel-nieuw")
            .header("host", "127.0.0.1:3000")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("accept", "application/json")
            .header("referer", referer)
            .body(axum::body::Body::from(body.clone()))
            .unwrap()
    };
    let refused = foreign.send(req("https://evil.example/koffie")).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 0);
    let accepted = jan.send(req(&format!("{ORIGIN}/meedoen/nieuw"))).await;
    assert!(accepted.status.is_success(), "{accepted:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM proposals").await, 1);
}
