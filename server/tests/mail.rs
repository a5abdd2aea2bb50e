//! E-mail through the real router, the real jobs and a real SMTP server on loopback (Python's
//! aiosmtpd writing a maildir): a straight-away mail arrives once, in the reader's language and
//! with a link, also when the job runs twice at once; the one-click unsubscribe works without a
//! session; "nothing" means nothing; a failing server is tried again with back-off and nothing
//! is lost; the weekly digest goes once a week and never empty.

mod common;

use app::jobs::{JobEnv, run_all};
use app::mail::service::Outbound;
use common::{Client, TestApp};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

const SITE: &str = "https://buurt.example.nl";
const FROM: &str = "Buurtplein <buurtplein@example.nl>";

/// Mail per kind: the choices of the profile, the link per kind, the address.
#[path = "mail/topics.rs"]
mod topics;

/// An SMTP server on loopback that stores each mail in a maildir; stopped when dropped.
struct Smtp {
    child: Child,
    dir: tempfile::TempDir,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Smtp {
    async fn start(port: u16) -> Smtp {
        let dir = tempfile::tempdir().unwrap();
        let maildir = dir.path().join("maildir");
        let listen = format!("127.0.0.1:{port}");
        let args = ["-n", "-l", &listen, "-c", "aiosmtpd.handlers.Mailbox", maildir.to_str().unwrap()];
        // The Debian package's script runs with the system Python that has the module.
        let mut child = Command::new("aiosmtpd")
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .or_else(|_| Command::new("python3").arg("-m").arg("aiosmtpd").args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn())
            .expect("aiosmtpd is installed (scripts/setup.sh)");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(&listen).await.is_ok() {
                return Smtp { child, dir };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("aiosmtpd did not start on {listen}");
    }

    /// Every delivered mail, parsed.
    fn mails(&self) -> Vec<Mail> {
        let new = self.dir.path().join("maildir/new");
        let Ok(entries) = std::fs::read_dir(&new) else { return vec![] };
        let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        paths.into_iter().map(|p| Mail::parse(&std::fs::read(p).unwrap())).collect()
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What a test looks at in a delivered mail.
#[derive(Debug)]
struct Mail {
    to: String,
    subject: String,
    message_id: String,
    text: String,
    html: String,
    unsubscribe: String,
    one_click: String,
    language: String,
}

impl Mail {
    fn parse(raw: &[u8]) -> Mail {
        let msg = mail_parser::MessageParser::default().parse(raw).expect("a mail");
        let header = |name: &str| msg.header_raw(name).map(|v| v.trim().to_string()).unwrap_or_default();
        Mail {
            to: msg.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_string(),
            subject: msg.subject().unwrap_or_default().to_string(),
            message_id: msg.message_id().unwrap_or_default().to_string(),
            text: msg.body_text(0).unwrap_or_default().to_string(),
            html: msg.body_html(0).unwrap_or_default().to_string(),
            unsubscribe: header("List-Unsubscribe"),
            one_click: header("List-Unsubscribe-Post"),
            language: header("Content-Language"),
        }
    }

    /// The path of the one-click link (`/mail/afmelden/…`).
    fn unsubscribe_path(&self) -> String {
        let url = self.unsubscribe.trim_start_matches('<').trim_end_matches('>');
        url.strip_prefix(SITE).expect("the link points to the public address").to_string()
    }
}

fn jobs(app: &TestApp, port: u16) -> JobEnv {
    let out = Outbound::smtp(&format!("smtp://127.0.0.1:{port}"), FROM, SITE).unwrap();
    JobEnv { db: app.db.clone(), mail: Arc::new(out) }
}

async fn give_jan_an_address(app: &TestApp, lang: &str) {
    sqlx::query("UPDATE users SET email = 'jan@example.nl', language = $1 WHERE name_key = 'jan'").bind(lang).execute(&app.db).await.unwrap();
}

/// Jan proposes; Kees (commissie) declines it with a reason: a notice that concerns Jan.
async fn decline_a_proposal_of_jan(app: &TestApp, title: &str) -> i64 {
    let mut jan = app.signed_in("Jan").await;
    let form = [("kind", "initiatief"), ("title", title), ("description", "Een goed idee voor de hele buurt."), ("audience", ""), ("date_wish", ""), ("help_needed", "")];
    let res = jan.call("/api/voorstel-nieuw", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM proposals WHERE title = $1").bind(title).fetch_one(&app.db).await.unwrap();
    let mut kees = app.signed_in("Kees").await;
    let res = kees.call("/api/voorstel-besluit", &[("proposal", &id.to_string()), ("step", "afwijzen"), ("reason", "<b>Te duur</b> & te laat")]).await;
    assert!(res.status.is_success(), "{res:?}");
    id
}

async fn outbox(app: &TestApp, kind: &str) -> i64 {
    app.count(&format!("SELECT COUNT(*) FROM mail_outbox WHERE kind = '{kind}'")).await
}

#[tokio::test]
async fn a_straight_away_mail_arrives_once_in_the_readers_language_with_its_link() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "en").await;
    let id = decline_a_proposal_of_jan(&app, "Een bankje bij de vijver").await;
    assert_eq!(outbox(&app, "persoonlijk").await, 1, "queued with the decision");
    let port = free_port();
    let smtp = Smtp::start(port).await;
    let env = jobs(&app, port);
    let now = app.clock.now();
    // Two ticks at once (two server instances): one mail.
    let (a, b) = tokio::join!(run_all(&env, now), run_all(&env, now));
    assert_eq!(a + b, 1);
    assert_eq!(run_all(&env, now + 3600).await, 0, "a sent mail is never sent again");
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert_eq!(mail.to, "jan@example.nl");
    assert_eq!(mail.subject, "Buurtplein: news about your proposal");
    assert_eq!(mail.language, "en");
    assert!(mail.text.contains("was declined") || mail.text.contains("declined"), "English text: {}", mail.text);
    assert!(mail.text.contains(&format!("{SITE}/meedoen/{id}")), "the page in question: {}", mail.text);
    assert!(mail.text.contains("<b>Te duur</b> & te laat"), "plain text as typed");
    assert!(mail.html.contains("&lt;b&gt;Te duur&lt;/b&gt; &amp; te laat") && !mail.html.contains("<b>Te duur"), "escaped HTML: {}", mail.html);
    assert!(mail.unsubscribe.starts_with(&format!("<{SITE}/mail/afmelden/")), "{}", mail.unsubscribe);
    assert_eq!(mail.one_click, "List-Unsubscribe=One-Click");
    let row: i64 = sqlx::query_scalar("SELECT id FROM mail_outbox").fetch_one(&app.db).await.unwrap();
    assert_eq!(mail.message_id, format!("buurtplein.mail.{row}@example.nl"), "a stable Message-ID per outbox row");
    // Someone without an address gets the notice in Meldingen only.
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox WHERE to_address <> 'jan@example.nl'").await, 0);
}

#[tokio::test]
async fn the_unsubscribe_link_works_without_a_session_and_then_nothing_of_that_kind_is_sent() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    decline_a_proposal_of_jan(&app, "Moestuin op het dak").await;
    let port = free_port();
    let smtp = Smtp::start(port).await;
    let env = jobs(&app, port);
    assert_eq!(run_all(&env, app.clock.now()).await, 1);
    let path = smtp.mails()[0].unsubscribe_path();

    // The page behind the link: no session, a button that posts to the same address.
    let mut stranger: Client = app.client();
    let page = stranger.get(&path, &[]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Meld mij af") && page.body.contains(&format!("action=\"{path}\"")), "{}", page.body);
    // A forged token does nothing.
    let last = if path.ends_with('0') { '1' } else { '0' };
    let forged = format!("{}{last}", &path[..path.len() - 1]);
    let res = stranger.post(&forged, &[("List-Unsubscribe", "One-Click")], None, "*/*").await;
    assert_eq!(res.status, 404);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_topics_off").await, 0);
    // The mail program's one-click POST: no cookie, no Origin, no CSRF token.
    let res = stranger.post(&path, &[("List-Unsubscribe", "One-Click")], None, "*/*").await;
    assert_eq!(res.status, 200, "{res:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_topics_off WHERE topic = 'voorstel'").await, 1, "answers to proposals are off");
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_topics_off").await, 1, "only that kind is off");
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_choices WHERE digest = 0").await, 0, "the digest stays on");
    let page = stranger.get(&path, &[]).await;
    assert!(page.body.contains("U bent afgemeld"), "{}", page.body);

    // Afterwards: a new decision is in Meldingen, not in the mail.
    decline_a_proposal_of_jan(&app, "Speeltuin opknappen").await;
    assert_eq!(outbox(&app, "persoonlijk").await, 1, "nothing new queued");
    assert_eq!(run_all(&env, app.clock.now() + 60).await, 0);
    assert_eq!(smtp.mails().len(), 1);
}

