//! Mail per kind (issue 14): a kind switched off on the profile is not mailed while the
//! others are; the one-click link of a mail switches off only its own kind, without a
//! session (an older link still switches off all straight-away mail); the profile's plain
//! form saves each box; and a person adds, changes or removes their own address.

use super::*;
use app::error::{AppError, Problem};
use app::mail::model::{Switch, Topic};
use jiff::civil::Date;

/// The first Monday to Friday at least `days` from today (the room is open then).
fn weekday_ahead(days: i64) -> String {
    let mut day: Date = common::days_from_today(days).parse().unwrap();
    while day.weekday().to_monday_one_offset() > 5 {
        day = day.tomorrow().unwrap();
    }
    day.to_string()
}

/// A room whose private use needs the commissie's approval; its id.
async fn make_room(app: &TestApp) -> i64 {
    let mut anja = app.signed_in("Anja").await;
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
        ("approval_over_hours", "3"),
        ("approval_after", "18:00"),
        ("approval_private", "ja"),
        ("quota_hours", "6"),
        ("quota_future", "2"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for d in 1..=7 {
        let (open, close) = if d < 7 { ("09:00", "22:00") } else { ("", "") };
        form.push((format!("opens_{d}"), open.into()));
        form.push((format!("closes_{d}"), close.into()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = anja.call("/api/ruimte-instellingen", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    app.count("SELECT MAX(id) FROM rooms").await
}

/// Jan asks for the room for a private party; Kees (commissie) declines it with a reason.
async fn decline_a_room_request_of_jan(app: &TestApp, room: i64, purpose: &str) {
    let mut jan = app.signed_in("Jan").await;
    let (room, date) = (room.to_string(), weekday_ahead(4));
    let form = [("room", room.as_str()), ("date", &date), ("from", "10:00"), ("to", "12:00"), ("purpose", purpose), ("access", "besloten"), ("people", "6")];
    let res = jan.call("/api/ruimte-reserveren", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    let id: i64 = sqlx::query_scalar("SELECT id FROM reservations WHERE purpose = $1").bind(purpose).fetch_one(&app.db).await.unwrap();
    let mut kees = app.signed_in("Kees").await;
    let decide = [("reservation", id.to_string()), ("decision", "weigeren".into()), ("reason", "De zaal is dan al bezet.".into())];
    let decide: Vec<(&str, &str)> = decide.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = kees.call("/api/reservering-beslissen", &decide).await;
    assert!(res.status.is_success(), "{res:?}");
}

/// The profile's form as a browser without JavaScript posts it: the ticked boxes.
async fn save_choices(jan: &mut Client, ticked: &[&str]) -> common::Reply {
    jan.referer = "/profiel".into();
    let form: Vec<(&str, &str)> = ticked.iter().map(|name| (*name, "ja")).collect();
    jan.post("/api/mail-keuzes-opslaan", &form, Some(common::ORIGIN), "text/html").await
}

async fn topics_off(app: &TestApp) -> Vec<String> {
    sqlx::query_scalar("SELECT topic FROM mail_topics_off ORDER BY topic").fetch_all(&app.db).await.unwrap()
}

/// The `<input …>` tag of the checkbox `name` on a page.
fn checkbox<'a>(page: &'a str, name: &str) -> &'a str {
    let at = page.find(&format!("id=\"{name}\"")).unwrap_or_else(|| panic!("no box {name}"));
    let start = page[..at].rfind("<input").unwrap();
    &page[start..at + page[at..].find('>').unwrap()]
}

#[tokio::test]
async fn with_room_mail_off_a_decided_room_request_is_not_mailed_but_a_proposal_answer_is() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    let room = make_room(&app).await;
    let mut jan = app.signed_in("Jan").await;
    let res = save_choices(&mut jan, &["activiteit", "voorstel", "groep", "stemronde", "digest"]).await;
    assert!(res.status.is_redirection(), "{res:?}");
    assert_eq!(topics_off(&app).await, vec!["ruimte"]);

    decline_a_room_request_of_jan(&app, room, "Verjaardag").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-room-declined'").await, 1, "still in Meldingen");
    assert_eq!(outbox(&app, "persoonlijk").await, 0, "no mail about the room");
    decline_a_proposal_of_jan(&app, "Bankje bij de vijver").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'persoonlijk' AND topic = 'voorstel'").await, 1);

    let port = free_port();
    let smtp = Smtp::start(port).await;
    assert_eq!(run_all(&jobs(&app, port), app.clock.now()).await, 1);
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert_eq!(mails[0].subject, "Buurtplein: nieuws over uw voorstel");
    assert!(mails[0].unsubscribe_path().contains(".voorstel."), "the link names its kind: {}", mails[0].unsubscribe);

    // Switched off after it was queued: a waiting room mail is not sent.
    save_choices(&mut jan, &["activiteit", "ruimte", "voorstel", "groep", "stemronde", "digest"]).await;
    assert!(topics_off(&app).await.is_empty());
    decline_a_room_request_of_jan(&app, room, "Feestje").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox WHERE topic = 'ruimte' AND sent_at IS NULL").await, 1);
    save_choices(&mut jan, &["voorstel", "digest"]).await;
    assert_eq!(run_all(&jobs(&app, port), app.clock.now() + 60).await, 0);
    assert_eq!(smtp.mails().len(), 1);
}

#[tokio::test]
async fn the_link_in_a_room_mail_switches_off_only_room_mail_without_a_session() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    let room = make_room(&app).await;
    decline_a_room_request_of_jan(&app, room, "Verjaardag").await;
    let port = free_port();
    let smtp = Smtp::start(port).await;
    let env = jobs(&app, port);
    assert_eq!(run_all(&env, app.clock.now()).await, 1);
    let mail = &smtp.mails()[0];
    assert_eq!(mail.subject, "Buurtplein: nieuws over uw reservering");
    assert_eq!(mail.one_click, "List-Unsubscribe=One-Click");
    let path = mail.unsubscribe_path();
    assert!(path.contains(".ruimte."), "{path}");

    // The page behind the link, without a session: it names the kind in plain Dutch.
    let mut stranger = app.client();
    let page = stranger.get(&path, &[]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("uw aanvragen voor de ontmoetingsruimte") && page.body.contains("Meld mij af"), "{}", page.body);
    // A token made for the room cannot be turned into one for proposals.
    let forged = path.replacen(".ruimte.", ".voorstel.", 1);
    let res = stranger.post(&forged, &[("List-Unsubscribe", "One-Click")], None, "*/*").await;
    assert_eq!(res.status, 404);
    assert!(topics_off(&app).await.is_empty());
    // The browser's button: back to the page, which says what was switched off.
    let res = stranger.post(&path, &[("List-Unsubscribe", "One-Click")], None, "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    assert_eq!(topics_off(&app).await, vec!["ruimte"], "only room mail is off");
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_choices WHERE digest = 0").await, 0, "the digest stays on");
    let page = stranger.get(&path, &[]).await;
    assert!(page.body.contains("U bent afgemeld") && page.body.contains("uw aanvragen voor de ontmoetingsruimte"), "{}", page.body);
    assert!(page.body.contains("href=\"/profiel\""), "a way to change more: {}", page.body);

    // Afterwards: another room decision is not mailed, an answer to a proposal is.
    decline_a_room_request_of_jan(&app, room, "Feestje").await;
    decline_a_proposal_of_jan(&app, "Moestuin op het dak").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox WHERE topic = 'ruimte'").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox WHERE topic = 'voorstel'").await, 1);

    // A link from a mail sent before the choice per kind switches off all straight-away mail.
    let key: String = sqlx::query_scalar("SELECT value FROM app_secrets WHERE name = 'mail_unsubscribe'").fetch_one(&app.db).await.unwrap();
    let jan_id = app.user_id("Jan").await;
    let old = app::mail::token::make(key.as_bytes(), app::accounts::model::UserId(jan_id), Switch::Personal);
    let res = stranger.post(&format!("/mail/afmelden/{old}"), &[("List-Unsubscribe", "One-Click")], None, "*/*").await;
    assert_eq!(res.status, 200);
    assert_eq!(topics_off(&app).await, vec!["activiteit", "groep", "ruimte", "stemronde", "voorstel"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_choices WHERE digest = 0").await, 0);
    assert_eq!(run_all(&env, app.clock.now() + 60).await, 0, "the queued proposal mail is not sent any more");
    assert_eq!(smtp.mails().len(), 1);
}

#[tokio::test]
async fn the_profile_form_saves_each_kind_without_javascript() {
    let app = TestApp::new().await;
    give_jan_an_address(&app, "nl").await;
    let mut jan = app.signed_in("Jan").await;
    let page = jan.get("/profiel", &[]).await;
    assert!(page.body.contains("Meteen een mail over") && page.body.contains("Mijn aanvragen voor de ontmoetingsruimte"), "{}", page.body);
    for t in Topic::CHOOSABLE {
        assert!(checkbox(&page.body, t.code()).contains("checked"), "{} is on by default", t.code());
    }

    let res = save_choices(&mut jan, &["activiteit", "voorstel", "stemronde", "digest"]).await;
    assert!(res.status.is_redirection(), "{res:?}");
    assert_eq!(topics_off(&app).await, vec!["groep", "ruimte"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_choices WHERE digest = 1").await, 1);
    let page = jan.get("/profiel", &[]).await;
    assert!(!checkbox(&page.body, "ruimte").contains("checked") && !checkbox(&page.body, "groep").contains("checked"));
    assert!(checkbox(&page.body, "voorstel").contains("checked") && checkbox(&page.body, "digest").contains("checked"));
    assert!(!page.body.contains("U krijgt nu geen e-mail van ons."));

    // Everything off: the profile says nothing is mailed.
    save_choices(&mut jan, &[]).await;
    assert_eq!(topics_off(&app).await.len(), 5);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_choices WHERE digest = 0").await, 1);
    let page = jan.get("/profiel", &[]).await;
    assert!(page.body.contains("U krijgt nu geen e-mail van ons."), "{}", page.body);
    // Someone else cannot save Jan's choices: without a session nothing changes.
    let res = app.client().call("/api/mail-keuzes-opslaan", &[("ruimte", "ja")]).await;
    assert_eq!(res.error(), AppError::NotSignedIn);
    assert_eq!(topics_off(&app).await.len(), 5);
    // Through the server function as the hydrated page calls it.
    assert!(jan.call("/api/mail-keuzes-opslaan", &[("ruimte", "ja"), ("digest", "ja")]).await.status.is_success());
    assert_eq!(topics_off(&app).await, vec!["activiteit", "groep", "stemronde", "voorstel"]);
}

#[tokio::test]
async fn a_person_adds_changes_and_removes_their_own_address() {
    let app = TestApp::new().await;
    let email = || async { sqlx::query_scalar::<_, Option<String>>("SELECT email FROM users WHERE name_key = 'jan'").fetch_one(&app.db).await.unwrap() };
    let mut jan = app.signed_in("Jan").await;
    let page = jan.get("/profiel", &[]).await;
    assert!(page.body.contains("We hebben geen e-mailadres van u") && page.body.contains("E-mailadres toevoegen"), "{}", page.body);

    // Refused, and nothing changes: a wrong password, a bad address, another account's address.
    let res = jan.call("/api/mail-adres-opslaan", &[("email", "jan@example.nl"), ("email_password", "niet mijn wachtwoord")]).await;
    assert_eq!(res.error(), AppError::InvalidField(Problem::WrongPassword, "email_password".into()));
    let res = jan.call("/api/mail-adres-opslaan", &[("email", "jan@voorbeeld"), ("email_password", common::PASSWORD)]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::EmailInvalid));
    assert!(res.error().message(app::i18n::Lang::Nl).contains("Dit e-mailadres klopt niet"));
    sqlx::query("UPDATE users SET email = 'kees@example.nl' WHERE name_key = 'kees'").execute(&app.db).await.unwrap();
    let res = jan.call("/api/mail-adres-opslaan", &[("email", "Kees@Example.nl"), ("email_password", common::PASSWORD)]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::EmailTaken));
    assert_eq!(email().await, None);
    // Without JavaScript the refusal comes back on the profile, in the address form.
    jan.referer = "/profiel".into();
    let res = jan.post("/api/mail-adres-opslaan", &[("email", "kapot"), ("email_password", common::PASSWORD)], Some(common::ORIGIN), "text/html").await;
    let back = res.headers.get("location").expect("back to the profile").to_str().unwrap().trim_start_matches(common::ORIGIN).to_string();
    let page = jan.get(&back, &[]).await;
    let form = &page.body[page.body.find("action=\"/api/mail-adres-opslaan\"").expect("the address form")..];
    let form = &form[..form.find("</form>").unwrap()];
    assert!(form.contains("Dit e-mailadres klopt niet"), "{}", page.body);
    assert_eq!(email().await, None);
    let res = app.client().call("/api/mail-adres-opslaan", &[("email", "x@example.nl"), ("email_password", common::PASSWORD)]).await;
    assert_eq!(res.error(), AppError::NotSignedIn);

    // Added through the plain form (no JavaScript), stored as at sign-up.
    let form = [("email", " Jan@Example.nl "), ("email_password", common::PASSWORD)];
    let res = jan.post("/api/mail-adres-opslaan", &form, Some(common::ORIGIN), "text/html").await;
    assert!(res.status.is_redirection(), "{res:?}");
    assert_eq!(email().await.as_deref(), Some("jan@example.nl"));
    let page = jan.get("/profiel", &[]).await;
    assert!(page.body.contains("We sturen e-mail naar jan@example.nl") && page.body.contains("E-mailadres veranderen"), "{}", page.body);
    // Signing in with it works, as with an address given at sign-up.
    let res = app.client().call("/api/inloggen", &[("identifier", "jan@example.nl"), ("password", common::PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");

    // A mail queued for the old address is not sent once the address changed.
    decline_a_proposal_of_jan(&app, "Bankje bij de vijver").await;
    let res = jan.call("/api/mail-adres-opslaan", &[("email", "jan.nieuw@example.nl"), ("email_password", common::PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(email().await.as_deref(), Some("jan.nieuw@example.nl"));
    let port = free_port();
    let smtp = Smtp::start(port).await;
    assert_eq!(run_all(&jobs(&app, port), app.clock.now()).await, 0);
    assert!(smtp.mails().is_empty());
    decline_a_proposal_of_jan(&app, "Speeltuin").await;
    assert_eq!(run_all(&jobs(&app, port), app.clock.now() + 60).await, 1);
    assert_eq!(smtp.mails()[0].to, "jan.nieuw@example.nl");

    // Removed: an empty box. Then no mail at all, and the profile says so.
    let res = jan.call("/api/mail-adres-opslaan", &[("email", ""), ("email_password", common::PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(email().await, None);
    let page = jan.get("/profiel", &[]).await;
    assert!(page.body.contains("We hebben geen e-mailadres van u"), "{}", page.body);
    // The freed address can be someone else's now (Kees's own account).
    let mut kees = app.signed_in("Kees").await;
    let res = kees.call("/api/mail-adres-opslaan", &[("email", "jan.nieuw@example.nl"), ("email_password", common::PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");
    // Without an address, a decision is in Meldingen only.
    let room = make_room(&app).await;
    decline_a_room_request_of_jan(&app, room, "Verjaardag").await;
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-room-declined'").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox").await, 2, "nothing new queued");
}
