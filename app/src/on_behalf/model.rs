//! What a staff member can do for a resident, and what the "namens" page shows.

use serde::{Deserialize, Serialize};

/// A kind of act done for a resident.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Act {
    ActivitySignup,
    ActivityWithdraw,
    RoomRequest,
    Proposal,
    GroupJoin,
    TaskSignup,
    RoomCancel,
    GroupLeave,
    TaskWithdraw,
}

impl Act {
    pub const ALL: [Act; 9] = [
        Act::ActivitySignup,
        Act::ActivityWithdraw,
        Act::RoomRequest,
        Act::Proposal,
        Act::GroupJoin,
        Act::TaskSignup,
        Act::RoomCancel,
        Act::GroupLeave,
        Act::TaskWithdraw,
    ];

    /// The stored code, also the selector of the Meldingen message.
    pub fn code(self) -> &'static str {
        match self {
            Act::ActivitySignup => "activiteit-aanmelden",
            Act::ActivityWithdraw => "activiteit-afmelden",
            Act::RoomRequest => "ruimte-reserveren",
            Act::Proposal => "voorstel",
            Act::GroupJoin => "groep-aanmelden",
            Act::TaskSignup => "taak-aanmelden",
            Act::RoomCancel => "ruimte-annuleren",
            Act::GroupLeave => "groep-verlaten",
            Act::TaskWithdraw => "taak-afmelden",
        }
    }

    pub fn parse(code: &str) -> Option<Act> {
        Act::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The Fluent key of the act as the resident's Meldingen message says it.
    pub fn note_key(self) -> &'static str {
        match self {
            Act::ActivitySignup => "note-on-behalf-activity-signup",
            Act::ActivityWithdraw => "note-on-behalf-activity-withdraw",
            Act::RoomRequest => "note-on-behalf-room",
            Act::Proposal => "note-on-behalf-proposal",
            Act::GroupJoin => "note-on-behalf-group",
            Act::TaskSignup => "note-on-behalf-task",
            Act::RoomCancel => "note-on-behalf-room-cancel",
            Act::GroupLeave => "note-on-behalf-group-leave",
            Act::TaskWithdraw => "note-on-behalf-task-withdraw",
        }
    }

    /// The Fluent key of the act as a list shows it.
    pub fn key(self) -> &'static str {
        match self {
            Act::ActivitySignup => "namens-act-activity-signup",
            Act::ActivityWithdraw => "namens-act-activity-withdraw",
            Act::RoomRequest => "namens-act-room",
            Act::Proposal => "namens-act-proposal",
            Act::GroupJoin => "namens-act-group",
            Act::TaskSignup => "namens-act-task",
            Act::RoomCancel => "namens-act-room-cancel",
            Act::GroupLeave => "namens-act-group-leave",
            Act::TaskWithdraw => "namens-act-task-withdraw",
        }
    }
}

/// A resident the sociaal werker may pick.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidentChoice {
    pub id: i64,
    pub name: String,
    /// Registered by staff, without a password: cannot sign in themself.
    pub without_account: bool,
}

/// One thing done for a resident, as the page and the export show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelpedAct {
    pub act: Act,
    pub subject: String,
    pub helper: String,
    /// When, as shown (local time).
    pub when: String,
}

/// The "namens" page: the residents matching the search, and the one picked with what was
/// done for them lately.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OnBehalfPage {
    pub buurt_name: String,
    pub search: String,
    pub residents: Vec<ResidentChoice>,
    pub picked: Option<ResidentChoice>,
    pub recent: Vec<HelpedAct>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_differ() {
        for act in Act::ALL {
            assert_eq!(Act::parse(act.code()), Some(act));
        }
        let codes: std::collections::BTreeSet<_> = Act::ALL.iter().map(|a| a.code()).collect();
        assert_eq!(codes.len(), Act::ALL.len());
        assert_eq!(Act::parse("stemmen"), None);
    }
}
