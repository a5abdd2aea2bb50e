//! The agenda, part two, through the real router: series across the clock change, edits of
//! one time or the rest of a series, overlap warnings, the archive, the poster, the printed
//! participants list, and calendar feeds read back with a real iCalendar parser.

mod common;

use app::agenda::model::ActivityView;
use app::error::{AppError, Problem};
use common::{TestApp, days_from_today};
use icalendar::{Component, DatePerhapsTime};
use jiff::civil::Date;
use jiff::tz::TimeZone;

fn amsterdam() -> TimeZone {
    TimeZone::get("Europe/Amsterdam").unwrap()
}

/// The next day, at least two weeks ahead, on which the Dutch clocks change.
fn next_clock_change() -> Date {
    let tz = amsterdam();
    let offset = |d: Date| d.at(12, 0, 0, 0).to_zoned(tz.clone()).unwrap().offset();
    let mut day: Date = days_from_today(15).parse().unwrap();
    while offset(day) == offset(day.yesterday().unwrap()) {
        day = day.tomorrow().unwrap();
    }
    day
}

fn plus(day: Date, days: i64) -> String {
    day.checked_add(jiff::Span::new().days(days)).unwrap().to_string()
}

async fn ids(app: &TestApp, title: &str) -> Vec<i64> {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT id FROM activities WHERE title = '{title}' ORDER BY starts_at")))
        .fetch_all(&app.db)
        .await
        .unwrap()
}

/// Parses a feed with the icalendar crate's parser: (uid, summary, local start "YYYY-MM-DD HH:MM", status).
fn read_feed(body: &str) -> Vec<(String, String, String, String)> {
    let calendar: icalendar::Calendar = body.parse().expect("a valid iCalendar file");
    calendar
        .events()
        .map(|e| {
            let start = match e.get_start().expect("DTSTART") {
                DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t)) => t.timestamp(),
                other => panic!("expected a UTC time, got {other:?}"),
            };
            let local = jiff::Timestamp::from_second(start).unwrap().to_zoned(amsterdam()).strftime("%Y-%m-%d %H:%M").to_string();
            let status = e.property_value("STATUS").unwrap_or_default().to_string();
            (e.get_uid().unwrap().to_string(), e.get_summary().unwrap().to_string(), local, status)
        })
        .collect()
}

#[tokio::test]
async fn a_weekly_series_keeps_its_local_time_across_the_clock_change_also_in_the_feed() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let change = next_clock_change();
    let (first, until) = (plus(change, -11), plus(change, 10));
    let res = staff
        .publish(app.buurt.0, &[("title", "Spreekuur huismeester"), ("date", &first), ("repeat", "week"), ("until", &until)])
        .await;
    assert!(res.status.is_success(), "{res:?}");
    let series = ids(&app, "Spreekuur huismeester").await;
    assert_eq!(series.len(), 4, "two times before and two after the clock change");
    assert_eq!(app.count("SELECT COUNT(DISTINCT series_id) FROM activities WHERE series_id IS NOT NULL").await, 1);
    let starts: Vec<i64> = sqlx::query_scalar("SELECT starts_at FROM activities ORDER BY starts_at").fetch_all(&app.db).await.unwrap();
    let utc_hours: Vec<i8> = starts.iter().map(|s| jiff::Timestamp::from_second(*s).unwrap().to_zoned(TimeZone::UTC).hour()).collect();
    assert_ne!(utc_hours[1], utc_hours[2], "the UTC hour moves with the clocks");
    for id in &series {
        let seen: ActivityView = staff.call("/api/activiteit", &[("id", &id.to_string())]).await.json();
        assert_eq!(seen.time, "10:00 – 11:30");
        assert!(seen.in_series);
    }

    // The public feed of the buurt, read back by a real parser, says 10:00 local every week.
    let mut anonymous = app.client();
    let feed = anonymous.get(&format!("/kalender/buurt/{}.ics", app.buurt.0), &[]).await;
    assert_eq!(feed.status, 200);
    assert!(feed.headers[axum::http::header::CONTENT_TYPE].to_str().unwrap().starts_with("text/calendar"));
    let events = read_feed(&feed.body);
    assert_eq!(events.len(), 4);
    let local: Vec<&str> = events.iter().map(|e| e.2.as_str()).collect();
    let expected: Vec<String> = [-11, -4, 3, 10].iter().map(|d| format!("{} 10:00", plus(change, *d))).collect();
    assert_eq!(local, expected);
    assert!(events.iter().all(|e| e.1 == "Spreekuur huismeester" && e.3 == "CONFIRMED"));
    let uids: std::collections::HashSet<_> = events.iter().map(|e| e.0.clone()).collect();
    assert_eq!(uids.len(), 4, "each time has its own UID");
    assert_eq!(anonymous.get("/kalender/buurt/999.ics", &[]).await.status, 404);
    assert_eq!(anonymous.get("/kalender/buurt/abc", &[]).await.status, 404);

    // A bad end date for a series is refused and stores nothing.
    for until in ["", "2001-01-01", &plus(change, 400)] {
        let res = staff.publish(app.buurt.0, &[("title", "Te lang"), ("date", &first), ("repeat", "week"), ("until", until)]).await;
        assert_eq!(res.error(), AppError::Invalid(Problem::UntilInvalid), "{until}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM activities WHERE title = 'Te lang'").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM activity_series").await, 1);
}