#[tokio::test]
async fn someone_who_chose_nothing_gets_nothing() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    let mut jan = app.signed_in("Jan").await;
    jan.referer = "/profiel".into();
    // The profile's plain form with both boxes unticked.
    let res = jan.post("/api/mail-keuzes-opslaan", &[], Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    let profile = jan.get("/profiel", &[]).await;
    assert!(profile.body.contains("jan@example.nl") && profile.body.contains("Meteen een mail over"), "{}", profile.body);
    assert!(profile.body.contains("U krijgt nu geen e-mail van ons."), "{}", profile.body);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_topics_off").await, 5);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_choices WHERE digest = 0").await, 1);
    decline_a_proposal_of_jan(&app, "Buurtbarbecue").await;
    let port = free_port();
    let smtp = Smtp::start(port).await;
    let env = jobs(&app, port);
    let now = app.clock.now();
    run_all(&env, now).await;
    run_all(&env, now + 8 * 24 * 3600).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox").await, 0);
    assert!(smtp.mails().is_empty());
    // Ticking one box back on works the same way.
    jan.post("/api/mail-keuzes-opslaan", &[("digest", "ja")], Some(common::ORIGIN), "text/html").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_topics_off").await, 5);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_choices WHERE digest = 1").await, 1);
}

#[tokio::test]
async fn a_failing_server_is_tried_again_with_back_off_and_nothing_is_lost() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    decline_a_proposal_of_jan(&app, "Fietsenstalling").await;
    let port = free_port();
    let env = jobs(&app, port);
    let t0 = app.clock.now();
    let due = || async { app.count("SELECT due_at FROM mail_outbox").await };
    let attempts = || async { app.count("SELECT attempts FROM mail_outbox").await };
    // Nothing listens: each try fails and the next waits 1 minute, 5, 30, 2 hours.
    let mut at = t0;
    for (n, wait) in [(1, 60), (2, 300), (3, 1800)] {
        assert_eq!(run_all(&env, at).await, 0);
        assert_eq!(attempts().await, n);
        assert_eq!(due().await, at + wait, "try {n}");
        assert_eq!(run_all(&env, at + wait - 1).await, 0);
        assert_eq!(attempts().await, n, "not tried before it is due");
        at += wait;
    }
    // A server that is back: the mail goes out, once.
    let smtp = Smtp::start(port).await;
    assert_eq!(run_all(&env, at).await, 1);
    assert_eq!(run_all(&env, at + 7200).await, 0);
    assert_eq!(smtp.mails().len(), 1);
    assert!(smtp.mails()[0].subject.contains("voorstel"));
    drop(smtp);

    // Five failures: given up and logged, never sent later.
    decline_a_proposal_of_jan(&app, "Bloembakken").await;
    let mut at = app.clock.now() + 10;
    for wait in [60, 300, 1800, 7200, 0] {
        run_all(&env, at).await;
        at += wait;
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox WHERE given_up_at IS NOT NULL AND attempts = 5").await, 1);
    let smtp = Smtp::start(port).await;
    assert_eq!(run_all(&env, at + 86_400).await, 0);
    assert!(smtp.mails().is_empty());
}

