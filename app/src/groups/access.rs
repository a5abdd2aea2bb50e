//! Who may see and manage a group: a group as the caller may see it, where the caller stands
//! in it, and whether they are staff of its buurt.

use super::model::{GroupId, Standing};
use super::{rules, store};
use crate::accounts::model::BuurtId;
use crate::auth::{SessionUser, require_member, require_staff};
use crate::db::Db;
use crate::error::AppError;

/// A group the caller may see. A group of another buurt does not exist for the caller.
pub struct Access {
    pub group: store::GroupRow,
    pub standing: Option<(super::model::MemberId, Standing)>,
    pub is_staff: bool,
}

impl Access {
    pub async fn load(db: &Db, user: &SessionUser, group: GroupId) -> Result<Access, AppError> {
        let row = store::group(db, group).await?;
        let buurt = BuurtId(row.buurt_id);
        require_member(user, buurt).map_err(|_| AppError::NotFound)?;
        let standing = store::standing(db, group, user.id).await?;
        Ok(Access { group: row, standing, is_staff: require_staff(user, buurt).is_ok() })
    }

    /// Only for coordinators and staff: anyone else, also in another buurt, is refused.
    pub async fn manager(db: &Db, user: &SessionUser, group: GroupId) -> Result<Access, AppError> {
        let access = Access::load(db, user, group).await.map_err(|e| if e == AppError::NotFound { AppError::Forbidden } else { e })?;
        if !access.can_manage() {
            return Err(AppError::Forbidden);
        }
        Ok(access)
    }

    pub fn mine(&self) -> Option<Standing> {
        self.standing.map(|(_, s)| s)
    }

    pub fn can_manage(&self) -> bool {
        rules::can_manage(self.is_staff, self.mine())
    }

    pub fn id(&self) -> GroupId {
        GroupId(self.group.id)
    }
}
