//! Where a sign-in link by e-mail leaves the portal: into the mail outbox, inside the same
//! transaction that stores the link's token, so a link is queued exactly when it exists.

use crate::accounts::model::UserId;
use crate::db::Tx;
use crate::error::AppResult;
use crate::i18n::{Lang, tr};

/// Queues the mail with the link `path` (on the site) for `user`, in `lang`.
pub async fn send_link(tx: &mut Tx, user: UserId, path: &str, lang: Lang, now: i64) -> AppResult<()> {
    let subject = tr(lang, "mail-subject-recovery-link");
    let text = tr(lang, "mail-recovery-link-text");
    crate::mail::service::queue_account_mail(tx, user, (&subject, &text), path, lang, now).await
}
