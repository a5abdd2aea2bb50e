//! The one way to put text into a `<textarea>` that a page fills in beforehand.

use leptos::prelude::*;

/// A `<textarea>` that starts with `text`; every other attribute is passed with `attr:`
/// (`<TextArea text attr:id="description" attr:name="description" attr:rows="5" />`).
///
/// tachys treats the children of `<textarea>` as raw text and writes them into the server
/// HTML without escaping, so a description holding `</textarea><script>` would close the
/// field and become markup in the page of whoever opens the form. On the server the text is
/// escaped here (the browser decodes it back, so the field holds exactly what was typed);
/// in the browser a text node is made, which needs no escaping, and hydration leaves the
/// children of a textarea alone.
#[component]
pub fn TextArea(
    /// The text the field starts with, exactly as the person typed it.
    #[prop(optional, into)]
    text: String,
) -> impl IntoView {
    view! { <textarea>{field_text(text)}</textarea> }
}

/// The field's first text as server HTML: `&`, `<` and `>` escaped, after one line break that
/// the HTML parser drops, so a text that starts with a line break keeps it.
#[cfg(feature = "ssr")]
fn field_text(text: String) -> String {
    format!("\n{}", text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;"))
}

/// In the browser the text becomes a text node as it is.
#[cfg(not(feature = "ssr"))]
fn field_text(text: String) -> String {
    text
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn markup_cannot_close_the_field() {
        let html = view! { <TextArea text="a </textarea><script>x()</script> & \"b\"" attr:name="d" /> }.to_html();
        assert!(html.contains("\na &lt;/textarea&gt;&lt;script&gt;x()&lt;/script&gt; &amp; \"b\"</textarea>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(html.contains("name=\"d\""), "{html}");
    }
}
