//! Test harness: the real router on a fresh database per test (SQLite, or PostgreSQL with
//! `TEST_BACKEND=postgres`: [`backend`]), and a tiny client that keeps the session cookie like
//! a browser does.

#![allow(dead_code)]

pub mod backend;

use app::accounts::model::{AgeBand, BuurtId, DisplayName, Role, UserId};
use app::accounts::password_pool::PasswordPool;
use app::accounts::{password, rules, store as accounts};
use app::db::{Db, begin_write};
use app::error::AppError;
use app::i18n::Lang;
use app::neighbourhood::model::HouseholdId;
use app::neighbourhood::store as buurten;
use app::state::{AppState, RateLimits, Settings};
use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

pub const PASSWORD: &str = "een goed wachtwoord";
pub const ORIGIN: &str = "http://127.0.0.1:3000";

/// One hash for all seeded accounts (hashing is deliberately slow).
async fn seeded_hash() -> String {
    static HASH: OnceLock<String> = OnceLock::new();
    if let Some(h) = HASH.get() {
        return h.clone();
    }
    let h = password::hash(PASSWORD.to_string()).await.unwrap();
    HASH.get_or_init(|| h).clone()
}

pub struct TestApp {
    pub db: Db,
    pub router: Router,
    pub buurt: BuurtId,
    pub other_buurt: BuurtId,
    pub household: HouseholdId,
    /// The password pool of the router (2 workers), to look at its gauge.
    pub passwords: Arc<PasswordPool>,
    /// The server's clock: the time of the test's start until the test moves it.
    pub clock: app::time::Clock,
    /// The site root (with `pkg/`), inside the test's own folder.
    pub site: std::path::PathBuf,
    _dir: tempfile::TempDir,
    /// The test's own database, dropped with it.
    pub test_db: backend::TestDb,
}

impl TestApp {
    /// A fresh database with two buurten, a household and one person in each role.
    pub async fn new() -> TestApp {
        // The server's errors (RUST_LOG for more) in the output of a failed test.
        let _ = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).with_test_writer().try_init();
        let dir = tempfile::tempdir().unwrap();
        let (test_db, db) = backend::TestDb::migrated().await;
        let hash = seeded_hash().await;
        let mut tx = begin_write(&db).await.unwrap();
        let buurt = buurten::create_buurt(&mut tx, "De Zonnebloem", "de-zonnebloem").await.unwrap();
        let other_buurt = buurten::create_buurt(&mut tx, "Het Klaverblad", "het-klaverblad").await.unwrap();
        let household = buurten::create_household(&mut tx, buurt, "Zonnebloemstraat 1", "Flat A").await.unwrap();
        for (name, role, b) in [
            ("Anja", Role::Admin, buurt),
            ("Samira", Role::SocialWorker, buurt),
            ("Kees", Role::Committee, buurt),
            ("Jan", Role::Resident, buurt),
            ("Olaf", Role::SocialWorker, other_buurt),
        ] {
            let name = DisplayName::parse(name).unwrap();
            let user = accounts::insert_user(
                &mut tx,
                accounts::NewUser {
                    household_id: (role == Role::Resident).then_some(household.0),
                    name: &name,
                    email: None,
                    password_hash: &hash,
                    age_band: Some(AgeBand::From55To74),
                    language: Lang::Nl,
                },
            )
            .await
            .unwrap();
            accounts::set_membership(&mut tx, user, b, role).await.unwrap();
        }
        tx.commit().await.unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("pkg")).unwrap();
        let passwords = Arc::new(PasswordPool::new(2));
        // The real time, held still: a test moves it with `app.clock.advance`.
        let clock = app::time::Clock::fixed(jiff::Timestamp::now().as_second());
        let state = state(db.clone(), &site, passwords.clone(), clock.clone());
        TestApp { router: server::router(state), db, buurt, other_buurt, household, passwords, clock, site, _dir: dir, test_db }
    }

    /// Another app instance on the same database: its own pool and router (and its own
    /// in-memory limits), the same clock. Sessions live in the database, so a client signed in
    /// on one instance goes on working on the other ([`TestApp::client_on`]).
    pub async fn second_instance(&self) -> Router {
        let db = app::db::connect(&self.test_db.url).await.unwrap();
        server::router(state(db, &self.site, Arc::new(PasswordPool::new(2)), self.clock.clone()))
    }

    /// A client of the instance `router`, with the session of `signed_in`.
    pub fn client_on(&self, router: &Router, signed_in: &Client) -> Client {
        Client { router: router.clone(), ..signed_in.clone() }
    }

    /// Adds an invite code to the test household and returns it as printed.
    pub async fn invite(&self, max_uses: i64) -> (i64, String) {
        let mut tx = begin_write(&self.db).await.unwrap();
        let code = rules::code_from_random(&rand_bytes());
        let id = buurten::insert_invite(&mut tx, self.household, &code, max_uses, UserId(1)).await.unwrap().unwrap();
        tx.commit().await.unwrap();
        (id.0, rules::format_code(&code))
    }

    pub fn client(&self) -> Client {
        Client { router: self.router.clone(), cookie: None, ip: [10, 0, 0, 1], referer: "/".into() }
    }

    /// A client signed in as one of the seeded people.
    pub async fn signed_in(&self, name: &str) -> Client {
        let mut client = self.client();
        client.ip = [10, 0, 1, name.len() as u8];
        let res = client.call("/api/inloggen", &[("identifier", name), ("password", PASSWORD)]).await;
        assert!(res.status.is_success(), "sign-in of {name} failed: {res:?}");
        client
    }

    pub async fn count(&self, sql: &str) -> i64 {
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(&self.db).await.unwrap()
    }
}

