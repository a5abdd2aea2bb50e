//! The parsed values of the voting forms: a new round's details, a ballot, and amounts in
//! euros as people type and read them.

use super::model::RoundRules;
use crate::accounts::model::AgeBand;
use crate::error::{AppResult, InField, Problem};
#[cfg(test)]
use crate::error::AppError;
use crate::text::parse_text;
use std::collections::HashMap;

/// The checked fields of the new-round form (times are checked apart).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundDetails {
    pub title: String,
    pub description: String,
    pub rules: RoundRules,
    /// Proposal ids with their estimated cost (cents), in the order chosen.
    pub options: Vec<(i64, Option<i64>)>,
}

/// The fields of the new-round form as typed: `chosen` holds `opties[<id>]` (ticked
/// initiatives), `costs` holds `kosten[<id>]` (estimated cost in euros).
#[derive(Clone, Copy, Debug)]
pub struct RoundFields<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub vote_budget: &'a str,
    pub max_per_option: &'a str,
    pub min_age: &'a str,
    pub money: &'a str,
    pub winners: &'a str,
    pub chosen: &'a HashMap<String, String>,
    pub costs: &'a HashMap<String, String>,
}

impl RoundDetails {
    pub fn parse(fields: RoundFields<'_>) -> AppResult<RoundDetails> {
        let RoundFields { title, description, vote_budget, max_per_option, min_age, money, winners, chosen, costs } = fields;
        let title = parse_text(title, 2, 80, false).field("title")?;
        let description = parse_text(description, 0, 1000, true).field("description")?;
        let number = |s: &str, max: i64| match s.trim().parse::<i64>() {
            Ok(n) if (1..=max).contains(&n) => Ok(n),
            _ => Err(Problem::VoteRulesInvalid),
        };
        let vote_budget = number(vote_budget, 50).field("vote_budget")?;
        let max_per_option = number(max_per_option, 50).field("max_per_option")?;
        if max_per_option > vote_budget {
            return Err(Problem::VoteRulesInvalid).field("max_per_option");
        }
        let min_age = AgeBand::parse_optional(min_age).field("min_age")?;
        let money_cents = if money.trim().is_empty() { None } else { Some(parse_euros(money).field("money")?).filter(|c| *c > 0) };
        if !money.trim().is_empty() && money_cents.is_none() {
            return Err(Problem::CostInvalid).field("money");
        }
        let winners = if winners.trim().is_empty() { 1 } else { number(winners, 50).field("winners")? };
        let mut options = Vec::new();
        let mut ids: Vec<i64> = chosen
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, _)| k.trim().parse::<i64>().map_err(|_| Problem::Unknown))
            .collect::<Result<_, _>>()?;
        ids.sort_unstable();
        for id in ids {
            let cost = match costs.get(&id.to_string()).map(|c| c.trim()).filter(|c| !c.is_empty()) {
                Some(c) => Some(parse_euros(c).field(&format!("kosten[{id}]"))?),
                None if money_cents.is_some() => return Err(Problem::CostInvalid).field(&format!("kosten[{id}]")),
                None => None,
            };
            options.push((id, cost));
        }
        if options.len() < 2 {
            return Err(Problem::BallotTooFew.into());
        }
        Ok(RoundDetails { title, description, rules: RoundRules { vote_budget, max_per_option, min_age, money_cents, winners }, options })
    }
}

/// An amount in euros as people type it: `2500`, `2.500`, `1250,50`, `€ 99`; as cents,
/// at most a million euros.
pub fn parse_euros(input: &str) -> Result<i64, Problem> {
    let s: String = input.trim().trim_start_matches('€').chars().filter(|c| !c.is_whitespace()).collect();
    let (whole, cents) = match s.split_once(',') {
        Some((w, c)) => (w.replace('.', ""), c.to_string()),
        None => match s.rsplit_once('.') {
            // "2.500": a thousands dot; "12.5" or "12.50": decimals
            Some((w, c)) if c.len() == 3 => (format!("{}{c}", w.replace('.', "")), String::new()),
            Some((w, c)) => (w.to_string(), c.to_string()),
            None => (s.clone(), String::new()),
        },
    };
    if whole.is_empty() || !whole.chars().all(|c| c.is_ascii_digit()) || cents.len() > 2 || !cents.chars().all(|c| c.is_ascii_digit()) {
        return Err(Problem::CostInvalid);
    }
    let whole: i64 = whole.parse().map_err(|_| Problem::CostInvalid)?;
    let cents: i64 = if cents.is_empty() { 0 } else { format!("{cents:0<2}").parse().map_err(|_| Problem::CostInvalid)? };
    if whole > 1_000_000 {
        return Err(Problem::CostInvalid);
    }
    Ok(whole * 100 + cents)
}

