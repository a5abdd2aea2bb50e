//! Mails put into words in the reader's language: a personal mail from a notice (at queue
//! time), the weekly digest, and the lines every mail ends with (at send time, when the
//! public address and the unsubscribe link are known). Everything a person typed is escaped
//! in the HTML part.

use super::model::{MailKind, Topic};
use super::rules::{escape_html, subject_line};
use crate::i18n::{Lang, tr, tr_args};
use crate::notifications::model::Notice;

/// A mail's subject, plain text and HTML part.
pub struct Worded {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The mail of a notice: the same sentence Meldingen shows, under a subject for its topic.
pub fn personal(notice: &Notice, topic: Topic, lang: Lang) -> Worded {
    let args = crate::notifications::present::args(notice, lang);
    let sentence = tr_args(lang, notice.key(), &args);
    let hello = tr(lang, "mail-hello");
    Worded {
        subject: subject_line(&tr(lang, topic.subject_key()), 120),
        text: format!("{hello}\n\n{sentence}\n"),
        html: format!("<p>{}</p>\n<p>{}</p>\n", escape_html(&hello), escape_html(&sentence)),
    }
}

/// One line of a digest: what, optional detail (a day and time), and its absolute link.
pub struct Line {
    pub title: String,
    pub detail: String,
    pub url: String,
}

/// What a digest says about one buurt.
pub struct DigestPart {
    pub buurt: String,
    pub activities: Vec<Line>,
    pub proposals: Vec<Line>,
    pub results: Vec<Line>,
}

impl DigestPart {
    fn is_empty(&self) -> bool {
        self.activities.is_empty() && self.proposals.is_empty() && self.results.is_empty()
    }
}

/// The weekly digest; None when there is nothing to tell (no empty mails).
pub fn digest(parts: &[DigestPart], lang: Lang) -> Option<Worded> {
    let parts: Vec<&DigestPart> = parts.iter().filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return None;
    }
    let hello = tr(lang, "mail-hello");
    let intro = tr(lang, "mail-digest-intro");
    let mut text = format!("{hello}\n\n{intro}\n");
    let mut html = format!("<p>{}</p>\n<p>{}</p>\n", escape_html(&hello), escape_html(&intro));
    for part in parts {
        let heading = tr_args(lang, "mail-digest-buurt", &[("buurt", part.buurt.clone())]);
        text.push_str(&format!("\n== {heading} ==\n"));
        html.push_str(&format!("<h2>{}</h2>\n", escape_html(&heading)));
        for (key, lines) in [("mail-digest-activities", &part.activities), ("mail-digest-proposals", &part.proposals), ("mail-digest-results", &part.results)] {
            if lines.is_empty() {
                continue;
            }
            let title = tr(lang, key);
            text.push_str(&format!("\n{title}\n"));
            html.push_str(&format!("<h3>{}</h3>\n<ul>\n", escape_html(&title)));
            for line in lines {
                let detail = if line.detail.is_empty() { String::new() } else { format!(" ({})", line.detail) };
                text.push_str(&format!("- {}{detail}\n  {}\n", line.title, line.url));
                html.push_str(&format!(
                    "<li><a href=\"{}\">{}</a>{}</li>\n",
                    escape_html(&line.url),
                    escape_html(&line.title),
                    escape_html(&detail)
                ));
            }
            html.push_str("</ul>\n");
        }
    }
    Some(Worded { subject: tr(lang, "mail-subject-digest"), text, html })
}

/// The whole text and HTML of a queued mail: its body, the link to the page, why the reader
/// gets it and, for mail they chose (`unsubscribe`: the one-click link and the link to their
/// choices), how to stop it. A mail they asked for (a sign-in link) has no such links.
pub fn finish(kind: MailKind, lang: Lang, body: (&str, &str), page_url: &str, unsubscribe: Option<(&str, &str)>) -> (String, String) {
    let esc = escape_html;
    let open = tr(lang, "mail-open");
    let why = tr(lang, match kind {
        MailKind::Personal => "mail-why-personal",
        MailKind::Digest => "mail-why-digest",
        MailKind::Account => "mail-why-account",
    });
    let (foot_text, foot_html) = match unsubscribe {
        Some((unsubscribe_url, choices_url)) => {
            let (stop, choices) = (tr(lang, "mail-stop"), tr(lang, "mail-choices-link"));
            let text = format!("{why}\n{stop}\n{unsubscribe_url}\n{choices}\n{choices_url}\n");
            let html = format!(
                "{} {} <a href=\"{}\">{}</a><br>{} <a href=\"{choices_url}\">{choices_url}</a>",
                esc(&why),
                esc(&stop),
                esc(unsubscribe_url),
                esc(&tr(lang, "mail-unsubscribe-button")),
                esc(&choices),
                choices_url = esc(choices_url),
            );
            (text, html)
        }
        None => (format!("{why}\n"), esc(&why)),
    };
    let text = format!("{}\n{open}:\n{page_url}\n\n-- \n{foot_text}", body.0);
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\">\n<head><meta charset=\"utf-8\"><title>Buurtplein</title></head>\n<body>\n{body}\
         <p><a href=\"{page}\">{open}</a></p>\n<hr>\n<p><small>{foot_html}</small></p>\n</body>\n</html>\n",
        code = lang.code(),
        body = body.1,
        page = esc(page_url),
        open = esc(&open),
    );
    (text, html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_a_person_typed_is_escaped_in_html_and_plain_in_text() {
        let notice = Notice::ProposalDeclined { title: "<script>alert(1)</script>".into(), reason: "Tom & Jerry".into() };
        let mail = personal(&notice, Topic::Proposal, Lang::Nl);
        assert!(mail.text.contains("<script>alert(1)</script>"), "{}", mail.text);
        assert!(!mail.html.contains("<script>"), "{}", mail.html);
        assert!(mail.html.contains("&lt;script&gt;") && mail.html.contains("Tom &amp; Jerry"), "{}", mail.html);
        let (text, html) = finish(MailKind::Personal, Lang::En, (&mail.text, &mail.html), "https://b.nl/meedoen/1", Some(("https://b.nl/mail/afmelden/x", "https://b.nl/profiel")));
        assert!(text.contains("https://b.nl/meedoen/1") && text.contains("https://b.nl/mail/afmelden/x"));
        assert!(html.contains("href=\"https://b.nl/mail/afmelden/x\"") && html.contains("lang=\"en\""));
    }

    #[test]
    fn an_empty_digest_is_no_mail() {
        let empty = DigestPart { buurt: "De Zonnebloem".into(), activities: vec![], proposals: vec![], results: vec![] };
        assert!(digest(&[empty], Lang::Nl).is_none());
        let one = DigestPart {
            buurt: "De Zonnebloem".into(),
            activities: vec![],
            proposals: vec![Line { title: "Bankje <bij> de vijver".into(), detail: String::new(), url: "https://b.nl/meedoen/3".into() }],
            results: vec![],
        };
        let mail = digest(&[one], Lang::Nl).expect("one proposal is news");
        assert!(mail.text.contains("Bankje <bij> de vijver") && mail.html.contains("Bankje &lt;bij&gt; de vijver"));
    }
}
