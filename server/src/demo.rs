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
use app::groups::model::JoinPolicy;
use app::agenda::store as agenda;
use app::groups::store as groups;
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
    ("Sanne", Some(9), Some(AgeBand::From18To34), Role::Resident),
];

/// The demo resident with an e-mail address, straight-away mail and the weekly digest on.
pub const MAIL_RESIDENT: (&str, &str) = ("Noor", "noor@example.nl");

/// Seeds the demo buurt (once) and returns what to print.
pub async fn seed(db: &Db) -> anyhow::Result<String> {
    let slug = slugify(DEMO_BUURT);
    let buurt = match buurten::buurt_by_slug(db, &slug).await.map_err(anyhow_app)? {
        Some(buurt) => buurt,
        None => seed_new(db).await?,
    };
    if agenda::count_activities(db, buurt).await.map_err(anyhow_app)? == 0 {
        crate::demo_agenda::seed_agenda(db, buurt).await?;
    }
    if groups::count_groups(db, buurt).await.map_err(anyhow_app)? == 0 {
        seed_groups(db, buurt).await?;
    }
    if app::rooms::store::count_rooms(db, buurt).await.map_err(anyhow_app)? == 0 {
        crate::demo_agenda::seed_rooms(db, buurt).await?;
    }
    crate::demo_proposals::seed(db, buurt).await?;
    crate::demo_comments::seed(db, buurt).await?;
    crate::demo_voting::seed(db, buurt).await?;
    crate::demo_on_behalf::seed(db, buurt).await?;
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
    // One resident gave an e-mail address and gets the weekly digest (and what concerns her).
    let email = (name.as_str() == MAIL_RESIDENT.0).then(|| Email::parse_optional(MAIL_RESIDENT.1).ok().flatten()).flatten();
    let user = accounts::insert_user(
        tx,
        accounts::NewUser {
            household_id: household.map(|i| households[i].0),
            name: &name,
            email: email.as_ref(),
            password_hash: hash,
            age_band,
            language: Lang::Nl,
        },
    )
    .await
    .map_err(anyhow_app)?;
    accounts::set_membership(tx, user, buurt, role).await.map_err(anyhow_app)?;
    if email.is_some() {
        app::mail::store::set_choices(tx, user, &app::mail::model::Choices::all(), app::db::now()).await.map_err(anyhow_app)?;
    }
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

/// Demo groups: name, join policy, coordinators, members, pending requests, description,
/// for whom, time asked.
#[allow(clippy::type_complexity)] // seed rows, read as a table
const GROUPS: &[(&str, JoinPolicy, &[&str], &[&str], &[&str], &str, &str, &str)] = &[
    ("Tuinploeg", JoinPolicy::Approval, &["Marieke"], &["Kees", "Riet", "Noor"], &[],
     "Wij houden samen de moestuin en de binnentuin bij: water geven, onkruid wieden en oogsten.\nDe groenten zijn voor iedereen in de buurt.",
     "Voor iedereen die graag buiten is", "Ongeveer 2 uur per week"),
    ("Koffieochtend", JoinPolicy::Open, &["Samira Sociaal", "Fatma"], &["Jan", "Daan"], &[],
     "Wij zetten koffie en thee voor de koffieochtend op maandag, en ruimen samen op.",
     "Voor iedereen, jong en oud", "Maandagochtend, 2 uur"),
    ("Klussendienst", JoinPolicy::Approval, &["Samira Sociaal"], &["Kees"], &["Henk"],
     "Kleine klussen voor buren die het zelf niet meer kunnen: een lamp ophangen, een kraan vervangen, een kastje in elkaar zetten.",
     "Voor handige buren", "Een paar uur per maand"),
    ("Boodschappenhulp", JoinPolicy::Approval, &["Samira Sociaal"], &["Fatma", "Noor"], &[],
     "Wij doen boodschappen voor buren die slecht ter been zijn, of lopen samen naar de winkel.",
     "Voor iedereen met een uurtje over", "1 uur per week"),
];

/// Demo tasks: group, title, days from today, start, end, place, hands needed, who signed
/// up, and for tasks that took place the hours each gave (minutes).
#[allow(clippy::type_complexity)] // seed rows, read as a table
const TASKS: &[(&str, &str, i64, &str, &str, &str, i64, &[(&str, i64)])] = &[
    ("Tuinploeg", "Moestuin water geven", 2, "10:00", "12:00", "Moestuin achter flat Zonnebloem", 3, &[("Riet", 0), ("Noor", 0)]),
    ("Tuinploeg", "Onkruid wieden", 9, "18:30", "20:00", "Binnentuin", 4, &[("Kees", 0)]),
    ("Tuinploeg", "Tomaten oogsten", -5, "10:00", "12:00", "Moestuin achter flat Zonnebloem", 3, &[("Riet", 120), ("Kees", 90)]),
    ("Koffieochtend", "Koffie zetten en opruimen", 3, "09:30", "12:00", "Ontmoetingsruimte", 2, &[("Jan", 0)]),
    ("Koffieochtend", "Koffie zetten en opruimen", 10, "09:30", "12:00", "Ontmoetingsruimte", 2, &[]),
    ("Klussendienst", "Klusochtend: lampen en kranen", 6, "10:00", "12:00", "Verzamelen bij de hoofdingang", 2, &[("Kees", 0)]),
    ("Boodschappenhulp", "Boodschappen bij de supermarkt", 4, "14:00", "15:00", "Verzamelen bij de hoofdingang", 1, &[("Fatma", 0)]),
];

/// Four volunteer groups: a resident coordinator (Marieke, Tuinploeg), members, Henk's
/// request to join the Klussendienst, an announcement, shifts in the coming two weeks (one
/// full) and one that took place with hours recorded.
async fn seed_groups(db: &Db, buurt: BuurtId) -> anyhow::Result<()> {
    use app::groups::model::{GroupDetails, GroupId, Standing};
    use jiff::ToSpan;
    let today = jiff::Timestamp::now().to_zoned(app::time::zone()).date();
    let staff = buurten::user_by_name(db, "samira sociaal").await.map_err(anyhow_app)?.context("demo staff missing")?;
    let mut people = std::collections::HashMap::new();
    for (name, _, _, _) in PEOPLE {
        let id = buurten::user_by_name(db, name).await.map_err(anyhow_app)?.context("demo person missing")?;
        people.insert(*name, id);
    }
    let person = |name: &str| people.get(name).copied().context("unknown demo person");
    let mut tx = begin_write(db).await?;
    let mut ids: std::collections::HashMap<&str, GroupId> = std::collections::HashMap::new();
    for (name, policy, coordinators, members, requests, description, audience, time_needed) in GROUPS {
        let details = GroupDetails {
            name: name.to_string(),
            description: description.to_string(),
            audience: audience.to_string(),
            time_needed: time_needed.to_string(),
            policy: *policy,
        };
        let group = groups::insert_group(&mut tx, buurt, &details, staff).await.map_err(anyhow_app)?;
        for (who, standing) in coordinators.iter().map(|c| (c, Standing::Coordinator))
            .chain(members.iter().map(|m| (m, Standing::Member)))
            .chain(requests.iter().map(|r| (r, Standing::Requested)))
        {
            groups::add_member(&mut tx, group, person(who)?, standing).await.map_err(anyhow_app)?;
        }
        ids.insert(name, group);
    }
    let tuinploeg = ids.get("Tuinploeg").copied().context("no Tuinploeg")?;
    groups::insert_announcement(&mut tx, tuinploeg, person("Marieke")?, "De nieuwe gieters zijn binnen! Ze staan in het schuurtje naast de moestuin.")
        .await
        .map_err(anyhow_app)?;
    for (group, title, days, start, end, place, needed, helpers) in TASKS {
        let date = today.checked_add(days.days())?;
        let (starts_at, ends_at) = app::time::parse_local(&date.to_string(), start, end).map_err(|p| anyhow::anyhow!("{p:?}"))?;
        let task = groups::insert_task(
            &mut tx,
            groups::NewTask {
                group: ids.get(group).copied().context("unknown demo group")?,
                title,
                place,
                starts_at,
                ends_at,
                needed: *needed,
                created_by: staff,
            },
        )
        .await
        .map_err(anyhow_app)?;
        for (who, minutes) in *helpers {
            let user = person(who)?;
            let signup = groups::insert_signup(&mut tx, task, user).await.map_err(anyhow_app)?;
            if *minutes > 0 {
                groups::set_minutes(&mut tx, signup, *minutes, person("Marieke")?)
                    .await
                    .map_err(anyhow_app)?;
            }
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
    writeln!(out, "E-mail: {} has the address {} with the weekly digest on (set SMTP_URL and MAIL_FROM to send)", MAIL_RESIDENT.0, MAIL_RESIDENT.1)?;
    let codes = buurten::open_invites(db, buurt).await.map_err(anyhow_app)?;
    let activities = agenda::count_activities(db, buurt).await.map_err(anyhow_app)?;
    writeln!(out, "Agenda: {activities} activities, most in the coming eight weeks (see /agenda)")?;
    let room_count = app::rooms::store::count_rooms(db, buurt).await.map_err(anyhow_app)?;
    writeln!(out, "Ontmoetingsruimte: {room_count} room with opening hours, rules, weekly use and reservations (see /ontmoetingsruimte)")?;
    let group_count = groups::count_groups(db, buurt).await.map_err(anyhow_app)?;
    writeln!(out, "Vrijwilligersgroepen: {group_count} groups with members, a pending request and shifts (see /groepen)")?;
    writeln!(out, "Invite codes with places left (sign up at http://127.0.0.1:3000/aanmelden):")?;
    for (label, code, uses, max) in codes {
        writeln!(out, "  {}  {label} ({uses}/{max} used)", rules::format_code(&code))?;
    }
    Ok(out)
}

/// Creates a beheerder for a buurt (and the buurt when it does not exist yet).
pub async fn create_admin(db: &Db, name: &str, buurt_name: &str, email: Option<&str>, password: &str) -> anyhow::Result<()> {
    let name = DisplayName::parse(name).map_err(|p| anyhow::anyhow!("name: {}", app::i18n::tr(Lang::Nl, p.key())))?;
    let email = Email::parse_optional(email.unwrap_or("")).map_err(|p| anyhow::anyhow!("email: {p:?}"))?;
    if let Err(p) = rules::check_new_password(password) {
        bail!("password refused: {p:?}");
    }
    let hash = password::hash(password.to_string()).await.map_err(anyhow_app)?;
    let slug = slugify(buurt_name);
    let mut tx = begin_write(db).await?;
    if let Some(clash) = accounts::name_clash(&mut tx, &name, None).await.map_err(anyhow_app)? {
        let why = if clash == app::error::Problem::NameTaken { "is already taken" } else { "looks like one already taken" };
        bail!("the name {} {why}: {}", name.as_str(), app::i18n::tr(Lang::Nl, clash.key()));
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

pub(crate) fn anyhow_app(e: app::error::AppError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}
