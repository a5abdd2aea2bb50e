//! A new resident signs up with the invite code of their household.

use super::super::model::{AgeBand, BuurtId, DisplayName, Email, Role, UserId};
use super::super::store;
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::i18n::Lang;
use crate::notifications::model::Notice;
use crate::notifications::service::notify;

/// The sign-up form, parsed: the normalised code, the checked name, age band and e-mail, the
/// password's hash, and the language of the page.
pub struct NewResident {
    pub code: String,
    pub name: DisplayName,
    pub age_band: Option<AgeBand>,
    pub email: Option<Email>,
    pub password_hash: String,
    pub language: Lang,
}

/// Uses up a place on the code and adds the account as a bewoner of the code's buurt, with a
/// welcome in Meldingen. The claim, the name check and the insert are one transaction.
pub async fn sign_up(tx: &mut Tx, input: NewResident, now: i64) -> AppResult<(UserId, BuurtId)> {
    let invite = store::find_invite(tx, &input.code).await?.ok_or(Problem::CodeUnknown)?;
    if invite.revoked {
        return Err(Problem::CodeRevoked.into());
    }
    if invite.uses >= invite.max_uses || !store::claim_invite(tx, invite.id).await? {
        return Err(Problem::CodeUsedUp.into());
    }
    if let Some(clash) = store::name_clash(tx, &input.name, None).await? {
        return Err(clash.into());
    }
    if let Some(email) = &input.email
        && store::email_taken(tx, email).await?
    {
        return Err(Problem::EmailTaken.into());
    }
    let new_user = store::NewUser {
        household_id: Some(invite.household_id),
        name: &input.name,
        email: input.email.as_ref(),
        password_hash: &input.password_hash,
        age_band: input.age_band,
        language: input.language,
    };
    let user = store::insert_user_at(tx, new_user, now).await?;
    store::set_membership_at(tx, user, invite.buurt_id, Role::Resident, now).await?;
    notify(tx, user, Notice::Welcome { name: input.name.as_str().to_string() }, "/profiel", now).await?;
    Ok((user, invite.buurt_id))
}
