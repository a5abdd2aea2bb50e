//! The printable invite letter: A4, plain Dutch, the code and a QR code, no navigation.

use super::route_id;
use crate::components::Loaded;
use crate::i18n::use_lang;
use crate::neighbourhood::api::get_invite_letter;
use crate::t;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn InviteLetterPage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let letter = Resource::new(move || id.get(), get_invite_letter);
    view! {
        <Title text=t!(lang, "letter-title") />
        <main class="letter" id="inhoud">
            <Loaded resource=letter view=move |l| view! {
                            <p class="no-print">
                                <a href="/beheer">{t!(lang, "letter-back")}</a>
                                " · "
                                {t!(lang, "letter-print-hint")}
                            </p>
                            {l.revoked.then(|| view! { <p class="notice notice-error" role="alert">{t!(lang, "letter-revoked")}</p> })}
                            <p class="letter-to">{l.household_label.clone()}</p>
                            <h1>{t!(lang, "letter-heading", buurt = l.buurt_name.clone())}</h1>
                            <p>{t!(lang, "letter-intro")}</p>
                            <ul>
                                <li>{t!(lang, "letter-point-agenda")}</li>
                                <li>{t!(lang, "letter-point-room")}</li>
                                <li>{t!(lang, "letter-point-ideas")}</li>
                                <li>{t!(lang, "letter-point-groups")}</li>
                            </ul>
                            <h2>{t!(lang, "letter-code-title")}</h2>
                            <p class="letter-code">{l.code.clone()}</p>
                            <p>{t!(lang, "letter-code-uses", count = l.max_uses)}</p>
                            <div class="letter-steps">
                                <div class="qr" role="img" aria-label=t!(lang, "letter-qr-label") inner_html=l.qr_svg.clone()></div>
                                <ol>
                                    <li>{t!(lang, "letter-step-1", site = l.site_url.clone())}</li>
                                    <li>{t!(lang, "letter-step-2")}</li>
                                    <li>{t!(lang, "letter-step-3")}</li>
                                </ol>
                            </div>
                            <h2>{t!(lang, "letter-help-title")}</h2>
                            <p>{t!(lang, "letter-help-text")}</p>
                            <p class="letter-privacy">{t!(lang, "letter-privacy")}</p>
                        } />
        </main>
    }
}
