//! The fair-voice dashboard on a constructed data set with known answers: participants per
//! kind, the share of the most active 10% and of the 5 most active households, the Gini
//! index, counts by age band and building, who has not taken part yet, the concentration
//! signal, the CSV, and who may see it.

mod common;

use app::error::AppError;
use app::fairness::model::{Dashboard, Kind};
use common::TestApp;

/// 15 March 2026, 12:00 UTC: inside the period; 15 January 2026: before it.
const IN: i64 = 1_773_576_000;
const BEFORE: i64 = 1_768_478_400;
const VAN: &str = "2026-03-01";
const TOT: &str = "2026-03-31";

async fn exec(app: &TestApp, sql: String) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("{sql} RETURNING 1"))).fetch_one(&app.db).await.unwrap_or(0)
}

async fn insert(app: &TestApp, sql: String) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("{sql} RETURNING id"))).fetch_one(&app.db).await.unwrap()
}

/// 20 residents of De Zonnebloem: Kees (commissie, no household, 55-74), Jan (household 1,
/// Flat A, 55-74) and R01..R18:
/// households 2 (Flat A): R01 R02 · 3 (Flat B): R03 R04 · 4 (Flat B): R05 · 5 (Flat C): R06 ·
/// 6 (Flat C): R07 R08 · 7 (Flat C): R09..R18. Ages: R01..R06 18-34, R07..R12 35-54, others none.
async fn data_set(app: &TestApp) -> std::collections::HashMap<String, i64> {
    let b = app.buurt.0;
    let mut households = vec![app.household.0];
    for (label, building) in [("H2", "Flat A"), ("H3", "Flat B"), ("H4", "Flat B"), ("H5", "Flat C"), ("H6", "Flat C"), ("H7", "Flat C")] {
        households.push(insert(app, format!("INSERT INTO households (buurt_id, label, building, created_at) VALUES ({b}, '{label}', '{building}', 1)")).await);
    }
    let mut ids = std::collections::HashMap::new();
    ids.insert("Jan".to_string(), app.user_id("Jan").await);
    ids.insert("Kees".to_string(), app.user_id("Kees").await);
    for i in 1..=18 {
        let name = format!("R{i:02}");
        let household = match i {
            1 | 2 => households[1],
            3 | 4 => households[2],
            5 => households[3],
            6 => households[4],
            7 | 8 => households[5],
            _ => households[6],
        };
        let band = match i {
            1..=6 => "'18-34'",
            7..=12 => "'35-54'",
            _ => "NULL",
        };
        let id = insert(
            app,
            format!(
                "INSERT INTO users (household_id, display_name, name_key, age_band, created_at) VALUES ({household}, '{name}', '{}', {band}, 1)",
                name.to_lowercase()
            ),
        )
        .await;
        exec(app, format!("INSERT INTO memberships (user_id, buurt_id, role, created_at) VALUES ({id}, {b}, 'bewoner', 1)")).await;
        ids.insert(name, id);
    }
    // Staff and a resident of another buurt never count.
    let other = insert(app, "INSERT INTO users (display_name, name_key, created_at) VALUES ('Ander', 'ander', 1)".to_string()).await;
    exec(app, format!("INSERT INTO memberships (user_id, buurt_id, role, created_at) VALUES ({other}, {}, 'bewoner', 1)", app.other_buurt.0)).await;
    ids
}

