//! Where a sign-in link by e-mail leaves the portal. The e-mail outbox is built elsewhere;
//! at merge time this one function is wired to it (inside the same transaction, so a link
//! is queued exactly when its token is stored). Until then it only notes at debug level
//! that a link is ready, without the address or the token.

use crate::accounts::model::UserId;
use crate::db::Tx;
use crate::error::AppResult;
use crate::i18n::Lang;

/// Hands the link `url` for `user` (in their language `lang`) to the mail delivery.
pub async fn send_link(tx: &mut Tx, user: UserId, url: &str, lang: Lang) -> AppResult<()> {
    let _ = (tx, url);
    tracing::debug!(user = user.0, lang = lang.code(), "recovery link ready for delivery");
    Ok(())
}
