//! Staff create a room or change its settings and opening hours; the buurt's log keeps it.

use crate::accounts::model::BuurtId;
use crate::auth::SessionUser;
use crate::db::Tx;
use crate::error::AppResult;
use crate::rooms::model::RoomId;
use crate::rooms::rules::Settings;
use crate::rooms::store;

/// Checked settings for a new room (`room` None) of a buurt or an existing one.
#[derive(Clone)]
pub struct RoomSettings {
    pub buurt: BuurtId,
    pub room: Option<RoomId>,
    pub settings: Settings,
}

pub async fn save_settings(tx: &mut Tx, actor: &SessionUser, input: RoomSettings, now: i64) -> AppResult<RoomId> {
    let RoomSettings { buurt, room, settings } = input;
    let id = store::save_room(tx, buurt, room, &settings, now).await?;
    let entry = crate::neighbourhood::service::StaffAction { buurt: Some(buurt), actor: actor.id, action: "ruimte-instellingen", subject: &settings.name };
    crate::neighbourhood::service::record(tx, entry, now).await?;
    Ok(id)
}