#[tokio::test]
async fn staff_edit_one_time_or_the_rest_of_the_series() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let (first, until) = (days_from_today(2), days_from_today(23));
    let res = staff
        .publish(app.buurt.0, &[("title", "Koffieochtend"), ("date", &first), ("repeat", "week"), ("until", &until), ("capacity", "2")])
        .await;
    assert!(res.status.is_success(), "{res:?}");
    let series = ids(&app, "Koffieochtend").await;
    assert_eq!(series.len(), 4);
    let second = series[1].to_string();

    // Jan and Kees take the two places of the second time; Riet waits.
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut anja = app.signed_in("Anja").await;
    for c in [&mut jan, &mut kees, &mut anja] {
        assert!(c.call("/api/aanmelden-activiteit", &[("activity", &second)]).await.status.is_success());
    }

    let edit = |scope: &'static str, title: &'static str, start: &'static str, capacity: &'static str, date: String| {
        let second = second.clone();
        move |c: &mut common::Client| {
            let mut c = c.clone();
            async move {
                c.call(
                    "/api/activiteit-wijzigen",
                    &[("activity", &second), ("scope", scope), ("title", title), ("description", ""), ("date", &date),
                      ("start_time", start), ("end_time", "12:00"), ("place", "Ontmoetingsruimte"), ("audience", "iedereen"),
                      ("category", "ontmoeten"), ("capacity", capacity), ("costs", ""), ("closes", "")],
                )
                .await
            }
        }
    };
    let second_date = days_from_today(9);

    // Only staff of the buurt change activities; nothing changes otherwise.
    assert_eq!(edit("deze", "Van Jan", "10:00", "2", second_date.clone())(&mut jan).await.error(), AppError::Forbidden);
    let mut olaf = app.signed_in("Olaf").await;
    assert_eq!(edit("deze", "Van Olaf", "10:00", "2", second_date.clone())(&mut olaf).await.error(), AppError::Forbidden);
    assert_eq!(edit("deze", "Anoniem", "10:00", "2", second_date.clone())(&mut app.client()).await.error(), AppError::NotSignedIn);
    // Fewer places than people who have one is refused.
    assert_eq!(
        edit("deze", "Koffie", "10:00", "1", second_date.clone())(&mut staff).await.error(),
        AppError::Invalid(Problem::CapacityBelowSignedUp)
    );
    assert_eq!(
        edit("deze", "Koffie", "10:00", "2", "1900-01-01".into())(&mut staff).await.error(),
        AppError::Invalid(Problem::StartInPast)
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM activities WHERE title <> 'Koffieochtend'").await, 0, "nothing changed");

    // This time only: later, with three places. The waiting one moves up; all are told.
    let res = edit("deze", "Koffie met taart", "10:30", "3", second_date.clone())(&mut staff).await;
    assert!(res.status.is_success(), "{res:?}");
    let seen: ActivityView = anja.call("/api/activiteit", &[("id", &second)]).await.json();
    assert_eq!((seen.title.as_str(), seen.time.as_str(), seen.signed_up, seen.waiting), ("Koffie met taart", "10:30 – 12:00", 3, 0));
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-promoted'").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-changed'").await, 2, "Jan and Kees");
    let others = app.count(&format!("SELECT COUNT(*) FROM activities WHERE title = 'Koffieochtend' AND id <> {second}")).await;
    assert_eq!(others, 3, "the other times did not change");

    // This and later times: the first time stays, the third and fourth keep their own date.
    let res = edit("reeks", "Koffieochtend nieuw", "09:30", "", second_date.clone())(&mut staff).await;
    assert!(res.status.is_success(), "{res:?}");
    let titles: Vec<String> = sqlx::query_scalar("SELECT title FROM activities ORDER BY starts_at").fetch_all(&app.db).await.unwrap();
    assert_eq!(titles, ["Koffieochtend", "Koffieochtend nieuw", "Koffieochtend nieuw", "Koffieochtend nieuw"]);
    for (i, id) in series.iter().enumerate().skip(1) {
        let seen: ActivityView = staff.call("/api/activiteit", &[("id", &id.to_string())]).await.json();
        assert_eq!(seen.date, days_from_today(2 + 7 * i as i64));
        assert_eq!(seen.time, "09:30 – 12:00");
        assert_eq!(seen.capacity, None);
    }

    // Cancelled or past activities are not changed.
    let third = series[2].to_string();
    assert!(staff.call("/api/activiteit-afgelasten", &[("activity", &third), ("reason", "Vakantie")]).await.status.is_success());
    let res = staff
        .call(
            "/api/activiteit-wijzigen",
            &[("activity", &third), ("scope", "deze"), ("title", "Toch"), ("description", ""), ("date", &days_from_today(16)),
              ("start_time", "10:00"), ("end_time", "11:00"), ("place", ""), ("audience", "iedereen"), ("category", "ontmoeten"),
              ("capacity", ""), ("costs", ""), ("closes", "")],
        )
        .await;
    assert_eq!(res.error(), AppError::Invalid(Problem::ActivityCancelled));
    sqlx::query("UPDATE activities SET starts_at = starts_at - 30 * 86400, ends_at = ends_at - 30 * 86400 WHERE id = $1")
        .bind(series[0])
        .execute(&app.db)
        .await
        .unwrap();
    let res = staff
        .call(
            "/api/activiteit-wijzigen",
            &[("activity", &series[0].to_string()), ("scope", "deze"), ("title", "Toch"), ("description", ""),
              ("date", &days_from_today(3)), ("start_time", "10:00"), ("end_time", "11:00"), ("place", ""),
              ("audience", "iedereen"), ("category", "ontmoeten"), ("capacity", ""), ("costs", ""), ("closes", "")],
        )
        .await;
    assert_eq!(res.error(), AppError::Invalid(Problem::ActivityOver));
}

