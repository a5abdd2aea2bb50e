//! The SQL of mail: choices (in `choices`), the outbox, digest weeks and the unsubscribe
//! secret.

use super::model::{MailKind, Topic};
use crate::accounts::model::UserId;
use crate::db::{Db, Tx};
use crate::error::AppResult;

mod choices;
pub use choices::*;

/// A server secret by name (hex), if it was made already.
pub async fn secret(db: &Db, name: &str) -> AppResult<Option<String>> {
    Ok(sqlx::query_scalar("SELECT value FROM app_secrets WHERE name = $1").bind(name).fetch_optional(db).await?)
}

/// The secret `name`, stored with `fresh` unless another request stored one first (that one
/// stays and is returned).
pub async fn secret_or_insert(tx: &mut Tx, name: &str, fresh: &str) -> AppResult<String> {
    sqlx::query("INSERT INTO app_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING")
        .bind(name)
        .bind(fresh)
        .execute(&mut **tx)
        .await?;
    Ok(sqlx::query_scalar("SELECT value FROM app_secrets WHERE name = $1").bind(name).fetch_one(&mut **tx).await?)
}

/// A mail to queue, already in words.
pub struct NewMail<'a> {
    pub user: UserId,
    pub to: &'a str,
    pub kind: MailKind,
    /// What a straight-away mail is about; None for the digest and account mail.
    pub topic: Option<Topic>,
    pub lang: &'a str,
    pub subject: &'a str,
    pub text: &'a str,
    pub html: &'a str,
    pub link: &'a str,
}

/// Puts a mail in the outbox, due at once.
pub async fn queue(tx: &mut Tx, mail: NewMail<'_>, now: i64) -> AppResult<()> {
    sqlx::query(
        "INSERT INTO mail_outbox (user_id, to_address, kind, topic, lang, subject, body_text, body_html, link, created_at, due_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)",
    )
    .bind(mail.user.0)
    .bind(mail.to)
    .bind(mail.kind.code())
    .bind(mail.topic.map(Topic::code))
    .bind(mail.lang)
    .bind(mail.subject)
    .bind(mail.text)
    .bind(mail.html)
    .bind(mail.link)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A mail claimed for sending; `attempt` is this try's number, the proof of the claim.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub id: i64,
    pub user: UserId,
    pub to: String,
    pub kind: MailKind,
    pub topic: Option<Topic>,
    pub lang: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub link: String,
    pub created_at: i64,
    pub attempt: i64,
}

/// Claims the next due mail for `lease` seconds (a conditional update: a mail claimed by
/// another job whose lease still runs, or sent, is never claimed).
pub async fn claim(tx: &mut Tx, now: i64, lease: i64) -> AppResult<Option<Claimed>> {
    type Row = (i64, i64, String, String, Option<String>, String, String, String, String, String, i64, i64);
    let row: Option<Row> = sqlx::query_as(
        "UPDATE mail_outbox SET claimed_until = $1 + $2, attempts = attempts + 1 \
         WHERE id = (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND given_up_at IS NULL AND due_at <= $1 \
                     AND (claimed_until IS NULL OR claimed_until <= $1) ORDER BY due_at, id LIMIT 1) \
         AND sent_at IS NULL AND given_up_at IS NULL AND (claimed_until IS NULL OR claimed_until <= $1) \
         RETURNING id, user_id, to_address, kind, topic, lang, subject, body_text, body_html, link, created_at, attempts",
    )
    .bind(now)
    .bind(lease)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(id, user, to, kind, topic, lang, subject, text, html, link, created_at, attempt)| Claimed {
        id,
        user: UserId(user),
        to,
        kind: MailKind::from_code(&kind).unwrap_or(MailKind::Personal),
        topic: topic.as_deref().and_then(Topic::from_code),
        lang,
        subject,
        text,
        html,
        link,
        created_at,
        attempt,
    }))
}

