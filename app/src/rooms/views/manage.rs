//! Staff pages: a new room, and per room its settings and opening hours, closed days,
//! recurring reservations and blocked time.

use super::Input;
use crate::components::{Checkbox, FormError, Loaded, PageHead, TextField, Up, action_error, route_id};
use crate::i18n::{tr, use_lang};
use crate::rooms::api::{AddClosedDay, BlockTime, BookRecurring, RoomSettingsData, SaveRoom, get_room_settings};
use crate::t;
use leptos::prelude::*;

/// `/ontmoetingsruimte/nieuw`: staff add a room to their buurt.
#[component]
pub fn NewRoomPage() -> impl IntoView {
    let lang = use_lang();
    let data = Resource::new(|| (), |_| get_room_settings(0));
    view! {
        <PageHead title=t!(lang, "room-new") up=("/ontmoetingsruimte", t!(lang, "nav-room")) />
        <Loaded resource=data view=move |data| view! { <SettingsForm data /> } />
    }
}

/// `/ontmoetingsruimte/:id/beheer`.
#[component]
pub fn RoomManagePage() -> impl IntoView {
    let lang = use_lang();
    let id = route_id();
    let data = Resource::new(move || id.get(), get_room_settings);
    view! {
        <PageHead title=t!(lang, "room-manage") up=Up::to(move || format!("/ontmoetingsruimte/{}", id.get()), t!(lang, "room-back")) />
        <Loaded resource=data view=move |data| {
            let room = data.room_id;
            view! {
                <p class="lead">{data.form.name.clone()}</p>
                <RecurringForm room />
                <BlockForm room />
                <ClosedDayForm room />
                <section class="panel" aria-labelledby="settings-title">
                    <h2 id="settings-title">{t!(lang, "room-settings-title")}</h2>
                    <SettingsForm data />
                </section>
            }
        } />
    }
}

