//! Calendar feeds (iCalendar, RFC 5545): the public agenda of a buurt, and a resident's
//! personal "Mijn agenda" behind a secret, revocable address.
//!
//! Each time of a series is its own event (its own sign-ups, edits and cancellation), with
//! times in UTC: stored in UTC and converted by every calendar app, so summer and winter
//! time are right without a VTIMEZONE block.

use super::store::{self, ActivityRow};
use crate::accounts::model::BuurtId;
use crate::db::Db;
use crate::error::AppResult;
use icalendar::{Calendar, Component, EventLike, EventStatus, Property};

/// Events from this long ago stay in a feed, so a calendar keeps the recent past.
const KEEP_PAST: i64 = 31 * 24 * 3600;

/// A new secret for a personal feed address: 32 random bytes as hex.
pub fn new_secret() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn utc(unix: i64) -> String {
    jiff::Timestamp::from_second(unix).map(|t| t.strftime("%Y%m%dT%H%M%SZ").to_string()).unwrap_or_default()
}

/// The feed of a buurt's activities at `now` (upcoming and the last month), or None for no
/// such buurt. It is public: the agenda of a buurt is its notice board.
pub async fn buurt_feed(db: &Db, buurt: BuurtId, base: &str, now: i64) -> AppResult<Option<String>> {
    let Some(name) = store::buurt_name(db, buurt).await? else { return Ok(None) };
    let rows = store::starting_between(db, buurt, now - KEEP_PAST, now + super::rules::MAX_AHEAD).await?;
    Ok(Some(render(&format!("Buurtplein {name}"), &rows, base)))
}

/// Whether a personal feed address can be a secret at all (64 hex digits); others are
/// refused before the database is asked.
pub fn looks_like_secret(secret: &str) -> bool {
    secret.len() == 64 && secret.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The personal feed at `now` of the resident whose secret this is, or None when the address
/// is unknown or was stopped.
pub async fn personal_feed(db: &Db, secret: &str, base: &str, now: i64) -> AppResult<Option<String>> {
    if !looks_like_secret(secret) {
        return Ok(None);
    }
    let Some(user) = store::feed_owner(db, secret).await? else { return Ok(None) };
    let rows = store::upcoming_for_user(db, user, now - KEEP_PAST).await?;
    Ok(Some(render("Buurtplein: mijn agenda", &rows, base)))
}

fn render(name: &str, rows: &[ActivityRow], base: &str) -> String {
    let mut calendar = Calendar::new();
    calendar.name(name).timezone(crate::time::ZONE_NAME);
    calendar.append_property(Property::new("REFRESH-INTERVAL", "PT1H").add_parameter("VALUE", "DURATION").done());
    calendar.append_property(Property::new("X-PUBLISHED-TTL", "PT1H"));
    let host = base.split("://").nth(1).unwrap_or("buurtplein").split('/').next().unwrap_or("buurtplein");
    for row in rows {
        let link = format!("{base}/agenda/{}", row.id);
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("activiteit-{}@{host}", row.id))
            .summary(&row.title)
            .append_property(Property::new("DTSTART", utc(row.starts_at)))
            .append_property(Property::new("DTEND", utc(row.ends_at)))
            .url(&link)
            .status(if row.cancelled_at.is_some() { EventStatus::Cancelled } else { EventStatus::Confirmed });
        let mut description = row.description.clone();
        if row.cancelled_at.is_some() {
            description = format!("Afgelast: {}\n\n{description}", row.cancel_reason);
        }
        event.description(format!("{description}\n\n{link}").trim());
        if !row.place.is_empty() {
            event.location(&row.place);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_and_random() {
        let a = new_secret();
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a, new_secret());
    }

    #[test]
    fn times_are_utc() {
        assert_eq!(utc(1_795_510_800), "20261124T090000Z");
    }
}
