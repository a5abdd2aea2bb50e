//! Input meant to deceive or overload, through the real router: look-alike display names, a
//! photo that decodes to a huge image, a forged Host header, unreadable and oversized bodies.

mod common;

use app::error::{AppError, Problem};
use axum::body::Body;
use axum::http::{Request, header};
use common::{Client, ORIGIN, TestApp};

async fn sign_up(client: &mut Client, code: &str, name: &str) -> common::Reply {
    client
        .call(
            "/api/aanmelden",
            &[("code", code), ("display_name", name), ("age_band", ""), ("password", common::PASSWORD), ("email", "")],
        )
        .await
}

#[tokio::test]
async fn look_alike_and_invisible_names_are_refused() {
    let app = TestApp::new().await;
    let (_, code) = app.invite(20).await;
    let users = app.count("SELECT COUNT(*) FROM users").await;
    let refused = [
        ("Ke\u{200B}es", Problem::NameInvisible),
        ("\u{202E}seeK", Problem::NameInvisible),
        ("Kees\u{2066}", Problem::NameInvisible),
        ("K\u{435}es", Problem::NameMixedScripts),
        // All Cyrillic, so one script, but it looks like "Kees".
        ("\u{41A}\u{415}\u{415}\u{405}", Problem::NameLookAlike),
        ("0laf", Problem::NameLookAlike),
        ("\u{FF2B}ees", Problem::NameTaken),
        ("KEES", Problem::NameTaken),
    ];
    for (name, problem) in refused {
        let mut client = app.client();
        let res = sign_up(&mut client, &code, name).await;
        assert_eq!(res.status, 422, "{name:?}: {res:?}");
        assert_eq!(res.error(), AppError::Invalid(problem), "{name:?}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, users, "nothing was added");

    for (i, name) in ["Zoë", "Çelik", "Ümit", "Ngọc", "أحمد", "Kees Jansen"].into_iter().enumerate() {
        let mut client = app.client();
        client.ip = [10, 0, 7, i as u8];
        let res = sign_up(&mut client, &code, name).await;
        assert!(res.status.is_success(), "{name}: {res:?}");
    }

    // The name is stored in NFKC form, and signing in with another form of it works.
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE display_name = 'Ng\u{1ECD}c'").await, 1);
    let mut ngoc = app.client();
    ngoc.ip = [10, 0, 8, 1];
    let res = ngoc.call("/api/inloggen", &[("identifier", "NGO\u{323}C"), ("password", common::PASSWORD)]).await;
    assert!(res.status.is_success(), "{res:?}");

    // A rename goes through the same checks, and one's own name is no clash.
    let mut jan = app.signed_in("Jan").await;
    let res = jan.call("/api/profiel-naam", &[("display_name", "\u{41A}\u{415}\u{415}\u{405}")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::NameLookAlike));
    let res = jan.call("/api/profiel-naam", &[("display_name", "J\u{430}n")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::NameMixedScripts));
    assert!(jan.call("/api/profiel-naam", &[("display_name", "JAN")]).await.status.is_success());
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE display_name = 'JAN'").await, 1);

    // The sign-up page without JavaScript shows the Dutch reason.
    let mut plain = app.client();
    plain.referer = "/aanmelden".into();
    let form = [("code", code.as_str()), ("display_name", "Ke\u{200B}es"), ("age_band", ""), ("password", common::PASSWORD), ("email", "")];
    let res = plain.post("/api/aanmelden", &form, Some(ORIGIN), "text/html").await;
    let location = res.headers.get("location").expect("back to the form").to_str().unwrap().to_string();
    let page = plain.get(location.trim_start_matches(ORIGIN), &[]).await;
    assert!(page.body.contains("onzichtbare tekens"), "{}", page.body);
}

#[tokio::test]
async fn existing_names_get_their_look_alike_key_at_start() {
    let app = TestApp::new().await;
    sqlx::query("UPDATE users SET name_skeleton = NULL").execute(&app.db).await.unwrap();
    app::db::migrate(&app.db).await.unwrap();
    assert_eq!(app.count("SELECT COUNT(*) FROM users WHERE name_skeleton IS NULL").await, 0);
    let key: String = sqlx::query_scalar("SELECT name_skeleton FROM users WHERE display_name = 'Kees'").fetch_one(&app.db).await.unwrap();
    assert_eq!(key, app::text::confusable_key("\u{41A}\u{415}\u{415}\u{405}"));
}

/// A valid grayscale PNG of `side` × `side` black pixels: a few hundred KB that decode to
/// `side²` bytes. Written row by row, so the test itself never holds the big image.
fn png_bomb(side: u32) -> Vec<u8> {
    use flate2::{Compression, Crc, write::ZlibEncoder};
    use std::io::Write;
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        let mut crc = Crc::new();
        crc.update(kind);
        crc.update(data);
        out.extend((data.len() as u32).to_be_bytes());
        out.extend(kind);
        out.extend(data);
        out.extend(crc.sum().to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut header = Vec::new();
    header.extend(side.to_be_bytes());
    header.extend(side.to_be_bytes());
    header.extend([8, 0, 0, 0, 0]); // 8 bits, grayscale, deflate, no filter, no interlace
    chunk(&mut out, b"IHDR", &header);
    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::fast());
    let row = vec![0u8; side as usize + 1];
    for _ in 0..side {
        zlib.write_all(&row).unwrap();
    }
    chunk(&mut out, b"IDAT", &zlib.finish().unwrap());
    chunk(&mut out, b"IEND", &[]);
    out
}

async fn upload(client: &mut Client, id: i64, bytes: &[u8]) -> common::Reply {
    let boundary = "buurtpleingrens";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"foto\"; filename=\"foto.png\"\r\nContent-Type: image/png\r\n\r\n"
    )
    .into_bytes();
    body.extend(bytes);
    body.extend(format!("\r\n--{boundary}--\r\n").into_bytes());
    let req = Request::post(format!("/meedoen/foto/{id}"))
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, ORIGIN)
        .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
        .body(Body::from(body))
        .unwrap();
    client.send(req).await
}

