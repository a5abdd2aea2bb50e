//! Buurtplein: a Dutch-language participation portal for a neighbourhood.
//!
//! This crate is compiled twice: into the server (feature `ssr`), which renders every page, and
//! to WebAssembly for the browser (feature `hydrate`), which holds only the `islands`. Each capability has its own folder with the same shape:
//! `model` (types), `rules` (pure decisions), `store` (SQL, server only), `use_cases` (one
//! small module per thing a person does: `(tx, actor, input, now)`), `present` (view models),
//! `api` (thin server functions), `service` (what other capabilities may use) and `views`
//! (pages). Shared leaf modules: `auth` (the signed-in person, the chosen buurt and the named
//! permission checks), `error` (errors and refusals, depends on no capability), `time` (the
//! one time zone, the clock, labels) and `text`.

/// Declares modules that exist only in the server build (feature `ssr`): SQL, use cases,
/// presenters and everything else the browser never runs.
macro_rules! server_only {
    ($($item:item)*) => { $( #[cfg(feature = "ssr")] $item )* };
}

pub mod accounts;
pub mod agenda;
pub mod app;
pub mod comments;
pub mod auth;
pub mod components;
pub mod error;
pub mod fairness;
pub mod groups;
pub mod home;
pub mod i18n;
pub mod islands;
pub mod mail;
pub mod neighbourhood;
pub mod notifications;
pub mod on_behalf;
pub mod pages;
pub mod proposals;
pub mod rooms;
pub mod text;
pub mod time;
pub mod voting;

// Outside `server_only!`: it exports `in_write!`, which other modules import by path.
#[cfg(feature = "ssr")]
pub mod db;
server_only! {
    pub mod assets;
    pub mod jobs;
    pub mod keyed;
    pub mod limits;
    pub mod server_fns;
    pub mod sessions;
    pub mod state;
}

/// Entry point of the WebAssembly bundle, called before the page's islands start.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
