//! The shell every page shares: the HTML document, header, navigation and the routes.

use crate::accounts::api::{Me, get_me};
use crate::accounts::recovery::views::{ForgotPasswordPage, RecoveryLetterPage, ResetPasswordPage};
use crate::accounts::views::{ProfilePage, SignInPage, SignUpPage};
use crate::agenda::views::{
    ActivityPage, AgendaPage, ArchivePage, EditPage, MyAgendaPage, ParticipantsPrintPage, PosterPage, PublishPage,
};
use crate::comments::views::ReportsPage;
use crate::components::{Icon, IconKind};
use crate::error::AppError;
use crate::fairness::views::DashboardPage;
use crate::groups::views::{GroupPage, GroupsPage, MyGroupsPage, NewGroupPage};
use crate::i18n::{Lang, request_lang, use_lang};
use crate::neighbourhood::views::{BuurtPage, HouseholdPage, InviteLetterPage, MembersPage, StaffHome};
use crate::notifications::views::NotificationsPage;
use crate::on_behalf::views::{HelpingBanner, OnBehalfPageView, provide_helping};
use crate::mail::views::UnsubscribePage;
use crate::pages::{HomePage, NotFound};
use crate::proposals::views::{LogPage, ModerationPage, MyProposalsPage, NewProposalPage, ProposalPage, ProposalsPage, SettingsPage};
use crate::rooms::views::{
    MyReservationsPage, NewRoomPage, RequestsPage, ReservePage, RoomManagePage, RoomPrintPage, RoomWeekPage, RoomsPage,
};
use crate::t;
use crate::voting::views::{NewRoundPage, RoundPage, RoundsPage};
use leptos::prelude::*;
#[cfg(feature = "ssr")]
use leptos_meta::MetaTags;
use leptos_meta::{Link, Meta, Stylesheet, Title, provide_meta_context};
use leptos_router::components::{Outlet, ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{SsrMode, path};

/// The HTML document, rendered on the server only.
///
/// Every route renders in `SsrMode::Async`: the server waits for the page's data and sends
/// one complete document, so a refused page gets its real status code (401, 403, 404) and a
/// phone gets finished HTML in one go.
///
/// The scripts of the islands are not here: the first island on a page adds them
/// (`islands::IslandScripts`), so a page without one loads no JavaScript.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = request_lang();
    provide_context(lang);
    provide_context(options);
    provide_context(crate::islands::IslandScriptsAdded::default());
    view! {
        <!DOCTYPE html>
        <html lang=lang.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Bumped after sign-in, sign-up, sign-out and other changes the header shows.
#[derive(Clone, Copy)]
pub struct HeaderRefresh(pub RwSignal<u32>);

impl HeaderRefresh {
    pub fn bump(self) {
        self.0.update(|n| *n += 1);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang = use_context::<Lang>().unwrap_or_else(request_lang);
    provide_context(lang);
    provide_context(HeaderRefresh(RwSignal::new(0)));
    view! {
        <Stylesheet id="leptos" href=stylesheet_href() />
        <Link rel="icon" href="/favicon.svg" attr:r#type="image/svg+xml" />
        <Link rel="manifest" href="/manifest.webmanifest" />
        <Meta name="theme-color" content="#0b5d3b" />
        <Meta name="description" content=t!(lang, "site-description") />
        <Title formatter=title_text />
        <Router>
            <Routes fallback=|| view! { <Layout><NotFound /></Layout> }>
                <Route path=path!("/brief/:id") ssr=SsrMode::Async view=InviteLetterPage />
                <Route path=path!("/herstelbrief/:id") ssr=SsrMode::Async view=RecoveryLetterPage />
                <Route path=path!("/agenda/poster") ssr=SsrMode::Async view=PosterPage />
                <Route path=path!("/agenda/:id/deelnemers") ssr=SsrMode::Async view=ParticipantsPrintPage />
                <Route path=path!("/ontmoetingsruimte/:id/afdrukken") ssr=SsrMode::Async view=RoomPrintPage />
                <ParentRoute path=path!("") ssr=SsrMode::Async view=|| view! { <Layout><Outlet /></Layout> }>
                    <Route path=path!("/") ssr=SsrMode::Async view=HomePage />
                    <Route path=path!("/aanmelden") ssr=SsrMode::Async view=SignUpPage />
                    <Route path=path!("/inloggen") ssr=SsrMode::Async view=SignInPage />
                    <Route path=path!("/wachtwoord-vergeten") ssr=SsrMode::Async view=ForgotPasswordPage />
                    <Route path=path!("/herstellen") ssr=SsrMode::Async view=ResetPasswordPage />
                    <Route path=path!("/profiel") ssr=SsrMode::Async view=ProfilePage />
                    <Route path=path!("/meldingen") ssr=SsrMode::Async view=NotificationsPage />
                    <Route path=path!("/mail/afmelden/:token") ssr=SsrMode::Async view=UnsubscribePage />
                    <Route path=path!("/agenda") ssr=SsrMode::Async view=AgendaPage />
                    <Route path=path!("/agenda/nieuw") ssr=SsrMode::Async view=PublishPage />
                    <Route path=path!("/agenda/mijn") ssr=SsrMode::Async view=MyAgendaPage />
                    <Route path=path!("/agenda/archief") ssr=SsrMode::Async view=ArchivePage />
                    <Route path=path!("/agenda/:id/wijzigen") ssr=SsrMode::Async view=EditPage />
                    <Route path=path!("/agenda/:id") ssr=SsrMode::Async view=ActivityPage />
                    <Route path=path!("/ontmoetingsruimte") ssr=SsrMode::Async view=RoomsPage />
                    <Route path=path!("/ontmoetingsruimte/mijn") ssr=SsrMode::Async view=MyReservationsPage />
                    <Route path=path!("/ontmoetingsruimte/aanvragen") ssr=SsrMode::Async view=RequestsPage />
                    <Route path=path!("/ontmoetingsruimte/nieuw") ssr=SsrMode::Async view=NewRoomPage />
                    <Route path=path!("/ontmoetingsruimte/:id/reserveren") ssr=SsrMode::Async view=ReservePage />
                    <Route path=path!("/ontmoetingsruimte/:id/beheer") ssr=SsrMode::Async view=RoomManagePage />
                    <Route path=path!("/ontmoetingsruimte/:id") ssr=SsrMode::Async view=RoomWeekPage />
                    <Route path=path!("/meedoen") ssr=SsrMode::Async view=ProposalsPage />
                    <Route path=path!("/meedoen/nieuw") ssr=SsrMode::Async view=NewProposalPage />
                    <Route path=path!("/meedoen/mijn") ssr=SsrMode::Async view=MyProposalsPage />
                    <Route path=path!("/meedoen/moderatie") ssr=SsrMode::Async view=ModerationPage />
                    <Route path=path!("/meedoen/logboek") ssr=SsrMode::Async view=LogPage />
                    <Route path=path!("/meedoen/instellingen") ssr=SsrMode::Async view=SettingsPage />
                    <Route path=path!("/meedoen/meldingen") ssr=SsrMode::Async view=ReportsPage />
                    <Route path=path!("/meedoen/stemronde") ssr=SsrMode::Async view=RoundsPage />
                    <Route path=path!("/meedoen/stemronde/nieuw") ssr=SsrMode::Async view=NewRoundPage />
                    <Route path=path!("/meedoen/stemronde/:id") ssr=SsrMode::Async view=RoundPage />
                    <Route path=path!("/meedoen/inbreng") ssr=SsrMode::Async view=DashboardPage />
                    <Route path=path!("/meedoen/:id") ssr=SsrMode::Async view=ProposalPage />
                    <Route path=path!("/groepen") ssr=SsrMode::Async view=GroupsPage />
                    <Route path=path!("/groepen/mijn") ssr=SsrMode::Async view=MyGroupsPage />
                    <Route path=path!("/groepen/nieuw") ssr=SsrMode::Async view=NewGroupPage />
                    <Route path=path!("/groepen/:id") ssr=SsrMode::Async view=GroupPage />
                    <Route path=path!("/beheer") ssr=SsrMode::Async view=StaffHome />
                    <Route path=path!("/beheer/namens") ssr=SsrMode::Async view=OnBehalfPageView />
                    <Route path=path!("/beheer/buurt/:id") ssr=SsrMode::Async view=BuurtPage />
                    <Route path=path!("/beheer/buurt/:id/leden") ssr=SsrMode::Async view=MembersPage />
                    <Route path=path!("/beheer/huishouden/:id") ssr=SsrMode::Async view=HouseholdPage />
                </ParentRoute>
            </Routes>
        </Router>
    }
}

/// The stylesheet under its content-hashed name, cached for a year.
fn stylesheet_href() -> String {
    #[cfg(feature = "ssr")]
    return crate::assets::stylesheet_href();
    #[cfg(not(feature = "ssr"))]
    String::new()
}

/// The document title: "page · Buurtplein".
///
/// leptos_meta 0.8.7 writes the title into the server HTML without escaping it, so a title a
/// person typed (an activity) could close `<title>` and inject markup. On the server it is
/// escaped here; in the browser it is set as plain text (`document.title`) and must not be.
fn title_text(page: String) -> String {
    let full = if page.is_empty() { "Buurtplein".to_string() } else { format!("{page} · Buurtplein") };
    #[cfg(feature = "ssr")]
    let full = full.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    full
}

/// Header, navigation and footer around a page.
#[component]
fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    let refresh = expect_context::<HeaderRefresh>();
    let location = use_location();
    let me = Resource::new(
        move || (location.pathname.get(), location.search.get(), refresh.0.get()),
        |_| get_me(),
    );
    let helping = provide_helping(move || (location.pathname.get(), location.search.get()));
    let path_and_query = move || {
        let search = location.search.get();
        if search.is_empty() { location.pathname.get() } else { format!("{}?{search}", location.pathname.get()) }
    };
    let other = match lang {
        Lang::Nl => Lang::En,
        Lang::En => Lang::Nl,
    };
    view! {
        <a class="skip-link" href="#inhoud">{t!(lang, "skip-to-content")}</a>
        <header class="topbar">
            <a class="brand" href="/">
                <img src="/favicon.svg" alt="" width="32" height="32" />
                "Buurtplein"
            </a>
            <div class="topbar-actions">
                <Transition fallback=|| ()>
                    {move || Suspend::new(async move {
                        me.await.ok().flatten().map(|me| {
                            let label = t!(lang, "nav-notifications-count", count = me.unread);
                            view! {
                                <a class="bell" href="/meldingen" aria-label=label.clone() title=label>
                                    <Icon kind=IconKind::Bell />
                                    {(me.unread > 0).then(|| view! { <span class="badge" aria-hidden="true">{me.unread}</span> })}
                                </a>
                            }
                        })
                    })}
                </Transition>
                <form method="post" action="/taal" class="lang-switch">
                    <input type="hidden" name="terug" value=path_and_query />
                    <input type="hidden" name="taal" value=other.code() />
                    <button type="submit" lang=other.code() aria-label=t!(lang, "switch-language-label")>
                        {other.native_name()}
                    </button>
                </form>
            </div>
        </header>
        <nav class="mainnav" aria-label=t!(lang, "nav-label")>
            <ul>
                <NavLink href="/agenda" label=t!(lang, "nav-agenda") icon=IconKind::Calendar />
                <NavLink href="/ontmoetingsruimte" label=t!(lang, "nav-room") icon=IconKind::Home />
                <NavLink href="/meedoen" label=t!(lang, "nav-participate") icon=IconKind::Idea />
                <NavLink href="/groepen" label=t!(lang, "nav-groups") icon=IconKind::People />
                <Transition fallback=move || view! { <NavLink href="/inloggen" label=t!(lang, "nav-sign-in") icon=IconKind::Person /> }>
                    {move || Suspend::new(async move {
                        match me.await.ok().flatten() {
                            Some(me) => view! {
                                <NavLink href="/profiel" label=t!(lang, "nav-profile") icon=IconKind::Person />
                                {me.staff.then(|| view! { <NavLink href="/beheer" label=t!(lang, "nav-staff") icon=IconKind::Folder /> })}
                            }
                            .into_any(),
                            None => view! { <NavLink href="/inloggen" label=t!(lang, "nav-sign-in") icon=IconKind::Person /> }.into_any(),
                        }
                    })}
                </Transition>
            </ul>
        </nav>
        <BuurtSwitch me=me />
        <HelpingBanner helping />
        <main id="inhoud" tabindex="-1">{children()}</main>
        <footer class="footer">
            <p>{t!(lang, "footer-text")}</p>
        </footer>
    }
}

/// For a person in several buurten: which buurt they act in, and a switch to another one.
/// A plain form, so it works without JavaScript; the server goes back to the same section.
#[component]
fn BuurtSwitch(me: Resource<Result<Option<Me>, AppError>>) -> impl IntoView {
    let lang = use_lang();
    let location = use_location();
    let back = move || location.pathname.get();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                me.await.ok().flatten().filter(|me| me.buurten.len() > 1).map(|me| {
                    let current = me.buurt.map(|(id, _)| id).unwrap_or_default();
                    view! {
                        <form method="post" action="/buurt" class="buurt-switch">
                            <input type="hidden" name="terug" value=back />
                            <label for="buurt-kies">{t!(lang, "buurt-switch-label")}</label>
                            <select id="buurt-kies" name="buurt">
                                {me.buurten.into_iter().map(|(id, name)| view! {
                                    <option value=id.to_string() selected=id == current>{name}</option>
                                }).collect_view()}
                            </select>
                            <button type="submit">{t!(lang, "buurt-switch-button")}</button>
                        </form>
                    }
                })
            })}
        </Transition>
    }
}

/// A main navigation entry, marked as current on its own section.
#[component]
fn NavLink(href: &'static str, label: String, icon: IconKind) -> impl IntoView {
    let location = use_location();
    let current = move || {
        let path = location.pathname.get();
        (path == href || path.starts_with(&format!("{href}/"))).then_some("page")
    };
    view! {
        <li>
            <a href=href aria-current=current>
                <Icon kind=icon />
                <span>{label}</span>
            </a>
        </li>
    }
}
