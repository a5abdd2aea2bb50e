//! A notification as the inbox shows it.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NotificationId(pub i64);

/// One message in a user's inbox; the text is a Fluent key plus arguments, translated when
/// shown so each reader gets their own language.
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

/// The message keys other capabilities may post; a test checks each has a translation.
pub const MESSAGE_KEYS: &[&str] = &["note-welcome", "note-role-changed", "note-promoted", "note-cancelled"];
