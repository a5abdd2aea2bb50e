//! Demo content for De Zonnebloem, and the `create-admin` command.
//!
//! Seeding is idempotent: run twice, it adds nothing the second time and prints the same
//! sign-ins and the invite codes that are still unused.

use anyhow::{Context, bail};
use app::accounts::model::{AgeBand, BuurtId, DisplayName, Email, Role};
use app::accounts::{password, rules, store as accounts};
use app::db::{Db, Tx, begin_write};
use app::i18n::Lang;
use app::neighbourhood::model::{HouseholdId, InviteId, slugify};
use app::agenda::model::{Audience, Category};
use app::agenda::store as agenda;
use app::neighbourhood::store as buurten;
use rand::RngCore;
use std::fmt::Write;

/// The demo buurt's name.
pub const DEMO_BUURT: &str = "De Zonnebloem";
/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "zonnebloem-demo";

/// Demo households: address, building.
const HOUSEHOLDS: &[(&str, &str)] = &[
    ("Zonnebloemstraat 1", "Flat Zonnebloem"),
    ("Zonnebloemstraat 3", "Flat Zonnebloem"),
    ("Zonnebloemstraat 5", "Flat Zonnebloem"),
    ("Zonnebloemstraat 7", "Flat Zonnebloem"),
    ("Madeliefhof 2", "Madeliefhof"),
    ("Madeliefhof 4", "Madeliefhof"),
    ("Madeliefhof 6", "Madeliefhof"),
    ("Klaproosweg 10", "Klaproosweg"),
    ("Klaproosweg 12", "Klaproosweg"),
    ("Klaproosweg 14", "Klaproosweg"),
];

/// Demo people: name, household index (None for staff from outside), age band, role.
const PEOPLE: &[(&str, Option<usize>, Option<AgeBand>, Role)] = &[
    ("Anja Beheer", None, None, Role::Admin),
    ("Samira Sociaal", None, None, Role::SocialWorker),
    ("Kees", Some(0), Some(AgeBand::From55To74), Role::Committee),
    ("Fatma", Some(4), Some(AgeBand::From35To54), Role::Committee),
    ("Jan", Some(1), Some(AgeBand::From75), Role::Resident),
    ("Riet", Some(1), Some(AgeBand::From75), Role::Resident),
    ("Noor", Some(2), Some(AgeBand::From18To34), Role::Resident),
    ("Daan", Some(2), Some(AgeBand::Under18), Role::Resident),
    ("Marieke", Some(3), Some(AgeBand::From35To54), Role::Resident),
    ("Yusuf", Some(5), Some(AgeBand::From35To54), Role::Resident),
    ("Lotte", Some(7), Some(AgeBand::From18To34), Role::Resident),
    ("Henk", Some(8), Some(AgeBand::From55To74), Role::Resident),
];

/// Seeds the demo buurt (once) and returns what to print.
pub async fn seed(db: &Db) -> anyhow::Result<String> {
    let slug = slugify(DEMO_BUURT);
    let buurt = match buurten::buurt_by_slug(db, &slug).await.map_err(anyhow_app)? {
        Some(buurt) => buurt,
        None => seed_new(db).await?,
    };
    if agenda::count_activities(db, buurt).await.map_err(anyhow_app)? == 0 {
        seed_agenda(db, buurt).await?;
    }
    report(db, buurt).await
}

