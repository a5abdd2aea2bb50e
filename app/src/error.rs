//! One error type for the whole app, with stable codes that the UI translates through Fluent.
//!
//! The internal cause of an `Internal` error is logged on the server and never sent to the browser.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What went wrong with a piece of input. Each variant has a Fluent key `problem-<code>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    NameEmpty,
    NameTooLong,
    NameTaken,
    NameInvisible,
    NameMixedScripts,
    NameLookAlike,
    PasswordTooShort,
    PasswordTooLong,
    PasswordTooCommon,
    EmailInvalid,
    EmailTaken,
    CodeUnknown,
    CodeUsedUp,
    CodeRevoked,
    WrongCredentials,
    WrongPassword,
    LabelEmpty,
    LabelTooLong,
    TextTooLong,
    NumberOutOfRange,
    ConfirmMissing,
    TextEmpty,
    TextTooShort,
    CapacityInvalid,
    StartInPast,
    StartTooFar,
    EndBeforeStart,
    TooLong,
    DateInvalid,
    SignupClosed,
    UntilInvalid,
    CapacityBelowSignedUp,
    ActivityOver,
    ActivityCancelled,
    HandsInvalid,
    HoursInvalid,
    TaskFull,
    TaskClosed,
    TaskNotOver,
    NotGroupMember,
    LastCoordinator,
    RoomOneDay,
    RoomClockInvalid,
    RoomNumberInvalid,
    RoomRulesInconsistent,
    RoomNotPending,
    ReservationStarted,
    ReasonMissing,
    SettingInvalid,
    SettingHouseholdBelowResident,
    ProposalWrongStatus,
    ProposalOwn,
    ProposalLimitResident,
    ProposalLimitHousehold,
    MergeTargetInvalid,
    PhotoTooBig,
    PhotoInvalid,
    ReportReasonMissing,
    CommentsClosed,
    VoteRulesInvalid,
    CostInvalid,
    BallotTooFew,
    VoteNumberInvalid,
    VoteOverMax,
    VoteOverBudget,
    VoteNotStarted,
    VoteClosed,
    VoteNotEnded,
    VoteTooYoung,
    OptionUnavailable,
    Unknown,
}

