//! Finding the refused form in the page it comes back to (a first, read-only pass of the
//! rewriter).

use super::Draft;
use std::cell::RefCell;
use std::rc::Rc;

/// Where the refused form is: its place among the page's forms, and among its `<details>`,
/// and the names of the fields a person fills in.
pub struct Target {
    pub form: usize,
    pub details: Option<usize>,
    pub names: Vec<String>,
}

/// Finds the first form that posts to the draft's action and whose hidden fields all hold
/// what was posted.
pub fn locate(html: &str, draft: &Draft) -> Result<Option<Target>, lol_html::errors::RewritingError> {
    use lol_html::{RewriteStrSettings, element, end_tag, rewrite_str};

    #[derive(Default)]
    struct Scan {
        forms: usize,
        details: usize,
        open_details: Vec<usize>,
        /// The form being read, if it posts to the action and matches so far.
        candidate: Option<Target>,
        found: Option<Target>,
    }
    let scan = Rc::new(RefCell::new(Scan::default()));
    let (on_details, on_form, on_hidden, on_field) = (scan.clone(), scan.clone(), scan.clone(), scan.clone());
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("details", move |el| {
            let mut s = on_details.borrow_mut();
            let index = s.details;
            s.details += 1;
            s.open_details.push(index);
            if let Some(handlers) = el.end_tag_handlers() {
                let scan = on_details.clone();
                handlers.push(end_tag!(move |_| {
                    scan.borrow_mut().open_details.pop();
                    Ok(())
                }));
            }
            Ok(())
        }))
        .append_element_content_handler(element!("form", move |el| {
            let mut s = on_form.borrow_mut();
            let index = s.forms;
            s.forms += 1;
            if s.found.is_none() && el.get_attribute("action").is_some_and(|a| a == draft.action) {
                s.candidate = Some(Target { form: index, details: s.open_details.last().copied(), names: Vec::new() });
                if let Some(handlers) = el.end_tag_handlers() {
                    let scan = on_form.clone();
                    handlers.push(end_tag!(move |_| {
                        let mut s = scan.borrow_mut();
                        if s.found.is_none() {
                            s.found = s.candidate.take();
                        }
                        Ok(())
                    }));
                }
            }
            Ok(())
        }))
        .append_element_content_handler(element!("input[type=hidden][name]", move |el| {
            let mut s = on_hidden.borrow_mut();
            if s.candidate.is_some() {
                let name = el.get_attribute("name").unwrap_or_default();
                let value = el.get_attribute("value").unwrap_or_default();
                if draft.value(&name).unwrap_or_default() != value {
                    s.candidate = None;
                }
            }
            Ok(())
        }))
        .append_element_content_handler(element!("input[name]:not([type=hidden]), textarea[name], select[name]", move |el| {
            if let Some(target) = on_field.borrow_mut().candidate.as_mut() {
                target.names.push(el.get_attribute("name").unwrap_or_default());
            }
            Ok(())
        }));
    rewrite_str(html, settings)?;
    let found = scan.borrow_mut().found.take();
    Ok(found)
}
