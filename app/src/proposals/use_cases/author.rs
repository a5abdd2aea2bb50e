//! What the author does: propose, answer a request for changes, withdraw.

use super::super::model::{ProposalId, ProposalInput, Status};
use super::super::rules::{self, Step};
use super::super::store::{self, Actor};
use crate::accounts::model::{BuurtId, Role, UserId};
use crate::auth::{Acting, SessionUser};
use crate::db::Tx;
use crate::error::{AppError, AppResult, LocalMoment, SlowDown};
use sqlx::AnyConnection;

/// A new proposal in a buurt, by someone with `role` there.
#[derive(Clone)]
pub struct NewProposal {
    pub buurt: BuurtId,
    pub role: Role,
    pub input: ProposalInput,
}

/// Stores a proposal, status `ingediend`. The limits on open proposals and on new proposals
/// per 30 days, per resident and per household, are checked inside the write transaction, so
/// many submissions at once never get past them.
pub async fn submit(tx: &mut Tx, actor: &SessionUser, p: NewProposal, now: i64) -> AppResult<ProposalId> {
    let settings = store::settings(&mut **tx, p.buurt).await?;
    let household = store::household_of(&mut **tx, actor.id).await?;
    let (mine, of_household) = store::open_counts(tx, p.buurt, actor.id, household).await?;
    rules::may_propose(&settings, mine, of_household)?;
    let recent = recent(tx, (p.buurt, actor.id), household, now).await?;
    rules::may_propose_again(&settings, &recent, now).map_err(too_many)?;
    let id = store::insert_proposal(tx, p.buurt, actor.id, household, &p.input, now).await?;
    store::insert_event(tx, id, Status::Submitted, "", Actor { user: actor.id, role: p.role.code() }, now).await?;
    Ok(id)
}

/// The author's changes after a request for changes: new text and a short answer.
#[derive(Clone)]
pub struct Resubmission {
    pub id: ProposalId,
    pub role: Role,
    pub input: ProposalInput,
    pub answer: String,
}

/// Sends the changed proposal back to the commissie.
pub async fn resubmit(tx: &mut Tx, actor: &SessionUser, r: Resubmission, now: i64) -> AppResult<()> {
    let row = store::proposal(&mut **tx, r.id).await?;
    let to = rules::after(row.kind()?, row.status()?, Step::Resubmit)?;
    store::update_content(tx, r.id, &r.input, now).await?;
    store::set_status(tx, r.id, to, &r.answer, Actor { user: actor.id, role: r.role.code() }, now).await
}

/// The author withdraws an open proposal (someone with `role` in its buurt).
pub async fn withdraw(tx: &mut Tx, actor: &SessionUser, (id, role): (ProposalId, Role), now: i64) -> AppResult<()> {
    let row = store::proposal(&mut **tx, id).await?;
    let to = rules::after(row.kind()?, row.status()?, Step::Withdraw)?;
    store::set_status(tx, id, to, "", Actor { user: actor.id, role: role.code() }, now).await
}

/// When the resident and their household made proposals in the last 30 days.
pub(super) async fn recent(conn: &mut AnyConnection, who: (BuurtId, UserId), household: Option<i64>, now: i64) -> AppResult<rules::Recent> {
    let (mine, household) = store::made_since(conn, who, household, now - rules::WINDOW_SECONDS).await?;
    Ok(rules::Recent { mine, household })
}

/// The refusal of a limit over time, with the moment the next proposal is possible.
fn too_many(refusal: rules::TooMany) -> AppError {
    AppError::Slow(match refusal {
        rules::TooMany::Resident { max, next } => SlowDown::ProposalsPerResident { max, at: LocalMoment::at(next) },
        rules::TooMany::Household { max, next } => SlowDown::ProposalsPerHousehold { max, at: LocalMoment::at(next) },
    })
}

/// Proposes for the resident, within the resident's and their household's limits as if they
/// proposed themself; when a staff member helped, the help is recorded and the resident told.
pub async fn submit_for(tx: &mut Tx, acting: &Acting, p: NewProposal, now: i64) -> AppResult<ProposalId> {
    let title = p.input.title.clone();
    let id = submit(tx, &acting.resident, p, now).await?;
    let link = super::super::present::proposal_link(id);
    crate::on_behalf::service::record(tx, acting, crate::on_behalf::model::Act::Proposal, &title, &link, now).await?;
    Ok(id)
}
