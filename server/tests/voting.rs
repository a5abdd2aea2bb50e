//! Voting rounds through the real router: the vote budget under 100 concurrent requests from
//! one resident on several devices, results with ties and a money budget (stored once,
//! recomputed the same from the ballots), secrecy of the ballot before and after closing,
//! and who may do what, when.

mod common;

use app::error::{AppError, Problem};
use app::voting::api::RoundList;
use app::voting::model::{Phase, RoundDetail, RoundId};
use app::voting::{rules, store};
use common::{Client, TestApp, days_from_today};

/// An accepted initiative of `buurt`, written straight into the database (proposals are
/// another capability).
async fn initiative(app: &TestApp, buurt: i64, title: &str) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO proposals (buurt_id, kind, title, description, status, created_at, updated_at) \
         VALUES ($1, 'initiatief', $2, 'Een plan voor de buurt.', 'geaccepteerd', 1, 1) RETURNING id",
    )
    .bind(buurt)
    .bind(title)
    .fetch_one(&app.db)
    .await
    .unwrap()
}

struct Round<'a> {
    budget: &'a str,
    max: &'a str,
    money: &'a str,
    winners: &'a str,
    min_age: &'a str,
    start_days: i64,
}

const DEFAULT: Round = Round { budget: "5", max: "2", money: "", winners: "1", min_age: "", start_days: 0 };

async fn open(app: &TestApp, client: &mut Client, options: &[(i64, &str)], r: Round<'_>) -> common::Reply {
    let buurt = app.buurt.0.to_string();
    let (start, end) = (days_from_today(r.start_days), days_from_today(r.start_days + 7));
    let keys: Vec<(String, String)> = options.iter().map(|(id, _)| (format!("opties[{id}]"), format!("kosten[{id}]"))).collect();
    let mut form: Vec<(&str, &str)> = vec![
        ("buurt", &buurt),
        ("title", "Buurtbudget"),
        ("description", "Kies mee."),
        ("start_date", &start),
        ("start_time", "00:00"),
        ("end_date", &end),
        ("end_time", "20:00"),
        ("vote_budget", r.budget),
        ("max_per_option", r.max),
        ("min_age", r.min_age),
        ("money", r.money),
        ("winners", r.winners),
    ];
    for ((_, cost), (check, cost_key)) in options.iter().zip(&keys) {
        form.push((check, "ja"));
        form.push((cost_key, cost));
    }
    client.call("/api/stemronde-nieuw", &form).await
}

async fn open_ok(app: &TestApp, client: &mut Client, options: &[(i64, &str)], r: Round<'_>) -> i64 {
    let res = open(app, client, options, r).await;
    assert!(res.status.is_success(), "{res:?}");
    app.count("SELECT MAX(id) FROM vote_rounds").await
}

async fn vote(client: &mut Client, round: i64, votes: &[(i64, i64)]) -> common::Reply {
    let round = round.to_string();
    let fields: Vec<(String, String)> = votes.iter().map(|(id, n)| (format!("stemmen[{id}]"), n.to_string())).collect();
    let mut form: Vec<(&str, &str)> = vec![("round", &round)];
    form.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    client.call("/api/stemmen", &form).await
}

/// The visitor's own votes by initiative id (ballots are shown in each voter's own order).
fn mine_in_id_order(d: &RoundDetail) -> Vec<i64> {
    let mut options: Vec<(i64, i64)> = d.options.iter().map(|o| (o.proposal_id, o.mine)).collect();
    options.sort_unstable();
    options.into_iter().map(|(_, mine)| mine).collect()
}

async fn detail(client: &mut Client, round: i64) -> RoundDetail {
    let res = client.call("/api/stemronde", &[("id", &round.to_string())]).await;
    assert!(res.status.is_success(), "{res:?}");
    res.json()
}

