//! Notifications: the kinds of notice other capabilities post ([`Notice`], with their
//! arguments as data) and a notification as the inbox shows it.
//!
//! A notice is stored as its kind (`message_key`) and its arguments as JSON (`args`), and put
//! into words only when it is read, in the reader's language: role names and dates are never
//! stored translated.

use crate::accounts::model::Role;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NotificationId(pub i64);

/// One message in a user's inbox, in the reader's language: the Fluent key of its kind and
/// its arguments, already put into words on the server (dates, role names).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: NotificationId,
    pub message_key: String,
    pub args: Vec<(String, String)>,
    pub link: String,
    /// UTC unix seconds.
    pub created_at: i64,
    /// When, as shown: local time in the Netherlands, formatted on the server.
    pub when: String,
    pub read: bool,
}

/// Every kind of notice, with its arguments as data: names and titles as they are, reasons as
/// the person typed them, roles as a [`Role`], moments as UTC unix seconds. Stored as
/// `{"kind": <message key>, "args": {...}}` split over two columns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "args")]
pub enum Notice {
    #[serde(rename = "note-welcome")]
    Welcome { name: String },
    #[serde(rename = "note-role-changed")]
    RoleChanged { role: Role },
    #[serde(rename = "note-promoted")]
    Promoted { title: String },
    #[serde(rename = "note-cancelled")]
    ActivityCancelled { title: String, reason: String },
    #[serde(rename = "note-changed")]
    ActivityChanged { title: String },
    #[serde(rename = "note-group-request")]
    GroupRequest { name: String, group: String },
    #[serde(rename = "note-group-joined")]
    GroupJoined { name: String, group: String },
    #[serde(rename = "note-group-accepted")]
    GroupAccepted { group: String },
    #[serde(rename = "note-group-declined")]
    GroupDeclined { group: String },
    /// `count`: the coming tasks the person was withdrawn from (stored as text, as before).
    #[serde(rename = "note-group-left")]
    GroupLeft { name: String, group: String, #[serde(with = "count_text")] count: u64 },
    #[serde(rename = "note-group-coordinator")]
    GroupCoordinator { group: String },
    #[serde(rename = "note-group-message")]
    GroupMessage { group: String, text: String },
    #[serde(rename = "note-room-approved")]
    RoomApproved { purpose: String, starts_at: i64, ends_at: i64 },
    #[serde(rename = "note-room-declined")]
    RoomDeclined { purpose: String, starts_at: i64, ends_at: i64, reason: String },
    #[serde(rename = "note-room-cancelled")]
    RoomCancelled { purpose: String, starts_at: i64, ends_at: i64 },
    /// `day`: a moment on the closed day (its local date is shown).
    #[serde(rename = "note-room-closed")]
    RoomClosed { purpose: String, day: i64, reason: String },
    #[serde(rename = "note-proposal-review")]
    ProposalReview { title: String },
    #[serde(rename = "note-proposal-changes")]
    ProposalChanges { title: String, reason: String },
    #[serde(rename = "note-proposal-declined")]
    ProposalDeclined { title: String, reason: String },
    #[serde(rename = "note-proposal-accepted")]
    ProposalAccepted { title: String },
    #[serde(rename = "note-proposal-planned")]
    /// `at`: when an accepted activity proposal is in the agenda (start, end); then the
    /// reason shown is that time, in the reader's language.
    ProposalPlanned {
        title: String,
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<(i64, i64)>,
    },
    #[serde(rename = "note-proposal-done")]
    ProposalDone { title: String },
    #[serde(rename = "note-proposal-merged")]
    ProposalMerged { title: String, reason: String },
    #[serde(rename = "note-proposal-hidden")]
    ProposalHidden { title: String, reason: String },
    #[serde(rename = "note-proposal-unhidden")]
    ProposalUnhidden { title: String },
    /// A staff member (`name`) printed a herstelbrief; its code works until `until`.
    #[serde(rename = "note-recovery-letter")]
    RecoveryLetter { name: String, until: i64 },
    /// The commissie opened a stemronde in the resident's buurt: voting from `starts_at` to `ends_at`.
    #[serde(rename = "note-round-opened")]
    RoundOpened { title: String, starts_at: i64, ends_at: i64 },
    /// A staff member (`name`) did something for the reader: `act` is the code of what
    /// (`on_behalf::model::Act`), `what` the activity, room, proposal, group or task.
    #[serde(rename = "note-on-behalf")]
    OnBehalf { name: String, act: String, what: String },
}

impl Notice {
    /// The Fluent key of the notice's message; also its stored kind.
    pub fn key(&self) -> &'static str {
        match self {
            Notice::Welcome { .. } => "note-welcome",
            Notice::RoleChanged { .. } => "note-role-changed",
            Notice::Promoted { .. } => "note-promoted",
            Notice::ActivityCancelled { .. } => "note-cancelled",
            Notice::ActivityChanged { .. } => "note-changed",
            Notice::GroupRequest { .. } => "note-group-request",
            Notice::GroupJoined { .. } => "note-group-joined",
            Notice::GroupAccepted { .. } => "note-group-accepted",
            Notice::GroupDeclined { .. } => "note-group-declined",
            Notice::GroupLeft { .. } => "note-group-left",
            Notice::GroupCoordinator { .. } => "note-group-coordinator",
            Notice::GroupMessage { .. } => "note-group-message",
            Notice::RoomApproved { .. } => "note-room-approved",
            Notice::RoomDeclined { .. } => "note-room-declined",
            Notice::RoomCancelled { .. } => "note-room-cancelled",
            Notice::RoomClosed { .. } => "note-room-closed",
            Notice::ProposalReview { .. } => "note-proposal-review",
            Notice::ProposalChanges { .. } => "note-proposal-changes",
            Notice::ProposalDeclined { .. } => "note-proposal-declined",
            Notice::ProposalAccepted { .. } => "note-proposal-accepted",
            Notice::ProposalPlanned { .. } => "note-proposal-planned",
            Notice::ProposalDone { .. } => "note-proposal-done",
            Notice::ProposalMerged { .. } => "note-proposal-merged",
            Notice::ProposalHidden { .. } => "note-proposal-hidden",
            Notice::ProposalUnhidden { .. } => "note-proposal-unhidden",
            Notice::RecoveryLetter { .. } => "note-recovery-letter",
            Notice::RoundOpened { .. } => "note-round-opened",
            Notice::OnBehalf { .. } => "note-on-behalf",
        }
    }

