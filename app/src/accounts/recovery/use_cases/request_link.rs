//! Someone asks for a sign-in link by e-mail. For a known address a link token is made
//! (valid 30 minutes, earlier unused links stop working) and handed to the delivery; for an
//! unknown address, or after [`rules::LINKS_PER_HOUR`] links in an hour, nothing happens.
//! The caller answers the same in every case.

use super::super::model::CodeKind;
use super::super::{deliver, rules, store};
use crate::accounts::model::Email;
use crate::db::Tx;
use crate::error::AppResult;

/// The address asked for.
#[derive(Clone)]
pub struct LinkRequest<'a> {
    pub email: &'a Email,
}

/// Makes and hands over a link when the address belongs to an account; whether it did is
/// returned for the log and the tests only, never shown.
pub async fn request_link(tx: &mut Tx, input: LinkRequest<'_>, now: i64) -> AppResult<bool> {
    let Some((user, lang)) = store::user_by_email(tx, input.email.as_str()).await? else { return Ok(false) };
    if store::links_since(tx, user, now - 3600).await? >= rules::LINKS_PER_HOUR {
        return Ok(false);
    }
    store::revoke_unused(tx, user, Some(CodeKind::Link), now).await?;
    let new = store::NewCode { user, kind: CodeKind::Link, hash: "", made_by: None };
    let (_, code) = super::new_code(tx, new, now).await?;
    // A path: the mail makes it absolute with the portal's public address when it is sent.
    let path = format!("/herstellen?code={}", rules::print_code(&code));
    deliver::send_link(tx, user, &path, lang, now).await?;
    Ok(true)
}
