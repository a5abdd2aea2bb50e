## General
site-description = Buurtplein is the website of and for the residents of your neighbourhood.
skip-to-content = Skip to content
loading = One moment…
back-home = To the home page
coming-soon = This part is coming soon. Please check again later.
footer-text = Buurtplein belongs to the residents. Questions? Ask the community worker or the residents' committee.
form-optional = (optional)
buurt-switch-label = Your neighbourhood
buurt-switch-button = Switch
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
error-busy = It is very busy right now. Please try again in a minute.
error-internal = Something went wrong on our side. Please try again later.
error-transport = There is no connection. Check your internet and try again.
error-bad-request = We could not read what you sent. Check the text and try again.
error-too-large = What you sent is too large. Make the text shorter or choose a smaller file.
error-foreign-origin = This request did not come from Buurtplein and was refused.
problem-name-empty = Please enter a name.
problem-name-too-long = This name is too long. Use at most 40 characters.
problem-name-taken = This name is already in use. Choose another, for example with the initial of your surname.
problem-name-invisible = This name contains invisible characters or characters that reverse the reading direction. Please type your name again yourself, without copy and paste.
problem-name-mixed-scripts = This name mixes letters from different scripts in one word, for example Latin and Russian letters. Use letters from one script in each word.
problem-name-look-alike = This name looks too much like someone else's name. Choose another, for example with the initial of your surname.
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

## Vrijwilligersgroepen
groups-title = Volunteer groups
groups-intro = Join a group of neighbours who do something together for the neighbourhood. See what a group does and how much time it takes.
groups-mine = My groups
groups-new = New group
groups-empty = There are no groups in your neighbourhood yet.
groups-mine-tasks = My tasks
groups-mine-no-tasks = You have not signed up for a task yet.
groups-mine-groups = My groups and requests
groups-mine-empty = You are not in a group yet.
groups-browse = See the groups
group-for = For whom
group-time = Time
group-how-join = Joining
group-coordinators = Coordinators
group-member-count = { $count ->
    [one] 1 member
   *[other] { $count } members
}
group-policy-open = Join at once
group-policy-approval = Join after a yes
group-policy-open-explain = Anyone from the neighbourhood can join at once.
group-policy-approval-explain = You ask to join. The coordinator says yes or no.
group-policy-open-choice = Anyone can join at once
group-policy-approval-choice = The coordinator says yes or no first
group-standing-requested = You asked to join
group-standing-member = You are a member
group-standing-coordinator = You are a coordinator
group-join-title = Take part
group-join-open = Join
group-join-open-hint = You can join at once.
group-join-ask = Ask to join
group-join-ask-hint = The coordinator decides whether you can join. You will get a notification.
group-you-requested = You asked to join. The coordinator decides. You will get a notification.
group-you-member = You are a member of this group.
group-you-coordinator = You are a coordinator of this group.
group-withdraw-request = Withdraw request
group-leave = Leave the group
group-leave-hint = If you leave the group, you are also withdrawn from tasks still to come. The coordinator gets a notification.
group-tasks-title = Tasks and shifts
group-tasks-empty = No tasks have been planned yet.
group-tasks-members-only = Join the group to sign up for a task.
task-hands = { $taken } of { $needed } { $needed ->
    [one] place
   *[other] places
} taken
task-full = { $needed ->
    [one] Full: the place is taken
   *[other] Full: all { $needed } places are taken
}
task-sign-up = Sign up
task-withdraw = Withdraw
task-you-help = You are taking part.
task-started = This task has already started.
task-who = Who: { $names }
group-messages-title = Messages
group-messages-empty = There are no messages yet.
group-message-label = Message to the group
group-message-hint = All members also get the message as a notification. At most 500 characters.
group-message-send = Send
group-message-by = { $name }, { $when }
group-requests-title = Requests to join
group-requests-empty = There are no requests.
group-asked-at = Asked on { $when }
group-accept = Yes, welcome
group-decline = No
group-members-title = Members ({ $count })
group-members-empty = The group has no members yet.
group-coordinator-tag = coordinator
group-promote = Make coordinator
task-plan-title = Plan a task or shift
task-title = What needs doing?
task-title-hint = For example: watering the vegetable garden.
task-place = Where?
task-place-hint = For example: the vegetable garden behind the Zonnebloem flat.
task-needed = How many people are needed?
task-needed-hint = A number from 1 to 50. No more people than this can ever sign up.
task-plan-submit = Plan task
hours-title = Record hours
hours-intro = Afterwards, fill in how many hours each person helped, for example 2 or 1.5. This counts towards the neighbourhood's participation figures.
hours-empty = No tasks have ended yet.
hours-none = Nobody had signed up.
hours-of = Hours of { $name }
hours-save = Save
hours-recorded = Recorded: { $hours } hours
group-name = Name of the group
group-name-hint = For example: Garden team.
group-description = What does the group do?
group-description-hint = Say in a few sentences what the members do together.
group-audience = Who is the group for?
group-audience-hint = For example: anyone who likes being outdoors.
group-time-needed = How much time does it take?
group-time-needed-hint = For example: about 2 hours a week.
group-policy-legend = How does someone join?
group-coordinator = Coordinator
group-coordinator-hint = A resident or someone from the team. More coordinators can be added later.
group-also-me = I am a coordinator too
group-create = Start group
note-group-request = { $name } wants to join { $group }. Say yes or no on the group's page.
note-group-joined = { $name } joined { $group }.
note-group-accepted = Welcome! You are now a member of { $group }.
note-group-declined = The coordinator did not accept your request for { $group }.
note-group-left = { $name } left { $group }. Withdrawn from tasks still to come: { $count }.
note-group-coordinator = You are now a coordinator of { $group }.
note-group-message = Message from { $group }: { $text }
problem-hands-invalid = Fill in how many people are needed: a number from 1 to 50.
problem-hours-invalid = Fill in the hours as a number, for example 2 or 1.5. It cannot be more than 24.
problem-task-full = There are already enough people for this task. Choose another task.
problem-task-closed = This task has already started. You can no longer sign up or withdraw.
problem-task-not-over = This task is not over yet. Fill in the hours once the task is done.
problem-not-group-member = Only members of the group can do this. Join the group first.
problem-last-coordinator = You are the only coordinator. First make someone else coordinator. Then you can leave the group.

