//! Languages: Dutch (the fallback) and English, from Fluent files embedded in the binary.
//!
//! There is one loader per language, built once; a request picks one and never switches a
//! shared loader, so concurrent requests in different languages cannot mix.

use i18n_embed::fluent::{FluentLanguageLoader, fluent_language_loader};
use i18n_embed::LanguageLoader;
use leptos::prelude::*;
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(RustEmbed)]
#[folder = "i18n"]
struct Localizations;

/// Name of the cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "taal";

/// A language the portal speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, as used in `<html lang>` and in the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a language code such as `nl`, `en-GB` or `NL`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language's own name, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }
}

fn build_loader(code: &str) -> FluentLanguageLoader {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    let id: unic_langid::LanguageIdentifier = code.parse().expect("valid language id");
    loader
        .load_languages(&Localizations, &[id])
        .expect("the embedded Fluent files load");
    loader.set_use_isolating(false);
    loader
}

static NL: LazyLock<FluentLanguageLoader> = LazyLock::new(|| build_loader("nl"));
static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| build_loader("en"));

/// The loader for one language.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// Looks up a message by a key known only at run time (error codes, notification kinds).
pub fn tr(lang: Lang, key: &str) -> String {
    loader(lang).get(key)
}

/// Like [`tr`], with string arguments.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, String)]) -> String {
    let map: HashMap<String, String> =
        args.iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect();
    loader(lang).get_args(key, map)
}

/// A translated message, checked against the Dutch file at compile time.
#[macro_export]
macro_rules! t {
    ($lang:expr, $key:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $key)
    };
    ($lang:expr, $key:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $key, $($args)*)
    };
}

/// The language of the current page, provided by the app shell.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Chooses the language: the cookie first, then the browser's Accept-Language, then Dutch.
pub fn negotiate(cookie_header: Option<&str>, accept_language: Option<&str>) -> Lang {
    if let Some(lang) = cookie_header.and_then(lang_from_cookie_header) {
        return lang;
    }
    accept_language.and_then(lang_from_accept_language).unwrap_or_default()
}

fn lang_from_cookie_header(header: &str) -> Option<Lang> {
    header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == LANG_COOKIE).then(|| Lang::from_code(value)).flatten()
    })
}

fn lang_from_accept_language(header: &str) -> Option<Lang> {
    let mut ranked: Vec<(f32, Lang)> = header
        .split(',')
        .filter_map(|item| {
            let mut parts = item.split(';');
            let lang = Lang::from_code(parts.next()?)?;
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()))
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, lang))
        })
        .collect();
    // A stable sort keeps the browser's order among equal weights.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked.first().map(|(_, lang)| *lang)
}

/// The language of the request being rendered on the server.
#[cfg(feature = "ssr")]
pub fn request_lang() -> Lang {
    use_context::<http::request::Parts>()
        .map(|parts| {
            let header = |name| parts.headers.get(name).and_then(|v| v.to_str().ok());
            negotiate(header(http::header::COOKIE), header(http::header::ACCEPT_LANGUAGE))
        })
        .unwrap_or_default()
}

/// The language the server rendered, read from `<html lang>` when the page hydrates.
#[cfg(not(feature = "ssr"))]
pub fn request_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}


/// Remembers the language in a cookie on the response (one year).
#[cfg(feature = "ssr")]
pub fn set_lang_cookie(lang: Lang) {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        let cookie = lang_cookie(lang);
        if let Ok(value) = http::HeaderValue::from_str(&cookie) {
            res.append_header(http::header::SET_COOKIE, value);
        }
    }
}

/// The `Set-Cookie` value that remembers a language.
pub fn lang_cookie(lang: Lang) -> String {
    format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_wins_over_browser() {
        assert_eq!(negotiate(Some("a=1; taal=en"), Some("nl-NL,nl;q=0.9")), Lang::En);
    }

    #[test]
    fn browser_preference_by_weight() {
        assert_eq!(negotiate(None, Some("de-DE,en;q=0.8,nl;q=0.5")), Lang::En);
        assert_eq!(negotiate(None, Some("en;q=0.3,nl-BE;q=0.9")), Lang::Nl);
    }

    #[test]
    fn dutch_when_nothing_fits() {
        assert_eq!(negotiate(None, None), Lang::Nl);
        assert_eq!(negotiate(Some("taal=fr"), Some("fr,de")), Lang::Nl);
        assert_eq!(negotiate(None, Some("en;q=0")), Lang::Nl);
    }
}
