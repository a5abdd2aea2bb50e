//! The herstelbrief as its page shows it: the code only when the browser that made the
//! letter still holds it and it still works, with a QR code to `/herstellen`.

use super::model::RecoveryLetter;
use super::rules;
use super::store::LetterRow;
use crate::error::{AppError, AppResult};

/// The letter of `row`; `held` is the code the staff member's browser kept since making it.
pub fn letter(row: LetterRow, held: Option<String>, site_url: String, now: i64) -> AppResult<RecoveryLetter> {
    let code = held
        .filter(|code| rules::hash_code(code) == row.code_hash && rules::check_usable(row.state, now).is_ok())
        .map(|code| rules::print_code(&code));
    let reset_url = match &code {
        Some(code) => format!("{site_url}/herstellen?code={code}"),
        None => format!("{site_url}/herstellen"),
    };
    let qr_svg = crate::neighbourhood::service::qr_svg(&reset_url).map_err(AppError::internal)?;
    Ok(RecoveryLetter {
        buurt_id: row.buurt,
        buurt_name: row.buurt_name,
        resident_name: row.resident_name,
        household_label: row.household_label,
        code,
        valid_until: crate::time::moment_label(row.state.expires_at),
        reset_url,
        site_url,
        qr_svg,
    })
}
