//! Staff reserve a room: every week until a date (koffieochtend, spreekuur; closed days are
//! skipped and listed, a time that is taken refuses the whole series), or once to block time
//! in which the room cannot be used (schoonmaak, onderhoud).

use super::checks;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::rooms::model::{RecurringResult, ReservationKind, ReservationStatus, RoomId};
use crate::rooms::rules::{self, Wanted};
use crate::rooms::store::{self, NewReservation};
use crate::time::{date_label, local_date};

/// Parsed times a staff member reserves a room for.
#[derive(Clone)]
pub struct StaffBooking {
    pub room: RoomId,
    pub purpose: String,
    /// One time for a block; every time of the series for a recurring booking.
    pub times: Vec<Wanted>,
    /// The last date of a recurring booking (`YYYY-MM-DD`).
    pub until: String,
    /// The language of refusals and skipped days.
    pub lang: Lang,
}

/// A confirmed staff reservation of `kind` at `w`.
fn staff_reservation<'a>(actor: &SessionUser, input: &'a StaffBooking, w: &Wanted, kind: ReservationKind) -> NewReservation<'a> {
    NewReservation {
        room: input.room,
        household: None,
        user: actor.id,
        purpose: &input.purpose,
        private: false,
        people: 0,
        starts_at: w.start,
        ends_at: w.end,
        status: ReservationStatus::Confirmed,
        kind,
        activity: None,
        series: None,
    }
}

pub async fn book_recurring(tx: &mut Tx, actor: &SessionUser, input: StaffBooking, now: i64) -> AppResult<RecurringResult> {
    for w in &input.times {
        rules::check_basic(w, now)?;
    }
    let series = store::insert_series(tx, input.room, input.until.trim(), now).await?;
    let mut result = RecurringResult { created: 0, skipped: Vec::new() };
    for w in &input.times {
        let day = local_date(w.start);
        if store::closed_day(&mut **tx, input.room, &day.to_string()).await?.is_some() {
            result.skipped.push(date_label(day, input.lang));
            continue;
        }
        checks::free(tx, input.room, w, None, input.lang).await?;
        let reservation = NewReservation { series: Some(series), ..staff_reservation(actor, &input, w, ReservationKind::Recurring) };
        store::insert_reservation(tx, reservation, now).await?;
        result.created += 1;
    }
    Ok(result)
}

pub async fn block(tx: &mut Tx, actor: &SessionUser, input: StaffBooking, now: i64) -> AppResult<()> {
    for w in &input.times {
        rules::check_basic(w, now)?;
        checks::free(tx, input.room, w, None, input.lang).await?;
        store::insert_reservation(tx, staff_reservation(actor, &input, w, ReservationKind::Block), now).await?;
    }
    Ok(())
}
