//! The one-click unsubscribe token in every mail: `<user>.<kind>.<proof>`, where the proof is
//! an HMAC of the user and the kind under a server secret. Nothing is stored per token; the
//! token is the proof, so the link works without signing in, and a new secret revokes all.

use super::model::MailKind;
use crate::accounts::model::UserId;

/// The name of the server secret (`app_secrets`) behind the tokens.
pub const SECRET: &str = "mail_unsubscribe";

fn proof(key: &[u8], user: UserId, kind: MailKind) -> String {
    crate::keyed::tag_hex(key, &[b"mail-unsubscribe:", &user.0.to_le_bytes(), kind.code().as_bytes()])
}

fn letter(kind: MailKind) -> &'static str {
    match kind {
        MailKind::Personal => "p",
        MailKind::Digest => "d",
        // Never made: an account mail has no unsubscribe link (and `check` refuses it).
        MailKind::Account => "a",
    }
}

/// The token for switching off `kind` for `user`.
pub fn make(key: &[u8], user: UserId, kind: MailKind) -> String {
    format!("{}.{}.{}", user.0, letter(kind), proof(key, user, kind))
}

/// The user and kind of a token, when its proof holds under `key`.
pub fn check(key: &[u8], token: &str) -> Option<(UserId, MailKind)> {
    let mut parts = token.split('.');
    let user = UserId(parts.next()?.parse().ok()?);
    let kind = match parts.next()? {
        "p" => MailKind::Personal,
        "d" => MailKind::Digest,
        _ => return None,
    };
    let given = parts.next()?;
    if parts.next().is_some() || given.len() != 32 {
        return None;
    }
    let wanted = proof(key, user, kind);
    // Compared without stopping at the first difference.
    let diff = wanted.bytes().zip(given.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b));
    (diff == 0).then_some((user, kind))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_names_its_user_and_kind_and_cannot_be_forged() {
        let token = make(b"key", UserId(7), MailKind::Digest);
        assert_eq!(check(b"key", &token), Some((UserId(7), MailKind::Digest)));
        assert_eq!(check(b"other key", &token), None, "a new secret revokes the links");
        let other_user = token.replacen("7.", "8.", 1);
        assert_eq!(check(b"key", &other_user), None, "the proof covers the user");
        let other_kind = token.replacen(".d.", ".p.", 1);
        assert_eq!(check(b"key", &other_kind), None, "the proof covers the kind");
        assert_eq!(check(b"key", "7.d"), None);
        assert_eq!(check(b"key", &format!("{token}.x")), None);
    }
}