/// Lets the round's end pass (as if a week went by).
async fn end_round(app: &TestApp, round: i64) {
    sqlx::query("UPDATE vote_rounds SET starts_at = starts_at - 864000, ends_at = $1 WHERE id = $2")
        .bind(app.clock.now() - 1)
        .bind(round)
        .execute(&app.db)
        .await
        .unwrap();
}

async fn close(client: &mut Client, round: i64) -> common::Reply {
    client.call("/api/stemronde-sluiten", &[("round", &round.to_string())]).await
}

#[tokio::test]
async fn a_hundred_concurrent_ballots_from_one_resident_never_exceed_the_budget() {
    let app = TestApp::new().await;
    let ids = [initiative(&app, app.buurt.0, "Bankje").await, initiative(&app, app.buurt.0, "Moestuin").await, initiative(&app, app.buurt.0, "Speeltoestel").await];
    let mut kees = app.signed_in("Kees").await;
    let round = open_ok(&app, &mut kees, &[(ids[0], ""), (ids[1], ""), (ids[2], "")], DEFAULT).await;
    // Jan on four devices (four sessions).
    let mut devices = Vec::new();
    for _ in 0..4 {
        devices.push(app.signed_in("Jan").await);
    }
    // 100 ballots at once: most fit (sum ≤ 5, ≤ 2 each), every third is over the budget
    // (2+2+2), every seventh over the maximum (3 on one).
    let ballots: Vec<[i64; 3]> = (0..100)
        .map(|i| match i {
            i if i % 7 == 0 => [3, 0, 0],
            i if i % 3 == 0 => [2, 2, 2],
            i => [(i % 3) as i64, ((i / 3) % 3).min(2) as i64, (i % 2) as i64],
        })
        .collect();
    let started = std::time::Instant::now();
    let tasks: Vec<_> = ballots
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let mut c = devices[i % 4].clone();
            let votes: Vec<(i64, i64)> = ids.iter().copied().zip(b.iter().copied()).collect();
            tokio::spawn(async move {
                let res = vote(&mut c, round, &votes).await;
                if res.status.is_success() { Ok(()) } else { Err(res.error()) }
            })
        })
        .collect();
    let (mut ok, mut over_budget, mut over_max) = (0, 0, 0);
    for t in tasks {
        match t.await.unwrap() {
            Ok(()) => ok += 1,
            Err(AppError::Invalid(Problem::VoteOverBudget)) => over_budget += 1,
            Err(AppError::Invalid(Problem::VoteOverMax)) => over_max += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    eprintln!("100 concurrent ballots by one resident on 4 devices: {ok} stored, {over_budget} over budget, {over_max} over max, in {:?}", started.elapsed());
    let expected_max = ballots.iter().filter(|b| b[0] == 3).count();
    let expected_budget = ballots.iter().filter(|b| b[0] != 3 && b.iter().sum::<i64>() > 5).count();
    assert_eq!((over_max, over_budget, ok), (expected_max, expected_budget, 100 - expected_max - expected_budget));
    let total = app.count(&format!("SELECT CAST(COALESCE(SUM(votes), 0) AS BIGINT) FROM ballot_votes WHERE round_id = {round}")).await;
    let most = app.count(&format!("SELECT COALESCE(MAX(votes), 0) FROM ballot_votes WHERE round_id = {round}")).await;
    assert!(total <= 5 && most <= 2, "total {total}, most on one {most}");
    assert_eq!(app.count(&format!("SELECT COUNT(DISTINCT ballot) FROM ballot_votes WHERE round_id = {round}")).await, 1);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_keys WHERE round_id = {round}")).await, 1);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM round_voters WHERE round_id = {round}")).await, 1);
    // What is stored is exactly one of the ballots that fit, and Jan sees it as his own.
    let seen = detail(&mut devices[0], round).await;
    let mine: Vec<i64> = ids.iter().map(|id| seen.options.iter().find(|o| o.proposal_id == *id).unwrap().mine).collect();
    assert!(ballots.iter().any(|b| b.as_slice() == mine.as_slice() && b.iter().sum::<i64>() <= 5 && b[0] <= 2), "{mine:?}");
    assert_eq!(seen.remaining, 5 - mine.iter().sum::<i64>());
    assert!(seen.summary.voted);

    // All zero withdraws: no ballot, no longer a voter.
    assert!(vote(&mut devices[1], round, &[(ids[0], 0), (ids[1], 0), (ids[2], 0)]).await.status.is_success());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_votes WHERE round_id = {round}")).await, 0);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM round_voters WHERE round_id = {round}")).await, 0);
}

