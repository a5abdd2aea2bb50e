//! Staff functions: households, invite codes, letters and roles. Each is refused for an
//! anonymous caller, a bewoner and staff of another buurt, and then changes nothing.

mod common;

use app::error::AppError;
use common::TestApp;

#[tokio::test]
async fn staff_functions_refuse_anonymous_residents_and_other_buurten() {
    let app = TestApp::new().await;
    let (invite, _) = app.invite(2).await;
    let buurt = app.buurt.0.to_string();
    let household = app.household.0.to_string();
    let invite = invite.to_string();
    let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/api/beheer-buurten", vec![]),
        ("/api/beheer-buurt-nieuw", vec![("name", "Nieuwe Buurt")]),
        ("/api/beheer-huishoudens", vec![("buurt", &buurt)]),
        ("/api/beheer-huishouden-nieuw", vec![("buurt", &buurt), ("label", "Inbraakstraat 1"), ("building", "")]),
        ("/api/beheer-huishouden", vec![("household", &household)]),
        ("/api/beheer-code-nieuw", vec![("household", &household), ("max_uses", "5")]),
        ("/api/beheer-code-intrekken", vec![("invite", &invite)]),
        ("/api/beheer-brief", vec![("invite", &invite)]),
        ("/api/beheer-leden", vec![("buurt", &buurt)]),
        ("/api/beheer-rol", vec![("buurt", &buurt), ("member", "4"), ("role", "beheerder")]),
    ];
    let before = (
        app.count("SELECT COUNT(*) FROM households").await,
        app.count("SELECT COUNT(*) FROM invite_codes WHERE revoked_at IS NULL").await,
        app.count("SELECT COUNT(*) FROM buurten").await,
        app.count("SELECT COUNT(*) FROM memberships WHERE role = 'beheerder'").await,
    );
    let mut anonymous = app.client();
    let mut resident = app.signed_in("Jan").await;
    let mut committee = app.signed_in("Kees").await;
    let mut foreign_staff = app.signed_in("Olaf").await;
    for (path, form) in &calls {
        assert_eq!(anonymous.call(path, form).await.error(), AppError::NotSignedIn, "anonymous {path}");
        assert_eq!(resident.call(path, form).await.error(), AppError::Forbidden, "bewoner {path}");
        assert_eq!(committee.call(path, form).await.error(), AppError::Forbidden, "commissielid {path}");
        if *path != "/api/beheer-buurten" {
            assert_eq!(foreign_staff.call(path, form).await.error(), AppError::Forbidden, "other buurt {path}");
        }
    }
    let after = (
        app.count("SELECT COUNT(*) FROM households").await,
        app.count("SELECT COUNT(*) FROM invite_codes WHERE revoked_at IS NULL").await,
        app.count("SELECT COUNT(*) FROM buurten").await,
        app.count("SELECT COUNT(*) FROM memberships WHERE role = 'beheerder'").await,
    );
    assert_eq!(before, after, "nothing changed");
}

