//! The staff button beside a resident that makes a herstelbrief (a plain form post; the
//! letter's page opens next). Other capabilities show it through `accounts::service`.

use crate::accounts::recovery::api::MakeRecoveryLetter;
use crate::components::SubmitButton;
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// Makes a herstelbrief for `member` of `buurt`.
#[component]
pub fn RecoveryLetterButton(buurt: i64, member: i64, name: String) -> impl IntoView {
    let lang = use_lang();
    let action = ServerAction::<MakeRecoveryLetter>::new();
    view! {
        <ActionForm action=action attr:class="inline-form">
            <input type="hidden" name="buurt" value=buurt />
            <input type="hidden" name="member" value=member />
            <SubmitButton label=t!(lang, "recovery-letter-make") about=name class="button button-secondary" />
        </ActionForm>
    }
}