#[tokio::test]
async fn results_follow_the_money_budget_and_the_tie_rule_and_are_the_same_every_time() {
    let app = TestApp::new().await;
    let b = app.buurt.0;
    let (bank, tuin, speel, lamp) = (
        initiative(&app, b, "Bankje").await,
        initiative(&app, b, "Moestuin").await,
        initiative(&app, b, "Speeltoestel").await,
        initiative(&app, b, "Lantaarn").await,
    );
    let mut kees = app.signed_in("Kees").await;
    let money = Round { budget: "4", max: "2", money: "2.500", ..DEFAULT };
    let round = open_ok(&app, &mut kees, &[(bank, "800"), (tuin, "1.500"), (speel, "2.000"), (lamp, "800")], money).await;
    let mut voters = app.residents("Stemmer", 5).await;
    // Speeltoestel 6 votes, Moestuin 5, Bankje 3, Lantaarn 3 (a tie: same cost, Bankje is older).
    let ballots: [&[(i64, i64)]; 5] = [
        &[(speel, 2), (tuin, 2)],
        &[(speel, 2), (tuin, 1), (bank, 1)],
        &[(speel, 2), (lamp, 2)],
        &[(tuin, 2), (bank, 2)],
        &[(lamp, 1)],
    ];
    for (c, ballot) in voters.iter_mut().zip(ballots) {
        let res = vote(c, round, ballot).await;
        assert!(res.status.is_success(), "{res:?}");
    }
    // Totals stay hidden while the round is open, also for the commissie.
    let open_view = detail(&mut kees, round).await;
    assert_eq!(open_view.summary.phase, Phase::Open);
    assert!(open_view.options.iter().all(|o| o.result.is_none() && o.mine == 0));
    assert_eq!(close(&mut kees, round).await.error(), AppError::Invalid(Problem::VoteNotEnded));

    end_round(&app, round).await;
    assert_eq!(vote(&mut voters[4], round, &[(lamp, 2)]).await.error(), AppError::Invalid(Problem::VoteClosed));
    assert!(close(&mut kees, round).await.status.is_success());
    assert_eq!(close(&mut kees, round).await.error(), AppError::Invalid(Problem::VoteClosed), "closing is final");

    let seen = detail(&mut voters[0], round).await;
    assert_eq!(seen.summary.phase, Phase::Closed);
    let table: Vec<(&str, i64, i64, i64, bool)> = seen
        .options
        .iter()
        .map(|o| {
            let r = o.result.unwrap();
            (o.title.as_str(), r.rank, r.votes, r.voters, r.won)
        })
        .collect();
    // Budget 2,500: Speeltoestel (2,000) fits, Moestuin (1,500) does not, Bankje (800) does
    // not (500 left), Lantaarn neither.
    assert_eq!(
        table,
        vec![
            ("Speeltoestel", 1, 6, 3, true),
            ("Moestuin", 2, 5, 3, false),
            ("Bankje", 3, 3, 2, false),
            ("Lantaarn", 4, 3, 2, false),
        ]
    );
    assert_eq!(seen.money_spent, Some(200_000));
    assert_eq!((seen.summary.turnout, seen.eligible), (5, 7), "5 of Kees, Jan and the 5 voters");
    assert!(seen.options.iter().all(|o| o.mine == 0), "after closing nobody's ballot can be found, not even one's own");

    // The stored results are what the ballots give, every time, whatever the row order.
    let mut tx = app::db::begin_write(&app.db).await.unwrap();
    let entries = store::entries(&mut tx, RoundId(round)).await.unwrap();
    tx.rollback().await.unwrap();
    let row = store::round(&app.db, RoundId(round)).await.unwrap();
    let mut rows = store::ballot_rows(&app.db, RoundId(round)).await.unwrap();
    let first = rules::count(&entries, &rows, &row.rules());
    rows.reverse();
    assert_eq!(rules::count(&entries, &rows, &row.rules()), first);
    let stored: Vec<(i64, i64, i64, bool)> =
        seen.options.iter().map(|o| (o.proposal_id, o.result.unwrap().votes, o.result.unwrap().rank, o.result.unwrap().won)).collect();
    let again: Vec<(i64, i64, i64, bool)> = first.iter().map(|(id, r)| (*id, r.votes, r.rank, r.won)).collect();
    assert_eq!(stored, again);

    // Ties: Bankje and Lantaarn both 3 votes and € 800; Bankje is the earlier proposal and
    // goes first. With 1,600 both fit; Moestuin (1 vote, 1,500) no longer does.
    let rows_for_tie = vec![("a".to_string(), bank, 3), ("b".to_string(), lamp, 3), ("c".to_string(), tuin, 1)];
    let tie_rules = app::voting::model::RoundRules { vote_budget: 5, max_per_option: 3, min_age: None, money_cents: Some(160_000), winners: 1 };
    let out = rules::count(&entries, &rows_for_tie, &tie_rules);
    let order: Vec<(i64, bool)> = out.iter().map(|(id, r)| (*id, r.won)).collect();
    assert_eq!(order, vec![(bank, true), (lamp, true), (tuin, false), (speel, false)]);

    // The page shows the results table, and no longer says votes can change.
    let page = voters[0].get(&format!("/meedoen/stemronde/{round}"), &[]).await;
    assert!(page.body.contains("Stemmen per initiatief") && !page.body.contains("U kunt uw stemmen veranderen"));

    // The list shows the round as closed with its turnout.
    let list: RoundList = voters[1].call("/api/stemrondes", &[]).await.json();
    assert_eq!((list.rounds[0].phase, list.rounds[0].turnout, list.rounds[0].voted), (Phase::Closed, 5, true));
}