#[tokio::test]
async fn social_worker_manages_households_codes_and_letters() {
    let app = TestApp::new().await;
    let mut staff = app.signed_in("Samira").await;
    let buurt = app.buurt.0.to_string();

    let res = staff.call("/api/beheer-huishouden-nieuw", &[("buurt", &buurt), ("label", " "), ("building", "")]).await;
    assert_eq!(res.error(), AppError::Invalid(app::error::Problem::LabelEmpty));
    let long = "x".repeat(500);
    let res = staff.call("/api/beheer-huishouden-nieuw", &[("buurt", &buurt), ("label", &long), ("building", "")]).await;
    assert_eq!(res.error(), AppError::Invalid(app::error::Problem::LabelTooLong));
    let res = staff.call("/api/beheer-huishouden-nieuw", &[("buurt", &buurt), ("label", "Madeliefhof 2"), ("building", "Hofjes")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let household: i64 = app.count("SELECT id FROM households WHERE label = 'Madeliefhof 2'").await;
    let household = household.to_string();

    for bad in ["0", "21", "veel"] {
        let res = staff.call("/api/beheer-code-nieuw", &[("household", &household), ("max_uses", bad)]).await;
        assert_eq!(res.error(), AppError::Invalid(app::error::Problem::NumberOutOfRange), "{bad}");
    }
    let res = staff.call("/api/beheer-code-nieuw", &[("household", &household), ("max_uses", "3")]).await;
    assert!(res.status.is_success(), "{res:?}");
    let detail: app::neighbourhood::model::HouseholdDetail =
        staff.call("/api/beheer-huishouden", &[("household", &household)]).await.json();
    assert_eq!(detail.label, "Madeliefhof 2");
    assert_eq!(detail.invites.len(), 1);
    assert_eq!(detail.invites[0].max_uses, 3);
    let invite = detail.invites[0].id.0.to_string();

    let letter: app::neighbourhood::model::InviteLetter = staff.call("/api/beheer-brief", &[("invite", &invite)]).await.json();
    assert_eq!(letter.code, detail.invites[0].code);
    assert!(letter.signup_url.ends_with(&format!("/aanmelden?code={}", letter.code)));
    assert!(letter.qr_svg.starts_with("<svg"));

    // A resident signs up with the new code; then staff revoke it and it stops working.
    let mut resident = app.client();
    let res = resident
        .call("/api/aanmelden", &[("code", &letter.code), ("display_name", "Truus"), ("age_band", ""), ("password", "vijf koeien in de wei"), ("email", "truus@example.nl")])
        .await;
    assert!(res.status.is_success(), "{res:?}");
    assert!(staff.call("/api/beheer-code-intrekken", &[("invite", &invite)]).await.status.is_success());
    let mut late = app.client();
    let res = late
        .call("/api/aanmelden", &[("code", &letter.code), ("display_name", "Piet"), ("age_band", ""), ("password", "vijf koeien in de wei"), ("email", "")])
        .await;
    assert_eq!(res.error(), AppError::Invalid(app::error::Problem::CodeRevoked));
    assert_eq!(app.count("SELECT COUNT(*) FROM staff_log WHERE action IN ('household-created', 'invite-created', 'invite-revoked')").await, 3);

    // Sign-in with the email works too.
    let mut by_email = app.client();
    let res = by_email.call("/api/inloggen", &[("identifier", "Truus@Example.nl"), ("password", "vijf koeien in de wei")]).await;
    assert!(res.status.is_success(), "{res:?}");
}

#[tokio::test]
async fn roles_follow_who_may_give_them() {
    let app = TestApp::new().await;
    let buurt = app.buurt.0.to_string();
    let jan: i64 = app.count("SELECT id FROM users WHERE display_name = 'Jan'").await;
    let jan = jan.to_string();
    let anja: i64 = app.count("SELECT id FROM users WHERE display_name = 'Anja'").await;
    let anja = anja.to_string();
    let mut social = app.signed_in("Samira").await;

    let res = social.call("/api/beheer-rol", &[("buurt", &buurt), ("member", &jan), ("role", "beheerder")]).await;
    assert_eq!(res.error(), AppError::Forbidden, "a sociaal werker cannot make a beheerder");
    let res = social.call("/api/beheer-rol", &[("buurt", &buurt), ("member", &anja), ("role", "bewoner")]).await;
    assert_eq!(res.error(), AppError::Forbidden, "nor demote a beheerder");
    let res = social.call("/api/beheer-rol", &[("buurt", &buurt), ("member", &jan), ("role", "koning")]).await;
    assert!(matches!(res.error(), AppError::Invalid(_)));
    let res = social.call("/api/beheer-rol", &[("buurt", &buurt), ("member", &jan), ("role", "commissielid")]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM memberships WHERE user_id = {jan} AND role = 'commissielid'")).await, 1);

    // Jan is told in Meldingen.
    let mut jan_client = app.signed_in("Jan").await;
    let notes: Vec<app::notifications::model::Notification> = jan_client.call("/api/meldingen", &[]).await.json();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].message_key, "note-role-changed");
    assert!(jan_client.call("/api/meldingen-gelezen", &[("id", "0")]).await.status.is_success());
    let me: Option<app::accounts::api::Me> = jan_client.call("/api/ik", &[]).await.json();
    assert_eq!(me.unwrap().unread, 0);

    // A beheerder may make a sociaal werker, and create a new buurt.
    let mut admin = app.signed_in("Anja").await;
    let res = admin.call("/api/beheer-rol", &[("buurt", &buurt), ("member", &jan), ("role", "sociaal_werker")]).await;
    assert!(res.status.is_success(), "{res:?}");
    assert!(admin.call("/api/beheer-buurt-nieuw", &[("name", "Het Vlinderhof")]).await.status.is_success());
    assert_eq!(
        admin.call("/api/beheer-buurt-nieuw", &[("name", "het  vlinderhof")]).await.error(),
        AppError::Invalid(app::error::Problem::NameTaken)
    );
    let buurten: Vec<app::neighbourhood::model::BuurtSummary> = admin.call("/api/beheer-buurten", &[]).await.json();
    assert!(buurten.iter().any(|b| b.name == "Het Vlinderhof"));
}
