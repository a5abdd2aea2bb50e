//! The few parts of a page that run in the browser (Leptos islands) and the scripts that start
//! them. Every page is server-rendered HTML whose forms post and redirect; an island only adds
//! to a page that already works without it. A page without an island loads no JavaScript and
//! no WebAssembly at all.
//!
//! Islands get the text they show as props, already in the reader's language: the Fluent
//! files stay on the server.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Whether this page already has its island scripts (provided by the shell per request).
#[derive(Clone, Default)]
pub struct IslandScriptsAdded(pub std::sync::Arc<std::sync::atomic::AtomicBool>);

/// The scripts that load the WebAssembly and start the islands. Put it next to every island:
/// only the first one on a page adds them.
#[component]
pub fn IslandScripts() -> impl IntoView {
    let first = use_context::<IslandScriptsAdded>()
        .is_some_and(|added| !added.0.swap(true, std::sync::atomic::Ordering::Relaxed));
    first
        .then(use_context::<LeptosOptions>)
        .flatten()
        .map(|options| view! { <HydrationScripts options islands=true /> })
}

/// Lets browser tests (and curious people) see that the islands of the page are running.
fn mark_hydrated() {
    #[cfg(feature = "hydrate")]
    Effect::new(|_| {
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
}

/// "Nog 4 van de 10 stemmen over" in the reader's language, `{n}` standing for the number;
/// "1 stem te veel" apart, since Dutch and English say one and more differently.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct VotesLeftText {
    pub left: String,
    pub one_too_many: String,
    pub too_many: String,
}

/// The ballot's live count of the votes left, while the resident types. The ballot itself is
/// a plain form around it; this island listens to the number fields named in `fields` (with
/// their values as the page was sent) and says how many votes are left, or how many too many.
#[island]
pub fn VotesLeft(budget: i64, fields: Vec<(String, i64)>, text: VotesLeftText) -> impl IntoView {
    mark_hydrated();
    let counts = RwSignal::new(fields);
    #[cfg(feature = "hydrate")]
    {
        let handle = window_event_listener(leptos::ev::input, move |ev| {
            let input: web_sys::HtmlInputElement = event_target(&ev);
            let name = input.name();
            let value = input.value().trim().parse::<i64>().unwrap_or(0);
            counts.update(|c| {
                if let Some(field) = c.iter_mut().find(|(n, _)| *n == name) {
                    field.1 = value;
                }
            });
        });
        on_cleanup(move || handle.remove());
    }
    let label = move || {
        let used: i64 = counts.with(|c| c.iter().map(|(_, v)| (*v).max(0)).sum());
        let left = budget - used;
        match left {
            0.. => text.left.replace("{n}", &left.to_string()),
            -1 => text.one_too_many.clone(),
            _ => text.too_many.replace("{n}", &(-left).to_string()),
        }
    };
    view! { <p class="vote-remaining" aria-live="polite">{label}</p> }
}