#[tokio::test]
async fn overlapping_sign_ups_are_shown_not_refused() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let day = days_from_today(3);
    for (title, start, end) in [("Bingo", "14:00", "16:00"), ("Breien", "15:00", "17:00"), ("Yoga", "16:00", "17:00")] {
        let res = staff.publish(app.buurt.0, &[("title", title), ("date", &day), ("start_time", start), ("end_time", end)]).await;
        assert!(res.status.is_success(), "{res:?}");
    }
    let all: Vec<String> = sqlx::query_scalar("SELECT CAST(id AS TEXT) FROM activities ORDER BY starts_at").fetch_all(&app.db).await.unwrap();
    let (bingo, breien, yoga) = (all[0].clone(), all[1].clone(), all[2].clone());
    let mut jan = app.signed_in("Jan").await;
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &bingo)]).await.status.is_success());
    let seen: ActivityView = jan.call("/api/activiteit", &[("id", &breien)]).await.json();
    assert_eq!(seen.overlaps, ["Bingo"]);
    let seen: ActivityView = jan.call("/api/activiteit", &[("id", &yoga)]).await.json();
    assert!(seen.overlaps.is_empty(), "16:00 is when Bingo ends");
    // Allowed anyway; then Bingo shows Breien.
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &breien)]).await.status.is_success());
    let seen: ActivityView = jan.call("/api/activiteit", &[("id", &bingo)]).await.json();
    assert_eq!(seen.overlaps, ["Breien"]);
    // The page says so in Dutch.
    let page = jan.get(&format!("/agenda/{bingo}"), &[]).await;
    assert!(page.body.contains("Let op: op die tijd heeft u ook Breien."), "{}", page.body);
}

