//! The Ontmoetingsruimte through the real router: no double booking under 200 concurrent
//! requests, quotas at the boundary, approval that checks again, every refusal with its
//! rule and figures (and nothing changed), permissions of every staff and committee
//! function, recurring reservations around closed days, agenda activities that hold the
//! room, and the room's calendar feed read back with a real iCalendar parser.

mod common;

use app::error::{AppError, Problem};
use app::i18n::Lang;
use app::rooms::model::{DayBlock, Limit, MyReservations, RecurringResult, ReservationStatus, RoomWeek};
use common::{Client, TestApp, days_from_today};
use icalendar::Component;
use jiff::civil::Date;

/// The first Monday to Friday at least `days` from today (the room is open then).
fn weekday_ahead(days: i64) -> String {
    let mut day: Date = days_from_today(days).parse().unwrap();
    while day.weekday().to_monday_one_offset() > 5 {
        day = day.tomorrow().unwrap();
    }
    day.to_string()
}

fn sunday_ahead(days: i64) -> String {
    let mut day: Date = days_from_today(days).parse().unwrap();
    while day.weekday().to_monday_one_offset() != 7 {
        day = day.tomorrow().unwrap();
    }
    day.to_string()
}

/// The settings form of the demo room (the rules of the issue), with changes.
async fn make_room(app: &TestApp, who: &str, buurt: i64, changes: &[(&str, &str)]) -> i64 {
    let mut staff = app.signed_in(who).await;
    let buurt = buurt.to_string();
    let mut form: Vec<(&str, &str)> = vec![
        ("buurt", &buurt),
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
    ];
    let days: Vec<(String, String)> = (1..=7).map(|d| (format!("opens_{d}"), format!("closes_{d}"))).collect();
    for (i, (o, c)) in days.iter().enumerate() {
        let (open, close) = if i < 6 { ("09:00", "22:00") } else { ("", "") };
        form.push((o.as_str(), open));
        form.push((c.as_str(), close));
    }
    for (key, value) in changes {
        match form.iter_mut().find(|(k, _)| k == key) {
            Some(pair) => pair.1 = value,
            None => panic!("no such field: {key}"),
        }
    }
    let form: Vec<(&str, &str)> = form.into_iter().filter(|(k, v)| !(*k == "approval_private" && v.is_empty())).collect();
    let res = staff.call("/api/ruimte-instellingen", &form).await;
    assert!(res.status.is_success(), "{res:?}");
    app.count("SELECT MAX(id) FROM rooms").await
}

async fn reserve(c: &mut Client, room: i64, date: &str, from: &str, to: &str, purpose: &str, access: &str) -> common::Reply {
    let room = room.to_string();
    c.call(
        "/api/ruimte-reserveren",
        &[("room", &room), ("date", date), ("from", from), ("to", to), ("purpose", purpose), ("access", access), ("people", "6")],
    )
    .await
}

fn limit(res: &common::Reply) -> Limit {
    match res.error() {
        AppError::Limit(l) => l,
        other => panic!("expected a room rule, got {other:?}: {res:?}"),
    }
}