#[tokio::test]
async fn nobody_can_find_out_how_a_resident_voted() {
    let app = TestApp::new().await;
    let b = app.buurt.0;
    let ids = [initiative(&app, b, "Bankje").await, initiative(&app, b, "Moestuin").await];
    let mut kees = app.signed_in("Kees").await;
    let round = open_ok(&app, &mut kees, &[(ids[0], ""), (ids[1], "")], DEFAULT).await;
    let mut jan = app.signed_in("Jan").await;
    assert!(vote(&mut jan, round, &[(ids[0], 2), (ids[1], 1)]).await.status.is_success());
    let mut others = app.residents("Buur", 12).await;
    for (i, c) in others.iter_mut().enumerate() {
        assert!(vote(c, round, &[(ids[i % 2], 1 + (i as i64 % 2))]).await.status.is_success());
    }
    // Jan sees his own votes; the commissie and the sociaal werker see none of anyone's.
    let own = detail(&mut jan, round).await;
    assert_eq!(mine_in_id_order(&own), vec![2, 1]);
    let mut samira = app.signed_in("Samira").await;
    for viewer in [&mut kees, &mut samira] {
        let seen = detail(viewer, round).await;
        assert!(seen.options.iter().all(|o| o.mine == 0 && o.result.is_none()));
        assert_eq!(seen.summary.turnout, 13, "turnout is public, choices are not");
    }
    // The sociaal werker's page lists who voted (for help with voting), never what.
    let staff_view = detail(&mut samira, round).await;
    assert!(staff_view.can_assist && staff_view.people.iter().any(|p| p.name == "Jan" && p.voted));
    let page = samira.get(&format!("/meedoen/stemronde/{round}"), &[]).await;
    assert!(page.status.is_success());
    assert!(!page.body.contains("Stemmen per initiatief"), "no totals while open");

    // Assisted voting: logged as help (who, when), the choice is not in any log.
    let jan_id = app.user_id("Jan").await.to_string();
    let res = samira
        .call("/api/stemmen-met-hulp", &[("round", &round.to_string()), ("resident", &jan_id), (&format!("stemmen[{}]", ids[1]), "2")])
        .await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM round_voters WHERE round_id = {round} AND user_id = {jan_id} AND assisted_by IS NOT NULL AND assisted_at IS NOT NULL")).await, 1);
    let logged: String = sqlx::query_scalar("SELECT subject FROM staff_log WHERE action = 'stemhulp'").fetch_one(&app.db).await.unwrap();
    assert_eq!(logged, format!("stemronde {round}, bewoner {jan_id}"), "who was helped, not what was voted");
    assert_eq!(mine_in_id_order(&detail(&mut jan, round).await), vec![0, 2]);
    // A commissielid may not record votes for someone.
    let res = kees.call("/api/stemmen-met-hulp", &[("round", &round.to_string()), ("resident", &jan_id), (&format!("stemmen[{}]", ids[0]), "1")]).await;
    assert_eq!(res.error(), AppError::Forbidden);

    // Before closing: the voter→ballot link exists (to change votes). Row order of the
    // ballots is the order of voting.
    let ballots_before: Vec<String> = sqlx::query_scalar("SELECT ballot FROM ballot_keys WHERE round_id = $1").bind(round).fetch_all(&app.db).await.unwrap();
    assert_eq!(ballots_before.len(), 13);
    // The order rows are stored in: SQLite's rowid, PostgreSQL's place of the row (ctid).
    let in_file_order = format!(
        "SELECT proposal_id, votes FROM ballot_votes WHERE round_id = $1 ORDER BY {}",
        if common::backend::postgres() { "ctid" } else { "rowid" }
    );
    let order_before: Vec<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(in_file_order.clone())).bind(round).fetch_all(&app.db).await.unwrap();

    end_round(&app, round).await;
    // Nobody closes it: the closing job closes and counts it at its next tick (at the time
    // `end_round` let pass).
    assert_eq!(app::jobs::run_once(&app.db, app::db::now()).await, 1);
    let closed = detail(&mut others[0], round).await;
    assert_eq!(closed.summary.phase, Phase::Closed);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_keys WHERE round_id = {round}")).await, 0, "link erased");
    let ballots_after: Vec<String> = sqlx::query_scalar("SELECT DISTINCT ballot FROM ballot_votes WHERE round_id = $1").bind(round).fetch_all(&app.db).await.unwrap();
    assert_eq!(ballots_after.len(), 13);
    assert!(ballots_after.iter().all(|b| !ballots_before.contains(b)), "fresh ballot ids");
    let order_after: Vec<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(in_file_order)).bind(round).fetch_all(&app.db).await.unwrap();
    let mut sorted_before = order_before.clone();
    let mut sorted_after = order_after.clone();
    sorted_before.sort();
    sorted_after.sort();
    assert_eq!(sorted_before, sorted_after, "the same votes");
    assert_ne!(order_before, order_after, "in another order (1 in 14! to fail by chance)");
    // Jan's own view no longer finds his ballot: nothing links him to it.
    assert!(detail(&mut jan, round).await.options.iter().all(|o| o.mine == 0));
    // His data export says that he voted and was helped, and nothing of what.
    let export: serde_json::Value = jan.get("/profiel/mijn-gegevens.json", &[]).await.json();
    let voted = export["voted_in"].as_array().unwrap();
    assert_eq!(voted.len(), 1);
    assert_eq!(voted[0]["helped"], true);
    let mut keys: Vec<&str> = voted[0].as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["helped", "round", "voted_at"]);
    // No table holds both a person and a ballot any more.
    assert_eq!(app.count("SELECT COUNT(*) FROM ballot_keys").await, 0);
}