## Ontmoetingsruimte
room-none = This neighbourhood has no room to reserve yet.
room-capacity = Room for { $count } people.
room-week-nav = Other week
room-week-prev = ← Previous week
room-week-next = Next week →
room-week-title = Week of { $week }
room-open = Open { $hours }
room-closed = Closed
room-closed-day = Closed: { $reason }
room-not-bookable = You cannot reserve this day now.
room-free = Free
room-reserve = Reserve
room-private = Private
room-facts-title = About this room
room-hours-title = Opening hours
room-closed-days-title = Closed days
room-rules-title = Rules for reserving
room-rules-length = You reserve in blocks of { $slot } minutes. A reservation lasts { $min } to { $max }.
room-rules-window = Reserve at least { $lead } ahead, and at most { $days } days ahead.
room-rules-quota = Each household may reserve { $hours } a month, with at most { $count } reservations at a time.
room-rules-approval = The residents' committee approves first for: { $cases }.
room-approval-private = private gatherings
room-approval-after = anything that ends after { $time }
room-approval-over = anything longer than { $duration }
room-mine = My reservations
room-requests = Requests
room-print = Print the week
room-manage = Manage the room
room-new = New room
room-feed-hint = Put this room's schedule in your own calendar:
room-feed-link = calendar address of the room
room-back = Back to the room
room-request-title = Reserve the room
room-date = Date
room-from = From
room-to = Until
room-purpose = What is it for?
room-purpose-hint = For example: birthday, meeting, coffee morning.
room-access-legend = May everyone come?
room-access-open = Yes, it is open to the neighbourhood
room-access-private = No, it is private (a party, for example)
room-people = About how many people?
room-people-hint = At most { $count } people fit in the room.
room-request-submit = Request the reservation
room-mine-empty = You have no reservations yet.
room-quota-left = { $room }: your household has { $left } left this month. You can make { $count ->
    [one] 1 more reservation
   *[other] { $count } more reservations
}.
room-decision-reason = Note: { $reason }
room-cancel = Cancel
room-to-week = To the week schedule
reservation-status-bevestigd = Confirmed
reservation-status-in-afwachting = Waiting for approval
reservation-status-geweigerd = Not approved
reservation-status-geannuleerd = Cancelled
room-requests-intro = These requests wait for approval. The first one is at the top.
room-requests-empty = No requests are waiting.
room-asked-by = requested by { $name }
room-people-count = { $count ->
    [one] 1 person
   *[other] { $count } people
}
room-approve = Approve
room-decline-reason = Why not? The resident sees this.
room-decline = Decline
room-print-day = Day
room-print-taken = Taken
room-print-nothing = Nothing reserved
room-print-footer = Want to reserve? Look on Buurtplein under Ontmoetingsruimte, or ask the social worker.
room-settings-title = Settings
room-name = Name of the room
room-description = Description
room-capacity-label = How many people fit in?
room-accessibility = Accessibility
room-accessibility-hint = For example: step-free, accessible toilet, hearing loop.
room-hours-hint = Leave both times empty when the room is closed that day.
room-opens = { $day }: opens at
room-closes = { $day }: closes at
room-slot = Blocks of how many minutes?
room-min-hours = Shortest reservation (hours)
room-max-hours = Longest reservation (hours)
room-ahead-days = How many days ahead?
room-lead-hours = How many hours in advance?
room-quota-hours = Hours per household per month
room-quota-future = Reservations at a time per household
room-approval-legend = When does the committee approve first?
room-approval-private-label = For private gatherings
room-approval-after-label = When it ends after (time)
room-approval-over-label = When it lasts longer than (hours)
room-save = Save
room-recurring-title = Reserve every week
room-recurring-hint = For example the coffee morning or a consultation hour. Closed days are skipped.
room-recurring-done = Reserved { $count } times.
room-recurring-skipped = Skipped because the room is closed: { $days }.
room-recurring-submit = Reserve every week
room-first-date = First date
room-until = Up to and including
room-block-title = Block time
room-block-purpose = Why? For example: cleaning.
room-block-submit = Block
room-block-done = The time is blocked.
room-closed-hint = For example a public holiday or maintenance. Residents' reservations that day are cancelled. They get a message.
room-closed-reason = Reason
room-closed-submit = Close the day
room-closed-done = The day is closed. Cancelled reservations: { $count }.
room-duration-hours = { $hours ->
    [1] 1 hour
   *[other] { $hours } hours
}
room-duration-minutes = { $minutes } minutes
room-limit-month = Your household may reserve { $quota } a month. Your household has { $left } left this month.
room-limit-future = Your household already has { $max } reservations. No more are allowed at a time. Cancel one, or wait until one has passed.
room-limit-shortest = A reservation lasts at least { $duration }.
room-limit-longest = A reservation lasts at most { $duration }.
room-limit-slot = Choose a start and end on a whole block of { $minutes } minutes, for example 10:00 or 10:30.
room-limit-lead = Reserve at least { $duration } ahead. Choose a later moment.
room-limit-ahead = You can reserve at most { $days } days ahead. Choose an earlier date.
room-limit-hours = On { $day } the room is open from { $opens } to { $closes }. Choose a time in between.
room-limit-closed-weekday = On { $day } the room is closed. Choose another day.
room-limit-closed-day = On { $when } the room is closed: { $reason }. Choose another day.
room-limit-taken = The room is already taken then ({ $when }). Choose another time.
room-limit-capacity = At most { $max } people fit in the room.
problem-room-one-day = A reservation starts and ends on the same day.
problem-room-clock-invalid = Enter times like 09:00. The closing time must be after the opening time.
problem-room-number-invalid = Enter a valid number for the rules, for example 2 or 1.5.
problem-room-rules-inconsistent = The shortest reservation cannot be longer than the longest.
problem-room-not-pending = This request has already been decided.
problem-reservation-started = This reservation has already started. It can no longer be cancelled.
note-room-approved = Your reservation "{ $purpose }" on { $when } is approved.
note-room-declined = Your reservation "{ $purpose }" on { $when } is not approved. Reason: { $reason }
note-room-cancelled = Your reservation "{ $purpose }" on { $when } was cancelled by the social worker.
note-room-closed = The room is closed on { $when }: { $reason }. Your reservation "{ $purpose }" is therefore cancelled.
activity-room = Room
activity-room-none = No room / another place
activity-room-hint = Choose a room and it is reserved for this activity straight away.

