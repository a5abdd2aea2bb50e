//! A resident sets all their votes in a round at once, or the sociaal werker records them for
//! a resident who asked for help.

use super::super::model::{NoVote, RoundId};
use super::super::{rules, store};
use crate::accounts::model::{BuurtId, UserId};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppError, AppResult, Problem};
use crate::neighbourhood::service::StaffAction;

/// A whole ballot: whose it is, and their votes per initiative (already parsed).
#[derive(Clone)]
pub struct Ballot {
    pub round: RoundId,
    pub voter: UserId,
    pub votes: Vec<(i64, i64)>,
}

/// Checks the ballot and stores it in place of the voter's earlier one. Inside one write
/// transaction: however many requests arrive at once, from however many devices, each sees
/// the rules hold and replaces the whole ballot, so the budget is never exceeded. When the
/// actor is not the voter, the ballot is recorded as assisted and the help is logged (who was
/// helped, never what was voted).
pub async fn cast_ballot(tx: &mut Tx, actor: &SessionUser, ballot: Ballot, now: i64) -> AppResult<()> {
    let Ballot { round, voter, votes } = ballot;
    let row = store::round(&mut **tx, round).await?;
    let buurt = BuurtId(row.buurt_id);
    rules::may_vote_now(rules::phase(now, row.starts_at, row.ends_at, row.closed_at.is_some()))?;
    let me = store::voter(&mut **tx, buurt, voter).await?;
    match rules::eligibility(me.map(|m| m.0), me.and_then(|m| m.1), row.rules().min_age) {
        Ok(()) => {}
        Err(NoVote::TooYoung) => return Err(Problem::VoteTooYoung.into()),
        Err(NoVote::NotResident) => return Err(AppError::Forbidden),
    }
    let on_ballot: Vec<i64> = store::entries(tx, round).await?.iter().map(|e| e.proposal_id).collect();
    let rows = rules::check_ballot(&on_ballot, &votes, &row.rules())?;
    let helper = (actor.id != voter).then_some(actor.id);
    store::replace_ballot_at(tx, round, voter, &rows, helper, now).await?;
    if let Some(helper) = helper {
        let subject = format!("stemronde {}, bewoner {}", round.0, voter.0);
        let entry = StaffAction { buurt: Some(buurt), actor: helper, action: "stemhulp", subject: &subject };
        crate::neighbourhood::service::record(tx, entry, now).await?;
    }
    Ok(())
}
