//! Demo proposals for De Zonnebloem: one in every status, with history, reasons, supporters
//! and the public moderation log; an accepted activity that became an agenda activity, three
//! accepted initiatives (the voting demo looks them up by status), one merged, one hidden.

use anyhow::Context;
use app::accounts::model::{BuurtId, UserId};
use app::db::{Db, Tx, begin_write, now};
use app::proposals::model::{Action, Kind, ProposalId, ProposalInput, Status, Target};
use app::proposals::store::{self, Actor, LogEntry};
use std::collections::HashMap;

/// A proposal: author, kind, title, description, for whom, date wish, help needed, supporters.
type Seed = (&'static str, Kind, &'static str, &'static str, &'static str, &'static str, &'static str, &'static [&'static str]);

const PROPOSALS: &[Seed] = &[
    ("Noor", Kind::Activity, "Taalcafé op vrijdag",
     "Elke vrijdagmiddag samen Nederlands oefenen bij een kop koffie.\nVoor wie de taal nog leert, en voor wie graag helpt.",
     "Iedereen", "Vrijdagmiddag", "Twee mensen die graag praten en koffie zetten.", &["Jan", "Riet", "Henk"]),
    ("Riet", Kind::Initiative, "Bankje bij de ingang",
     "Een bankje bij de hoofdingang, zodat je even kunt zitten als je op de bus of een taxi wacht.",
     "Iedereen, vooral ouderen", "", "", &["Jan", "Henk", "Marieke", "Yusuf"]),
    ("Marieke", Kind::Initiative, "Moestuin op het dak",
     "Bakken met groente en kruiden op het platte dak van de Madeliefhof. De Tuinploeg wil helpen.",
     "Iedereen", "Voorjaar", "Iemand die weet hoe het dak belast mag worden.", &["Lotte", "Sanne"]),
    ("Yusuf", Kind::Initiative, "Speeltoestel voor kleine kinderen",
     "Een klein klimrek of een wip in de binnentuin, voor kinderen tot 6 jaar.",
     "Kinderen tot 6 jaar", "", "", &["Noor", "Sanne"]),
    ("Henk", Kind::Activity, "Bingo-middag",
     "Een gezellige bingo met kleine prijsjes. Iedereen neemt een prijsje mee van hoogstens 2 euro.",
     "Iedereen", "Zondagmiddag", "", &["Jan"]),
    ("Lotte", Kind::Activity, "Repair café",
     "Eens per maand samen kapotte spullen maken: lampen, kleding, fietsen.",
     "Iedereen", "Zaterdagochtend", "Mensen die handig zijn met een naaimachine of soldeerbout.", &[]),
    ("Sanne", Kind::Initiative, "Fietsenstalling opknappen",
     "De fietsenstalling is donker en rommelig. Betere lampen en een opruimdag zouden helpen.",
     "", "", "", &["Daan"]),
    ("Daan", Kind::Initiative, "Hondenuitlaatveld",
     "Een stuk gras met een hek waar honden los mogen lopen.",
     "Hondenbezitters", "", "", &[]),
    ("Jan", Kind::Initiative, "Bank bij de voordeur",
     "Een bank bij de voordeur om even uit te rusten.",
     "", "", "", &["Daan"]),
    ("Lotte", Kind::Initiative, "Mijn oude spullen te koop",
     "Ik verkoop een kast, een stoel en een lamp. Bel mij!",
     "", "", "", &[]),
    ("Jan", Kind::Initiative, "Nieuwe lampen in het trappenhuis",
     "In het trappenhuis van de flat is het 's avonds te donker. Betere lampen maken het veiliger.",
     "Iedereen", "", "", &["Riet", "Henk"]),
];

