//! Puts the home page's facts into words: days and times in the reader's language, places
//! left, and where each line leads.

use super::model::{NextLine, RoundLine, Week, WeekItem};
use crate::agenda::service::ComingRow;
use crate::groups::service::NextTask;
use crate::i18n::Lang;
use crate::rooms::service::NextReservation;
use crate::time::{day_label, local_parts, time_range, when_label};
use crate::voting::service::OpenRound;

/// "Deze week": the activities as a list shows them.
pub fn week(rows: Vec<ComingRow>, lang: Lang, show_buurt: bool, linked: bool) -> Week {
    let items = rows
        .into_iter()
        .map(|r| WeekItem {
            id: r.id,
            day: day_label(r.starts_at, lang),
            time: time_range(r.starts_at, r.ends_at),
            places_left: r.capacity.map(|c| (c - r.signed_up).max(0)),
            title: r.title,
            buurt: r.buurt_name,
            place: r.place,
        })
        .collect();
    Week { items, show_buurt, linked }
}

/// The next activity the person signed up for.
pub fn activity_line(r: ComingRow, lang: Lang) -> NextLine {
    NextLine {
        href: format!("/agenda/{}", r.id),
        when: when_label(r.starts_at, r.ends_at, lang),
        title: r.title,
        detail: r.place,
        pending: false,
    }
}

/// The next reservation of the room.
pub fn reservation_line(r: NextReservation, lang: Lang) -> NextLine {
    NextLine {
        href: "/ontmoetingsruimte/mijn".to_string(),
        when: when_label(r.starts_at, r.ends_at, lang),
        title: r.room_name,
        detail: String::new(),
        pending: r.pending,
    }
}

/// The next task in a volunteer group.
pub fn task_line(t: NextTask, lang: Lang) -> NextLine {
    NextLine {
        href: format!("/groepen/{}", t.group.0),
        when: when_label(t.starts_at, t.ends_at, lang),
        title: t.title,
        detail: t.group_name,
        pending: false,
    }
}

/// The open stemronde and when it closes.
pub fn round_line(r: OpenRound, lang: Lang) -> RoundLine {
    RoundLine { id: r.id.0, title: r.title, closes_day: day_label(r.ends_at, lang), closes_time: local_parts(r.ends_at).1, voted: r.voted }
}
