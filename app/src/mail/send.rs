//! The sender job: claims due mails one by one (a lease, by a conditional update), sends each
//! and marks it sent; a failure is tried again later (1 min, 5, 30, 2 h), then given up.
//! A sent mail is never sent again, and a claim that died with its server runs out and the
//! mail is tried again. Every try of one outbox row has the same Message-ID.

use super::outbound::{Outbound, Outgoing};
use super::rules::{LEASE, MAX_AGE, retry_after};
use super::model::Switch;
use super::{compose, store, token};
use crate::db::Db;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::in_write;

/// At most this many mails per tick.
const BATCH: usize = 50;

/// The key of the unsubscribe links, made at first need.
pub async fn unsubscribe_key(db: &Db) -> AppResult<String> {
    if let Some(key) = store::secret(db, token::SECRET).await? {
        return Ok(key);
    }
    let fresh: [u8; 32] = rand::random();
    let hex: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
    in_write!(db, |tx| store::secret_or_insert(tx, token::SECRET, &hex))
}

/// Sends what is due at `now`; how many mails went out.
pub async fn send_due(db: &Db, out: &Outbound, now: i64) -> AppResult<usize> {
    let old = store::give_up_older_than(db, now - MAX_AGE, now).await?;
    if old > 0 {
        tracing::warn!(mails = old, "mails not sent in time are given up");
    }
    if !out.ready() {
        return Ok(0);
    }
    let key = unsubscribe_key(db).await?;
    let mut sent = 0;
    for _ in 0..BATCH {
        let Some(mail) = in_write!(db, |tx| store::claim(tx, now, LEASE))? else { break };
        if !store::still_wanted(db, mail.user, (mail.kind, mail.topic), &mail.to).await? {
            store::mark_failed(db, mail.id, mail.attempt, None, "switched off or the address changed", now).await?;
            continue;
        }
        let lang = Lang::from_code(&mail.lang).unwrap_or_default();
        // The link switches off only the kind of this mail; mail about the account has none.
        let unsubscribe_url = Switch::of_mail(mail.kind, mail.topic)
            .map(|what| format!("{}/mail/afmelden/{}", out.base_url, token::make(key.as_bytes(), mail.user, what)));
        let page_url = format!("{}{}", out.base_url, mail.link);
        let choices_url = format!("{}/profiel", out.base_url);
        let (text, html) = compose::finish(mail.kind, lang, (&mail.text, &mail.html), &page_url, unsubscribe_url.as_deref().map(|u| (u, choices_url.as_str())));
        let outgoing = Outgoing {
            to: mail.to.clone(),
            lang: lang.code().to_string(),
            subject: mail.subject.clone(),
            text,
            html,
            message_id: format!("<buurtplein.mail.{}@{}>", mail.id, out.domain()),
            unsubscribe_url,
        };
        match out.send(&outgoing).await {
            Ok(()) => {
                if store::mark_sent(db, mail.id, mail.attempt, now).await? {
                    sent += 1;
                } else {
                    tracing::warn!(mail = mail.id, "a mail was sent after its claim ran out");
                }
            }
            Err(error) => {
                let retry_at = retry_after(mail.attempt).map(|wait| now + wait);
                match retry_at {
                    Some(at) => tracing::warn!(mail = mail.id, attempt = mail.attempt, retry_in = at - now, %error, "sending a mail failed"),
                    None => tracing::error!(mail = mail.id, attempt = mail.attempt, %error, "sending a mail failed for the last time: given up"),
                }
                store::mark_failed(db, mail.id, mail.attempt, retry_at, &error, now).await?;
                // The server is likely down: the rest waits for the next tick.
                break;
            }
        }
    }
    Ok(sent)
}
