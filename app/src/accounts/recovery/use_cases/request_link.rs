//! Someone asks for a sign-in link by e-mail. For a known address a link token is made
//! (valid 30 minutes, earlier unused links stop working) and handed to the delivery; for an
//! unknown address, or after [`rules::LINKS_PER_HOUR`] links in an hour, nothing happens.
//! The caller answers the same in every case.

use super::super::model::CodeKind;
use super::super::{deliver, rules, store};
use crate::accounts::model::Email;
use crate::db::Tx;
use crate::error::AppResult;

/// The address asked for, and the portal's public address for the link.
pub struct LinkRequest<'a> {
    pub email: &'a Email,
    pub base_url: &'a str,
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
    let url = format!("{}/herstellen?code={}", input.base_url, rules::print_code(&code));
    deliver::send_link(tx, user, &url, lang).await?;
    Ok(true)
}
