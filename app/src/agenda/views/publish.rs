//! Staff publish an activity (once or as a series), publish one again ("nog een keer") and
//! change one (this time only, or the whole rest of its series).

use crate::agenda::api::{EditActivity, PublishActivity, get_activity, get_agenda, get_room_choices};
use crate::agenda::model::{ActivityView, Audience, Category, EditScope, Repeat};
use crate::components::{FormError, Loaded, PageHead, TextArea, TextField, Up, action_error, route_id};
use crate::error::AppError;
use crate::i18n::{tr, use_lang};
use crate::t;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/agenda/nieuw`, or `/agenda/nieuw?van=12` to start from activity 12 (a new date).
#[component]
pub fn PublishPage() -> impl IntoView {
    let lang = use_lang();
    let publish = ServerAction::<PublishActivity>::new();
    let query = use_query_map();
    let from = move || query.with(|q| q.get("van").and_then(|v| v.parse::<i64>().ok()));
    let data = Resource::new(from, |from| async move {
        let agenda = get_agenda(String::new(), String::new(), None).await?;
        let template = match from {
            Some(id) => Some(get_activity(id).await?),
            None => None,
        };
        let rooms = room_choices().await?;
        Ok::<_, AppError>((agenda.buurt_id, agenda.can_publish, template, rooms))
    });
    view! {
        <PageHead title=t!(lang, "agenda-new") up=("/agenda", t!(lang, "nav-agenda")) />
        <Loaded resource=data view=move |(buurt, can_publish, template, rooms)| {
            if !can_publish {
                return view! { <p class="notice notice-error" role="alert">{tr(lang, "error-forbidden")}</p> }.into_any();
            }
            view! {
                {template.is_some().then(|| view! { <p class="notice" role="status">{t!(lang, "activity-again-explain")}</p> })}
                <ActionForm action=publish attr:class="form" attr:novalidate=true>
                    <FormError error=action_error(publish) />
                    <input type="hidden" name="buurt" value=buurt />
                    <ActivityFields template keep_date=false rooms />
                    <fieldset class="field">
                        <legend>{t!(lang, "repeat-legend")}</legend>
                        <div class="field">
                            <label for="repeat">{t!(lang, "repeat-label")}</label>
                            <select id="repeat" name="repeat">
                                {Repeat::ALL.into_iter().map(|r| view! { <option value=r.code()>{tr(lang, r.key())}</option> }).collect_view()}
                            </select>
                        </div>
                        <TextField name="until" kind="date" label=t!(lang, "repeat-until") hint=t!(lang, "repeat-until-hint") />
                    </fieldset>
                    <button type="submit" class="button">{t!(lang, "activity-publish")}</button>
                </ActionForm>
            }.into_any()
        } />
    }
}

/// `/agenda/:id/wijzigen`: staff change an activity.
#[component]
pub fn EditPage() -> impl IntoView {
    let lang = use_lang();
    let edit = ServerAction::<EditActivity>::new();
    let id = route_id();
    let activity = Resource::new(move || id.get(), |id| async move {
        let activity = get_activity(id).await?;
        let rooms = room_choices().await?;
        Ok::<_, AppError>((activity, rooms))
    });
    view! {
        <PageHead title=t!(lang, "activity-edit") up=Up::to(move || format!("/agenda/{}", id.get()), t!(lang, "activity-back")) />
        <Loaded resource=activity view=move |(a, rooms)| {
            if !a.can_manage {
                return view! { <p class="notice notice-error" role="alert">{tr(lang, "error-forbidden")}</p> }.into_any();
            }
            let in_series = a.in_series;
            view! {
                <ActionForm action=edit attr:class="form" attr:novalidate=true>
                    <FormError error=action_error(edit) />
                    <input type="hidden" name="activity" value=a.id.0 />
                    {if in_series {
                        view! {
                            <fieldset class="field choices">
                                <legend>{t!(lang, "scope-legend")}</legend>
                                <p class="hint">{t!(lang, "scope-hint")}</p>
                                <label><input type="radio" name="scope" value=EditScope::This.code() checked=true />" " {t!(lang, "scope-this")}</label>
                                <label><input type="radio" name="scope" value=EditScope::ThisAndLater.code() />" " {t!(lang, "scope-later")}</label>
                            </fieldset>
                        }.into_any()
                    } else {
                        view! { <input type="hidden" name="scope" value=EditScope::This.code() /> }.into_any()
                    }}
                    <ActivityFields template=Some(a) keep_date=true rooms />
                    <button type="submit" class="button">{t!(lang, "activity-save")}</button>
                </ActionForm>
            }.into_any()
        } />
    }
}

/// The rooms of the buurt an activity can take place in: (id, name).
async fn room_choices() -> Result<Vec<(i64, String)>, AppError> {
    get_room_choices().await
}

/// The fields every activity has, filled from `template` when given (without its date
/// unless `keep_date`).
#[component]
fn ActivityFields(template: Option<ActivityView>, keep_date: bool, rooms: Vec<(i64, String)>) -> impl IntoView {
    let lang = use_lang();
    let room = template.as_ref().and_then(|a| a.room);
    let get = |f: fn(&ActivityView) -> String| template.as_ref().map(f);
    let audience = template.as_ref().map(|a| a.audience);
    let category = template.as_ref().map(|a| a.category);
    let description = get(|a| a.description.clone()).unwrap_or_default();
    view! {
        <TextField name="title" label=t!(lang, "activity-title") hint=t!(lang, "activity-title-hint") required=true maxlength=80
            value=get(|a| a.title.clone()).unwrap_or_default() />
        <div class="field">
            <label for="description">{t!(lang, "activity-description")} " " <span class="optional">{t!(lang, "form-optional")}</span></label>
            <p class="hint" id="description-hint">{t!(lang, "activity-description-hint")}</p>
            <TextArea text=description attr:id="description" attr:name="description" attr:rows="5" attr:maxlength="2000" attr:aria-describedby="description-hint" />
        </div>
        <TextField name="date" kind="date" label=t!(lang, "activity-date") required=true
            value=if keep_date { get(|a| a.date.clone()).unwrap_or_default() } else { String::new() } />
        <div class="field-row">
            <TextField name="start_time" kind="time" label=t!(lang, "activity-start") required=true
                value=get(|a| a.start_time.clone()).unwrap_or_default() />
            <TextField name="end_time" kind="time" label=t!(lang, "activity-end") required=true
                value=get(|a| a.end_time.clone()).unwrap_or_default() />
        </div>
        {(!rooms.is_empty()).then(|| view! {
            <div class="field">
                <label for="room">{t!(lang, "activity-room")}</label>
                <p class="hint" id="room-hint">{t!(lang, "activity-room-hint")}</p>
                <select id="room" name="room" aria-describedby="room-hint">
                    <option value="" selected=room.is_none()>{t!(lang, "activity-room-none")}</option>
                    {rooms.into_iter().map(|(id, name)| view! { <option value=id selected=room == Some(id)>{name}</option> }).collect_view()}
                </select>
            </div>
        })}
        <TextField name="place" label=t!(lang, "activity-place") hint=t!(lang, "activity-place-hint") maxlength=120
            value=get(|a| a.place.clone()).unwrap_or_default() />
        <div class="field">
            <label for="audience">{t!(lang, "agenda-for")}</label>
            <select id="audience" name="audience">
                {Audience::ALL.into_iter().map(|a| view! { <option value=a.code() selected=audience == Some(a)>{tr(lang, a.key())}</option> }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for="category">{t!(lang, "agenda-kind")}</label>
            <select id="category" name="category">
                {Category::ALL.into_iter().map(|c| view! { <option value=c.code() selected=category == Some(c)>{tr(lang, c.key())}</option> }).collect_view()}
            </select>
        </div>
        <TextField name="capacity" kind="number" label=t!(lang, "activity-capacity") hint=t!(lang, "activity-capacity-hint")
            value=get(|a| a.capacity.map(|c| c.to_string()).unwrap_or_default()).unwrap_or_default() />
        <TextField name="costs" label=t!(lang, "activity-costs") hint=t!(lang, "activity-costs-hint") maxlength=80
            value=get(|a| a.costs.clone()).unwrap_or_default() />
        <TextField name="closes" kind="number" label=t!(lang, "activity-closes") hint=t!(lang, "activity-closes-hint")
            value=get(|a| a.closes_min.map(|c| c.to_string()).unwrap_or_default()).unwrap_or_default() />
    }
}
