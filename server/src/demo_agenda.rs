//! The demo buurt's agenda (two months of activities, series and sign-ups) and its
//! ontmoetingsruimte (rules, a closed day, holds of the agenda's activities, a weekly
//! Breiclub, a cleaning block and residents' reservations).

use crate::demo::anyhow_app;
use anyhow::Context;
use app::accounts::model::BuurtId;
use app::agenda::model::{Audience, Category};
use app::agenda::store as agenda;
use app::db::{Db, Tx, begin_write};
use app::neighbourhood::store as buurten;

/// Repeating entries: title, weekday (1 = Monday), start, end, place, audience, category,
/// capacity, every how many weeks.
#[allow(clippy::type_complexity)] // seed rows, read as a table
const REPEATING: &[(&str, i8, &str, &str, &str, Audience, Category, Option<i64>, i64)] = &[
    ("Koffieochtend", 1, "10:00", "11:30", "Ontmoetingsruimte", Audience::Everyone, Category::Meeting, None, 1),
    ("Spreekuur wijkverpleegkundige", 4, "14:00", "15:00", "Ontmoetingsruimte", Audience::Everyone, Category::Information, Some(6), 1),
    ("Spreekuur huismeester", 2, "09:00", "10:00", "Kantoortje bij de hoofdingang", Audience::Everyone, Category::Information, None, 1),
    ("Spreekuur Wmo-consulent", 3, "13:30", "15:00", "Ontmoetingsruimte", Audience::Adults, Category::Information, Some(4), 2),
];

/// One-off activities: title, days from today, start, end, place, audience, category,
/// capacity, costs, description.
#[allow(clippy::type_complexity)] // seed rows, read as a table
const ONE_OFF: &[(&str, i64, &str, &str, &str, Audience, Category, Option<i64>, &str, &str)] = &[
    ("Samen koken", 4, "17:30", "19:30", "Ontmoetingsruimte", Audience::Everyone, Category::Food, Some(4), "€ 3,00",
     "We koken samen een Surinaamse maaltijd en eten daarna samen op.\nNeem een schort mee!"),
    ("Wandeling door het park", 5, "10:00", "11:30", "Verzamelen bij de hoofdingang", Audience::Elderly, Category::Exercise, None, "",
     "Een rustige wandeling van een uur. Er zijn bankjes onderweg."),
    ("Knutselmiddag", 9, "14:00", "16:00", "Hobbyruimte", Audience::Children, Category::Creative, Some(12), "",
     "Voor kinderen van 6 tot 12 jaar. We maken lampionnen."),
    ("Informatieavond energie besparen", 12, "19:30", "21:00", "Ontmoetingsruimte", Audience::Adults, Category::Learning, Some(30), "",
     "Tips om minder te betalen voor gas en stroom. Meer informatie: https://www.milieucentraal.nl"),
    ("Spelletjesmiddag jong en oud", 16, "14:00", "17:00", "Ontmoetingsruimte", Audience::Everyone, Category::Meeting, None, "",
     "Sjoelen, rummikub en klaverjassen. Iedereen is welkom."),
    // Already taken place: the archive.
    ("Buurtbarbecue", -20, "17:00", "20:00", "Binnentuin", Audience::Everyone, Category::Food, None, "",
     "De jaarlijkse barbecue in de binnentuin."),
    ("Workshop mobiel bankieren", -9, "10:00", "12:00", "Ontmoetingsruimte", Audience::Elderly, Category::Learning, Some(10), "",
     "Samen oefenen met de app van de bank."),
];

