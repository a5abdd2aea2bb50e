## General
site-description = Buurtplein is the website of and for the residents of your neighbourhood.
skip-to-content = Skip to content
loading = One moment…
back-home = To the home page
coming-soon = This part is coming soon. Please check again later.
footer-text = Buurtplein belongs to the residents. Questions? Ask the community worker or the residents' committee.
form-optional = (optional)
switch-language-label = Schakel naar Nederlands

## Menu
nav-label = Main menu
nav-agenda = Agenda
nav-room = Meeting room
nav-participate = Take part
nav-groups = Groups
nav-profile = My profile
nav-sign-in = Sign in
nav-staff = Manage
nav-notifications-count = { $count ->
    [0] Notifications, none new
    [one] Notifications, 1 new
   *[other] Notifications, { $count } new
}

## Home
home-title = Welcome to Buurtplein
home-lead = Here, residents do things together in the neighbourhood. Young and old.
home-sign-up = Sign up with your code
home-what-title = What can you do here?
home-agenda-text = See what is on and sign up for activities.
home-room-text = Book the meeting room for an activity or a meeting.
home-participate-text = Make a proposal, join the conversation and vote on plans for the neighbourhood.
home-groups-text = Join a group of volunteers and lend a hand.
home-code-title = How do I get a code?
home-code-text = Every household gets a letter with a code. No letter? Ask the community worker or the residents' committee.
home-hello = Hello { $name }!
home-signed-in-lead = Good to see you. What would you like to do?
home-unread = { $count ->
    [one] You have 1 new notification.
   *[other] You have { $count } new notifications.
}

## Sign up
signup-title = Sign up
signup-lead = Use the code from the letter to make an account. It takes two minutes.
signup-code = Code from the letter
signup-code-hint = For example ABCD-EFGH-JKMN. Capitals and dashes are not needed.
signup-name = Your name on Buurtplein
signup-name-hint = Other residents see this name. For example your first name, or first name and initial.
signup-age = Age
signup-age-hint = This shows us whether young and old take part. Nobody sees your age.
signup-password = Password
signup-password-hint = At least 8 characters. A sentence of a few words is easy to remember.
signup-email = Email address
signup-email-hint = Only for signing in. Other residents never see it.
signup-next = After signing up you are signed in straight away.
signup-submit = Create account
signup-have-account = Already have an account?
age-no-answer = I'd rather not say
age-under-18 = Under 18
age-18-34 = 18 to 35
age-35-54 = 35 to 55
age-55-74 = 55 to 75
age-75-plus = 75 or older

## Sign in
signin-title = Sign in
signin-identifier = Name or email address
signin-password = Password
signin-submit = Sign in
signin-new-title = No account yet?
signin-new-text = Use the code from your household's letter.
signin-forgot = Forgot your password? Ask the community worker for help.

## Profile
profile-title = My profile
profile-roles = My neighbourhood
profile-name-title = Change name
profile-save = Save
profile-saved = Saved.
profile-password-title = Change password
profile-password-current = Current password
profile-password-new = New password
profile-password-saved = Your password has been changed. On other devices you need to sign in again.
profile-language-title = Language
profile-language-legend = In which language do you want to see Buurtplein?
profile-data-title = My data
profile-data-text = Download everything Buurtplein keeps about you, in one file.
profile-data-download = Download my data
profile-signout-title = Sign out
profile-signout = Sign out
profile-delete-title = Delete account
profile-delete-text = Your name, email address and password are erased. What you wrote stays, under the name "former resident". This cannot be undone.
profile-delete-confirm = Yes, I really want to delete my account
profile-delete-submit = Delete account
profile-deleted = Your account has been deleted. Thank you for taking part!
former-resident = former resident

## Roles
role-bewoner = resident
role-commissielid = member of the residents' committee
role-sociaal-werker = community worker
role-beheerder = administrator

## Notifications
notifications-title = Notifications
notifications-empty = You have no notifications yet.
notifications-all-read = Mark all as read
notifications-mark-read = Read
notifications-open = View
notifications-unread = New:
note-welcome = Welcome to Buurtplein, { $name }! Have a look at the agenda to see what is on.
note-role-changed = You are now { $role } in your neighbourhood.