impl Problem {
    /// Every variant, so a test can check that each one has a translation.
    pub const ALL: &'static [Problem] = &[
        Problem::NameEmpty,
        Problem::NameTooLong,
        Problem::NameTaken,
        Problem::NameInvisible,
        Problem::NameMixedScripts,
        Problem::NameLookAlike,
        Problem::PasswordTooShort,
        Problem::PasswordTooLong,
        Problem::PasswordTooCommon,
        Problem::EmailInvalid,
        Problem::EmailTaken,
        Problem::CodeUnknown,
        Problem::CodeUsedUp,
        Problem::CodeRevoked,
        Problem::WrongCredentials,
        Problem::WrongPassword,
        Problem::LabelEmpty,
        Problem::LabelTooLong,
        Problem::TextTooLong,
        Problem::NumberOutOfRange,
        Problem::ConfirmMissing,
        Problem::TextEmpty,
        Problem::TextTooShort,
        Problem::CapacityInvalid,
        Problem::StartInPast,
        Problem::StartTooFar,
        Problem::EndBeforeStart,
        Problem::TooLong,
        Problem::DateInvalid,
        Problem::SignupClosed,
        Problem::UntilInvalid,
        Problem::CapacityBelowSignedUp,
        Problem::ActivityOver,
        Problem::ActivityCancelled,
        Problem::HandsInvalid,
        Problem::HoursInvalid,
        Problem::TaskFull,
        Problem::TaskClosed,
        Problem::TaskNotOver,
        Problem::NotGroupMember,
        Problem::LastCoordinator,
        Problem::RoomOneDay,
        Problem::RoomClockInvalid,
        Problem::RoomNumberInvalid,
        Problem::RoomRulesInconsistent,
        Problem::RoomNotPending,
        Problem::ReservationStarted,
        Problem::ReasonMissing,
        Problem::SettingInvalid,
        Problem::SettingHouseholdBelowResident,
        Problem::ProposalWrongStatus,
        Problem::ProposalOwn,
        Problem::ProposalLimitResident,
        Problem::ProposalLimitHousehold,
        Problem::MergeTargetInvalid,
        Problem::PhotoTooBig,
        Problem::PhotoInvalid,
        Problem::ReportReasonMissing,
        Problem::CommentsClosed,
        Problem::VoteRulesInvalid,
        Problem::CostInvalid,
        Problem::BallotTooFew,
        Problem::VoteNumberInvalid,
        Problem::VoteOverMax,
        Problem::VoteOverBudget,
        Problem::VoteNotStarted,
        Problem::VoteClosed,
        Problem::VoteNotEnded,
        Problem::VoteTooYoung,
        Problem::OptionUnavailable,
        Problem::Unknown,
    ];

    /// The Fluent key of the message that explains this problem.
    pub fn key(self) -> &'static str {
        match self {
            Problem::NameEmpty => "problem-name-empty",
            Problem::NameTooLong => "problem-name-too-long",
            Problem::NameTaken => "problem-name-taken",
            Problem::NameInvisible => "problem-name-invisible",
            Problem::NameMixedScripts => "problem-name-mixed-scripts",
            Problem::NameLookAlike => "problem-name-look-alike",
            Problem::PasswordTooShort => "problem-password-too-short",
            Problem::PasswordTooLong => "problem-password-too-long",
            Problem::PasswordTooCommon => "problem-password-too-common",
            Problem::EmailInvalid => "problem-email-invalid",
            Problem::EmailTaken => "problem-email-taken",
            Problem::CodeUnknown => "problem-code-unknown",
            Problem::CodeUsedUp => "problem-code-used-up",
            Problem::CodeRevoked => "problem-code-revoked",
            Problem::WrongCredentials => "problem-wrong-credentials",
            Problem::WrongPassword => "problem-wrong-password",
            Problem::LabelEmpty => "problem-label-empty",
            Problem::LabelTooLong => "problem-label-too-long",
            Problem::TextTooLong => "problem-text-too-long",
            Problem::NumberOutOfRange => "problem-number-out-of-range",
            Problem::ConfirmMissing => "problem-confirm-missing",
            Problem::TextEmpty => "problem-text-empty",
            Problem::TextTooShort => "problem-text-too-short",
            Problem::CapacityInvalid => "problem-capacity-invalid",
            Problem::StartInPast => "problem-start-in-past",
            Problem::StartTooFar => "problem-start-too-far",
            Problem::EndBeforeStart => "problem-end-before-start",
            Problem::TooLong => "problem-too-long",
            Problem::DateInvalid => "problem-date-invalid",
            Problem::SignupClosed => "problem-signup-closed",
            Problem::UntilInvalid => "problem-until-invalid",
            Problem::CapacityBelowSignedUp => "problem-capacity-below-signed-up",
            Problem::ActivityOver => "problem-activity-over",
            Problem::ActivityCancelled => "problem-activity-cancelled",
            Problem::HandsInvalid => "problem-hands-invalid",
            Problem::HoursInvalid => "problem-hours-invalid",
            Problem::TaskFull => "problem-task-full",
            Problem::TaskClosed => "problem-task-closed",
            Problem::TaskNotOver => "problem-task-not-over",
            Problem::NotGroupMember => "problem-not-group-member",
            Problem::LastCoordinator => "problem-last-coordinator",
            Problem::RoomOneDay => "problem-room-one-day",
            Problem::RoomClockInvalid => "problem-room-clock-invalid",
            Problem::RoomNumberInvalid => "problem-room-number-invalid",
            Problem::RoomRulesInconsistent => "problem-room-rules-inconsistent",
            Problem::RoomNotPending => "problem-room-not-pending",
            Problem::ReservationStarted => "problem-reservation-started",
            Problem::ReasonMissing => "problem-reason-missing",
            Problem::SettingInvalid => "problem-setting-invalid",
            Problem::SettingHouseholdBelowResident => "problem-setting-household-below-resident",
            Problem::ProposalWrongStatus => "problem-proposal-wrong-status",
            Problem::ProposalOwn => "problem-proposal-own",
            Problem::ProposalLimitResident => "problem-proposal-limit-resident",
            Problem::ProposalLimitHousehold => "problem-proposal-limit-household",
            Problem::MergeTargetInvalid => "problem-merge-target-invalid",
            Problem::PhotoTooBig => "problem-photo-too-big",
            Problem::PhotoInvalid => "problem-photo-invalid",
            Problem::ReportReasonMissing => "problem-report-reason-missing",
            Problem::CommentsClosed => "problem-comments-closed",
            Problem::VoteRulesInvalid => "problem-vote-rules-invalid",
            Problem::CostInvalid => "problem-cost-invalid",
            Problem::BallotTooFew => "problem-ballot-too-few",
            Problem::VoteNumberInvalid => "problem-vote-number-invalid",
            Problem::VoteOverMax => "problem-vote-over-max",
            Problem::VoteOverBudget => "problem-vote-over-budget",
            Problem::VoteNotStarted => "problem-vote-not-started",
            Problem::VoteClosed => "problem-vote-closed",
            Problem::VoteNotEnded => "problem-vote-not-ended",
            Problem::VoteTooYoung => "problem-vote-too-young",
            Problem::OptionUnavailable => "problem-option-unavailable",
            Problem::Unknown => "problem-unknown",
        }
    }
}

