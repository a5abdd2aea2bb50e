//! Small line icons as inline SVG (no icon font or emoji font needed on the phone).

use leptos::prelude::*;

/// Which icon to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconKind {
    Calendar,
    Home,
    Idea,
    People,
    Person,
    Folder,
    Bell,
}

impl IconKind {
    fn path(self) -> &'static str {
        match self {
            IconKind::Calendar => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
            IconKind::Home => "M3 11l9-7 9 7M5 10v10h5v-6h4v6h5V10",
            IconKind::Idea => "M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.8.8 1 1.5 1 2.5h6c0-1 .2-1.7 1-2.5A6 6 0 0 0 12 3z",
            IconKind::People => "M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 11a3 3 0 1 0 0-6M18 14c1.8.8 3 2.8 3 6",
            IconKind::Person => "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21c0-4.4 3.6-8 8-8s8 3.6 8 8",
            IconKind::Folder => "M3 6h6l2 2h10v11H3z",
            IconKind::Bell => "M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0",
        }
    }
}

/// A decorative icon: hidden from screen readers, the text beside it says what it means.
#[component]
pub fn Icon(kind: IconKind) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"
            fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            <path d=kind.path() />
        </svg>
    }
}