/// The state of one app instance on `db`, as `serve` builds it, with default settings.
fn state(db: Db, site: &std::path::Path, passwords: Arc<PasswordPool>, clock: app::time::Clock) -> AppState {
    AppState {
        db,
        settings: Arc::new(Settings::default()),
        limits: Arc::new(RateLimits::new()),
        passwords,
        leptos: LeptosOptions::builder().output_name("buurtplein").site_root(site.display().to_string()).build(),
        clock,
        week: Arc::default(),
    }
}

fn rand_bytes() -> [u8; rules::CODE_LEN] {
    use rand::RngCore;
    let mut b = [0u8; rules::CODE_LEN];
    rand::rng().fill_bytes(&mut b);
    b
}

#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    /// The typed error a server function returned.
    pub fn error(&self) -> AppError {
        serde_json::from_str(&self.body).unwrap_or_else(|_| panic!("not an AppError: {self:?}"))
    }

    pub fn json<T: serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("bad JSON ({e}): {self:?}"))
    }
}

/// Keeps the session cookie between requests, like a browser.
#[derive(Clone)]
pub struct Client {
    router: Router,
    pub cookie: Option<String>,
    pub ip: [u8; 4],
    /// The page a form is posted from.
    pub referer: String,
}

impl Client {
    pub async fn send(&mut self, mut req: Request<Body>) -> Reply {
        if let Some(cookie) = &self.cookie {
            req.headers_mut().insert(header::COOKIE, cookie.parse().unwrap());
        }
        req.extensions_mut().insert(ConnectInfo(SocketAddr::from((self.ip, 40000))));
        let res = self.router.clone().oneshot(req).await.unwrap();
        let status = res.status();
        let headers = res.headers().clone();
        for value in headers.get_all(header::SET_COOKIE) {
            let pair = value.to_str().unwrap().split(';').next().unwrap().to_string();
            if pair.starts_with(server::SESSION_COOKIE) {
                self.cookie = Some(pair);
            }
        }
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
    }

