//! The one-click unsubscribe token in every mail: `<user>.<what>.<proof>`, where `what` is
//! `d` (the digest), a topic's code (one kind of straight-away mail: `ruimte`, `voorstel`, …)
//! or `p` (all straight-away mail: the links in mails sent before the choice per kind), and
//! the proof is an HMAC of the user and what under a server secret. Nothing is stored per
//! token; the token is the proof, so the link works without signing in, and a new secret
//! revokes all.

use super::model::{MailKind, Switch, Topic};
use crate::accounts::model::UserId;

/// The name of the server secret (`app_secrets`) behind the tokens.
pub const SECRET: &str = "mail_unsubscribe";

fn proof(key: &[u8], user: UserId, what: Switch) -> String {
    let user = user.0.to_le_bytes();
    // The two older kinds keep their proof, so links in mails already sent keep working.
    let parts: [&[u8]; 4] = match what {
        Switch::Personal => [b"mail-unsubscribe:", &user, MailKind::Personal.code().as_bytes(), b""],
        Switch::Digest => [b"mail-unsubscribe:", &user, MailKind::Digest.code().as_bytes(), b""],
        Switch::Topic(t) => [b"mail-unsubscribe:", &user, b"persoonlijk:", t.code().as_bytes()],
    };
    crate::keyed::tag_hex(key, &parts)
}

fn letter(what: Switch) -> &'static str {
    match what {
        Switch::Personal => "p",
        Switch::Digest => "d",
        Switch::Topic(t) => t.code(),
    }
}

/// The token for switching `what` off for `user`.
pub fn make(key: &[u8], user: UserId, what: Switch) -> String {
    format!("{}.{}.{}", user.0, letter(what), proof(key, user, what))
}

/// The user of a token and what it switches off, when its proof holds under `key`.
pub fn check(key: &[u8], token: &str) -> Option<(UserId, Switch)> {
    let mut parts = token.split('.');
    let user = UserId(parts.next()?.parse().ok()?);
    let what = match parts.next()? {
        "p" => Switch::Personal,
        "d" => Switch::Digest,
        code => Switch::Topic(Topic::from_code(code).filter(|t| t.choosable())?),
    };
    let given = parts.next()?;
    if parts.next().is_some() || given.len() != 32 {
        return None;
    }
    let wanted = proof(key, user, what);
    // Compared without stopping at the first difference.
    let diff = wanted.bytes().zip(given.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
    (diff == 0).then_some((user, what))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_names_its_user_and_kind_and_cannot_be_forged() {
        let token = make(b"key", UserId(7), Switch::Digest);
        assert_eq!(check(b"key", &token), Some((UserId(7), Switch::Digest)));
        assert_eq!(check(b"other key", &token), None, "a new secret revokes the links");
        let other_user = token.replacen("7.", "8.", 1);
        assert_eq!(check(b"key", &other_user), None, "the proof covers the user");
        let other_kind = token.replacen(".d.", ".p.", 1);
        assert_eq!(check(b"key", &other_kind), None, "the proof covers the kind");
        assert_eq!(check(b"key", "7.d"), None);
        assert_eq!(check(b"key", &format!("{token}.x")), None);
    }

    #[test]
    fn a_token_for_one_topic_switches_only_that_and_cannot_be_turned_into_another() {
        let room = make(b"key", UserId(7), Switch::Topic(Topic::Room));
        assert!(room.starts_with("7.ruimte."), "{room}");
        assert_eq!(check(b"key", &room), Some((UserId(7), Switch::Topic(Topic::Room))));
        for other in ["voorstel", "activiteit", "p", "d"] {
            let forged = room.replacen(".ruimte.", &format!(".{other}."), 1);
            assert_eq!(check(b"key", &forged), None, "the proof covers the topic ({other})");
        }
        assert_eq!(check(b"other key", &room), None);
        assert_eq!(check(b"key", &room.replacen("7.", "8.", 1)), None, "the proof covers the user");
        // Mail about the account has no link: such a token is never valid.
        let account = room.replacen(".ruimte.", ".account.", 1);
        assert_eq!(check(b"key", &account), None);
    }

    #[test]
    fn the_links_in_mails_sent_before_keep_working() {
        // The proof of an old all-straight-away link: user and "persoonlijk", as before.
        let old = crate::keyed::tag_hex(b"key", &[b"mail-unsubscribe:", &7i64.to_le_bytes(), b"persoonlijk"]);
        assert_eq!(check(b"key", &format!("7.p.{old}")), Some((UserId(7), Switch::Personal)));
        assert_eq!(make(b"key", UserId(7), Switch::Personal), format!("7.p.{old}"));
    }
}
