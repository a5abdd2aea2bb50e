//! The top of every page: the window title, a link one level up, and the one `h1`.

use leptos::prelude::*;
use leptos_meta::Title;

/// Where the link above the heading leads: a fixed address, or one that depends on the route
/// (the activity or room the page belongs to). The label is already translated.
pub struct Up {
    href: Signal<String>,
    label: String,
}

impl Up {
    /// A link to an address that depends on the page, e.g. back to the activity being edited.
    pub fn to(href: impl Fn() -> String + Send + Sync + 'static, label: String) -> Self {
        Self { href: Signal::derive(href), label }
    }
}

impl From<(&'static str, String)> for Up {
    fn from((href, label): (&'static str, String)) -> Self {
        Self { href: Signal::stored(href.to_string()), label }
    }
}

/// The window title and the page's heading (the same words, so a screen reader and the tab
/// bar agree), with a breadcrumb link above it when the page sits under another.
#[component]
pub fn PageHead(#[prop(into)] title: String, #[prop(optional, into)] up: Option<Up>) -> impl IntoView {
    view! {
        <Title text=title.clone() />
        {up.map(|up| view! { <p class="breadcrumb"><a href=up.href>{up.label}</a></p> })}
        <h1>{title}</h1>
    }
}
