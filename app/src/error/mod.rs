//! One error type for the whole app, with stable codes that the UI translates through Fluent.
//!
//! The internal cause of an `Internal` error is logged on the server and never sent to the browser.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

mod problem;
mod refusals;
pub use problem::Problem;
pub use refusals::{Limit, LocalMoment, SlowDown};

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
    /// Invalid input in one named field of the form: the page shows the message next to that
    /// field and puts the focus there.
    #[error("invalid input in {1}: {0:?}")]
    InvalidField(Problem, String),
    /// A room rule refused the request; the message says what is still possible.
    #[error("refused by a room rule: {0:?}")]
    Limit(Limit),
    /// Slow mode refused a comment, or a limit over time a proposal; the message says when it
    /// is possible again.
    #[error("slowed down: {0:?}")]
    Slow(SlowDown),
    #[error("too many attempts")]
    RateLimited,
    /// The server is too busy with password work right now (503 with `Retry-After`).
    #[error("busy")]
    Busy,
    /// PostgreSQL refused a write because another writer got in its way (and the retries of
    /// `in_write!` ran out): shown as "very busy, try again".
    #[error("write conflict")]
    Conflict,
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
            AppError::Invalid(p) | AppError::InvalidField(p, _) => p.key(),
            AppError::Limit(l) => l.key(),
            AppError::Slow(s) => s.key(),
            AppError::RateLimited => "error-rate-limited",
            AppError::Busy | AppError::Conflict => "error-busy",
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
            AppError::Invalid(_) | AppError::InvalidField(..) | AppError::Limit(_) => 422,
            AppError::RateLimited | AppError::Slow(_) => 429,
            AppError::Busy | AppError::Conflict => 503,
            AppError::Internal | AppError::Transport => 500,
            AppError::BadRequest => 400,
            AppError::TooLarge => 413,
        }
    }

    /// What was wrong with the input, if the input was the trouble.
    pub fn problem(&self) -> Option<Problem> {
        match self {
            AppError::Invalid(p) | AppError::InvalidField(p, _) => Some(*p),
            _ => None,
        }
    }

    /// The form fields this error is about, most likely first: the one named by the server,
    /// or else the usual fields of the problem (`display_name` for a name that is taken).
    /// A page marks the first of these that its form has.
    pub fn fields(&self) -> Vec<&str> {
        match self {
            AppError::InvalidField(_, field) => vec![field.as_str()],
            AppError::Invalid(p) => p.fields().to_vec(),
            AppError::Limit(Limit::Capacity { .. }) => vec!["people"],
            _ => Vec::new(),
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
        if crate::db::is_conflict(&e) {
            tracing::debug!(error = %e, "write conflict");
            return AppError::Conflict;
        }
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

/// Names the form field a problem is about: `parse_text(&form.title, 2, 80, false).field("title")?`.
pub trait InField<T> {
    fn field(self, name: &str) -> AppResult<T>;
}

impl<T> InField<T> for Result<T, Problem> {
    fn field(self, name: &str) -> AppResult<T> {
        self.map_err(|p| AppError::InvalidField(p, name.to_string()))
    }
}

/// Shorthand used by server functions.
pub type AppResult<T> = Result<T, AppError>;