## Agenda: pages
agenda-pages = Pages of the agenda
agenda-earlier = Earlier
agenda-more = Further in the agenda

## Meedoen: proposals and moderation
proposals-intro = Do you have an idea for the neighbourhood? Propose an activity or an initiative. The residents' committee looks at it and always says why something goes ahead or not.
proposals-new = Propose something
proposals-mine = My proposals
proposals-mine-empty = You have not proposed anything yet.
proposals-log = Log
proposals-queue = Review proposals
proposals-settings = Rules for taking part
proposals-filter-kind = Kind
proposals-filter-all = All
proposals-filter-show = Which proposals?
proposals-filter-current = Current
proposals-filter-closed = Closed
proposals-filter-submit = Show
proposals-order-hint = New proposals are in a random order that changes every day. That way every proposal gets a fair chance.
proposals-group-new = New and under review
proposals-group-accepted = Accepted and planned
proposals-group-done = Done
proposals-group-closed = Closed proposals
proposals-group-empty = Nothing here now.
proposal-kind-activiteit = Activity
proposal-kind-initiatief = Initiative
proposal-kind-activiteit-hint = something to do together, like cooking together on Friday
proposal-kind-initiatief-hint = something for the neighbourhood, like a bench by the entrance
proposal-kind-legend = What would you like to propose?
proposal-status-ingediend = Submitted
proposal-status-in-behandeling = Under review
proposal-status-aanpassen = Changes needed
proposal-status-geaccepteerd = Accepted
proposal-status-afgewezen = Declined
proposal-status-gepland = Planned
proposal-status-uitgevoerd = Done
proposal-status-samengevoegd = Merged
proposal-status-ingetrokken = Withdrawn
proposal-hidden-tag = Hidden
proposal-mine-tag = Your proposal
proposal-supporters = { $count ->
    [one] 1 person supports this
   *[other] { $count } people support this
}
proposal-next-title = What happens next?
proposal-next-1 = Your proposal appears on the Meedoen page straight away. Neighbours can support it.
proposal-next-2 = The residents' committee looks at it. Sometimes the committee asks you to change something.
proposal-next-3 = The committee says yes or no, and always why. You get a notification at every step.
proposal-next-4 = An activity goes into the agenda, with you as the organiser.
proposal-limit-info = You now have { $open } of the { $max } open proposals you may have at a time. Your household may have { $household } together.
proposal-limit-full = You can propose again once the committee has decided on one of your proposals.
proposal-title = Title
proposal-title-hint = Short and clear, for example: Cooking together on Friday.
proposal-description = What is your idea?
proposal-description-hint = Say what you want to do and why. Everyday words are fine.
proposal-audience = For whom?
proposal-audience-hint = For example: for everyone, or for children up to 8.
proposal-date-wish = When?
proposal-date-wish-hint = A wish for the day or time, for example: Friday afternoon.
proposal-help = Help needed
proposal-help-hint = What or who do you need? For example: two people to cook with.
proposal-submit = Send proposal
proposal-by = Proposed by
proposal-photo-alt = Photo for { $title }
proposal-hidden-notice = This proposal is hidden. Residents do not see it. Reason: { $reason }
proposal-notice-changes = The committee asks you to change something: { $reason }
proposal-notice-declined = This proposal was declined. Reason: { $reason }
proposal-notice-withdrawn = The proposer withdrew this proposal.
proposal-notice-merged = This proposal was merged with another proposal about the same thing:
proposal-notice-activity = This proposal is in the agenda.
proposal-open-activity = See the activity
proposal-support-title = Support
proposal-support = I support this
proposal-unsupport = Withdraw support
proposal-you-support = You support this proposal.
proposal-edit-title = Change proposal
proposal-edit-hint = Change your proposal and send it back to the committee.
proposal-answer = Your answer to the committee
proposal-answer-hint = Short, for example: I changed the time.
proposal-resubmit = Send changed proposal
proposal-withdraw-title = Withdraw proposal
proposal-withdraw-hint = No longer want the committee to look at it? Withdraw it. It stays visible as withdrawn.
proposal-withdraw = Withdraw
proposal-own-moderation = This is your own proposal. Another committee member decides on it.
proposal-history-title = History
proposal-who-author = the proposer
decide-title = Decide
decide-hint = Every decision goes into the public log with its reason. The proposer gets a notification.
decide-reason = Reason (in everyday words)
decide-note = Note
decide-review = Start review
decide-review-button = Start review
decide-accept = Accept
decide-accept-button = Accept
decide-accept-activity = Accept and put in the agenda
decide-accept-activity-hint = The activity goes into the agenda at once, with the proposer as organiser.
decide-accept-activity-button = Accept and plan
decide-no-wish = The proposer gave no wish for the date.
decide-wish = The proposer's wish: { $wish }
decide-place-default = Meeting room
decide-changes = Ask for changes
decide-changes-button = Ask for changes
decide-decline = Decline
decide-decline-button = Decline
decide-plan = Planned
decide-plan-button = Mark as planned
decide-done = Done
decide-done-button = Mark as done
decide-merge = Merge with another proposal
decide-merge-into = Merge with
decide-merge-button = Merge
decide-hide = Hide
decide-hide-button = Hide
decide-unhide = Show again
decide-unhide-button = Show again
queue-intro = New proposals, oldest first. For each you see how active the proposer was in the last 30 days.
queue-new = New and under review
queue-waiting = Waiting for changes by the proposer
queue-running = Accepted and planned
queue-hidden = Hidden
queue-empty = Nothing here now.
queue-by = By { $name }, { $when }
queue-recent = Last 30 days: { $proposals ->
    [one] 1 proposal
   *[other] { $proposals } proposals
} and { $comments ->
    [one] 1 comment
   *[other] { $comments } comments
}
log-intro = Every decision of the residents' committee and the social worker about proposals and comments is listed here. Nothing disappears without being listed.
log-empty = No decisions yet.
log-target-proposal = proposal
log-target-comment = comment on
log-reason = Reason: { $reason }
log-who-reports = reports by residents
log-title-hidden = (hidden)
log-reason-hidden = The committee found that this does not fit the agreements in the neighbourhood. The writer has been told the reason.
log-reason-hidden-by-reports = Residents from different households reported this. The committee is looking at it.
log-reason-withheld = The reason is not in the log, because this is hidden now.
log-action-accepteren = Accepted
log-action-aanpassen = Changes asked
log-action-afwijzen = Declined
log-action-samenvoegen = Merged
log-action-verbergen = Hidden
log-action-terugzetten = Visible again
log-action-plannen = Planned
log-action-uitgevoerd = Done
settings-intro = These rules make sure a few people do not decide everything. They apply to the whole neighbourhood.
settings-changed = Last changed by { $changed }
settings-proposals = Proposals
settings-max-resident = Open proposals per resident
settings-max-household = Open proposals per household
settings-comments = Comments
settings-interval = Seconds between two comments by one person
settings-per-day = Comments per person per day
settings-consecutive = Comments in a row in one conversation
settings-reports = Reports from different households that hide a comment
settings-nudge-share = Share (percent) above which someone gets a nudge
settings-nudge-min = From how many comments in a conversation the nudge applies
settings-new-resident = New proposals per resident in 30 days (withdrawn and declined ones count too)
settings-new-household = New proposals per household in 30 days
settings-reports-day = Reports per household per day
settings-voting = Voting round
settings-ballot-household = Initiatives of one household on one ballot
settings-signals = Signals on the fair-voice overview
settings-signal-share = Signal when the 5 busiest households together hold at least this share (percent)
settings-signal-ratio = …and each of them did at least this many times more than an ordinary household
settings-range = From { $min } up to { $max }.
settings-save = Save rules
settings-saved = The rules are saved.
note-proposal-review = The committee is looking at your proposal "{ $title }".
note-proposal-changes = The committee asks you to change "{ $title }": { $reason }
note-proposal-declined = Your proposal "{ $title }" was declined. Reason: { $reason }
note-proposal-accepted = Your proposal "{ $title }" was accepted!
note-proposal-planned = Your proposal "{ $title }" is planned: { $reason }
note-proposal-done = Your proposal "{ $title }" has been carried out. Thank you!
note-proposal-merged = Your proposal "{ $title }" was merged with another proposal about the same thing. Reason: { $reason }
note-proposal-hidden = Your proposal "{ $title }" was hidden. Reason: { $reason }
note-proposal-unhidden = Your proposal "{ $title }" is visible again.
proposal-photo-title = Photo
proposal-photo-label = Photo for your proposal
proposal-photo-hint = A JPEG, PNG or WebP photo of at most 8 MB. We make it smaller and remove the place where it was taken.
proposal-photo-submit = Add photo
proposal-photo-ok = The photo was added.
problem-reason-missing = Write briefly why. The proposer and the neighbourhood read this.
problem-setting-invalid = Fill in a whole number within the limits for every rule.
problem-setting-household-below-resident = A household must be allowed at least as many open proposals as one resident.
problem-proposal-wrong-status = This is no longer possible: the proposal's status has changed meanwhile.
problem-proposal-own = You cannot decide on your own proposal. Another committee member does that.
problem-proposal-limit-resident = You already have as many open proposals as allowed. You can propose again once the committee has decided on one of them, or when you withdraw one.
problem-proposal-limit-household = Your household already has as many open proposals as allowed. You can propose again once the committee has decided on one of your household's proposals.
problem-merge-target-invalid = This proposal cannot be merged into that one. Choose another proposal.
problem-photo-too-big = The photo is too big. Choose a photo of at most 8 MB.
problem-photo-invalid = This file is not a photo we can read. Choose a JPEG, PNG or WebP photo.
problem-photo-too-many-pixels = This photo is too large: it has more than 40 megapixels. Make the photo smaller or choose another one.
proposal-photo-busy = Many photos are being processed right now. Wait a moment and try again.
## Meedoen: comments, reports and slow mode
comments-title = Comments ({ $count })
comments-heading = Comments
comments-empty = No comments yet. Write the first one!
comments-sign-in = Sign in to read the comments and reply.
comments-closed = Comments are closed for this proposal.
comments-review-link = See what residents reported
comment-label = Your comment
comment-hint = Plain text, at most 2000 characters. A web address becomes a link by itself.
comment-post = Post comment
comment-reply = Reply
comment-reply-label = Your reply to { $name }
comment-reply-post = Post reply
comment-delete = Remove
comment-deleted = This comment was removed.
comment-hidden = This comment was hidden by the residents' committee.
comment-hidden-reports = This comment was hidden after reports by residents. The residents' committee is looking at it.
comment-hidden-reason = Reason: { $reason }
comment-hidden-for-residents = Hidden for residents. Reason: { $reason }
comment-open-reports = { $count ->
    [one] 1 open report
   *[other] { $count } open reports
}
comment-nudge = You wrote { $mine } of the { $total } comments here. Let others have their say too.
comment-hide = Hide
comment-hide-reason = Why hide it? Residents see this reason.
comment-unhide = Put back
comment-reported = You reported this. Thank you.
comment-report = Report
report-why = Why are you reporting this?
report-note = Explanation
report-send = Send report
report-proposal = Report this proposal
report-proposal-done = You reported this proposal. Thank you.
report-reason-hurtful = Hurtful or rude
report-reason-private = Someone's personal details
report-reason-spam = Advertising or spam
report-reason-other = Something else
reported-title = Reports by residents
reported-lead = Residents reported these. Check whether they can stay. What you decide goes into the log.
reported-empty = There are no open reports.
reported-comment = Comment on: { $title }
reported-proposal = Proposal: { $title }
reported-by = Written by { $name }
reported-counts = { $reports ->
    [one] 1 report
   *[other] { $reports } reports
} from { $households ->
    [one] 1 household
   *[other] { $households } households
}. First report: { $when }.
reported-hidden-now = Hidden now. Reason: { $reason }
reported-notes = What residents added
reported-open = See it with the proposal
reported-keep = Fine, keep it
moderation-keep-default = Fine after reports.
comment-hidden-by-reports-reason = Hidden after reports from { $count } households. The committee is looking at it.
comment-limit-interval = You just posted a comment. There must be at least { $wait } between two comments. You can comment again from { $when }.
comment-wait-seconds = { $seconds } seconds
comment-wait-one-minute = 1 minute
comment-limit-day = You posted { $max } comments in 24 hours. That is the most allowed. You can comment again from { $when }.
comment-limit-row = You wrote the last { $max } comments here. Wait until someone else replies. Then you can comment again.
problem-report-reason-missing = Choose why you are reporting this.
problem-comments-closed = Comments are closed for this proposal.
## Voting rounds and fair voice
problem-vote-rules-invalid = Choose a number of votes from 1 to 50. The maximum per initiative may not be higher than the number of votes.
problem-cost-invalid = Enter an amount in euros, for example 2500 or 1.250,50. With a money budget every initiative needs an amount.
problem-ballot-too-few = Choose at least two initiatives for the voting round.
problem-vote-number-invalid = Enter a whole number for each initiative, for example 0, 1 or 2.
problem-vote-over-max = You give too many votes to one initiative. See the rules for how many you may give.
problem-vote-over-budget = You give more votes than you have. Take votes away from an initiative.
problem-vote-not-started = The voting round has not started yet. Come back later.
problem-vote-closed = The voting round is closed. Voting or changing votes is no longer possible.
problem-vote-not-ended = The voting round is still running. It can only be closed after the end.
problem-vote-too-young = Only older residents may vote in this round. See the rules.
problem-option-unavailable = One of the initiatives can no longer go on the list. It is in another voting round already, or no longer accepted.
vote-phase-coming = Starts soon
vote-phase-open = Open: you can vote
vote-counting = The voting round has ended. The votes are being counted; the results will be here in a minute.
vote-phase-ended = Ended
vote-phase-closed = Closed: the results are known
vote-cannot-not-resident = Only residents of the neighbourhood vote. You can still look at the list.
vote-cannot-too-young = Only older residents may vote in this round. You can still look at the list.
vote-rounds-title = Voting rounds
vote-rounds-lead = Vote on initiatives for the neighbourhood. Every resident has the same number of votes.
vote-rounds-empty = There is no voting round yet.
vote-new = New voting round
vote-options-count = { $count ->
    [one] 1 initiative
   *[other] { $count } initiatives
}
vote-turnout-count = { $count ->
    [one] 1 resident voted
   *[other] { $count } residents voted
}
vote-you-voted = You have voted.
vote-field-title = Name of the voting round
vote-field-title-hint = For example: Neighbourhood budget spring.
vote-field-description = Explanation for residents
vote-field-start-date = Start date
vote-field-start-time = Start time
vote-field-end-date = End date
vote-field-end-time = End time
vote-field-budget = Votes per resident
vote-field-budget-hint = Every resident gets the same number of votes, for example 5.
vote-field-max = At most per initiative
vote-field-max-hint = A resident may give this many votes to one initiative, for example 2.
vote-field-min-age = Who may vote?
vote-field-min-age-hint = Residents without an age in their profile may always vote.
vote-all-ages = All ages
vote-field-money = Money budget in euros
vote-field-money-hint = Leave empty when there is no money to share. Otherwise enter the cost of every initiative.
vote-field-winners = How many initiatives win?
vote-field-winners-hint = Only without a money budget. With a money budget the initiatives that fit win.
vote-field-options = Initiatives on the list
vote-field-options-hint = Choose at least two accepted initiatives.
vote-no-candidates = There are no accepted initiatives yet that can go on a list.
vote-field-cost = Estimated cost of { $title } (euros)
vote-open-submit = Open the voting round
vote-not-started = Voting is possible from { $starts }.
vote-turnout = { $voters } of { $eligible } residents have voted.
vote-rules-title = How it works
vote-rule-budget = You have { $budget } votes. You spread them over the initiatives you like.
vote-rule-max = You give at most { $max } votes to one initiative.
vote-rule-change = You can change your votes until { $ends }. Then the voting round closes.
vote-rule-secret = Your vote is secret. Nobody sees what you choose, not the committee and not the social worker either.
vote-rule-hidden = You only see how many votes each initiative has once the voting round is closed.
vote-rule-age = Residents in the group { $band } and older may vote. No age in your profile? Then you may vote too.
vote-rule-money = There is { $money } to spend. The initiative with the most votes comes first. Then the next one, if it still fits in the budget. Does it not fit? Then the initiative after it goes first.
vote-rule-winners = { $count ->
    [one] The initiative with the most votes wins.
   *[other] The { $count } initiatives with the most votes win.
}
vote-rule-tie = The same number of votes? Then the cheaper initiative goes first. Same cost as well? Then the initiative that was proposed first.
vote-options-title = Initiatives
vote-cost = Cost: { $cost }
vote-ballot-title = Your votes
vote-saved = Your votes have been saved.
vote-remaining = You have { $left } of { $budget } votes left.
vote-zero-hint = Want to take back all your votes? Set every number to 0.
vote-too-many = You give { $over } { $over ->
    [one] vote
   *[other] votes
} too many. You have { $budget }.
vote-submit = Save votes
vote-results-title = Results
vote-closed-at = The voting round closed on { $when }.
vote-no-winners = No initiative was chosen.
vote-winners = Chosen: { $names }
vote-money-spent = The chosen initiatives cost { $spent } of { $total } together.
vote-results-caption = Votes per initiative
vote-col-rank = Place
vote-col-initiative = Initiative
vote-col-votes = Votes
vote-col-voters = Residents
vote-col-cost = Cost
vote-col-chosen = Chosen
vote-chosen-yes = Yes
vote-chosen-no = No
vote-assist-title = Votes for a resident
vote-assist-hint = For a resident without a phone who asked for help. Only that you helped is kept, not what was voted. Earlier votes of this resident are replaced.
vote-assist-done = The votes have been saved.
vote-assist-resident = Resident
vote-assist-person-voted = { $name } (has voted already)
vote-assist-votes-for = Votes for { $title }
vote-assist-submit = Save votes for this resident
fair-title = Fair voice
fair-lead = Who takes part in the neighbourhood, and how much? This shows whether a small group has most of the say. You only see counts, never who voted for what.
fair-from = From
fair-to = Up to and including
fair-show = Show
fair-csv = Download the figures (CSV)
fair-residents = Residents
fair-households = Households
fair-took-part = Took part
fair-not-yet = Not taken part yet
fair-signals-title = Signals
fair-no-signals = No signals: in this period participation is not concentrated in a few residents.
fair-kinds-title = Taking part by kind
fair-kinds-hint = The bar shows how many residents took part, of all residents. The table has the same figures.
fair-kinds-caption = Taking part by kind in this period
fair-col-kind = Kind
fair-col-participants = Residents who took part
fair-col-total = Total
fair-col-top10 = Share of the most active 10% of residents
fair-col-top5 = Share of the 5 most active households
fair-col-gini = Gini index
fair-gini-hint = The Gini index runs from 0 to 1. At 0 everyone does the same. The closer to 1, the more a few residents do everything. Hours are in hours; voting rounds count how often someone voted, not what.
fair-age-title = By age group
fair-age-caption = Residents by age group and how many took part
fair-age-unknown = Age unknown
fair-building-title = By building
fair-building-caption = Residents by building and how many took part
fair-building-none = No building
fair-groups-title = Volunteer groups
fair-groups-caption = Members and hours given per volunteer group
fair-groups-empty = There are no volunteer groups yet.
fair-col-group = Group
fair-col-members = Active members
fair-col-helpers = Helped
fair-col-hours = Hours
fair-kind-proposed = Proposals
fair-kind-commented = Comments
fair-kind-voted = Voting rounds
fair-kind-signed-up = Activity sign-ups
fair-kind-reserved = Meeting room hours
fair-kind-helped = Volunteer hours
fair-action-proposed = Idea: hold an ideas afternoon, or ask residents who have not proposed anything yet about their wishes in person.
fair-action-commented = Idea: ask residents who have not commented yet for their opinion, for example at the coffee morning. Consider a slower comment mode.
fair-action-signed-up = Idea: plan activities at other times or for other ages, and invite new residents in person.
fair-action-reserved = Idea: check whether the rules per household should be stricter, and tell residents that they can reserve the room too.
fair-action-helped = Idea: spread the tasks over more people, and ask new volunteers for short, one-off jobs.

