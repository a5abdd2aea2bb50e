//! The fair-voice figures as CSV, for the pilot's report to funders.

use super::model::{Dashboard, Kind};

/// The figures as CSV (comma-separated, one figure per line) for the report to funders.
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
            for (kind, n) in Kind::GROUPED.iter().zip(&g.participants) {
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
