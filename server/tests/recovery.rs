//! Getting back in: the herstelbrief (who may print one, what making one does), `/herstellen`
//! (once, 7 days, forged codes, the limits), and the sign-in link by e-mail (30 minutes, once,
//! and the same answer for an unknown address), through the real router and database.

mod common;

use app::accounts::model::{Email, UserId};
use app::accounts::recovery::model::CodeKind;
use app::accounts::recovery::{rules, store, use_cases};
use app::db::begin_write;
use app::error::{AppError, Problem};
use app::state::RateLimits;
use axum::http::{StatusCode, header};
use common::{Client, PASSWORD, Reply, TestApp};

const NEW_PASSWORD: &str = "zonnebloemen in de tuin";

/// The letter's id and code from the reply that made it (the code only travels in the cookie).
fn letter_of(res: &Reply) -> Option<(i64, String)> {
    let value = res.headers.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).find(|v| v.starts_with("herstelbrief="))?;
    let code = value.split(';').next()?.trim_start_matches("herstelbrief=").to_string();
    let path = value.split(';').map(str::trim).find_map(|p| p.strip_prefix("Path=/herstelbrief/"))?;
    assert!(value.contains("HttpOnly") && value.contains("SameSite=Strict"), "{value}");
    Some((path.parse().unwrap(), code))
}

/// Staff make a herstelbrief for `member` in `buurt`.
async fn make_letter(staff: &mut Client, buurt: i64, member: i64) -> Reply {
    staff.call("/api/beheer-herstelbrief-nieuw", &[("buurt", &buurt.to_string()), ("member", &member.to_string())]).await
}

/// Someone sets a new password with a code, from address `ip`.
async fn reset(app: &TestApp, ip: [u8; 4], code: &str, password: &str) -> (Reply, Client) {
    let mut client = app.client();
    client.ip = ip;
    let res = client.call("/api/herstellen", &[("herstelcode", code), ("password", password), ("password_again", password)]).await;
    (res, client)
}

async fn signed_in_name(client: &mut Client) -> Option<String> {
    let me: Option<app::accounts::api::Me> = client.call("/api/ik", &[]).await.json();
    me.map(|m| m.display_name)
}

async fn password_hash(app: &TestApp, user: i64) -> String {
    sqlx::query_scalar("SELECT password_hash FROM users WHERE id = $1").bind(user).fetch_one(&app.db).await.unwrap()
}

#[tokio::test]
async fn only_staff_of_the_residents_buurt_print_a_letter() {
    let app = TestApp::new().await;
    let (jan, kees, anja, olaf) = (app.user_id("Jan").await, app.user_id("Kees").await, app.user_id("Anja").await, app.user_id("Olaf").await);
    let (here, there) = (app.buurt.0, app.other_buurt.0);
    assert_eq!(make_letter(&mut app.client(), here, jan).await.error(), AppError::NotSignedIn);
    let mut resident = app.signed_in("Jan").await;
    assert_eq!(make_letter(&mut resident, here, kees).await.error(), AppError::Forbidden, "a bewoner");
    let mut committee = app.signed_in("Kees").await;
    assert_eq!(make_letter(&mut committee, here, jan).await.error(), AppError::Forbidden, "a commissielid");
    let mut foreign = app.signed_in("Olaf").await;
    assert_eq!(make_letter(&mut foreign, here, jan).await.error(), AppError::Forbidden, "staff of another buurt");
    assert_eq!(make_letter(&mut foreign, there, jan).await.error(), AppError::Forbidden, "naming their own buurt");
    let mut staff = app.signed_in("Samira").await;
    assert_eq!(make_letter(&mut staff, here, anja).await.error(), AppError::Forbidden, "not for a beheerder");
    assert_eq!(make_letter(&mut staff, here, olaf).await.error(), AppError::Forbidden, "not for someone of another buurt");
    assert_eq!(make_letter(&mut staff, there, jan).await.error(), AppError::Forbidden, "not in a buurt she is not staff of");
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_codes").await, 0, "nothing was made");
    assert_eq!(app.count("SELECT COUNT(*) FROM staff_log WHERE action = 'recovery-letter'").await, 0);

    let res = make_letter(&mut staff, here, kees).await;
    let (letter, _) = letter_of(&res).unwrap_or_else(|| panic!("a letter: {res:?}"));
    let letter = letter.to_string();
    let form = [("letter", letter.as_str())];
    assert_eq!(foreign.call("/api/beheer-herstelbrief", &form).await.error(), AppError::Forbidden, "another buurt's letter");
    assert_eq!(resident.call("/api/beheer-herstelbrief", &form).await.error(), AppError::Forbidden, "a bewoner");
    let shown: app::accounts::recovery::model::RecoveryLetter = staff.call("/api/beheer-herstelbrief", &form).await.json();
    assert_eq!(shown.resident_name, "Kees");
    assert_eq!(shown.code, None, "without the cookie of the browser that made it, the code is not shown");
}

