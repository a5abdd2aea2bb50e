//! The staff button beside a resident that makes a herstelbrief (a plain form post; the
//! letter's page opens next). Other capabilities show it through `accounts::service`.

use crate::accounts::recovery::api::MakeRecoveryLetter;
use crate::components::{FormError, SubmitButton, action_error};
use crate::i18n::use_lang;
use crate::t;
use leptos::prelude::*;

/// Makes a herstelbrief for `member` of `buurt`, who has an account to sign in to. A member
/// the sociaal werker registered without one gets no button, but a line that they make the
/// account themself with the household's code.
#[component]
pub fn RecoveryLetterButton(buurt: i64, member: i64, name: String, can_sign_in: bool) -> impl IntoView {
    let lang = use_lang();
    if !can_sign_in {
        return view! { <p class="hint">{t!(lang, "recovery-letter-no-account", name = name)}</p> }.into_any();
    }
    let action = ServerAction::<MakeRecoveryLetter>::new();
    view! {
        <ActionForm action=action attr:class="inline-form">
            <input type="hidden" name="buurt" value=buurt />
            <input type="hidden" name="member" value=member />
            <SubmitButton label=t!(lang, "recovery-letter-make") about=name class="button button-secondary" />
        </ActionForm>
    }
    .into_any()
}

/// Once at the top of a page with [`RecoveryLetterButton`]s: why a herstelbrief was refused.
#[component]
pub fn RecoveryLetterError() -> impl IntoView {
    let action = ServerAction::<MakeRecoveryLetter>::new();
    view! { <FormError error=action_error(action) /> }
}
