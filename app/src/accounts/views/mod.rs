//! Pages for accounts: sign up, sign in and the profile.

mod profile;
mod sign_in;
mod sign_up;

pub use profile::ProfilePage;
pub use sign_in::SignInPage;
pub use sign_up::SignUpPage;

use crate::app::HeaderRefresh;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// Refreshes the header (name, notifications, menu) each time the action succeeds.
pub fn refresh_header_on_success<S>(action: ServerAction<S>)
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    let refresh = expect_context::<HeaderRefresh>();
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(_))) {
            refresh.bump();
        }
    });
}