/// The error every server function returns.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not signed in")]
    NotSignedIn,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("invalid input: {0:?}")]
    Invalid(Problem),
    /// A room rule refused the request; the message says what is still possible.
    #[error("refused by a room rule: {0:?}")]
    Limit(crate::rooms::model::Limit),
    /// Slow mode refused a comment; the message says when it is possible again.
    #[error("slowed down: {0:?}")]
    Slow(crate::comments::model::SlowDown),
    #[error("too many attempts")]
    RateLimited,
    /// The server is too busy with password work right now (503 with `Retry-After`).
    #[error("busy")]
    Busy,
    #[error("internal error")]
    Internal,
    #[error("request could not be sent or read")]
    Transport,
    /// The request itself could not be read (not UTF-8, broken form encoding).
    #[error("bad request")]
    BadRequest,
    /// The request body is larger than the server accepts.
    #[error("request too large")]
    TooLarge,
}

impl AppError {
    /// The Fluent key of the message shown to the user.
    pub fn key(&self) -> &'static str {
        match self {
            AppError::NotSignedIn => "error-not-signed-in",
            AppError::Forbidden => "error-forbidden",
            AppError::NotFound => "error-not-found",
            AppError::Invalid(p) => p.key(),
            AppError::Limit(l) => l.key(),
            AppError::Slow(s) => s.key(),
            AppError::RateLimited => "error-rate-limited",
            AppError::Busy => "error-busy",
            AppError::Internal => "error-internal",
            AppError::Transport => "error-transport",
            AppError::BadRequest => "error-bad-request",
            AppError::TooLarge => "error-too-large",
        }
    }

    /// The message shown to the user, with the figures of a [`AppError::Limit`].
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match self {
            AppError::Limit(l) => l.message(lang),
            AppError::Slow(s) => s.message(lang),
            other => crate::i18n::tr(lang, other.key()),
        }
    }

    /// The HTTP status that fits the error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotSignedIn => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Invalid(_) | AppError::Limit(_) => 422,
            AppError::RateLimited | AppError::Slow(_) => 429,
            AppError::Busy => 503,
            AppError::Internal | AppError::Transport => 500,
            AppError::BadRequest => 400,
            AppError::TooLarge => 413,
        }
    }

    /// Logs the real cause on the server and returns the opaque `Internal` error.
    #[cfg(feature = "ssr")]
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        tracing::error!(%cause, "internal error");
        AppError::Internal
    }
}

impl From<Problem> for AppError {
    fn from(p: Problem) -> Self {
        AppError::Invalid(p)
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::internal(e)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Arguments that do not even parse (a forged form) are bad input, not a crash.
            ServerFnErrorErr::Args(_) => AppError::Invalid(Problem::Unknown),
            // On the server this is a request body that could not be read: too large for the
            // body limit, or not UTF-8. (In the browser it is an answer that could not be read.)
            #[cfg(feature = "ssr")]
            ServerFnErrorErr::Deserialization(cause) => {
                tracing::info!(%cause, "server function request unreadable");
                if cause.contains("length limit") { AppError::TooLarge } else { AppError::BadRequest }
            }
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => AppError::Transport,
            other => {
                #[cfg(feature = "ssr")]
                tracing::warn!(error = %other, "server function transport error");
                let _ = other;
                AppError::Transport
            }
        }
    }
}

/// Shorthand used by server functions.
pub type AppResult<T> = Result<T, AppError>;
