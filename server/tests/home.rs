//! The home page ("het plein") through the real router: the week for everyone, a resident's
//! next sign-up, reservation and task, the open stemronde, proposals new since the last visit
//! to Meedoen, and the queues of the commissie and the sociaal werker.

mod common;

use common::{Client, TestApp, days_from_today};

const HOUR: i64 = 3600;

async fn home(client: &mut Client) -> String {
    let page = client.get("/", &[]).await;
    assert!(page.status.is_success(), "{page:?}");
    page.body
}

/// A link to `href` named `name` (Leptos writes `class` after `href`).
fn link(page: &str, href: &str, name: &str) -> bool {
    page.split("<a ").skip(1).any(|a| a.contains(&format!("href=\"{href}\"")) && a.split("</a>").next().is_some_and(|a| a.ends_with(&format!(">{name}"))))
}

async fn id_of(app: &TestApp, table: &str, title: &str) -> i64 {
    app.count(&format!("SELECT MAX(id) FROM {table} WHERE title = '{title}'")).await
}

/// Publishes an activity `days` from today at `start`–`end` (through the real form).
async fn publish(staff: &mut Client, app: &TestApp, title: &str, days: i64, capacity: &str) -> i64 {
    let date = days_from_today(days);
    let res = staff.publish(app.buurt.0, &[("title", title), ("date", &date), ("capacity", capacity)]).await;
    assert!(res.status.is_success(), "{res:?}");
    id_of(app, "activities", title).await
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).execute(&app.db).await.unwrap();
}

/// A room of the test buurt, straight into the database.
async fn room(app: &TestApp, name: &str) -> i64 {
    exec(
        app,
        &format!(
            "INSERT INTO rooms (buurt_id, name, capacity, slot_minutes, min_minutes, max_minutes, book_ahead_days, \
             lead_minutes, quota_minutes_month, quota_future, created_at) VALUES ({}, '{name}', 20, 30, 60, 240, 56, 0, 600, 3, 0)",
            app.buurt.0
        ),
    )
    .await;
    app.count("SELECT MAX(id) FROM rooms").await
}

async fn reservation(app: &TestApp, (room, user): (i64, i64), purpose: &str, (start, status): (i64, &str)) {
    exec(
        app,
        &format!(
            "INSERT INTO reservations (room_id, household_id, user_id, purpose, starts_at, ends_at, status, kind, created_at) \
             VALUES ({room}, {}, {user}, '{purpose}', {start}, {}, '{status}', 'bewoner', 0)",
            app.household.0,
            start + 2 * HOUR
        ),
    )
    .await;
}

/// A proposal of the test buurt written at `at`.
async fn proposal(app: &TestApp, author: i64, title: &str, (status, hidden): (&str, bool), at: i64) -> i64 {
    let hidden = if hidden { at.to_string() } else { "NULL".into() };
    exec(
        app,
        &format!(
            "INSERT INTO proposals (buurt_id, author_id, kind, title, description, status, hidden_at, created_at, updated_at) \
             VALUES ({}, {author}, 'activiteit', '{title}', 'Een plan.', '{status}', {hidden}, {at}, {at})",
            app.buurt.0
        ),
    )
    .await;
    id_of(app, "proposals", title).await
}

