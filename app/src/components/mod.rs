//! Shared building blocks for pages: form fields, messages, loading and error notices.

use crate::error::AppError;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

mod data_table;
mod icons;
mod page_head;
mod text_area;
pub use data_table::DataTable;
pub use icons::{Icon, IconKind};
pub use page_head::{PageHead, Up};
pub use text_area::TextArea;

/// A horizontal bar for a share of 0 to 100 percent, drawn as SVG: the page needs no inline
/// `style` for it, which the Content-Security-Policy would block.
#[component]
pub fn ShareBar(percent: i64) -> impl IntoView {
    view! {
        <svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect width=percent.clamp(0, 100) height="1" />
        </svg>
    }
}

/// The error of the last run of an action, if it failed.
pub fn action_error<S>(action: ServerAction<S>) -> Signal<Option<AppError>>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(Result::err))
}

/// Counts the successful runs of an action. Pages refetch on this, not on every run, so a
/// form that was refused keeps what the person typed.
pub fn successes<S>(action: ServerAction<S>) -> RwSignal<usize>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    let count = RwSignal::new(0);
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(_))) {
            count.update(|n| *n += 1);
        }
    });
    count
}

/// Set by the server on the page a plain form post returns to when the post succeeded: the
/// path of the server function (`server::form_memory`).
#[derive(Clone, Debug, PartialEq)]
pub struct Succeeded(pub String);

/// Whether this page is the answer to a successful post to the server function at `path`.
fn succeeded_here(path: &str) -> bool {
    #[cfg(feature = "ssr")]
    return use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Succeeded>().map(|s| s.0 == path))
        .unwrap_or(false);
    #[cfg(not(feature = "ssr"))]
    {
        let _ = path;
        false
    }
}

/// Whether the action succeeded: posted as a plain form just before this page, or run from
/// the page itself.
pub fn action_done<S>(action: ServerAction<S>) -> Signal<bool>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    let after_post = succeeded_here(S::PATH);
    Signal::derive(move || after_post || matches!(action.value().get(), Some(Ok(_))))
}

/// A translated error message, announced to screen readers. It takes the focus when the page
/// comes back from a refused form, so the reader starts at what went wrong.
#[component]
pub fn FormError(error: Signal<Option<AppError>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        error.get().map(|e| {
            view! {
                <p class="notice notice-error" role="alert" tabindex="-1" autofocus>
                    {e.message(lang)}
                    {(e == AppError::NotSignedIn).then(|| view! { " " <a href="/inloggen">{t!(lang, "nav-sign-in")}</a> })}
                </p>
            }
        })
    }
}

/// A form's submit button whose visible label ("Aanmelden") is read out with what it is
/// about ("Aanmelden Koffie schenken"), so a list of such buttons makes sense to a screen reader.
#[component]
pub fn SubmitButton(label: String, about: String, class: &'static str) -> impl IntoView {
    view! {
        <button type="submit" class=class>
            {label}<span class="visually-hidden">" " {about}</span>
        </button>
    }
}

/// A yes-box: posts `name=ja` when ticked, nothing when not; the label is clickable.
#[component]
pub fn Checkbox(name: &'static str, label: String, #[prop(default = false)] checked: bool) -> impl IntoView {
    view! {
        <div class="field field-check">
            <input type="checkbox" id=name name=name value="ja" checked=checked />
            <label for=name>{label}</label>
        </div>
    }
}

/// A short confirmation after a form succeeded; it takes the focus, like [`FormError`].
#[component]
pub fn FormDone(done: Signal<bool>, message: String) -> impl IntoView {
    move || done.get().then(|| view! { <p class="notice notice-ok" role="status" tabindex="-1" autofocus>{message.clone()}</p> })
}

/// A labelled text input with an optional hint, linked for screen readers.
#[component]
pub fn TextField(
    /// The form field name (and the element id).
    name: &'static str,
    label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] value: Option<String>,
    #[prop(default = false)] required: bool,
    #[prop(optional)] maxlength: Option<u32>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let described = hint.as_ref().map(|_| hint_id.clone());
    view! {
        <div class="field">
            <label for=name>{label}{(!required).then(|| view! { " " <span class="optional">{t!(use_lang(), "form-optional")}</span> })}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input
                id=name
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                required=required
                maxlength=maxlength.map(|m| m.to_string())
                aria-describedby=described
            />
        </div>
    }
}