#[tokio::test]
async fn a_decompression_bomb_is_refused_before_decoding() {
    use server::photos::{PhotoError, process, process_limited};
    let bomb = png_bomb(12_000);
    assert!(bomb.len() < 2 * 1024 * 1024, "the bomb is small: {} bytes", bomb.len());
    let started = std::time::Instant::now();
    assert_eq!(process(&bomb), Err(PhotoError::TooLarge));
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "refused from the header, took {:?}", started.elapsed());

    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    let res = jan
        .call(
            "/api/voorstel-nieuw",
            &[
                ("kind", "initiatief"),
                ("title", "Bankje bij de ingang"),
                ("description", "Een goed idee voor de hele buurt."),
                ("audience", "Iedereen"),
                ("date_wish", "Vrijdagmiddag"),
                ("help_needed", ""),
            ],
        )
        .await;
    assert!(res.status.is_success(), "{res:?}");
    let id = app.count("SELECT MAX(id) FROM proposals").await;
    let res = upload(&mut jan, id, &bomb).await;
    assert_eq!(res.headers.get("location").unwrap(), &format!("/meedoen/{id}?foto=te-veel-pixels"));
    assert_eq!(app.count("SELECT COUNT(*) FROM proposal_photos").await, 0);
    let page = jan.get(&format!("/meedoen/{id}?foto=te-veel-pixels"), &[]).await;
    assert!(page.body.contains("meer dan 40 megapixel"), "{}", page.body);

    // With no place free for decoding, the upload is told to try again.
    let none_free = std::sync::Arc::new(tokio::sync::Semaphore::new(0));
    let small = png_bomb(16);
    let busy = process_limited(&none_free, std::time::Duration::from_millis(20), small.clone().into()).await;
    assert_eq!(busy, Err(PhotoError::Busy));
    let one_free = std::sync::Arc::new(tokio::sync::Semaphore::new(1));
    assert!(process_limited(&one_free, std::time::Duration::from_millis(20), small.into()).await.is_ok());
}

fn with_host(path: &str, host: &str) -> Request<Body> {
    Request::get(path).header(header::HOST, host).body(Body::empty()).unwrap()
}

