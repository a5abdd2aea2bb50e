## Algemeen
site-description = Buurtplein is de website van en voor de bewoners van uw buurt.
skip-to-content = Naar de inhoud
loading = Even geduld…
back-home = Naar de startpagina
coming-soon = Dit deel komt binnenkort. Kijk later nog eens.
footer-text = Buurtplein is van en voor de bewoners. Vragen? Stel ze aan de sociaal werker of de bewonerscommissie.
form-optional = (mag leeg blijven)
buurt-switch-label = Je buurt
buurt-switch-button = Wissel
switch-language-label = Switch to English

## Menu
nav-label = Hoofdmenu
nav-agenda = Agenda
nav-room = Ontmoetingsruimte
nav-participate = Meedoen
nav-groups = Groepen
nav-profile = Mijn profiel
nav-sign-in = Inloggen
nav-staff = Beheer
nav-notifications-count = { $count ->
    [0] Meldingen, geen nieuwe
    [one] Meldingen, 1 nieuwe
   *[other] Meldingen, { $count } nieuwe
}

## Startpagina
home-title = Welkom op Buurtplein
home-lead = Hier doen bewoners samen dingen in de buurt. Jong en oud.
home-sign-up = Aanmelden met uw code
home-what-title = Wat kunt u hier doen?
home-agenda-text = Zie wat er te doen is en meld u aan voor activiteiten.
home-room-text = Reserveer de ontmoetingsruimte voor een activiteit of bijeenkomst.
home-participate-text = Doe een voorstel, praat mee en stem over plannen voor de buurt.
home-groups-text = Doe mee met een groep vrijwilligers en help een handje.
home-code-title = Hoe krijg ik een code?
home-code-text = Elk huishouden krijgt een brief met een code. Geen brief gekregen? Vraag de sociaal werker of de bewonerscommissie.
home-hello = Hallo { $name }!
home-signed-in-lead = Fijn dat u er bent. Wat wilt u doen?
home-unread = { $count ->
    [one] U heeft 1 nieuwe melding.
   *[other] U heeft { $count } nieuwe meldingen.
}

## Aanmelden
signup-title = Aanmelden
signup-lead = Met de code uit de brief maakt u een account. Dat duurt twee minuten.
signup-code = Code uit de brief
signup-code-hint = Bijvoorbeeld ABCD-EFGH-JKMN. Hoofdletters en streepjes zijn niet nodig.
signup-name = Uw naam op Buurtplein
signup-name-hint = Andere bewoners zien deze naam. Bijvoorbeeld uw voornaam, of voornaam en eerste letter.
signup-age = Leeftijd
signup-age-hint = Zo zien we of jong en oud meedoen. Niemand ziet uw leeftijd.
signup-password = Wachtwoord
signup-password-hint = Minstens 8 tekens. Een zin van een paar woorden is goed te onthouden.
signup-email = E-mailadres
signup-email-hint = Alleen om in te loggen. Andere bewoners zien dit nooit.
signup-next = Na het aanmelden bent u meteen ingelogd.
signup-submit = Account maken
signup-have-account = Heeft u al een account?
age-no-answer = Zeg ik liever niet
age-under-18 = Jonger dan 18
age-18-34 = 18 tot 35 jaar
age-35-54 = 35 tot 55 jaar
age-55-74 = 55 tot 75 jaar
age-75-plus = 75 jaar of ouder

## Inloggen
signin-title = Inloggen
signin-identifier = Naam of e-mailadres
signin-password = Wachtwoord
signin-submit = Inloggen
signin-new-title = Nog geen account?
signin-new-text = Gebruik de code uit de brief van uw huishouden.

## Profiel
profile-title = Mijn profiel
profile-roles = Mijn buurt
profile-name-title = Naam wijzigen
profile-save = Opslaan
profile-saved = Opgeslagen.
profile-password-title = Wachtwoord wijzigen
profile-password-current = Huidig wachtwoord
profile-password-new = Nieuw wachtwoord
profile-password-saved = Uw wachtwoord is gewijzigd. Op andere apparaten moet u opnieuw inloggen.
profile-language-title = Taal
profile-language-legend = In welke taal wilt u Buurtplein zien?
profile-data-title = Mijn gegevens
profile-data-text = Download alles wat Buurtplein over u bewaart, in één bestand.
profile-data-download = Mijn gegevens downloaden
profile-signout-title = Uitloggen
profile-signout = Uitloggen
profile-delete-title = Account verwijderen
profile-delete-text = Uw naam, e-mailadres en wachtwoord worden gewist. Wat u schreef blijft staan, met de naam "oud-bewoner". Dit kunt u niet terugdraaien.
profile-delete-confirm = Ja, ik wil mijn account echt verwijderen
profile-delete-submit = Account verwijderen
profile-deleted = Uw account is verwijderd. Bedankt voor het meedoen!
former-resident = oud-bewoner

## Rollen
role-bewoner = bewoner
role-commissielid = lid van de bewonerscommissie
role-sociaal-werker = sociaal werker
role-beheerder = beheerder

## Meldingen
notifications-title = Meldingen
notifications-empty = U heeft nog geen meldingen.
notifications-all-read = Alles gelezen
notifications-mark-read = Gelezen
notifications-open = Bekijken
notifications-unread = Nieuw:
note-welcome = Welkom op Buurtplein, { $name }! Kijk in de agenda wat er te doen is.
note-role-changed = U bent nu { $role } in uw buurt.

## Beheer
staff-title = Beheer
staff-buurt-counts = { $households } huishoudens, { $residents } bewoners
staff-new-buurt = Nieuwe buurt
staff-new-buurt-hint = Alleen beheerders maken een buurt. U wordt beheerder van de nieuwe buurt.
staff-buurt-name = Naam van de buurt
staff-create = Toevoegen
staff-members = Leden en rollen
staff-households = Huishoudens
staff-household = Huishouden
staff-no-households = Nog geen huishoudens.
staff-label = Adres
staff-label-hint = Alleen medewerkers zien dit. Bijvoorbeeld Zonnebloemstraat 12.
staff-building = Gebouw
staff-building-hint = Bijvoorbeeld de naam van de flat of het blok.
staff-residents = Bewoners
staff-no-residents = Nog niemand heeft zich aangemeld.
staff-open-codes = Bruikbare codes
staff-new-household = Nieuw huishouden
staff-codes = Codes
staff-no-codes = Nog geen codes. Maak hieronder een code.
staff-code-uses = { $uses } van { $max } keer gebruikt
staff-code-revoked = Ingetrokken
staff-print-letter = Brief afdrukken
staff-revoke = Intrekken
staff-revoke-label = Code { $code } intrekken
staff-new-code = Nieuwe code
staff-code-max = Hoeveel bewoners mogen de code gebruiken?
staff-code-max-hint = Tussen 1 en 20. Meestal { $default }.
staff-create-code = Code maken
staff-roles-hint = Een beheerder kan elke rol geven. Een sociaal werker kan iemand bewoner of lid van de bewonerscommissie maken.
staff-role-of = Rol van { $name }

## Brief
letter-title = Brief met code
letter-back = Terug naar beheer
letter-print-hint = Druk deze pagina af op A4.
letter-revoked = Deze code is ingetrokken. Druk een brief af met een nieuwe code.
letter-heading = Doe mee op Buurtplein { $buurt }
letter-intro = Buurtplein is een website voor en door bewoners. Op uw telefoon of computer kunt u:
letter-point-agenda = zien wat er te doen is, en u aanmelden;
letter-point-room = de ontmoetingsruimte reserveren;
letter-point-ideas = ideeën voor de buurt geven en stemmen;
letter-point-groups = meedoen met een groep vrijwilligers.
letter-code-title = Uw code
letter-code-uses = { $count ->
    [one] Deze code is voor 1 persoon.
   *[other] Met deze code kunnen { $count } mensen uit uw huishouden een account maken.
}
letter-qr-label = QR-code naar de pagina om u aan te melden
letter-step-1 = Scan de QR-code met uw telefoon. Of ga naar { $site } en kies "Aanmelden met uw code".
letter-step-2 = Vul de code in. Kies een naam en een wachtwoord.
letter-step-3 = Klaar! U bent meteen ingelogd.
letter-help-title = Hulp nodig?
letter-help-text = Geen telefoon of computer? Of lukt het niet? De sociaal werker helpt u graag. U kunt ook langskomen in de ontmoetingsruimte.
letter-privacy = Andere bewoners zien alleen de naam die u kiest. Nooit uw adres.