## Staff
staff-title = Manage
staff-buurt-counts = { $households } households, { $residents } residents
staff-new-buurt = New neighbourhood
staff-new-buurt-hint = Only administrators create a neighbourhood. You become administrator of the new one.
staff-buurt-name = Name of the neighbourhood
staff-create = Add
staff-members = Members and roles
staff-households = Households
staff-household = Household
staff-no-households = No households yet.
staff-label = Address
staff-label-hint = Only staff see this. For example Zonnebloemstraat 12.
staff-building = Building
staff-building-hint = For example the name of the flat or block.
staff-residents = Residents
staff-no-residents = Nobody has signed up yet.
staff-open-codes = Usable codes
staff-new-household = New household
staff-codes = Codes
staff-no-codes = No codes yet. Make one below.
staff-code-uses = used { $uses } of { $max } times
staff-code-revoked = Revoked
staff-print-letter = Print letter
staff-revoke = Revoke
staff-revoke-label = Revoke code { $code }
staff-new-code = New code
staff-code-max = How many residents may use the code?
staff-code-max-hint = Between 1 and 20. Usually { $default }.
staff-create-code = Make code
staff-roles-hint = An administrator can give any role. A community worker can make someone a resident or a member of the residents' committee.
staff-role-of = Role of { $name }

## Letter
letter-title = Letter with code
letter-back = Back to manage
letter-print-hint = Print this page on A4.
letter-revoked = This code has been revoked. Print a letter with a new code.
letter-heading = Join Buurtplein { $buurt }
letter-intro = Buurtplein is a website for and by residents. On your phone or computer you can:
letter-point-agenda = see what is on, and sign up;
letter-point-room = book the meeting room;
letter-point-ideas = share ideas for the neighbourhood and vote;
letter-point-groups = join a group of volunteers.
letter-code-title = Your code
letter-code-uses = { $count ->
    [one] This code is for 1 person.
   *[other] With this code, { $count } people from your household can make an account.
}
letter-qr-label = QR code to the sign-up page
letter-step-1 = Scan the QR code with your phone. Or go to { $site } and choose "Sign up with your code".
letter-step-2 = Enter the code. Choose a name and a password.
letter-step-3 = Done! You are signed in straight away.
letter-help-title = Need help?
letter-help-text = No phone or computer? Or does it not work? The community worker is happy to help. You can also drop by the meeting room.
letter-privacy = Other residents only see the name you choose. Never your address.

## Errors
not-found-title = This page does not exist
not-found-text = Perhaps the link is old or has a typo.
server-error-title = Something went wrong
server-error-text = Something went wrong on our side. Please try again later. Does it keep happening? Tell the community worker.
error-not-signed-in = Please sign in first to see this.
error-forbidden = You do not have access to this page or action.
error-not-found = This does not exist (any more).
error-rate-limited = Too many attempts. Wait a minute and try again.
error-internal = Something went wrong on our side. Please try again later.
error-transport = There is no connection. Check your internet and try again.
error-foreign-origin = This request did not come from Buurtplein and was refused.
problem-name-empty = Please enter a name.
problem-name-too-long = This name is too long. Use at most 40 characters.
problem-name-taken = This name is already in use. Choose another, for example with the initial of your surname.
problem-password-too-short = The password is too short. Use at least 8 characters.
problem-password-too-long = The password is too long. Use at most 128 characters.
problem-password-too-common = Very many people use this password. Choose another one, for example a sentence of a few words.
problem-email-invalid = This email address is not right. It looks like name@example.com. You may also leave it empty.
problem-email-taken = This email address already belongs to another account.
problem-code-unknown = We do not know this code. Look carefully at the letter and try again.
problem-code-used-up = This code has been used as often as allowed. Ask the community worker for a new code.
problem-code-revoked = This code no longer works. Ask the community worker for a new code.
problem-wrong-credentials = The name or password is not right. Please try again.
problem-wrong-password = The password is not right.
problem-label-empty = Please enter an address.
problem-label-too-long = This is too long. Use at most 80 characters.
problem-text-too-long = This text is too long.
problem-number-out-of-range = Enter a number from 1 to 20.
problem-confirm-missing = First tick the box to show you are sure.
problem-unknown = Something in the form is not right. Check it and try again.

