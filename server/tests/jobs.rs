//! Background jobs with several app instances on one database: each tick of a job is claimed
//! by one instance only (`app::jobs::claim_tick`), on SQLite and on PostgreSQL; another
//! instance takes over the next tick that is due when the first one stops claiming.

mod common;

use app::jobs::claim_tick;
use common::backend::TestDb;

#[tokio::test]
async fn a_tick_is_claimed_once_and_the_next_one_after_its_interval() {
    let (_test_db, db) = TestDb::migrated().await;
    let now = 1_800_000_000;
    assert!(claim_tick(&db, "send-mail", 15, now).await.unwrap(), "the first tick is free");
    assert!(!claim_tick(&db, "send-mail", 15, now).await.unwrap(), "the same tick goes once");
    assert!(!claim_tick(&db, "send-mail", 15, now + 10).await.unwrap(), "not before its interval");
    assert!(claim_tick(&db, "close-voting-rounds", 30, now).await.unwrap(), "each job has its own ticks");
    // A timer that fires a moment early still gets its turn (the interval less a second).
    assert!(claim_tick(&db, "send-mail", 15, now + 14).await.unwrap());
    // The instance that claimed stopped: another one claims the first tick due after it.
    assert!(claim_tick(&db, "send-mail", 15, now + 120).await.unwrap());
}

#[tokio::test]
async fn instances_asking_for_the_same_tick_at_once_get_it_once() {
    let (test_db, db) = TestDb::migrated().await;
    // Three instances, each with its own pool, ask for the same ticks at the same moments.
    let mut pools = vec![db];
    for _ in 0..2 {
        pools.push(app::db::connect(&test_db.url).await.unwrap());
    }
    let start = 1_800_000_000;
    for round in 0..20 {
        let now = start + round * 15;
        let asks = pools.iter().flat_map(|pool| (0..4).map(move |_| claim_tick(pool, "send-mail", 15, now)));
        let won = futures::future::join_all(asks).await.into_iter().filter(|r| *r.as_ref().unwrap()).count();
        assert_eq!(won, 1, "tick {round}: exactly one of 12 asks runs it");
    }
}