## Fouten
not-found-title = Deze pagina bestaat niet
not-found-text = Misschien is de link oud of zit er een typefout in.
server-error-title = Er ging iets mis
server-error-text = Er ging iets mis bij ons. Probeer het later nog eens. Blijft het misgaan? Zeg het tegen de sociaal werker.
error-not-signed-in = Log eerst in om dit te zien.
error-forbidden = U heeft geen toegang tot deze pagina of actie.
error-not-found = Dit bestaat niet (meer).
error-rate-limited = Te veel pogingen. Wacht een minuut en probeer het dan opnieuw.
error-busy = Het is even erg druk. Probeer het over een minuut opnieuw.
error-internal = Er ging iets mis bij ons. Probeer het later nog eens.
error-transport = Er is geen verbinding. Controleer uw internet en probeer het opnieuw.
error-bad-request = Wat u stuurde konden we niet lezen. Controleer de tekst en probeer het opnieuw.
error-too-large = Wat u stuurde is te groot. Maak de tekst korter of kies een kleiner bestand.
error-foreign-origin = Dit verzoek komt niet van Buurtplein en is geweigerd.
problem-name-empty = Vul een naam in.
problem-name-too-long = Deze naam is te lang. Gebruik hoogstens 40 tekens.
problem-name-taken = Deze naam is al in gebruik. Kies een andere, bijvoorbeeld met de eerste letter van uw achternaam.
problem-name-invisible = Deze naam bevat onzichtbare tekens of tekens die de leesrichting omdraaien. Typ uw naam zelf opnieuw in, zonder te kopiëren en plakken.
problem-name-mixed-scripts = Deze naam mengt letters uit verschillende schriften in één woord, bijvoorbeeld Latijnse en Russische letters. Gebruik per woord letters uit één schrift.
problem-name-look-alike = Deze naam lijkt te veel op de naam van iemand anders. Kies een andere, bijvoorbeeld met de eerste letter van uw achternaam.
problem-password-too-short = Het wachtwoord is te kort. Gebruik minstens 8 tekens.
problem-password-too-long = Het wachtwoord is te lang. Gebruik hoogstens 128 tekens.
problem-password-too-common = Dit wachtwoord gebruiken heel veel mensen. Kies een ander wachtwoord, bijvoorbeeld een zin van een paar woorden.
problem-email-invalid = Dit e-mailadres klopt niet. Het ziet eruit als naam@voorbeeld.nl. U mag het ook leeg laten.
problem-email-taken = Dit e-mailadres hoort al bij een ander account.
problem-code-unknown = Deze code kennen we niet. Kijk goed naar de brief en probeer het opnieuw.
problem-code-used-up = Deze code is al zo vaak gebruikt als mag. Vraag de sociaal werker om een nieuwe code.
problem-code-revoked = Deze code werkt niet meer. Vraag de sociaal werker om een nieuwe code.
problem-wrong-credentials = De naam of het wachtwoord klopt niet. Probeer het opnieuw.
problem-wrong-password = Het wachtwoord klopt niet.
problem-label-empty = Vul een adres in.
problem-label-too-long = Dit is te lang. Gebruik hoogstens 80 tekens.
problem-text-too-long = Deze tekst is te lang.
problem-number-out-of-range = Vul een getal in van 1 tot en met 20.
problem-confirm-missing = Zet eerst een vinkje om te laten zien dat u het zeker weet.
problem-unknown = Er klopt iets niet in het formulier. Kijk het na en probeer het opnieuw.

## Agenda
agenda-mine = Mijn agenda
agenda-mine-empty = U heeft zich nog nergens voor aangemeld. Kijk in de agenda wat er te doen is.
agenda-new = Nieuwe activiteit
agenda-empty = Er staat nog niets in de agenda.
agenda-today = Vandaag
agenda-this-week = Deze week
agenda-later = Later
agenda-filter-category = Soort activiteit
agenda-filter-audience = Voor wie
agenda-filter-all = Alles
agenda-filter-submit = Laat zien
agenda-places-left = { $count ->
    [one] Nog 1 plek vrij
   *[other] Nog { $count } plekken vrij
}
agenda-full = Vol: u kunt op de wachtlijst
agenda-you-signed-up = U bent aangemeld.
agenda-you-wait = U staat op de wachtlijst.
agenda-you-wait-place = U staat op de wachtlijst. U bent nummer { $place }.
agenda-cancelled-short = Afgelast
agenda-cancelled = Deze activiteit is afgelast. Reden: { $reason }
agenda-when = Wanneer
agenda-where = Waar
agenda-for = Voor wie
agenda-kind = Soort
agenda-costs = Kosten
agenda-free = Gratis
agenda-organiser = Georganiseerd door
agenda-participants = Deelnemers
agenda-signed-up-count = { $count ->
    [one] 1 aangemeld
   *[other] { $count } aangemeld
}
agenda-waiting-count = { $count ->
    [one] 1 op de wachtlijst
   *[other] { $count } op de wachtlijst
}
agenda-signup-title = Meedoen
agenda-sign-up = Aanmelden
agenda-join-waitlist = Op de wachtlijst
agenda-withdraw = Afmelden
agenda-closed = Aanmelden kan niet meer.
agenda-full-explain = Alle plekken zijn bezet. Zet u op de wachtlijst. Komt er een plek vrij? Dan krijgt u die vanzelf, en een melding.
agenda-waitlist-explain = Komt er een plek vrij? Dan bent u vanzelf aangemeld en krijgt u een melding.
activity-title = Naam van de activiteit
activity-title-hint = Kort en duidelijk, bijvoorbeeld "Koffieochtend".
activity-description = Wat gaan we doen?
activity-description-hint = Gewone tekst. Een webadres wordt vanzelf een link.
activity-date = Datum
activity-start = Begint om
activity-end = Eindigt om
activity-place = Waar
activity-place-hint = Bijvoorbeeld "Ontmoetingsruimte" of "Verzamelen bij de hoofdingang".
activity-capacity = Hoeveel mensen kunnen mee?
activity-capacity-hint = Leeg laten als er geen grens is.
activity-costs = Kosten
activity-costs-hint = Bijvoorbeeld "€ 2,50". Leeg laten als het gratis is.
activity-closes = Aanmelden sluit … minuten voor de start
activity-closes-hint = Leeg laten: aanmelden kan tot de start.
activity-publish = Publiceren
audience-iedereen = Iedereen
audience-kinderen = Kinderen
audience-jongeren = Jongeren
audience-volwassenen = Volwassenen
audience-ouderen = Ouderen
category-bewegen = Bewegen
category-ontmoeten = Ontmoeten
category-leren = Leren
category-creatief = Creatief
category-eten = Eten
category-informatie = Informatie
category-anders = Anders
note-promoted = Er is een plek vrijgekomen bij "{ $title }". U bent nu aangemeld!
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
problem-text-empty = Vul dit in.
problem-text-too-short = Dit is te kort.
problem-capacity-invalid = Vul een aantal in van 1 of meer, of laat het leeg als er geen grens is.
problem-start-in-past = Deze datum en tijd zijn al voorbij. Kies een moment in de toekomst.
problem-start-too-far = Dit is meer dan twee jaar vooruit. Kies een eerdere datum.
problem-end-before-start = De eindtijd moet na de begintijd liggen.
problem-too-long = Een activiteit duurt hoogstens een week.
problem-date-invalid = Deze datum of tijd klopt niet. Gebruik bijvoorbeeld 24-11-2026 en 10:00.
problem-signup-closed = Aanmelden of afmelden kan niet meer voor deze activiteit.
agenda-no-participants = Nog niemand heeft zich aangemeld.
agenda-on-waitlist = wachtlijst
agenda-cancel-title = Afgelasten
agenda-cancel-reason = Waarom gaat het niet door?
agenda-cancel-hint = De deelnemers krijgen een melding met deze reden.
agenda-cancel-submit = Activiteit afgelasten
note-cancelled = "{ $title }" gaat niet door. Reden: { $reason }

## Agenda, deel twee: herhalen, wijzigen, archief, poster, agenda-links
problem-until-invalid = Kies een einddatum na de eerste datum, en binnen een jaar.
problem-capacity-below-signed-up = Er zijn al meer mensen aangemeld dan dit aantal plekken. Kies een groter aantal.
problem-activity-over = Deze activiteit is al voorbij. U kunt haar niet meer wijzigen.
problem-activity-cancelled = Deze activiteit is afgelast. U kunt haar niet meer wijzigen.
repeat-legend = Herhalen
repeat-label = Hoe vaak?
repeat-once = Eén keer
repeat-weekly = Elke week
repeat-fortnightly = Om de week
repeat-until = Tot en met
repeat-until-hint = Alleen nodig als de activiteit herhaalt. Hoogstens een jaar vooruit.
activity-edit = Wijzigen
activity-save = Opslaan
activity-back = Terug naar de activiteit
activity-again = Nog een keer
activity-again-explain = U maakt een nieuwe activiteit met dezelfde gegevens. Kies een nieuwe datum.
scope-legend = Wat wilt u wijzigen?
scope-hint = Deze activiteit hoort bij een reeks.
scope-this = Alleen deze keer
scope-later = Deze keer en alle keren daarna (elke keer houdt zijn eigen datum)
agenda-overlap = Let op: op die tijd heeft u ook { $titles }. U kunt zich toch aanmelden.
agenda-print-participants = Deelnemerslijst afdrukken
agenda-archive = Archief
agenda-archive-intro = Activiteiten die al geweest zijn, met het aantal deelnemers.
agenda-archive-empty = Er zijn nog geen activiteiten geweest.
agenda-took-part = { $count ->
    [one] 1 deelnemer
   *[other] { $count } deelnemers
}
participants-name = Naam
participants-household = Adres
participants-present = Aanwezig
poster-title = Poster afdrukken
poster-heading = Deze week in { $buurt }
poster-empty = Deze week staat er niets in de agenda.
poster-qr-label = QR-code naar de agenda
poster-more = Meedoen? Meld u aan op { $site } of scan de code.
feed-title = In uw eigen agenda
feed-intro = Zet de activiteiten in de agenda van uw telefoon. Kopieer een link en voeg die toe als agenda-abonnement.
feed-buurt = Alle activiteiten van de buurt
feed-buurt-hint = Deze link is openbaar. Iedereen met de link ziet de activiteiten.
feed-personal = Alleen mijn aanmeldingen
feed-personal-hint = Deze link is geheim. Deel hem niet.
feed-secret-hint = Gedeeld per ongeluk? Maak een nieuwe link. De oude werkt dan niet meer.
feed-make = Maak mijn link
feed-renew = Maak een nieuwe link
feed-stop = Stop mijn link
note-changed = "{ $title }" is gewijzigd. Kijk of de tijd en plaats nog goed voor u zijn.