async fn status_of(app: &TestApp, purpose: &str) -> String {
    sqlx::query_scalar("SELECT status FROM reservations WHERE purpose = $1 ORDER BY id DESC LIMIT 1")
        .bind(purpose)
        .fetch_one(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn two_hundred_concurrent_requests_for_overlapping_times_confirm_exactly_one() {
    let app = TestApp::new().await;
    // No approval and a generous quota, so only the overlap decides.
    let room = make_room(
        &app,
        "Anja",
        app.buurt.0,
        &[("approval_over_hours", ""), ("approval_after", ""), ("approval_private", ""), ("quota_hours", "744"), ("quota_future", "100")],
    )
    .await;
    let date = weekday_ahead(3);
    let residents = app.residents("Buur", 20).await;
    let mut tasks = Vec::new();
    for (n, client) in residents.into_iter().enumerate() {
        for k in 0..10 {
            let mut c = client.clone();
            let date = date.clone();
            let i = n * 10 + k;
            // Every time contains 11:00–11:30: they all overlap each other.
            let from = ["09:00", "09:30", "10:00", "10:30"][i % 4];
            let to = ["11:30", "12:00", "12:30"][i % 3];
            tasks.push(tokio::spawn(async move { reserve(&mut c, room, &date, from, to, &format!("Aanvraag {i}"), "open").await }));
        }
    }
    let mut confirmed = 0;
    let mut taken = 0;
    for t in tasks {
        let res = t.await.unwrap();
        if res.status.is_success() {
            assert_eq!(res.json::<ReservationStatus>(), ReservationStatus::Confirmed);
            confirmed += 1;
        } else {
            assert_eq!(res.status, 422, "{res:?}");
            assert!(matches!(limit(&res), Limit::Taken { .. }), "{res:?}");
            taken += 1;
        }
    }
    assert_eq!((confirmed, taken), (1, 199));
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations").await, 1);
    let overlapping = app
        .count("SELECT COUNT(*) FROM reservations a JOIN reservations b ON a.room_id = b.room_id AND a.id < b.id \
                AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at WHERE a.status = 'bevestigd' AND b.status = 'bevestigd'")
        .await;
    assert_eq!(overlapping, 0);
}

#[tokio::test]
async fn the_household_quota_holds_exactly_at_the_boundary() {
    let app = TestApp::new().await;
    let room = make_room(&app, "Anja", app.buurt.0, &[("quota_future", "10")]).await;
    let date = weekday_ahead(3);
    let mut jan = app.signed_in("Jan").await;
    // 4 hours (pending: longer than 3 hours, still counted) and 1 hour: 5 of 6 hours used.
    assert!(reserve(&mut jan, room, &date, "09:00", "13:00", "Lange vergadering", "open").await.status.is_success());
    assert!(reserve(&mut jan, room, &date, "13:00", "14:00", "Koffie", "open").await.status.is_success());
    // 1.5 hours is more than is left: the refusal says what is.
    let res = reserve(&mut jan, room, &date, "14:00", "15:30", "Te veel", "open").await;
    assert_eq!(limit(&res), Limit::MonthQuota { quota: 360, left: 60 });
    assert!(limit(&res).message(Lang::Nl).contains("Uw huishouden heeft deze maand nog 1 uur over"), "{}", limit(&res).message(Lang::Nl));
    // Exactly the hour that is left fits; then nothing is left.
    assert!(reserve(&mut jan, room, &date, "14:00", "15:00", "Precies genoeg", "open").await.status.is_success());
    let res = reserve(&mut jan, room, &date, "15:00", "16:00", "Eén te veel", "open").await;
    assert_eq!(limit(&res), Limit::MonthQuota { quota: 360, left: 0 });
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations").await, 3);

    // Another member of the same household shares the quota.
    let mut housemate = app.residents("Huisgenoot", 1).await.remove(0);
    let res = reserve(&mut housemate, room, &date, "16:00", "17:00", "Ook te veel", "open").await;
    assert_eq!(limit(&res), Limit::MonthQuota { quota: 360, left: 0 });

    // Cancelling gives the hour back.
    let id = app.count("SELECT id FROM reservations WHERE purpose = 'Koffie'").await.to_string();
    assert!(jan.call("/api/reservering-annuleren", &[("reservation", &id)]).await.status.is_success());
    assert_eq!(status_of(&app, "Koffie").await, "geannuleerd");
    assert!(reserve(&mut housemate, room, &date, "16:00", "17:00", "Nu wel", "open").await.status.is_success());
    let mine: MyReservations = housemate.call("/api/mijn-reserveringen", &[]).await.json();
    assert_eq!(mine.reservations.len(), 1);
    assert!(mine.quota[0].contains("nog 0 minuten over"), "{:?}", mine.quota);
}

#[tokio::test]
async fn at_most_two_reservations_to_come_per_household() {
    let app = TestApp::new().await;
    let room = make_room(&app, "Anja", app.buurt.0, &[]).await;
    let mut jan = app.signed_in("Jan").await;
    assert!(reserve(&mut jan, room, &weekday_ahead(3), "10:00", "11:00", "Eerste", "open").await.status.is_success());
    assert!(reserve(&mut jan, room, &weekday_ahead(10), "10:00", "11:00", "Tweede", "besloten").await.status.is_success());
    let res = reserve(&mut jan, room, &weekday_ahead(17), "10:00", "11:00", "Derde", "open").await;
    assert_eq!(limit(&res), Limit::FutureQuota { max: 2 });
    assert!(limit(&res).message(Lang::Nl).contains("al 2 reserveringen"));
    // Staff are not bound by the household quota.
    let mut samira = app.signed_in("Samira").await;
    assert!(reserve(&mut samira, room, &weekday_ahead(3), "12:00", "13:00", "Overleg team", "open").await.status.is_success());
    assert_eq!(status_of(&app, "Overleg team").await, "bevestigd");
}

#[tokio::test]
async fn pending_does_not_block_and_approval_checks_again() {
    let app = TestApp::new().await;
    let room = make_room(&app, "Anja", app.buurt.0, &[]).await;
    let date = weekday_ahead(4);
    let mut jan = app.signed_in("Jan").await;
    let res = reserve(&mut jan, room, &date, "10:00", "12:00", "Verjaardag", "besloten").await;
    assert_eq!(res.json::<ReservationStatus>(), ReservationStatus::Pending);
    // Someone else asks for an overlapping time: the pending request does not block it.
    let mut other = app.residents("Buurvrouw", 1).await.remove(0);
    sqlx::query("UPDATE users SET household_id = NULL WHERE display_name = 'Buurvrouw 00'").execute(&app.db).await.unwrap();
    let res = reserve(&mut other, room, &date, "11:00", "12:00", "Breien", "open").await;
    assert_eq!(res.json::<ReservationStatus>(), ReservationStatus::Confirmed);

    // The queue shows Jan's request; approving it now is refused (the room is taken) and changes nothing.
    let mut kees = app.signed_in("Kees").await;
    let queue: Vec<app::rooms::model::ReservationView> = kees.call("/api/reserveringen-aanvragen", &[]).await.json();
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].purpose, "Verjaardag");
    assert_eq!(queue[0].by, "Jan");
    let id = queue[0].id.0.to_string();
    let res = kees.call("/api/reservering-beslissen", &[("reservation", &id), ("decision", "goedkeuren"), ("reason", "")]).await;
    assert!(matches!(limit(&res), Limit::Taken { .. }), "{res:?}");
    assert_eq!(status_of(&app, "Verjaardag").await, "in_afwachting");
    // Declining needs a reason, which Jan sees.
    let res = kees.call("/api/reservering-beslissen", &[("reservation", &id), ("decision", "weigeren"), ("reason", "")]).await;
    assert_eq!(res.error(), AppError::InvalidField(Problem::TextEmpty, "reason".into()));
    let res = kees
        .call("/api/reservering-beslissen", &[("reservation", &id), ("decision", "weigeren"), ("reason", "De ruimte is dan al bezet.")])
        .await;
    assert!(res.status.is_success(), "{res:?}");
    let res = kees.call("/api/reservering-beslissen", &[("reservation", &id), ("decision", "goedkeuren"), ("reason", "")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::RoomNotPending));
    let mine: MyReservations = jan.call("/api/mijn-reserveringen", &[]).await.json();
    assert_eq!(mine.reservations[0].status, ReservationStatus::Declined);
    assert_eq!(mine.reservations[0].reason, "De ruimte is dan al bezet.");
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-room-declined'").await, 1);

    // A request that can be approved is, and holds the room from then on.
    let res = reserve(&mut jan, room, &date, "14:00", "16:00", "Feestje", "besloten").await;
    assert_eq!(res.json::<ReservationStatus>(), ReservationStatus::Pending);
    let id = app.count("SELECT id FROM reservations WHERE purpose = 'Feestje'").await.to_string();
    let mut samira = app.signed_in("Samira").await;
    assert!(samira.call("/api/reservering-beslissen", &[("reservation", &id), ("decision", "goedkeuren"), ("reason", "Veel plezier!")]).await.status.is_success());
    assert_eq!(status_of(&app, "Feestje").await, "bevestigd");
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-room-approved'").await, 1);
    let res = reserve(&mut other, room, &date, "15:00", "16:00", "Later", "open").await;
    assert!(matches!(limit(&res), Limit::Taken { .. }));

    // The week view shows what is taken, a private one only as "Besloten", and free times.
    let week: RoomWeek = jan.call("/api/ruimte-week", &[("room", &room.to_string()), ("week", &date)]).await.json();
    let day = week.days.iter().find(|d| d.date == date).unwrap();
    let labels: Vec<String> = day
        .blocks
        .iter()
        .map(|b| match b {
            DayBlock::Free { from, to } => format!("vrij {from}-{to}"),
            DayBlock::Taken { from, to, label, .. } => format!("{label} {from}-{to}"),
        })
        .collect();
    assert_eq!(labels, ["vrij 09:00-11:00", "Breien 11:00-12:00", "vrij 12:00-14:00", "Besloten 14:00-16:00", "vrij 16:00-22:00"]);
    let page = jan.get(&format!("/ontmoetingsruimte/{room}?week={date}"), &[]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Besloten") && page.body.contains("Reserveren") && !page.body.contains("Feestje"));
}

#[tokio::test]
async fn every_rule_refuses_with_a_clear_message_and_changes_nothing() {
    let app = TestApp::new().await;
    let room = make_room(&app, "Anja", app.buurt.0, &[]).await;
    let other_room = make_room(&app, "Olaf", app.other_buurt.0, &[]).await;
    let closed = weekday_ahead(8);
    let mut anja = app.signed_in("Anja").await;
    let res = anja.call("/api/ruimte-gesloten-dag", &[("room", &room.to_string()), ("date", &closed), ("reason", "Onderhoud")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let mut jan = app.signed_in("Jan").await;
    let day = weekday_ahead(3);
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap();
    // Soon: an hour or so from now, on a whole half hour, the same day.
    let mut soon = jiff::Timestamp::now().to_zoned(tz.clone()).checked_add(jiff::Span::new().hours(3)).unwrap();
    if soon.hour() >= 23 {
        soon = soon.checked_sub(jiff::Span::new().hours(2)).unwrap();
    }
    let soon_from = format!("{:02}:{}", soon.hour(), if soon.minute() >= 30 { "30" } else { "00" });
    let soon_to = format!("{:02}:{}", soon.hour() + 1, if soon.minute() >= 30 { "30" } else { "00" });
    let soon_date = soon.date().to_string();
    let yesterday = days_from_today(-1);
    let far = weekday_ahead(60);
    let sunday = sunday_ahead(3);
    let cases: Vec<(&str, &str, &str, AppError)> = vec![
        (&day, "07:00", "08:00", AppError::Limit(Limit::Hours { day: 0, opens: "09:00".into(), closes: "22:00".into() })),
        (&sunday, "10:00", "11:00", AppError::Limit(Limit::ClosedWeekday { day: 7 })),
        (&closed, "10:00", "11:00", AppError::Limit(Limit::ClosedDay { when: String::new(), reason: "Onderhoud".into() })),
        (&soon_date, &soon_from, &soon_to, AppError::Limit(Limit::LeadTime { minutes: 1440 })),
        (&far, "10:00", "11:00", AppError::Limit(Limit::BookAhead { days: 56 })),
        (&day, "09:00", "14:00", AppError::Limit(Limit::Longest { minutes: 240 })),
        (&day, "09:00", "09:30", AppError::Limit(Limit::Shortest { minutes: 60 })),
        (&day, "09:10", "10:10", AppError::Limit(Limit::Slot { minutes: 30 })),
        (&yesterday, "10:00", "11:00", AppError::Invalid(Problem::StartInPast)),
        (&day, "11:00", "10:00", AppError::Invalid(Problem::EndBeforeStart)),
        (&day, "10:00", "25:00", AppError::Invalid(Problem::DateInvalid)),
        ("morgen", "10:00", "11:00", AppError::Invalid(Problem::DateInvalid)),
    ];
    for (date, from, to, expected) in cases {
        let res = reserve(&mut jan, room, date, from, to, "Iets", "open").await;
        assert_eq!(res.status, 422, "{date} {from}-{to}: {res:?}");
        let got = res.error();
        match (&got, &expected) {
            (AppError::Limit(Limit::Hours { opens, .. }), AppError::Limit(Limit::Hours { .. })) => assert_eq!(opens, "09:00"),
            (AppError::Limit(Limit::ClosedDay { reason, .. }), AppError::Limit(Limit::ClosedDay { .. })) => assert_eq!(reason, "Onderhoud"),
            _ => assert_eq!(got, expected, "{date} {from}-{to}"),
        }
        assert!(!got.message(Lang::Nl).is_empty());
    }
    let res = jan
        .call("/api/ruimte-reserveren", &[("room", &room.to_string()), ("date", &day), ("from", "10:00"), ("to", "11:00"),
              ("purpose", "Groot feest"), ("access", "open"), ("people", "100")])
        .await;
    assert_eq!(res.error(), AppError::Limit(Limit::Capacity { max: 40 }));
    let res = reserve(&mut jan, room, &day, "10:00", "11:00", "Iets", "geheim").await;
    assert_eq!(res.error(), AppError::InvalidField(Problem::Unknown, "access".into()));
    // A room of another buurt, a forged id, and no number at all.
    assert_eq!(reserve(&mut jan, other_room, &day, "10:00", "11:00", "Iets", "open").await.error(), AppError::NotFound);
    assert_eq!(reserve(&mut jan, 999_999, &day, "10:00", "11:00", "Iets", "open").await.error(), AppError::NotFound);
    let res = jan
        .call("/api/ruimte-reserveren", &[("room", "abc"), ("date", &day), ("from", "10:00"), ("to", "11:00"), ("purpose", "Iets"), ("access", "open"), ("people", "2")])
        .await;
    assert_eq!(res.error(), AppError::Invalid(Problem::Unknown));
    assert_eq!(jan.call("/api/ruimte-week", &[("room", &other_room.to_string()), ("week", "")]).await.error(), AppError::NotFound);
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations").await, 0, "nothing was stored");
    // Not signed in.
    assert_eq!(reserve(&mut app.client(), room, &day, "10:00", "11:00", "Iets", "open").await.error(), AppError::NotSignedIn);
}

#[tokio::test]
async fn only_the_right_people_manage_rooms_and_decide() {
    let app = TestApp::new().await;
    let room = make_room(&app, "Samira", app.buurt.0, &[]).await;
    let r = room.to_string();
    let day = weekday_ahead(5);
    let until = weekday_ahead(20);
    let mut jan = app.signed_in("Jan").await;
    let res = reserve(&mut jan, room, &day, "10:00", "12:00", "Feest", "besloten").await;
    assert!(res.status.is_success());
    let pending = app.count("SELECT id FROM reservations").await.to_string();
    let buurt = app.buurt.0.to_string();
    let staff_calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/api/ruimte-instellingen-formulier", vec![("room", &r)]),
        ("/api/ruimte-gesloten-dag", vec![("room", &r), ("date", &day), ("reason", "Onderhoud")]),
        ("/api/ruimte-terugkerend", vec![("room", &r), ("purpose", "Koffie"), ("date", &day), ("from", "10:00"), ("to", "11:00"), ("until", &until)]),
        ("/api/ruimte-blokkeren", vec![("room", &r), ("date", &day), ("from", "13:00"), ("to", "14:00"), ("purpose", "Schoonmaak")]),
    ];
    let mut kees = app.signed_in("Kees").await;
    let mut olaf = app.signed_in("Olaf").await;
    for (path, form) in &staff_calls {
        assert_eq!(jan.call(path, form).await.error(), AppError::Forbidden, "{path} as resident");
        assert_eq!(kees.call(path, form).await.error(), AppError::Forbidden, "{path} as commissielid");
        assert_eq!(olaf.call(path, form).await.error(), AppError::Forbidden, "{path} as staff of another buurt");
        assert_eq!(app.client().call(path, form).await.error(), AppError::NotSignedIn, "{path} anonymous");
    }
    // Settings: a new room for a buurt where one is not staff, and changing someone else's room.
    let mut settings: Vec<(&str, &str)> = vec![("buurt", &buurt), ("room", "0"), ("name", "Hobbyruimte"), ("description", ""), ("capacity", "10"),
        ("accessibility", ""), ("slot_minutes", "30"), ("min_hours", "1"), ("max_hours", "2"), ("ahead_days", "30"), ("lead_hours", "0"),
        ("approval_over_hours", ""), ("approval_after", ""), ("quota_hours", "4"), ("quota_future", "1")];
    let hours: Vec<(String, String)> = (1..=7).flat_map(|d| [(format!("opens_{d}"), String::new()), (format!("closes_{d}"), String::new())]).collect();
    settings.extend(hours.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for client in [&mut jan, &mut kees, &mut olaf] {
        assert_eq!(client.call("/api/ruimte-instellingen", &settings).await.error(), AppError::Forbidden);
    }
    settings[1].1 = &r;
    assert_eq!(olaf.call("/api/ruimte-instellingen", &settings).await.error(), AppError::Forbidden);
    assert_eq!(app.count("SELECT COUNT(*) FROM rooms").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM room_closed_days").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations").await, 1);
    // Deciding: the committee and staff of the buurt only.
    let decide = [("reservation", pending.as_str()), ("decision", "goedkeuren"), ("reason", "")];
    assert_eq!(jan.call("/api/reservering-beslissen", &decide).await.error(), AppError::NotFound);
    assert_eq!(olaf.call("/api/reservering-beslissen", &decide).await.error(), AppError::NotFound);
    assert_eq!(app.client().call("/api/reservering-beslissen", &decide).await.error(), AppError::NotSignedIn);
    assert_eq!(jan.call("/api/reserveringen-aanvragen", &[]).await.error(), AppError::Forbidden);
    let olaf_queue: Vec<app::rooms::model::ReservationView> = olaf.call("/api/reserveringen-aanvragen", &[]).await.json();
    assert!(olaf_queue.is_empty(), "another buurt's requests stay hidden");
    // Cancelling someone else's reservation.
    assert_eq!(olaf.call("/api/reservering-annuleren", &[("reservation", &pending)]).await.error(), AppError::NotFound);
    assert_eq!(kees.call("/api/reservering-annuleren", &[("reservation", &pending)]).await.error(), AppError::NotFound);
    assert_eq!(status_of(&app, "Feest").await, "in_afwachting");
    assert!(kees.call("/api/reservering-beslissen", &decide).await.status.is_success());
    assert_eq!(status_of(&app, "Feest").await, "bevestigd");
    // Settings saved by staff, read back in the form.
    settings[1].1 = "0";
    let mut samira = app.signed_in("Samira").await;
    assert!(samira.call("/api/ruimte-instellingen", &settings).await.status.is_success());
    assert_eq!(app.count("SELECT COUNT(*) FROM rooms WHERE name = 'Hobbyruimte' AND quota_minutes_month = 240").await, 1);
}

#[tokio::test]
async fn recurring_reservations_skip_closed_days_and_blocks_hold_the_room() {
    let app = TestApp::new().await;
    let room = make_room(&app, "Anja", app.buurt.0, &[]).await;
    let r = room.to_string();
    let first: Date = weekday_ahead(3).parse().unwrap();
    let week = |n: i64| first.checked_add(jiff::Span::new().weeks(n)).unwrap().to_string();
    let mut samira = app.signed_in("Samira").await;
    let mut jan = app.signed_in("Jan").await;
    // Jan has the second week's time: a closed day in week three cancels his other reservation.
    assert!(reserve(&mut jan, room, &week(2), "10:00", "11:00", "Jan op de gesloten dag", "open").await.status.is_success());
    let res = samira.call("/api/ruimte-gesloten-dag", &[("room", &r), ("date", &week(2)), ("reason", "Koningsdag")]).await;
    assert_eq!(res.json::<usize>(), 1);
    assert_eq!(status_of(&app, "Jan op de gesloten dag").await, "geannuleerd");
    assert_eq!(app.count("SELECT COUNT(*) FROM notifications WHERE message_key = 'note-room-closed'").await, 1);

    let res = samira
        .call("/api/ruimte-terugkerend", &[("room", &r), ("purpose", "Koffieochtend"), ("date", &week(0)), ("from", "10:00"), ("to", "11:30"), ("until", &week(3))])
        .await;
    let result: RecurringResult = res.json();
    assert_eq!(result.created, 3);
    assert_eq!(result.skipped.len(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations WHERE kind = 'terugkerend' AND status = 'bevestigd'").await, 3);
    // Residents cannot take those times.
    let res = reserve(&mut jan, room, &week(1), "11:00", "12:00", "Overlap", "open").await;
    assert!(matches!(limit(&res), Limit::Taken { .. }));
    // A second series over the first is refused as a whole.
    let res = samira
        .call("/api/ruimte-terugkerend", &[("room", &r), ("purpose", "Spreekuur"), ("date", &week(0)), ("from", "11:00"), ("to", "12:00"), ("until", &week(3))])
        .await;
    assert!(matches!(limit(&res), Limit::Taken { .. }));
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations WHERE purpose = 'Spreekuur'").await, 0);
    // Blocks: cleaning before opening time is fine for staff; over a taken time it is not.
    let res = samira.call("/api/ruimte-blokkeren", &[("room", &r), ("date", &week(0)), ("from", "08:00"), ("to", "09:00"), ("purpose", "Schoonmaak")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let res = samira.call("/api/ruimte-blokkeren", &[("room", &r), ("date", &week(0)), ("from", "11:00"), ("to", "12:00"), ("purpose", "Dubbel")]).await;
    assert!(matches!(limit(&res), Limit::Taken { .. }));
    let res = samira.call("/api/ruimte-blokkeren", &[("room", &r), ("date", &week(0)), ("from", "12:00"), ("to", "11:00"), ("purpose", "Verkeerd")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::EndBeforeStart));
}

#[tokio::test]
async fn an_activity_in_a_room_holds_it() {
    let app = TestApp::new().await;
    let room = make_room(&app, "Anja", app.buurt.0, &[]).await;
    let other_room = make_room(&app, "Olaf", app.other_buurt.0, &[]).await;
    let r = room.to_string();
    let mut samira = app.signed_in("Samira").await;
    let first = weekday_ahead(3);
    let until = days_from_today(20);
    let res = samira
        .publish(app.buurt.0, &[("title", "Koffieochtend"), ("date", &first), ("repeat", "week"), ("until", &until), ("room", &r), ("place", "")])
        .await;
    assert!(res.status.is_success(), "{res:?}");
    let times = app.count("SELECT COUNT(*) FROM activities WHERE title = 'Koffieochtend'").await;
    assert!(times >= 2);
    assert_eq!(app.count("SELECT COUNT(*) FROM reservations WHERE kind = 'activiteit' AND status = 'bevestigd'").await, times);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM activities WHERE room_id = {room} AND place = 'Ontmoetingsruimte'")).await, times);
    // Another activity at the same time in the same room is refused, and not published.
    let res = samira.publish(app.buurt.0, &[("title", "Yoga"), ("date", &first), ("room", &r)]).await;
    assert!(matches!(limit(&res), Limit::Taken { .. }), "{res:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM activities WHERE title = 'Yoga'").await, 0);
    // In the same room at another time, or at the same time elsewhere, is fine.
    assert!(samira.publish(app.buurt.0, &[("title", "Yoga"), ("date", &first), ("start_time", "14:00"), ("end_time", "15:00"), ("room", &r)]).await.status.is_success());
    assert!(samira.publish(app.buurt.0, &[("title", "Wandelen"), ("date", &first), ("room", "")]).await.status.is_success());
    // A room of another buurt or a forged one.
    assert_eq!(samira.publish(app.buurt.0, &[("title", "Fout"), ("room", &other_room.to_string())]).await.error(), AppError::Forbidden);
    assert_eq!(samira.publish(app.buurt.0, &[("title", "Fout"), ("room", "abc")]).await.error(), AppError::Invalid(Problem::Unknown));
    // A resident cannot book over the activity.
    let mut jan = app.signed_in("Jan").await;
    let res = reserve(&mut jan, room, &first, "10:00", "11:00", "Over de koffie heen", "open").await;
    assert!(matches!(limit(&res), Limit::Taken { .. }));

    // Moving the activity moves its reservation; cancelling it frees the room.
    let yoga = app.count("SELECT id FROM activities WHERE title = 'Yoga'").await.to_string();
    let res = samira
        .call("/api/activiteit-wijzigen", &[("activity", &yoga), ("scope", "deze"), ("title", "Yoga"), ("description", ""), ("date", &first),
              ("start_time", "16:00"), ("end_time", "17:00"), ("place", "Ontmoetingsruimte"), ("audience", "iedereen"),
              ("category", "bewegen"), ("capacity", ""), ("costs", ""), ("closes", "")])
        .await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM reservations WHERE activity_id = {yoga} AND status = 'bevestigd'")).await, 1);
    let week: RoomWeek = jan.call("/api/ruimte-week", &[("room", &r), ("week", &first)]).await.json();
    let day = week.days.iter().find(|d| d.date == first).unwrap();
    assert!(day.blocks.contains(&DayBlock::Taken { from: "16:00".into(), to: "17:00".into(), label: "Yoga".into(), private: false }));
    assert!(reserve(&mut jan, room, &first, "14:00", "15:00", "Waar yoga was", "open").await.status.is_success());
    assert!(samira.call("/api/activiteit-afgelasten", &[("activity", &yoga), ("reason", "De juf is ziek")]).await.status.is_success());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM reservations WHERE activity_id = {yoga} AND status = 'bevestigd'")).await, 0);
    assert!(reserve(&mut jan, room, &first, "16:00", "17:00", "Waar yoga zou zijn", "open").await.status.is_success());
}

#[tokio::test]
async fn the_room_feed_hides_what_private_reservations_are_for() {
    let app = TestApp::new().await;
    let room = make_room(&app, "Anja", app.buurt.0, &[]).await;
    let day = weekday_ahead(3);
    let mut jan = app.signed_in("Jan").await;
    assert!(reserve(&mut jan, room, &day, "10:00", "11:00", "Bewonersoverleg", "open").await.status.is_success());
    assert!(reserve(&mut jan, room, &day, "14:00", "16:00", "Verjaardag van oma", "besloten").await.status.is_success());
    let id = app.count("SELECT id FROM reservations WHERE purpose = 'Verjaardag van oma'").await.to_string();
    let mut kees = app.signed_in("Kees").await;
    assert!(kees.call("/api/reservering-beslissen", &[("reservation", &id), ("decision", "goedkeuren"), ("reason", "")]).await.status.is_success());
    let feed = app.client().get(&format!("/kalender/ruimte/{room}.ics"), &[]).await;
    assert_eq!(feed.status, 200);
    assert!(!feed.body.contains("oma"));
    let calendar: icalendar::Calendar = feed.body.parse().expect("a valid iCalendar file");
    let mut events: Vec<(String, String)> = calendar
        .events()
        .map(|e| {
            let start = match e.get_start().unwrap() {
                icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t)) => t.timestamp(),
                other => panic!("{other:?}"),
            };
            let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").unwrap();
            let local = jiff::Timestamp::from_second(start).unwrap().to_zoned(tz).strftime("%Y-%m-%d %H:%M").to_string();
            (local, e.get_summary().unwrap().to_string())
        })
        .collect();
    events.sort();
    assert_eq!(events, [(format!("{day} 10:00"), "Bewonersoverleg".to_string()), (format!("{day} 14:00"), "Besloten".to_string())]);
    assert_eq!(app.client().get("/kalender/ruimte/999.ics", &[]).await.status, 404);
}
