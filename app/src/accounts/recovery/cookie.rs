//! The herstelbrief's code travels from the post that made it to the letter's page in a
//! cookie of the staff member's browser: HttpOnly, SameSite=Strict, only for that letter's
//! address, for one hour. The database never holds the code, so no other browser, and this
//! one after an hour, can show it again (the staff member then makes a new letter).

use super::model::RecoveryId;
use crate::state::AppState;
use leptos::prelude::use_context;

const NAME: &str = "herstelbrief";
const KEEP_SECONDS: i64 = 3600;

/// Gives the browser the code of the letter just made.
pub fn hand_over(state: &AppState, letter: RecoveryId, code: &str) {
    let secure = if state.settings.secure_cookies { "; Secure" } else { "" };
    let cookie = format!("{NAME}={code}; Path=/herstelbrief/{}; Max-Age={KEEP_SECONDS}; HttpOnly; SameSite=Strict{secure}", letter.0);
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>()
        && let Ok(value) = http::HeaderValue::from_str(&cookie)
    {
        res.append_header(http::header::SET_COOKIE, value);
    }
}

/// The code the browser holds for this letter's page, if any (checked by the caller).
pub fn held() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|header| header.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == NAME)
        .map(|(_, value)| value.to_string())
}
