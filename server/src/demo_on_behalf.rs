//! Demo: a household member the sociaal werker registered (no e-mail, no phone, no password),
//! whom she can help from `/beheer/namens`; he can claim the account later with the code of
//! his household.

use crate::demo::anyhow_app;
use app::accounts::model::{AgeBand, BuurtId, DisplayName};
use app::db::Db;
use app::neighbourhood::store as buurten;

/// The registered member and the household he lives in (Jan and Riet's).
pub const REGISTERED: (&str, &str) = ("Opa Wim", "Zonnebloemstraat 3");

/// Registers Opa Wim once, as Samira Sociaal did.
pub async fn seed(db: &Db, buurt: BuurtId) -> anyhow::Result<()> {
    if buurten::user_by_name(db, REGISTERED.0).await.map_err(anyhow_app)?.is_some() {
        return Ok(());
    }
    let samira = buurten::user_by_name(db, "Samira Sociaal").await.map_err(anyhow_app)?.ok_or_else(|| anyhow::anyhow!("no Samira"))?;
    let actor = app::accounts::store::load_session_user(db, samira).await.map_err(anyhow_app)?.ok_or_else(|| anyhow::anyhow!("no Samira"))?;
    let household: i64 = sqlx::query_scalar("SELECT id FROM households WHERE buurt_id = $1 AND label = $2")
        .bind(buurt.0)
        .bind(REGISTERED.1)
        .fetch_one(db)
        .await?;
    let name = DisplayName::parse(REGISTERED.0).map_err(|p| anyhow::anyhow!("{p:?}"))?;
    let member = app::accounts::service::NewMember { buurt, household, name, age_band: Some(AgeBand::From75) };
    app::in_write!(db, |tx| app::accounts::service::register_member(tx, &actor, member.clone(), app::db::now())).map_err(anyhow_app)?;
    Ok(())
}