## Agenda
agenda-mine = My agenda
agenda-mine-empty = You have not signed up for anything yet. Look in the agenda to see what is on.
agenda-new = New activity
agenda-empty = There is nothing in the agenda yet.
agenda-today = Today
agenda-this-week = This week
agenda-later = Later
agenda-filter-category = Kind of activity
agenda-filter-audience = For whom
agenda-filter-all = All
agenda-filter-submit = Show
agenda-places-left = { $count ->
    [one] 1 place left
   *[other] { $count } places left
}
agenda-full = Full: you can join the waiting list
agenda-you-signed-up = You are signed up.
agenda-you-wait = You are on the waiting list.
agenda-you-wait-place = You are on the waiting list. You are number { $place }.
agenda-cancelled-short = Cancelled
agenda-cancelled = This activity has been cancelled. Reason: { $reason }
agenda-when = When
agenda-where = Where
agenda-for = For whom
agenda-kind = Kind
agenda-costs = Costs
agenda-free = Free
agenda-organiser = Organised by
agenda-participants = Participants
agenda-signed-up-count = { $count ->
    [one] 1 signed up
   *[other] { $count } signed up
}
agenda-waiting-count = { $count ->
    [one] 1 on the waiting list
   *[other] { $count } on the waiting list
}
agenda-signup-title = Take part
agenda-sign-up = Sign up
agenda-join-waitlist = Join the waiting list
agenda-withdraw = Withdraw
agenda-closed = Signing up is no longer possible.
agenda-full-explain = All places are taken. Join the waiting list. When a place frees up, you get it automatically, and a notification.
agenda-waitlist-explain = When a place frees up, you are signed up automatically and get a notification.
activity-title = Name of the activity
activity-title-hint = Short and clear, for example "Coffee morning".
activity-description = What will we do?
activity-description-hint = Plain text. A web address becomes a link by itself.
activity-date = Date
activity-start = Starts at
activity-end = Ends at
activity-place = Where
activity-place-hint = For example "Meeting room" or "Meet at the main entrance".
activity-capacity = How many people can join?
activity-capacity-hint = Leave empty when there is no limit.
activity-costs = Costs
activity-costs-hint = For example "€ 2.50". Leave empty when it is free.
activity-closes = Sign-up closes … minutes before the start
activity-closes-hint = Leave empty: sign-up is open until the start.
activity-publish = Publish
audience-iedereen = Everyone
audience-kinderen = Children
audience-jongeren = Young people
audience-volwassenen = Adults
audience-ouderen = Older people
category-bewegen = Exercise
category-ontmoeten = Meeting people
category-leren = Learning
category-creatief = Creative
category-eten = Food
category-informatie = Information
category-anders = Other
note-promoted = A place has come free for "{ $title }". You are now signed up!
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
problem-text-empty = Please fill this in.
problem-text-too-short = This is too short.
problem-capacity-invalid = Enter a number of 1 or more, or leave it empty when there is no limit.
problem-start-in-past = This date and time have passed. Choose a moment in the future.
problem-start-too-far = This is more than two years ahead. Choose an earlier date.
problem-end-before-start = The end time must be after the start time.
problem-too-long = An activity lasts a week at most.
problem-date-invalid = This date or time is not right. Use for example 24-11-2026 and 10:00.
problem-signup-closed = Signing up or withdrawing is no longer possible for this activity.
agenda-no-participants = Nobody has signed up yet.
agenda-on-waitlist = waiting list
agenda-cancel-title = Cancel
agenda-cancel-reason = Why is it not going ahead?
agenda-cancel-hint = Participants get a notification with this reason.
agenda-cancel-submit = Cancel activity
note-cancelled = "{ $title }" is not going ahead. Reason: { $reason }

## Agenda, part two: repeating, changing, archive, poster, calendar links
problem-until-invalid = Choose an end date after the first date, and within a year.
problem-capacity-below-signed-up = More people have already signed up than this number of places. Choose a larger number.
problem-activity-over = This activity is over. It can no longer be changed.
problem-activity-cancelled = This activity was cancelled. It can no longer be changed.
repeat-legend = Repeat
repeat-label = How often?
repeat-once = Once
repeat-weekly = Every week
repeat-fortnightly = Every two weeks
repeat-until = Until and including
repeat-until-hint = Only needed when the activity repeats. At most a year ahead.
activity-edit = Change
activity-save = Save
activity-back = Back to the activity
activity-again = Once more
activity-again-explain = You are making a new activity with the same details. Choose a new date.
scope-legend = What do you want to change?
scope-hint = This activity is part of a series.
scope-this = Only this time
scope-later = This time and every time after it (each keeps its own date)
agenda-overlap = Note: at that time you also have { $titles }. You can still sign up.
agenda-print-participants = Print the participants list
agenda-archive = Archive
agenda-archive-intro = Activities that have taken place, with the number of participants.
agenda-archive-empty = No activities have taken place yet.
agenda-took-part = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}
participants-name = Name
participants-household = Address
participants-present = Present
poster-title = Print the poster
poster-heading = This week in { $buurt }
poster-empty = Nothing is planned this week.
poster-qr-label = QR code to the agenda
poster-more = Want to join? Sign up at { $site } or scan the code.
feed-title = In your own calendar
feed-intro = Put the activities in your phone's calendar. Copy a link and add it as a calendar subscription.
feed-buurt = All activities of the neighbourhood
feed-buurt-hint = This link is public. Anyone with the link sees the activities.
feed-personal = Only what I signed up for
feed-personal-hint = This link is secret. Do not share it.
feed-secret-hint = Shared it by accident? Make a new link. The old one then stops working.
feed-make = Make my link
feed-renew = Make a new link
feed-stop = Stop my link
note-changed = "{ $title }" has changed. Check whether the time and place still suit you.