#[tokio::test]
async fn a_foreign_host_never_appears_in_links() {
    let app = TestApp::new().await;
    let mut samira = app.signed_in("Samira").await;
    assert!(samira.publish(app.buurt.0, &[]).await.status.is_success());

    let feed = samira.send(with_host(&format!("/kalender/buurt/{}.ics", app.buurt.0), "evil.example")).await;
    assert_eq!(feed.status, 200);
    assert!(!feed.body.contains("evil.example"), "{}", feed.body);
    assert!(feed.body.contains("http://127.0.0.1:3000/agenda/"), "{}", feed.body);

    let poster = samira.send(with_host("/agenda/poster", "evil.example")).await;
    assert_eq!(poster.status, 200);
    assert!(!poster.body.contains("evil.example"));
    assert!(poster.body.contains("http://127.0.0.1:3000/agenda"));

    let (invite, _) = app.invite(4).await;
    let letter = samira
        .send(
            Request::post("/api/beheer-brief")
                .header(header::HOST, "evil.example")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(header::ACCEPT, "application/json")
                .body(Body::from(format!("invite={invite}")))
                .unwrap(),
        )
        .await;
    assert_eq!(letter.status, 200, "{letter:?}");
    assert!(!letter.body.contains("evil.example"), "{}", letter.body);
    assert!(letter.body.contains("http://127.0.0.1:3000/aanmelden?code="), "{}", letter.body);
}

fn raw_post(path: &str, body: Body, accept: &str, length: Option<usize>) -> Request<Body> {
    let mut req = Request::post(path)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, ORIGIN)
        .header(header::REFERER, format!("{ORIGIN}/aanmelden"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, accept);
    if let Some(length) = length {
        req = req.header(header::CONTENT_LENGTH, length);
    }
    req.body(body).unwrap()
}

#[tokio::test]
async fn unreadable_and_oversized_bodies_get_4xx_and_change_nothing() {
    let app = TestApp::new().await;
    let (_, code) = app.invite(4).await;
    let users = app.count("SELECT COUNT(*) FROM users").await;
    let mut client = app.client();

    // Not UTF-8: 400 with the typed error for the hydrated app ...
    let mut bad = format!("code={code}&display_name=Pi").into_bytes();
    bad.extend([0xff, 0xfe]);
    bad.extend(b"&age_band=&password=een+goed+wachtwoord&email=");
    let res = client.send(raw_post("/api/aanmelden", Body::from(bad.clone()), "application/json", None)).await;
    assert_eq!(res.status, 400, "{res:?}");
    assert_eq!(res.error(), AppError::BadRequest);
    assert!(app::i18n::tr(app::i18n::Lang::Nl, res.error().key()).contains("konden we niet lezen"));
    // ... and back to the form with the Dutch message without JavaScript.
    let res = client.send(raw_post("/api/aanmelden", Body::from(bad), "text/html", None)).await;
    assert!(res.status.is_redirection(), "{res:?}");
    let location = res.headers.get("location").unwrap().to_str().unwrap().to_string();
    let page = client.get(location.trim_start_matches(ORIGIN), &[]).await;
    assert!(page.body.contains("Wat u stuurde konden we niet lezen"), "{}", page.body);

    // 10 MB: 413, whether the size is announced or only found while reading.
    let big = format!("code={code}&display_name={}&age_band=&password=x&email=", "a".repeat(10 * 1024 * 1024));
    let len = big.len();
    let res = client.send(raw_post("/api/aanmelden", Body::from(big.clone()), "application/json", Some(len))).await;
    assert_eq!(res.status, 413, "{}", &res.body[..res.body.len().min(300)]);
    assert_eq!(res.error(), AppError::TooLarge);
    let res = client.send(raw_post("/api/aanmelden", Body::from(big.clone()), "text/html", Some(len))).await;
    assert_eq!(res.status, 413);
    assert!(res.body.contains("Wat u stuurde is te groot") && res.body.contains("What you sent is too large"));
    let stream = futures::stream::iter(big.into_bytes().chunks(64 * 1024).map(|c| Ok::<_, std::io::Error>(c.to_vec())).collect::<Vec<_>>());
    let res = client.send(raw_post("/api/aanmelden", Body::from_stream(stream), "application/json", None)).await;
    assert_eq!(res.status, 413, "{}", &res.body[..res.body.len().min(300)]);
    assert_eq!(res.error(), AppError::TooLarge);
    let res = client.send(raw_post("/taal", Body::from(vec![b'a'; 10 * 1024 * 1024]), "text/html", None)).await;
    assert_eq!(res.status, 413);
    let res = client.send(raw_post("/taal", Body::from(&b"taal=n\xffl&terug=/"[..]), "text/html", None)).await;
    assert_eq!(res.status, 400);

    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, users);
    assert_eq!(app.count("SELECT uses FROM invite_codes").await, 0);
}