#[tokio::test]
async fn archive_poster_and_participants_list() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    for (title, day) in [("Deze week", 2), ("Over tien dagen", 10), ("Was leuk", 1)] {
        let res = staff.publish(app.buurt.0, &[("title", title), ("date", &days_from_today(day))]).await;
        assert!(res.status.is_success(), "{res:?}");
    }
    let mut jan = app.signed_in("Jan").await;
    let done = ids(&app, "Was leuk").await[0];
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &done.to_string())]).await.status.is_success());
    // It took place a week ago.
    sqlx::query("UPDATE activities SET starts_at = starts_at - 8 * 86400, ends_at = ends_at - 8 * 86400 WHERE id = $1")
        .bind(done)
        .execute(&app.db)
        .await
        .unwrap();

    let archive: Vec<app::agenda::model::ArchivedActivity> = jan.call("/api/agenda-archief", &[]).await.json();
    assert_eq!(archive.iter().map(|a| (a.title.as_str(), a.participants)).collect::<Vec<_>>(), [("Was leuk", 1)]);
    let mut olaf = app.signed_in("Olaf").await;
    let theirs: Vec<app::agenda::model::ArchivedActivity> = olaf.call("/api/agenda-archief", &[]).await.json();
    assert!(theirs.is_empty(), "another buurt's archive");
    let agenda: app::agenda::api::Agenda = jan.call("/api/agenda", &[("category", ""), ("audience", "")]).await.json();
    assert!(agenda.activities.iter().all(|a| a.title != "Was leuk"), "past activities leave the agenda");
    let page = jan.get("/agenda/archief", &[]).await;
    assert!(page.body.contains("Was leuk") && page.body.contains("1 deelnemer"));

    // The poster: this week only, a QR code, and no navigation.
    let poster = jan.get("/agenda/poster", &[]).await;
    assert_eq!(poster.status, 200);
    assert!(poster.body.contains("Deze week in De Zonnebloem"));
    assert!(poster.body.contains("Deze week") && !poster.body.contains("Over tien dagen") && !poster.body.contains("Was leuk"));
    assert!(poster.body.contains("<svg") && poster.body.contains("http://127.0.0.1:3000/agenda"));
    assert!(!poster.body.contains("class=\"mainnav\""));
    assert_eq!(app.client().get("/agenda/poster", &[]).await.status, 401);

    // The participants list to print: staff only.
    let week = ids(&app, "Deze week").await[0].to_string();
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &week)]).await.status.is_success());
    let list = staff.get(&format!("/agenda/{week}/deelnemers"), &[]).await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Jan") && list.body.contains("Zonnebloemstraat 1"));
    let refused = jan.get(&format!("/agenda/{week}/deelnemers"), &[]).await;
    assert_eq!(refused.status, 403);
    assert!(!refused.body.contains("Zonnebloemstraat 1"));
}

