//! The commissie accepts an activity proposal and puts it in the agenda in one step, with the
//! proposer as organiser: the proposal is then `gepland` and points at the activity.

use super::super::model::{Action, Kind, ProposalId, Status};
use super::super::rules::{self, Step};
use super::super::store::{self, Actor};
use super::decide::{Decider, log_decision, record};
use crate::accounts::model::{BuurtId, Role, UserId};
use crate::agenda::model::Details;
use crate::agenda::rules::TimeSlot;
use crate::agenda::service::{ActivityFields, NewActivity, insert_activity_at};
use crate::notifications::model::Notice;
use crate::time::{day_label, time_range};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::i18n::Lang;

/// The checked agenda form for an accepted activity proposal.
#[derive(Clone)]
pub struct Planning {
    pub id: ProposalId,
    pub details: Details,
    pub slot: TimeSlot,
    pub reason: String,
}

/// Accepts the activity proposal and plans it in the agenda.
pub async fn accept_activity(tx: &mut Tx, actor: &SessionUser, (role, p): (Role, Planning), now: i64) -> AppResult<()> {
    let row = store::proposal(&mut **tx, p.id).await?;
    if row.kind()? != Kind::Activity {
        return Err(Problem::ProposalWrongStatus.into());
    }
    let to = rules::after(Kind::Activity, row.status()?, Step::Accept)?;
    let (details, slot) = (&p.details, p.slot);
    let new = NewActivity { buurt: BuurtId(row.buurt_id), organiser: row.author_id.map_or(actor.id, UserId), series: None, what: ActivityFields::of(details, slot) };
    let activity = insert_activity_at(tx, new, now).await?;
    let by = Decider { user: actor, role, now };
    store::insert_event(tx, p.id, Status::Accepted, &p.reason, Actor { user: actor.id, role: role.code() }, now).await?;
    log_decision(tx, &row, by, Action::Accept, &p.reason).await?;
    store::set_activity(tx, p.id, activity.0).await?;
    let when = format!("{} {}", day_label(slot.start, Lang::Nl), time_range(slot.start, slot.end));
    let notice = Notice::ProposalPlanned { title: row.title.clone(), reason: when.clone(), at: Some((slot.start, slot.end)) };
    record(tx, &row, by, (to, &when), Some(Action::Plan), notice).await
}
