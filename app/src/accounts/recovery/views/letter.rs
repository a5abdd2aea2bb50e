//! The printable herstelbrief: A4, plain Dutch, the one-time code and a QR code to
//! `/herstellen`, no navigation. The code shows only on the browser that made the letter.

use crate::accounts::recovery::api::get_recovery_letter;
use crate::components::{Loaded, route_id};
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn RecoveryLetterPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let letter = Resource::new(move || id.get(), get_recovery_letter);
    view! {
        <Title text=t!(lang, "recovery-letter-title") />
        <main class="letter" id="inhoud">
            <Loaded resource=letter view=move |l| view! {
                <p class="no-print">
                    <a href=format!("/beheer/buurt/{}/leden", l.buurt_id.0)>{t!(lang, "recovery-letter-back")}</a>
                    " · "
                    {t!(lang, "letter-print-hint")}
                </p>
                <p class="letter-to">
                    {l.resident_name.clone()}
                    {l.household_label.clone().map(|h| view! { <br />{h} })}
                </p>
                <h1>{t!(lang, "recovery-letter-heading", buurt = l.buurt_name.clone())}</h1>
                <p>{t!(lang, "recovery-letter-intro")}</p>
                {match l.code.clone() {
                    Some(code) => view! {
                        <h2>{t!(lang, "recovery-letter-code-title")}</h2>
                        <p class="letter-code">{code}</p>
                        <p>{t!(lang, "recovery-letter-valid", until = l.valid_until.clone())}</p>
                        <div class="letter-steps">
                            <div class="qr" role="img" aria-label=t!(lang, "recovery-letter-qr-label") inner_html=l.qr_svg.clone()></div>
                            <ol>
                                <li>{t!(lang, "recovery-letter-step-1", site = l.site_url.clone())}</li>
                                <li>{t!(lang, "recovery-letter-step-2")}</li>
                                <li>{t!(lang, "recovery-letter-step-3")}</li>
                            </ol>
                        </div>
                    }.into_any(),
                    None => view! {
                        <p class="notice notice-error" role="alert">{t!(lang, "recovery-letter-gone")}</p>
                    }.into_any(),
                }}
                <h2>{t!(lang, "letter-help-title")}</h2>
                <p>{t!(lang, "recovery-letter-safety")}</p>
            } />
        </main>
    }
}
