//! A new resident signs up with the invite code of their household.

use super::super::model::{BuurtId, DisplayName, Role, UserId};
use super::super::rules;
use super::super::store::{self, NewUser};
use crate::db::Tx;
use crate::error::{AppError, AppResult, Problem};
use crate::notifications::model::Notice;
use crate::notifications::service::notify;

/// The sign-up form, parsed: the normalised invite code and the new account (checked name,
/// age band and e-mail, the password's hash, the language of the page). The household comes
/// from the code. `registered`: the person says the sociaal werker already registered them
/// and claims that account.
#[derive(Clone)]
pub struct NewResident<'a> {
    pub code: String,
    pub account: NewUser<'a>,
    pub registered: bool,
}

/// A person the sociaal werker registered in the code's household claims that account: with
/// `registered`, by the name as the worker wrote it (capitals and spaces aside), and any
/// other name gets one neutral answer that says nothing about who is registered; without it,
/// by the exact name. The account gets their password and needs no new place on the code.
/// Else this uses up a place on the code and adds the account as a bewoner of the code's
/// buurt, with a welcome in Meldingen. The claim, the name check and the insert are one
/// transaction.
pub async fn sign_up(tx: &mut Tx, input: NewResident<'_>, now: i64) -> AppResult<(UserId, BuurtId)> {
    let invite = store::find_invite(tx, &input.code).await?.ok_or(Problem::CodeUnknown)?;
    if invite.revoked {
        return Err(Problem::CodeRevoked.into());
    }
    let members = store::unclaimed_members(tx, invite.household_id).await?;
    let registered = input.registered;
    if let Some((user, name)) = member_to_claim(&members, input.account.name, registered)? {
        let claimed = claim(tx, (*user, name.as_str()), invite.buurt_id, input.account, now).await;
        // Claimed by someone else meanwhile: to the person claiming, like any other mismatch.
        return claimed.map_err(|e| if registered && e == AppError::Invalid(Problem::NameTaken) { mismatch() } else { e });
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

/// The unclaimed member of the household a sign-up is for. Claiming (`registered`): the one
/// whose name matches (exactly first, else without capitals and spaces), else the neutral
/// [`mismatch`]. A new sign-up: only the exact name, else none (a new account).
fn member_to_claim<'m>(members: &'m [(UserId, String)], typed: &DisplayName, registered: bool) -> AppResult<Option<&'m (UserId, String)>> {
    let exact = members.iter().find(|(_, name)| name.to_lowercase() == typed.key());
    if !registered {
        return Ok(exact);
    }
    let loose = || members.iter().find(|(_, name)| rules::same_registered_name(typed.as_str(), name));
    exact.or_else(loose).map(Some).ok_or_else(mismatch)
}

/// The one answer to a claim that does not hold, whatever did not match: it says nothing
/// about who is registered in the household.
fn mismatch() -> AppError {
    AppError::InvalidField(Problem::ClaimMismatch, "display_name".into())
}

/// Claims a registered account (its id and the name staff wrote, which it keeps) once: the
/// conditional update refuses a second claim.
async fn claim(tx: &mut Tx, (user, name): (UserId, &str), buurt: BuurtId, account: NewUser<'_>, now: i64) -> AppResult<(UserId, BuurtId)> {
    if let Some(email) = account.email
        && store::email_taken(tx, email).await?
    {
        return Err(Problem::EmailTaken.into());
    }
    let claim = store::Claim { password_hash: account.password_hash, email: account.email, age_band: account.age_band, language: account.language };
    if !store::claim(tx, user, claim).await? {
        return Err(Problem::NameTaken.into());
    }
    notify(tx, user, Notice::Welcome { name: name.to_string() }, "/profiel", now).await?;
    Ok((user, buurt))
}
