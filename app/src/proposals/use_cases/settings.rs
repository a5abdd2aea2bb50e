//! The participation limits of a buurt: reading them with who changed them last, and saving.

use super::super::model::{Settings, SettingsForm};
use super::super::{present, store};
use crate::accounts::model::BuurtId;
use crate::auth::SessionUser;
use crate::db::{Db, Tx};
use crate::error::AppResult;
use crate::i18n::Lang;

/// The settings form of a buurt.
pub async fn settings_form(db: &Db, buurt: BuurtId, lang: Lang) -> AppResult<SettingsForm> {
    let settings = store::settings(db, buurt).await?;
    let changed = store::settings_changed(db, buurt).await?.map(|(name, at)| present::changed_label(name.as_deref(), at, lang));
    Ok(SettingsForm { buurt_id: buurt.0, settings, changed })
}

/// Stores new limits for the buurt, by the actor.
pub async fn save(tx: &mut Tx, actor: &SessionUser, (buurt, settings): (BuurtId, Settings), now: i64) -> AppResult<()> {
    store::save_settings(tx, buurt, &settings, actor.id, now).await
}
