//! A table of figures that a phone can scroll sideways, named for screen readers.

use leptos::prelude::*;

/// The wrapper scrolls on its own (and can take focus, so a keyboard can scroll it too); its
/// name and the caption are the same words. `headers` are the column titles; the rows come as
/// children (each a `<tr>`, the first cell a `<th scope="row">`).
#[component]
pub fn DataTable(caption: String, class: &'static str, headers: Vec<String>, children: Children) -> impl IntoView {
    let label = caption.clone();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table class=class>
                <caption>{caption}</caption>
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