    /// Calls a server function as the hydrated app does (fetch, JSON answers).
    pub async fn call(&mut self, path: &str, form: &[(&str, &str)]) -> Reply {
        self.post(path, form, Some(ORIGIN), "application/json").await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)], origin: Option<&str>, accept: &str) -> Reply {
        let body = serde_urlencoded::to_string(form).unwrap();
        let mut req = Request::post(path)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, accept)
            .header(header::REFERER, format!("{ORIGIN}{}", self.referer));
        if let Some(origin) = origin {
            req = req.header(header::ORIGIN, origin);
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }

    pub async fn get(&mut self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut req = Request::get(path).header(header::HOST, "127.0.0.1:3000");
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        self.send(req.body(Body::empty()).unwrap()).await
    }

    /// Publishes an activity for `buurt` through the server function: tomorrow 10:00–11:30
    /// unless `fields` says otherwise (each pair replaces the default of that field).
    pub async fn publish(&mut self, buurt: i64, fields: &[(&str, &str)]) -> Reply {
        let buurt = buurt.to_string();
        let date = tomorrow();
        let mut form: Vec<(&str, &str)> = vec![
            ("buurt", &buurt),
            ("title", "Koffieochtend"),
            ("description", "Gezellig samen.\nMeer: https://example.nl/koffie."),
            ("date", &date),
            ("start_time", "10:00"),
            ("end_time", "11:30"),
            ("place", "Ontmoetingsruimte"),
            ("audience", "iedereen"),
            ("category", "ontmoeten"),
            ("capacity", ""),
            ("costs", ""),
            ("closes", ""),
            ("repeat", ""),
            ("until", ""),
            ("room", ""),
        ];
        for (key, value) in fields {
            match form.iter_mut().find(|(k, _)| k == key) {
                Some(pair) => pair.1 = value,
                None => panic!("no such field: {key}"),
            }
        }
        self.call("/api/activiteit-nieuw", &form).await
    }
}

/// Tomorrow's date in the Netherlands, as the date field sends it.
pub fn tomorrow() -> String {
    days_from_today(1)
}

/// The local date `days` from today in the Netherlands.
pub fn days_from_today(days: i64) -> String {
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap();
    let today = jiff::Timestamp::now().to_zoned(tz).date();
    today.checked_add(jiff::Span::new().days(days)).unwrap().to_string()
}

impl TestApp {
    /// Adds `n` residents named `{prefix} 00`, `{prefix} 01`, … to the test household and
    /// returns them signed in, each from its own address.
    pub async fn residents(&self, prefix: &str, n: usize) -> Vec<Client> {
        let hash = seeded_hash().await;
        let mut tx = begin_write(&self.db).await.unwrap();
        for i in 0..n {
            let name = DisplayName::parse(&format!("{prefix} {i:02}")).unwrap();
            let user = accounts::insert_user(
                &mut tx,
                accounts::NewUser {
                    household_id: Some(self.household.0),
                    name: &name,
                    email: None,
                    password_hash: &hash,
                    age_band: None,
                    language: Lang::Nl,
                },
            )
            .await
            .unwrap();
            accounts::set_membership(&mut tx, user, self.buurt, Role::Resident).await.unwrap();
        }
        tx.commit().await.unwrap();
        let mut clients = Vec::new();
        for i in 0..n {
            let mut c = self.client();
            c.ip = [10, 30, (i / 200) as u8, (i % 200) as u8];
            let name = format!("{prefix} {i:02}");
            let res = c.call("/api/inloggen", &[("identifier", name.as_str()), ("password", PASSWORD)]).await;
            assert!(res.status.is_success(), "sign-in of {name} failed: {res:?}");
            clients.push(c);
        }
        clients
    }

    /// The id of the user with this display name.
    pub async fn user_id(&self, name: &str) -> i64 {
        sqlx::query_scalar("SELECT id FROM users WHERE display_name = $1").bind(name).fetch_one(&self.db).await.unwrap()
    }
}

/// Opens a stemronde from `start` to `end` (local dates, 00:00 to 20:00) on `options`, each
/// ticked, as the commissie posts the form: 3 votes, at most 2 per initiative, 1 winner, no
/// money; `extra` adds fields (such as the reason to go over the limit per household).
pub async fn open_round(client: &mut Client, buurt: BuurtId, (start, end): (&str, &str), options: &[i64], extra: &[(&str, &str)]) -> Reply {
    let buurt = buurt.0.to_string();
    let keys: Vec<String> = options.iter().map(|id| format!("opties[{id}]")).collect();
    let mut form: Vec<(&str, &str)> = vec![
        ("buurt", &buurt),
        ("title", "Speelplekken"),
        ("description", ""),
        ("start_date", start),
        ("start_time", "00:00"),
        ("end_date", end),
        ("end_time", "20:00"),
        ("vote_budget", "3"),
        ("max_per_option", "2"),
        ("min_age", ""),
        ("money", ""),
        ("winners", "1"),
    ];
    form.extend(keys.iter().map(|k| (k.as_str(), "ja")));
    form.extend_from_slice(extra);
    client.call("/api/stemronde-nieuw", &form).await
}
