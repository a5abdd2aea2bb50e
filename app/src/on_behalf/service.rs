//! What other capabilities use: record an act done for a resident (after the act itself, in
//! the same transaction), the hidden `namens` field of their forms, and the export.

pub use super::views::NamensField;

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::super::model::Act;
    use super::super::store;
    use crate::accounts::model::UserId;
    use crate::auth::Acting;
    use crate::db::{Db, Tx};
    use crate::error::AppResult;
    use crate::neighbourhood::service::StaffAction;
    use crate::notifications::model::Notice;
    use serde::Serialize;

    /// Records that a staff member did `act` about `subject` for the resident: in the acts
    /// table, in the staff log, and as a message in the resident's Meldingen (linking to
    /// `link`). Nothing when the resident acted themself.
    pub async fn record(tx: &mut Tx, acting: &Acting, act: Act, subject: &str, link: &str, now: i64) -> AppResult<()> {
        let Some(helper) = &acting.helper else { return Ok(()) };
        let (buurt, resident) = (acting.buurt()?, acting.resident.id);
        store::insert(tx, store::NewAct { buurt, resident, helper: helper.id, act, subject }, now).await?;
        let logged = format!("{} voor bewoner {}: {subject}", act.code(), resident.0);
        let entry = StaffAction { buurt: Some(buurt), actor: helper.id, action: "namens", subject: &logged };
        crate::neighbourhood::service::record(tx, entry, now).await?;
        let notice = Notice::OnBehalf { name: helper.display_name.clone(), act: act.code().to_string(), what: subject.to_string() };
        crate::notifications::service::notify(tx, resident, notice, link, now).await
    }

    /// The session key that holds the resident a staff member is helping.
    pub const HELPING_KEY: &str = "namens";

    /// Whom a page is shown for: while a staff member helps a resident (and still may), the
    /// resident, so the page shows the buttons and limits the resident would see; else the
    /// signed-in user. Only for reading: every act checks `namens` again.
    pub async fn viewer(db: &Db, user: crate::auth::SessionUser) -> AppResult<crate::auth::SessionUser> {
        let session = crate::auth::session().await?;
        let Some(id) = session.get::<i64>(HELPING_KEY).await.map_err(crate::error::AppError::internal)? else { return Ok(user) };
        match crate::auth::acting_for(db, user.clone(), Some(id)).await {
            Ok(acting) => Ok(acting.resident),
            Err(_) => Ok(user),
        }
    }

    /// Where a form goes after an act: for a helper, back to the resident on the "namens"
    /// page; else `own`.
    pub fn back_to(acting: &Acting, own: &str) -> String {
        match acting.helper {
            Some(_) => format!("/beheer/namens?bewoner={}", acting.resident.id.0),
            None => own.to_string(),
        }
    }

    /// After an act for a resident: back to them on the "namens" page. For someone acting
    /// themself nothing changes (the form returns to its page).
    pub fn return_helper(acting: &Acting) {
        if acting.helper.is_some() {
            leptos_axum::redirect(&back_to(acting, ""));
        }
    }

    /// When an account is deleted: what was done for the person goes (it is theirs); what a
    /// staff member did for others stays, like the staff log (accountability).
    pub async fn on_account_deleted(tx: &mut Tx, user: UserId, _now: i64) -> AppResult<()> {
        store::delete_for_resident(tx, user).await
    }

    /// One act done for a person, in their data export.
    #[derive(Debug, Serialize)]
    pub struct ExportedHelp {
        pub act: String,
        pub subject: String,
        /// Who helped (None once their account is gone).
        pub helper: Option<String>,
        pub at: String,
    }

    /// Everything staff did for a person, for their data export.
    pub async fn export(db: &Db, user: UserId) -> AppResult<Vec<ExportedHelp>> {
        let rows = store::acts_of(db, user, i64::MAX).await?;
        Ok(rows
            .into_iter()
            .map(|(act, subject, helper, at)| ExportedHelp {
                act,
                subject,
                helper,
                at: jiff::Timestamp::from_second(at).map(|t| t.to_string()).unwrap_or_default(),
            })
            .collect())
    }
}