## Vrijwilligersgroepen
groups-title = Vrijwilligersgroepen
groups-intro = Doe mee met een groep buren die samen iets doen voor de buurt. Kijk wat een groep doet en hoeveel tijd het vraagt.
groups-mine = Mijn groepen
groups-new = Nieuwe groep
groups-empty = Er zijn nog geen groepen in uw buurt.
groups-mine-tasks = Mijn taken
groups-mine-no-tasks = U heeft zich nog niet aangemeld voor een taak.
groups-mine-groups = Mijn groepen en verzoeken
groups-mine-empty = U zit nog niet in een groep.
groups-browse = Bekijk de groepen
group-for = Voor wie
group-time = Tijd
group-how-join = Lid worden
group-coordinators = Coördinatoren
group-member-count = { $count ->
    [one] 1 lid
   *[other] { $count } leden
}
group-policy-open = Meteen lid
group-policy-approval = Lid na een ja
group-policy-open-explain = Iedereen uit de buurt kan meteen lid worden.
group-policy-approval-explain = U vraagt om lid te worden. De coördinator zegt ja of nee.
group-policy-open-choice = Iedereen kan meteen lid worden
group-policy-approval-choice = De coördinator zegt eerst ja of nee
group-standing-requested = U heeft gevraagd om lid te worden
group-standing-member = U bent lid
group-standing-coordinator = U bent coördinator
group-join-title = Meedoen
group-join-open = Lid worden
group-join-open-hint = U kunt meteen lid worden.
group-join-ask = Vraag om lid te worden
group-join-ask-hint = De coördinator beslist of u lid wordt. U krijgt daarover een melding.
group-you-requested = U heeft gevraagd om lid te worden. De coördinator beslist. U krijgt een melding.
group-you-member = U bent lid van deze groep.
group-you-coordinator = U bent coördinator van deze groep.
group-withdraw-request = Verzoek intrekken
group-leave = Uit de groep gaan
group-leave-hint = Gaat u uit de groep? Dan bent u ook afgemeld voor taken die nog komen. De coördinator krijgt een melding.
group-tasks-title = Taken en diensten
group-tasks-empty = Er zijn nog geen taken gepland.
group-tasks-members-only = Word lid van de groep om u aan te melden voor een taak.
task-hands = { $taken } van de { $needed } { $needed ->
    [one] plek
   *[other] plekken
} bezet
task-full = { $needed ->
    [one] Vol: de plek is bezet
   *[other] Vol: alle { $needed } plekken zijn bezet
}
task-sign-up = Aanmelden
task-withdraw = Afmelden
task-you-help = U doet mee.
task-started = Deze taak is al begonnen.
task-who = Wie: { $names }
group-messages-title = Berichten
group-messages-empty = Er zijn nog geen berichten.
group-message-label = Bericht aan de groep
group-message-hint = Alle leden krijgen het bericht ook als melding. Hoogstens 500 tekens.
group-message-send = Versturen
group-message-by = { $name }, { $when }
group-requests-title = Verzoeken om lid te worden
group-requests-empty = Er zijn geen verzoeken.
group-asked-at = Gevraagd op { $when }
group-accept = Ja, welkom
group-decline = Nee
group-members-title = Leden ({ $count })
group-members-empty = De groep heeft nog geen leden.
group-coordinator-tag = coördinator
group-promote = Maak coördinator
task-plan-title = Taak of dienst plannen
task-title = Wat moet er gebeuren?
task-title-hint = Bijvoorbeeld: moestuin water geven.
task-place = Waar?
task-place-hint = Bijvoorbeeld: de moestuin achter flat Zonnebloem.
task-needed = Hoeveel mensen zijn nodig?
task-needed-hint = Een getal van 1 tot 50. Er kunnen zich nooit meer mensen aanmelden.
task-plan-submit = Taak plannen
hours-title = Uren invullen
hours-intro = Vul na afloop in hoeveel uur iedereen heeft geholpen, bijvoorbeeld 2 of 1,5. Dit telt mee in de cijfers over meedoen in de buurt.
hours-empty = Er zijn nog geen taken voorbij.
hours-none = Niemand had zich aangemeld.
hours-of = Uren van { $name }
hours-save = Opslaan
hours-recorded = Ingevuld: { $hours } uur
group-name = Naam van de groep
group-name-hint = Bijvoorbeeld: Tuinploeg.
group-description = Wat doet de groep?
group-description-hint = Vertel in een paar zinnen wat de leden samen doen.
group-audience = Voor wie is de groep?
group-audience-hint = Bijvoorbeeld: voor iedereen die graag buiten is.
group-time-needed = Hoeveel tijd vraagt het?
group-time-needed-hint = Bijvoorbeeld: ongeveer 2 uur per week.
group-policy-legend = Hoe wordt iemand lid?
group-coordinator = Coördinator
group-coordinator-hint = Een bewoner of iemand van het team. Later kunnen er meer coördinatoren bij.
group-also-me = Ik ben ook coördinator
group-create = Groep starten
note-group-request = { $name } wil lid worden van { $group }. Zeg ja of nee op de pagina van de groep.
note-group-joined = { $name } is lid geworden van { $group }.
note-group-accepted = Welkom! U bent nu lid van { $group }.
note-group-declined = De coördinator heeft uw verzoek voor { $group } niet aangenomen.
note-group-left = { $name } is uit { $group } gegaan. Afgemeld voor taken die nog komen: { $count }.
note-group-coordinator = U bent nu coördinator van { $group }.
note-group-message = Bericht van { $group }: { $text }
problem-hands-invalid = Vul in hoeveel mensen nodig zijn: een getal van 1 tot 50.
problem-hours-invalid = Vul het aantal uren in als getal, bijvoorbeeld 2 of 1,5. Het mag niet meer dan 24 zijn.
problem-task-full = Er zijn al genoeg mensen voor deze taak. Kies een andere taak.
problem-task-closed = Deze taak is al begonnen. Aanmelden of afmelden kan niet meer.
problem-task-not-over = Deze taak is nog niet voorbij. Vul de uren in als de taak klaar is.
problem-not-group-member = Alleen leden van de groep kunnen dit. Word eerst lid van de groep.
problem-last-coordinator = U bent de enige coördinator. Maak eerst iemand anders coördinator. Daarna kunt u uit de groep gaan.

## Ontmoetingsruimte
room-none = Deze buurt heeft nog geen ruimte om te reserveren.
room-capacity = Plaats voor { $count } mensen.
room-week-nav = Andere week
room-week-prev = ← Vorige week
room-week-next = Volgende week →
room-week-title = Week van { $week }
room-open = Open { $hours }
room-closed = Dicht
room-closed-day = Dicht: { $reason }
room-not-bookable = Deze dag kunt u nu niet reserveren.
room-free = Vrij
room-reserve = Reserveren
room-private = Besloten
room-facts-title = Over deze ruimte
room-hours-title = Openingstijden
room-closed-days-title = Gesloten dagen
room-rules-title = Regels voor reserveren
room-rules-length = U reserveert in blokken van { $slot } minuten. Een reservering duurt { $min } tot { $max }.
room-rules-window = Reserveer minstens { $lead } van tevoren, en hoogstens { $days } dagen vooruit.
room-rules-quota = Elk huishouden mag { $hours } per maand reserveren, met hoogstens { $count } reserveringen tegelijk.
room-rules-approval = De bewonerscommissie keurt eerst goed bij: { $cases }.
room-approval-private = besloten bijeenkomsten
room-approval-after = alles wat na { $time } eindigt
room-approval-over = alles wat langer duurt dan { $duration }
room-mine = Mijn reserveringen
room-requests = Aanvragen
room-print = Week afdrukken
room-manage = Ruimte beheren
room-new = Nieuwe ruimte
room-feed-hint = Zet de planning van deze ruimte in uw eigen agenda:
room-feed-link = agenda-adres van de ruimte
room-back = Terug naar de ruimte
room-request-title = Ruimte reserveren
room-date = Datum
room-from = Van
room-to = Tot
room-purpose = Waarvoor is het?
room-purpose-hint = Bijvoorbeeld: verjaardag, vergadering, koffieochtend.
room-access-legend = Mag iedereen komen?
room-access-open = Ja, het is open voor de buurt
room-access-private = Nee, het is besloten (bijvoorbeeld een feestje)
room-people = Met hoeveel mensen ongeveer?
room-people-hint = Er passen hoogstens { $count } mensen in de ruimte.
room-request-submit = Reservering aanvragen
room-mine-empty = U heeft nog geen reserveringen.
room-quota-left = { $room }: uw huishouden heeft deze maand nog { $left } over. U kunt nog { $count ->
    [one] 1 reservering
   *[other] { $count } reserveringen
} maken.
room-decision-reason = Toelichting: { $reason }
room-cancel = Annuleren
room-to-week = Naar de weekplanning
reservation-status-bevestigd = Bevestigd
reservation-status-in-afwachting = In afwachting van goedkeuring
reservation-status-geweigerd = Niet goedgekeurd
reservation-status-geannuleerd = Geannuleerd
room-requests-intro = Deze aanvragen wachten op goedkeuring. De eerste staat bovenaan.
room-requests-empty = Er wachten geen aanvragen.
room-asked-by = aangevraagd door { $name }
room-people-count = { $count ->
    [one] 1 persoon
   *[other] { $count } mensen
}
room-approve = Goedkeuren
room-decline-reason = Waarom niet? De bewoner ziet dit.
room-decline = Weigeren
room-print-day = Dag
room-print-taken = Bezet
room-print-nothing = Niets gereserveerd
room-print-footer = Reserveren? Kijk op Buurtplein onder Ontmoetingsruimte, of vraag het de sociaal werker.
room-settings-title = Instellingen
room-name = Naam van de ruimte
room-description = Beschrijving
room-capacity-label = Hoeveel mensen passen erin?
room-accessibility = Toegankelijkheid
room-accessibility-hint = Bijvoorbeeld: drempelvrij, invalidentoilet, ringleiding.
room-hours-hint = Laat beide tijden leeg als de ruimte die dag dicht is.
room-opens = { $day }: open om
room-closes = { $day }: dicht om
room-slot = Blokken van hoeveel minuten?
room-min-hours = Kortste reservering (uren)
room-max-hours = Langste reservering (uren)
room-ahead-days = Hoeveel dagen vooruit?
room-lead-hours = Hoeveel uur van tevoren?
room-quota-hours = Uren per huishouden per maand
room-quota-future = Reserveringen tegelijk per huishouden
room-approval-legend = Wanneer keurt de commissie eerst goed?
room-approval-private-label = Bij besloten bijeenkomsten
room-approval-after-label = Als het eindigt na (tijd)
room-approval-over-label = Als het langer duurt dan (uren)
room-save = Opslaan
room-recurring-title = Elke week reserveren
room-recurring-hint = Bijvoorbeeld de koffieochtend of een spreekuur. Gesloten dagen worden overgeslagen.
room-recurring-done = { $count } keer gereserveerd.
room-recurring-skipped = Overgeslagen omdat de ruimte dicht is: { $days }.
room-recurring-submit = Elke week reserveren
room-first-date = Eerste datum
room-until = Tot en met
room-block-title = Tijd blokkeren
room-block-purpose = Waarom? Bijvoorbeeld: schoonmaak.
room-block-submit = Blokkeren
room-block-done = De tijd is geblokkeerd.
room-closed-hint = Bijvoorbeeld een feestdag of onderhoud. Reserveringen van bewoners op die dag worden geannuleerd. Zij krijgen een bericht.
room-closed-reason = Reden
room-closed-submit = Dag sluiten
room-closed-done = De dag is gesloten. Geannuleerde reserveringen: { $count }.
room-duration-hours = { $hours } uur
room-duration-minutes = { $minutes } minuten
room-limit-month = Uw huishouden mag { $quota } per maand reserveren. Uw huishouden heeft deze maand nog { $left } over.
room-limit-future = Uw huishouden heeft al { $max } reserveringen staan. Meer mag niet tegelijk. Annuleer er een, of wacht tot er een voorbij is.
room-limit-shortest = Een reservering duurt minstens { $duration }.
room-limit-longest = Een reservering duurt hoogstens { $duration }.
room-limit-slot = Kies een begin- en eindtijd op een heel blok van { $minutes } minuten, bijvoorbeeld 10:00 of 10:30.
room-limit-lead = Reserveer minstens { $duration } van tevoren. Kies een later moment.
room-limit-ahead = U kunt hoogstens { $days } dagen vooruit reserveren. Kies een eerdere datum.
room-limit-hours = Op { $day } is de ruimte open van { $opens } tot { $closes }. Kies een tijd daartussen.
room-limit-closed-weekday = Op { $day } is de ruimte dicht. Kies een andere dag.
room-limit-closed-day = Op { $when } is de ruimte dicht: { $reason }. Kies een andere dag.
room-limit-taken = De ruimte is dan al bezet ({ $when }). Kies een andere tijd.
room-limit-capacity = Er passen hoogstens { $max } mensen in de ruimte.
problem-room-one-day = Een reservering begint en eindigt op dezelfde dag.
problem-room-clock-invalid = Vul tijden in als 09:00. De sluitingstijd moet na de openingstijd liggen.
problem-room-number-invalid = Vul bij de regels een geldig getal in, bijvoorbeeld 2 of 1,5.
problem-room-rules-inconsistent = De kortste reservering mag niet langer zijn dan de langste.
problem-room-not-pending = Over deze aanvraag is al beslist.
problem-reservation-started = Deze reservering is al begonnen. Annuleren kan niet meer.
note-room-approved = Uw reservering "{ $purpose }" op { $when } is goedgekeurd.
note-room-declined = Uw reservering "{ $purpose }" op { $when } is niet goedgekeurd. Reden: { $reason }
note-room-cancelled = Uw reservering "{ $purpose }" op { $when } is geannuleerd door de sociaal werker.
note-room-closed = De ruimte is dicht op { $when }: { $reason }. Uw reservering "{ $purpose }" is daarom geannuleerd.
activity-room = Ruimte
activity-room-none = Geen ruimte / andere plek
activity-room-hint = Kiest u een ruimte? Dan wordt die meteen voor deze activiteit gereserveerd.

