//! The way out: an SMTP server (lettre, async on tokio; STARTTLS or SMTPS with rustls, plain
//! for `smtp://` on loopback), or nothing when the installation has none configured.

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::atomic::{AtomicBool, Ordering};

/// Where mail goes, and the public address the links in it point to.
pub struct Outbound {
    smtp: Option<(AsyncSmtpTransport<Tokio1Executor>, Mailbox)>,
    /// The portal's public address without a trailing slash (`PUBLIC_URL`).
    pub base_url: String,
}

/// One mail as it leaves: everything in words, links absolute.
pub struct Outgoing {
    pub to: String,
    pub lang: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// `<outbox-id.…@host>`: the same for every try of one outbox row.
    pub message_id: String,
    /// The one-click unsubscribe address; none for a mail about the account itself.
    pub unsubscribe_url: Option<String>,
}

/// Said once per process: "mail is not configured".
static TOLD_UNCONFIGURED: AtomicBool = AtomicBool::new(false);

impl Outbound {
    /// No SMTP server: nothing is sent.
    pub fn disabled(base_url: &str) -> Outbound {
        Outbound { smtp: None, base_url: base_url.trim_end_matches('/').to_string() }
    }

    /// An SMTP server such as `smtp://127.0.0.1:2525`, `smtp://user:pass@host:587?tls=required`
    /// or `smtps://host:465`, and the sender (`Buurtplein <buurtplein@example.nl>`).
    pub fn smtp(url: &str, from: &str, base_url: &str) -> Result<Outbound, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("SMTP_URL: {e}"))?
            .timeout(Some(super::rules::SEND_TIMEOUT))
            .build();
        let from: Mailbox = from.parse().map_err(|e| format!("MAIL_FROM: {e}"))?;
        Ok(Outbound { smtp: Some((transport, from)), base_url: base_url.trim_end_matches('/').to_string() })
    }

    /// Whether mail can be sent; when not, the log says so once.
    pub fn ready(&self) -> bool {
        if self.smtp.is_none() && !TOLD_UNCONFIGURED.swap(true, Ordering::Relaxed) {
            tracing::warn!("SMTP_URL and MAIL_FROM are not set: no e-mail is sent");
        }
        self.smtp.is_some()
    }

    /// The host part of the sender's address, for Message-IDs.
    pub fn domain(&self) -> String {
        self.smtp.as_ref().map(|(_, from)| from.email.domain().to_string()).unwrap_or_else(|| "buurtplein.invalid".into())
    }

    /// Sends one mail; the error is for the log and the outbox row, never for a person.
    pub async fn send(&self, mail: &Outgoing) -> Result<(), String> {
        let Some((transport, from)) = &self.smtp else { return Err("mail is not configured".into()) };
        let to: Mailbox = mail.to.parse().map_err(|e| format!("address: {e}"))?;
        let raw = |name: &'static str, value: String| HeaderValue::new(HeaderName::new_from_ascii_str(name), value);
        let mut builder = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(mail.message_id.clone()))
            .date_now()
            .raw_header(raw("Content-Language", mail.lang.clone()))
            .raw_header(raw("Auto-Submitted", "auto-generated".into()));
        if let Some(url) = &mail.unsubscribe_url {
            builder = builder
                .raw_header(raw("List-Unsubscribe", format!("<{url}>")))
                .raw_header(raw("List-Unsubscribe-Post", "List-Unsubscribe=One-Click".into()));
        }
        let message = builder
            .multipart(
                MultiPart::alternative()
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_PLAIN).body(mail.text.clone()))
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(mail.html.clone())),
            )
            .map_err(|e| format!("building the mail: {e}"))?;
        transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}
