//! The fair-voice dashboard names concentration: five households that wrote most proposals
//! (each far more than an ordinary household) are named; an even spread raises nothing;
//! households that support each other's proposals or report the same items are shown acting
//! together; and voters are never named.

mod common;

use app::fairness::model::{Dashboard, Kind, Together};
use common::TestApp;

/// 15 March 2026, 12:00 UTC, inside the period asked for.
const IN: i64 = 1_773_576_000;
const PERIOD: [(&str, &str); 2] = [("van", "2026-03-01"), ("tot", "2026-03-31")];

async fn insert(app: &TestApp, sql: String) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("{sql} RETURNING id"))).fetch_one(&app.db).await.unwrap()
}

/// A resident of the test buurt in a household of their own; returns their id.
async fn resident_alone(app: &TestApp, name: &str) -> i64 {
    let b = app.buurt.0;
    let household = insert(app, format!("INSERT INTO households (buurt_id, label, building, created_at) VALUES ({b}, 'Huis {name}', '', 1)")).await;
    let key = name.to_lowercase();
    let id = insert(app, format!("INSERT INTO users (household_id, display_name, name_key, created_at) VALUES ({household}, '{name}', '{key}', 1)")).await;
    sqlx::query("INSERT INTO memberships (user_id, buurt_id, role, created_at) VALUES ($1, $2, 'bewoner', 1)")
        .bind(id)
        .bind(b)
        .execute(&app.db)
        .await
        .unwrap();
    id
}

/// `n` proposals by `author` in the period; returns their ids.
async fn proposals(app: &TestApp, author: i64, n: usize) -> Vec<i64> {
    let mut ids = Vec::new();
    for _ in 0..n {
        ids.push(
            insert(
                app,
                format!(
                    "INSERT INTO proposals (buurt_id, author_id, kind, title, description, created_at, updated_at) \
                     VALUES ({}, {author}, 'initiatief', 'Plan', 'x', {IN}, {IN})",
                    app.buurt.0
                ),
            )
            .await,
        );
    }
    ids
}

async fn exec(app: &TestApp, sql: String) {
    sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&app.db).await.unwrap();
}

async fn dashboard(app: &TestApp) -> (Dashboard, String) {
    let mut kees = app.signed_in("Kees").await;
    let res = kees.call("/api/inbreng", &PERIOD).await;
    assert!(res.status.is_success(), "{res:?}");
    let page = kees.get("/meedoen/inbreng?van=2026-03-01&tot=2026-03-31", &[]).await;
    assert!(page.status.is_success());
    (res.json(), page.body)
}

#[tokio::test]
async fn five_households_that_wrote_most_proposals_are_named_and_voters_never() {
    let app = TestApp::new().await;
    // Five loud households: 7, 6, 6, 6, 6 proposals; 20 ordinary ones: one each. 31 of 51 = 61%.
    let loud = ["Luid Anna", "Luid Bert", "Luid Cor", "Luid Dirk", "Luid Els"];
    let mut written = Vec::new();
    for (i, name) in loud.iter().enumerate() {
        let id = resident_alone(&app, name).await;
        written.push(proposals(&app, id, if i == 0 { 7 } else { 6 }).await);
    }
    for i in 0..20 {
        let id = resident_alone(&app, &format!("Gewoon {i:02}")).await;
        proposals(&app, id, 1).await;
    }
    // Five residents voted in each of three rounds, ten others in one: who voted is never named.
    let mut rounds = Vec::new();
    for _ in 0..3 {
        let sql = format!(
            "INSERT INTO vote_rounds (buurt_id, title, starts_at, ends_at, vote_budget, max_per_option, created_at) VALUES ({}, 'Ronde', {IN}, {}, 5, 2, {IN})",
            app.buurt.0,
            IN + 3600
        );
        rounds.push(insert(&app, sql).await);
    }
    // Two of Anna's initiatives and one of Bert's are on the first ballot.
    for (position, p) in [written[0][0], written[0][1], written[1][0]].into_iter().enumerate() {
        exec(&app, format!("INSERT INTO round_options (round_id, proposal_id, position) VALUES ({}, {p}, {position})", rounds[0])).await;
    }
    for i in 0..15 {
        let voter = resident_alone(&app, &format!("Stemmer {i:02}")).await;
        for round in if i < 5 { &rounds[..] } else { &rounds[..1] } {
            exec(&app, format!("INSERT INTO round_voters (round_id, user_id, voted_at) VALUES ({round}, {voter}, {IN})")).await;
        }
    }

    let (d, page) = dashboard(&app).await;
    let proposed: Vec<_> = d.signals.iter().filter(|s| s.kind == Kind::Proposed).collect();
    assert_eq!(proposed.len(), 1, "{:?}", d.signals);
    assert_eq!((proposed[0].households, proposed[0].share, proposed[0].ratio), (5, 61, 3));
    assert_eq!(proposed[0].names, loud.to_vec(), "the most active first, then by name");
    assert!(
        page.contains(
            "5 huishoudens schreven samen 61% van de voorstellen (ieder minstens 3 keer zoveel als een gewoon huishouden): \
             Luid Anna, Luid Bert, Luid Cor, Luid Dirk, Luid Els."
        ),
        "the signal names the five on the page"
    );
    assert!(!d.signals.iter().any(|s| s.kind == Kind::Voted), "votes never raise a signal");
    let json = serde_json::to_string(&d).unwrap();
    for text in [&json, &page] {
        assert!(!text.contains("Stemmer"), "a voter is named");
        assert!(!text.contains("Gewoon"), "an ordinary household is named");
    }
    let voted = d.kinds.iter().find(|k| k.kind == Kind::Voted).unwrap();
    assert_eq!((voted.participants, voted.total), (15, 25), "votes are still counted");
    let on_ballot = d.kinds.iter().find(|k| k.kind == Kind::OnBallot).unwrap();
    assert_eq!((on_ballot.participants, on_ballot.total), (2, 3), "ballot options by author");
}

