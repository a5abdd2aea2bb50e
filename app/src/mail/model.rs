//! What a person chooses to get by mail, the kinds of mail, and what a straight-away mail is
//! about (each such kind can be switched off on its own).

use serde::{Deserialize, Serialize};

/// The kinds of mail as queued: straight away, the weekly digest, and mail about the account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MailKind {
    /// Straight away: what concerns the person themself (one [`Topic`] each).
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
}

/// What a straight-away mail is about: it picks the subject line, and the person chooses per
/// topic whether such mail comes (all but [`Topic::Account`], which always comes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Topic {
    /// A place from the waiting list, a change or cancellation of what they signed up for.
    Activity,
    /// Their requests for the ontmoetingsruimte: approved, declined, cancelled.
    Room,
    /// Answers to their proposals.
    Proposal,
    /// Their groups and tasks.
    Group,
    /// Something done to the account itself (a herstelbrief was made): always sent.
    Account,
    /// A new stemronde in the person's buurt.
    Round,
}

impl Topic {
    /// The topics a person can switch off, in the order the profile shows them.
    pub const CHOOSABLE: [Topic; 5] = [Topic::Activity, Topic::Room, Topic::Proposal, Topic::Group, Topic::Round];

    /// As stored (`mail_topics_off.topic`, `mail_outbox.topic`), in unsubscribe tokens and as
    /// the name of the profile's checkbox.
    pub fn code(self) -> &'static str {
        match self {
            Topic::Activity => "activiteit",
            Topic::Room => "ruimte",
            Topic::Proposal => "voorstel",
            Topic::Group => "groep",
            Topic::Account => "account",
            Topic::Round => "stemronde",
        }
    }

    pub fn from_code(code: &str) -> Option<Topic> {
        [Topic::Activity, Topic::Room, Topic::Proposal, Topic::Group, Topic::Account, Topic::Round].into_iter().find(|t| t.code() == code)
    }

    /// Whether the person can switch this topic off (mail about the account always comes).
    pub fn choosable(self) -> bool {
        self != Topic::Account
    }

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

    /// The Fluent key of the profile's checkbox label ("Mijn aanvragen voor de ...").
    pub fn label_key(self) -> &'static str {
        match self {
            Topic::Activity => "mail-topic-activity",
            Topic::Room => "mail-topic-room",
            Topic::Proposal => "mail-topic-proposal",
            Topic::Group => "mail-topic-group",
            Topic::Account => "mail-kind-account",
            Topic::Round => "mail-topic-round",
        }
    }

    /// The Fluent key of the topic inside a sentence ("geen e-mail meer over { $kind }").
    pub fn about_key(self) -> &'static str {
        match self {
            Topic::Activity => "mail-about-activity",
            Topic::Room => "mail-about-room",
            Topic::Proposal => "mail-about-proposal",
            Topic::Group => "mail-about-group",
            Topic::Account => "mail-kind-account",
            Topic::Round => "mail-about-round",
        }
    }
}

/// What one unsubscribe link switches off.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Switch {
    /// One kind of straight-away mail (the link in such a mail).
    Topic(Topic),
    /// All straight-away mail (the link in a mail sent before the choice per kind).
    Personal,
    /// The weekly digest.
    Digest,
}

impl Switch {
    /// The switch behind the link of a mail of `kind` about `topic`; None for a mail that has
    /// no such link (about the account).
    pub fn of_mail(kind: MailKind, topic: Option<Topic>) -> Option<Switch> {
        match (kind, topic) {
            (MailKind::Digest, _) => Some(Switch::Digest),
            (MailKind::Personal, Some(t)) if t.choosable() => Some(Switch::Topic(t)),
            (MailKind::Personal, Some(_)) | (MailKind::Account, _) => None,
            (MailKind::Personal, None) => Some(Switch::Personal),
        }
    }

    /// The Fluent key of what it switches off, inside a sentence.
    pub fn key(self) -> &'static str {
        match self {
            Switch::Topic(t) => t.about_key(),
            Switch::Personal => "mail-kind-personal",
            Switch::Digest => "mail-kind-digest",
        }
    }

    /// Whether what it switches off is still on for someone with these choices.
    pub fn is_on(self, choices: &Choices) -> bool {
        match self {
            Switch::Topic(t) => choices.wants(t),
            Switch::Personal => choices.wants_any_personal(),
            Switch::Digest => choices.digest,
        }
    }
}

/// What a person wants by mail: the kinds of straight-away mail they switched off, and the
/// weekly digest. The default (nothing switched off, digest on) is everything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choices {
    pub off: Vec<Topic>,
    pub digest: bool,
}