## Eerlijke stem: voorstellen
proposal-limit-30d-resident = You have already made { $max } new proposals in the last 30 days. That is the most allowed. Proposals that were withdrawn, declined or accepted count too. You can propose again from { $day } at { $time }.
proposal-limit-30d-household = Your household has already made { $max } new proposals in the last 30 days. That is the most allowed. Proposals that were withdrawn, declined or accepted count too. You can propose again from { $day } at { $time }.
proposal-new-30d-rule = In 30 days everyone may make { $max } new proposals, and a household { $household } together. Proposals you withdraw or that are declined count too.
proposal-new-30d-left = { $left ->
    [one] You can make 1 more new proposal now.
   *[other] You can make { $left } more new proposals now.
}
proposal-new-30d-household-left = { $left ->
    [one] Your household can make 1 more together.
   *[other] Your household can make { $left } more together.
}
proposal-new-30d-next = You can make a new proposal again from { $day } at { $time }.
proposals-order-households = Households take turns: first one proposal of every household, then the second.

## Eerlijke stem: meldingen
report-limit-day = Your household made { $max } reports in 24 hours. That is the most allowed. You can report again from { $when }.
report-held-author = A few neighbours reported this. The committee has been looking at it since { $since }. Until then, others cannot see it. No decision after 3 days? Then everyone can see it again.
reported-held-since = Hidden by reports since { $since }. Without a decision it shows again by itself after 72 hours.
report-back-by-itself-reason = Visible again after 72 hours without a decision

