//! Staff change an activity: only this time, or this and every later time of its series
//! (each later time keeps its own date and takes the new clock times and details).
//! Capacity cannot drop below the people who already have a place; a place that frees goes
//! to the waiting list; participants are told when the time or place changes.

use crate::accounts::model::{BuurtId, UserId};
use crate::agenda::model::{ActivityForm, ActivityId, Details, EditScope};
use crate::agenda::rules::{self, TimeSlot};
use crate::agenda::store::{self, ActivityFields, ActivityRow, EditTarget};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppResult, Problem};
use crate::rooms::model::RoomId;
use crate::rooms::service::{self as rooms, Hold};
use crate::time::{local_parts, parse_local};

/// The edit form of a stored activity.
pub struct EditInput {
    pub activity: ActivityRow,
    pub scope: String,
    pub form: ActivityForm,
}

pub async fn edit(tx: &mut Tx, actor: &SessionUser, input: EditInput, now: i64) -> AppResult<()> {
    let EditInput { activity: row, scope, form } = input;
    if row.cancelled_at.is_some() {
        return Err(Problem::ActivityCancelled.into());
    }
    if row.ends_at <= now {
        return Err(Problem::ActivityOver.into());
    }
    let scope = EditScope::parse(&scope)?;
    let details = form.details(None)?;
    let (start, end) = parse_local(&form.date, &form.start_time, &form.end_time)?;
    let new_room = rooms::parse_room_field(form.room.as_deref())?;
    let targets = match (scope, row.series_id) {
        (EditScope::ThisAndLater, Some(series)) => store::series_from(tx, series, row.starts_at).await?,
        _ => vec![store::edit_target(tx, ActivityId(row.id)).await?],
    };
    for target in targets {
        let (s, e) = if target.id == row.id {
            (start, end)
        } else {
            let (day, _) = local_parts(target.starts_at);
            parse_local(&day, &form.start_time, &form.end_time)?
        };
        let change = TargetChange { row: &row, target, slot: (s, e), new_room, details: &details };
        change_one(tx, actor, change, now).await?;
    }
    Ok(())
}

/// One time of the edit: its new times and room, and the details for all.
struct TargetChange<'a> {
    row: &'a ActivityRow,
    target: EditTarget,
    slot: (i64, i64),
    /// None: keep the room it holds.
    new_room: Option<Option<RoomId>>,
    details: &'a Details,
}

async fn change_one(tx: &mut Tx, actor: &SessionUser, change: TargetChange<'_>, now: i64) -> AppResult<()> {
    let TargetChange { row, target, slot: (s, e), new_room, details } = change;
    let moved = (s, e) != (target.starts_at, target.ends_at);
    let slot = if moved { TimeSlot::new(s, e, now)? } else { TimeSlot { start: s, end: e } };
    if details.capacity.is_some_and(|c| target.signed_up > c) {
        return Err(Problem::CapacityBelowSignedUp.into());
    }
    let target_id = ActivityId(target.id);
    let old_room = store::room_of(&mut **tx, target_id).await?;
    let room = new_room.unwrap_or(old_room);
    if moved || room != old_room {
        rooms::release_for_activity(tx, target.id, now).await?;
        store::set_room(tx, target_id, None).await?;
        if let Some(room) = room {
            let hold = Hold { buurt: BuurtId(row.buurt_id), room, activity: target.id, title: &details.title, start: slot.start, end: slot.end, organiser: actor.id };
            rooms::hold_for_activity(tx, hold, now).await?;
            store::set_room(tx, target_id, Some(room)).await?;
        }
    }
    store::update_activity(tx, target_id, &ActivityFields::of(details, slot), now).await?;
    let promoted = fill_places(tx, target_id, details, target.signed_up, now).await?;
    if moved || details.place != row.place {
        let link = format!("/agenda/{}", target.id);
        for person in store::people_of(tx, target_id).await?.into_iter().filter(|p| !promoted.contains(p)) {
            crate::notifications::service::notify(tx, person, crate::notifications::model::Notice::ActivityChanged { title: details.title.clone() }, &link, now).await?;
        }
    }
    Ok(())
}

/// Gives places that a larger capacity frees to the waiting list, in order; returns who moved up.
async fn fill_places(tx: &mut Tx, activity: ActivityId, details: &Details, mut signed_up: i64, now: i64) -> AppResult<Vec<UserId>> {
    let link = format!("/agenda/{}", activity.0);
    let mut promoted = Vec::new();
    while rules::gets_place(details.capacity, signed_up) {
        let Some(person) = store::promote_first_waiting(tx, activity).await? else { break };
        signed_up += 1;
        promoted.push(person);
        crate::notifications::service::notify(tx, person, crate::notifications::model::Notice::Promoted { title: details.title.clone() }, &link, now).await?;
    }
    Ok(promoted)
}