#[tokio::test]
async fn who_may_vote_and_open_rounds_and_when() {
    let app = TestApp::new().await;
    let b = app.buurt.0;
    let ids = [initiative(&app, b, "Bankje").await, initiative(&app, b, "Moestuin").await];
    let elsewhere = initiative(&app, app.other_buurt.0, "Elders").await;
    let draft: i64 = sqlx::query_scalar(
        "INSERT INTO proposals (buurt_id, kind, title, description, status, created_at, updated_at) \
         VALUES ($1, 'initiatief', 'Nog niet', 'x', 'ingediend', 1, 1) RETURNING id",
    )
    .bind(b)
    .fetch_one(&app.db)
    .await
    .unwrap();
    let mut jan = app.signed_in("Jan").await;
    let mut kees = app.signed_in("Kees").await;
    let mut samira = app.signed_in("Samira").await;
    let mut olaf = app.signed_in("Olaf").await;

    // A bewoner cannot open a round; nothing changes.
    assert_eq!(open(&app, &mut jan, &[(ids[0], ""), (ids[1], "")], DEFAULT).await.error(), AppError::Forbidden);
    assert_eq!(open(&app, &mut olaf, &[(ids[0], ""), (ids[1], "")], DEFAULT).await.error(), AppError::Forbidden);
    assert_eq!(app.count("SELECT COUNT(*) FROM vote_rounds").await, 0);
    // Only accepted initiatives of the buurt go on a ballot; rules must add up; money needs costs.
    for bad in [elsewhere, draft] {
        assert_eq!(open(&app, &mut kees, &[(ids[0], ""), (bad, "")], DEFAULT).await.error(), AppError::Invalid(Problem::OptionUnavailable));
    }
    assert_eq!(open(&app, &mut kees, &[(ids[0], ""), (ids[1], "")], Round { max: "6", ..DEFAULT }).await.error(), AppError::InvalidField(Problem::VoteRulesInvalid, "max_per_option".into()));
    assert_eq!(open(&app, &mut kees, &[(ids[0], "100"), (ids[1], "")], Round { money: "2500", ..DEFAULT }).await.error(), AppError::InvalidField(Problem::CostInvalid, format!("kosten[{}]", ids[1])));
    assert_eq!(open(&app, &mut kees, &[(ids[0], "")], DEFAULT).await.error(), AppError::Invalid(Problem::BallotTooFew));
    assert_eq!(open(&app, &mut kees, &[], DEFAULT).await.error(), AppError::Invalid(Problem::BallotTooFew), "nothing ticked");
    assert_eq!(app.count("SELECT COUNT(*) FROM vote_rounds").await, 0);

    // A round from 35 years: Jan (55-74) votes, a young resident does not, one without an age band does.
    let round = open_ok(&app, &mut kees, &[(ids[0], ""), (ids[1], "")], Round { min_age: "35-54", ..DEFAULT }).await;
    // The initiatives are now taken until this round closes.
    assert_eq!(open(&app, &mut samira, &[(ids[0], ""), (ids[1], "")], DEFAULT).await.error(), AppError::Invalid(Problem::OptionUnavailable));
    let mut young = app.residents("Jong", 2).await;
    sqlx::query("UPDATE users SET age_band = '18-34' WHERE display_name = 'Jong 00'").execute(&app.db).await.unwrap();
    assert!(vote(&mut jan, round, &[(ids[0], 1)]).await.status.is_success());
    assert_eq!(vote(&mut young[0], round, &[(ids[0], 1)]).await.error(), AppError::Invalid(Problem::VoteTooYoung));
    assert!(vote(&mut young[1], round, &[(ids[1], 2)]).await.status.is_success(), "no age band given: votes");
    let seen = detail(&mut young[0], round).await;
    assert!(!seen.can_vote && seen.no_vote == Some(app::voting::model::NoVote::TooYoung));
    // Staff do not vote; another buurt does not see the round at all.
    assert_eq!(vote(&mut samira, round, &[(ids[0], 1)]).await.error(), AppError::Forbidden);
    assert_eq!(vote(&mut olaf, round, &[(ids[0], 1)]).await.error(), AppError::NotFound);
    assert_eq!(olaf.call("/api/stemronde", &[("id", &round.to_string())]).await.error(), AppError::NotFound);
    assert_eq!(close(&mut olaf, round).await.error(), AppError::Forbidden);
    assert_eq!(close(&mut jan, round).await.error(), AppError::Forbidden);
    // Votes for something not on the ballot, over the maximum, or not numbers.
    assert_eq!(vote(&mut jan, round, &[(elsewhere, 1)]).await.error(), AppError::Invalid(Problem::Unknown));
    assert_eq!(vote(&mut jan, round, &[(ids[0], 3)]).await.error(), AppError::Invalid(Problem::VoteOverMax));
    let res = jan.call("/api/stemmen", &[("round", &round.to_string()), (&format!("stemmen[{}]", ids[0]), "veel")]).await;
    assert_eq!(res.error(), AppError::Invalid(Problem::VoteNumberInvalid));
    assert_eq!(mine_in_id_order(&detail(&mut jan, round).await), vec![1, 0], "refusals change nothing");

    // A round that starts tomorrow takes no votes yet.
    let (c, d) = (initiative(&app, b, "Later 1").await, initiative(&app, b, "Later 2").await);
    let later = open_ok(&app, &mut samira, &[(c, ""), (d, "")], Round { start_days: 1, ..DEFAULT }).await;
    assert_eq!(vote(&mut jan, later, &[(c, 1)]).await.error(), AppError::Invalid(Problem::VoteNotStarted));
    assert_eq!(detail(&mut jan, later).await.summary.phase, Phase::Coming);

    // The pages render for a resident, and the new-round page refuses a resident.
    assert!(jan.get(&format!("/meedoen/stemronde/{round}"), &[]).await.body.contains("Zo werkt het"));
    assert!(jan.get("/meedoen/stemronde", &[]).await.body.contains("Buurtbudget"));
    assert_eq!(jan.get("/meedoen/stemronde/nieuw", &[]).await.status, 403);
    let list: RoundList = kees.call("/api/stemrondes", &[]).await.json();
    assert!(list.can_manage && list.rounds.len() == 2);
}