## Eerlijke stem: stemronde en overzicht
vote-limit-household = Too many initiatives of one household are on the ballot: { $households }. The maximum per household is { $max }. Choose fewer initiatives of this household, or write under 'Reason' why it is needed.
vote-by-household = (household of { $household })
vote-household-over-mark = More than the maximum
vote-households-title = Who wrote the initiatives?
vote-households-hint = For each household you see how many of the initiatives below it wrote. The maximum on one ballot is { $max } per household.
vote-households-caption = Households and their initiatives
vote-col-household = Household of
vote-col-initiatives = Initiatives
vote-field-over-reason = Reason to go over the maximum per household
vote-field-over-reason-hint = The maximum per household is { $max }. Do you want to put more on the ballot? Then write why. Everyone sees this reason with the voting round.
vote-over-limit-public = The committee put more initiatives of one household on this ballot than the rule allows. The reason: { $reason }
fair-kind-supported = Supports
fair-kind-reported = Reports
fair-kind-on-ballot = Initiatives on a ballot
fair-conc-proposed = { $households } households together wrote { $share }% of the proposals (each at least { $ratio } times as many as an ordinary household)
fair-conc-commented = { $households } households together wrote { $share }% of the comments (each at least { $ratio } times as many as an ordinary household)
fair-conc-signed-up = { $households } households together made { $share }% of the activity sign-ups (each at least { $ratio } times as many as an ordinary household)
fair-conc-reserved = { $households } households together had { $share }% of the meeting room hours (each at least { $ratio } times as many as an ordinary household)
fair-conc-helped = { $households } households together gave { $share }% of the volunteer hours (each at least { $ratio } times as many as an ordinary household)
fair-conc-supported = { $households } households together gave { $share }% of the supports (each at least { $ratio } times as many as an ordinary household)
fair-conc-reported = { $households } households together made { $share }% of the reports (each at least { $ratio } times as many as an ordinary household)
fair-conc-on-ballot = { $households } households together wrote { $share }% of the initiatives on the ballots (each at least { $ratio } times as many as an ordinary household)
fair-signal-end = { $signal }.
fair-signal-names = { $signal }: { $names }.
fair-action-supported = Idea: check whether the same households keep supporting each other. Ask more residents what they think of the proposals.
fair-action-reported = Idea: check whether the reports are fair. Talk to the reporters if they often report the same residents.
fair-action-on-ballot = Idea: at the next voting round put as few initiatives of the same household on the ballot as you can, and help other residents write an initiative.
fair-together-supports = Two households supported each other's proposals ({ $a } and { $b } times). It concerns the proposals of: { $names }.
fair-together-reports = Two households both reported the same { $a } messages. Reporters: { $names }.
fair-action-together = Idea: talk to these households. Wanting something together is fine, but the same voice does not count twice.

