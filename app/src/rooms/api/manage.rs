//! Staff set up a room: its settings and opening hours, closed days, recurring reservations
//! and blocked time.

use crate::error::AppError;
use crate::rooms::model::RecurringResult;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    crate::in_write,
    super::managed_room,
    crate::accounts::model::BuurtId,
    crate::auth::{can_manage_rooms, require_user},
    crate::db::now,
    crate::i18n::request_lang,
    crate::rooms::model::{RoomForm, RoomId},
    crate::rooms::rules::Settings,
    crate::rooms::time::{parse_wanted, wanted},
    crate::rooms::use_cases::{self, ClosedDay, RoomSettings, StaffBooking},
    crate::state::app_state,
    crate::text::parse_text,
    crate::time::{occurrences, parse_date},
};

/// Staff create a room (`room` 0) or change its settings and opening hours. The form posts
/// one field per setting and `opens_1`/`closes_1` … `opens_7`/`closes_7` per weekday.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "ruimte-instellingen")]
pub async fn save_room(
    buurt: i64,
    room: i64,
    name: String,
    description: String,
    capacity: String,
    accessibility: String,
    slot_minutes: String,
    min_hours: String,
    max_hours: String,
    ahead_days: String,
    lead_hours: String,
    approval_over_hours: String,
    approval_after: String,
    approval_private: Option<String>,
    quota_hours: String,
    quota_future: String,
    opens_1: String,
    closes_1: String,
    opens_2: String,
    closes_2: String,
    opens_3: String,
    closes_3: String,
    opens_4: String,
    closes_4: String,
    opens_5: String,
    closes_5: String,
    opens_6: String,
    closes_6: String,
    opens_7: String,
    closes_7: String,
) -> Result<(), AppError> {
    let user = require_user().await?;
    let (buurt, room) = match room {
        0 => (BuurtId(buurt), None),
        id => managed_room(&user, id).await.map(|row| (BuurtId(row.buurt_id), Some(RoomId(row.id))))?,
    };
    can_manage_rooms(&user, buurt)?;
    let approval_private = approval_private.is_some_and(|v| !v.is_empty());
    let hours = [opens_1, closes_1, opens_2, closes_2, opens_3, closes_3, opens_4, closes_4, opens_5, closes_5, opens_6, closes_6, opens_7, closes_7];
    let hours = hours.chunks(2).map(|day| (day[0].clone(), day[1].clone())).collect();
    let form = RoomForm {
        name, description, capacity, accessibility, slot_minutes, min_hours, max_hours, ahead_days, lead_hours,
        approval_over_hours, approval_after, approval_private, quota_hours, quota_future, hours,
    };
    let input = RoomSettings { buurt, room, settings: Settings::parse(&form)? };
    let state = app_state()?;
    let id = in_write!(&state.db, |tx| use_cases::save_settings(tx, &user, input.clone(), now()))?;
    leptos_axum::redirect(&format!("/ontmoetingsruimte/{}/beheer", id.0));
    Ok(())
}

/// Staff close a room on a date (holiday, maintenance). Residents' reservations that day
/// are cancelled and their makers told.
#[server(prefix = "/api", endpoint = "ruimte-gesloten-dag")]
pub async fn add_closed_day(room: i64, date: String, reason: String) -> Result<usize, AppError> {
    let user = require_user().await?;
    let row = managed_room(&user, room).await?;
    let day = parse_date(&date)?;
    let input = ClosedDay { room: RoomId(row.id), day, reason: parse_text(&reason, 3, 120, false)? };
    let state = app_state()?;
    let affected = in_write!(&state.db, |tx| use_cases::close_day(tx, &user, input.clone(), now()))?;
    Ok(affected)
}

/// Staff reserve the room every week until a date (koffieochtend, spreekuur). Closed days
/// are skipped (and listed); a time that is taken refuses the whole series.
#[allow(clippy::too_many_arguments)]
#[server(prefix = "/api", endpoint = "ruimte-terugkerend")]
pub async fn book_recurring(room: i64, purpose: String, date: String, from: String, to: String, until: String) -> Result<RecurringResult, AppError> {
    let user = require_user().await?;
    let row = managed_room(&user, room).await?;
    let purpose = parse_text(&purpose, 3, 80, false)?;
    let times = occurrences(&date, &from, &to, 1, &until)?.into_iter().map(|(s, e)| wanted(s, e)).collect();
    let input = StaffBooking { room: RoomId(row.id), purpose, times, until, lang: request_lang() };
    let state = app_state()?;
    let result = in_write!(&state.db, |tx| use_cases::book_recurring(tx, &user, input.clone(), now()))?;
    Ok(result)
}

/// Staff block time in which the room cannot be used (schoonmaak, onderhoud).
#[server(prefix = "/api", endpoint = "ruimte-blokkeren")]
pub async fn block_time(room: i64, date: String, from: String, to: String, purpose: String) -> Result<(), AppError> {
    let user = require_user().await?;
    let row = managed_room(&user, room).await?;
    let purpose = parse_text(&purpose, 3, 80, false)?;
    let times = vec![parse_wanted(&date, &from, &to)?];
    let input = StaffBooking { room: RoomId(row.id), purpose, times, until: String::new(), lang: request_lang() };
    let state = app_state()?;
    in_write!(&state.db, |tx| use_cases::block(tx, &user, input.clone(), now()))
}
