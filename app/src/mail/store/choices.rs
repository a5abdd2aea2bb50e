//! The SQL of a person's mail choices: the kinds of straight-away mail switched off
//! (`mail_topics_off`) and the weekly digest (`mail_choices.digest`).

use super::super::model::{Choices, MailKind, Switch, Topic};
use crate::accounts::model::UserId;
use crate::db::{Db, Tx};
use crate::error::AppResult;
use sqlx::AnyConnection;

/// A person as mail sees them: address (None when empty), language code and choices.
pub struct Person {
    pub address: Option<String>,
    pub lang: String,
    pub choices: Choices,
}

/// A person that still has an account, with their choices.
async fn person(conn: &mut AnyConnection, user: UserId) -> AppResult<Option<Person>> {
    let row: Option<(Option<String>, String, i64)> = sqlx::query_as(
        "SELECT u.email, u.language, COALESCE(c.digest, 1) FROM users u \
         LEFT JOIN mail_choices c ON c.user_id = u.id WHERE u.id = $1 AND u.deleted_at IS NULL",
    )
    .bind(user.0)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((email, lang, digest)) = row else { return Ok(None) };
    let codes: Vec<String> =
        sqlx::query_scalar("SELECT topic FROM mail_topics_off WHERE user_id = $1").bind(user.0).fetch_all(&mut *conn).await?;
    let off = Topic::CHOOSABLE.into_iter().filter(|t| codes.iter().any(|c| c == t.code())).collect();
    Ok(Some(Person { address: email.filter(|e| !e.is_empty()), lang, choices: Choices { off, digest: digest == 1 } }))
}

/// Who a mail for `user` goes to: address, language code and choices. None without an
/// address or for a deleted account.
pub async fn recipient(tx: &mut Tx, user: UserId) -> AppResult<Option<(String, String, Choices)>> {
    let found = person(tx, user).await?;
    Ok(found.and_then(|p| Some((p.address?, p.lang, p.choices))))
}

/// A person's address (if any) and choices; the defaults for an unknown account.
pub async fn choices(db: &Db, user: UserId) -> AppResult<(Option<String>, Choices)> {
    let mut conn = db.acquire().await?;
    let found = person(&mut conn, user).await?;
    Ok(found.map(|p| (p.address, p.choices)).unwrap_or((None, Choices::all())))
}

/// Saves all choices at once (the profile's form).
pub async fn set_choices(tx: &mut Tx, user: UserId, choices: &Choices, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO mail_choices (user_id, digest, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET digest = excluded.digest, updated_at = excluded.updated_at",
    )
    .bind(user.0)
    .bind(i64::from(choices.digest))
    .bind(now)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM mail_topics_off WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    for topic in choices.off.iter().filter(|t| t.choosable()) {
        topic_off(tx, user, *topic).await?;
    }
    Ok(())
}

async fn topic_off(tx: &mut Tx, user: UserId, topic: Topic) -> AppResult<()> {
    sqlx::query("INSERT INTO mail_topics_off (user_id, topic) VALUES ($1, $2) ON CONFLICT (user_id, topic) DO NOTHING")
        .bind(user.0)
        .bind(topic.code())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Switches off what one unsubscribe link names, leaving the rest as it is.
pub async fn switch_off(tx: &mut Tx, user: UserId, what: Switch, now: i64) -> AppResult<()> {
    match what {
        Switch::Topic(topic) if topic.choosable() => topic_off(tx, user, topic).await?,
        // Mail about the account cannot be switched off (and has no link).
        Switch::Topic(_) => {}
        Switch::Personal => {
            for topic in Topic::CHOOSABLE {
                topic_off(tx, user, topic).await?;
            }
        }
        Switch::Digest => {
            sqlx::query(
                "INSERT INTO mail_choices (user_id, digest, updated_at) VALUES ($1, 0, $2) \
                 ON CONFLICT (user_id) DO UPDATE SET digest = 0, updated_at = excluded.updated_at",
            )
            .bind(user.0)
            .bind(now)
            .execute(&mut **tx)
            .await?;
        }
    }
    Ok(())
}

/// Whether a queued mail still goes out: the account still exists, `to` is still its address
/// (a changed or removed address gets nothing more), and its choices still want mail of
/// `kind` about `topic` (they may have switched it off after it was queued).
pub async fn still_wanted(db: &Db, user: UserId, mail: (MailKind, Option<Topic>), to: &str) -> AppResult<bool> {
    let mut conn = db.acquire().await?;
    let Some(p) = person(&mut conn, user).await? else { return Ok(false) };
    Ok(p.address.as_deref() == Some(to) && p.choices.wants_mail(mail.0, mail.1))
}
