//! The Meldingen inbox.

use super::api::{MarkRead, list_notifications};
use crate::accounts::views::refresh_header_on_success;
use crate::components::{Loaded, PageHead};
use crate::i18n::{tr_args, use_lang};
use crate::t;
use leptos::prelude::*;

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let lang = use_lang();
    let mark = ServerAction::<MarkRead>::new();
    refresh_header_on_success(mark);
    let items = Resource::new(move || mark.version().get(), |_| list_notifications());
    view! {
        <PageHead title=t!(lang, "notifications-title") />
        <Loaded resource=items view=move |items| {
                if items.is_empty() {
                    view! { <p>{t!(lang, "notifications-empty")}</p> }.into_any()
                } else {
                        let any_unread = items.iter().any(|n| !n.read);
                        view! {
                            {any_unread.then(|| view! {
                                <ActionForm action=mark>
                                    <input type="hidden" name="id" value="0" />
                                    <button type="submit" class="button button-secondary">{t!(lang, "notifications-all-read")}</button>
                                </ActionForm>
                            })}
                            <ul class="notifications">
                                {items.into_iter().map(|n| {
                                    // The server put the arguments into words for this reader.
                                    let args: Vec<(&str, String)> = n.args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
                                    let text = tr_args(lang, &n.message_key, &args);
                                    view! {
                                        <li class=if n.read { "note" } else { "note note-unread" }>
                                            {(!n.read).then(|| view! { <span class="visually-hidden">{t!(lang, "notifications-unread")}</span> })}
                                            <p>{text}</p>
                                            <p class="meta">{n.when.clone()}</p>
                                            <div class="actions">
                                                {(!n.link.is_empty()).then(|| view! { <a href=n.link.clone()>{t!(lang, "notifications-open")}</a> })}
                                                {(!n.read).then(|| view! {
                                                    <ActionForm action=mark>
                                                        <input type="hidden" name="id" value=n.id.0 />
                                                        <button type="submit" class="button-link">{t!(lang, "notifications-mark-read")}</button>
                                                    </ActionForm>
                                                })}
                                            </div>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }
                        .into_any()
                }
            } />
    }
}