impl Choices {
    /// The default: every kind straight away, and the weekly digest.
    pub fn all() -> Choices {
        Choices { off: Vec::new(), digest: true }
    }

    /// Whether a straight-away mail about `topic` goes out.
    pub fn wants(&self, topic: Topic) -> bool {
        !topic.choosable() || !self.off.contains(&topic)
    }

    /// Whether any kind of straight-away mail is on.
    pub fn wants_any_personal(&self) -> bool {
        Topic::CHOOSABLE.iter().any(|t| self.wants(*t))
    }

    /// Whether nothing at all is mailed (but what the person asks for, such as a sign-in link).
    pub fn nothing(&self) -> bool {
        !self.digest && !self.wants_any_personal()
    }

    /// Whether a queued mail of `kind` about `topic` still goes out with these choices (a
    /// straight-away mail queued before the choice per kind has no topic: it goes while any
    /// kind is on).
    pub fn wants_mail(&self, kind: MailKind, topic: Option<Topic>) -> bool {
        match (kind, topic) {
            (MailKind::Account, _) => true,
            (MailKind::Digest, _) => self.digest,
            (MailKind::Personal, Some(t)) => self.wants(t),
            (MailKind::Personal, None) => self.wants_any_personal(),
        }
    }

    /// The choices as the profile's form posts them: a ticked topic is on.
    pub fn from_ticked(on: &[Topic], digest: bool) -> Choices {
        Choices { off: Topic::CHOOSABLE.into_iter().filter(|t| !on.contains(t)).collect(), digest }
    }
}

/// A person's address and choices as the profile shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailChoices {
    /// The address mail goes to; without one nothing is sent.
    pub address: Option<String>,
    pub choices: Choices,
}

/// What the unsubscribe page shows for a token: what it switches off and whether that is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsubscribeView {
    pub what: Switch,
    pub on: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_default_everything_comes_and_account_mail_always() {
        let all = Choices::all();
        assert!(Topic::CHOOSABLE.iter().all(|t| all.wants(*t)) && !all.nothing());
        let none = Choices::from_ticked(&[], false);
        assert_eq!(none.off, Topic::CHOOSABLE.to_vec());
        assert!(none.nothing() && !none.wants_any_personal());
        assert!(none.wants(Topic::Account), "mail about the account cannot be switched off");
        assert!(!Topic::CHOOSABLE.contains(&Topic::Account));
    }

    #[test]
    fn one_kind_off_leaves_the_others_on() {
        let c = Choices::from_ticked(&[Topic::Activity, Topic::Proposal, Topic::Group, Topic::Round], false);
        assert_eq!(c.off, vec![Topic::Room]);
        assert!(!c.wants(Topic::Room) && c.wants(Topic::Proposal));
        assert!(!c.nothing(), "the other kinds still come");
        assert!(!Switch::Topic(Topic::Room).is_on(&c) && Switch::Topic(Topic::Group).is_on(&c));
        assert!(Switch::Personal.is_on(&c) && !Switch::Digest.is_on(&c));
        assert!(!c.wants_mail(MailKind::Personal, Some(Topic::Room)) && c.wants_mail(MailKind::Personal, Some(Topic::Round)));
        assert!(!c.wants_mail(MailKind::Digest, None) && c.wants_mail(MailKind::Account, None));
        assert!(c.wants_mail(MailKind::Personal, None), "an older mail goes while any kind is on");
        let none = Choices::from_ticked(&[], true);
        assert!(!none.wants_mail(MailKind::Personal, None) && none.wants_mail(MailKind::Personal, Some(Topic::Account)));
    }

    #[test]
    fn codes_go_both_ways_and_each_mail_has_its_own_switch() {
        for t in [Topic::Activity, Topic::Room, Topic::Proposal, Topic::Group, Topic::Account, Topic::Round] {
            assert_eq!(Topic::from_code(t.code()), Some(t));
        }
        assert_eq!(Topic::from_code("p"), None);
        assert_eq!(Switch::of_mail(MailKind::Personal, Some(Topic::Room)), Some(Switch::Topic(Topic::Room)));
        assert_eq!(Switch::of_mail(MailKind::Personal, None), Some(Switch::Personal), "a mail queued before the kinds");
        assert_eq!(Switch::of_mail(MailKind::Personal, Some(Topic::Account)), None);
        assert_eq!(Switch::of_mail(MailKind::Account, None), None);
        assert_eq!(Switch::of_mail(MailKind::Digest, None), Some(Switch::Digest));
    }
}
