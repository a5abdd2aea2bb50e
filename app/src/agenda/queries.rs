//! What the agenda pages read: one page of what is coming, one activity, the participants,
//! Mijn agenda, the archive, the poster and the feed addresses. Reads only; `now` comes from
//! the caller.

use super::model::{ActivityId, ActivityView, Agenda, ArchivedActivity, Audience, Category, FeedLinks, PAGE_SIZE, Participant, Poster};
use super::present;
use super::store::{self, ActivityRow};
use crate::auth::{SessionUser, can_publish_agenda};
use crate::db::Db;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;

/// Which part of the agenda: optionally one category and one audience, and the page.
pub struct AgendaFilter {
    pub category: Option<Category>,
    pub audience: Option<Audience>,
    pub page: u32,
}

/// What is coming in the visitor's chosen buurt, one page at a time.
pub async fn agenda(db: &Db, user: &SessionUser, filter: AgendaFilter, lang: Lang, now: i64) -> AppResult<Agenda> {
    let membership = user.buurt()?;
    let buurt = membership.buurt_id;
    let mine = store::statuses_of_user(db, user.id).await?;
    let (category, audience) = (filter.category.map(Category::code), filter.audience.map(Audience::code));
    let (limit, offset) = (i64::from(PAGE_SIZE) + 1, i64::from(filter.page * PAGE_SIZE));
    let mut rows = store::upcoming(db, buurt, now, store::Upcoming { category, audience, limit, offset }).await?;
    let more = rows.len() > PAGE_SIZE as usize;
    rows.truncate(PAGE_SIZE as usize);
    let activities = rows
        .into_iter()
        .map(|a| {
            let status = mine.get(&a.id).copied();
            present::activity(a, lang, now, status)
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Agenda {
        buurt_id: buurt.0,
        buurt_name: membership.buurt_name.clone(),
        can_publish: can_publish_agenda(user, buurt).is_ok(),
        activities,
        page: filter.page,
        more,
    })
}

/// One activity, with where the visitor stands and what else they do at that time.
pub async fn activity(db: &Db, row: ActivityRow, user: &SessionUser, lang: Lang, now: i64) -> AppResult<ActivityView> {
    let id = ActivityId(row.id);
    let status = store::status_of(db, id, user.id).await?;
    let can_manage = can_publish_agenda(user, crate::accounts::model::BuurtId(row.buurt_id)).is_ok();
    let overlaps = if row.cancelled_at.is_none() && row.ends_at > now {
        store::overlapping_for_user(db, user.id, id, row.starts_at, row.ends_at).await?
    } else {
        Vec::new()
    };
    Ok(ActivityView { can_manage, overlaps, ..present::activity(row, lang, now, status)? })
}

/// Who signed up, in arrival order, with household labels.
pub async fn participants(db: &Db, activity: ActivityId, lang: Lang) -> AppResult<Vec<Participant>> {
    Ok(store::participants(db, activity).await?.into_iter().map(|p| present::participant(p, lang)).collect())
}

/// What the user signed up for (or waits for).
pub async fn my_agenda(db: &Db, user: &SessionUser, lang: Lang, now: i64) -> AppResult<Vec<ActivityView>> {
    let mut out = Vec::new();
    for row in store::upcoming_for_user(db, user.id, now).await? {
        let status = store::status_of(db, ActivityId(row.id), user.id).await?;
        out.push(present::activity(row, lang, now, status)?);
    }
    Ok(out)
}

/// Past activities of the visitor's buurt with the number of participants, newest first.
pub async fn archive(db: &Db, user: &SessionUser, lang: Lang, now: i64) -> AppResult<Vec<ArchivedActivity>> {
    let buurt = user.buurt()?.buurt_id;
    store::ended(db, buurt, now, 500).await?.into_iter().map(|row| present::archived(row, lang)).collect()
}

/// This week's activities of the visitor's buurt and a QR code to the agenda at `base`.
pub async fn poster(db: &Db, user: &SessionUser, base: &str, lang: Lang, now: i64) -> AppResult<Poster> {
    let membership = user.buurt()?;
    let (from, to) = crate::time::this_week(now);
    let activities = store::starting_between(db, membership.buurt_id, from, to)
        .await?
        .into_iter()
        .filter(|a| a.cancelled_at.is_none())
        .map(|a| present::activity(a, lang, now, None))
        .collect::<Result<Vec<_>, _>>()?;
    let agenda_url = format!("{base}/agenda");
    let qr_svg = crate::neighbourhood::qr::svg(&agenda_url).map_err(AppError::internal)?;
    Ok(Poster { buurt_name: membership.buurt_name.clone(), agenda_url, qr_svg, activities })
}

/// The buurt's public feed address and the user's personal one, if they made it.
pub async fn feed_links(db: &Db, user: &SessionUser, base: &str) -> AppResult<FeedLinks> {
    let buurt = user.buurt()?.buurt_id;
    let token = store::feed_token(db, user.id).await?;
    Ok(FeedLinks {
        buurt_feed: format!("{base}/kalender/buurt/{}.ics", buurt.0),
        personal: token.map(|t| format!("{base}/kalender/mijn/{t}.ics")),
    })
}