async fn seed_new(db: &Db) -> anyhow::Result<BuurtId> {
    let hash = password::hash(DEMO_PASSWORD.to_string()).await.map_err(anyhow_app)?;
    let mut tx = begin_write(db).await?;
    let buurt = buurten::create_buurt(&mut tx, DEMO_BUURT, &slugify(DEMO_BUURT)).await.map_err(anyhow_app)?;
    let mut households = Vec::new();
    for (label, building) in HOUSEHOLDS {
        households.push(buurten::create_household(&mut tx, buurt, label, building).await.map_err(anyhow_app)?);
    }
    let staff_id = add_person(&mut tx, buurt, &hash, PEOPLE[0], &households).await?;
    for person in &PEOPLE[1..] {
        add_person(&mut tx, buurt, &hash, *person, &households).await?;
    }
    // Every household gets a code; used places count the residents who signed up with it.
    for (index, household) in households.iter().enumerate() {
        let used = PEOPLE.iter().filter(|p| p.1 == Some(index)).count() as i64;
        let id = insert_code(&mut tx, *household, 4, staff_id).await?;
        if used > 0 {
            buurten::set_invite_uses(&mut tx, id, used).await.map_err(anyhow_app)?;
        }
    }
    tx.commit().await?;
    Ok(buurt)
}

async fn add_person(
    tx: &mut Tx,
    buurt: BuurtId,
    hash: &str,
    (name, household, age_band, role): (&str, Option<usize>, Option<AgeBand>, Role),
    households: &[HouseholdId],
) -> anyhow::Result<app::accounts::model::UserId> {
    let name = DisplayName::parse(name).map_err(|p| anyhow::anyhow!("{p:?}"))?;
    let user = accounts::insert_user(
        tx,
        accounts::NewUser {
            household_id: household.map(|i| households[i].0),
            name: &name,
            email: None,
            password_hash: hash,
            age_band,
            language: Lang::Nl,
        },
    )
    .await
    .map_err(anyhow_app)?;
    accounts::set_membership(tx, user, buurt, role).await.map_err(anyhow_app)?;
    Ok(user)
}

async fn insert_code(
    tx: &mut Tx,
    household: HouseholdId,
    max_uses: i64,
    by: app::accounts::model::UserId,
) -> anyhow::Result<InviteId> {
    loop {
        let mut random = [0u8; rules::CODE_LEN];
        rand::rng().fill_bytes(&mut random);
        let code = rules::code_from_random(&random);
        if let Some(id) = buurten::insert_invite(tx, household, &code, max_uses, by).await.map_err(anyhow_app)? {
            return Ok(id);
        }
    }
}

/// Repeating entries: title, weekday (1 = Monday), start, end, place, audience, category,
/// capacity, every how many weeks.
const REPEATING: &[(&str, i8, &str, &str, &str, Audience, Category, Option<i64>, i64)] = &[
    ("Koffieochtend", 1, "10:00", "11:30", "Ontmoetingsruimte", Audience::Everyone, Category::Meeting, None, 1),
    ("Spreekuur wijkverpleegkundige", 4, "14:00", "15:00", "Ontmoetingsruimte", Audience::Everyone, Category::Information, Some(6), 1),
    ("Spreekuur huismeester", 2, "09:00", "10:00", "Kantoortje bij de hoofdingang", Audience::Everyone, Category::Information, None, 1),
    ("Spreekuur Wmo-consulent", 3, "13:30", "15:00", "Ontmoetingsruimte", Audience::Adults, Category::Information, Some(4), 2),
];