#[tokio::test]
async fn figures_on_a_known_data_set() {
    let app = TestApp::new().await;
    let ids = data_set(&app).await;
    let id = |name: &str| ids[name];
    let b = app.buurt.0;
    // Proposals: R01 two and Jan one in March; the proposal the comments hang under is older.
    let thread = insert(&app, format!("INSERT INTO proposals (buurt_id, kind, title, description, created_at, updated_at) VALUES ({b}, 'initiatief', 'Draad', 'x', {BEFORE}, {BEFORE})")).await;
    for who in ["R01", "R01", "Jan"] {
        insert(&app, format!("INSERT INTO proposals (buurt_id, author_id, kind, title, description, created_at, updated_at) VALUES ({b}, {}, 'activiteit', 'P', 'x', {IN}, {IN})", id(who))).await;
    }
    // Comments in March: R01 8, R02 5, R03 3, R05 R06 R07 R09 one each (20 in all).
    for (who, n) in [("R01", 8), ("R02", 5), ("R03", 3), ("R05", 1), ("R06", 1), ("R07", 1), ("R09", 1)] {
        for _ in 0..n {
            insert(&app, format!("INSERT INTO comments (proposal_id, author_id, body, created_at) VALUES ({thread}, {}, 'ja', {IN})", id(who))).await;
        }
    }
    // Not counted: a comment in January, a deleted one, and one in another buurt.
    insert(&app, format!("INSERT INTO comments (proposal_id, author_id, body, created_at) VALUES ({thread}, {}, 'oud', {BEFORE})", id("R04"))).await;
    insert(&app, format!("INSERT INTO comments (proposal_id, author_id, body, created_at, deleted_at) VALUES ({thread}, {}, 'weg', {IN}, {IN})", id("R04"))).await;
    let elsewhere = insert(&app, format!("INSERT INTO proposals (buurt_id, kind, title, description, created_at, updated_at) VALUES ({}, 'initiatief', 'Elders', 'x', {IN}, {IN})", app.other_buurt.0)).await;
    insert(&app, format!("INSERT INTO comments (proposal_id, author_id, body, created_at) VALUES ({elsewhere}, {}, 'elders', {IN})", id("R04"))).await;
    // Votes: Jan and R10 voted in a March round.
    let round = insert(&app, format!("INSERT INTO vote_rounds (buurt_id, title, starts_at, ends_at, vote_budget, max_per_option, created_at) VALUES ({b}, 'Ronde', {IN}, {}, 5, 2, {IN})", IN + 3600)).await;
    for who in ["Jan", "R10"] {
        exec(&app, format!("INSERT INTO round_voters (round_id, user_id, voted_at) VALUES ({round}, {}, {IN})", id(who))).await;
    }
    // An activity sign-up by R15, two room hours by R16, 90 volunteer minutes by R03.
    let samira = app.user_id("Samira").await;
    let activity = insert(&app, format!("INSERT INTO activities (buurt_id, title, starts_at, ends_at, audience, category, organiser_id, created_at) VALUES ({b}, 'Koffie', {IN}, {}, 'iedereen', 'ontmoeten', {samira}, 1)", IN + 3600)).await;
    insert(&app, format!("INSERT INTO activity_signups (activity_id, user_id, status, created_at) VALUES ({activity}, {}, 'aangemeld', {IN})", id("R15"))).await;
    let room = insert(&app, format!("INSERT INTO rooms (buurt_id, name, capacity, slot_minutes, min_minutes, max_minutes, book_ahead_days, lead_minutes, quota_minutes_month, quota_future, created_at) VALUES ({b}, 'Zaal', 20, 60, 60, 240, 30, 0, 600, 5, 1)")).await;
    insert(&app, format!("INSERT INTO reservations (room_id, user_id, purpose, starts_at, ends_at, status, kind, created_at) VALUES ({room}, {}, 'Verjaardag', {IN}, {}, 'bevestigd', 'bewoner', 1)", id("R16"), IN + 7200)).await;
    insert(&app, format!("INSERT INTO reservations (room_id, user_id, purpose, starts_at, ends_at, status, kind, created_at) VALUES ({room}, {}, 'Geweigerd', {IN}, {}, 'geweigerd', 'bewoner', 1)", id("R04"), IN + 7200)).await;
    let group = insert(&app, format!("INSERT INTO volunteer_groups (buurt_id, name, join_policy, created_at) VALUES ({b}, 'Tuinploeg', 'open', 1)")).await;
    insert(&app, format!("INSERT INTO group_members (group_id, user_id, status, requested_at, joined_at) VALUES ({group}, {}, 'actief', 1, {BEFORE})", id("R03"))).await;
    let task = insert(&app, format!("INSERT INTO group_tasks (group_id, title, starts_at, ends_at, needed, created_at) VALUES ({group}, 'Wieden', {IN}, {}, 2, 1)", IN + 5400)).await;
    insert(&app, format!("INSERT INTO task_signups (task_id, user_id, created_at, minutes) VALUES ({task}, {}, 1, 90)", id("R03"))).await;

    let mut kees = app.signed_in("Kees").await;
    let res = kees.call("/api/inbreng", &[("van", VAN), ("tot", TOT)]).await;
    assert!(res.status.is_success(), "{res:?}");
    let d: Dashboard = res.json();
    assert_eq!((d.residents, d.households, d.took_part), (20, 7, 11));
    assert_eq!((d.from.as_str(), d.to.as_str()), (VAN, TOT));
    let kind = |k: Kind| d.kinds.iter().find(|f| f.kind == k).unwrap().clone();
    let comments = kind(Kind::Commented);
    assert_eq!((comments.participants, comments.total), (7, 20));
    assert_eq!(comments.top10_share, Some(65), "the 2 most active of 20 wrote 13 of 20");
    assert_eq!(comments.top5_households_share, Some(95), "households 13, 3, 1, 1, 1 of 20");
    assert_eq!(comments.gini, Some(805), "amounts 8 5 3 1 1 1 1 and 13 zeros");
    let proposals = kind(Kind::Proposed);
    assert_eq!((proposals.participants, proposals.total, proposals.top10_share), (2, 3, Some(100)));
    assert_eq!(proposals.gini, Some(917), "amounts 2, 1 and 18 zeros");
    assert_eq!((kind(Kind::Voted).participants, kind(Kind::Voted).total), (2, 2));
    assert_eq!((kind(Kind::SignedUp).participants, kind(Kind::SignedUp).total), (1, 1));
    assert_eq!((kind(Kind::Reserved).participants, kind(Kind::Reserved).total), (1, 120));
    assert_eq!((kind(Kind::Helped).participants, kind(Kind::Helped).total), (1, 90));
    // Comments lean on one household (13 of 20), but only 6 households took part: the signal
    // looks for 5 households that each stand out from an ordinary one (fair_dashboard.rs).
    assert!(d.signals.is_empty() && d.together.is_empty(), "{:?} {:?}", d.signals, d.together);

    // By age band: residents, per kind (proposed, commented, voted, signed up, reserved, helped), any, none.
    let by_age: Vec<(&str, i64, Vec<i64>, i64, i64)> =
        d.by_age.iter().map(|g| (g.label.as_str(), g.residents, g.participants.clone(), g.any, g.none)).collect();
    assert_eq!(
        by_age,
        vec![
            ("age-18-34", 6, vec![1, 5, 0, 0, 0, 1], 5, 1),
            ("age-35-54", 6, vec![0, 2, 1, 0, 0, 0], 3, 3),
            ("age-55-74", 2, vec![1, 0, 1, 0, 0, 0], 1, 1),
            ("fair-age-unknown", 6, vec![0, 0, 0, 1, 1, 0], 2, 4),
        ]
    );
    let by_building: Vec<(&str, i64, i64, i64)> = d.by_building.iter().map(|g| (g.label.as_str(), g.residents, g.any, g.none)).collect();
    assert_eq!(by_building, vec![("", 1, 0, 1), ("Flat A", 3, 3, 0), ("Flat B", 3, 2, 1), ("Flat C", 13, 6, 7)]);
    assert_eq!(d.groups.len(), 1);
    assert_eq!((d.groups[0].active_members, d.groups[0].helpers, d.groups[0].minutes), (1, 1, 90));

    // The page says there are no signals and shows the tables; the CSV has the same figures.
    let page = kees.get(&format!("/meedoen/inbreng?van={VAN}&tot={TOT}"), &[]).await;
    assert!(page.status.is_success());
    assert!(page.body.contains("Geen signalen"), "no signal on the page");
    assert!(page.body.contains("<caption>Bewoners per leeftijdsgroep en hoeveel meededen</caption>"));
    let csv = kees.get(&format!("/meedoen/inbreng.csv?van={VAN}&tot={TOT}"), &[]).await;
    assert_eq!(csv.status, 200);
    assert_eq!(csv.headers["content-type"], "text/csv; charset=utf-8");
    assert!(csv.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    for line in [
        "\"gini_promille\",\"reacties\",\"\",805",
        "\"aandeel_top_5_huishoudens\",\"reacties\",\"\",95",
        "\"leeftijd\",\"nog_niet\",\"Leeftijd onbekend\",4",
        "\"gebouw\",\"deden_mee\",\"Flat C\",6",
        "\"vrijwilligersgroep\",\"minuten\",\"Tuinploeg\",90",
        "\"nog niet meegedaan\",\"\",\"\",9",
    ] {
        assert!(csv.body.contains(line), "{line} missing in:\n{}", csv.body);
    }
    // A dashboard never names anyone.
    for name in ["R01", "Jan\"", "Kees\""] {
        assert!(!csv.body.contains(name), "{name}");
    }
}

#[tokio::test]
async fn only_the_commissie_and_staff_see_the_figures_of_their_own_buurt() {
    let app = TestApp::new().await;
    data_set(&app).await;
    let mut jan = app.signed_in("Jan").await;
    assert_eq!(jan.call("/api/inbreng", &[("van", ""), ("tot", "")]).await.error(), AppError::Forbidden);
    assert_eq!(jan.get("/meedoen/inbreng.csv", &[]).await.status, 403);
    assert_eq!(jan.get("/meedoen/inbreng", &[]).await.status, 403);
    let mut anonymous = app.client();
    assert_eq!(anonymous.get("/meedoen/inbreng.csv", &[]).await.status, 303);
    let mut samira = app.signed_in("Samira").await;
    let d: Dashboard = samira.call("/api/inbreng", &[("van", ""), ("tot", "")]).await.json();
    assert_eq!(d.residents, 20);
    // Staff of another buurt see their own buurt only.
    let mut olaf = app.signed_in("Olaf").await;
    let d: Dashboard = olaf.call("/api/inbreng", &[("van", ""), ("tot", "")]).await.json();
    assert_eq!((d.buurt_id, d.residents), (app.other_buurt.0, 1));
    // Bad periods are refused with a message.
    let res = samira.call("/api/inbreng", &[("van", "2026-04-01"), ("tot", "2026-03-01")]).await;
    assert_eq!(res.error(), AppError::Invalid(app::error::Problem::EndBeforeStart));
    let res = samira.call("/api/inbreng", &[("van", "gisteren"), ("tot", "")]).await;
    assert_eq!(res.error(), AppError::Invalid(app::error::Problem::DateInvalid));
}
