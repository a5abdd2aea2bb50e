//! The few parts of a page that run in the browser (Leptos islands) and the scripts that start
//! them. Every page is server-rendered HTML whose forms post and redirect; an island only adds
//! to a page that already works without it. A page without an island loads no JavaScript and
//! no WebAssembly at all.
//!
//! Islands get the text they show as props, already in the reader's language: the Fluent
//! files stay on the server.

use leptos::prelude::*;

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
#[cfg(feature = "hydrate")]
fn mark_hydrated(document: &web_sys::Document) {
    if let Some(body) = document.body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}

/// The ballot's count of the votes left (`<p id="stemmen-over">`), written by the server in
/// the reader's language with what the island needs in `data-` attributes: the budget and the
/// texts for votes left, one too many and more too many (`{n}` stands for the number).
#[derive(Clone, Debug, PartialEq)]
pub struct VotesLeftText {
    pub left: String,
    pub one_too_many: String,
    pub too_many: String,
}

impl VotesLeftText {
    /// The sentence for `used` of `budget` votes.
    pub fn say(&self, budget: i64, used: i64) -> String {
        match budget - used {
            left @ 0.. => self.left.replace("{n}", &left.to_string()),
            -1 => self.one_too_many.clone(),
            left => self.too_many.replace("{n}", &(-left).to_string()),
        }
    }
}

/// The count the ballot shows above its number fields, as the server sends it.
#[component]
pub fn VotesLeftCount(budget: i64, used: i64, text: VotesLeftText) -> impl IntoView {
    view! {
        <p
            id="stemmen-over"
            class="vote-remaining"
            aria-live="polite"
            data-budget=budget
            data-left=text.left.clone()
            data-one=text.one_too_many.clone()
            data-many=text.too_many.clone()
        >
            {text.say(budget, used)}
        </p>
        <VotesLeft />
        <IslandScripts />
    }
}

/// The island behind [`VotesLeftCount`]: it counts the votes again whenever a number field of
/// the ballot changes, before anything is sent. It has no props (so the browser needs no JSON
/// decoder) and no view of its own: it reads the count's `data-` attributes and changes its
/// text.
#[island]
pub fn VotesLeft() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    count_while_typing();
}

#[cfg(feature = "hydrate")]
fn count_while_typing() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(count) = document.get_element_by_id("stemmen-over") else { return };
    let Some(form) = count.closest("form").ok().flatten() else { return };
    let data = |name: &str| count.get_attribute(name).unwrap_or_default();
    let budget = data("data-budget").parse::<i64>().unwrap_or(0);
    let text = VotesLeftText { left: data("data-left"), one_too_many: data("data-one"), too_many: data("data-many") };
    let recount = {
        let (count, form) = (count.clone(), form.clone());
        Closure::<dyn Fn()>::new(move || {
            let Ok(fields) = form.query_selector_all("input.vote-number") else { return };
            let used: i64 = (0..fields.length())
                .filter_map(|i| fields.item(i)?.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|field| field.value().trim().parse::<i64>().unwrap_or(0).max(0))
                .sum();
            count.set_text_content(Some(&text.say(budget, used)));
        })
    };
    let _ = form.add_event_listener_with_callback("input", recount.as_ref().unchecked_ref());
    // The page lives as long as the listener: nothing to clean up.
    recount.forget();
    mark_hydrated(&document);
}

#[cfg(test)]
mod tests {
    use super::VotesLeftText;

    #[test]
    fn says_what_is_left_or_how_many_too_many() {
        let text = VotesLeftText { left: "nog {n}".into(), one_too_many: "1 te veel".into(), too_many: "{n} te veel".into() };
        assert_eq!(text.say(5, 0), "nog 5");
        assert_eq!(text.say(5, 5), "nog 0");
        assert_eq!(text.say(5, 6), "1 te veel");
        assert_eq!(text.say(5, 8), "3 te veel");
    }
}
