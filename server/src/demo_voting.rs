//! Demo voting rounds for De Zonnebloem: a closed round with results (last month) and an open
//! one with a money budget of € 2.500 on the three accepted initiatives of the Meedoen demo.
//! Initiatives are looked up by title first and only added when missing, so seeding after
//! the Meedoen demo adds no doubles.

use anyhow::Context;
use app::accounts::model::{BuurtId, UserId};
use app::db::{Db, begin_write, now};
use app::voting::model::{RoundDetails, RoundId, RoundRules};
use app::voting::store;

/// Title, description, author (demo name), status, estimated cost in euros.
const OPEN_INITIATIVES: &[(&str, &str, &str, u32)] = &[
    ("Bankje bij de ingang", "Een bankje bij de voordeur, zodat je even kunt zitten als je op de bus of een taxi wacht.", "Jan", 800),
    ("Moestuin op het dak", "Bakken met groenten en kruiden op het dak van de flat. Wie wil, helpt mee en oogst mee.", "Marieke", 1500),
    ("Speeltoestel voor kleine kinderen", "Een klein klimrek met een glijbaan op het grasveld achter de flat.", "Noor", 2000),
];

/// Accepted, waiting for the next round.
const WAITING: (&str, &str, &str, u32) =
    ("Picknicktafel bij de speeltuin", "Een picknicktafel naast de speeltuin, voor ouders, opa's en oma's.", "Sanne", 600);

const CLOSED_INITIATIVES: &[(&str, &str, &str, u32)] = &[
    ("Fietsenrek bij de Madeliefhof", "Een overdekt fietsenrek, zodat fietsen niet meer in de gang staan.", "Yusuf", 1200),
    ("Kerstverlichting in de hal", "Lichtjes in de hal in december, voor een gezellige entree.", "Riet", 300),
    ("Boekenkast in de ontmoetingsruimte", "Een kast om boeken te ruilen: neem er een mee, zet er een terug.", "Henk", 400),
];

/// Ballots of the closed round: voter, then votes per closed initiative (in the order above).
const CLOSED_BALLOTS: &[(&str, [i64; 3])] = &[
    ("Jan", [1, 2, 2]),
    ("Riet", [0, 2, 1]),
    ("Noor", [2, 0, 1]),
    ("Daan", [2, 1, 0]),
    ("Marieke", [1, 0, 2]),
    ("Yusuf", [2, 0, 0]),
    ("Lotte", [1, 1, 1]),
    ("Henk", [0, 1, 2]),
    ("Kees", [1, 2, 0]),
];

/// A few residents already voted in the open round (the e2e tests vote as new residents).
const OPEN_BALLOTS: &[(&str, [i64; 3])] = &[("Riet", [2, 1, 0]), ("Henk", [1, 0, 2]), ("Fatma", [0, 2, 2])];

fn app_err(e: app::error::AppError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

async fn person(db: &Db, name: &str) -> anyhow::Result<UserId> {
    app::neighbourhood::store::user_by_name(db, name).await.map_err(app_err)?.with_context(|| format!("demo person {name} missing"))
}

/// The id of the initiative with this title in the buurt, added when missing.
async fn initiative(db: &Db, buurt: BuurtId, (title, description, author, _): (&str, &str, &str, u32), status: &str) -> anyhow::Result<i64> {
    let author = person(db, author).await?;
    store::find_or_add_initiative(db, buurt, author, (title, description), status, now() - 40 * 24 * 3600).await.map_err(app_err)
}

fn details(title: &str, description: &str, options: Vec<(i64, Option<i64>)>, money: i64) -> RoundDetails {
    RoundDetails {
        title: title.into(),
        description: description.into(),
        rules: RoundRules { vote_budget: 5, max_per_option: 2, min_age: None, money_cents: Some(money), winners: 1 },
        options,
    }
}

async fn cast(db: &Db, round: RoundId, ballots: &[(&str, [i64; 3])], ids: &[i64]) -> anyhow::Result<()> {
    let mut tx = begin_write(db).await?;
    for (name, votes) in ballots {
        let rows: Vec<(i64, i64)> = ids.iter().copied().zip(votes.iter().copied()).filter(|(_, v)| *v > 0).collect();
        store::replace_ballot(&mut tx, round, person(db, name).await?, &rows, None).await.map_err(app_err)?;
    }
    tx.commit().await?;
    Ok(())
}

/// Adds the demo rounds once (when the buurt has none).
pub async fn seed(db: &Db, buurt: BuurtId) -> anyhow::Result<()> {
    if store::count_rounds(db, buurt).await.map_err(app_err)? > 0 {
        return Ok(());
    }
    let kees = person(db, "Kees").await?;
    let day = 24 * 3600;
    let now = now();

    // Last month's round, closed and counted.
    let mut closed_ids = Vec::new();
    for i in CLOSED_INITIATIVES {
        closed_ids.push(initiative(db, buurt, *i, "geaccepteerd").await?);
    }
    let options = closed_ids.iter().zip(CLOSED_INITIATIVES).map(|(id, i)| (*id, Some(i64::from(i.3) * 100))).collect();
    let d = details("Buurtbudget najaar", "Wat doen we met € 1.500 uit het startbudget?", options, 150_000);
    let (starts, ends) = (now - 30 * day, now - 16 * day);
    let mut tx = begin_write(db).await?;
    let closed = store::insert_round(&mut tx, buurt, &d, starts, ends, kees).await.map_err(app_err)?;
    tx.commit().await?;
    cast(db, closed, CLOSED_BALLOTS, &closed_ids).await?;
    store::backdate_voters(db, closed, starts + day).await.map_err(app_err)?;
    app::voting::api::close_now(db, closed, Some(kees)).await.map_err(app_err)?;
    // The chosen initiatives are planned now.
    store::plan_winners(db, closed).await.map_err(app_err)?;

    // This spring's round, open for two more weeks.
    let mut open_ids = Vec::new();
    for i in OPEN_INITIATIVES {
        open_ids.push(initiative(db, buurt, *i, "geaccepteerd").await?);
    }
    let options = open_ids.iter().zip(OPEN_INITIATIVES).map(|(id, i)| (*id, Some(i64::from(i.3) * 100))).collect();
    let d = details(
        "Buurtbudget voorjaar",
        "De bewonerscommissie heeft € 2.500 uit het startbudget van de pilot. Welke initiatieven maken we waar?",
        options,
        250_000,
    );
    let mut tx = begin_write(db).await?;
    let open = store::insert_round(&mut tx, buurt, &d, now - day, now + 14 * day, kees).await.map_err(app_err)?;
    tx.commit().await?;
    cast(db, open, OPEN_BALLOTS, &open_ids).await?;
    initiative(db, buurt, WAITING, "geaccepteerd").await?;
    Ok(())
}
