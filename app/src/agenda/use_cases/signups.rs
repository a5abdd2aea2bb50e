//! Residents sign up (a place when one is free, else the waiting list) and withdraw (a freed
//! place goes to the first on the waiting list, who is told). Serialised by the write
//! transaction, so the capacity holds however many people press at once.

use crate::accounts::model::UserId;
use crate::agenda::model::ActivityId;
use crate::agenda::rules;
use crate::agenda::store::{self, SignupFacts};
use crate::auth::{Acting, SessionUser, hide_refusal, require_member};
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::on_behalf::model::Act;

/// The facts of a sign-up change, after checking that the user belongs to the activity's
/// buurt (else "not found") and that sign-up is still open.
pub async fn open_signup_change(tx: &mut Tx, actor: &SessionUser, activity: ActivityId, now: i64) -> AppResult<SignupFacts> {
    let facts = store::signup_facts(tx, activity, actor.id).await?;
    hide_refusal(require_member(actor, facts.buurt))?;
    if !rules::signup_open(now, facts.starts_at, facts.signup_closes_min, facts.cancelled) {
        return Err(Problem::SignupClosed.into());
    }
    Ok(facts)
}

pub async fn sign_up(tx: &mut Tx, actor: &SessionUser, activity: ActivityId, now: i64) -> AppResult<()> {
    let facts = open_signup_change(tx, actor, activity, now).await?;
    if facts.already {
        return Ok(());
    }
    store::insert_signup(tx, activity, actor.id, rules::gets_place(facts.capacity, facts.signed_up), now).await
}

pub async fn withdraw(tx: &mut Tx, actor: &SessionUser, activity: ActivityId, now: i64) -> AppResult<()> {
    open_signup_change(tx, actor, activity, now).await?;
    withdraw_in(tx, activity, actor.id, now).await
}

/// Removes a sign-up and gives a freed place to the first on the waiting list, who is told.
pub(super) async fn withdraw_in(tx: &mut Tx, activity: ActivityId, user: UserId, now: i64) -> AppResult<()> {
    if store::delete_signup(tx, activity, user).await? == Some(true)
        && let Some(moved_up) = store::promote_first_waiting(tx, activity).await?
    {
        let title = store::activity_title(tx, activity).await?;
        let link = format!("/agenda/{}", activity.0);
        crate::notifications::service::notify(tx, moved_up, crate::notifications::model::Notice::Promoted { title }, &link, now).await?;
    }
    Ok(())
}

/// Signs up or withdraws the resident (`withdraw`), as if they pressed the button themself;
/// when a staff member helped and something changed, the help is recorded and the resident
/// told (twice is once, also for the message).
pub async fn change_for(tx: &mut Tx, acting: &Acting, activity: ActivityId, withdraw: bool, now: i64) -> AppResult<()> {
    let facts = store::signup_facts(tx, activity, acting.resident.id).await?;
    hide_refusal(acting.within(facts.buurt))?;
    let was_in = facts.already;
    match withdraw {
        false => sign_up(tx, &acting.resident, activity, now).await?,
        true => self::withdraw(tx, &acting.resident, activity, now).await?,
    }
    if acting.helper.is_none() || was_in != withdraw {
        return Ok(());
    }
    let title = store::activity_title(tx, activity).await?;
    let act = if withdraw { Act::ActivityWithdraw } else { Act::ActivitySignup };
    crate::on_behalf::service::record(tx, acting, act, &title, &format!("/agenda/{}", activity.0), now).await
}