/// Cents as Dutch people write money: `€ 2.500`, `€ 1.250,50`.
pub fn euros_label(cents: i64) -> String {
    let whole = cents / 100;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    match cents % 100 {
        0 => format!("€ {grouped}"),
        rest => format!("€ {grouped},{rest:02}"),
    }
}

/// A ballot as the form sends it: `stemmen[<initiative>] = <number>`, empty meaning 0.
pub fn parse_ballot(input: &HashMap<String, String>) -> Result<Vec<(i64, i64)>, Problem> {
    let mut out = Vec::new();
    for (key, value) in input {
        let id = key.trim().parse::<i64>().map_err(|_| Problem::Unknown)?;
        let value = value.trim();
        let votes = if value.is_empty() { 0 } else { value.parse::<i64>().map_err(|_| Problem::VoteNumberInvalid)? };
        if !(0..=50).contains(&votes) {
            return Err(Problem::VoteNumberInvalid);
        }
        out.push((id, votes));
    }
    out.sort_unstable();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn euros() {
        assert_eq!(parse_euros("2500"), Ok(250_000));
        assert_eq!(parse_euros("2.500"), Ok(250_000));
        assert_eq!(parse_euros("€ 1.250,50"), Ok(125_050));
        assert_eq!(parse_euros("12.5"), Ok(1250));
        assert_eq!(parse_euros("0"), Ok(0));
        for bad in ["", "veel", "-5", "1,234", "2000000", "1e5"] {
            assert_eq!(parse_euros(bad), Err(Problem::CostInvalid), "{bad}");
        }
        assert_eq!(euros_label(250_000), "€ 2.500");
        assert_eq!(euros_label(125_050), "€ 1.250,50");
        assert_eq!(euros_label(99), "€ 0,99");
        assert_eq!(euros_label(123_456_700), "€ 1.234.567");
    }

    #[test]
    fn ballots() {
        assert_eq!(parse_ballot(&map(&[("7", "2"), ("3", ""), ("5", " 1 ")])), Ok(vec![(3, 0), (5, 1), (7, 2)]));
        assert_eq!(parse_ballot(&map(&[("x", "2")])), Err(Problem::Unknown));
        assert_eq!(parse_ballot(&map(&[("1", "-1")])), Err(Problem::VoteNumberInvalid));
        assert_eq!(parse_ballot(&map(&[("1", "twee")])), Err(Problem::VoteNumberInvalid));
    }

    #[test]
    fn new_round_form() {
        let chosen = map(&[("4", "on"), ("2", "on")]);
        let costs = map(&[("4", "800"), ("2", "1.500")]);
        let none = map(&[]);
        let base = RoundFields {
            title: "Kiezen",
            description: "",
            vote_budget: "3",
            max_per_option: "1",
            min_age: "",
            money: "",
            winners: "",
            chosen: &chosen,
            costs: &costs,
        };
        let ok = RoundDetails::parse(RoundFields { title: "Buurtbudget", vote_budget: "5", max_per_option: "2", money: "2.500", ..base }).unwrap();
        assert_eq!(ok.options, vec![(2, Some(150_000)), (4, Some(80_000))]);
        assert_eq!(ok.rules.money_cents, Some(250_000));
        assert_eq!(ok.rules.winners, 1);
        let no_money = RoundDetails::parse(RoundFields { max_per_option: "3", min_age: "18-34", winners: "2", costs: &none, ..base }).unwrap();
        assert_eq!((no_money.rules.min_age, no_money.rules.winners), (Some(AgeBand::From18To34), 2));
        assert_eq!(no_money.options, vec![(2, None), (4, None)]);
        let wrong = |p: Problem, field: &str| Err(AppError::InvalidField(p, field.into()));
        assert_eq!(RoundDetails::parse(RoundFields { max_per_option: "4", ..base }), wrong(Problem::VoteRulesInvalid, "max_per_option"));
        assert_eq!(RoundDetails::parse(RoundFields { vote_budget: "0", ..base }), wrong(Problem::VoteRulesInvalid, "vote_budget"));
        let cheap = map(&[("4", "8")]);
        assert_eq!(RoundDetails::parse(RoundFields { money: "2500", costs: &cheap, ..base }), wrong(Problem::CostInvalid, "kosten[2]"));
        let one = map(&[("4", "on")]);
        assert_eq!(RoundDetails::parse(RoundFields { chosen: &one, ..base }), Err(AppError::Invalid(Problem::BallotTooFew)));
        assert_eq!(RoundDetails::parse(RoundFields { title: "", ..base }), wrong(Problem::TextEmpty, "title"));
    }
}