/// A round on two initiatives, opened by Kees, in which Jan gave `votes`.
async fn round_with_a_ballot(app: &TestApp, votes: [i64; 2]) -> ([i64; 2], i64, Client) {
    let ids = [initiative(app, app.buurt.0, "Bankje").await, initiative(app, app.buurt.0, "Moestuin").await];
    let mut kees = app.signed_in("Kees").await;
    let round = open_ok(app, &mut kees, &[(ids[0], ""), (ids[1], "")], DEFAULT).await;
    let mut jan = app.signed_in("Jan").await;
    assert!(vote(&mut jan, round, &[(ids[0], votes[0]), (ids[1], votes[1])]).await.status.is_success());
    (ids, round, jan)
}

#[tokio::test]
async fn a_round_closes_at_its_end_with_nobody_visiting_it() {
    let app = TestApp::new().await;
    let (ids, round, mut jan) = round_with_a_ballot(&app, [2, 1]).await;
    // Before the end a tick changes nothing.
    assert_eq!(app::jobs::run_once(&app.db, app.clock.now()).await, 0);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM vote_rounds WHERE id = {round} AND closed_at IS NULL")).await, 1);

    // A week and a day later, with nobody opening a page: the page shows the round as ended
    // (counting) and writes nothing; the job's tick closes and counts it.
    app.clock.advance(8 * 24 * 3600);
    let seen = detail(&mut jan, round).await;
    assert_eq!(seen.summary.phase, Phase::Ended);
    assert!(seen.options.iter().all(|o| o.result.is_none()) && !seen.can_vote);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM vote_rounds WHERE id = {round} AND closed_at IS NULL")).await, 1, "a page view does not close");
    assert_eq!(app::jobs::run_once(&app.db, app.clock.now()).await, 1);
    let closed_at = app.count(&format!("SELECT closed_at FROM vote_rounds WHERE id = {round}")).await;
    assert_eq!(closed_at, app.clock.now());
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM vote_rounds WHERE id = {round} AND closed_by IS NULL AND turnout = 1")).await, 1);
    assert_eq!(app.count(&format!("SELECT votes FROM round_options WHERE round_id = {round} AND proposal_id = {}", ids[0])).await, 2);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_keys WHERE round_id = {round}")).await, 0, "link erased");

    // A second tick (or two at once, as from two server instances) changes nothing.
    app.clock.advance(30);
    let (a, b) = tokio::join!(app::jobs::run_once(&app.db, app.clock.now()), app::jobs::run_once(&app.db, app.clock.now()));
    assert_eq!(a + b, 0);
    assert_eq!(app.count(&format!("SELECT closed_at FROM vote_rounds WHERE id = {round}")).await, closed_at);
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_votes WHERE round_id = {round}")).await, 2);
    let seen = detail(&mut jan, round).await;
    assert_eq!(seen.summary.phase, Phase::Closed);
    assert_eq!(seen.options.iter().find(|o| o.proposal_id == ids[0]).unwrap().result.unwrap().votes, 2);
}