# Home page: het plein
plein-week-title = This week
plein-week-empty = Nothing is planned this week yet. Have another look later!
plein-week-all = See the whole agenda
plein-week-when = { $day }, { $time }
plein-week-buurt = In { $buurt }
plein-week-full = Full
plein-mine-title = What you are doing
plein-mine-empty = You have nothing planned yet. Look in the agenda to see what is on.
plein-next-activity = Your next activity:
plein-next-reservation = Your next booking:
plein-next-task = Your next task:
plein-pending = Still waiting for approval.
plein-open-title = Open now
plein-round = Voting round: { $title }
plein-round-closes = Open until { $day } at { $time }.
plein-round-voted = You have voted.
plein-round-not-voted = You have not voted yet.
plein-new-proposals = { $count ->
    [0] No new proposals since your last visit.
    [one] 1 new proposal since your last visit
   *[other] { $count } new proposals since your last visit
}
plein-all-proposals = See all proposals
plein-queues-title = Waiting for you
plein-to-review = { $count ->
    [0] No proposals to review
    [one] 1 proposal to review
   *[other] { $count } proposals to review
}
plein-room-requests = { $count ->
    [0] No requests for the room
    [one] 1 request for the room
   *[other] { $count } requests for the room
}
plein-reports = { $count ->
    [0] No reports by residents
    [one] 1 report by residents
   *[other] { $count } reports by residents
}
plein-sections-title = Everything on Buurtplein