#[tokio::test]
async fn a_letter_ends_sessions_logs_notifies_and_its_code_sets_a_new_password_once() {
    let app = TestApp::new().await;
    let jan = app.user_id("Jan").await;
    let mut jan_phone = app.signed_in("Jan").await;
    assert_eq!(signed_in_name(&mut jan_phone).await.as_deref(), Some("Jan"));
    let mut staff = app.signed_in("Samira").await;

    let res = make_letter(&mut staff, app.buurt.0, jan).await;
    let (letter, code) = letter_of(&res).unwrap_or_else(|| panic!("a letter: {res:?}"));
    assert_eq!(signed_in_name(&mut jan_phone).await, None, "Jan's sessions ended");
    assert!(signed_in_name(&mut staff).await.is_some(), "the staff member's session did not");
    let samira = app.user_id("Samira").await;
    let logged = format!("SELECT COUNT(*) FROM staff_log WHERE action = 'recovery-letter' AND actor_id = {samira} AND subject = '{jan}' AND buurt_id = {}", app.buurt.0);
    assert_eq!(app.count(&logged).await, 1, "in the staff log");
    let noted = format!("SELECT COUNT(*) FROM notifications WHERE user_id = {jan} AND message_key = 'note-recovery-letter'");
    assert_eq!(app.count(&noted).await, 1, "in Jan's Meldingen");
    let plain = rules::parse_code(&code).unwrap();
    let stored: String = sqlx::query_scalar("SELECT code_hash FROM recovery_codes WHERE id = $1").bind(letter).fetch_one(&app.db).await.unwrap();
    assert_eq!(stored, rules::hash_code(&plain), "only the hash is stored");
    let anywhere = format!("SELECT COUNT(*) FROM recovery_codes WHERE code_hash LIKE '%{plain}%'");
    assert_eq!(app.count(&anywhere).await, 0);

    // The page of the browser that made it shows the code and the QR code to /herstellen.
    let session = staff.cookie.clone().unwrap();
    staff.cookie = Some(format!("{session}; herstelbrief={code}"));
    let page = staff.get(&format!("/herstelbrief/{letter}"), &[("accept", "text/html")]).await;
    staff.cookie = Some(session);
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&rules::print_code(&plain)), "the code is on the letter");
    assert!(page.body.contains("<svg"), "with a QR code");
    let other = staff.get(&format!("/herstelbrief/{letter}"), &[("accept", "text/html")]).await;
    assert!(!other.body.contains(&rules::print_code(&plain)) && other.body.contains("niet meer te zien"), "not without the cookie");

    // Jan signs in again before using the letter: the reset ends that session too.
    let mut jan_tablet = app.signed_in("Jan").await;
    let old_hash = password_hash(&app, jan).await;
    let typed = rules::print_code(&plain).to_lowercase().replace('-', " ");
    let (res, mut jan_new) = reset(&app, [10, 9, 0, 1], &typed, NEW_PASSWORD).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(signed_in_name(&mut jan_new).await.as_deref(), Some("Jan"), "signed in right away");
    assert_eq!(signed_in_name(&mut jan_tablet).await, None, "other sessions ended");
    assert_ne!(password_hash(&app, jan).await, old_hash);
    let res = app.client().call("/api/inloggen", &[("identifier", "Jan"), ("password", PASSWORD)]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::WrongCredentials), "the old password no longer works");
    let res = app.client().call("/api/inloggen", &[("identifier", "Jan"), ("password", NEW_PASSWORD)]).await;
    assert!(res.status.is_success(), "the new one does: {res:?}");

    let hash = password_hash(&app, jan).await;
    let (res, _) = reset(&app, [10, 9, 0, 2], &code, "nog een ander wachtwoord").await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryCodeUsed), "a code works once");
    assert_eq!(password_hash(&app, jan).await, hash, "and then changes nothing");
}