#[tokio::test]
async fn a_claim_that_died_with_its_server_is_tried_again_and_a_sent_mail_never() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    decline_a_proposal_of_jan(&app, "Repair café").await;
    let t0 = app.clock.now();
    // A server claimed the mail and stopped before sending it.
    let claimed = sqlx::query("UPDATE mail_outbox SET claimed_until = $1, attempts = 1").bind(t0 + 120).execute(&app.db).await.unwrap();
    assert_eq!(claimed.rows_affected(), 1);
    let port = free_port();
    let smtp = Smtp::start(port).await;
    let env = jobs(&app, port);
    assert_eq!(run_all(&env, t0 + 60).await, 0, "the claim still holds");
    assert_eq!(run_all(&env, t0 + 121).await, 1, "the lease ran out: sent now");
    assert_eq!(run_all(&env, t0 + 400).await, 0);
    assert_eq!(smtp.mails().len(), 1);
}

#[tokio::test]
async fn the_weekly_digest_goes_once_a_week_and_not_when_empty() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    let port = free_port();
    let smtp = Smtp::start(port).await;
    let env = jobs(&app, port);
    let t0 = app.clock.now();
    assert_eq!(run_all(&env, t0).await, 0);
    assert_eq!(outbox(&app, "overzicht").await, 0, "nothing to tell: no mail");

    // During the week: Kees proposes something, Samira publishes an activity for next week.
    app.clock.advance(60);
    let mut kees = app.signed_in("Kees").await;
    let form = [("kind", "initiatief"), ("title", "Jeu de boules <baan>"), ("description", "Een baan achter de flat."), ("audience", ""), ("date_wish", ""), ("help_needed", "")];
    assert!(kees.call("/api/voorstel-nieuw", &form).await.status.is_success());
    let mut samira = app.signed_in("Samira").await;
    let date = common::days_from_today(9);
    let res = samira.publish(app.buurt.0, &[("title", "Bingo in de zaal"), ("date", &date)]).await;
    assert!(res.status.is_success(), "{res:?}");

    let next_week = t0 + 7 * 24 * 3600 + 3600;
    let (a, b) = tokio::join!(run_all(&env, next_week), run_all(&env, next_week));
    assert!(a + b >= 1);
    assert_eq!(outbox(&app, "overzicht").await, 1, "one digest, also with two jobs at once");
    run_all(&env, next_week + 3 * 24 * 3600).await;
    assert_eq!(outbox(&app, "overzicht").await, 1, "once a week");
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert_eq!(mail.subject, "Buurtplein: deze week in uw buurt");
    assert!(mail.text.contains("Jeu de boules <baan>") && mail.text.contains("Bingo in de zaal"), "{}", mail.text);
    assert!(mail.html.contains("Jeu de boules &lt;baan&gt;"), "{}", mail.html);
    assert!(mail.text.contains(&format!("{SITE}/meedoen/")) && mail.text.contains(&format!("{SITE}/agenda/")));
    assert!(mail.unsubscribe_path().starts_with("/mail/afmelden/"));

    // The week after: nothing new happened (the activity is past), so no mail.
    run_all(&env, next_week + 14 * 24 * 3600).await;
    assert_eq!(outbox(&app, "overzicht").await, 1);
    // The digest's own link switches the digest off, not the straight-away mail.
    let res = app.client().post(&mail.unsubscribe_path(), &[("List-Unsubscribe", "One-Click")], None, "*/*").await;
    assert_eq!(res.status, 200);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_choices WHERE digest = 0").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_topics_off").await, 0);
}

