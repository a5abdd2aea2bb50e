//! What other capabilities and the background jobs may use of mail: queue the mail of a
//! notice (called by `notifications::service::notify`, in the caller's transaction), the two
//! jobs, and what happens when an account is deleted.
//!
//! Other capabilities call only this surface (and `model`), never `api` or `store`.

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::model::{MailKind, Switch, UnsubscribeView};
    use super::super::{compose, rules, store};
    use crate::accounts::model::UserId;
    use crate::db::Tx;
    use crate::error::AppResult;
    use crate::i18n::Lang;
    use crate::notifications::model::Notice;

    pub use super::super::digest::queue_digests;
    pub use super::super::outbound::Outbound;
    pub use super::super::send::send_due;

    /// Queues the mail of a notice to `user`, inside the caller's transaction, when the
    /// notice concerns them personally ([`rules::topic_of`]), they gave an address and they
    /// did not switch mail about its topic off. Worded now, in their language; `link` is the
    /// page.
    pub async fn on_notice(tx: &mut Tx, user: UserId, notice: &Notice, link: &str, now: i64) -> AppResult<()> {
        let Some(topic) = rules::topic_of(notice) else { return Ok(()) };
        let Some((to, lang, choices)) = store::recipient(tx, user).await? else { return Ok(()) };
        if !choices.wants(topic) {
            return Ok(());
        }
        let lang = Lang::from_code(&lang).unwrap_or_default();
        let mail = compose::personal(notice, topic, lang);
        let link = if link.starts_with('/') { link } else { "/meldingen" };
        let new = store::NewMail { user, to: &to, kind: MailKind::Personal, topic: Some(topic), lang: lang.code(), subject: &mail.subject, text: &mail.text, html: &mail.html, link };
        store::queue(tx, new, now).await
    }

    /// What an unsubscribe token switches off and whether that is still on; None when the
    /// token does not hold.
    pub async fn unsubscribe_view(db: &crate::db::Db, token: &str) -> AppResult<Option<UnsubscribeView>> {
        let Some((user, what)) = checked(db, token).await? else { return Ok(None) };
        let (_, choices) = store::choices(db, user).await?;
        Ok(Some(UnsubscribeView { what, on: what.is_on(&choices) }))
    }

    /// The one-click unsubscribe: switches off what the token names (one kind of
    /// straight-away mail, all of it for an older link, or the digest), without a session
    /// (the token is the proof). What was switched off, or None when the token does not hold.
    pub async fn unsubscribe(db: &crate::db::Db, token: &str, now: i64) -> AppResult<Option<Switch>> {
        let Some((user, what)) = checked(db, token).await? else { return Ok(None) };
        crate::in_write!(db, |tx| store::switch_off(tx, user, what, now))?;
        tracing::info!(user = user.0, ?what, "unsubscribed by the link in a mail");
        Ok(Some(what))
    }

    async fn checked(db: &crate::db::Db, token: &str) -> AppResult<Option<(UserId, Switch)>> {
        if token.len() > 80 {
            return Ok(None);
        }
        let Some(key) = store::secret(db, super::super::token::SECRET).await? else { return Ok(None) };
        Ok(super::super::token::check(key.as_bytes(), token))
    }

    /// Queues a mail about the account itself that the person asked for (a sign-in link),
    /// inside the caller's transaction: to their address, in `lang`, whatever their choices.
    /// Nothing when they have no address.
    pub async fn queue_account_mail(tx: &mut Tx, user: UserId, (subject, text): (&str, &str), link: &str, lang: Lang, now: i64) -> AppResult<()> {
        let Some((to, _, _)) = store::recipient(tx, user).await? else { return Ok(()) };
        let html = format!("<p>{}</p>\n", super::super::rules::escape_html(text).replace('\n', "<br>\n"));
        let new = store::NewMail { user, to: &to, kind: MailKind::Account, topic: None, lang: lang.code(), subject, text, html: &html, link };
        store::queue(tx, new, now).await
    }

    /// When an account is deleted: its choices and unsent mail go.
    pub async fn on_account_deleted(tx: &mut Tx, user: UserId, _now: i64) -> AppResult<()> {
        store::delete_all_of(tx, user).await
    }
}
