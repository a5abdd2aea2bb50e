//! Notices put into words when they are read, in the reader's language: role names, days and
//! times are produced here, never stored. Rows stored before notices were typed (arguments
//! already in words) still show as they were.

use super::model::{Notice, Notification, NotificationId};
use crate::time::{day_label, time_range};
use crate::i18n::{Lang, tr};

/// "maandag 23 november, 10:00 – 12:00" in the reader's language.
fn when(starts_at: i64, ends_at: i64, lang: Lang) -> String {
    format!("{}, {}", day_label(starts_at, lang), time_range(starts_at, ends_at))
}

/// The arguments of a notice's message, in words for a reader of `lang`.
pub fn args(notice: &Notice, lang: Lang) -> Vec<(&'static str, String)> {
    use Notice::*;
    match notice.clone() {
        Welcome { name } => vec![("name", name)],
        RoleChanged { role } => vec![("role", tr(lang, role.key()))],
        Promoted { title } | ActivityChanged { title } | ProposalReview { title } | ProposalAccepted { title } => {
            vec![("title", title)]
        }
        ProposalDone { title } | ProposalUnhidden { title } => vec![("title", title)],
        ActivityCancelled { title, reason }
        | ProposalChanges { title, reason }
        | ProposalDeclined { title, reason }
        | ProposalPlanned { title, reason, at: None }
        | ProposalMerged { title, reason }
        | ProposalHidden { title, reason } => vec![("title", title), ("reason", reason)],
        ProposalPlanned { title, at: Some((start, end)), .. } => vec![("title", title), ("reason", when(start, end, lang))],
        GroupRequest { name, group } | GroupJoined { name, group } => vec![("name", name), ("group", group)],
        GroupAccepted { group } | GroupDeclined { group } | GroupCoordinator { group } => vec![("group", group)],
        GroupLeft { name, group, count } => vec![("name", name), ("group", group), ("count", count.to_string())],
        GroupMessage { group, text } => vec![("group", group), ("text", text)],
        RoomApproved { purpose, starts_at, ends_at } | RoomCancelled { purpose, starts_at, ends_at } => {
            vec![("purpose", purpose), ("when", when(starts_at, ends_at, lang))]
        }
        RoomDeclined { purpose, starts_at, ends_at, reason } => {
            vec![("purpose", purpose), ("when", when(starts_at, ends_at, lang)), ("reason", reason)]
        }
        RoomClosed { purpose, day, reason } => vec![("purpose", purpose), ("when", day_label(day, lang)), ("reason", reason)],
        RecoveryLetter { name, until } => vec![("name", name), ("when", day_label(until, lang))],
        RoundOpened { title, starts_at, ends_at } => {
            vec![("title", title), ("from", day_label(starts_at, lang)), ("until", day_label(ends_at, lang))]
        }
        OnBehalf { name, act, what } => {
            let act = crate::on_behalf::model::Act::parse(&act).map_or(act, |a| tr(lang, a.note_key()));
            vec![("name", name), ("act", act), ("what", what)]
        }
    }
}

/// The message key and worded arguments of a stored row: a typed notice when the row holds
/// one, else the stored words (older rows), with role keys translated.
pub fn words(message_key: &str, stored_args: &str, lang: Lang) -> (String, Vec<(String, String)>) {
    let args: serde_json::Value = serde_json::from_str(stored_args).unwrap_or_default();
    let typed = serde_json::json!({ "kind": message_key, "args": args.clone() });
    if let Ok(notice) = serde_json::from_value::<Notice>(typed) {
        let worded = super::present::args(&notice, lang).into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        return (notice.key().to_string(), worded);
    }
    let map = args.as_object().cloned().unwrap_or_default();
    let worded = map
        .into_iter()
        .map(|(k, v)| {
            let v = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
            // Older rows kept a role as its message key.
            let v = if v.starts_with("role-") { tr(lang, &v) } else { v };
            (k, v)
        })
        .collect();
    (message_key.to_string(), worded)
}

/// A stored row as the inbox shows it to a reader of `lang`.
pub struct Row {
    pub id: i64,
    pub message_key: String,
    pub args: String,
    pub link: String,
    pub created_at: i64,
    pub read_at: Option<i64>,
}

pub fn notification(row: Row, lang: Lang) -> Notification {
    let (message_key, args) = words(&row.message_key, &row.args, lang);
    Notification {
        id: NotificationId(row.id),
        message_key,
        args,
        link: row.link,
        created_at: row.created_at,
        when: crate::time::moment_label(row.created_at),
        read: row.read_at.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{loader, tr_args};

    #[test]
    fn every_notice_kind_has_a_message_in_every_language_that_uses_all_its_arguments() {
        for notice in Notice::samples() {
            for lang in [Lang::Nl, Lang::En] {
                assert!(loader(lang).has(notice.key()), "{} has no {lang:?} message", notice.key());
                let args = args(&notice, lang);
                let text = tr_args(lang, notice.key(), &args);
                assert!(!text.contains('{'), "{} in {lang:?} misses an argument: {text}", notice.key());
                for (name, value) in &args {
                    assert!(text.contains(value.as_str()), "{} in {lang:?} does not show {name}: {text}", notice.key());
                }
            }
        }
    }

    #[test]
    fn labels_are_made_for_the_reader_and_old_rows_still_show() {
        let role = serde_json::to_value(Notice::RoleChanged { role: crate::accounts::model::Role::Committee }).unwrap();
        let (key, nl) = words("note-role-changed", &role["args"].to_string(), Lang::Nl);
        let (_, en) = words("note-role-changed", &role["args"].to_string(), Lang::En);
        assert_eq!(key, "note-role-changed");
        assert_eq!((nl[0].1.as_str(), en[0].1.as_str()), (tr(Lang::Nl, "role-commissielid").as_str(), tr(Lang::En, "role-commissielid").as_str()));
        assert_ne!(nl, en);
        let (_, old) = words("note-role-changed", r#"{"role":"role-commissielid"}"#, Lang::En);
        assert_eq!(old, vec![("role".to_string(), tr(Lang::En, "role-commissielid"))]);
        let (_, old_room) = words("note-room-cancelled", r#"{"purpose":"Verjaardag","when":"zaterdag 12 december, 14:00 – 17:00"}"#, Lang::Nl);
        assert_eq!(old_room.len(), 2);
    }

    #[test]
    fn a_planned_activity_shows_its_time_in_the_readers_language() {
        let notice = Notice::ProposalPlanned { title: "Koken".into(), reason: "oud".into(), at: Some((1_795_000_000, 1_795_007_200)) };
        let stored = serde_json::to_value(&notice).unwrap();
        assert_eq!(stored["kind"], "note-proposal-planned", "the same kind as a plan without a date");
        let (_, nl) = words("note-proposal-planned", &stored["args"].to_string(), Lang::Nl);
        let (_, en) = words("note-proposal-planned", &stored["args"].to_string(), Lang::En);
        assert!(nl[1].1.contains("woensdag") && en[1].1.contains("Wednesday"), "{nl:?} {en:?}");
    }
}