#[tokio::test]
async fn an_even_spread_raises_nothing() {
    let app = TestApp::new().await;
    for i in 0..25 {
        let id = resident_alone(&app, &format!("Buur {i:02}")).await;
        proposals(&app, id, 2).await;
    }
    let (d, page) = dashboard(&app).await;
    let proposed = d.kinds.iter().find(|k| k.kind == Kind::Proposed).unwrap();
    assert_eq!((proposed.total, proposed.top5_households_share), (50, Some(20)));
    assert!(d.signals.is_empty() && d.together.is_empty(), "{:?} {:?}", d.signals, d.together);
    assert!(page.contains("Geen signalen"));
    assert!(!page.contains("Buur 0"), "nobody is named");
}

#[tokio::test]
async fn households_acting_together_are_shown() {
    let app = TestApp::new().await;
    let b = app.buurt.0;
    // Anna and Bert support each other's proposals (2 each way); Cor supports Anna's twice
    // but Anna never Cor's: not mutual.
    let (anna, bert, cor) = (resident_alone(&app, "Anna").await, resident_alone(&app, "Bert").await, resident_alone(&app, "Cor").await);
    let (of_anna, of_bert) = (proposals(&app, anna, 2).await, proposals(&app, bert, 2).await);
    proposals(&app, cor, 1).await;
    for (user, list) in [(bert, &of_anna), (anna, &of_bert), (cor, &of_anna)] {
        for p in list {
            exec(&app, format!("INSERT INTO proposal_supporters (proposal_id, user_id, created_at) VALUES ({p}, {user}, {IN})")).await;
        }
    }
    // Dirk and Els reported the same two comments; Fien one of them.
    let (dirk, els, fien) = (resident_alone(&app, "Dirk").await, resident_alone(&app, "Els").await, resident_alone(&app, "Fien").await);
    for (user, items) in [(dirk, &[11, 12][..]), (els, &[11, 12][..]), (fien, &[11][..])] {
        for item in items {
            exec(
                &app,
                format!("INSERT INTO reports (buurt_id, target_kind, target_id, reporter_id, reason, created_at) VALUES ({b}, 'reactie', {item}, {user}, 'kwetsend', {IN})"),
            )
            .await;
        }
    }
    let (d, page) = dashboard(&app).await;
    let found: Vec<(Together, i64, i64, Vec<&str>)> =
        d.together.iter().map(|t| (t.how, t.a, t.b, t.names.iter().map(String::as_str).collect())).collect();
    assert_eq!(found, vec![(Together::Supports, 2, 2, vec!["Anna", "Bert"]), (Together::Reports, 2, 2, vec!["Dirk", "Els"])]);
    assert!(page.contains("Twee huishoudens steunden elkaars voorstellen (2 en 2 keer). Het gaat om de voorstellen van: Anna, Bert."), "{page}");
    assert!(page.contains("Twee huishoudens meldden allebei dezelfde 2 berichten. Melders: Dirk, Els."));
    assert!(!page.contains("Cor") && !page.contains("Fien"));
    // The new kinds are counted too.
    let total = |k: Kind| d.kinds.iter().find(|f| f.kind == k).unwrap().total;
    assert_eq!((total(Kind::Supported), total(Kind::Reported)), (6, 5));
}
