//! Getting back in: the kinds of recovery code, and the herstelbrief as its page shows it.

use crate::accounts::model::BuurtId;
use serde::{Deserialize, Serialize};

/// A recovery code in the database (its id, never the code).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RecoveryId(pub i64);

/// How a code reaches the resident. Stored as its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CodeKind {
    /// Printed on a herstelbrief by the sociaal werker: 12 characters, valid 7 days.
    Letter,
    /// In a link sent by e-mail: 24 characters, valid 30 minutes.
    Link,
}

impl CodeKind {
    pub fn code(self) -> &'static str {
        match self {
            CodeKind::Letter => "letter",
            CodeKind::Link => "link",
        }
    }
}

/// Everything the printed herstelbrief shows. `code` and `qr_svg` are there only on the
/// browser that made the letter, right after it was made: the database keeps a hash only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecoveryLetter {
    pub buurt_id: BuurtId,
    pub buurt_name: String,
    pub resident_name: String,
    pub household_label: Option<String>,
    /// Formatted for print: `ABCD-EFGH-JKMN`; `None` when it can no longer be shown.
    pub code: Option<String>,
    /// The last day the code works, as people read it (`09-12-2026 14:05`).
    pub valid_until: String,
    pub reset_url: String,
    pub site_url: String,
    /// An SVG QR code of `reset_url`, made on the server.
    pub qr_svg: String,
}
