//! Presenters of the agenda: stored activities to the views the pages show, with days and
//! times in words (Europe/Amsterdam) so server and browser render the same text.

use super::model::{ActivityId, ActivityView, ArchivedActivity, Audience, Category, Participant, SignupStatus};
use super::rules;
use super::store::ActivityRow;
use crate::accounts::model::shown_name;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::time::{day_label, local_parts, time_range, when_group};

fn bad(what: &str) -> AppError {
    AppError::internal(format!("stored {what} is not valid"))
}

/// An activity as lists and the detail page show it, with where the visitor stands.
pub fn activity(row: ActivityRow, lang: Lang, now: i64, my_status: Option<SignupStatus>) -> Result<ActivityView, AppError> {
    let (date, start_time) = local_parts(row.starts_at);
    let (_, end_time) = local_parts(row.ends_at);
    Ok(ActivityView {
        date,
        start_time,
        end_time,
        closes_min: row.signup_closes_min,
        in_series: row.series_id.is_some(),
        past: row.ends_at <= now,
        overlaps: Vec::new(),
        room: row.room_id,
        id: ActivityId(row.id),
        day: day_label(row.starts_at, lang),
        time: time_range(row.starts_at, row.ends_at),
        when_group: when_group(row.starts_at, now),
        signup_open: rules::signup_open(now, row.starts_at, row.signup_closes_min, row.cancelled_at.is_some()),
        audience: Audience::parse(&row.audience).map_err(|_| bad("audience"))?,
        category: Category::parse(&row.category).map_err(|_| bad("category"))?,
        organiser: shown_name(row.organiser.as_deref(), lang),
        cancelled: row.cancelled_at.map(|_| row.cancel_reason),
        title: row.title,
        description: row.description,
        place: row.place,
        capacity: row.capacity,
        signed_up: row.signed_up,
        waiting: row.waiting,
        costs: row.costs,
        my_status,
        can_manage: false,
    })
}

/// A past activity in the archive.
pub fn archived(row: ActivityRow, lang: Lang) -> Result<ArchivedActivity, AppError> {
    Ok(ArchivedActivity {
        id: ActivityId(row.id),
        day: day_label(row.starts_at, lang),
        time: time_range(row.starts_at, row.ends_at),
        category: Category::parse(&row.category).map_err(|_| bad("category"))?,
        participants: row.signed_up,
        cancelled: row.cancelled_at.is_some(),
        title: row.title,
    })
}

/// A participant as staff see them: (stored name, waiting, household label).
pub fn participant((name, waiting, household): (Option<String>, bool, Option<String>), lang: Lang) -> Participant {
    Participant { name: shown_name(name.as_deref(), lang), waiting, household }
}