#[tokio::test]
async fn the_personal_feed_is_secret_and_can_be_renewed_or_stopped() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    for title in ["Bingo", "Breien"] {
        assert!(staff.publish(app.buurt.0, &[("title", title)]).await.status.is_success());
    }
    let bingo = ids(&app, "Bingo").await[0].to_string();
    let mut jan = app.signed_in("Jan").await;
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &bingo)]).await.status.is_success());
    let links: app::agenda::api::FeedLinks = jan.call("/api/agenda-koppeling", &[]).await.json();
    assert_eq!(links.personal, None);
    assert_eq!(links.buurt_feed, format!("http://127.0.0.1:3000/kalender/buurt/{}.ics", app.buurt.0));
    assert_eq!(app.client().call("/api/agenda-koppeling-nieuw", &[]).await.error(), AppError::NotSignedIn);

    assert!(jan.call("/api/agenda-koppeling-nieuw", &[]).await.status.is_success());
    let links: app::agenda::api::FeedLinks = jan.call("/api/agenda-koppeling", &[]).await.json();
    let url = links.personal.expect("a personal address");
    let path = url.trim_start_matches("http://127.0.0.1:3000").to_string();
    let mut anyone = app.client();
    let feed = anyone.get(&path, &[]).await;
    assert_eq!(feed.status, 200);
    let events = read_feed(&feed.body);
    assert_eq!(events.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(), ["Bingo"], "only what Jan signed up for");

    // A cancelled activity stays in the feed as cancelled, so calendars remove it.
    assert!(staff.call("/api/activiteit-afgelasten", &[("activity", &bingo), ("reason", "Ziek")]).await.status.is_success());
    let events = read_feed(&anyone.get(&path, &[]).await.body);
    assert_eq!(events[0].3, "CANCELLED");

    // A new address replaces the old one; stopping ends it.
    assert!(jan.call("/api/agenda-koppeling-nieuw", &[]).await.status.is_success());
    assert_eq!(anyone.get(&path, &[]).await.status, 404);
    let links: app::agenda::api::FeedLinks = jan.call("/api/agenda-koppeling", &[]).await.json();
    let new_path = links.personal.unwrap().trim_start_matches("http://127.0.0.1:3000").to_string();
    assert_eq!(anyone.get(&new_path, &[]).await.status, 200);
    assert!(jan.call("/api/agenda-koppeling-stoppen", &[]).await.status.is_success());
    assert_eq!(anyone.get(&new_path, &[]).await.status, 404);
    assert_eq!(anyone.get(&format!("/kalender/mijn/{}.ics", "0".repeat(64)), &[]).await.status, 404);
}

#[tokio::test]
async fn the_agenda_comes_in_pages_and_filters_in_the_database() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let (first, until) = (days_from_today(1), days_from_today(300));
    let res = staff.publish(app.buurt.0, &[("title", "Wekelijks"), ("date", &first), ("repeat", "week"), ("until", &until)]).await;
    assert!(res.status.is_success(), "{res:?}");
    let res = staff.publish(app.buurt.0, &[("title", "Knutselen"), ("date", &days_from_today(250)), ("category", "creatief")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let total = app.count("SELECT COUNT(*) FROM activities").await as usize;
    assert!(total > 41, "{total}");
    let mut jan = app.signed_in("Jan").await;
    let page: app::agenda::api::Agenda = jan.call("/api/agenda", &[("category", ""), ("audience", "")]).await.json();
    assert_eq!((page.activities.len(), page.more), (40, true));
    let next: app::agenda::api::Agenda = jan.call("/api/agenda", &[("category", ""), ("audience", ""), ("page", "1")]).await.json();
    assert_eq!((next.activities.len(), next.more), (total - 40, false));
    let seen: std::collections::HashSet<_> = page.activities.iter().chain(&next.activities).map(|a| a.id).collect();
    assert_eq!(seen.len(), total, "every activity on exactly one page");
    // A filter looks at every activity, not only the first page.
    let creative: app::agenda::api::Agenda = jan.call("/api/agenda", &[("category", "creatief"), ("audience", "")]).await.json();
    assert_eq!(creative.activities.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(), ["Knutselen"]);
    let html = jan.get("/agenda", &[]).await.body;
    assert!(html.contains("Verder in de agenda") && html.contains("pagina=1"));
}
