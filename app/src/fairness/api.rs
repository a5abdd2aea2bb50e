//! The fair-voice dashboard for the commissie and the sociaal werker, and its CSV for the
//! pilot's report to funders. Each checks role and buurt itself; figures are counts only.

use super::model::Dashboard;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use {
    super::model::{Kind, VolunteerGroupRow},
    super::{rules, store},
    crate::accounts::model::AgeBand,
    crate::auth::{SessionUser, require_user},
    crate::error::Problem,
    crate::state::app_state,
};

/// Who sees the figures: the commissie and staff of the buurt.
#[cfg(feature = "ssr")]

/// The period of the dashboard: `van` and `tot` as local dates (`tot` included); empty means
/// this month so far. At most two years. Returns UTC seconds `[from, to)` and the dates.
#[cfg(feature = "ssr")]
pub fn period(van: &str, tot: &str, now: i64) -> Result<(i64, i64, String, String), Problem> {
    use jiff::civil::Date;
    let tz = jiff::tz::TimeZone::get("Europe/Amsterdam").map_err(|_| Problem::DateInvalid)?;
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
#[cfg(feature = "ssr")]
pub async fn dashboard_for(db: &crate::db::Db, user: &SessionUser, van: &str, tot: &str) -> Result<Dashboard, AppError> {
    let membership = user.buurt()?;
    let buurt = membership.buurt_id;
    crate::auth::can_view_fairness(user, buurt)?;
    let (from, to, from_label, to_label) = period(van, tot, crate::db::now())?;
    let residents = store::residents(db, buurt).await?;
    let mut amounts = Vec::new();
    for kind in Kind::ALL {
        amounts.push(store::amounts(db, buurt, kind, from, to).await?);
    }
    let kinds: Vec<_> = Kind::ALL.iter().zip(&amounts).map(|(k, a)| rules::kind_figures(*k, &residents, a)).collect();
    let signals = kinds.iter().filter_map(rules::signal).collect();
    let age_order: Vec<String> = AgeBand::ALL.iter().map(|b| b.key().to_string()).collect();
    let by_age = rules::by_group(&residents, &amounts, |r| r.age_key.to_string(), &age_order);
    let by_building = rules::by_group(&residents, &amounts, |r| r.building.clone(), &[]);
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
    })
}

/// The dashboard of the caller's buurt for a period (`van`, `tot`: local dates, may be empty).
#[server(prefix = "/api", endpoint = "inbreng")]
pub async fn get_dashboard(van: String, tot: String) -> Result<Dashboard, AppError> {
    let user = require_user().await?;
    let state = app_state()?;
    dashboard_for(&state.db, &user, &van, &tot).await
}

/// The figures as CSV (comma-separated, one figure per line) for the report to funders.
#[cfg(feature = "ssr")]
pub fn to_csv(d: &Dashboard, lang: crate::i18n::Lang) -> String {
    use crate::i18n::tr;
    let mut out = String::from("onderdeel,soort,groep,waarde\r\n");
    let mut line = |part: &str, kind: &str, group: &str, value: String| {
        let quote = |s: &str| {
            // Quote every text field; a leading = + - @ would be read as a formula.
            let s = if s.starts_with(['=', '+', '-', '@']) { format!("'{s}") } else { s.to_string() };
            format!("\"{}\"", s.replace('"', "\"\""))
        };
        out.push_str(&format!("{},{},{},{}\r\n", quote(part), quote(kind), quote(group), value));
    };
    line("periode", "", "van", d.from.clone());
    line("periode", "", "tot en met", d.to.clone());
    line("buurt", "", &d.buurt_name, String::new());
    line("bewoners", "", "", d.residents.to_string());
    line("huishoudens", "", "", d.households.to_string());
    line("deden mee", "", "", d.took_part.to_string());
    line("nog niet meegedaan", "", "", (d.residents - d.took_part).to_string());
    let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
    for k in &d.kinds {
        let kind = k.kind.code();
        line("deelnemers", kind, "", k.participants.to_string());
        line(if k.kind.in_minutes() { "totaal_minuten" } else { "totaal" }, kind, "", k.total.to_string());
        line("aandeel_top_10_procent_bewoners", kind, "", opt(k.top10_share));
        line("aandeel_top_5_huishoudens", kind, "", opt(k.top5_households_share));
        line("gini_promille", kind, "", opt(k.gini));
    }
    for (part, rows, translate) in [("leeftijd", &d.by_age, true), ("gebouw", &d.by_building, false)] {
        for g in rows.iter() {
            let label = if translate { tr(lang, &g.label) } else { g.label.clone() };
            line(part, "bewoners", &label, g.residents.to_string());
            for (kind, n) in Kind::ALL.iter().zip(&g.participants) {
                line(part, kind.code(), &label, n.to_string());
            }
            line(part, "deden_mee", &label, g.any.to_string());
            line(part, "nog_niet", &label, g.none.to_string());
        }
    }
    for g in &d.groups {
        line("vrijwilligersgroep", "actieve_leden", &g.name, g.active_members.to_string());
        line("vrijwilligersgroep", "helpers", &g.name, g.helpers.to_string());
        line("vrijwilligersgroep", "minuten", &g.name, g.minutes.to_string());
    }
    out
}
