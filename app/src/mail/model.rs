//! What a person chooses to get by mail, and the two kinds of mail.

use serde::{Deserialize, Serialize};

/// The two kinds of mail, each switched on or off by the person (and each off by the one-click
/// link in its own mails).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MailKind {
    /// Straight away: what concerns the person themself.
    Personal,
    /// Once a week: the coming week's activities, new proposals, results.
    Digest,
    /// About the account itself, asked for by the person (a sign-in link after a forgotten
    /// password): always sent, with no unsubscribe link.
    Account,
}

impl MailKind {
    /// As stored (`mail_outbox.kind`) and in unsubscribe tokens.
    pub fn code(self) -> &'static str {
        match self {
            MailKind::Personal => "persoonlijk",
            MailKind::Digest => "overzicht",
            MailKind::Account => "account",
        }
    }

    pub fn from_code(code: &str) -> Option<MailKind> {
        match code {
            "persoonlijk" => Some(MailKind::Personal),
            "overzicht" => Some(MailKind::Digest),
            "account" => Some(MailKind::Account),
            _ => None,
        }
    }

    /// The Fluent key of the kind's name ("berichten die over u gaan").
    pub fn key(self) -> &'static str {
        match self {
            MailKind::Personal => "mail-kind-personal",
            MailKind::Digest => "mail-kind-digest",
            MailKind::Account => "mail-kind-account",
        }
    }
}

/// A person's choices as the profile shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailChoices {
    /// The address mail goes to; without one nothing is sent.
    pub address: Option<String>,
    pub personal: bool,
    pub digest: bool,
}

/// What the unsubscribe page shows for a token: the kind and whether it is still on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsubscribeView {
    pub kind: MailKind,
    pub on: bool,
}

/// What a personal mail is about: it picks the subject line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Activity,
    Room,
    Proposal,
    Group,
    /// Something done to the account itself (a herstelbrief was made): worth knowing at once.
    Account,
    /// A new stemronde in the person's buurt.
    Round,
}

impl Topic {
    /// The Fluent key of the subject line.
    pub fn subject_key(self) -> &'static str {
        match self {
            Topic::Activity => "mail-subject-activity",
            Topic::Room => "mail-subject-room",
            Topic::Proposal => "mail-subject-proposal",
            Topic::Group => "mail-subject-group",
            Topic::Account => "mail-subject-account",
            Topic::Round => "mail-subject-round",
        }
    }
}
