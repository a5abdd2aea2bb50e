//! Figures for the closing note: how long closing a voting round takes (count the ballots,
//! store the results, erase the voter→ballot link, rewrite the ballots in a random order)
//! for many residents and votes, and how long a recount from the stored ballots takes.
//!
//! `cargo run --release -p server --example bench_votes [residents] [votes_per_resident]`
//! (defaults 100000 and 10: 100,000 residents, 1,000,000 votes). Uses a fresh SQLite file in
//! a temporary folder with the portal's own settings (WAL, synchronous FULL).

use app::accounts::model::UserId;
use app::db::{begin_write, now};
use app::voting::model::{RoundDetails, RoundId, RoundRules};
use app::voting::{rules, store};
use std::time::Instant;

const OPTIONS: usize = 20;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let residents: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(100_000);
    let per_resident: i64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(10);
    let dir = tempfile::tempdir()?;
    let db = app::db::connect(&format!("sqlite://{}/bench.db", dir.path().display())).await?;
    app::db::migrate(&db).await?;

    let started = Instant::now();
    let mut tx = begin_write(&db).await?;
    let buurt = app::neighbourhood::store::create_buurt(&mut tx, "Bench", "bench").await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let household = app::neighbourhood::store::create_household(&mut tx, buurt, "Bench 1", "Flat").await.map_err(|e| anyhow::anyhow!("{e}"))?;
    // Residents in bulk: user ids 1..=residents.
    for chunk in (1..=residents).collect::<Vec<_>>().chunks(5_000) {
        let mut users = String::from("INSERT INTO users (id, household_id, display_name, name_key, created_at) VALUES ");
        let mut members = String::from("INSERT INTO memberships (user_id, buurt_id, role, created_at) VALUES ");
        for (i, id) in chunk.iter().enumerate() {
            let sep = if i > 0 { ", " } else { "" };
            users.push_str(&format!("{sep}({id}, {}, 'Bewoner {id}', 'bewoner {id}', 1)", household.0));
            members.push_str(&format!("{sep}({id}, {}, 'bewoner', 1)", buurt.0));
        }
        sqlx::query(sqlx::AssertSqlSafe(users)).execute(&mut *tx).await?;
        sqlx::query(sqlx::AssertSqlSafe(members)).execute(&mut *tx).await?;
    }
    let mut proposals = Vec::new();
    for i in 0..OPTIONS {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO proposals (buurt_id, kind, title, description, status, created_at, updated_at) \
             VALUES ($1, 'initiatief', $2, 'Bench', 'geaccepteerd', 1, 1) RETURNING id",
        )
        .bind(buurt.0)
        .bind(format!("Initiatief {i}"))
        .fetch_one(&mut *tx)
        .await?;
        proposals.push((id, Some(((i as i64 % 7) + 1) * 50_000)));
    }
    let max = 3.min(per_resident);
    let details = RoundDetails {
        title: "Bench".into(),
        description: String::new(),
        rules: RoundRules { vote_budget: per_resident.max(1), max_per_option: max.max(1), min_age: None, money_cents: Some(1_000_000), winners: 1 },
        options: proposals.clone(),
    };
    let t = now();
    let round = store::insert_round(&mut tx, buurt, &details, t - 3600, t + 3600, UserId(1)).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    // Ballots in bulk, shaped like the portal's: a key per voter, rows of at most `max` votes.
    // Popularity is skewed so the count has a clear order with some ties.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut votes_total = 0i64;
    let mut rows_total = 0usize;
    for chunk in (1..=residents).collect::<Vec<_>>().chunks(2_000) {
        let mut keys = String::from("INSERT INTO ballot_keys (round_id, user_id, ballot) VALUES ");
        let mut voters = String::from("INSERT INTO round_voters (round_id, user_id, voted_at) VALUES ");
        let mut rows = String::from("INSERT INTO ballot_votes (round_id, ballot, proposal_id, votes) VALUES ");
        let mut first_row = true;
        for (i, user) in chunk.iter().enumerate() {
            let sep = if i > 0 { ", " } else { "" };
            let ballot = format!("{:032x}", (next() as u128) << 64 | next() as u128);
            keys.push_str(&format!("{sep}({}, {user}, '{ballot}')", round.0));
            voters.push_str(&format!("{sep}({}, {user}, {t})", round.0));
            let mut left = per_resident;
            let mut given = [0i64; OPTIONS];
            while left > 0 {
                let pick = (next() % (OPTIONS as u64 * 3)) as usize;
                let option = if pick < OPTIONS * 2 { pick % 8 } else { pick % OPTIONS };
                if given[option] < max {
                    given[option] += 1;
                    left -= 1;
                }
            }
            for (o, v) in given.iter().enumerate().filter(|(_, v)| **v > 0) {
                rows.push_str(&format!("{}({}, '{ballot}', {}, {v})", if first_row { "" } else { ", " }, round.0, proposals[o].0));
                first_row = false;
                votes_total += v;
                rows_total += 1;
            }
        }
        sqlx::query(sqlx::AssertSqlSafe(keys)).execute(&mut *tx).await?;
        sqlx::query(sqlx::AssertSqlSafe(voters)).execute(&mut *tx).await?;
        sqlx::query(sqlx::AssertSqlSafe(rows)).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    println!("setup: {residents} residents, {votes_total} votes in {rows_total} ballot rows, {OPTIONS} initiatives, in {:.1?}", started.elapsed());

    // A resident changes their ballot: the write path of the portal, one transaction each.
    let changes = 500.min(residents);
    let started = Instant::now();
    for user in 1..=changes {
        let mut tx = begin_write(&db).await?;
        let rows: Vec<(i64, i64)> = vec![(proposals[user % OPTIONS].0, max), (proposals[(user + 1) % OPTIONS].0, (per_resident - max).clamp(0, max))];
        let rows: Vec<(i64, i64)> = rows.into_iter().filter(|(_, v)| *v > 0).collect();
        store::replace_ballot(&mut tx, round, UserId(user as i64), &rows, None).await.map_err(|e| anyhow::anyhow!("{e}"))?;
        tx.commit().await?;
    }
    let per = started.elapsed() / changes as u32;
    println!("change a ballot (BEGIN IMMEDIATE, replace, commit; synchronous FULL): {per:.2?} each over {changes}");

    sqlx::query("UPDATE vote_rounds SET ends_at = $1 WHERE id = $2").bind(now() - 1).bind(round.0).execute(&db).await?;
    let started = Instant::now();
    let closed = app::voting::api::close_now(&db, round, None).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let close_time = started.elapsed();
    assert!(closed);
    println!("close the round (count, store results, erase links, rewrite ballots shuffled, checkpoint): {close_time:.2?}");

    let started = Instant::now();
    let rows = store::ballot_rows(&db, RoundId(round.0)).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let read = started.elapsed();
    let mut tx = begin_write(&db).await?;
    let entries = store::entries(&mut tx, round).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    tx.rollback().await?;
    let row = store::round(&db, round).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let started_count = Instant::now();
    let recount = rules::count(&entries, &rows, &row.rules());
    let count_time = started_count.elapsed();
    let stored = store::options(&db, round).await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let same = stored.iter().all(|o| recount.iter().any(|(id, r)| *id == o.proposal_id && Some(r.votes) == o.votes && Some(r.rank) == o.rank));
    println!("recount from the stored ballots: read {} rows in {read:.2?}, count in {count_time:.2?}; equals the stored results: {same}", rows.len());
    let keys_left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM ballot_keys").fetch_one(&db).await?;
    println!("voter→ballot links left after closing: {keys_left}");
    let winners: Vec<String> = stored.iter().filter(|o| o.won == Some(1)).map(|o| format!("{} ({} votes)", o.title, o.votes.unwrap_or(0))).collect();
    println!("winners within € 10.000: {}", winners.join(", "));
    db.close().await;
    Ok(())
}
