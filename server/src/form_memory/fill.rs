//! Filling a page in after a form post (lol_html, a streaming HTML rewriter): the refused
//! form gets what was typed, or after a success the first message gets the focus.

use super::locate::locate;
use super::{Draft, Mistake, is_secret};
use std::cell::RefCell;
use std::rc::Rc;

/// Gives the focus to the first status message in the page's main part, unless the page
/// already names an element to focus.
pub fn focus_first_message(html: &str) -> Result<String, lol_html::errors::RewritingError> {
    use lol_html::{RewriteStrSettings, element, rewrite_str};
    if html.contains(" autofocus") {
        return Ok(html.to_string());
    }
    let done = RefCell::new(false);
    let settings = RewriteStrSettings::new().append_element_content_handler(element!(
        "main [role=status], main [role=alert]",
        |el| {
            if !done.replace(true) {
                el.set_attribute("tabindex", "-1")?;
                el.set_attribute("autofocus", "")?;
            }
            Ok(())
        }
    ));
    rewrite_str(html, settings)
}

/// Puts the draft's values into the form that posts to `draft.action`: text fields, text
/// areas, choices and tick boxes. Passwords, hidden fields and files are left alone.
///
/// A page can hold several forms that post to the same place (a sign-up button per activity,
/// a step per decision); the refused one is the first whose hidden fields hold what was
/// posted. When it sits in a folded `<details>`, that one comes back open.
///
/// With a `mistake`, the first of its fields that the form has gets the message beside it,
/// `aria-invalid` and the focus (instead of the page's error message).
pub fn fill_in(html: &str, draft: &Draft, mistake: Option<&Mistake>) -> Result<String, lol_html::errors::RewritingError> {
    use lol_html::html_content::ContentType;
    use lol_html::{RewriteStrSettings, element, end_tag, rewrite_str};

    let Some(target) = locate(html, draft)? else { return Ok(html.to_string()) };
    let wrong = mistake.filter(|m| m.action == draft.action).and_then(|m| {
        let field = m.fields.iter().find(|f| target.names.contains(f))?;
        Some((field.clone(), m.message.clone()))
    });
    let focus_moves = wrong.is_some();
    // Taken by the first matching field; the handlers share it by reference.
    let wrong = &RefCell::new(wrong);
    let in_form = Rc::new(RefCell::new(false));
    let select = Rc::new(RefCell::new(None::<String>));
    let (form_flag, input_flag, area_flag, select_flag) =
        (in_form.clone(), in_form.clone(), in_form.clone(), in_form);
    let (select_open, select_option) = (select.clone(), select);
    let (forms, details) = (RefCell::new(0usize), RefCell::new(0usize));
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("[autofocus]", move |el| {
            if focus_moves {
                el.remove_attribute("autofocus");
            }
            Ok(())
        }))
        .append_element_content_handler(element!("details", |el| {
            let index = details.replace_with(|n| *n + 1);
            if target.details == Some(index) {
                el.set_attribute("open", "")?;
            }
            Ok(())
        }))
        .append_element_content_handler(element!("form", move |el| {
            let ours = forms.replace_with(|n| *n + 1) == target.form;
            *form_flag.borrow_mut() = ours;
            if ours && let Some(handlers) = el.end_tag_handlers() {
                let flag = form_flag.clone();
                handlers.push(end_tag!(move |_| {
                    *flag.borrow_mut() = false;
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_element_content_handler(element!("input[name]", move |el| {
            if !*input_flag.borrow() {
                return Ok(());
            }
            let name = el.get_attribute("name").unwrap_or_default();
            mark_if_wrong(el, &name, wrong)?;
            let kind = el
                .get_attribute("type")
                .unwrap_or_else(|| "text".into())
                .to_ascii_lowercase();
            match kind.as_str() {
                "hidden" | "password" | "file" | "submit" | "button" | "reset" | "image" => {}
                "checkbox" | "radio" => {
                    let value = el.get_attribute("value").unwrap_or_else(|| "on".into());
                    if draft.has(&name, &value) {
                        el.set_attribute("checked", "")?;
                    } else {
                        el.remove_attribute("checked");
                    }
                }
                _ if !is_secret(&name) => match draft.value(&name) {
                    Some(value) => el.set_attribute("value", value)?,
                    None => el.remove_attribute("value"),
                },
                _ => {}
            }
            Ok(())
        }))
        .append_element_content_handler(element!("textarea[name]", move |el| {
            if *area_flag.borrow() {
                let name = el.get_attribute("name").unwrap_or_default();
                mark_if_wrong(el, &name, wrong)?;
                // A first line break is dropped by the HTML parser: this one keeps
                // a text that starts with a line break as it was.
                let text = format!("\n{}", draft.value(&name).unwrap_or_default());
                el.set_inner_content(&text, ContentType::Text);
            }
            Ok(())
        }))
        .append_element_content_handler(element!("select[name]", move |el| {
            if *select_flag.borrow() {
                let name = el.get_attribute("name");
                mark_if_wrong(el, name.as_deref().unwrap_or_default(), wrong)?;
                *select_open.borrow_mut() = name;
                if let Some(handlers) = el.end_tag_handlers() {
                    let open = select_open.clone();
                    handlers.push(end_tag!(move |_| {
                        *open.borrow_mut() = None;
                        Ok(())
                    }));
                }
            }
            Ok(())
        }))
        .append_element_content_handler(element!("option", move |el| {
            if let Some(name) = select_option.borrow().as_ref() {
                let value = el.get_attribute("value").unwrap_or_default();
                if draft.has(name, &value) {
                    el.set_attribute("selected", "")?;
                } else {
                    el.remove_attribute("selected");
                }
            }
            Ok(())
        }));
    rewrite_str(html, settings)
}

/// Gives the wrong field (once) its message, placed before it and linked for screen readers,
/// `aria-invalid` and the focus.
fn mark_if_wrong(
    el: &mut lol_html::html_content::Element,
    name: &str,
    wrong: &RefCell<Option<(String, String)>>,
) -> lol_html::HandlerResult {
    use lol_html::html_content::ContentType;
    if wrong.borrow().as_ref().is_none_or(|(field, _)| field != name) {
        return Ok(());
    }
    let Some((_, message)) = wrong.borrow_mut().take() else { return Ok(()) };
    let id: String = el
        .get_attribute("id")
        .unwrap_or_else(|| name.to_string())
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '-' })
        .collect();
    let message_id = format!("{id}-fout");
    let described = match el.get_attribute("aria-describedby") {
        Some(other) => format!("{message_id} {other}"),
        None => message_id.clone(),
    };
    el.set_attribute("aria-describedby", &described)?;
    el.set_attribute("aria-invalid", "true")?;
    el.set_attribute("autofocus", "")?;
    el.before(&format!(r#"<p class="field-error" id="{message_id}">"#), ContentType::Html);
    el.before(&message, ContentType::Text);
    el.before("</p>", ContentType::Html);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(fields: &[(&str, &str)]) -> Draft {
        Draft {
            action: "/api/x".into(),
            fields: fields
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn fills_only_the_form_that_was_refused() {
        let html = r#"<form action="/api/y"><input name="title" value="other"></form><form action="/api/x" method="post"><input name="title"><input type="hidden" name="id" value="3"></form>"#;
        let out = fill_in(
            html,
            &draft(&[("title", "Koffie \"samen\" <b>"), ("id", "3")]),
            None,
        )
        .unwrap();
        assert!(
            out.starts_with(r#"<form action="/api/y"><input name="title" value="other"></form>"#),
            "{out}"
        );
        assert!(
            out.contains(r#"<input name="title" value="Koffie &quot;samen&quot; <b>">"#),
            "{out}"
        );
        assert!(
            out.contains(r#"name="id" value="3""#),
            "hidden fields stay as the server wrote them: {out}"
        );
    }

    #[test]
    fn text_areas_choices_and_ticks_come_back() {
        let html = r#"<form action="/api/x"><textarea name="d">old</textarea><select name="s"><option value="a" selected>A</option><option value="b">B</option></select><input type="checkbox" name="c" value="ja"><input type="checkbox" name="e" value="ja" checked></form><select name="s"><option value="a" selected></option></select>"#;
        let out = fill_in(
            html,
            &draft(&[
                ("d", "</textarea><script>x</script>"),
                ("s", "b"),
                ("c", "ja"),
            ]),
            None,
        )
        .unwrap();
        assert!(
            out.contains(
                "<textarea name=\"d\">\n&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;</textarea>"
            ),
            "{out}"
        );
        assert!(
            out.contains(r#"<option value="a">A</option><option value="b" selected="">B</option>"#),
            "{out}"
        );
        assert!(
            out.contains(r#"<input type="checkbox" name="c" value="ja" checked="">"#),
            "{out}"
        );
        assert!(!out.contains(r#"name="e" value="ja" checked"#), "{out}");
        assert!(
            out.ends_with(r#"<select name="s"><option value="a" selected></option></select>"#),
            "another form's choice stays: {out}"
        );
    }

    #[test]
    fn after_a_success_the_first_message_takes_the_focus() {
        let html = r#"<header><p role="status">x</p></header><main><p>a</p><p class="status" role="status">Aangemeld</p><p role="status">b</p></main>"#;
        let out = focus_first_message(html).unwrap();
        assert!(out.contains(r#"<p class="status" role="status" tabindex="-1" autofocus="">Aangemeld</p><p role="status">b</p>"#), "{out}");
        assert!(
            out.starts_with(r#"<header><p role="status">x</p></header>"#),
            "{out}"
        );
        let chosen =
            r#"<main><p role="status">a</p><p role="alert" tabindex="-1" autofocus>b</p></main>"#;
        assert_eq!(focus_first_message(chosen).unwrap(), chosen);
    }

    #[test]
    fn of_forms_to_one_place_the_one_with_the_posted_hidden_fields_is_filled_and_opened() {
        let step = |s: &str| format!(r#"<details class="d"><summary>{s}</summary><form action="/api/x"><input type="hidden" name="step" value="{s}"><textarea name="reason"></textarea></form></details>"#);
        let html = format!("{}{}{}", step("accepteren"), step("aanpassen"), step("afwijzen"));
        let out = fill_in(&html, &draft(&[("step", "aanpassen"), ("reason", "Welke dag?")]), None).unwrap();
        assert_eq!(out.matches("Welke dag?").count(), 1, "{out}");
        assert_eq!(out.matches(" open").count(), 1, "{out}");
        let second = out.find(r#"value="aanpassen""#).unwrap();
        assert!(out[..second].ends_with(r#"<details class="d" open=""><summary>aanpassen</summary><form action="/api/x"><input type="hidden" name="step" "#), "{out}");
        assert!(out[second..].starts_with("value=\"aanpassen\"><textarea name=\"reason\">\nWelke dag?</textarea>"), "{out}");
        let gone = fill_in(&html, &draft(&[("step", "plannen"), ("reason", "x")]), None).unwrap();
        assert_eq!(gone, html, "a form that is no longer on the page: nothing changes");
    }

    #[test]
    fn passwords_are_never_kept_or_filled() {
        assert!(
            is_secret("password")
                && is_secret("new_password")
                && is_secret("current")
                && is_secret("Wachtwoord")
        );
        assert!(!is_secret("name") && !is_secret("code"));
        let html = r#"<form action="/api/x"><input type="password" name="pin"></form>"#;
        assert_eq!(fill_in(html, &draft(&[("pin", "1234")]), None).unwrap(), html);
    }

    #[test]
    fn the_wrong_field_gets_the_message_and_the_focus() {
        let html = r#"<main><p role="alert" tabindex="-1" autofocus>Deze tekst is te lang.</p><form action="/api/x"><label for="title">Titel</label><input id="title" name="title"><p class="hint" id="description-hint">Kort</p><textarea id="description" name="description" aria-describedby="description-hint"></textarea></form></main>"#;
        let mistake = |fields: &[&str]| Mistake {
            action: "/api/x".into(),
            fields: fields.iter().map(|f| f.to_string()).collect(),
            message: "Deze tekst is <te> lang.".into(),
        };
        let typed = draft(&[("title", "Koffie"), ("description", "lang")]);
        let out = fill_in(html, &typed, Some(&mistake(&["description"]))).unwrap();
        assert!(out.contains(r#"<p role="alert" tabindex="-1">Deze"#), "the field takes the focus, not the alert: {out}");
        assert!(out.contains(r#"<p class="field-error" id="description-fout">Deze tekst is &lt;te&gt; lang.</p><textarea id="description" name="description" aria-describedby="description-fout description-hint" aria-invalid="true" autofocus="">"#), "{out}");
        assert!(out.contains(r#"<input id="title" name="title" value="Koffie">"#), "other fields are only filled in: {out}");
        assert_eq!(out.matches("autofocus").count(), 1, "{out}");

        // The first of the problem's usual fields that the form has; none: the alert keeps the focus.
        let out = fill_in(html, &typed, Some(&mistake(&["display_name", "title"]))).unwrap();
        assert!(out.contains(r#"<input id="title" name="title" aria-describedby="title-fout" aria-invalid="true" autofocus="" value="Koffie">"#), "{out}");
        let out = fill_in(html, &typed, Some(&mistake(&["email"]))).unwrap();
        assert!(out.contains(r#"role="alert" tabindex="-1" autofocus>"#) && !out.contains("field-error"), "{out}");

        // Nothing typed was kept: the field is still marked.
        let out = fill_in(html, &draft(&[]), Some(&mistake(&["title"]))).unwrap();
        assert!(out.contains(r#"<p class="field-error" id="title-fout">"#), "{out}");
    }
}
