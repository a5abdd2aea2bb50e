//! Households and invite letters as the staff pages show them: codes written the way people
//! type them, and the letter's QR code to the sign-up page.

use super::model::{HouseholdDetail, HouseholdId, InviteId, InviteLetter, InviteRow};
use super::store;
use crate::accounts::model::BuurtId;
use crate::accounts::rules::format_code;
use crate::db::Db;
use crate::error::{AppError, AppResult};

/// A household with its people and its codes.
pub async fn household_detail(db: &Db, household: HouseholdId) -> AppResult<HouseholdDetail> {
    let (buurt_id, buurt_name, label, building, default_uses) = store::household_head(db, household).await?.ok_or(AppError::NotFound)?;
    let members = store::household_members(db, household).await?;
    let invites = store::household_invites(db, household)
        .await?
        .into_iter()
        .map(|(id, code, max_uses, uses, revoked)| InviteRow { id: InviteId(id), code: format_code(&code), max_uses, uses, revoked: revoked.is_some() })
        .collect();
    Ok(HouseholdDetail { id: household, buurt_id: BuurtId(buurt_id), buurt_name, label, building, members, invites, default_uses })
}

/// The printable letter of a code, with links to `site_url`.
pub async fn invite_letter(db: &Db, invite: InviteId, site_url: String) -> AppResult<InviteLetter> {
    let (code, max_uses, revoked, household_label, buurt_name) = store::invite_for_letter(db, invite).await?;
    let code = format_code(&code);
    let signup_url = format!("{site_url}/aanmelden?code={code}");
    let qr_svg = super::qr::svg(&signup_url).map_err(AppError::internal)?;
    Ok(InviteLetter { buurt_name, household_label, code, max_uses, signup_url, site_url, qr_svg, revoked: revoked.is_some() })
}