#[tokio::test]
async fn a_new_letter_replaces_the_old_code_and_a_code_resets_only_its_owner() {
    let app = TestApp::new().await;
    let (jan, kees) = (app.user_id("Jan").await, app.user_id("Kees").await);
    let mut staff = app.signed_in("Samira").await;
    let (_, first) = letter_of(&make_letter(&mut staff, app.buurt.0, jan).await).unwrap();
    let (_, second) = letter_of(&make_letter(&mut staff, app.buurt.0, jan).await).unwrap();
    let (res, _) = reset(&app, [10, 9, 1, 1], &first, NEW_PASSWORD).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryCodeUsed), "the earlier code was replaced");

    let kees_hash = password_hash(&app, kees).await;
    let (res, mut client) = reset(&app, [10, 9, 1, 2], &second, NEW_PASSWORD).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(signed_in_name(&mut client).await.as_deref(), Some("Jan"), "the code is Jan's, whoever types it");
    assert_eq!(password_hash(&app, kees).await, kees_hash, "nobody else changed");

    let (res, _) = reset(&app, [10, 9, 1, 3], "ABCD-EFGH-JKMN", NEW_PASSWORD).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryCodeUnknown), "a forged code");
    let (res, _) = reset(&app, [10, 9, 1, 4], "<script>", NEW_PASSWORD).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryCodeUnknown), "not a code at all");
    assert_eq!(password_hash(&app, kees).await, kees_hash);
}

#[tokio::test]
async fn a_letter_code_expires_after_seven_days() {
    let app = TestApp::new().await;
    let jan = app.user_id("Jan").await;
    let mut staff = app.signed_in("Samira").await;
    let (_, old) = letter_of(&make_letter(&mut staff, app.buurt.0, jan).await).unwrap();
    let hash = password_hash(&app, jan).await;
    app.clock.advance(7 * 24 * 3600);
    let (res, _) = reset(&app, [10, 9, 2, 1], &old, NEW_PASSWORD).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryCodeExpired));
    assert_eq!(password_hash(&app, jan).await, hash, "nothing changed");

    let mut staff = app.signed_in("Samira").await;
    let (_, fresh) = letter_of(&make_letter(&mut staff, app.buurt.0, jan).await).unwrap();
    app.clock.advance(7 * 24 * 3600 - 60);
    let (res, _) = reset(&app, [10, 9, 2, 2], &fresh, "te kort").await;
    assert_eq!(res.error(), AppError::Invalid(Problem::PasswordTooShort), "the sign-up password rules apply");
    let mut client = app.client();
    client.ip = [10, 9, 2, 3];
    let form = [("herstelcode", fresh.as_str()), ("password", NEW_PASSWORD), ("password_again", "iets anders dan dat")];
    assert_eq!(client.call("/api/herstellen", &form).await.error(), AppError::Invalid(Problem::PasswordsDiffer));
    let (res, _) = reset(&app, [10, 9, 2, 4], &fresh, NEW_PASSWORD).await;
    assert!(res.status.is_success(), "a minute before the end it still works: {res:?}");
}

