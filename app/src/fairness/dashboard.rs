//! The fair-voice figures of a buurt in a period, for the commissie and staff of that buurt.

use super::model::{Dashboard, Kind, VolunteerGroupRow};
use super::{rules, store};
use crate::accounts::model::AgeBand;
use crate::auth::{SessionUser, can_view_fairness};
use crate::db::Db;
use crate::error::{AppResult, Problem};

/// The period of the dashboard: `van` and `tot` as local dates (`tot` included); empty means
/// this month so far. At most two years. Returns UTC seconds `[from, to)` and the dates.
pub fn period(van: &str, tot: &str, now: i64) -> Result<(i64, i64, String, String), Problem> {
    use jiff::civil::Date;
    let tz = crate::time::zone();
    let today = jiff::Timestamp::from_second(now).map_err(|_| Problem::DateInvalid)?.to_zoned(tz.clone()).date();
    let parse = |s: &str, default: Date| -> Result<Date, Problem> {
        if s.trim().is_empty() { Ok(default) } else { s.trim().parse::<Date>().map_err(|_| Problem::DateInvalid) }
    };
    let first = parse(van, today.first_of_month())?;
    let last = parse(tot, today)?;
    if last < first {
        return Err(Problem::EndBeforeStart);
    }
    if first.checked_add(jiff::Span::new().years(2)).map_err(|_| Problem::DateInvalid)? < last {
        return Err(Problem::TooLong);
    }
    let start = |d: Date| d.to_zoned(tz.clone()).map(|z| z.timestamp().as_second()).map_err(|_| Problem::DateInvalid);
    let after = last.checked_add(jiff::Span::new().days(1)).map_err(|_| Problem::DateInvalid)?;
    Ok((start(first)?, start(after)?, first.to_string(), last.to_string()))
}

/// The figures of the caller's buurt in a period, after checking that they may see them.
pub async fn dashboard_for(db: &Db, user: &SessionUser, (van, tot): (&str, &str), now: i64) -> AppResult<Dashboard> {
    let membership = user.buurt()?;
    let buurt = membership.buurt_id;
    can_view_fairness(user, buurt)?;
    let (from, to, from_label, to_label) = period(van, tot, now)?;
    let residents = store::residents(db, buurt).await?;
    let mut amounts = Vec::new();
    for kind in Kind::ALL {
        amounts.push(store::amounts(db, buurt, kind, from, to).await?);
    }
    let kinds: Vec<_> = Kind::ALL.iter().zip(&amounts).map(|(k, a)| rules::kind_figures(*k, &residents, a)).collect();
    let settings = crate::proposals::service::settings(db, buurt).await?;
    let t = rules::Thresholds { top5_percent: settings.signal_top5_percent, median_ratio: settings.signal_median_ratio };
    let signals = Kind::ALL.iter().zip(&amounts).filter_map(|(k, a)| rules::signal(*k, &residents, a, t)).collect();
    let (supports, reports) = (store::supports(db, buurt, from, to).await?, store::reports(db, buurt, from, to).await?);
    let together = rules::together_signals(&residents, &supports, &reports);
    // Per age band and building: the ways of taking part of [`Kind::GROUPED`].
    let grouped: Vec<_> = Kind::ALL.iter().zip(&amounts).filter(|(k, _)| Kind::GROUPED.contains(k)).map(|(_, a)| a.clone()).collect();
    let age_order: Vec<String> = AgeBand::ALL.iter().map(|b| b.key().to_string()).collect();
    let by_age = rules::by_group(&residents, &grouped, |r| r.age_key.to_string(), &age_order);
    let by_building = rules::by_group(&residents, &grouped, |r| r.building.clone(), &[]);
    let took_part = by_age.iter().map(|g| g.any).sum();
    let groups = crate::groups::service::figures(db, buurt, from, to)
        .await?
        .into_iter()
        .map(|g| VolunteerGroupRow { name: g.name, active_members: g.active_members, helpers: g.helpers, minutes: g.minutes })
        .collect();
    Ok(Dashboard {
        buurt_id: buurt.0,
        buurt_name: membership.buurt_name.clone(),
        from: from_label,
        to: to_label,
        residents: residents.len() as i64,
        households: store::households(db, buurt).await?,
        took_part,
        kinds,
        by_age,
        by_building,
        groups,
        signals,
        together,
    })
}

