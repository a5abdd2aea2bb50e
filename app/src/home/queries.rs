//! Gathers the home page from the capabilities' service surfaces: a handful of small,
//! indexed reads (one per block line), so the page stays as fast as the rest.

use super::cache::WeekCache;
use super::model::{Home, Mine, Queues};
use super::present;
use crate::accounts::model::BuurtId;
use crate::auth::{SessionUser, can_decide_room_requests, can_moderate};
use crate::db::Db;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::{agenda, comments, groups, neighbourhood, notifications, proposals, rooms, voting};

/// At most this many activities in "Deze week".
pub const WEEK_ITEMS: i64 = 5;
/// The newest proposals named under "new since your last visit".
pub const NEWEST: i64 = 2;

/// The home page at `now`. Signed out: the week of every buurt of the installation (each item
/// names its buurt when there are several). Signed in: the week of the buurt they act in.
pub async fn home(db: &Db, kept: &WeekCache, user: Option<&SessionUser>, lang: Lang, now: i64) -> AppResult<Home> {
    let (_, until) = crate::time::this_week(now);
    let Some(user) = user else {
        let (rows, several) = match kept.get(until) {
            Some(week) => week,
            None => {
                let writes = kept.writes();
                let rows = agenda::service::coming(db, None, (now, until), WEEK_ITEMS).await?;
                let several = neighbourhood::service::buurt_count(db).await? > 1;
                kept.put(writes, until, rows.clone(), several);
                (rows, several)
            }
        };
        return Ok(Home { week: present::week(rows, lang, several, false), mine: None });
    };
    let buurt = user.buurt().ok().map(|m| m.buurt_id);
    let rows = match buurt {
        Some(b) => agenda::service::coming(db, Some(b), (now, until), WEEK_ITEMS).await?,
        None => Vec::new(),
    };
    Ok(Home { week: present::week(rows, lang, false, true), mine: Some(mine(db, user, buurt, (lang, now)).await?) })
}

/// What is there for a signed-in person.
async fn mine(db: &Db, user: &SessionUser, buurt: Option<BuurtId>, (lang, now): (Lang, i64)) -> AppResult<Mine> {
    let unread = notifications::service::unread_count(db, user.id).await?;
    let next_activity = agenda::service::next_signup(db, user.id, now).await?.map(|r| present::activity_line(r, lang));
    let next_reservation = rooms::service::next_reservation(db, user.id, now).await?.map(|r| present::reservation_line(r, lang));
    let next_task = groups::service::next_task(db, user.id, now).await?.map(|t| present::task_line(t, lang));
    let (round, new, queues) = match buurt {
        Some(b) => (
            voting::service::open_round(db, b, user.id, now).await?.map(|r| present::round_line(r, lang)),
            proposals::service::new_since_seen(db, user.id, b, NEWEST).await?,
            queues(db, user, b, now).await?,
        ),
        None => (None, Default::default(), None),
    };
    Ok(Mine {
        display_name: user.display_name.clone(),
        unread,
        next_activity,
        next_reservation,
        next_task,
        round,
        new_proposals: new.count,
        newest: new.newest.into_iter().map(|(id, title)| (id.0, title)).collect(),
        queues,
    })
}

/// The queues the person works on in the buurt, each only when their role may see it.
async fn queues(db: &Db, user: &SessionUser, buurt: BuurtId, now: i64) -> AppResult<Option<Queues>> {
    let moderator = can_moderate(user, buurt).is_ok();
    let to_review = if moderator { Some(proposals::service::to_review(db, buurt).await?) } else { None };
    let reports = if moderator { Some(comments::service::reported_count(db, buurt).await?) } else { None };
    let room_requests = match can_decide_room_requests(user, buurt) {
        Ok(_) => Some(rooms::service::pending_requests(db, buurt, now).await?),
        Err(_) => None,
    };
    let any = to_review.is_some() || reports.is_some() || room_requests.is_some();
    Ok(any.then_some(Queues { to_review, room_requests, reports }))
}