#[tokio::test]
async fn after_too_many_wrong_codes_even_the_right_one_waits() {
    let app = TestApp::new().await;
    let jan = app.user_id("Jan").await;
    let mut staff = app.signed_in("Samira").await;
    let (_, code) = letter_of(&make_letter(&mut staff, app.buurt.0, jan).await).unwrap();
    for i in 0..RateLimits::WRONG_CODES {
        let guess = rules::code_from_random(&[i as u8; rules::LETTER_LEN]);
        let (res, _) = reset(&app, [10, 20, 0, i as u8], &guess, NEW_PASSWORD).await;
        assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryCodeUnknown), "guess {i}");
    }
    let hash = password_hash(&app, jan).await;
    let (res, _) = reset(&app, [10, 21, 0, 1], &code, NEW_PASSWORD).await;
    assert_eq!(res.error(), AppError::RateLimited, "the right code from a fresh address waits too");
    assert_eq!(password_hash(&app, jan).await, hash);
    app.clock.advance(RateLimits::WRONG_CODE_WINDOW);
    let (res, _) = reset(&app, [10, 21, 0, 2], &code, NEW_PASSWORD).await;
    assert!(res.status.is_success(), "after 15 minutes it works: {res:?}");
}

#[tokio::test]
async fn one_address_cannot_keep_guessing() {
    let app = TestApp::new().await;
    let mut refused = 0;
    for _ in 0..RateLimits::ADDRESS_BURST + 3 {
        let (res, _) = reset(&app, [10, 22, 0, 1], "nonsens", NEW_PASSWORD).await;
        if res.error() == AppError::RateLimited {
            refused += 1;
        }
    }
    assert_eq!(refused, 3, "the sign-in limit per address holds /herstellen");
}

/// Stores a link token `code` for `user` at `now`, as the e-mail request does.
async fn link_token(app: &TestApp, user: i64, code: &str, now: i64) {
    let mut tx = begin_write(&app.db).await.unwrap();
    let hash = rules::hash_code(code);
    let new = store::NewCode { user: UserId(user), kind: CodeKind::Link, hash: &hash, made_by: None };
    store::insert_code(&mut tx, new, now).await.unwrap().unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn a_link_token_works_once_for_30_minutes() {
    let app = TestApp::new().await;
    let jan = app.user_id("Jan").await;
    let (old, fresh) = (rules::code_from_random(&[1; rules::LINK_LEN]), rules::code_from_random(&[2; rules::LINK_LEN]));
    link_token(&app, jan, &old, app.clock.now()).await;
    app.clock.advance(rules::LINK_VALID_SECONDS);
    let (res, _) = reset(&app, [10, 9, 3, 1], &old, NEW_PASSWORD).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryCodeExpired), "30 minutes later");

    link_token(&app, jan, &fresh, app.clock.now()).await;
    app.clock.advance(rules::LINK_VALID_SECONDS - 60);
    let (res, mut client) = reset(&app, [10, 9, 3, 2], &rules::print_code(&fresh), NEW_PASSWORD).await;
    assert!(res.status.is_success(), "29 minutes later: {res:?}");
    assert_eq!(signed_in_name(&mut client).await.as_deref(), Some("Jan"));
    let (res, _) = reset(&app, [10, 9, 3, 3], &fresh, "nog een ander wachtwoord").await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryCodeUsed), "once");
}

#[tokio::test]
async fn asking_for_a_link_makes_one_for_a_known_address_at_most_three_an_hour() {
    let app = TestApp::new().await;
    let jan = app.user_id("Jan").await;
    sqlx::query("UPDATE users SET email = 'jan@example.nl' WHERE id = $1").bind(jan).execute(&app.db).await.unwrap();
    let (known, unknown) = (Email::parse_optional("Jan@Example.nl").unwrap().unwrap(), Email::parse_optional("niemand@example.nl").unwrap().unwrap());
    let ask = |email: &Email, now: i64| {
        let (db, email) = (app.db.clone(), email.clone());
        async move {
            let mut tx = begin_write(&db).await.unwrap();
            let made = use_cases::request_link(&mut tx, use_cases::LinkRequest { email: &email }, now).await.unwrap();
            tx.commit().await.unwrap();
            made
        }
    };
    let now = app.clock.now();
    assert!(!ask(&unknown, now).await, "nothing for an unknown address");
    let letter_for_jan = rules::code_from_random(&[3; rules::LETTER_LEN]);
    let mut tx = begin_write(&app.db).await.unwrap();
    let hash = rules::hash_code(&letter_for_jan);
    store::insert_code(&mut tx, store::NewCode { user: UserId(jan), kind: CodeKind::Letter, hash: &hash, made_by: None }, now).await.unwrap();
    tx.commit().await.unwrap();
    for i in 0..3 {
        assert!(ask(&known, now + i).await, "link {i}");
    }
    assert!(!ask(&known, now + 10).await, "the fourth within the hour is not made");
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_codes WHERE kind = 'link' AND used_at IS NULL AND revoked_at IS NULL").await, 1, "only the newest link works");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM recovery_codes WHERE kind = 'link' AND expires_at = {} + 2 + 1800", now)).await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_codes WHERE kind = 'letter' AND revoked_at IS NULL").await, 1, "a link does not cancel a letter");
    assert!(ask(&known, now + 3600).await, "an hour later again");
}