/// Seeds the demo proposals (once).
pub async fn seed(db: &Db, buurt: BuurtId) -> anyhow::Result<()> {
    if store::count_proposals(db, buurt).await.map_err(anyhow_app)? > 0 {
        return Ok(());
    }
    let mut people = HashMap::new();
    for name in ["Noor", "Riet", "Marieke", "Yusuf", "Henk", "Lotte", "Sanne", "Daan", "Jan", "Kees", "Fatma", "samira sociaal"] {
        let id = app::neighbourhood::store::user_by_name(db, name).await.map_err(anyhow_app)?.context("demo person missing")?;
        people.insert(name, id);
    }
    let person = |name: &str| people.get(name).copied().context("unknown demo person");
    let mut tx = begin_write(db).await?;
    let mut ids: HashMap<&str, (ProposalId, &str)> = HashMap::new();
    for (author, kind, title, description, audience, wish, help, supporters) in PROPOSALS {
        let input = ProposalInput {
            kind: *kind,
            title: title.to_string(),
            description: description.to_string(),
            audience: audience.to_string(),
            date_wish: wish.to_string(),
            help_needed: help.to_string(),
        };
        let author_id = person(author)?;
        let household = store::household_of(&mut *tx, author_id).await.map_err(anyhow_app)?;
        let id = store::insert_proposal(&mut tx, buurt, author_id, household, &input, now()).await.map_err(anyhow_app)?;
        store::insert_event(&mut tx, id, Status::Submitted, "", Actor { user: author_id, role: "bewoner" }, now()).await.map_err(anyhow_app)?;
        for who in *supporters {
            store::add_supporter(&mut tx, id, person(who)?, now()).await.map_err(anyhow_app)?;
        }
        ids.insert(*title, (id, *title));
    }
    let get = |title: &str| ids.get(title).copied().context("unknown demo proposal");
    let fatma = (person("Fatma")?, "commissielid");
    let kees = (person("Kees")?, "commissielid");
    let samira = (person("samira sociaal")?, "sociaal_werker");

    // The accepted activity: in the agenda next Friday, with Noor as organiser.
    let (taal, title) = get("Taalcafé op vrijdag")?;
    step(&mut tx, buurt, (taal, title), (Status::InReview, ""), fatma, None).await?;
    let activity = taalcafe_activity(&mut tx, buurt, person("Noor")?).await?;
    step(&mut tx, buurt, (taal, title), (Status::Accepted, "Mooi idee, dat past goed in de ontmoetingsruimte."), fatma, Some(Action::Accept)).await?;
    store::set_activity(&mut tx, taal, activity).await.map_err(anyhow_app)?;
    step(&mut tx, buurt, (taal, title), (Status::Planned, "In de agenda op vrijdag 14:00–15:30."), fatma, Some(Action::Plan)).await?;

    for name in ["Bankje bij de ingang", "Moestuin op het dak", "Speeltoestel voor kleine kinderen"] {
        let (id, title) = get(name)?;
        step(&mut tx, buurt, (id, title), (Status::InReview, ""), kees, None).await?;
        step(&mut tx, buurt, (id, title), (Status::Accepted, "Goed idee. Dit gaat mee in de volgende stemronde."), kees, Some(Action::Accept)).await?;
    }
    let (repair, title) = get("Repair café")?;
    step(&mut tx, buurt, (repair, title), (Status::InReview, ""), fatma, None).await?;
    let (fiets, title) = get("Fietsenstalling opknappen")?;
    step(&mut tx, buurt, (fiets, title), (Status::ChangesRequested, "Welke stalling bedoelt u? Er zijn er twee: bij de flat en bij de Madeliefhof."), fatma, Some(Action::AskChanges)).await?;
    let (hond, title) = get("Hondenuitlaatveld")?;
    step(&mut tx, buurt, (hond, title), (Status::Declined, "Het grasveld is van de gemeente. Daar beslissen wij niet over. Vraag het de gemeente via het buurtloket."), samira, Some(Action::Decline)).await?;

    // A duplicate merged: its supporters move along, and Jan supports the bench now.
    let (bank, title) = get("Bank bij de voordeur")?;
    let (bankje, _) = get("Bankje bij de ingang")?;
    store::set_merged_into(&mut tx, bank, bankje).await.map_err(anyhow_app)?;
    store::move_supporters(&mut tx, bank, bankje, Some(person("Riet")?.0)).await.map_err(anyhow_app)?;
    app::comments::service::move_comments(&mut tx, bank, bankje).await.map_err(anyhow_app)?;
    store::add_supporter(&mut tx, bankje, person("Jan")?, now()).await.map_err(anyhow_app)?;
    step(&mut tx, buurt, (bank, title), (Status::Merged, "Dit gaat over hetzelfde als \"Bankje bij de ingang\"."), kees, Some(Action::Merge)).await?;

    // Hidden: an advertisement, not a proposal.
    let (ad, title) = get("Mijn oude spullen te koop")?;
    let reason = "Dit is een advertentie, geen voorstel voor de buurt. Hang het op het prikbord in de hal.";
    store::set_hidden(&mut tx, ad, Some((reason, Some(kees.0))), now()).await.map_err(anyhow_app)?;
    log(&mut tx, buurt, (ad, title), (Action::Hide, reason), kees).await?;

    // Done: accepted, planned, carried out.
    let (lampen, title) = get("Nieuwe lampen in het trappenhuis")?;
    step(&mut tx, buurt, (lampen, title), (Status::Accepted, ""), samira, Some(Action::Accept)).await?;
    step(&mut tx, buurt, (lampen, title), (Status::Planned, "De huismeester hangt ze op in de tweede week van de maand."), samira, Some(Action::Plan)).await?;
    step(&mut tx, buurt, (lampen, title), (Status::Done, "De nieuwe lampen hangen er."), samira, Some(Action::Done)).await?;
    tx.commit().await?;
    Ok(())
}