## Agenda: pages
agenda-pages = Pagina's van de agenda
agenda-earlier = Eerder
agenda-more = Verder in de agenda

## Meedoen: voorstellen en moderatie
proposals-intro = Heeft u een idee voor de buurt? Stel een activiteit of een initiatief voor. De bewonerscommissie kijkt ernaar en zegt altijd waarom iets wel of niet doorgaat.
proposals-new = Iets voorstellen
proposals-mine = Mijn voorstellen
proposals-mine-empty = U heeft nog niets voorgesteld.
proposals-log = Logboek
proposals-queue = Voorstellen beoordelen
proposals-settings = Regels voor meedoen
proposals-filter-kind = Soort
proposals-filter-all = Alles
proposals-filter-show = Welke voorstellen?
proposals-filter-current = Lopend
proposals-filter-closed = Afgesloten
proposals-filter-submit = Toon
proposals-order-hint = Nieuwe voorstellen staan in een willekeurige volgorde. Die is elke dag anders. Zo krijgt elk voorstel een eerlijke kans.
proposals-group-new = Nieuw en in behandeling
proposals-group-accepted = Geaccepteerd en gepland
proposals-group-done = Uitgevoerd
proposals-group-closed = Afgesloten voorstellen
proposals-group-empty = Hier staat nu niets.
proposal-kind-activiteit = Activiteit
proposal-kind-initiatief = Initiatief
proposal-kind-activiteit-hint = iets om samen te doen, zoals samen koken op vrijdag
proposal-kind-initiatief-hint = iets voor de buurt, zoals een bankje bij de ingang
proposal-kind-legend = Wat wilt u voorstellen?
proposal-status-ingediend = Ingediend
proposal-status-in-behandeling = In behandeling
proposal-status-aanpassen = Aanpassing nodig
proposal-status-geaccepteerd = Geaccepteerd
proposal-status-afgewezen = Afgewezen
proposal-status-gepland = Gepland
proposal-status-uitgevoerd = Uitgevoerd
proposal-status-samengevoegd = Samengevoegd
proposal-status-ingetrokken = Ingetrokken
proposal-hidden-tag = Verborgen
proposal-mine-tag = Uw voorstel
proposal-supporters = { $count ->
    [one] 1 persoon steunt dit
   *[other] { $count } mensen steunen dit
}
proposal-next-title = Wat gebeurt er daarna?
proposal-next-1 = Uw voorstel staat meteen op de pagina Meedoen. Buren kunnen het steunen.
proposal-next-2 = De bewonerscommissie bekijkt het. Soms vraagt de commissie u iets aan te passen.
proposal-next-3 = De commissie zegt ja of nee, en altijd waarom. U krijgt bij elke stap een melding.
proposal-next-4 = Een activiteit komt in de agenda. U bent dan de organisator.
proposal-limit-info = U heeft nu { $open } van de { $max } voorstellen open die u tegelijk mag hebben. Uw huishouden mag er samen { $household } hebben.
proposal-limit-full = U kunt pas weer iets voorstellen als de commissie over een van uw voorstellen heeft beslist.
proposal-title = Titel
proposal-title-hint = Kort en duidelijk, bijvoorbeeld: Samen koken op vrijdag.
proposal-description = Wat is uw idee?
proposal-description-hint = Vertel wat u wilt doen en waarom. Gewone woorden zijn goed.
proposal-audience = Voor wie?
proposal-audience-hint = Bijvoorbeeld: voor iedereen, of voor kinderen tot 8 jaar.
proposal-date-wish = Wanneer?
proposal-date-wish-hint = Een wens voor de dag of tijd, bijvoorbeeld: vrijdagmiddag.
proposal-help = Hulp nodig
proposal-help-hint = Wat of wie heeft u nodig? Bijvoorbeeld: twee mensen om mee te koken.
proposal-submit = Voorstel insturen
proposal-by = Voorgesteld door
proposal-photo-alt = Foto bij { $title }
proposal-hidden-notice = Dit voorstel is verborgen. Bewoners zien het niet. Reden: { $reason }
proposal-notice-changes = De commissie vraagt u iets aan te passen: { $reason }
proposal-notice-declined = Dit voorstel is afgewezen. Reden: { $reason }
proposal-notice-withdrawn = De indiener heeft dit voorstel ingetrokken.
proposal-notice-merged = Dit voorstel is samengevoegd met een ander voorstel over hetzelfde:
proposal-notice-activity = Dit voorstel staat in de agenda.
proposal-open-activity = Bekijk de activiteit
proposal-support-title = Steun
proposal-support = Ik steun dit
proposal-unsupport = Steun intrekken
proposal-you-support = U steunt dit voorstel.
proposal-edit-title = Voorstel aanpassen
proposal-edit-hint = Pas uw voorstel aan en stuur het terug naar de commissie.
proposal-answer = Uw antwoord aan de commissie
proposal-answer-hint = Kort, bijvoorbeeld: Ik heb de tijd aangepast.
proposal-resubmit = Aangepast voorstel insturen
proposal-withdraw-title = Voorstel intrekken
proposal-withdraw-hint = Wilt u niet meer dat de commissie ernaar kijkt? Trek het dan in. Het blijft zichtbaar als ingetrokken.
proposal-withdraw = Intrekken
proposal-own-moderation = Dit is uw eigen voorstel. Een ander lid van de commissie beslist erover.
proposal-history-title = Geschiedenis
proposal-who-author = de indiener
decide-title = Beslissen
decide-hint = Elke beslissing komt met de reden in het openbare logboek. De indiener krijgt een melding.
decide-reason = Reden (in gewone woorden)
decide-note = Toelichting
decide-review = In behandeling nemen
decide-review-button = In behandeling nemen
decide-accept = Accepteren
decide-accept-button = Accepteren
decide-accept-activity = Accepteren en in de agenda zetten
decide-accept-activity-hint = De activiteit komt meteen in de agenda. De indiener is de organisator.
decide-accept-activity-button = Accepteren en plannen
decide-no-wish = De indiener gaf geen wens voor de datum.
decide-wish = Wens van de indiener: { $wish }
decide-place-default = Ontmoetingsruimte
decide-changes = Vragen om aanpassing
decide-changes-button = Vraag om aanpassing
decide-decline = Afwijzen
decide-decline-button = Afwijzen
decide-plan = Gepland
decide-plan-button = Markeer als gepland
decide-done = Uitgevoerd
decide-done-button = Markeer als uitgevoerd
decide-merge = Samenvoegen met een ander voorstel
decide-merge-into = Samenvoegen met
decide-merge-button = Samenvoegen
decide-hide = Verbergen
decide-hide-button = Verbergen
decide-unhide = Weer tonen
decide-unhide-button = Weer tonen
queue-intro = Nieuwe voorstellen, de oudste eerst. Bij elk voorstel ziet u hoe actief de indiener de laatste 30 dagen was.
queue-new = Nieuw en in behandeling
queue-waiting = Wacht op aanpassing door de indiener
queue-running = Geaccepteerd en gepland
queue-hidden = Verborgen
queue-empty = Hier staat nu niets.
queue-by = Van { $name }, { $when }
queue-recent = Laatste 30 dagen: { $proposals ->
    [one] 1 voorstel
   *[other] { $proposals } voorstellen
} en { $comments ->
    [one] 1 reactie
   *[other] { $comments } reacties
}
log-intro = Hier staat elke beslissing van de bewonerscommissie en de sociaal werker over voorstellen en reacties. Niets verdwijnt zonder dat het hier staat.
log-empty = Er zijn nog geen beslissingen.
log-target-proposal = voorstel
log-target-comment = reactie bij
log-reason = Reden: { $reason }
log-who-reports = meldingen van bewoners
log-title-hidden = (verborgen)
log-reason-hidden = De commissie vond dat dit niet past bij de afspraken in de buurt. De schrijver heeft de reden gekregen.
log-reason-hidden-by-reports = Bewoners uit verschillende huishoudens hebben dit gemeld. De commissie kijkt ernaar.
log-reason-withheld = De reden staat niet in het logboek, omdat het nu verborgen is.
log-action-accepteren = Geaccepteerd
log-action-aanpassen = Aanpassing gevraagd
log-action-afwijzen = Afgewezen
log-action-samenvoegen = Samengevoegd
log-action-verbergen = Verborgen
log-action-terugzetten = Weer zichtbaar
log-action-plannen = Gepland
log-action-uitgevoerd = Uitgevoerd
settings-intro = Deze regels zorgen dat niet een paar mensen alles bepalen. Ze gelden voor de hele buurt.
settings-changed = Laatst gewijzigd door { $changed }
settings-proposals = Voorstellen
settings-max-resident = Open voorstellen per bewoner
settings-max-household = Open voorstellen per huishouden
settings-comments = Reacties
settings-interval = Seconden tussen twee reacties van één persoon
settings-per-day = Reacties per persoon per dag
settings-consecutive = Reacties achter elkaar in één gesprek
settings-reports = Meldingen van verschillende huishoudens die een reactie verbergen
settings-nudge-share = Aandeel (procent) waarboven iemand een seintje krijgt
settings-nudge-min = Vanaf hoeveel reacties in een gesprek het seintje geldt
settings-new-resident = Nieuwe voorstellen per bewoner in 30 dagen (ook ingetrokken en afgewezen)
settings-new-household = Nieuwe voorstellen per huishouden in 30 dagen
settings-reports-day = Meldingen per huishouden per dag
settings-voting = Stemronde
settings-ballot-household = Initiatieven van één huishouden op één stembiljet
settings-signals = Seintjes op het overzicht Eerlijke inbreng
settings-signal-share = Seintje als de 5 drukste huishoudens samen minstens dit aandeel (procent) hebben
settings-signal-ratio = …en elk van hen minstens zoveel keer meer deed dan een gewoon huishouden
settings-range = Van { $min } tot en met { $max }.
settings-save = Regels opslaan
settings-saved = De regels zijn opgeslagen.
note-proposal-review = De commissie bekijkt uw voorstel "{ $title }".
note-proposal-changes = De commissie vraagt u "{ $title }" aan te passen: { $reason }
note-proposal-declined = Uw voorstel "{ $title }" is afgewezen. Reden: { $reason }
note-proposal-accepted = Uw voorstel "{ $title }" is geaccepteerd!
note-proposal-planned = Uw voorstel "{ $title }" is gepland: { $reason }
note-proposal-done = Uw voorstel "{ $title }" is uitgevoerd. Dank u wel!
note-proposal-merged = Uw voorstel "{ $title }" is samengevoegd met een ander voorstel over hetzelfde. Reden: { $reason }
note-proposal-hidden = Uw voorstel "{ $title }" is verborgen. Reden: { $reason }
note-proposal-unhidden = Uw voorstel "{ $title }" is weer zichtbaar.
proposal-photo-title = Foto
proposal-photo-label = Foto bij uw voorstel
proposal-photo-hint = Een JPEG-, PNG- of WebP-foto van hoogstens 8 MB. We maken hem kleiner en halen de plaats waar hij is gemaakt eruit.
proposal-photo-submit = Foto toevoegen
proposal-photo-ok = De foto is toegevoegd.
problem-reason-missing = Schrijf kort waarom. De indiener en de buurt lezen dit.
problem-setting-invalid = Vul bij elke regel een heel getal in dat binnen de grenzen valt.
problem-setting-household-below-resident = Een huishouden moet minstens zoveel open voorstellen mogen als één bewoner.
problem-proposal-wrong-status = Dit kan nu niet meer: de status van het voorstel is intussen veranderd.
problem-proposal-own = U kunt niet over uw eigen voorstel beslissen. Een ander lid van de commissie doet dat.
problem-proposal-limit-resident = U heeft al zoveel voorstellen open als mag. U kunt weer iets voorstellen als de commissie over een van uw voorstellen heeft beslist, of als u er een intrekt.
problem-proposal-limit-household = Uw huishouden heeft al zoveel voorstellen open als mag. U kunt weer iets voorstellen als de commissie over een voorstel van uw huishouden heeft beslist.
problem-merge-target-invalid = Met dit voorstel kan niet worden samengevoegd. Kies een ander voorstel.
problem-photo-too-big = De foto is te groot. Kies een foto van hoogstens 8 MB.
problem-photo-invalid = Dit bestand is geen foto die we kunnen lezen. Kies een JPEG-, PNG- of WebP-foto.
problem-photo-too-many-pixels = Deze foto is te groot: hij heeft meer dan 40 megapixel. Maak de foto kleiner of kies een andere.
proposal-photo-busy = Er worden nu veel foto's tegelijk verwerkt. Wacht even en probeer het opnieuw.
## Meedoen: reacties, meldingen en rustig aan
comments-title = Reacties ({ $count })
comments-heading = Reacties
comments-empty = Nog geen reacties. Schrijf de eerste!
comments-sign-in = Log in om de reacties te lezen en te reageren.
comments-closed = Reageren kan niet meer bij dit voorstel.
comments-review-link = Meldingen van bewoners bekijken
comment-label = Uw reactie
comment-hint = Gewone tekst, hoogstens 2000 tekens. Een webadres wordt vanzelf een link.
comment-post = Reactie plaatsen
comment-reply = Reageren
comment-reply-label = Uw antwoord aan { $name }
comment-reply-post = Antwoord plaatsen
comment-delete = Verwijderen
comment-deleted = Deze reactie is verwijderd.
comment-hidden = Deze reactie is verborgen door de bewonerscommissie.
comment-hidden-reports = Deze reactie is verborgen na meldingen van bewoners. De bewonerscommissie kijkt ernaar.
comment-hidden-reason = Reden: { $reason }
comment-hidden-for-residents = Verborgen voor bewoners. Reden: { $reason }
comment-open-reports = { $count ->
    [one] 1 open melding
   *[other] { $count } open meldingen
}
comment-nudge = U schreef { $mine } van de { $total } reacties hier. Laat ook anderen aan het woord.
comment-hide = Verbergen
comment-hide-reason = Waarom verbergen? Bewoners zien deze reden.
comment-unhide = Terugzetten
comment-reported = U heeft dit gemeld. Dank u wel.
comment-report = Melden
report-why = Waarom meldt u dit?
report-note = Toelichting
report-send = Melding versturen
report-proposal = Dit voorstel melden
report-proposal-done = U heeft dit voorstel gemeld. Dank u wel.
report-reason-hurtful = Kwetsend of onbeleefd
report-reason-private = Persoonlijke gegevens van iemand
report-reason-spam = Reclame of spam
report-reason-other = Iets anders
reported-title = Meldingen van bewoners
reported-lead = Bewoners hebben dit gemeld. Kijk of het kan blijven staan. Wat u besluit, komt in het logboek.
reported-empty = Er zijn geen open meldingen.
reported-comment = Reactie bij: { $title }
reported-proposal = Voorstel: { $title }
reported-by = Geschreven door { $name }
reported-counts = { $reports ->
    [one] 1 melding
   *[other] { $reports } meldingen
} uit { $households ->
    [one] 1 huishouden
   *[other] { $households } huishoudens
}. Eerste melding: { $when }.
reported-hidden-now = Nu verborgen. Reden: { $reason }
reported-notes = Wat bewoners erbij schreven
reported-open = Bekijk het bij het voorstel
reported-keep = In orde, laten staan
moderation-keep-default = In orde na meldingen.
comment-hidden-by-reports-reason = Verborgen na meldingen uit { $count } huishoudens. De commissie kijkt ernaar.
comment-limit-interval = U plaatste net een reactie. Tussen twee reacties zit minstens { $wait }. U kunt weer reageren vanaf { $when }.
comment-wait-seconds = { $seconds } seconden
comment-wait-one-minute = 1 minuut
comment-limit-day = U heeft in 24 uur al { $max } reacties geplaatst. Meer mag niet. U kunt weer reageren vanaf { $when }.
comment-limit-row = U schreef de laatste { $max } reacties hier. Wacht tot iemand anders reageert. Daarna kunt u weer reageren.
problem-report-reason-missing = Kies waarom u dit meldt.
problem-comments-closed = Reageren kan niet meer bij dit voorstel.
## Stemronde en eerlijke inbreng
problem-vote-rules-invalid = Kies een aantal stemmen van 1 tot 50. Het maximum per initiatief mag niet hoger zijn dan het aantal stemmen.
problem-cost-invalid = Vul een bedrag in euro's in, bijvoorbeeld 2500 of 1.250,50. Met een geldbudget heeft elk initiatief een bedrag nodig.
problem-ballot-too-few = Kies minstens twee initiatieven voor de stemronde.
problem-vote-number-invalid = Vul bij elk initiatief een heel getal in, bijvoorbeeld 0, 1 of 2.
problem-vote-over-max = U geeft te veel stemmen aan één initiatief. Kijk bij de regels hoeveel mag.
problem-vote-over-budget = U geeft meer stemmen dan u heeft. Haal bij een initiatief stemmen weg.
problem-vote-not-started = De stemronde is nog niet begonnen. Kom later terug.
problem-vote-closed = De stemronde is gesloten. Stemmen of veranderen kan niet meer.
problem-vote-not-ended = De stemronde loopt nog. Sluiten kan pas na het einde.
problem-vote-too-young = In deze stemronde mogen alleen oudere bewoners stemmen. Kijk bij de regels.
problem-option-unavailable = Een van de initiatieven kan niet meer op de lijst. Het staat al in een andere stemronde, of het is niet meer geaccepteerd.
vote-phase-coming = Begint binnenkort
vote-phase-open = Open: u kunt stemmen
vote-counting = De stemronde is afgelopen. De stemmen worden nu geteld; over een minuut staat de uitslag hier.
vote-phase-ended = Afgelopen
vote-phase-closed = Gesloten: de uitslag is bekend
vote-cannot-not-resident = Alleen bewoners van de buurt stemmen. U kunt de lijst wel bekijken.
vote-cannot-too-young = In deze stemronde mogen alleen oudere bewoners stemmen. U kunt de lijst wel bekijken.
vote-rounds-title = Stemrondes
vote-rounds-lead = Stem over initiatieven voor de buurt. Iedere bewoner heeft evenveel stemmen.
vote-rounds-empty = Er is nog geen stemronde.
vote-new = Nieuwe stemronde
vote-options-count = { $count ->
    [one] 1 initiatief
   *[other] { $count } initiatieven
}
vote-turnout-count = { $count ->
    [one] 1 bewoner stemde
   *[other] { $count } bewoners stemden
}
vote-you-voted = U heeft gestemd.
vote-field-title = Naam van de stemronde
vote-field-title-hint = Bijvoorbeeld: Buurtbudget voorjaar.
vote-field-description = Uitleg voor bewoners
vote-field-start-date = Begindatum
vote-field-start-time = Begintijd
vote-field-end-date = Einddatum
vote-field-end-time = Eindtijd
vote-field-budget = Stemmen per bewoner
vote-field-budget-hint = Iedere bewoner krijgt evenveel stemmen, bijvoorbeeld 5.
vote-field-max = Hoogstens per initiatief
vote-field-max-hint = Zoveel stemmen mag een bewoner op één initiatief geven, bijvoorbeeld 2.
vote-field-min-age = Wie mag stemmen?
vote-field-min-age-hint = Bewoners zonder leeftijd in hun profiel mogen altijd stemmen.
vote-all-ages = Alle leeftijden
vote-field-money = Geldbudget in euro's
vote-field-money-hint = Laat leeg als er geen geld te verdelen is. Anders vult u bij elk initiatief de kosten in.
vote-field-winners = Hoeveel initiatieven winnen?
vote-field-winners-hint = Alleen zonder geldbudget. Met een geldbudget winnen de initiatieven die passen.
vote-field-options = Initiatieven op de lijst
vote-field-options-hint = Kies minstens twee geaccepteerde initiatieven.
vote-no-candidates = Er zijn nog geen geaccepteerde initiatieven die op een lijst kunnen.
vote-field-cost = Geschatte kosten van { $title } (euro)
vote-open-submit = Stemronde openen
vote-not-started = Stemmen kan vanaf { $starts }.
vote-turnout = { $voters } van de { $eligible } bewoners hebben gestemd.
vote-rules-title = Zo werkt het
vote-rule-budget = U heeft { $budget } stemmen. U verdeelt ze over de initiatieven die u goed vindt.
vote-rule-max = Op één initiatief geeft u hoogstens { $max } stemmen.
vote-rule-change = U kunt uw stemmen veranderen tot { $ends }. Dan sluit de stemronde.
vote-rule-secret = Uw stem is geheim. Niemand ziet wat u kiest, ook de commissie en de sociaal werker niet.
vote-rule-hidden = Hoeveel stemmen elk initiatief heeft, ziet u pas als de stemronde gesloten is.
vote-rule-age = Bewoners in de groep { $band } en ouder mogen stemmen. Geen leeftijd in uw profiel? Dan mag u ook stemmen.
vote-rule-money = Er is { $money } te besteden. Het initiatief met de meeste stemmen komt eerst. Daarna het volgende, als het nog in het budget past. Past het niet? Dan gaat het initiatief daarna voor.
vote-rule-winners = { $count ->
    [one] Het initiatief met de meeste stemmen wint.
   *[other] De { $count } initiatieven met de meeste stemmen winnen.
}
vote-rule-tie = Evenveel stemmen? Dan gaat het goedkoopste initiatief voor. Ook even duur? Dan het initiatief dat het eerst is ingediend.
vote-options-title = Initiatieven
vote-cost = Kosten: { $cost }
vote-ballot-title = Uw stemmen
vote-saved = Uw stemmen zijn opgeslagen.
vote-remaining = U heeft nog { $left } van de { $budget } stemmen over.
vote-zero-hint = Wilt u al uw stemmen terugnemen? Zet overal 0.
vote-too-many = U geeft { $over } { $over ->
    [one] stem
   *[other] stemmen
} te veel. U heeft er { $budget }.
vote-submit = Stemmen opslaan
vote-results-title = Uitslag
vote-closed-at = De stemronde is gesloten op { $when }.
vote-no-winners = Er is geen initiatief gekozen.
vote-winners = Gekozen: { $names }
vote-money-spent = De gekozen initiatieven kosten samen { $spent } van de { $total }.
vote-results-caption = Stemmen per initiatief
vote-col-rank = Plaats
vote-col-initiative = Initiatief
vote-col-votes = Stemmen
vote-col-voters = Bewoners
vote-col-cost = Kosten
vote-col-chosen = Gekozen
vote-chosen-yes = Ja
vote-chosen-no = Nee
vote-assist-title = Stemmen voor een bewoner
vote-assist-hint = Voor een bewoner zonder telefoon die om hulp vroeg. Alleen dat u hielp wordt bewaard, niet wat er gestemd is. Eerdere stemmen van deze bewoner worden vervangen.
vote-assist-done = De stemmen zijn opgeslagen.
vote-assist-resident = Bewoner
vote-assist-person-voted = { $name } (heeft al gestemd)
vote-assist-votes-for = Stemmen voor { $title }
vote-assist-submit = Stemmen opslaan voor deze bewoner
fair-title = Eerlijke inbreng
fair-lead = Wie doet mee in de buurt, en hoeveel? Zo ziet u of een kleine groep de meeste inbreng heeft. U ziet alleen aantallen, nooit wie wat stemde.
fair-from = Van
fair-to = Tot en met
fair-show = Tonen
fair-csv = Cijfers downloaden (CSV)
fair-residents = Bewoners
fair-households = Huishoudens
fair-took-part = Deden mee
fair-not-yet = Nog niet meegedaan
fair-signals-title = Signalen
fair-no-signals = Geen signalen: de inbreng is in deze periode niet bij een paar bewoners geconcentreerd.
fair-kinds-title = Meedoen per soort
fair-kinds-hint = Het staafje toont hoeveel bewoners meededen, van alle bewoners. Dezelfde cijfers staan in de tabel.
fair-kinds-caption = Meedoen per soort in deze periode
fair-col-kind = Soort
fair-col-participants = Bewoners die meededen
fair-col-total = Totaal
fair-col-top10 = Aandeel van de actiefste 10% bewoners
fair-col-top5 = Aandeel van de 5 actiefste huishoudens
fair-col-gini = Gini-index
fair-gini-hint = De Gini-index loopt van 0 tot 1. Bij 0 doet iedereen evenveel. Hoe dichter bij 1, hoe meer een paar bewoners alles doen. Uren staan in uren; stemrondes tellen hoe vaak iemand stemde, niet wat.
fair-age-title = Per leeftijdsgroep
fair-age-caption = Bewoners per leeftijdsgroep en hoeveel meededen
fair-age-unknown = Leeftijd onbekend
fair-building-title = Per gebouw
fair-building-caption = Bewoners per gebouw en hoeveel meededen
fair-building-none = Geen gebouw
fair-groups-title = Vrijwilligersgroepen
fair-groups-caption = Leden en gegeven uren per vrijwilligersgroep
fair-groups-empty = Er zijn nog geen vrijwilligersgroepen.
fair-col-group = Groep
fair-col-members = Actieve leden
fair-col-helpers = Hielpen mee
fair-col-hours = Uren
fair-kind-proposed = Voorstellen
fair-kind-commented = Reacties
fair-kind-voted = Stemrondes
fair-kind-signed-up = Aanmeldingen activiteiten
fair-kind-reserved = Uren ontmoetingsruimte
fair-kind-helped = Uren vrijwilligerswerk
fair-action-proposed = Idee: houd een ideeënmiddag, of vraag bewoners die nog niets voorstelden persoonlijk naar hun wensen.
fair-action-commented = Idee: vraag bewoners die nog niet reageerden om hun mening, bijvoorbeeld bij de koffieochtend. Overweeg een langzamere reactie-modus.
fair-action-signed-up = Idee: plan activiteiten op andere tijden of voor andere leeftijden, en nodig nieuwe bewoners persoonlijk uit.
fair-action-reserved = Idee: kijk of de regels per huishouden strenger moeten, en vertel bewoners dat zij de ruimte ook kunnen reserveren.
fair-action-helped = Idee: verdeel de taken over meer mensen, en vraag nieuwe vrijwilligers voor korte, losse klussen.

