//! Who is asking, and what they may do: the signed-in user, the buurt they act in, and named
//! permission checks (`permissions`).
//!
//! Every server function calls [`require_user`] (or [`current_user`]) first and then one of
//! the named checks, before it reads or writes anything. A page or server function that is
//! not about one room, proposal or activity acts on [`SessionUser::buurt`]: the buurt the
//! person chose (remembered per person), else their first.

use crate::accounts::model::{BuurtId, Role, UserId};
use crate::error::AppError;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

mod permissions;
pub use permissions::*;
#[cfg(feature = "ssr")]
mod acting;
#[cfg(feature = "ssr")]
pub use acting::*;

/// A user's role in one buurt.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub buurt_id: BuurtId,
    pub buurt_name: String,
    pub role: Role,
}

/// The signed-in user, loaded fresh from the database on every request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub id: UserId,
    pub display_name: String,
    pub language: Lang,
    pub memberships: Vec<Membership>,
    /// The buurt the person last chose to act in (may be one they left since).
    pub chosen: Option<BuurtId>,
}

impl SessionUser {
    /// The buurt this person acts in: the one they chose if they still belong to it, else the
    /// first of their buurten (by name). Someone in no buurt may do nothing buurt-bound.
    pub fn buurt(&self) -> Result<&Membership, AppError> {
        let chosen = self.chosen.and_then(|id| self.memberships.iter().find(|m| m.buurt_id == id));
        chosen.or(self.memberships.first()).ok_or(AppError::Forbidden)
    }

    /// The user's role in a buurt, if any.
    pub fn role_in(&self, buurt: BuurtId) -> Option<Role> {
        self.memberships.iter().find(|m| m.buurt_id == buurt).map(|m| m.role)
    }

    /// Whether the user is staff (sociaal werker or beheerder) somewhere.
    pub fn is_staff_anywhere(&self) -> bool {
        self.memberships.iter().any(|m| m.role.is_staff())
    }

    /// Whether the user is a beheerder somewhere: only they may create buurten.
    pub fn is_admin_anywhere(&self) -> bool {
        self.memberships.iter().any(|m| m.role == Role::Admin)
    }
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::state::AppState;
    use tower_sessions::Session;

    /// The session key that holds the signed-in user's id.
    pub const USER_KEY: &str = "uid";

    /// The session of the request being handled.
    pub async fn session() -> Result<Session, AppError> {
        leptos_axum::extract::<Session>().await.map_err(AppError::internal)
    }

    /// The signed-in user of a session, or `None`.
    pub async fn user_of_session(state: &AppState, session: &Session) -> Result<Option<SessionUser>, AppError> {
        let id = session.get::<i64>(USER_KEY).await.map_err(AppError::internal)?;
        match id {
            Some(id) => crate::accounts::store::load_session_user(&state.db, UserId(id)).await,
            None => Ok(None),
        }
    }

    /// The signed-in user of the current request, or `None`.
    pub async fn current_user() -> Result<Option<SessionUser>, AppError> {
        let state = crate::state::app_state()?;
        let session = session().await?;
        user_of_session(&state, &session).await
    }

    /// Remembers the buurt a person acts in. A buurt they are not in is refused (`Forbidden`)
    /// and changes nothing.
    pub async fn choose_buurt(db: &crate::db::Db, user: &SessionUser, buurt: BuurtId) -> Result<(), AppError> {
        super::require_member(user, buurt)?;
        sqlx::query("UPDATE users SET chosen_buurt_id = $1 WHERE id = $2").bind(buurt.0).bind(user.id.0).execute(db).await?;
        Ok(())
    }

    /// The signed-in user, or `NotSignedIn`.
    pub async fn require_user() -> Result<SessionUser, AppError> {
        current_user().await?.ok_or(AppError::NotSignedIn)
    }

    /// The signed-in caller of a server function and the app's state: what nearly every one
    /// needs first (`NotSignedIn` without a session).
    pub async fn caller() -> Result<(SessionUser, crate::state::AppState), AppError> {
        let user = require_user().await?;
        Ok((user, crate::state::app_state()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role) -> SessionUser {
        SessionUser {
            id: UserId(1),
            display_name: "Test".into(),
            language: Lang::Nl,
            memberships: vec![Membership { buurt_id: BuurtId(7), buurt_name: "Zon".into(), role }],
            chosen: None,
        }
    }

    #[test]
    fn staff_only_in_their_own_buurt() {
        assert!(require_staff(&user(Role::SocialWorker), BuurtId(7)).is_ok());
        assert_eq!(require_staff(&user(Role::SocialWorker), BuurtId(8)), Err(AppError::Forbidden));
        assert_eq!(require_staff(&user(Role::Resident), BuurtId(7)), Err(AppError::Forbidden));
        assert_eq!(require_staff(&user(Role::Committee), BuurtId(7)), Err(AppError::Forbidden));
    }

    #[test]
    fn who_may_assign_which_role() {
        assert!(can_assign_role(Role::Admin, Role::Admin).is_ok());
        assert!(can_assign_role(Role::SocialWorker, Role::Committee).is_ok());
        assert!(can_assign_role(Role::SocialWorker, Role::Admin).is_err());
        assert!(can_assign_role(Role::SocialWorker, Role::SocialWorker).is_err());
        assert!(can_assign_role(Role::Committee, Role::Resident).is_err());
    }
}
