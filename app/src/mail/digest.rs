//! The weekly digest job: once per digest week (Monday 08:00 Dutch time on), everyone with an
//! address and the digest on gets one mail with the coming week's activities of their buurten,
//! the proposals new since their last digest and the results of rounds closed since. The week
//! is taken per person by a conditional update in the same transaction as the queueing, so a
//! restart or a second instance never sends it twice. An empty digest is not sent.

use super::compose::{self, DigestPart, Line};
use super::model::MailKind;
use super::outbound::Outbound;
use super::rules::digest_week;
use super::store;
use crate::accounts::model::{BuurtId, UserId};
use crate::db::Db;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::in_write;

const WEEK: i64 = 7 * 24 * 3600;

/// People handled per tick (the job runs often; the rest follow on the next ticks).
const BATCH: i64 = 200;

/// Queues the digests that are due at `now`; how many were queued.
pub async fn queue_digests(db: &Db, out: &Outbound, now: i64) -> AppResult<usize> {
    if !out.ready() {
        return Ok(0);
    }
    let week = digest_week(now);
    let mut queued = 0;
    for (user, lang) in store::digest_candidates(db, &week, BATCH).await? {
        let user = UserId(user);
        let lang = Lang::from_code(&lang).unwrap_or_default();
        let since = store::last_digest_at(db, user).await?.unwrap_or(now - WEEK);
        let parts = gather(db, user, (since, now), &out.base_url, lang).await?;
        let worded = compose::digest(&parts, lang);
        let done = in_write!(db, |tx| async {
            // Taken even when there is nothing to tell: the week is done for this person.
            if !store::take_digest_week(tx, user, &week, now).await? {
                return Ok(false);
            }
            let (Some(mail), Some((to, _, choices))) = (&worded, store::recipient(tx, user).await?) else { return Ok(false) };
            if !choices.digest {
                return Ok(false);
            }
            let new = store::NewMail { user, to: &to, kind: MailKind::Digest, topic: None, lang: lang.code(), subject: &mail.subject, text: &mail.text, html: &mail.html, link: "/" };
            store::queue(tx, new, now).await?;
            crate::error::AppResult::Ok(true)
        })?;
        queued += usize::from(done);
    }
    Ok(queued)
}

/// What the digest tells about each buurt of the person.
async fn gather(db: &Db, user: UserId, (since, now): (i64, i64), base: &str, lang: Lang) -> AppResult<Vec<DigestPart>> {
    let mut parts = Vec::new();
    for (buurt, name) in store::buurten_of(db, user).await? {
        let buurt = BuurtId(buurt);
        let activities = crate::agenda::service::coming(db, Some(buurt), (now, now + WEEK), 20)
            .await?
            .into_iter()
            .map(|a| Line {
                detail: format!("{}, {}", crate::time::day_label(a.starts_at, lang), crate::time::time_range(a.starts_at, a.ends_at)),
                title: a.title,
                url: format!("{base}/agenda/{}", a.id),
            })
            .collect();
        let proposals = crate::proposals::service::new_between(db, buurt, user, (since, now), 20)
            .await?
            .into_iter()
            .map(|(id, title)| Line { title, detail: String::new(), url: format!("{base}/meedoen/{}", id.0) })
            .collect();
        let results = crate::voting::service::closed_between(db, buurt, (since, now))
            .await?
            .into_iter()
            .map(|(id, title)| Line { title, detail: String::new(), url: format!("{base}/meedoen/stemronde/{}", id.0) })
            .collect();
        parts.push(DigestPart { buurt: name, activities, proposals, results });
    }
    Ok(parts)
}