#[tokio::test]
async fn a_forgotten_password_brings_a_link_by_mail_that_sets_a_new_one_once() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    // Jan even switched all mail off: a link he asks for still comes.
    let mut jan = app.signed_in("Jan").await;
    assert!(jan.call("/api/mail-keuzes-opslaan", &[]).await.status.is_success());
    let res = app.client().call("/api/wachtwoord-vergeten", &[("email", "jan@example.nl")]).await;
    assert!(res.status.is_success(), "{res:?}");
    // The answer comes before the work: wait for the link to be queued.
    for _ in 0..100 {
        if outbox(&app, "account").await == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(outbox(&app, "account").await, 1);
    let port = free_port();
    let smtp = Smtp::start(port).await;
    assert_eq!(run_all(&jobs(&app, port), app.clock.now()).await, 1);
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert_eq!((mail.to.as_str(), mail.subject.as_str()), ("jan@example.nl", "Uw link om een nieuw wachtwoord te kiezen"));
    assert!(mail.unsubscribe.is_empty() && mail.one_click.is_empty(), "no unsubscribe for a mail one asked for");
    let start = mail.text.find(&format!("{SITE}/herstellen?code=")).expect("the link") + SITE.len();
    let path = mail.text[start..].split_whitespace().next().unwrap();
    let code = path.split("code=").nth(1).unwrap().replace("%20", " ");
    let kept = app.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'account' AND (link <> '' OR body_text <> '')").await;
    assert_eq!(kept, 0, "a sent link is not kept in the outbox");
    let form = [("herstelcode", code.as_str()), ("password", "een nieuw lang wachtwoord"), ("password_again", "een nieuw lang wachtwoord")];
    assert!(app.client().call("/api/herstellen", &form).await.status.is_success(), "the link's code sets a new password");
    let res = app.client().call("/api/inloggen", &[("identifier", "Jan"), ("password", "een nieuw lang wachtwoord")]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert!(!app.client().call("/api/herstellen", &form).await.status.is_success(), "once");
}