## E-mail (issue 14: e-mail people can stand)
mail-title = E-mail
mail-no-address = We do not have your e-mail address, so we send no e-mail. You see everything in Notifications.
mail-address = We send e-mail to { $address }.
mail-digest-label = Once a week an overview: activities of the week, new proposals and results.
mail-saved = Your choice is saved.
mail-kind-personal = messages about you
mail-kind-digest = the weekly overview
mail-subject-activity = Buurtplein: news about an activity
mail-subject-room = Buurtplein: news about your reservation
mail-subject-proposal = Buurtplein: news about your proposal
mail-subject-group = Buurtplein: news about a group
mail-subject-digest = Buurtplein: this week in your neighbourhood
mail-hello = Hello,
mail-open = See it on Buurtplein
mail-why-personal = You get this e-mail because it concerns you.
mail-why-digest = You get this overview once a week.
mail-stop = Don't want this e-mail any more?
mail-choices-link = Choose which e-mail you get:
mail-digest-intro = This is what is on and new in your neighbourhood.
mail-digest-buurt = { $buurt }
mail-digest-activities = Activities in the coming week
mail-digest-proposals = New proposals
mail-digest-results = Result of a voting round
mail-unsubscribe-title = No more e-mail
mail-unsubscribe-question = Do you want to stop getting e-mail about { $kind }?
mail-unsubscribe-button = Unsubscribe me
mail-unsubscribe-done = You are unsubscribed. You get no more e-mail about { $kind }.
mail-unsubscribe-invalid = This link does not work (any more). Choose which e-mail you get in your profile.

## Getting back in: herstelbrief, e-mail link and /herstellen (issue 14)
recovery-signin-title = Forgot your password?
recovery-signin-email = Do you have an email address on Buurtplein? Then we send you a link.
recovery-signin-email-link = Ask for a link by email
recovery-signin-letter = No email? Ask the community worker for a recovery letter. It has a code on it.
recovery-signin-letter-link = Enter the code from the recovery letter
recovery-forgot-title = Forgot password
recovery-forgot-lead = Enter your email address. We send you a link. With it you choose a new password.
recovery-forgot-submit = Send me a link
recovery-forgot-sent = If we know this email address, you get an email with a link within a few minutes. The link works for 30 minutes. No email? Also look in your junk mail.
recovery-forgot-no-email-title = No email?
recovery-forgot-no-email = Ask the community worker for a recovery letter. It has a code with which you choose a new password.
recovery-forgot-have-code = Do you have a code already?
recovery-reset-title = Choose a new password
recovery-reset-lead = Enter the code from the recovery letter or from the email. Then choose a new password.
recovery-reset-code = Code
recovery-reset-code-hint = For example ABCD-EFGH-JKMN. Capitals and dashes are not needed.
recovery-reset-password = New password
recovery-reset-password-again = New password again
recovery-reset-next = After that you are signed in. On other devices you must sign in again.
recovery-reset-submit = Save password
recovery-reset-done = Done! Your new password is saved and you are signed in.
recovery-reset-home = To the home page
recovery-reset-no-code = No code?
recovery-letter-make = Make a recovery letter
recovery-letter-title = Recovery letter
recovery-letter-back = Back to the members
recovery-letter-heading = A new password for Buurtplein { $buurt }
recovery-letter-intro = You forgot your password. With the code in this letter you choose a new password yourself. You can use the code once.
recovery-letter-code-title = Your code
recovery-letter-valid = The code works until { $until }. After that, ask the community worker for a new letter.
recovery-letter-qr-label = QR code to the page where you choose a new password
recovery-letter-step-1 = Scan the QR code with your phone. Or go to { $site }/herstellen.
recovery-letter-step-2 = Enter the code if it is not there yet. Choose a new password and enter it twice.
recovery-letter-step-3 = Done! You are signed in right away.
recovery-letter-gone = The code can no longer be shown. For safety it is only on the letter you just made. Make a new recovery letter.
recovery-letter-safety = Keep this letter safe, or throw it away when you are done. Did you not ask for this? Then contact the community worker.
note-recovery-letter = { $name } made a recovery letter for you. With its code you can choose a new password until { $when }. Did you not ask for this? Then contact the community worker.
problem-recovery-code-unknown = We do not know this code. Look carefully at the letter or the email and try again.
problem-recovery-code-expired = This code no longer works: it is too old. Ask for a new link, or ask the community worker for a new recovery letter.
problem-recovery-code-used = This code was already used or replaced by a new one. Ask for a new link, or ask the community worker for a new recovery letter.
problem-passwords-differ = The two passwords are not the same. Enter the same password twice.

