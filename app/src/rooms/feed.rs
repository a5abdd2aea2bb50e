//! The calendar feed of a room (iCalendar): what holds the room, for the last month and the
//! coming year. The feed is public, like the week view on the door: what a private
//! reservation is for is never in it.

use super::model::RoomId;
use super::store;
use crate::db::Db;
use crate::error::AppResult;
use icalendar::{Calendar, Component, EventLike, EventStatus, Property};

const KEEP_PAST: i64 = 31 * 24 * 3600;
const AHEAD: i64 = 366 * 24 * 3600;

fn utc(unix: i64) -> String {
    jiff::Timestamp::from_second(unix).map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

/// What a feed may say a reservation is for: only "Besloten" for a private one.
pub fn public_summary(private: bool, purpose: &str) -> String {
    if private { "Besloten".to_string() } else { purpose.to_string() }
}

/// The feed of a room at `now`, or None when there is no such room.
pub async fn room_feed(db: &Db, room: RoomId, base: &str, now: i64) -> AppResult<Option<String>> {
    let Some(row) = store::room(db, room).await? else { return Ok(None) };
    let rows = store::feed_rows(db, room, now - KEEP_PAST, now + AHEAD).await?;
    let host = base.split("://").nth(1).unwrap_or("buurtplein").split('/').next().unwrap_or("buurtplein");
    let mut calendar = Calendar::new();
    calendar.name(&format!("Buurtplein {}", row.name)).timezone(crate::time::ZONE_NAME);
    calendar.append_property(Property::new("REFRESH-INTERVAL", "PT1H").add_parameter("VALUE", "DURATION").done());
    let link = format!("{base}/ontmoetingsruimte/{}", room.0);
    for r in rows {
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("reservering-{}@{host}", r.id))
            .summary(&public_summary(r.private != 0, &r.purpose))
            .append_property(Property::new("DTSTART", utc(r.starts_at)))
            .append_property(Property::new("DTEND", utc(r.ends_at)))
            .location(&row.name)
            .url(&link)
            .status(EventStatus::Confirmed);
        calendar.push(event.done());
    }
    Ok(Some(calendar.done().to_string()))
}