## Eerlijke stem: voorstellen
proposal-limit-30d-resident = U heeft in de afgelopen 30 dagen al { $max } nieuwe voorstellen gedaan. Meer mag niet. Ook voorstellen die zijn ingetrokken, afgewezen of geaccepteerd tellen mee. U kunt weer iets voorstellen vanaf { $day } om { $time }.
proposal-limit-30d-household = Uw huishouden heeft in de afgelopen 30 dagen al { $max } nieuwe voorstellen gedaan. Meer mag niet. Ook voorstellen die zijn ingetrokken, afgewezen of geaccepteerd tellen mee. U kunt weer iets voorstellen vanaf { $day } om { $time }.
proposal-new-30d-rule = In 30 dagen mag iedereen { $max } nieuwe voorstellen doen, en een huishouden samen { $household }. Ook voorstellen die u intrekt of die worden afgewezen tellen mee.
proposal-new-30d-left = { $left ->
    [one] U kunt nu nog 1 nieuw voorstel doen.
   *[other] U kunt nu nog { $left } nieuwe voorstellen doen.
}
proposal-new-30d-household-left = { $left ->
    [one] Uw huishouden kan er samen nog 1 doen.
   *[other] Uw huishouden kan er samen nog { $left } doen.
}
proposal-new-30d-next = U kunt weer een nieuw voorstel doen vanaf { $day } om { $time }.
proposals-order-households = De huishoudens komen om de beurt: eerst één voorstel van elk huishouden, dan het tweede.