/// Two months of activities (series for the weekly ones) and two that took place, with
/// sign-ups: "Samen koken" is full with a waiting list.
pub(crate) async fn seed_agenda(db: &Db, buurt: BuurtId) -> anyhow::Result<()> {
    use jiff::ToSpan;
    let now = jiff::Timestamp::now().as_second();
    let today = jiff::Timestamp::now().to_zoned(app::time::zone()).date();
    let organiser = buurten::user_by_name(db, "samira sociaal").await.map_err(anyhow_app)?.context("demo staff missing")?;
    let residents = buurten::residents_of(db, buurt).await.map_err(anyhow_app)?;
    let mut tx = begin_write(db).await?;
    // Series for eight weeks, as the sociaal werker would publish them.
    let until = today.checked_add(56.days())?;
    let mut series_ids = Vec::new();
    for (_, _, _, _, _, _, _, _, every) in REPEATING {
        series_ids.push(agenda::insert_series(&mut tx, buurt, *every, &until.to_string(), now).await.map_err(anyhow_app)?);
    }
    let mut add = async |title: &str, date: jiff::civil::Date, start: &str, end: &str, place: &str, audience, category,
                         capacity, costs: &str, description: &str, series: Option<i64>|
           -> anyhow::Result<app::agenda::model::ActivityId> {
        let (starts_at, ends_at) = app::time::parse_local(&date.to_string(), start, end).map_err(|p| anyhow::anyhow!("{p:?}"))?;
        agenda::insert_activity(
            &mut tx,
            agenda::NewActivity {
                buurt,
                organiser,
                series,
                what: agenda::ActivityFields {
                    title, description, starts_at, ends_at, place, audience, category, capacity, costs, signup_closes_min: None,
                },
            },
            now,
        )
        .await
        .map_err(anyhow_app)
    };
    for ((title, weekday, start, end, place, audience, category, capacity, every), series) in REPEATING.iter().zip(series_ids) {
        let mut date = today;
        while date.weekday().to_monday_one_offset() != *weekday {
            date = date.tomorrow()?;
        }
        while date <= until {
            add(title, date, start, end, place, *audience, *category, *capacity, "", "", Some(series)).await?;
            date = date.checked_add((7 * every).days())?;
        }
    }
    let mut cooking = None;
    let mut past = Vec::new();
    for (title, days, start, end, place, audience, category, capacity, costs, description) in ONE_OFF {
        let date = today.checked_add(days.days())?;
        let id = add(title, date, start, end, place, *audience, *category, *capacity, costs, description, None).await?;
        if *title == "Samen koken" {
            cooking = Some(id);
        }
        if *days < 0 {
            past.push(id);
        }
    }
    // The archive shows how many took part in what has been.
    for (n, activity) in past.iter().enumerate() {
        for user in residents.iter().skip(n).take(3 + 2 * n) {
            agenda::insert_signup(&mut tx, *activity, *user, true, now).await.map_err(anyhow_app)?;
        }
    }
    if let Some(cooking) = cooking {
        // Four places taken, two on the waiting list.
        for (i, user) in residents.iter().take(6).enumerate() {
            agenda::insert_signup(&mut tx, cooking, *user, i < 4, now).await.map_err(anyhow_app)?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// The ontmoetingsruimte of De Zonnebloem: open Monday to Saturday 09:00–22:00, a closed day
/// for maintenance, the rules of the issue (30-minute slots, 1–4 hours, 8 weeks ahead, 24
/// hours lead time, approval for private, evening and long use, 6 hours a month and 2
/// reservations at a time per household). The agenda's activities in the room hold it; a
/// weekly Breiclub, a cleaning block, and residents' reservations (one pending).
pub(crate) async fn seed_rooms(db: &Db, buurt: BuurtId) -> anyhow::Result<()> {
    use app::rooms::model::{ReservationKind, ReservationStatus, RoomForm};
    use app::rooms::store as rooms;
    use jiff::ToSpan;
    let now = jiff::Timestamp::now().as_second();
    let today = jiff::Timestamp::now().to_zoned(app::time::zone()).date();
    let settings = app::rooms::rules::Settings::parse(&RoomForm {
        name: "Ontmoetingsruimte".into(),
        description: "De huiskamer van de buurt, op de begane grond van flat Zonnebloem. Met keuken, koffiezetapparaat en beamer.".into(),
        capacity: "40".into(),
        accessibility: "Drempelvrij, met invalidentoilet en ringleiding.".into(),
        ..RoomForm::suggested()
    })
    .map_err(|p| anyhow::anyhow!("{p:?}"))?;
    let person = async |name: &str| -> anyhow::Result<app::accounts::model::UserId> {
        buurten::user_by_name(db, name).await.map_err(anyhow_app)?.context("demo person missing")
    };
    let staff = person("samira sociaal").await?;
    let residents = [(person("marieke").await?, 3), (person("noor").await?, 2)];
    let activities = agenda::activities_at(db, buurt, "Ontmoetingsruimte").await.map_err(anyhow_app)?;
    let households = rooms::household_ids(db, buurt).await.map_err(anyhow_app)?;
    let mut tx = begin_write(db).await?;
    let room = rooms::save_room(&mut tx, buurt, None, &settings, now).await.map_err(anyhow_app)?;
    // A Saturday at least three weeks ahead: maintenance.
    let mut closed = today.checked_add(21.days())?;
    while closed.weekday().to_monday_one_offset() != 6 {
        closed = closed.tomorrow()?;
    }
    rooms::add_closed_day(&mut tx, room, &closed.to_string(), "Onderhoud: de vloer wordt geschuurd", now).await.map_err(anyhow_app)?;
    let add = async |tx: &mut Tx, r: rooms::NewReservation<'_>| -> anyhow::Result<bool> {
        let day = app::time::local_date(r.starts_at);
        let free = rooms::first_overlap(tx, room, r.starts_at, r.ends_at, None).await.map_err(anyhow_app)?.is_none()
            && rooms::closed_day(&mut **tx, room, &day.to_string()).await.map_err(anyhow_app)?.is_none();
        if free {
            let activity = r.activity;
            rooms::insert_reservation(tx, r, now).await.map_err(anyhow_app)?;
            if let Some(activity) = activity {
                agenda::set_room(tx, app::agenda::model::ActivityId(activity), Some(room)).await.map_err(anyhow_app)?;
            }
        }
        Ok(free)
    };
    let base = |purpose, starts_at, ends_at, kind| rooms::NewReservation {
        room, household: None, user: staff, purpose, private: false, people: 0, starts_at, ends_at,
        status: ReservationStatus::Confirmed, kind, activity: None, series: None,
    };
    // The agenda's activities in the room hold it.
    for (id, title, starts_at, ends_at) in &activities {
        add(&mut tx, rooms::NewReservation { activity: Some(*id), ..base(title, *starts_at, *ends_at, ReservationKind::Activity) }).await?;
    }
    // Breiclub every Tuesday afternoon for eight weeks, and a cleaning block on Friday morning.
    let until = today.checked_add(56.days())?;
    let series = rooms::insert_series(&mut tx, room, &until.to_string(), now).await.map_err(anyhow_app)?;
    let mut date = today.tomorrow()?;
    while date <= until {
        let (s, e) = app::time::parse_local(&date.to_string(), "13:30", "15:30").map_err(|p| anyhow::anyhow!("{p:?}"))?;
        if date.weekday().to_monday_one_offset() == 2 {
            add(&mut tx, rooms::NewReservation { series: Some(series), ..base("Breiclub", s, e, ReservationKind::Recurring) }).await?;
        }
        if date.weekday().to_monday_one_offset() == 5 && date <= today.checked_add(7.days())? {
            let (s, e) = app::time::parse_local(&date.to_string(), "08:00", "09:00").map_err(|p| anyhow::anyhow!("{p:?}"))?;
            add(&mut tx, base("Schoonmaak", s, e, ReservationKind::Block)).await?;
        }
        date = date.tomorrow()?;
    }
    // Residents: Marieke's quiz evening practice (confirmed), Noor's birthday party (pending).
    let wishes = [
        (residents[0], "Oefenen voor de buurtquiz", false, 8, 6, "14:00", "16:00", ReservationStatus::Confirmed),
        (residents[1], "Verjaardagsfeest", true, 25, 11, "18:00", "21:00", ReservationStatus::Pending),
    ];
    for ((user, household), purpose, private, people, days, from, to, status) in wishes {
        let mut date = today.checked_add(days.days())?;
        loop {
            let (s, e) = app::time::parse_local(&date.to_string(), from, to).map_err(|p| anyhow::anyhow!("{p:?}"))?;
            let household = households.get(household).copied();
            let wish = rooms::NewReservation {
                household, user, purpose, private, people, status, kind: ReservationKind::Resident,
                ..base(purpose, s, e, ReservationKind::Resident)
            };
            if date.weekday().to_monday_one_offset() != 7 && add(&mut tx, wish).await? {
                break;
            }
            date = date.tomorrow()?;
        }
    }
    tx.commit().await?;
    Ok(())
}