/// One-off activities: title, days from today, start, end, place, audience, category,
/// capacity, costs, description.
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
async fn seed_agenda(db: &Db, buurt: BuurtId) -> anyhow::Result<()> {
    use jiff::ToSpan;
    let today = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::get("Europe/Amsterdam")?).date();
    let organiser = buurten::user_by_name(db, "samira sociaal").await.map_err(anyhow_app)?.context("demo staff missing")?;
    let residents = buurten::residents_of(db, buurt).await.map_err(anyhow_app)?;
    let mut tx = begin_write(db).await?;
    // Series for eight weeks, as the sociaal werker would publish them.
    let until = today.checked_add(56.days())?;
    let mut series_ids = Vec::new();
    for (_, _, _, _, _, _, _, _, every) in REPEATING {
        series_ids.push(agenda::insert_series(&mut tx, buurt, *every, &until.to_string()).await.map_err(anyhow_app)?);
    }
    let mut add = async |title: &str, date: jiff::civil::Date, start: &str, end: &str, place: &str, audience, category,
                         capacity, costs: &str, description: &str, series: Option<i64>|
           -> anyhow::Result<app::agenda::model::ActivityId> {
        let (starts_at, ends_at) = app::agenda::time::parse_local(&date.to_string(), start, end).map_err(|p| anyhow::anyhow!("{p:?}"))?;
        agenda::insert_activity(
            &mut tx,
            agenda::NewActivity {
                buurt, title, description, starts_at, ends_at, place, audience, category, capacity, costs,
                signup_closes_min: None, organiser, series,
            },
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
    drop(add);
    // The archive shows how many took part in what has been.
    for (n, activity) in past.iter().enumerate() {
        for user in residents.iter().skip(n).take(3 + 2 * n) {
            agenda::insert_signup(&mut tx, *activity, *user, true).await.map_err(anyhow_app)?;
        }
    }
    if let Some(cooking) = cooking {
        // Four places taken, two on the waiting list.
        for (i, user) in residents.iter().take(6).enumerate() {
            agenda::insert_signup(&mut tx, cooking, *user, i < 4).await.map_err(anyhow_app)?;
        }
    }
    tx.commit().await?;
    Ok(())
}

async fn report(db: &Db, buurt: BuurtId) -> anyhow::Result<String> {
    let mut out = String::new();
    writeln!(out, "Demo buurt: {DEMO_BUURT}")?;
    writeln!(out, "Sign in at http://127.0.0.1:3000/inloggen with one of these names, password '{DEMO_PASSWORD}':")?;
    for (name, _, _, role) in PEOPLE {
        writeln!(out, "  {name:<16} {}", role.code())?;
    }
    let codes = buurten::open_invites(db, buurt).await.map_err(anyhow_app)?;
    let activities = agenda::count_activities(db, buurt).await.map_err(anyhow_app)?;
    writeln!(out, "Agenda: {activities} activities, most in the coming eight weeks (see /agenda)")?;
    writeln!(out, "Invite codes with places left (sign up at http://127.0.0.1:3000/aanmelden):")?;
    for (label, code, uses, max) in codes {
        writeln!(out, "  {}  {label} ({uses}/{max} used)", rules::format_code(&code))?;
    }
    Ok(out)
}

/// Creates a beheerder for a buurt (and the buurt when it does not exist yet).
pub async fn create_admin(db: &Db, name: &str, buurt_name: &str, email: Option<&str>, password: &str) -> anyhow::Result<()> {
    let name = DisplayName::parse(name).map_err(|p| anyhow::anyhow!("name: {p:?}"))?;
    let email = Email::parse_optional(email.unwrap_or("")).map_err(|p| anyhow::anyhow!("email: {p:?}"))?;
    if let Err(p) = rules::check_new_password(password) {
        bail!("password refused: {p:?}");
    }
    let hash = password::hash(password.to_string()).await.map_err(anyhow_app)?;
    let slug = slugify(buurt_name);
    let mut tx = begin_write(db).await?;
    if accounts::name_taken(&mut tx, &name, None).await.map_err(anyhow_app)? {
        bail!("the name {} is already taken", name.as_str());
    }
    let buurt = match buurten::buurt_by_slug(db, &slug).await.map_err(anyhow_app)? {
        Some(b) => b,
        None => buurten::create_buurt(&mut tx, buurt_name.trim(), &slug).await.map_err(anyhow_app)?,
    };
    let user = accounts::insert_user(
        &mut tx,
        accounts::NewUser { household_id: None, name: &name, email: email.as_ref(), password_hash: &hash, age_band: None, language: Lang::Nl },
    )
    .await
    .map_err(anyhow_app)?;
    accounts::set_membership(&mut tx, user, buurt, Role::Admin).await.map_err(anyhow_app)?;
    tx.commit().await.context("saving the admin")?;
    Ok(())
}

fn anyhow_app(e: app::error::AppError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}