## Eerlijke stem: meldingen
report-limit-day = Uw huishouden heeft in 24 uur al { $max } meldingen gedaan. Meer mag niet. U kunt weer iets melden vanaf { $when }.
report-held-author = Een paar buren hebben dit gemeld. De commissie kijkt ernaar sinds { $since }. Tot dan zien anderen het niet. Is er na 3 dagen nog geen besluit? Dan ziet iedereen het weer.
reported-held-since = Verborgen door meldingen sinds { $since }. Zonder besluit is het na 72 uur vanzelf weer te zien.
report-back-by-itself-reason = Na 72 uur zonder besluit weer zichtbaar

## Eerlijke stem: stemronde en overzicht
vote-limit-household = Er staan te veel initiatieven van één huishouden op het stembiljet: { $households }. Het maximum per huishouden is { $max }. Kies minder initiatieven van dit huishouden, of schrijf bij 'Reden' waarom het toch moet.
vote-by-household = (huishouden van { $household })
vote-household-over-mark = Meer dan het maximum
vote-households-title = Wie schreef de initiatieven?
vote-households-hint = Per huishouden ziet u hoeveel van de initiatieven hieronder het schreef. Het maximum op één stembiljet is { $max } per huishouden.
vote-households-caption = Huishoudens en hun initiatieven
vote-col-household = Huishouden van
vote-col-initiatives = Initiatieven
vote-field-over-reason = Reden om boven het maximum per huishouden te gaan
vote-field-over-reason-hint = Het maximum per huishouden is { $max }. Wilt u er meer op zetten? Schrijf dan waarom. Iedereen ziet deze reden bij de stemronde.
vote-over-limit-public = De commissie zette meer initiatieven van één huishouden op dit stembiljet dan de regel toestaat. De reden: { $reason }
fair-kind-supported = Steunbetuigingen
fair-kind-reported = Meldingen
fair-kind-on-ballot = Initiatieven op een stembiljet
fair-conc-proposed = { $households } huishoudens schreven samen { $share }% van de voorstellen (ieder minstens { $ratio } keer zoveel als een gewoon huishouden)
fair-conc-commented = { $households } huishoudens schreven samen { $share }% van de reacties (ieder minstens { $ratio } keer zoveel als een gewoon huishouden)
fair-conc-signed-up = { $households } huishoudens deden samen { $share }% van de aanmeldingen voor activiteiten (ieder minstens { $ratio } keer zoveel als een gewoon huishouden)
fair-conc-reserved = { $households } huishoudens hadden samen { $share }% van de uren in de ontmoetingsruimte (ieder minstens { $ratio } keer zoveel als een gewoon huishouden)
fair-conc-helped = { $households } huishoudens gaven samen { $share }% van de uren vrijwilligerswerk (ieder minstens { $ratio } keer zoveel als een gewoon huishouden)
fair-conc-supported = { $households } huishoudens gaven samen { $share }% van de steunbetuigingen (ieder minstens { $ratio } keer zoveel als een gewoon huishouden)
fair-conc-reported = { $households } huishoudens deden samen { $share }% van de meldingen (ieder minstens { $ratio } keer zoveel als een gewoon huishouden)
fair-conc-on-ballot = { $households } huishoudens schreven samen { $share }% van de initiatieven op de stembiljetten (ieder minstens { $ratio } keer zoveel als een gewoon huishouden)
fair-signal-end = { $signal }.
fair-signal-names = { $signal }: { $names }.
fair-action-supported = Idee: kijk of steeds dezelfde huishoudens elkaar steunen. Vraag meer bewoners om hun mening over de voorstellen.
fair-action-reported = Idee: kijk of de meldingen terecht zijn. Praat met de melders als zij vaak dezelfde bewoners melden.
fair-action-on-ballot = Idee: zet bij de volgende stemronde zo weinig mogelijk initiatieven van hetzelfde huishouden op het stembiljet, en help andere bewoners een initiatief te schrijven.
fair-together-supports = Twee huishoudens steunden elkaars voorstellen ({ $a } en { $b } keer). Het gaat om de voorstellen van: { $names }.
fair-together-reports = Twee huishoudens meldden allebei dezelfde { $a } berichten. Melders: { $names }.
fair-action-together = Idee: praat met deze huishoudens. Samen iets willen mag, maar dezelfde stem telt niet dubbel.