#[tokio::test]
async fn the_answer_for_an_unknown_address_is_the_answer_for_a_known_one() {
    let app = TestApp::new().await;
    let jan = app.user_id("Jan").await;
    sqlx::query("UPDATE users SET email = 'jan@example.nl' WHERE id = $1").bind(jan).execute(&app.db).await.unwrap();
    let html = "text/html,application/xhtml+xml";
    let mut answers = Vec::new();
    for (i, email) in ["jan@example.nl", "niemand@example.nl"].into_iter().enumerate() {
        let mut visitor = app.client();
        visitor.ip = [10, 9, 4, i as u8];
        visitor.referer = "/wachtwoord-vergeten".into();
        let json = visitor.call("/api/wachtwoord-vergeten", &[("email", email)]).await;
        let form = visitor.post("/api/wachtwoord-vergeten", &[("email", email)], Some(common::ORIGIN), html).await;
        let cookies: Vec<String> = form.headers.get_all(header::SET_COOKIE).iter().map(|v| v.to_str().unwrap().split('=').next().unwrap().to_string()).collect();
        answers.push((json.status, json.body, form.status, form.headers.get(header::LOCATION).cloned(), cookies));
    }
    assert!(answers[0].0.is_success(), "{:?}", answers[0]);
    assert_eq!(answers[0], answers[1], "the same answer");
    let mut made = 0;
    for _ in 0..100 {
        made = app.count(&format!("SELECT COUNT(*) FROM recovery_codes WHERE user_id = {jan} AND kind = 'link'")).await;
        if made == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(made, 2, "the known address got its links after the answer");
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_codes").await, 2, "the unknown one nothing");
    let res = app.client().call("/api/wachtwoord-vergeten", &[("email", "geen adres")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::EmailInvalid));
}

#[tokio::test]
async fn a_refused_plain_reset_keeps_neither_the_code_nor_the_password() {
    let app = TestApp::new().await;
    let jan = app.user_id("Jan").await;
    let mut staff = app.signed_in("Samira").await;
    let (_, code) = letter_of(&make_letter(&mut staff, app.buurt.0, jan).await).unwrap();
    let mut visitor = app.client();
    visitor.referer = format!("/herstellen?code={code}");
    let form = [("herstelcode", code.as_str()), ("password", NEW_PASSWORD), ("password_again", "iets anders dan dat"), ("extra", "bewaard")];
    let res = visitor.post("/api/herstellen", &form, Some(common::ORIGIN), "text/html").await;
    assert_eq!(res.status, StatusCode::FOUND, "{res:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM form_drafts").await, 1, "the form is remembered");
    let kept = format!("SELECT COUNT(*) FROM form_drafts WHERE fields LIKE '%{code}%' OR fields LIKE '%zonnebloemen%'");
    assert_eq!(app.count(&kept).await, 0, "but not the code or the password");
    let back = res.headers[header::LOCATION].to_str().unwrap().trim_start_matches(common::ORIGIN).to_string();
    let page = visitor.get(&back, &[("accept", "text/html")]).await;
    assert!(page.body.contains(&format!("value=\"{code}\"")), "the code from the QR code is still filled in");
    assert!(page.body.contains("niet hetzelfde"), "with the reason");
}

