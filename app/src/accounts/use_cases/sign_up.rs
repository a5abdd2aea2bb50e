//! A new resident signs up with the invite code of their household.

use super::super::model::{BuurtId, Role, UserId};
use super::super::store::{self, NewUser};
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::notifications::model::Notice;
use crate::notifications::service::notify;

/// The sign-up form, parsed: the normalised invite code and the new account (checked name,
/// age band and e-mail, the password's hash, the language of the page). The household comes
/// from the code.
#[derive(Clone)]
pub struct NewResident<'a> {
    pub code: String,
    pub account: NewUser<'a>,
}

/// A person the sociaal werker registered in the code's household claims that account (same
/// name): it gets their password and needs no new place on the code. Else this
/// uses up a place on the code and adds the account as a bewoner of the code's buurt, with a
/// welcome in Meldingen. The claim, the name check and the insert are one transaction.
pub async fn sign_up(tx: &mut Tx, input: NewResident<'_>, now: i64) -> AppResult<(UserId, BuurtId)> {
    let invite = store::find_invite(tx, &input.code).await?.ok_or(Problem::CodeUnknown)?;
    if invite.revoked {
        return Err(Problem::CodeRevoked.into());
    }
    if let Some(user) = store::claimable(tx, invite.household_id, input.account.name).await? {
        return claim(tx, user, invite.buurt_id, input.account, now).await;
    }
    if invite.uses >= invite.max_uses || !store::claim_invite(tx, invite.id).await? {
        return Err(Problem::CodeUsedUp.into());
    }
    let account = NewUser { household_id: Some(invite.household_id), ..input.account };
    if let Some(clash) = store::name_clash(tx, account.name, None).await? {
        return Err(clash.into());
    }
    if let Some(email) = account.email
        && store::email_taken(tx, email).await?
    {
        return Err(Problem::EmailTaken.into());
    }
    let name = account.name.as_str().to_string();
    let user = store::insert_user_at(tx, account, now).await?;
    store::set_membership_at(tx, user, invite.buurt_id, Role::Resident, now).await?;
    notify(tx, user, Notice::Welcome { name }, "/profiel", now).await?;
    Ok((user, invite.buurt_id))
}

/// Claims a registered account once: the conditional update refuses a second claim.
async fn claim(tx: &mut Tx, user: UserId, buurt: BuurtId, account: NewUser<'_>, now: i64) -> AppResult<(UserId, BuurtId)> {
    if let Some(email) = account.email
        && store::email_taken(tx, email).await?
    {
        return Err(Problem::EmailTaken.into());
    }
    let claim = store::Claim { password_hash: account.password_hash, email: account.email, age_band: account.age_band, language: account.language };
    if !store::claim(tx, user, claim).await? {
        return Err(Problem::NameTaken.into());
    }
    notify(tx, user, Notice::Welcome { name: account.name.as_str().to_string() }, "/profiel", now).await?;
    Ok((user, buurt))
}