# Home page: het plein
plein-week-title = Deze week
plein-week-empty = Deze week staat er nog niets in de agenda. Kijk later nog eens!
plein-week-all = Bekijk de hele agenda
plein-week-when = { $day }, { $time }
plein-week-buurt = In { $buurt }
plein-week-full = Vol
plein-mine-title = Wat u gaat doen
plein-mine-empty = U heeft nog niets gepland. Kijk in de agenda wat er te doen is.
plein-next-activity = Uw volgende activiteit:
plein-next-reservation = Uw volgende reservering:
plein-next-task = Uw volgende taak:
plein-pending = Wacht nog op goedkeuring.
plein-open-title = Nu open
plein-round = Stemronde: { $title }
plein-round-closes = Open tot { $day } om { $time }.
plein-round-voted = U heeft gestemd.
plein-round-not-voted = U heeft nog niet gestemd.
plein-new-proposals = { $count ->
    [0] Geen nieuwe voorstellen sinds uw laatste bezoek.
    [one] 1 nieuw voorstel sinds uw laatste bezoek
   *[other] { $count } nieuwe voorstellen sinds uw laatste bezoek
}
plein-all-proposals = Bekijk alle voorstellen
plein-queues-title = Dit wacht op u
plein-to-review = { $count ->
    [0] Geen voorstellen om te beoordelen
    [one] 1 voorstel om te beoordelen
   *[other] { $count } voorstellen om te beoordelen
}
plein-room-requests = { $count ->
    [0] Geen aanvragen voor de ruimte
    [one] 1 aanvraag voor de ruimte
   *[other] { $count } aanvragen voor de ruimte
}
plein-reports = { $count ->
    [0] Geen meldingen van bewoners
    [one] 1 melding van bewoners
   *[other] { $count } meldingen van bewoners
}
plein-sections-title = Alles op Buurtplein

## E-mail (issue 14: e-mail die mensen willen krijgen)
mail-title = E-mail
mail-no-address = We hebben geen e-mailadres van u. Dan sturen we geen e-mail. U ziet alles in Meldingen.
mail-address = We sturen e-mail naar { $address }.
mail-digest-label = Eén keer per week een overzicht: activiteiten van de week, nieuwe voorstellen en uitslagen.
mail-saved = Uw keuze is bewaard.
mail-kind-personal = berichten die over u gaan
mail-kind-digest = het overzicht van de week
mail-subject-activity = Buurtplein: nieuws over een activiteit
mail-subject-room = Buurtplein: nieuws over uw reservering
mail-subject-proposal = Buurtplein: nieuws over uw voorstel
mail-subject-group = Buurtplein: nieuws over een groep
mail-subject-digest = Buurtplein: deze week in uw buurt
mail-hello = Hallo,
mail-open = Kijk op Buurtplein
mail-why-personal = U krijgt deze e-mail omdat het over u gaat.
mail-why-digest = U krijgt dit overzicht één keer per week.
mail-stop = Wilt u deze e-mail niet meer?
mail-choices-link = Kies zelf welke e-mail u krijgt:
mail-digest-intro = Dit is er te doen en te lezen in uw buurt.
mail-digest-buurt = { $buurt }
mail-digest-activities = Activiteiten de komende week
mail-digest-proposals = Nieuwe voorstellen
mail-digest-results = Uitslag van een stemronde
mail-unsubscribe-title = Geen e-mail meer
mail-unsubscribe-question = Wilt u geen e-mail meer krijgen over { $kind }?
mail-unsubscribe-button = Meld mij af
mail-unsubscribe-done = U bent afgemeld. U krijgt geen e-mail meer over { $kind }.
mail-unsubscribe-invalid = Deze link werkt niet (meer). Op uw profiel kiest u welke e-mail u krijgt.