/// A step of a proposal (`(id, title)`) to `status` with its reason, logged when it is a decision.
async fn step(
    tx: &mut Tx,
    buurt: BuurtId,
    (id, title): (ProposalId, &str),
    (status, reason): (Status, &str),
    (user, role): (UserId, &str),
    action: Option<Action>,
) -> anyhow::Result<()> {
    store::set_status(tx, id, status, reason, Actor { user, role }, now()).await.map_err(anyhow_app)?;
    if let Some(action) = action {
        log(tx, buurt, (id, title), (action, reason), (user, role)).await?;
    }
    Ok(())
}

async fn log(tx: &mut Tx, buurt: BuurtId, (id, title): (ProposalId, &str), (action, reason): (Action, &str), (user, role): (UserId, &str)) -> anyhow::Result<()> {
    let entry = LogEntry {
        buurt,
        actor: Some(user),
        actor_role: role,
        action,
        target: Target::Proposal,
        target_id: id.0,
        target_title: title,
        reason,
    };
    store::log_moderation(tx, &entry, now()).await.map_err(anyhow_app)
}

/// The Taalcafé next Friday 14:00–15:30 in the ontmoetingsruimte, organised by Noor.
async fn taalcafe_activity(tx: &mut Tx, buurt: BuurtId, noor: UserId) -> anyhow::Result<i64> {
    use app::agenda::model::{Audience, Category};
    let now = jiff::Timestamp::now().as_second();
    let mut date = jiff::Timestamp::now().to_zoned(app::time::zone()).date().tomorrow()?;
    while date.weekday().to_monday_one_offset() != 5 {
        date = date.tomorrow()?;
    }
    let (starts_at, ends_at) = app::time::parse_local(&date.to_string(), "14:00", "15:30").map_err(|p| anyhow::anyhow!("{p:?}"))?;
    let id = app::agenda::service::insert_activity_at(
        tx,
        app::agenda::service::NewActivity {
            buurt,
            organiser: noor,
            series: None,
            what: app::agenda::service::ActivityFields {
            title: "Taalcafé op vrijdag",
            description: "Samen Nederlands oefenen bij een kop koffie. Voor wie de taal nog leert, en voor wie graag helpt.",
            starts_at,
            ends_at,
            place: "Ontmoetingsruimte",
            audience: Audience::Everyone,
            category: Category::Meeting,
            capacity: Some(12),
            costs: "",
            signup_closes_min: None,
            },
        },
        now,
    )
    .await
    .map_err(anyhow_app)?;
    Ok(id.0)
}

fn anyhow_app(e: app::error::AppError) -> anyhow::Error {
    anyhow::anyhow!("{e:?}")
}