#[tokio::test]
async fn signed_out_the_week_shows_what_is_coming_without_names_or_private_things() {
    let app = TestApp::new().await;
    let mut visitor = app.client();
    let empty = home(&mut visitor).await;
    assert!(empty.contains("Deze week staat er nog niets in de agenda."), "{empty}");
    assert!(empty.contains("Aanmelden met uw code") && empty.contains("href=\"/inloggen\""));

    let mut samira = app.signed_in("Samira").await;
    let first = publish(&mut samira, &app, "Breiclub", 1, "10").await;
    for (title, days) in [("Koersbal", 2), ("Jeu de boules", 3), ("Voorlezen", 4), ("Kookcafe", 5), ("Zesde ding", 6)] {
        publish(&mut samira, &app, title, days, "").await;
    }
    let cancelled = publish(&mut samira, &app, "Afgelast uitje", 1, "").await;
    let past = publish(&mut samira, &app, "Gisteren gebeurd", 1, "").await;
    publish(&mut samira, &app, "Volgende maand", 20, "").await;
    let now = app.clock.now();
    exec(&app, &format!("UPDATE activities SET cancelled_at = {now}, cancel_reason = 'Ziek' WHERE id = {cancelled}")).await;
    exec(&app, &format!("UPDATE activities SET starts_at = {}, ends_at = {} WHERE id = {past}", now - 30 * HOUR, now - 28 * HOUR)).await;
    // Jan takes a place: the visitor sees the places left, never who took it.
    let mut jan = app.signed_in("Jan").await;
    assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &first.to_string())]).await.status.is_success());

    let page = home(&mut visitor).await;
    let section = page.split("aria-labelledby=\"plein-week\"").nth(1).expect("the week section");
    let section = section.split("</section>").next().unwrap();
    for title in ["Breiclub", "Koersbal", "Jeu de boules", "Voorlezen", "Kookcafe"] {
        assert!(section.contains(title), "{title} is missing: {section}");
    }
    for title in ["Zesde ding", "Afgelast uitje", "Gisteren gebeurd", "Volgende maand"] {
        assert!(!section.contains(title), "{title} should not show: {section}");
    }
    assert_eq!(section.matches("<li").count(), 5);
    assert!(section.contains("Nog 9 plekken vrij"), "{section}");
    // Two buurten in this installation: each activity names its buurt.
    assert!(section.contains("In De Zonnebloem"));
    // Nothing with a name, and no links to pages a visitor cannot open.
    assert!(!page.contains("Samira") && !page.contains("Jan"));
    assert!(!section.contains("href=\"/agenda"), "{section}");

    // Signed in, the same week links to each activity and to the whole agenda.
    let signed_in = home(&mut jan).await;
    assert!(signed_in.contains(&format!("href=\"/agenda/{first}\"")) && signed_in.contains("Bekijk de hele agenda"));
}