## Sign-in link by e-mail (recovery through the outbox)
mail-kind-account = e-mail about your account
mail-why-account = You get this e-mail because someone asked for a new password for your Buurtplein account. Was that not you? Then you need not do anything.
mail-subject-recovery-link = Your link to choose a new password
mail-subject-account = Buurtplein: news about your account
mail-recovery-link-text = Hello! With the link below you choose a new password. The link works for 30 minutes and only once.

## A new stemronde (Meldingen and mail)
note-round-opened = There is a new vote: "{ $title }". You can vote from { $from } to { $until }.
mail-subject-round = Buurtplein: a new vote in your neighbourhood

## On behalf of a resident: help from the community worker (issue 14)
namens-title = On behalf of a resident
namens-intro = Are you helping a resident without a phone? Find the resident and choose "Help". Then everything you do is on behalf of that resident: signing up and withdrawing, booking the room or cancelling, making a proposal, joining a group or a task, and leaving again. The resident gets a message about it.
namens-search = Search by name
namens-search-button = Search
namens-none = No resident found with that name.
namens-resident = Resident
namens-without-account = { $name } (no account)
namens-pick = Choose
namens-start = Help { $name }
namens-start-hint = Then go to the agenda, the room, take part or the groups. At the top you see who you act for.
namens-new-proposal = New proposal
namens-recent = What you did for this resident
namens-recent-none = Nothing yet.
namens-banner = You act on behalf of { $name }.
namens-banner-page = Overview
namens-stop = Stop helping
namens-act-activity-signup = signed up for activity
namens-act-activity-withdraw = withdrew from activity
namens-act-room = asked for the room
namens-act-proposal = made a proposal
namens-act-group = joined group
namens-act-task = signed up for task
note-on-behalf = { $name } { $act }: { $what }.
note-on-behalf-activity-signup = signed you up for an activity
note-on-behalf-activity-withdraw = withdrew you from an activity
note-on-behalf-room = asked for the room for you
note-on-behalf-proposal = made a proposal on your behalf
note-on-behalf-group = signed you up for a group
note-on-behalf-task = signed you up for a task
member-register = Household member without e-mail or phone
member-register-hint = For someone in this household without e-mail or phone. Fill in a name and age. This person cannot sign in; you can take part on their behalf. Later the person can choose a password with the household's code.
member-register-submit = Add household member
member-registered = The household member has been added.

## On behalf: withdrawing, cancelling and leaving a group; finishing an account without a list of names; the recovery letter only with an account (issue 14, hnb)
namens-act-room-cancel = cancelled room reservation
namens-act-group-leave = left group
namens-act-task-withdraw = withdrew from task
note-on-behalf-room-cancel = cancelled your room reservation
note-on-behalf-group-leave = took you out of a group
note-on-behalf-task-withdraw = withdrew you from a task
claim-title = Finish your account
claim-lead = The community worker already registered you. Fill in your household's code. Write your name as the community worker wrote it. Then you choose a password.
claim-question = Did the community worker already register you?
claim-link = Then finish your account here.
claim-other-question = Not registered yet?
claim-other-link = Then sign up here.
claim-name-hint = Write your name as the community worker wrote it. Capitals and spaces do not matter.
problem-claim-mismatch = This name and code do not belong to an account that is waiting for you. Check the name and the code. Still not working? Ask the community worker.
problem-recovery-no-account = This resident has no account with a password yet, so a recovery letter does not help. The resident makes the account with the household's code.
recovery-letter-no-account = No account yet. { $name } makes the account with the household's code.


## E-mail: a choice per kind, and the e-mail address on the profile (issue 14, task hmc)
mail-now-legend = An e-mail straight away about
mail-topic-activity = My sign-ups: a place free, something changed or cancelled
mail-topic-room = My requests for the meeting room
mail-topic-proposal = Answers to my proposals
mail-topic-group = My groups and tasks
mail-topic-round = A new voting round
mail-week-legend = Overview of the week
mail-nothing-on = You now get no e-mail from us.
mail-account-always = Do you ask for a sign-in link yourself? Or does the community worker make a recovery letter for you? About that you always get an e-mail.
mail-about-activity = your sign-ups (a place free, something changed or cancelled)
mail-about-room = your requests for the meeting room
mail-about-proposal = answers to your proposals
mail-about-group = your groups and tasks
mail-about-round = a new voting round
mail-address-add = Add an e-mail address
mail-address-change = Change your e-mail address
mail-address-hint = No more e-mail? Then empty this box. Other residents never see your e-mail address.
mail-address-password = Your password
mail-address-password-hint = So we know for sure that it is you.
mail-address-submit = Save e-mail address
mail-address-saved = Your e-mail address has been updated.
mail-unsubscribe-only = Other e-mail keeps coming. Want to choose yourself?
mail-unsubscribe-rest = Other e-mail you chose still comes.
mail-unsubscribe-more = Want to change more? Or want this back after all?
mail-unsubscribe-profile = Go to your profile