/// Marks a claimed mail sent, if this claim still holds it; true when it did. A mail about
/// the account (a sign-in link) keeps neither its link nor its text once sent: the link holds
/// a one-time code.
pub async fn mark_sent(db: &Db, id: i64, attempt: i64, now: i64) -> AppResult<bool> {
    let done = sqlx::query(
        "UPDATE mail_outbox SET sent_at = $1, claimed_until = NULL, last_error = NULL, \
         link = CASE WHEN kind = 'account' THEN '' ELSE link END, \
         body_text = CASE WHEN kind = 'account' THEN '' ELSE body_text END, \
         body_html = CASE WHEN kind = 'account' THEN '' ELSE body_html END \
         WHERE id = $2 AND attempts = $3 AND sent_at IS NULL",
    )
    .bind(now)
    .bind(id)
    .bind(attempt)
    .execute(db)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// After a failed try: due again at `retry_at`, or given up (`None`).
pub async fn mark_failed(db: &Db, id: i64, attempt: i64, retry_at: Option<i64>, error: &str, now: i64) -> AppResult<()> {
    sqlx::query(
        "UPDATE mail_outbox SET claimed_until = NULL, last_error = $1, \
         due_at = COALESCE($2, due_at), given_up_at = CASE WHEN $2 IS NULL THEN $3 ELSE NULL END \
         WHERE id = $4 AND attempts = $5 AND sent_at IS NULL",
    )
    .bind(error)
    .bind(retry_at)
    .bind(now)
    .bind(id)
    .bind(attempt)
    .execute(db)
    .await?;
    Ok(())
}

/// Gives up every unsent mail made before `before`; how many.
pub async fn give_up_older_than(db: &Db, before: i64, now: i64) -> AppResult<u64> {
    let done = sqlx::query(
        "UPDATE mail_outbox SET given_up_at = $1, last_error = 'too old' \
         WHERE sent_at IS NULL AND given_up_at IS NULL AND created_at < $2 AND (claimed_until IS NULL OR claimed_until <= $1)",
    )
    .bind(now)
    .bind(before)
    .execute(db)
    .await?;
    Ok(done.rows_affected())
}

/// People with an address and the digest on who have not had the digest of `week`: (id,
/// language code).
pub async fn digest_candidates(db: &Db, week: &str, limit: i64) -> AppResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.language FROM users u LEFT JOIN mail_choices c ON c.user_id = u.id \
         WHERE u.email IS NOT NULL AND u.email <> '' AND u.deleted_at IS NULL AND COALESCE(c.digest, 1) = 1 \
         AND (c.digest_week IS NULL OR c.digest_week <> $1) ORDER BY u.id LIMIT $2",
    )
    .bind(week)
    .bind(limit)
    .fetch_all(db)
    .await?)
}

/// When the last digest was queued for `user` (None: never).
pub async fn last_digest_at(db: &Db, user: UserId) -> AppResult<Option<i64>> {
    let at: Option<Option<i64>> =
        sqlx::query_scalar("SELECT digest_at FROM mail_choices WHERE user_id = $1").bind(user.0).fetch_optional(db).await?;
    Ok(at.flatten())
}

/// Takes the digest of `week` for `user` (a conditional update): true when this call took it,
/// false when it was taken already or the digest is off.
pub async fn take_digest_week(tx: &mut Tx, user: UserId, week: &str, now: i64) -> AppResult<bool> {
    sqlx::query("INSERT INTO mail_choices (user_id, updated_at) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING")
        .bind(user.0)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    let done = sqlx::query(
        "UPDATE mail_choices SET digest_week = $1, digest_at = $2 \
         WHERE user_id = $3 AND digest = 1 AND (digest_week IS NULL OR digest_week <> $1)",
    )
    .bind(week)
    .bind(now)
    .bind(user.0)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The buurten a person belongs to: (id, name).
pub async fn buurten_of(db: &Db, user: UserId) -> AppResult<Vec<(i64, String)>> {
    Ok(sqlx::query_as(
        "SELECT b.id, b.name FROM memberships m JOIN buurten b ON b.id = m.buurt_id WHERE m.user_id = $1 ORDER BY b.name, b.id",
    )
    .bind(user.0)
    .fetch_all(db)
    .await?)
}

/// Deletes a person's choices and unsent mail (account deletion).
pub async fn delete_all_of(tx: &mut Tx, user: UserId) -> AppResult<()> {
    sqlx::query("DELETE FROM mail_outbox WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    sqlx::query("DELETE FROM mail_choices WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    sqlx::query("DELETE FROM mail_topics_off WHERE user_id = $1").bind(user.0).execute(&mut **tx).await?;
    Ok(())
}