#[tokio::test]
async fn a_resident_sees_their_own_next_sign_up_reservation_and_task() {
    let app = TestApp::new().await;
    let mut jan = app.signed_in("Jan").await;
    assert!(home(&mut jan).await.contains("U heeft nog niets gepland."));

    let mut samira = app.signed_in("Samira").await;
    let soon = publish(&mut samira, &app, "Koffieochtend", 1, "").await;
    let later = publish(&mut samira, &app, "Bingo", 3, "").await;
    for id in [later, soon] {
        assert!(jan.call("/api/aanmelden-activiteit", &[("activity", &id.to_string())]).await.status.is_success());
    }
    let now = app.clock.now();
    let jan_id = app.user_id("Jan").await;
    let huiskamer = room(&app, "Huiskamer").await;
    reservation(&app, (huiskamer, jan_id), "Verjaardag", (now + 30 * HOUR, "in_afwachting")).await;
    reservation(&app, (huiskamer, jan_id), "Geweigerd feest", (now + 5 * HOUR, "geweigerd")).await;
    exec(&app, &format!("INSERT INTO volunteer_groups (buurt_id, name, join_policy, created_at) VALUES ({}, 'Moestuin', 'open', 0)", app.buurt.0)).await;
    let group = app.count("SELECT MAX(id) FROM volunteer_groups").await;
    for (title, start) in [("Onkruid wieden", now + 50 * HOUR), ("Oogsten", now + 90 * HOUR)] {
        exec(
            &app,
            &format!(
                "INSERT INTO group_tasks (group_id, title, place, starts_at, ends_at, needed, created_at) \
                 VALUES ({group}, '{title}', 'Tuin', {start}, {}, 3, 0)",
                start + HOUR
            ),
        )
        .await;
        let task = id_of(&app, "group_tasks", title).await;
        exec(&app, &format!("INSERT INTO task_signups (task_id, user_id, created_at) VALUES ({task}, {jan_id}, 0)")).await;
    }

    let page = home(&mut jan).await;
    let mine = page.split("aria-labelledby=\"plein-mine\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert!(mine.contains("Uw volgende activiteit:") && link(mine, &format!("/agenda/{soon}"), "Koffieochtend"), "{mine}");
    assert!(!mine.contains("Bingo"), "only the next one: {mine}");
    assert!(mine.contains("Uw volgende reservering:") && mine.contains("Huiskamer") && mine.contains("Wacht nog op goedkeuring."), "{mine}");
    assert!(mine.contains("Uw volgende taak:") && link(mine, &format!("/groepen/{group}"), "Onkruid wieden"), "{mine}");
    assert!(mine.contains("Moestuin") && !mine.contains("Oogsten"));
    assert!(!mine.contains("U heeft nog niets gepland."));

    // Once the activity is cancelled and the reservation is over, the next ones take their place.
    exec(&app, &format!("UPDATE activities SET cancelled_at = {now} WHERE id = {soon}")).await;
    exec(&app, &format!("UPDATE reservations SET status = 'geannuleerd' WHERE user_id = {jan_id}")).await;
    let mine = home(&mut jan).await;
    assert!(link(&mine, &format!("/agenda/{later}"), "Bingo") && !mine.contains("Uw volgende reservering:"));

    // Someone else sees none of Jan's things.
    let kees = home(&mut app.signed_in("Kees").await).await;
    assert!(kees.contains("U heeft nog niets gepland.") && !kees.contains("Onkruid wieden"));
}

#[tokio::test]
async fn the_open_round_says_whether_you_voted() {
    let app = TestApp::new().await;
    let now = app.clock.now();
    let round = |title: &str, (start, end): (i64, i64), closed: &str| {
        format!(
            "INSERT INTO vote_rounds (buurt_id, title, starts_at, ends_at, vote_budget, max_per_option, created_at, closed_at) \
             VALUES ({}, '{title}', {start}, {end}, 3, 2, 0, {closed})",
            app.buurt.0
        )
    };
    exec(&app, &round("Speeltuin", (now - HOUR, now + 72 * HOUR), "NULL")).await;
    exec(&app, &round("Oude ronde", (now - 900 * HOUR, now - 800 * HOUR), &(now - 800 * HOUR).to_string())).await;
    exec(&app, &round("Nog niet begonnen", (now + 100 * HOUR, now + 200 * HOUR), "NULL")).await;
    let open = id_of(&app, "vote_rounds", "Speeltuin").await;

    let mut jan = app.signed_in("Jan").await;
    let page = home(&mut jan).await;
    assert!(link(&page, &format!("/meedoen/stemronde/{open}"), "Stemronde: Speeltuin"), "{page}");
    assert!(page.contains("Open tot ") && page.contains("U heeft nog niet gestemd."));
    assert!(!page.contains("Oude ronde") && !page.contains("Nog niet begonnen"));

    let jan_id = app.user_id("Jan").await;
    exec(&app, &format!("INSERT INTO round_voters (round_id, user_id, voted_at) VALUES ({open}, {jan_id}, {now})")).await;
    let page = home(&mut jan).await;
    assert!(page.contains("U heeft gestemd.") && !page.contains("U heeft nog niet gestemd."));
    // Kees did not vote.
    assert!(home(&mut app.signed_in("Kees").await).await.contains("U heeft nog niet gestemd."));
}

#[tokio::test]
async fn new_proposals_count_until_the_resident_opens_meedoen() {
    let app = TestApp::new().await;
    let now = app.clock.now();
    let (kees, jan_id) = (app.user_id("Kees").await, app.user_id("Jan").await);
    proposal(&app, kees, "Bankje bij de vijver", ("ingediend", false), now - 300).await;
    let second = proposal(&app, kees, "Moestuin op het dak", ("in_behandeling", false), now - 200).await;
    let newest = proposal(&app, kees, "Filmavond", ("ingediend", false), now - 100).await;
    proposal(&app, kees, "Verborgen voorstel", ("ingediend", true), now - 50).await;
    proposal(&app, kees, "Afgewezen voorstel", ("afgewezen", false), now - 40).await;
    proposal(&app, jan_id, "Mijn eigen plan", ("ingediend", false), now - 30).await;

    let mut jan = app.signed_in("Jan").await;
    let page = home(&mut jan).await;
    let open = page.split("aria-labelledby=\"plein-open\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert!(open.contains("3 nieuwe voorstellen sinds uw laatste bezoek"), "{open}");
    assert!(link(open, &format!("/meedoen/{newest}"), "Filmavond"));
    assert!(link(open, &format!("/meedoen/{second}"), "Moestuin op het dak"));
    for hidden in ["Bankje bij de vijver", "Verborgen voorstel", "Afgewezen voorstel", "Mijn eigen plan"] {
        assert!(!open.contains(hidden), "{hidden}: {open}");
    }

    assert!(jan.get("/meedoen", &[]).await.status.is_success());
    let page = home(&mut jan).await;
    assert!(page.contains("Geen nieuwe voorstellen sinds uw laatste bezoek.") && !page.contains("Filmavond"), "{page}");

    // A new one later counts again; only Jan's own visit resets his count.
    app.clock.advance(60);
    proposal(&app, kees, "Buurtbarbecue", ("ingediend", false), app.clock.now()).await;
    let page = home(&mut jan).await;
    assert!(page.contains("1 nieuw voorstel sinds uw laatste bezoek") && page.contains("Buurtbarbecue"), "{page}");
    assert!(home(&mut app.signed_in("Samira").await).await.contains("5 nieuwe voorstellen sinds uw laatste bezoek"));
}

#[tokio::test]
async fn the_commissie_and_the_sociaal_werker_see_their_queues_and_a_resident_does_not() {
    let app = TestApp::new().await;
    let now = app.clock.now();
    let jan_id = app.user_id("Jan").await;
    let first = proposal(&app, jan_id, "Picknick", ("ingediend", false), now - 100).await;
    proposal(&app, jan_id, "Klaverjassen", ("in_behandeling", false), now - 90).await;
    proposal(&app, jan_id, "Al besloten", ("geaccepteerd", false), now - 80).await;
    proposal(&app, jan_id, "Verstopt", ("ingediend", true), now - 70).await;
    let huiskamer = room(&app, "Huiskamer").await;
    reservation(&app, (huiskamer, jan_id), "Feestje", (now + 30 * HOUR, "in_afwachting")).await;
    reservation(&app, (huiskamer, jan_id), "Vergadering", (now + 60 * HOUR, "bevestigd")).await;
    for (reporter, target) in [("Kees", first), ("Samira", first), ("Kees", first + 1)] {
        let reporter = app.user_id(reporter).await;
        exec(
            &app,
            &format!(
                "INSERT INTO reports (buurt_id, target_kind, target_id, reporter_id, reason, created_at) \
                 VALUES ({}, 'voorstel', {target}, {reporter}, 'anders', {now})",
                app.buurt.0
            ),
        )
        .await;
    }

    for name in ["Kees", "Samira"] {
        let page = home(&mut app.signed_in(name).await).await;
        let queues = page.split("aria-labelledby=\"plein-queues\"").nth(1).expect(name).split("</section>").next().unwrap();
        assert!(link(queues, "/meedoen/moderatie", "2 voorstellen om te beoordelen"), "{name}: {queues}");
        assert!(link(queues, "/ontmoetingsruimte/aanvragen", "1 aanvraag voor de ruimte"), "{name}: {queues}");
        assert!(link(queues, "/meedoen/meldingen", "2 meldingen van bewoners"), "{name}: {queues}");
    }

    let page = home(&mut app.signed_in("Jan").await).await;
    assert!(!page.contains("plein-queues") && !page.contains("Dit wacht op u") && !page.contains("/meedoen/moderatie"));

    // The sociaal werker of the other buurt sees the queues of their own buurt only.
    let page = home(&mut app.signed_in("Olaf").await).await;
    assert!(page.contains("Geen voorstellen om te beoordelen") && page.contains("Geen meldingen van bewoners"), "{page}");
}
