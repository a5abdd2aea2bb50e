//! Demo conversations under the proposals of De Zonnebloem: comments and replies, one open
//! report, one comment the commissie hid (with its log entry), and a thread where Henk wrote
//! much (signed in as Henk, the composer there shows the nudge).
//!
//! Idempotent: nothing is added when the buurt already has comments. When the buurt has no
//! proposals yet, one is added to talk about.

use anyhow::Context;
use app::accounts::model::BuurtId;
use app::db::{Db, Tx, begin_write, now};

/// Conversations: (author, reply to the comment at this index of the same conversation, text).
type Line = (&'static str, Option<usize>, &'static str);

const FIRST: &[Line] = &[
    ("Noor", None, "Goed plan! Mijn kinderen zouden dit heel leuk vinden."),
    ("Jan", Some(0), "Eens. Kan het ook op zaterdagochtend? Dan kan ik helpen."),
    ("Noor", Some(0), "Zaterdag is prima voor ons."),
    ("Yusuf", None, "Meer informatie staat op https://www.zonnebloem-buurt.nl/plannen. Lees het eens."),
    ("Riet", None, "Ik vind het een goed idee, maar denk aan mensen die slecht ter been zijn."),
    ("Lotte", None, "Mijn buurman op nummer 12 maakt altijd ruzie, die moet niet meedoen."),
];

const BUSY: &[Line] = &[
    ("Henk", None, "Ik heb hier veel ervaring mee. Laat mij het maar regelen."),
    ("Henk", None, "Ik bedoel: ik heb al een lijstje gemaakt."),
    ("Marieke", Some(0), "Fijn, Henk. Wil je het lijstje delen?"),
    ("Henk", Some(0), "Ik hang het op in de hal."),
    ("Daan", None, "Kunnen jongeren ook meedoen?"),
    ("Henk", Some(4), "Natuurlijk, Daan."),
    ("Sanne", None, "Ik help graag mee met opruimen."),
    ("Henk", None, "Dan verdelen we de taken zaterdag."),
    ("Jan", None, "Ik neem koffie mee."),
    ("Noor", None, "Ik kom met de kinderen."),
    ("Henk", None, "Top, tot zaterdag allemaal!"),
];

/// Adds the demo conversations (once).
pub async fn seed(db: &Db, buurt: BuurtId) -> anyhow::Result<()> {
    let existing: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM comments c JOIN proposals p ON p.id = c.proposal_id WHERE p.buurt_id = $1",
    )
    .bind(buurt.0)
    .fetch_one(db)
    .await?;
    if existing > 0 {
        return Ok(());
    }
    let mut tx = begin_write(db).await?;
    let mut proposals: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, title FROM proposals WHERE buurt_id = $1 AND hidden_at IS NULL ORDER BY id LIMIT 2")
            .bind(buurt.0)
            .fetch_all(&mut *tx)
            .await?;
    if proposals.is_empty() {
        let (jan, household) = person(&mut tx, "Jan").await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO proposals (buurt_id, author_id, household_id, kind, title, description, status, created_at, updated_at) \
             VALUES ($1, $2, $3, 'activiteit', 'Samen de binnentuin opknappen', \
             'Laten we op een zaterdag samen de binnentuin opruimen en nieuwe planten zetten.', 'in_behandeling', $4, $4) RETURNING id",
        )
        .bind(buurt.0)
        .bind(jan)
        .bind(household)
        .bind(now() - 5 * 24 * 3600)
        .fetch_one(&mut *tx)
        .await?;
        proposals.push((id, "Samen de binnentuin opknappen".to_string()));
    }
    let start = now() - 3 * 24 * 3600;
    let first = &proposals[0];
    let ids = conversation(&mut tx, first.0, FIRST, start).await?;
    let busy = proposals.get(1).unwrap_or(first);
    conversation(&mut tx, busy.0, BUSY, start + 24 * 3600).await?;

    // One open report: Jan's household reports Yusuf's link as advertising.
    let (jan, jan_household) = person(&mut tx, "Jan").await?;
    sqlx::query(
        "INSERT INTO reports (buurt_id, target_kind, target_id, reporter_id, household_id, reason, note, created_at) \
         VALUES ($1, 'reactie', $2, $3, $4, 'reclame', 'Is dit reclame?', $5)",
    )
    .bind(buurt.0)
    .bind(ids[3])
    .bind(jan)
    .bind(jan_household)
    .bind(start + 7200)
    .execute(&mut *tx)
    .await?;

    // Lotte's remark about a neighbour: hidden by Kees, with the reason and its log entry.
    let (kees, _) = person(&mut tx, "Kees").await?;
    let reason = "Dit gaat over een buurman die hier niet kan reageren. Praat er liever samen over.";
    let hidden_at = start + 3 * 3600;
    sqlx::query("UPDATE comments SET hidden_at = $1, hidden_reason = $2, hidden_by = $3 WHERE id = $4")
        .bind(hidden_at)
        .bind(reason)
        .bind(kees)
        .bind(ids[5])
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO moderation_log (buurt_id, actor_id, actor_role, action, target_kind, target_id, target_title, reason, created_at) \
         VALUES ($1, $2, 'commissielid', 'verbergen', 'reactie', $3, $4, $5, $6)",
    )
    .bind(buurt.0)
    .bind(kees)
    .bind(ids[5])
    .bind(&first.1)
    .bind(reason)
    .bind(hidden_at)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A person's id and household.
async fn person(tx: &mut Tx, name: &str) -> anyhow::Result<(i64, Option<i64>)> {
    sqlx::query_as("SELECT id, household_id FROM users WHERE display_name = $1")
        .bind(name)
        .fetch_optional(&mut **tx)
        .await?
        .with_context(|| format!("demo person {name} missing"))
}

/// Writes a conversation, a comment every 20 minutes from `start`; returns the ids in order.
async fn conversation(tx: &mut Tx, proposal: i64, lines: &[Line], start: i64) -> anyhow::Result<Vec<i64>> {
    let mut ids: Vec<i64> = Vec::new();
    for (i, (who, reply_to, text)) in lines.iter().enumerate() {
        let (author, household) = person(tx, who).await?;
        let parent = reply_to.and_then(|j| ids.get(j).copied());
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO comments (proposal_id, parent_id, author_id, household_id, body, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(proposal)
        .bind(parent)
        .bind(author)
        .bind(household)
        .bind(*text)
        .bind(start + i as i64 * 20 * 60)
        .fetch_one(&mut **tx)
        .await?;
        ids.push(id);
    }
    Ok(ids)
}