    /// One notice of every kind (with sample arguments), so a test can check that each kind
    /// has a message in every language and that every argument is used.
    pub fn samples() -> Vec<Notice> {
        let (s, t) = (|| "Buurtbudget".to_string(), || "een reden".to_string());
        let (at, end) = (1_795_000_000, 1_795_007_200);
        vec![
            Notice::Welcome { name: s() },
            Notice::RoleChanged { role: Role::Committee },
            Notice::Promoted { title: s() },
            Notice::ActivityCancelled { title: s(), reason: t() },
            Notice::ActivityChanged { title: s() },
            Notice::GroupRequest { name: s(), group: s() },
            Notice::GroupJoined { name: s(), group: s() },
            Notice::GroupAccepted { group: s() },
            Notice::GroupDeclined { group: s() },
            Notice::GroupLeft { name: s(), group: s(), count: 2 },
            Notice::GroupCoordinator { group: s() },
            Notice::GroupMessage { group: s(), text: t() },
            Notice::RoomApproved { purpose: s(), starts_at: at, ends_at: end },
            Notice::RoomDeclined { purpose: s(), starts_at: at, ends_at: end, reason: t() },
            Notice::RoomCancelled { purpose: s(), starts_at: at, ends_at: end },
            Notice::RoomClosed { purpose: s(), day: at, reason: t() },
            Notice::ProposalReview { title: s() },
            Notice::ProposalChanges { title: s(), reason: t() },
            Notice::ProposalDeclined { title: s(), reason: t() },
            Notice::ProposalAccepted { title: s() },
            Notice::ProposalPlanned { title: s(), reason: t(), at: None },
            Notice::ProposalDone { title: s() },
            Notice::ProposalMerged { title: s(), reason: t() },
            Notice::ProposalHidden { title: s(), reason: t() },
            Notice::ProposalUnhidden { title: s() },
            Notice::RecoveryLetter { name: s(), until: at },
            Notice::RoundOpened { title: s(), starts_at: at, ends_at: end },
            Notice::OnBehalf { name: s(), act: "activiteit-aanmelden".into(), what: s() },
        ]
    }
}

/// The message key of every notice kind, in the order of [`Notice::samples`]; the Fluent key
/// test checks each has a translation, and a unit test that this list is complete.
pub const MESSAGE_KEYS: &[&str] = &[
    "note-welcome",
    "note-role-changed",
    "note-promoted",
    "note-cancelled",
    "note-changed",
    "note-group-request",
    "note-group-joined",
    "note-group-accepted",
    "note-group-declined",
    "note-group-left",
    "note-group-coordinator",
    "note-group-message",
    "note-room-approved",
    "note-room-declined",
    "note-room-cancelled",
    "note-room-closed",
    "note-proposal-review",
    "note-proposal-changes",
    "note-proposal-declined",
    "note-proposal-accepted",
    "note-proposal-planned",
    "note-proposal-done",
    "note-proposal-merged",
    "note-proposal-hidden",
    "note-proposal-unhidden",
    "note-recovery-letter",
    "note-round-opened",
    "note-on-behalf",
];

/// A count kept as text in the stored arguments (as notifications stored it before).
mod count_text {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(count: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&count.to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_key_and_round_trips() {
        let samples = Notice::samples();
        let keys: std::collections::BTreeSet<&str> = samples.iter().map(Notice::key).collect();
        assert_eq!(keys.len(), samples.len(), "one sample per kind, each with its own key");
        assert_eq!(samples.iter().map(Notice::key).collect::<Vec<_>>(), MESSAGE_KEYS, "MESSAGE_KEYS lists every kind");
        for notice in samples {
            let json = serde_json::to_value(&notice).unwrap();
            assert_eq!(json["kind"], notice.key());
            assert_eq!(serde_json::from_value::<Notice>(json).unwrap(), notice);
        }
    }
}
