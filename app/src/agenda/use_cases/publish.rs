//! Staff publish an activity for their buurt: once, or every week or every two weeks until
//! a date (each time its own activity, so sign-ups and cancellations are per time). An
//! activity in a room holds it.

use crate::accounts::model::BuurtId;
use crate::agenda::model::{ActivityForm, ActivityId, Repeat};
use crate::agenda::rules::TimeSlot;
use crate::agenda::store::{self, ActivityFields, NewActivity};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppError, AppResult};
use crate::rooms::service::{self as rooms, Hold};
use crate::time::occurrences;

/// The publish form: the buurt, the activity and how often it repeats until when.
pub struct PublishInput {
    pub buurt: BuurtId,
    pub form: ActivityForm,
    pub repeat: String,
    pub until: String,
}

/// Returns the first time published.
pub async fn publish(tx: &mut Tx, actor: &SessionUser, input: PublishInput, now: i64) -> AppResult<Option<ActivityId>> {
    let PublishInput { buurt, form, repeat, until } = input;
    let room = rooms::parse_room_field(form.room.as_deref())?.flatten();
    let room_name = match room {
        Some(id) => Some(rooms::room_name_in(&mut **tx, id, buurt).await?.ok_or(AppError::Forbidden)?),
        None => None,
    };
    let details = form.details(room_name.as_deref().filter(|_| form.place.trim().is_empty()))?;
    let repeat = Repeat::parse(&repeat)?;
    let slots = occurrences(&form.date, &form.start_time, &form.end_time, repeat.weeks(), &until)?
        .into_iter()
        .map(|(start, end)| TimeSlot::new(start, end, now))
        .collect::<Result<Vec<_>, _>>()?;
    let series = match repeat {
        Repeat::Once => None,
        _ => Some(store::insert_series(tx, buurt, repeat.weeks(), until.trim(), now).await?),
    };
    let mut first = None;
    for slot in slots {
        let activity = NewActivity { buurt, organiser: actor.id, series, what: ActivityFields::of(&details, slot) };
        let id = store::insert_activity(tx, activity, now).await?;
        if let Some(room) = room {
            let hold = Hold { buurt, room, activity: id.0, title: &details.title, start: slot.start, end: slot.end, organiser: actor.id };
            rooms::hold_for_activity(tx, hold, now).await?;
            store::set_room(tx, id, Some(room)).await?;
        }
        first.get_or_insert(id);
    }
    Ok(first)
}
