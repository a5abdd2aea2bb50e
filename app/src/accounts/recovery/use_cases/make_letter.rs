//! Staff print a herstelbrief for a resident of their buurt: a new letter code (earlier
//! unused codes stop working), the resident's sessions end, the staff log keeps it and the
//! resident reads about it in Meldingen.

use super::super::model::{CodeKind, RecoveryId};
use super::super::{rules, store};
use crate::accounts::model::{BuurtId, Role, UserId};
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::{AppError, AppResult, Problem};
use crate::neighbourhood::service::StaffAction;
use crate::notifications::model::Notice;

/// The resident a letter is for, and the buurt the staff member acts in.
#[derive(Clone)]
pub struct LetterFor {
    pub buurt: BuurtId,
    pub member: UserId,
}

/// Makes the letter's code; `Forbidden` (and nothing changes) unless the actor is staff of
/// `buurt` and the member a resident there who is staff nowhere; `RecoveryNoAccount` for a
/// member without a password (registered by staff: they claim the account with the
/// household's code instead).
pub async fn make_letter(tx: &mut Tx, actor: &SessionUser, input: LetterFor, now: i64) -> AppResult<(RecoveryId, String)> {
    let LetterFor { buurt, member } = input;
    let roles: Vec<(BuurtId, Role)> =
        store::roles_of(tx, member).await?.into_iter().filter_map(|(b, r)| Role::parse(&r).ok().map(|r| (b, r))).collect();
    if !rules::may_get_letter(actor.role_in(buurt), buurt, &roles) {
        return Err(AppError::Forbidden);
    }
    if !store::can_sign_in(tx, member).await? {
        return Err(Problem::RecoveryNoAccount.into());
    }
    store::revoke_unused(tx, member, None, now).await?;
    let new = store::NewCode { user: member, kind: CodeKind::Letter, hash: "", made_by: Some((actor.id, buurt)) };
    let (id, code) = super::new_code(tx, new, now).await?;
    crate::accounts::store::delete_sessions_of(&mut **tx, member, None).await?;
    let entry = StaffAction { buurt: Some(buurt), actor: actor.id, action: "recovery-letter", subject: &member.0.to_string() };
    crate::neighbourhood::service::record(tx, entry, now).await?;
    let notice = Notice::RecoveryLetter { name: actor.display_name.clone(), until: now + rules::LETTER_VALID_SECONDS };
    crate::notifications::service::notify(tx, member, notice, "/profiel", now).await?;
    Ok((id, code))
}