/// The numeric `:id` of the current route (0 when missing or not a number).
pub fn route_id() -> Memo<i64> {
    let params = leptos_router::hooks::use_params_map();
    Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse().ok()).unwrap_or(0)))
}

/// Text a person typed, shown as text: one paragraph per line, web addresses clickable,
/// any markup visible as characters (never interpreted).
#[component]
pub fn PlainText(text: String) -> impl IntoView {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| view! { <p>{linkify(line)}</p> })
        .collect_view()
}

/// Splits a line into text and links; each piece is its own element so the browser and the
/// server agree on the page's structure when it hydrates.
fn linkify(line: &str) -> Vec<AnyView> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    for (i, word) in line.split(' ').enumerate() {
        if i > 0 {
            text.push(' ');
        }
        if word.starts_with("https://") || word.starts_with("http://") {
            let url = word.trim_end_matches(['.', ',', ')', '!', '?', ';', ':']);
            if !text.is_empty() {
                let before = std::mem::take(&mut text);
                pieces.push(view! { <span>{before}</span> }.into_any());
            }
            let (href, label) = (url.to_string(), url.to_string());
            pieces.push(view! { <a href=href rel="nofollow noopener">{label}</a> }.into_any());
            text.push_str(&word[url.len()..]);
        } else {
            text.push_str(word);
        }
    }
    if !text.is_empty() {
        pieces.push(view! { <span>{text}</span> }.into_any());
    }
    pieces
}

/// Shown while data loads.
#[component]
pub fn Loading() -> impl IntoView {
    let lang = use_lang();
    view! { <p class="loading" role="status">{t!(lang, "loading")}</p> }
}

/// A page's data, fetched once when the page renders (a server function without arguments).
pub fn fetch_once<T, Fut>(fetch: impl Fn() -> Fut + Send + Sync + 'static) -> Resource<Result<T, AppError>>
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
{
    Resource::new(|| (), move |_| fetch())
}

/// Shows a resource once it has loaded: "Even geduld…" meanwhile, and the reason in plain
/// words (with the right HTTP status) when it failed.
#[component]
pub fn Loaded<T, V, F>(resource: Resource<Result<T, AppError>>, view: F) -> impl IntoView
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=Loading>
            {move || {
                let view = view.clone();
                Suspend::new(async move {
                    let loaded = resource.await;
                    #[cfg(feature = "ssr")]
                    NotOnFirstPoll::default().await;
                    match loaded {
                        Ok(data) => view(data).into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// A future that is pending on its first poll (and asks to be polled again).
///
/// On the server, tachys first polls each `Suspend` once in a dry run and throws away the
/// view it gets when the data are already there. A resource made inside that view (the
/// comments of a proposal, the participants of an activity) then ran on after the render was
/// gone, without its context: "AppState missing from context" in about a fifth of the renders,
/// and its failure was even sent to the browser. `Loaded` waits here once, so a page's view
/// is only ever built in the real render.
#[cfg(feature = "ssr")]
#[derive(Default)]
struct NotOnFirstPoll(bool);

#[cfg(feature = "ssr")]
impl std::future::Future for NotOnFirstPoll {
    type Output = ();

    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<()> {
        if self.0 {
            return std::task::Poll::Ready(());
        }
        self.0 = true;
        cx.waker().wake_by_ref();
        std::task::Poll::Pending
    }
}

/// Shown when a page's data could not be loaded: the reason in plain words, and a way on.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    let lang = use_lang();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::from_u16(error.status()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR));
    }
    let sign_in = error == AppError::NotSignedIn;
    view! {
        <div class="notice notice-error" role="alert">
            <p>{error.message(lang)}</p>
            {if sign_in {
                view! { <p><a class="button" href="/inloggen">{t!(lang, "nav-sign-in")}</a></p> }.into_any()
            } else {
                view! { <p><a href="/">{t!(lang, "back-home")}</a></p> }.into_any()
            }}
        </div>
    }
}