## Getting back in: herstelbrief, e-mail link and /herstellen (issue 14)
recovery-signin-title = Wachtwoord vergeten?
recovery-signin-email = Heeft u een e-mailadres bij Buurtplein? Dan sturen wij u een link.
recovery-signin-email-link = Vraag een link per e-mail
recovery-signin-letter = Geen e-mail? Vraag de sociaal werker om een herstelbrief. Daarop staat een code.
recovery-signin-letter-link = Code uit de herstelbrief invullen
recovery-forgot-title = Wachtwoord vergeten
recovery-forgot-lead = Vul uw e-mailadres in. Wij sturen u een link. Daarmee kiest u een nieuw wachtwoord.
recovery-forgot-submit = Stuur mij een link
recovery-forgot-sent = Is dit e-mailadres bij ons bekend? Dan krijgt u binnen een paar minuten een e-mail met een link. De link werkt 30 minuten. Geen e-mail gekregen? Kijk ook bij ongewenste e-mail.
recovery-forgot-no-email-title = Geen e-mail?
recovery-forgot-no-email = Vraag de sociaal werker om een herstelbrief. Daarop staat een code waarmee u een nieuw wachtwoord kiest.
recovery-forgot-have-code = Heeft u al een code?
recovery-reset-title = Nieuw wachtwoord kiezen
recovery-reset-lead = Vul de code uit de herstelbrief of uit de e-mail in. Kies dan een nieuw wachtwoord.
recovery-reset-code = Code
recovery-reset-code-hint = Bijvoorbeeld ABCD-EFGH-JKMN. Hoofdletters en streepjes zijn niet nodig.
recovery-reset-password = Nieuw wachtwoord
recovery-reset-password-again = Nieuw wachtwoord nog een keer
recovery-reset-next = Daarna bent u meteen ingelogd. Op andere apparaten moet u opnieuw inloggen.
recovery-reset-submit = Wachtwoord opslaan
recovery-reset-done = Gelukt! Uw nieuwe wachtwoord is opgeslagen en u bent ingelogd.
recovery-reset-home = Naar de startpagina
recovery-reset-no-code = Geen code?
recovery-letter-make = Herstelbrief maken
recovery-letter-title = Herstelbrief
recovery-letter-back = Terug naar de leden
recovery-letter-heading = Een nieuw wachtwoord voor Buurtplein { $buurt }
recovery-letter-intro = U bent uw wachtwoord vergeten. Met de code in deze brief kiest u zelf een nieuw wachtwoord. U kunt de code één keer gebruiken.
recovery-letter-code-title = Uw code
recovery-letter-valid = De code werkt tot { $until }. Daarna vraagt u de sociaal werker om een nieuwe brief.
recovery-letter-qr-label = QR-code naar de pagina om een nieuw wachtwoord te kiezen
recovery-letter-step-1 = Scan de QR-code met uw telefoon. Of ga naar { $site }/herstellen.
recovery-letter-step-2 = Vul de code in als die er nog niet staat. Kies een nieuw wachtwoord en vul het twee keer in.
recovery-letter-step-3 = Klaar! U bent meteen ingelogd.
recovery-letter-gone = De code is niet meer te zien. Om veiligheidsredenen staat hij alleen op de brief die u net maakte. Maak een nieuwe herstelbrief.
recovery-letter-safety = Bewaar deze brief goed, of gooi hem weg als u klaar bent. Heeft u hier niet om gevraagd? Neem dan contact op met de sociaal werker.
note-recovery-letter = { $name } heeft een herstelbrief voor u gemaakt. Met de code kiest u een nieuw wachtwoord, tot { $when }. Heeft u hier niet om gevraagd? Neem dan contact op met de sociaal werker.
problem-recovery-code-unknown = Deze code kennen wij niet. Kijk goed op de brief of in de e-mail en probeer het opnieuw.
problem-recovery-code-expired = Deze code werkt niet meer: hij is te oud. Vraag een nieuwe link, of vraag de sociaal werker om een nieuwe herstelbrief.
problem-recovery-code-used = Deze code is al gebruikt of vervangen door een nieuwe. Vraag een nieuwe link, of vraag de sociaal werker om een nieuwe herstelbrief.
problem-passwords-differ = De twee wachtwoorden zijn niet hetzelfde. Vul twee keer hetzelfde wachtwoord in.

## Sign-in link by e-mail (recovery through the outbox)
mail-kind-account = e-mail over uw account
mail-why-account = U krijgt deze e-mail omdat iemand een nieuw wachtwoord vroeg voor uw account op Buurtplein. Was u dat niet? Dan hoeft u niets te doen.
mail-subject-recovery-link = Uw link om een nieuw wachtwoord te kiezen
mail-subject-account = Buurtplein: nieuws over uw account
mail-recovery-link-text = Hallo! Met de link hieronder kiest u een nieuw wachtwoord. De link werkt 30 minuten en maar één keer.

## A new stemronde (Meldingen and mail)
note-round-opened = Er is een nieuwe stemronde: "{ $title }". U kunt stemmen van { $from } tot en met { $until }.
mail-subject-round = Buurtplein: een nieuwe stemronde in uw buurt

## Namens een bewoner: hulp van de sociaal werker (issue 14)
namens-title = Namens een bewoner
namens-intro = Helpt u een bewoner zonder telefoon? Zoek de bewoner en kies "Help". Daarna doet u alles namens die bewoner: aanmelden en afmelden, de ruimte reserveren of annuleren, een voorstel doen, meedoen met een groep of een taak, en weer stoppen. De bewoner krijgt daar een bericht over.
namens-search = Zoek op naam
namens-search-button = Zoeken
namens-none = Geen bewoner gevonden met die naam.
namens-resident = Bewoner
namens-without-account = { $name } (zonder account)
namens-pick = Kies
namens-start = Help { $name }
namens-start-hint = Ga daarna naar de agenda, de ruimte, meedoen of de groepen. Bovenaan staat dan voor wie u het doet.
namens-new-proposal = Nieuw voorstel
namens-recent = Wat u al deed voor deze bewoner
namens-recent-none = Nog niets.
namens-banner = U doet dit namens { $name }.
namens-banner-page = Overzicht
namens-stop = Stoppen met helpen
namens-act-activity-signup = aangemeld voor activiteit
namens-act-activity-withdraw = afgemeld voor activiteit
namens-act-room = ruimte gevraagd
namens-act-proposal = voorstel gedaan
namens-act-group = aangemeld bij groep
namens-act-task = aangemeld voor taak
note-on-behalf = { $name } heeft { $act }: { $what }.
note-on-behalf-activity-signup = u aangemeld voor een activiteit
note-on-behalf-activity-withdraw = u afgemeld voor een activiteit
note-on-behalf-room = de ruimte voor u gevraagd
note-on-behalf-proposal = namens u een voorstel gedaan
note-on-behalf-group = u aangemeld bij een groep
note-on-behalf-task = u aangemeld voor een taak
member-register = Gezinslid zonder e-mail of telefoon
member-register-hint = Voor iemand in dit huishouden zonder e-mail of telefoon. U vult een naam en leeftijd in. Deze persoon kan niet zelf inloggen; u kunt namens hem of haar meedoen. Later kan de persoon zelf een wachtwoord kiezen met de code van het huishouden.
member-register-submit = Gezinslid toevoegen
member-registered = Het gezinslid is toegevoegd.

## Namens: afmelden, annuleren en uit een groep; het account afmaken zonder namenlijst; de herstelbrief alleen met account (issue 14, hnb)
namens-act-room-cancel = reservering geannuleerd
namens-act-group-leave = afgemeld bij groep
namens-act-task-withdraw = afgemeld voor taak
note-on-behalf-room-cancel = uw reservering van de ruimte geannuleerd
note-on-behalf-group-leave = u afgemeld bij een groep
note-on-behalf-task-withdraw = u afgemeld voor een taak
claim-title = Uw account afmaken
claim-lead = De sociaal werker heeft u al ingeschreven. Vul de code van uw huishouden in. Schrijf uw naam zoals de sociaal werker die opschreef. Daarna kiest u een wachtwoord.
claim-question = Heeft de sociaal werker u al ingeschreven?
claim-link = Maak dan hier uw account af.
claim-other-question = Bent u nog niet ingeschreven?
claim-other-link = Meld u dan hier aan.
claim-name-hint = Schrijf uw naam zoals de sociaal werker die opschreef. Hoofdletters en spaties maken niet uit.
problem-claim-mismatch = Deze naam en code horen niet bij een account dat op u wacht. Kijk de naam en de code goed na. Lukt het niet? Vraag het de sociaal werker.
problem-recovery-no-account = Deze bewoner heeft nog geen account met een wachtwoord. Een herstelbrief helpt dan niet. De bewoner maakt het account zelf met de code van het huishouden.
recovery-letter-no-account = Nog geen account. { $name } maakt het account zelf met de code van het huishouden.


## E-mail: keuze per soort, en het e-mailadres op het profiel (issue 14, taak hmc)
mail-now-legend = Meteen een mail over
mail-topic-activity = Mijn aanmeldingen: een plek vrij, iets gewijzigd of afgelast
mail-topic-room = Mijn aanvragen voor de ontmoetingsruimte
mail-topic-proposal = Antwoord op mijn voorstellen
mail-topic-group = Mijn groepen en taken
mail-topic-round = Een nieuwe stemronde
mail-week-legend = Overzicht van de week
mail-nothing-on = U krijgt nu geen e-mail van ons.
mail-account-always = Vraagt u zelf om een link om in te loggen? Of maakt de sociaal werker een herstelbrief voor u? Daarover krijgt u altijd een e-mail.
mail-about-activity = uw aanmeldingen (een plek vrij, iets gewijzigd of afgelast)
mail-about-room = uw aanvragen voor de ontmoetingsruimte
mail-about-proposal = antwoorden op uw voorstellen
mail-about-group = uw groepen en taken
mail-about-round = een nieuwe stemronde
mail-address-add = E-mailadres toevoegen
mail-address-change = E-mailadres veranderen
mail-address-hint = Wilt u geen e-mail meer? Maak dit vak dan leeg. Andere bewoners zien uw e-mailadres nooit.
mail-address-password = Uw wachtwoord
mail-address-password-hint = Zo weten we zeker dat u het bent.
mail-address-submit = E-mailadres opslaan
mail-address-saved = Uw e-mailadres is aangepast.
mail-unsubscribe-only = Andere e-mail blijft komen. Wilt u zelf kiezen?
mail-unsubscribe-rest = Andere e-mail die u koos, krijgt u nog wel.
mail-unsubscribe-more = Wilt u meer veranderen? Of wilt u dit toch weer?
mail-unsubscribe-profile = Ga naar uw profiel