#[component]
fn SettingsForm(data: RoomSettingsData) -> impl IntoView {
    let lang = use_lang();
    let save = ServerAction::<SaveRoom>::new();
    let f = data.form;
    view! {
        <ActionForm action=save attr:class="form" attr:novalidate=true>
            <FormError error=action_error(save) />
            <input type="hidden" name="buurt" value=data.buurt_id />
            <input type="hidden" name="room" value=data.room_id />
            <Input id="name".into() name="name" label=t!(lang, "room-name") value=f.name.clone() required=true />
            <Input id="description".into() name="description" label=t!(lang, "room-description") value=f.description.clone() />
            <Input id="capacity".into() name="capacity" kind="number" label=t!(lang, "room-capacity-label") value=f.capacity.clone() required=true />
            <TextField name="accessibility" label=t!(lang, "room-accessibility") hint=t!(lang, "room-accessibility-hint") value=f.accessibility.clone() />
            <fieldset class="field">
                <legend>{t!(lang, "room-hours-title")}</legend>
                <p class="hint">{t!(lang, "room-hours-hint")}</p>
                {f.hours.iter().enumerate().map(|(i, (opens, closes))| {
                    let day = tr(lang, &format!("weekday-{}", i + 1));
                    let (o, c) = (OPENS[i], CLOSES[i]);
                    view! {
                        <div class="field-row">
                            <Input id=o.to_string() name=o kind="time" label=t!(lang, "room-opens", day = day.clone()) value=opens.clone() />
                            <Input id=c.to_string() name=c kind="time" label=t!(lang, "room-closes", day = day) value=closes.clone() />
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <fieldset class="field">
                <legend>{t!(lang, "room-rules-title")}</legend>
                <div class="field">
                    <label for="slot_minutes">{t!(lang, "room-slot")}</label>
                    <select id="slot_minutes" name="slot_minutes">
                        {["15", "30", "60"].into_iter().map(|m| view! { <option value=m selected=f.slot_minutes == m>{m}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field-row">
                    <Input id="min_hours".into() name="min_hours" label=t!(lang, "room-min-hours") value=f.min_hours.clone() required=true />
                    <Input id="max_hours".into() name="max_hours" label=t!(lang, "room-max-hours") value=f.max_hours.clone() required=true />
                </div>
                <div class="field-row">
                    <Input id="ahead_days".into() name="ahead_days" kind="number" label=t!(lang, "room-ahead-days") value=f.ahead_days.clone() required=true />
                    <Input id="lead_hours".into() name="lead_hours" label=t!(lang, "room-lead-hours") value=f.lead_hours.clone() required=true />
                </div>
                <div class="field-row">
                    <Input id="quota_hours".into() name="quota_hours" label=t!(lang, "room-quota-hours") value=f.quota_hours.clone() required=true />
                    <Input id="quota_future".into() name="quota_future" kind="number" label=t!(lang, "room-quota-future") value=f.quota_future.clone() required=true />
                </div>
            </fieldset>
            <fieldset class="field">
                <legend>{t!(lang, "room-approval-legend")}</legend>
                <Checkbox name="approval_private" label=t!(lang, "room-approval-private-label") checked=f.approval_private />
                <Input id="approval_after".into() name="approval_after" kind="time" label=t!(lang, "room-approval-after-label") value=f.approval_after.clone() />
                <Input id="approval_over_hours".into() name="approval_over_hours" label=t!(lang, "room-approval-over-label") value=f.approval_over_hours.clone() />
            </fieldset>
            <button type="submit" class="button">{t!(lang, "room-save")}</button>
        </ActionForm>
    }
}

const OPENS: [&str; 7] = ["opens_1", "opens_2", "opens_3", "opens_4", "opens_5", "opens_6", "opens_7"];
const CLOSES: [&str; 7] = ["closes_1", "closes_2", "closes_3", "closes_4", "closes_5", "closes_6", "closes_7"];

#[component]
fn RecurringForm(room: i64) -> impl IntoView {
    let lang = use_lang();
    let book = ServerAction::<BookRecurring>::new();
    view! {
        <section class="panel" aria-labelledby="recurring-title">
            <h2 id="recurring-title">{t!(lang, "room-recurring-title")}</h2>
            <p class="hint">{t!(lang, "room-recurring-hint")}</p>
            <ActionForm action=book attr:class="form" attr:novalidate=true>
                <FormError error=action_error(book) />
                {move || book.value().get().and_then(Result::ok).map(|r| view! {
                    <div class="notice notice-ok" role="status">
                        <p>{t!(lang, "room-recurring-done", count = r.created)}</p>
                        {(!r.skipped.is_empty()).then(|| view! { <p>{t!(lang, "room-recurring-skipped", days = r.skipped.join(", "))}</p> })}
                    </div>
                })}
                <input type="hidden" name="room" value=room />
                <Input id="rec-purpose".into() name="purpose" label=t!(lang, "room-purpose") required=true />
                <Input id="rec-date".into() name="date" kind="date" label=t!(lang, "room-first-date") required=true />
                <div class="field-row">
                    <Input id="rec-from".into() name="from" kind="time" label=t!(lang, "room-from") required=true />
                    <Input id="rec-to".into() name="to" kind="time" label=t!(lang, "room-to") required=true />
                </div>
                <Input id="rec-until".into() name="until" kind="date" label=t!(lang, "room-until") required=true />
                <button type="submit" class="button">{t!(lang, "room-recurring-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn BlockForm(room: i64) -> impl IntoView {
    let lang = use_lang();
    let block = ServerAction::<BlockTime>::new();
    view! {
        <section class="panel" aria-labelledby="block-title">
            <h2 id="block-title">{t!(lang, "room-block-title")}</h2>
            <ActionForm action=block attr:class="form" attr:novalidate=true>
                <FormError error=action_error(block) />
                {move || matches!(block.value().get(), Some(Ok(()))).then(|| view! {
                    <p class="notice notice-ok" role="status">{t!(lang, "room-block-done")}</p>
                })}
                <input type="hidden" name="room" value=room />
                <Input id="block-purpose".into() name="purpose" label=t!(lang, "room-block-purpose") required=true />
                <Input id="block-date".into() name="date" kind="date" label=t!(lang, "room-date") required=true />
                <div class="field-row">
                    <Input id="block-from".into() name="from" kind="time" label=t!(lang, "room-from") required=true />
                    <Input id="block-to".into() name="to" kind="time" label=t!(lang, "room-to") required=true />
                </div>
                <button type="submit" class="button">{t!(lang, "room-block-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn ClosedDayForm(room: i64) -> impl IntoView {
    let lang = use_lang();
    let close = ServerAction::<AddClosedDay>::new();
    view! {
        <section class="panel" aria-labelledby="closed-title">
            <h2 id="closed-title">{t!(lang, "room-closed-days-title")}</h2>
            <p class="hint">{t!(lang, "room-closed-hint")}</p>
            <ActionForm action=close attr:class="form" attr:novalidate=true>
                <FormError error=action_error(close) />
                {move || close.value().get().and_then(Result::ok).map(|n| view! {
                    <p class="notice notice-ok" role="status">{t!(lang, "room-closed-done", count = n)}</p>
                })}
                <input type="hidden" name="room" value=room />
                <Input id="closed-date".into() name="date" kind="date" label=t!(lang, "room-date") required=true />
                <Input id="closed-reason".into() name="reason" label=t!(lang, "room-closed-reason") required=true />
                <button type="submit" class="button">{t!(lang, "room-closed-submit")}</button>
            </ActionForm>
        </section>
    }
}