#[tokio::test]
async fn the_pages_show_the_ways_back_in() {
    let app = TestApp::new().await;
    let html = [("accept", "text/html")];
    let sign_in = app.client().get("/inloggen", &html).await;
    assert!(sign_in.body.contains("href=\"/wachtwoord-vergeten\"") && sign_in.body.contains("href=\"/herstellen\""), "both ways from the sign-in page");
    assert!(sign_in.body.contains("herstelbrief"));
    let reset = app.client().get("/herstellen?code=ABCD-EFGH-JKMN", &html).await;
    assert_eq!(reset.status, StatusCode::OK);
    assert!(reset.body.contains("value=\"ABCD-EFGH-JKMN\""), "the code from the QR code is filled in");
    let forgot = app.client().get("/wachtwoord-vergeten", &html).await;
    assert!(forgot.body.contains("action=\"/api/wachtwoord-vergeten\""));

    let mut staff = app.signed_in("Samira").await;
    let members = staff.get(&format!("/beheer/buurt/{}/leden", app.buurt.0), &html).await;
    assert_eq!(members.body.matches("action=\"/api/beheer-herstelbrief-nieuw\"").count(), 2, "for Jan and Kees, not for staff");
    let household = staff.get(&format!("/beheer/huishouden/{}", app.household.0), &html).await;
    assert!(household.body.contains(&format!("name=\"member\" value=\"{}\"", app.user_id("Jan").await)), "on the household page too");
}

#[tokio::test]
async fn no_letter_for_a_member_without_an_account_who_claims_it_with_the_code() {
    let app = TestApp::new().await;
    let html = [("accept", "text/html")];
    let mut staff = app.signed_in("Samira").await;
    let household = app.household.0.to_string();
    let res = staff.call("/api/beheer-lid-nieuw", &[("household", &household), ("display_name", "Oma Truus"), ("age_band", "75+")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let truus = app.user_id("Oma Truus").await;

    // No button for her, a line on how she gets in instead; Jan keeps his.
    let page = staff.get(&format!("/beheer/huishouden/{household}"), &html).await.body;
    assert!(!page.contains(&format!("name=\"member\" value=\"{truus}\"")), "no herstelbrief button for her: {page}");
    assert!(page.contains("Nog geen account. Oma Truus maakt het account zelf met de code van het huishouden."), "{page}");
    assert!(page.contains(&format!("name=\"member\" value=\"{}\"", app.user_id("Jan").await)));
    let members = staff.get(&format!("/beheer/buurt/{}/leden", app.buurt.0), &html).await.body;
    assert_eq!(members.matches("action=\"/api/beheer-herstelbrief-nieuw\"").count(), 2, "still for Jan and Kees only");
    assert!(members.contains("Nog geen account. Oma Truus maakt"));

    // The server refuses too, with a clear message, and nothing changes.
    let res = make_letter(&mut staff, app.buurt.0, truus).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RecoveryNoAccount));
    assert!(res.error().message(app::i18n::Lang::Nl).contains("code van het huishouden"));
    assert_eq!(app.count("SELECT COUNT(*) FROM recovery_codes").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM staff_log WHERE action = 'recovery-letter'").await, 0);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {truus}")).await, 0);
    // Staff of another buurt still only hear "forbidden".
    let mut foreign = app.signed_in("Olaf").await;
    assert_eq!(make_letter(&mut foreign, app.buurt.0, truus).await.error(), AppError::Forbidden);
    // Without JavaScript, the refusal shows once on the page it came from.
    staff.referer = format!("/beheer/huishouden/{household}");
    let form = [("buurt", app.buurt.0.to_string()), ("member", truus.to_string())];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = staff.post("/api/beheer-herstelbrief-nieuw", &form, Some(common::ORIGIN), "text/html").await;
    assert_eq!(res.status, StatusCode::FOUND, "{res:?}");
    let back = res.headers[header::LOCATION].to_str().unwrap().trim_start_matches(common::ORIGIN).to_string();
    let page = staff.get(&back, &html).await.body;
    assert_eq!(page.matches("Een herstelbrief helpt dan niet.").count(), 1, "{page}");
}