#[tokio::test]
async fn two_ticks_at_once_close_and_count_a_round_exactly_once() {
    let app = TestApp::new().await;
    let (ids, round, _) = round_with_a_ballot(&app, [0, 2]).await;
    app.clock.advance(8 * 24 * 3600);
    let now = app.clock.now();
    let (a, b) = tokio::join!(app::jobs::run_once(&app.db, now), app::jobs::run_once(&app.db, now));
    assert_eq!(a + b, 1, "one of the two closes it");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM ballot_votes WHERE round_id = {round}")).await, 1, "ballots rewritten once");
    assert_eq!(app.count(&format!("SELECT votes FROM round_options WHERE round_id = {round} AND proposal_id = {}", ids[1])).await, 2);
}

#[tokio::test]
async fn a_new_round_reaches_every_resident_in_meldingen_and_by_mail_when_wanted() {
    let app = TestApp::new().await;
    sqlx::query("UPDATE users SET email = 'jan@example.nl' WHERE name_key = 'jan'").execute(&app.db).await.unwrap();
    let b = app.buurt.0;
    let ids = [initiative(&app, b, "Bankje").await, initiative(&app, b, "Moestuin").await];
    let mut kees = app.signed_in("Kees").await;
    let round = open_ok(&app, &mut kees, &[(ids[0], ""), (ids[1], "")], DEFAULT).await;
    let residents = app.count(&format!("SELECT COUNT(*) FROM memberships WHERE buurt_id = {b} AND role IN ('bewoner', 'commissielid')")).await;
    assert!(residents >= 2, "{residents}");
    let link = format!("/meedoen/stemronde/{round}");
    let notices = app.count(&format!("SELECT COUNT(DISTINCT user_id) FROM notifications WHERE message_key = 'note-round-opened' AND link = '{link}'")).await;
    assert_eq!(notices, residents, "every resident of the buurt, once");
    let staff = app.count("SELECT COUNT(*) FROM notifications n JOIN memberships m ON m.user_id = n.user_id AND m.role IN ('sociaal_werker', 'beheerder') WHERE n.message_key = 'note-round-opened'").await;
    assert_eq!(staff, 0, "staff are not residents");
    let mails: Vec<(String, String, String)> = sqlx::query_as("SELECT to_address, subject, link FROM mail_outbox").fetch_all(&app.db).await.unwrap();
    assert_eq!(mails, vec![("jan@example.nl".into(), "Buurtplein: een nieuwe stemronde in uw buurt".into(), link)], "straight away to the one with an address");
}
