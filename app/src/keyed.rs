//! A keyed rank: where something lands in an order that must be the same each time for the
//! same inputs, differ for other inputs, and be impossible to predict without the key (the
//! fair order of new proposals, a voter's ballot order). HMAC-SHA256 from the `hmac` and
//! `sha2` crates; the first 8 bytes of the tag as a number.

use hmac::{KeyInit, Mac};

/// The rank of `parts` (concatenated) under `key`.
pub fn rank(key: &[u8], parts: &[&[u8]]) -> u64 {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    for part in parts {
        mac.update(part);
    }
    let tag = mac.finalize().into_bytes();
    let mut first = [0u8; 8];
    first.copy_from_slice(&tag[..8]);
    u64::from_le_bytes(first)
}

/// The first 16 bytes of the HMAC-SHA256 tag of `parts` under `key`, as 32 hex digits (the
/// proof in a link that needs no sign-in, such as the one-click unsubscribe in a mail).
pub fn tag_hex(key: &[u8], parts: &[&[u8]]) -> String {
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    for part in parts {
        mac.update(part);
    }
    mac.finalize().into_bytes()[..16].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::{rank, tag_hex};

    #[test]
    fn tags_are_32_hex_digits_and_depend_on_key_and_input() {
        assert_eq!(tag_hex(b"k", &[b"a"]).len(), 32);
        assert_ne!(tag_hex(b"k", &[b"a"]), tag_hex(b"l", &[b"a"]));
        assert_ne!(tag_hex(b"k", &[b"a"]), tag_hex(b"k", &[b"b"]));
    }

    #[test]
    fn same_inputs_same_rank_other_key_or_input_other_rank() {
        assert_eq!(rank(b"k", &[b"a", b"b"]), rank(b"k", &[b"ab"]));
        assert_ne!(rank(b"k", &[b"a"]), rank(b"l", &[b"a"]));
        assert_ne!(rank(b"k", &[b"a"]), rank(b"k", &[b"b"]));
    }
}
