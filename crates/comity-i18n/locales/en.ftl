site-name = Comity
site-tagline = Responsible State behaviour in the use of ICTs: documents, framework, reports and contacts
skip-to-content = Skip to content
nav-label = Main navigation
nav-home = Home
nav-states = States
nav-framework = Framework
language-switcher-label = Language
footer-text = Comity is open-source software for the UN framework of responsible State behaviour in the use of ICTs.
footer-api = JSON API
footer-openapi = OpenAPI document

home-title = Responsible State behaviour in the use of ICTs
home-intro = The record of the General Assembly's agenda item on developments in the field of information and telecommunications in the context of international security, in the six official languages.
home-states-link = The { $count } Member States and observer States
home-framework-link = The normative framework: pillars, norms and principles

states-title = Member States and observer States
states-intro = The 193 Member States of the United Nations and the two non-member observer States, with their short and formal names in the six official languages.
states-filter-label = Filter by name or code
states-filter-button = Filter
states-order-label = Order
states-order-language = Alphabetical in this language
states-order-un = UN order (English short names)
states-count =
    { $count ->
        [one] { $count } State
       *[other] { $count } States
    }
states-none-match = No State matches “{ $query }”.
states-column-name = Name
states-column-formal = Formal name
states-column-codes = Codes
states-column-status = Status
state-status-member = Member State
state-status-observer = Non-member observer State

state-names-heading = Names in the official languages
state-column-language = Language
state-column-short = Short name
state-column-formal = Formal name
state-codes-heading = Codes
state-admitted-on = Admitted to the United Nations
state-observer-since = Observer State since
state-back = All States
states-region-label = Region
states-region-any = All regions
state-replies-heading = Published replies on developments in the field of ICTs
state-replies-none = No reply of this State has been published yet.
state-session = session { $session }
state-sponsored-heading = Drafts and resolutions it sponsored
state-sponsored-none = The record names this State as sponsor of no document.
state-contacts-heading = Points of Contact
state-contact-verified = listed, verified on
state-contact-missing = none listed
state-checks-heading = Communication checks
state-checks-none = This State's contacts have not been asked in a check yet.
state-checks-answered = { $acknowledged } of { $asked } acknowledged

framework-title = The normative framework
framework-intro = The framework of responsible State behaviour in the use of ICTs: its pillars, the eleven voluntary norms and the principles of capacity-building. Each element points to the paragraph where its official text stands.
framework-version = Version { $version }
framework-kind-pillar = Pillar
framework-kind-norm = Norm
framework-kind-capacity_building_principle = Capacity-building principle
framework-norm-letter = Norm ({ $letter })
framework-refs-heading = Where the official text stands
framework-ref = { $symbol }, { $locator }
locator-para = para
locator-section = section
locator-item = item
framework-text-missing = The official text is not shown: { $symbol } is not in the record yet.
framework-text-not-located = { $locator } was not found in { $symbol } as held in the record.
framework-children-heading = Elements under this pillar
framework-parent = Part of
framework-column-title = Title
framework-titles-heading = Title in the official languages
framework-back = The whole framework
framework-reported-heading = What States reported on it
framework-reported-all = Read what each State reported
framework-citing-heading = Documents citing its text
framework-citing-none = No document in the record cites this text yet.
cb-group-process_and_purpose = Process and purpose
cb-group-partnerships = Partnerships
cb-group-people = People

error-not-found-title = Page not found
error-not-found-text = There is no page at this address. Check the address, or start again from the home page.
error-internal-title = Something went wrong
error-internal-text = The server could not complete this request. It has been logged; please try again later.
error-bad-request-title = The request could not be understood

nav-documents = Documents
documents-title = Documents of the agenda item
documents-intro = Resolutions, decisions, drafts and reports of the agenda item held in this record, in the official languages in which they have been ingested.
documents-empty = No documents have been ingested yet.
documents-column-symbol = Symbol
documents-column-kind = Kind
documents-column-session = Session
documents-column-languages = Languages
documents-column-title = Title
kind-resolution = Resolution
kind-draft_resolution = Draft resolution
kind-decision = Decision
kind-draft_decision = Draft decision
kind-report = Report
kind-other = Document
document-back = All documents
document-versions = Language versions
document-compare-label = Show side by side with
document-compare-none = One language only
document-compare-button = Show
document-not-in-language = This document is not held in this language; it is shown in { $language }.
document-preamble = Preamble
document-operative = Operative part
document-footnotes = Notes
document-sponsors = Sponsors
document-adopted-on = Adopted on
document-cites = Cites
document-cited-by = Cited by
document-missing = not in the record
document-warnings = What looks wrong in this reading (for the Secretariat to check against the official text)
document-warning-numbering_gap = Operative paragraph { $at } comes where { $expected } was due.
document-warning-items_skip = { $at } follows { $expected }: a sub-item is missing.
document-warning-footnote_unmarked = Footnote { $at } has no marker in the text.
document-warning-sponsor_unresolved = The sponsor “{ $at }” names no State.
document-warning-lines_unplaced = { $at } lines could not be placed (lines { $expected }).
permission-keep_record = Keep the record of documents
fetches-title = Fetch documents from the Official Document System
fetches-link = Fetch documents from the Official Document System
fetches-intro = Give document symbols, one a line or separated by spaces, and the languages wanted. Each language version is downloaded as the official PDF, read and added to the record in the background; the fetch's page shows how far it has come.
fetches-symbols = Document symbols
fetches-languages = Languages
fetches-start = Fetch
fetches-recent = Recent fetches
fetches-requested = Asked at
fetches-progress = { $done } of { $total } language versions done
fetches-refused-count = { $count ->
    [one] one refused
   *[other] { $count } refused
}
fetches-finished = Finished
fetches-running = In progress: this page refreshes itself every few seconds.
fetches-bad-symbol = These are not document symbols: { $symbols }. A symbol looks like A/RES/76/19 or A/C.1/76/L.13.
fetches-no-symbol = Give at least one document symbol.
fetches-no-language = Choose at least one language.
fetches-too-many = At most { $max } language versions at a time; { $count } were asked. Split the list.
fetch-symbol = Symbol
fetch-language = Language
fetch-outcome = Outcome
fetch-outcome-waiting = Waiting
fetch-outcome-stored = Added to the record
fetch-outcome-updated = Updated
fetch-outcome-unchanged = Unchanged
fetch-outcome-refused = Refused
fetch-warnings-count = { $count ->
    [one] one thing to check
   *[other] { $count } things to check
}
fetch-failed-bad-symbol = This is not a document symbol.
fetch-failed-not-found = The Official Document System has no version of this document in this language.
fetch-failed-redirect-loop = The server's redirects go round in a loop.
fetch-failed-web-page = The server answered with a web page instead of the PDF; check the symbol.
fetch-failed-not-pdf = The server's answer is not a PDF.
fetch-failed-server-status = The server refused the download.
fetch-failed-unreachable = The server could not be reached; try again later.
fetch-failed-broke-off = The download broke off; try again later.
fetch-failed-pdf-encrypted = The PDF is encrypted.
fetch-failed-pdf-no-text = The PDF has no text layer (a scan?).
fetch-failed-pdf-truncated = The PDF is cut short.
fetch-failed-pdf-damaged = The PDF is damaged.
fetch-failed-symbol-mismatch = The PDF carries another document's symbol.
fetch-failed-no-structure = No document structure was found in the PDF's text.
document-lineage = Lineage
document-no-citations = No citations.

nav-search = Search
search-title = Search the record
search-label = Words to find
search-button = Search
search-language-label = Language of the paragraphs
search-any-language = Any language
search-results = { $count ->
        [one] { $count } paragraph
       *[other] { $count } paragraphs
    }
search-none = No paragraph contains all of these words.
search-facet-kind = By kind
search-facet-session = By session
search-facet-language = By language
search-clear-filters = All documents
search-results-more = More than { $count } paragraphs
search-group-states = States
search-group-framework = The framework
search-group-documents = Document titles
search-group-replies = Published replies
search-group-paragraphs = Paragraphs of the record
search-found-reply = { $state }: reply under { $resolution }
search-sort = Order:
search-sort-relevance = most relevant first
search-sort-newest = newest first
home-search-label = Search documents, norms, published replies and States
diff-title = Compare two documents
diff-intro = Paragraph by paragraph: what was added, removed, moved or changed, with the changed words marked.
diff-old = Earlier document
diff-new = Later document
diff-button = Compare
diff-choose-two = Choose two documents of the record to compare.
diff-column-change = Change
diff-column-text = Text
diff-change-same = Unchanged
diff-change-changed = Changed
diff-change-moved = Moved
diff-change-added = Added
diff-change-removed = Removed
diff-change-aligned = Same place
diff-across-languages = These two documents share no language: their paragraphs are set side by side by place ({ $old } and { $new }), not compared word by word.
diff-column-place = Place
diff-count-changed = { $count ->
        [one] 1 paragraph changed
       *[other] { $count } paragraphs changed
    }
diff-count-added = { $count } added
diff-count-removed = { $count } removed
diff-count-moved = { $count } moved
document-compare-other = Compare with another document
document-agenda-history = Agenda item across sessions
document-agenda-session = Session { $session }: item { $number }
nav-account = Account
sign-in-title = Sign in
sign-in-email = Email address
sign-in-password = Password
sign-in-button = Sign in
sign-in-invitation-only = Accounts are created by invitation only: the Secretariat invites each State's focal point, who invites the State's other users.
sign-in-code-intro = Enter the six-digit code from your authenticator app.
sign-in-code = Code
sign-in-confirm = Confirm
sign-in-recovery-hint = Lost your device? Enter one of your recovery codes instead (for example 12345-67890).
sign-in-enrol-intro = Every account with a role needs a second factor. Set up an authenticator app now; you will be asked for its code at each sign-in.
sign-in-enrol-secret = Add this key to your authenticator app, then enter the code it shows:
sign-in-enrol-qr = QR code of the authenticator app setup
sign-in-enrol-qr-caption = Scan this code with your authenticator app, or type the key below.
sign-in-enrol-link = Open in an authenticator app on this device
sign-in-throttled = Too many attempts. Wait fifteen minutes before trying again.
sign-in-failed = The email address or the password is not right.
sign-in-code-failed = That code was not accepted. Codes change every 30 seconds and each works once.
form-unknown-field = The form sent a field this page does not know: { $field }. Nothing was changed.
recovery-title = Your recovery codes
recovery-intro = Keep these codes somewhere safe, away from your device. Each one signs you in once if you lose your authenticator app. They are shown only now.
recovery-continue = I have kept them; continue
account-title = Your account
account-roles = Roles
account-no-roles = No roles: this account acts for no organisation.
account-sessions = Where you are signed in
account-session-started = Signed in
account-session-last-seen = Last used
account-session-from = From
account-session-current = this one
account-end-all = Sign out everywhere
sign-out-button = Sign out
token-title = API tokens
token-intro = For scripts, the command line against this server and TAXII clients. A token can do only what you chose for it, among what your roles allow, until it expires or you revoke it.
token-none = No tokens yet.
token-name = Name
token-scopes = Allowed to
token-created = Created
token-expires = Expires
token-revoked = Revoked
token-revoke = Revoke
token-days = Valid for (days)
token-create = Create token
token-shown-once = Copy this token now: it is shown only once and cannot be read again.
token-scope-not-held = A token can only be given permissions your roles grant. Nothing was created.
token-invalid = A token needs a name (up to 100 characters), at least one permission, and 1 to 366 days. Nothing was created.
org-users-title = Users
org-audit-title = Audit trail
org-audit-intro = Every change about this organisation, newest first. Each entry is chained to the one before it; `comity audit verify` proves nothing was altered, removed or inserted.
account-name = Name
account-status = Status
account-disabled = Disabled
account-active = Active
audit-when = When
audit-who = Who
audit-what = What
audit-object = On
audit-details = Changes
org-secretariat = Secretariat
error-forbidden-title = Not allowed
error-forbidden-text = None of your roles allows this. If you need it, ask your focal point or the Secretariat.
role-focal_point = Focal point
role-drafter = Drafter
role-approver = Approver
role-poc_diplomatic = Diplomatic point of contact
role-poc_technical = Technical point of contact
role-admin = Administrator
role-report_editor = Report editor
role-directory_manager = Directory manager
role-negotiator = Negotiator
permission-read_public = Read public data
permission-manage_accounts = Manage accounts
permission-manage_state_users = Manage the State's users
permission-list_users = List users
permission-draft_submission = Draft submissions
permission-approve_submission = Release submissions
permission-read_state_submissions = Read the State's submissions
permission-edit_report = Edit the report
permission-nominate_poc = Nominate points of contact
permission-read_directory = Read the directory
permission-manage_directory = Manage the directory
permission-read_audit = Read the audit trail
permission-manage_own_tokens = Manage own tokens
permission-read_own_account = Read own account
permission-negotiate = Negotiate texts for the State (proposals, positions, silence)
permission-read_negotiations = Read negotiating texts
permission-manage_negotiations = Manage negotiations
welcome-title = Choose your password
welcome-intro = Welcome, { $name }. Choose a password of at least 12 characters; you will then sign in and set up your second factor.
welcome-password = New password
welcome-confirm = The same password again
welcome-button = Save the password
welcome-mismatch = The two passwords differ. Nothing was changed.
welcome-too-short = { $count ->
        [one] The password needs at least { $count } character. Nothing was changed.
       *[other] The password needs at least { $count } characters. Nothing was changed.
    }
welcome-too-long = The password is too long (at most 256 characters). Nothing was changed.
welcome-link-unknown = This link is not valid. Ask for a new one.
welcome-link-used = This link has been used already: each link works once. Sign in, or ask for a new one.
welcome-link-expired = This link has expired. Ask for a new one.
reset-title = Reset your password
reset-intro = Enter the address of your account; a link to choose a new password will be sent to it. It works once, for an hour.
reset-button = Send the link
reset-sent = If an account uses this address, a link has been sent to it.
reset-link = Forgot your password?
invite-title = Invite a person
invite-button = Send the invitation
invite-sent = An invitation was sent to { $email }.
invite-lang = Their language
invite-role = Role
invite-bad-role = This role cannot be given here: a State's focal points are invited by the Secretariat, and each role belongs to a State or to the Secretariat. Nothing was changed.
invite-refused = The invitation was not sent: { $reason }. Nothing was changed.
mail-not-configured = Mail is not configured on this server (smtp_relay), so no link can be sent. Nothing was changed.
mail-failed = The account was created, but the mail relay did not take the invitation; send it again from the command line (comity users invite).
mail-invitation-subject = Your invitation to Comity
mail-invitation-body = Dear { $name },

    You have been invited to Comity for { $org }. Choose your password here (the link works once, within seven days):

    { $link }

    If you did not expect this invitation, you can ignore this message.
mail-reset-subject = Reset your Comity password
mail-reset-body = Dear { $name },

    Someone asked to reset the password of your Comity account. Choose a new one here (the link works once, within an hour):

    { $link }

    If it was not you, ignore this message: your password stays as it is.
passkey-title = Passkeys
passkey-intro = A passkey on this device or a security key can stand in for the authenticator-app code at sign-in.
passkey-none-yet = No passkeys yet.
passkey-name = Name of the passkey
passkey-add = Add a passkey
passkey-sign-in = Use a passkey instead
passkey-needs-script = Adding a passkey needs JavaScript in this browser; everything else works without it.
passkey-failed = The passkey was not accepted.
passkey-none = This account has no passkey; enter the code from your authenticator app.
passkey-unavailable = Passkeys are not available here: this server's public address must be a host name (public_url).
audit-whole = the whole trail
error-too-large-title = Too much at once
error-too-large-text = The form sent more than the server accepts (64 KiB). Nothing was changed.
error-nul-title = Not text
error-nul-text = The form contained a NUL character (U+0000), which is not text. Remove it and send the form again. Nothing was changed.
error-rate-limited-title = Too many requests
error-rate-limited-text = More requests came from you in the last minute than the server answers. Wait a moment, then try again. Nothing was changed.
remove-button = Remove
remove-done = { $email } no longer holds a role here; their sessions have ended.
remove-focal-point = A State's focal point is removed by the Secretariat. Nothing was changed.
mail-cycle-subject = Views and assessments under { $resolution }: a reply is invited
mail-cycle-body = Dear { $name },

    The Secretariat invites your Government's views and assessments under resolution { $resolution } (cycle { $cycle }). Replies received by { $deadline } will be included in the report; later replies will be issued as addenda.

    Your State's drafters can prepare the reply, and its approver submit it, from { $link }
cycles-title = Views and assessments
cycles-intro = Reporting cycles: the resolutions that invite States' views, the questions they ask and the deadlines.
cycles-none = No reporting cycle is open.
cycles-resolution = Resolution
cycles-deadline = Deadline
cycles-reply-of = Reply of { $state }
cycle-status-open = Open
cycle-status-closed = Closed
reply-title = Reply of { $state }
reply-status-draft = Draft
reply-status-submitted = Submitted
reply-status-published = Published
reply-version = Version { $version }
reply-late = received after the deadline: for an addendum
reply-language = Language of the original
reply-markdown-hint = Write in plain text; Markdown is understood (headings, numbered paragraphs, lists, tables, footnotes).
reply-save = Save this version
reply-submit = Submit to the Secretariat
reply-withdraw = Withdraw
reply-publish = Publish
reply-saved = Saved as version { $version }.
reply-conflict-kept = Your text is kept in the form below; beside each answer that differs is what version { $version } holds, with your changes marked. Saving now puts yours on top of version { $version }.
reply-conflict-theirs = Version { $version }, saved meanwhile:
reply-conflict-compare = Yours compared with it, word by word (struck through: what yours removes; underlined: what yours adds)
reply-conflict-save = Save mine over version { $version }
reply-refused = Not done: { $reason }. Nothing was changed.
refusal-stale_version = Not saved: someone else saved this reply while you were writing (it is now at version { $current }; yours was made from version { $yours }). Nothing was overwritten.
refusal-step_not_allowed = Not done: a reply with the status “{ $status }” cannot be { $action }. Nothing was changed.
refusal-cycle_closed = Not done: the cycle is closed; replies can no longer be saved or submitted.
refusal-unknown_state = Not done: { $state } is not the code of a Member or observer State.
refusal-unknown_language = Not done: “{ $given }” is not one of the six official languages (ar, zh, en, fr, ru, es).
refusal-duplicate_account = Not done: an account with the email { $email } exists already.
refusal-unknown_account = Not done: no account has the email { $email }.
refusal-unknown_cycle = Not done: there is no cycle { $cycle }.
refusal-no_reply = Not done: { $state } has no reply in cycle { $cycle }.
refusal-invalid_email = Not done: “{ $given }” is not an email address (name@example.org). Nothing was changed.
refusal-role_outside_org = Not done: the role “{ $role }” is held { $holder ->
        [state] in a State
       *[other] in the Secretariat
    }, not in { $org }. Nothing was changed.
refusal-duplicate_cycle = Not done: a cycle for { $resolution } reporting to session { $session } exists already ({ $cycle }). Nothing was changed.
refusal-cycle_resolution = Not done: “{ $given }” is not a General Assembly resolution symbol; write one such as A/RES/76/19. Nothing was changed.
refusal-cycle_session = Not done: a General Assembly session is a number from 1 to 200, not { $given }. Nothing was changed.
refusal-cycle_date = Not done: { $field } “{ $given }” is not a date; write it as YYYY-MM-DD. Nothing was changed.
refusal-cycle_deadline_before_note = Not done: the deadline { $deadline } comes before the note verbale's date { $sent }. Nothing was changed.
refusal-cycle_question_count = Not done: a cycle asks at least one question, and at most 20. Nothing was changed.
refusal-cycle_question = Not done: question { $label }: { $detail }. Nothing was changed.
refusal-cycle_note_verbale = Not done: the note verbale's reference is empty. Nothing was changed.
refusal-translation_of_original = Not done: the reply of { $state } is in { $lang } already (its original language). Nothing was changed.
refusal-attachment_empty = Not attached: { $name } is empty. Nothing was changed.
refusal-attachment_too_large = Not attached: { $name } is { $size } bytes, over the limit of { $limit } bytes (10 MiB). Nothing was changed.
refusal-attachment_wrong_type = Not attached: only PDF and Word (.docx) files can be attached; { $name } is { $found }. Nothing was changed.
refusal-attachment_name_mismatch = Not attached: { $name } is a { $actual } file but its name ends in .{ $named }; rename it to .{ $expected }. Nothing was changed.
refusal-attachment_bad_docx = Not attached: { $name } is not a readable Word file. Nothing was changed.
refusal-attachment_bad_name = Not attached: a file name is 1 to 200 characters, without folders or control characters (“{ $name }”). Nothing was changed.
refusal-attachment_too_many = Not attached: at most { $limit } files can be attached; remove one first. Nothing was changed.
refusal-required = Not done: { $field } is missing. Nothing was changed.
refusal-out_of_range = Not done: { $field } must be { $min } to { $max }, not { $given }. Nothing was changed.
refusal-not_a_number = Not done: { $field } is a whole number, not “{ $given }”. Nothing was changed.
refusal-not_one_of = Not done: { $field } is one of { $allowed }, not “{ $given }”. Nothing was changed.
refusal-not_a_date = Not done: “{ $given }” is not a date (YYYY-MM-DD). Nothing was changed.
refusal-not_a_time = Not done: { $field } “{ $given }” is not a time (such as 2026-12-08T17:00:00Z). Nothing was changed.
refusal-time_passed = Not done: { $field } { $given } has passed. Nothing was changed.
refusal-invalid = Not done: { $name }: { $detail }. Nothing was changed.
refusal-no_contact_in_scope = Not started: no listed contact is in this round's scope. Nothing was changed.
refusal-unknown_contact = Not done: { $state } has no listed contact { $id }. Nothing was changed.
refusal-unknown_change = Not done: there is no change { $id }. Nothing was changed.
refusal-already_decided = Not done: change { $id } was { $decision } already. Nothing was changed.
refusal-contact_unlisted = Not done: contact { $id } is no longer listed. Nothing was changed.
refusal-message_not_taken = Not sent: its id, or a message or thread it names, is not one this account can use. Nothing was changed.
refusal-write_to_self = Not sent: { $state } cannot write to itself. Nothing was changed.
refusal-thread_open = Not sent: this thread is open already; answer it with a note, not a new report. Nothing was changed.
refusal-no_one_to_reply = Not sent: nobody else is in this thread to receive a reply. Nothing was changed.
refusal-not_a_person_of_contact = Not sent: { $email } is not a Point of Contact of { $states } in Comity; TLP:RED goes only to persons who can sign in. Nothing was changed.
refusal-no_listed_contact = Not sent: { $state } has no listed Point of Contact yet; a message to it would reach nobody. Nothing was changed.
refusal-not_a_recipient = Not done: { $state } did not receive this message; its recipients acknowledge it. Nothing was changed.
refusal-not_the_author = Not attached: only a message's author attaches files to it. Nothing was changed.
refusal-marking_too_low = Not sent: a reply to a { $replied } message cannot be marked { $reply }; keep { $replied } or restrict further. Nothing was changed.
refusal-kind_mismatch = Not stored: { $symbol } is recorded as “{ $recorded }”, but this text reads as “{ $kind }”. Nothing was changed.
refusal-too_many_paragraphs = Not stored: { $symbol } ({ $lang }) has { $count } paragraphs; at most { $max } can be stored. Nothing was changed.
refusal-no_symbol = Not stored: { $source } carries no document symbol; give it with the symbol field. Nothing was changed.
refusal-backup_older_than_target = Not restored: the target database is at schema version { $target } but the backup is at { $backup }; restore into a new database. Nothing was changed.
refusal-target_not_empty = Not restored: the target database already holds data (table { $table } has { $count } rows); restore into a new database. Nothing was changed.
refusal-unknown_negotiation = Not done: there is no negotiation { $id }.
refusal-negotiation_name_taken = Not created: a negotiation named { $name } exists already. Nothing was changed.
refusal-negotiation_closed = Not done: the negotiation is adopted or closed; nothing more can be proposed, decided or recorded on its text. Nothing was changed.
refusal-under_silence = Not filed: the text is under silence; proposals wait until the Chair continues. Nothing was changed.
refusal-proposals_closed = Not filed: proposals on this revision closed on { $deadline }; the Chair can reopen it. Nothing was changed.
refusal-not_in_revision = Not filed: the paragraph you proposed on is not in the current revision (Rev.{ $revision }); propose on that revision's text. Nothing was changed.
refusal-own_proposal = Not recorded: a State takes no position on a proposal it made or joined. Nothing was changed.
refusal-silence_broken_already = Not recorded: { $state } has broken silence on this text already; a State breaks it once. Nothing was changed.
refusal-silence_ended = Not recorded: silence ended on { $deadline }. Nothing was changed.
refusal-not_the_chair = Not done: only the negotiation's Chair or support staff do this. Nothing was changed.
refusal-zero_draft_in_use = Not replaced: the zero draft is replaced only while nothing rests on it, with no proposal or written input on it and no Rev.1. The Chair changes it now by the next revision. Nothing was changed.
refusal-text_replaced = Not sent: the Chair replaced the text as you sent this. Read the text as it is now and send it again. Nothing was changed.
refusal-stakeholders_not_admitted = Not done: this negotiation's drafts are for States only; stakeholders are accredited to a negotiation the Secretariat opened to them. Nothing was changed.
refusal-state_user_not_stakeholder = Not done: { $email } holds a role for a State or the Secretariat; a stakeholder is accredited on an account of its own. Nothing was changed.
refusal-not_a_stakeholder = Not done: only stakeholders accredited to this negotiation give written inputs on its text. Nothing was changed.
refusal-input_too_long = Not given: a written input is at most { $max } characters. Nothing was changed.
refusal-unknown_proposal = Not done: there is no proposal { $id } in this negotiation. Nothing was changed.
refusal-field-account_name = the account's name
refusal-field-round_title = the round's title
refusal-field-rejection_reason = the reason for the rejection, for the State to read
refusal-field-contact_details = the contact's details
refusal-field-contact_choice = which contact to change or remove
refusal-field-token_name_length = the length of the token's name (in characters)
refusal-field-token_permissions = at least one permission for the token
refusal-field-token_days = the token's validity in days
refusal-field-translation_text = the text of the official translation (mark it pending until it is ready)
refusal-field-translation_status = the translation's status
refusal-field-fetch_items = the number of language versions to fetch (at least one symbol and one language)
refusal-field-round_hours = the round's length in hours
refusal-field-repeat_days = the number of days between rounds
refusal-field-ack_channel = the way an acknowledgement comes
refusal-field-contact_category = the contact's category
refusal-field-deadline = the deadline
refusal-field-start = the start
refusal-field-note_verbale_date = the note verbale's date
refusal-decision-verified = verified
refusal-decision-rejected = rejected
refusal-action-save = edited
refusal-action-submit = submitted
refusal-action-withdraw = withdrawn
refusal-action-publish = published
reply-now-draft = The reply is a draft again.
reply-now-submitted = The reply was submitted to the Secretariat.
reply-now-published = The reply is published.
report-un = United Nations
report-ga = General Assembly
report-distribution = Distr.: General
report-session = Session { $session }
report-item = Item { $item } of the preliminary list
report-heading = Report of the Secretary-General
report-heading-addendum = Report of the Secretary-General: addendum
report-introduction = I. Introduction
report-intro-invited = In its resolution { $resolution } of { $date }, entitled "{ $title }", the General Assembly invited all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:
report-intro-note-verbale = Pursuant to that request, a note verbale ({ $reference }) was sent to Member States on { $date } inviting them to provide information on the subject. The replies received are reproduced in section II below, as received. Replies received after the deadline will be issued as addenda to the present report.
report-replies = II. Replies received from Governments
report-no-replies = No replies have been received.
report-original = Original: { $language }
report-untranslated = Reproduced in the language of submission; no translation is available.
lang-name-ar = Arabic
lang-name-zh = Chinese
lang-name-en = English
lang-name-fr = French
lang-name-ru = Russian
lang-name-es = Spanish
views-intro = The replies States have sent the Secretary-General, once published, and the report compiled from them.
views-published = Replies published
nav-views = Views
mail-reminder-subject = Reminder: views and assessments under { $resolution }
mail-reminder-body = Dear { $name },

    The Secretariat has not yet received your Government's reply under resolution { $resolution } (cycle { $cycle }). Replies received by { $deadline } will be included in the report; later replies will be issued as addenda.

    The reply can be prepared and submitted from { $link }
reply-versions-title = Versions compared

## The report in Word and its notes
report-as-received = The replies are reproduced as received, without formal editing; the designations used in them are those of the submitting Governments.
report-translation-pending = A translation into this language is in preparation; the reply is reproduced in the language of submission.

## The introduction when the resolution is not in the record
report-intro-invited-bare = In its resolution { $resolution }, the General Assembly invited all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:

## The structured reply (after the National Survey of Implementation)
survey-status-label = Implementation:
survey-measures-label = Kinds of measures:
survey-status-implemented = implemented
survey-status-partly = partly implemented
survey-status-planned = planned
survey-status-not-started = not started
survey-status-not-applicable = not applicable
survey-measure-legislation = legislation
survey-measure-policy = policy or strategy
survey-measure-institution = institutions
survey-measure-cooperation = international cooperation
survey-measure-capacity-building = capacity-building
survey-measure-other = other
survey-list-measures = measures taken
survey-list-challenges = challenges
survey-list-needs = capacity needs
survey-title = Structured reply (optional)
survey-hint = Shaped on the National Survey of Implementation: per norm, how far it is implemented and by what kinds of measures, with comments; per part, the measures taken, challenges and capacity needs. No question is mandatory.
survey-comments = Comments
survey-not-answered = not answered

## The public side of views and assessments: by State, by framework element, charts, downloads
views-chart-cycles = States whose replies are published, per cycle
views-chart-norms = States that reported on each norm
views-chart-statuses = Implementation as States reported it
views-by-state = Views and assessments of { $state }
views-by-element = What States reported: { $element }
views-states-reporting = States that reported: { $count }
views-none-state = No reply of this State has been published yet.
views-none-element = No published reply reports on this element yet.
views-open-data = All published replies as open data
views-download-docx = The report as a Word file
views-by-state-title = Replies by State
views-by-element-title = Replies by element of the framework
views-count = Count
csv-column-cycle = Cycle
csv-column-state = State code
csv-column-state-name = State
csv-column-original-language = Original language
csv-column-date = Date
csv-column-late = Late
csv-column-question = Question
csv-column-answer = Answer

## Attachments and translations of a reply
reply-attachments = Attachments
reply-attach = Attach
reply-attach-hint = PDF or Word (.docx), up to 10 MiB each, at most 10 per reply.
reply-attach-file = File
reply-attached = { $name } is attached.
reply-detached = The attachment was removed.
reply-remove = Remove
reply-translations = Translations
reply-translation-outdated = made from an earlier version
reply-translation-add = Attach a translation
reply-translation-into = Into
reply-translation-status = Status
reply-translation-saved = The translation is saved.
translation-status-official = official translation
translation-status-pending = translation pending
translation-status-original = original

## The Secretariat's view of a cycle
cycle-overview-title = Replies to { $resolution }
cycle-overview-link = All replies
cycle-overview-counts = Drafts: { $draft } · Submitted: { $submitted } · Published: { $published }
cycle-column-state = State
cycle-column-submitted = Submitted on

## The Points of Contact directory
contacts-title = Points of Contact directory
contacts-intro = The Global Intergovernmental Points of Contact Directory: who to reach in each State, diplomatic and technical. Confidential: never public.
contacts-not-yet = Your State's users see the directory once one of its contacts has been verified by the directory manager.
contacts-category = Category
contacts-category-diplomatic = Diplomatic
contacts-category-technical = Technical
contacts-name = Name
contacts-position = Position
contacts-institution = Institution
contacts-emails = Email addresses
contacts-phones = Telephone numbers
contacts-languages = Working languages
contacts-hours = Working hours
contacts-time-zone = Time zone
contacts-openpgp = OpenPGP public key (optional)
contacts-list-hint = Several: one per line, or separated by semicolons. Languages as two-letter codes (en, fr, ar).
contacts-own-title = Points of Contact of { $state }
contacts-nominate = Nominate a contact
contacts-nominated = The nomination waits for the directory manager's verification.
contacts-remove = Ask for removal
contacts-removal-asked = The removal waits for the directory manager's verification.
contacts-changes-title = Changes waiting for verification
contacts-verify = Verify
contacts-reject = Reject
contacts-reason = Reason (the State reads it)
contacts-decided = Done: the change is { $status }.
contacts-history = Nominations, changes and removals
contacts-kind-nominate = nomination
contacts-kind-change = change
contacts-kind-remove = removal
contacts-status-pending = pending
contacts-status-verified = verified
contacts-status-rejected = rejected
contacts-export = Export (CSV)
contacts-none = No contact yet.
contacts-queue-more = The oldest { $shown } of { $total } waiting changes are shown; those decided make room for the next.
contacts-state = State

## Communication checks
check-mail-subject = Points of Contact directory: please acknowledge this check by { $deadline }
check-mail-body =
    Dear { $name },
    
    The directory manager of the Global Intergovernmental Points of Contact Directory checks that contacts can be reached. Please acknowledge by { $deadline } (UTC) by opening this personal link, usable once:
    
    { $link }
    
    Thank you.
ack-title = Communication check
ack-confirm = Acknowledge receipt
ack-explain = Confirm that this check reached you. Opening the link alone records nothing.
ack-recorded = Thank you: your acknowledgement is recorded.
ack-already = This link was used already; the first acknowledgement stands.
ack-expired = This check's deadline has passed; nothing was recorded.
ack-unknown = This link is not valid. Use the link from the latest check mail.
checks-title = Communication checks
checks-start = Start a check of every listed contact
checks-round-title = Title
checks-deadline = Deadline (UTC)
checks-started = Started: { $count } contacts asked; the mails are on their way.
checks-asked = Asked
checks-acknowledged = Acknowledged
checks-rate = Response rate
checks-median = Median time
checks-p90 = 90th percentile
checks-overall = All contacts
checks-no-answer = no answer
checks-chart = Minutes to acknowledge, by contact

## A State's own check results
checks-own-title = Communication checks of { $state }
checks-none = No check has asked this State's contacts yet.

## Bounced check mail
checks-bounced = bounced

## Check reminders
check-reminder-subject = Reminder: please acknowledge this check by { $deadline }

## Messages between States (requests, notifications, replies)
messages-title = Messages between States
messages-for = Requests, notifications and replies of { $state }, under their TLP marking.
messages-none = No message yet.
message-new = Write to another State
message-from = From
message-from-state = from { $state }
message-last = Latest (UTC)
message-sent = Sent (UTC)
message-awaits = awaiting acknowledgement
message-acknowledged-at = acknowledged
message-deadline = by
message-acknowledge = Acknowledge receipt
message-acknowledged = Receipt acknowledged for your State.
message-acknowledged-before = Your State had already acknowledged this message.
message-reply = Reply
message-send = Send
message-window = Time window (UTC)
message-privacy = The recipients' contacts are told by mail that a message waits, never what it says; they read it here, signed in.
message-named-hint = TLP:RED only: the email addresses of the persons it is for, separated by commas; nobody else, not even their colleagues, reads it.
message-choose = choose one of the options offered
message-gone = The message you answered is not (or no longer) yours to read.
message-field-error = { $field }: { $message }
message-field-kind = Type
message-field-recipients = To
message-field-subject = Subject
message-field-sector = Affected critical-infrastructure sector
message-field-window_start = From (UTC)
message-field-window_end = Until (UTC)
message-field-urgency = Urgency
message-field-tlp = TLP marking
message-field-elements = Related framework elements
message-field-named = Named recipients
message-field-body = Text
message-sector-none = None

## Message types, urgencies, markings, sectors; escalation; notices by mail
message-kind-notification = Notification
message-kind-request_information = Request for information
message-kind-request_assistance = Request for assistance
message-kind-reply = Reply
message-urgency-low = Low (72 hours to acknowledge)
message-urgency-medium = Medium (24 hours)
message-urgency-high = High (4 hours)
message-urgency-critical = Critical (1 hour)
message-tlp-clear = TLP:CLEAR — may be shared without limit
message-tlp-green = TLP:GREEN — within the community
message-tlp-amber = TLP:AMBER — the recipient State's organisation, on a need-to-know basis
message-tlp-amber-strict = TLP:AMBER+STRICT — the recipient State's Points of Contact only
message-tlp-red = TLP:RED — the named persons only
message-sector-energy = Energy
message-sector-water = Water
message-sector-health = Health
message-sector-finance = Finance
message-sector-transport = Transport
message-sector-telecommunications = Telecommunications
message-sector-digital_infrastructure = Digital infrastructure
message-sector-government = Government
message-sector-emergency_services = Emergency services
message-sector-food = Food
message-sector-elections = Elections
message-sector-other = Other
messages-escalated-title = Messages not acknowledged in time
messages-escalated-intro = Neither the technical nor the diplomatic contacts acknowledged these messages in time. Only who wrote to whom is shown, never what was written.
messages-escalated-none = Every message has been acknowledged in time.
message-mail-subject = { $kind } from { $state } ({ $urgency }, { $tlp })
message-mail-escalated-subject = Not yet acknowledged: { $kind } from { $state } ({ $tlp })
message-mail-body = Dear { $name },
    
    { $state } has sent your State a message through the Points of Contact directory: { $kind }, urgency { $urgency }, marked { $tlp }.
    Please read it and acknowledge receipt by { $deadline } UTC, signed in:
    
    { $link }
    
    This mail does not carry the message itself.

## Permission to exchange messages (token scopes)
permission-exchange_messages = Exchange messages with other States (portal and TAXII)

## Round reports and scheduled rounds
checks-started-at = Started (UTC)
checks-summary = Response
checks-median-minutes = Median time
checks-p90-minutes = 90th percentile time
checks-by-contact = Answers by contact
checks-answer = Time to acknowledge
checks-report-docx = Report (Word)
checks-report-html = Report (web page)
checks-schedule = Schedule a round
checks-start-at = Starts at (UTC)
checks-window-hours = Hours to answer
checks-every-days = Repeat every (days; empty: once)
checks-schedules = Scheduled rounds
checks-scheduled = Scheduled: the server starts it at { $at }.
checks-once = once
checks-every = every { $days } days
checks-unschedule = Stop
checks-unscheduled = The schedule is stopped; the rounds it started stay.
checks-history = Reliability over time

## Communication checks waiting for the signed-in contact
checks-pending = Communication checks waiting for your acknowledgement

## UNSD M49 regions (check statistics by region)
region-002 = Africa
region-019 = Americas
region-142 = Asia
region-150 = Europe
region-009 = Oceania

## Attachments of messages between States
message-attach = Attach a file to your message (PDF or Word, up to 10 MB)
message-attach-send = Attach
draft-found = This browser kept text you typed here and did not send, from
draft-restore = Restore it
draft-discard = Discard it
cycle-waiting-title = { $count ->
    [one] One Member State has not submitted
   *[other] { $count } Member States have not submitted
}
cycle-remind = Remind their focal points now
cycle-reminded = { $count ->
    [one] A reminder was sent to one focal point.
   *[other] Reminders were sent to { $count } focal points.
}

## The header: search everywhere, and the signed-in visitor's work by role
site-search-label = Search the record
site-search-placeholder = Search documents, norms, replies, States
site-search-button = Search
nav-role-label = Your work
nav-for-state = { $link } ({ $state })
nav-own-reply = Our reply
nav-own-contacts = Our contacts
nav-own-checks = Our checks
nav-own-users = Our users
nav-messages = Messages
nav-checks-to-acknowledge = Checks to acknowledge
nav-cycles = Reporting cycles
nav-checks = Communication checks
nav-directory = Directory
nav-queue = Changes to verify
nav-audit = Audit trail
nav-fetches = ODS fetches
checks-none-pending = No communication check is waiting for your acknowledgement.

## Durations (a, b: the larger unit and the next)
duration-seconds = { $a } s
duration-minutes = { $a } min { $b } s
duration-hours = { $a } h { $b } min
duration-days = { $a } d { $b } h

## The mail outbox
outbox-title = Mail outbox
outbox-intro = Every mail Comity sends leaves from here: queued, retried with growing pauses when the relay refuses for a while, sent, or bounced when the address does not exist. Bodies hold one-time links and are not shown.
outbox-intro-demo = This demo delivers its mail to a mailbox of its own on this machine: every mail is shown whole, with its links, so check rounds, invitations and password resets can be followed to the end.
outbox-intro-no-relay = No mail relay is configured (smtp_relay): mail waits here until one is.
outbox-status-queued = Queued
outbox-status-retrying = Retrying
outbox-status-sent = Sent
outbox-status-bounced = Bounced
outbox-oldest-unsent = Oldest mail not yet sent
outbox-empty = No mail has been sent yet.
outbox-sent-at = sent
outbox-next-attempt = next attempt
outbox-attempts = { $count ->
    [one] { $count } attempt
   *[other] { $count } attempts
}
nav-outbox = Outbox

## Negotiations: the compilation text's own words
negotiation-compilation-title = Compilation of proposals on { $revision }
negotiation-zero-draft = the zero draft
negotiation-proposed-by = Proposed by { $proposer }
negotiation-co-sponsors = co-sponsors: { $states }
negotiation-late = late
negotiation-withdrawn = withdrawn
negotiation-delete = delete the paragraph
negotiation-move-after = move after paragraph { $label }
negotiation-move-first = move to the beginning
negotiation-add-after = add a paragraph after it
negotiation-comment = comment
stance-support = Support
stance-oppose = Oppose
stance-can_live_with = Can live with
stance-reserve = Reserve

## Negotiations: pages
negotiations-title = Negotiations
negotiations-intro = Outcome texts under negotiation: each revision with the proposals States made on it and the positions they took.
negotiations-empty = No negotiation you may read.
negotiations-col-title = Text
negotiations-col-process = Process
negotiations-col-stage = Stage
negotiations-col-revision = Revision
negotiation-stage-open = open for proposals
negotiation-stage-silence = under silence
negotiation-stage-adopted = adopted
negotiation-stage-closed = closed
negotiation-deadline = Proposals until
negotiation-proposals = Proposals shown
negotiation-filter-paragraph = Paragraph (place)
negotiation-filter-state = State (ISO code)
negotiation-filter-status = Status
negotiation-status-standing = Standing (not withdrawn)
negotiation-status-late = Filed late
negotiation-status-opposed = Opposed by a State
negotiation-status-unopposed = Opposed by no State
negotiation-status-withdrawn = Withdrawn
negotiation-status-all = All, withdrawn ones too
negotiation-filter-bad-status = Choose a status from the list: standing, filed late, opposed, opposed by none, withdrawn or all.
negotiation-filter-apply = Show
negotiation-download-docx = Download the compilation as Word, with tracked changes
negotiation-download-akn = Download the compilation as Akoma Ntoso XML (the revision and each proposal as an amendment)

## The negotiation forms: a delegation's proposals, positions and silence, the Chair's decisions.
time-new-york = { $time } New York time
negotiation-done-filed = Your proposal is filed. It is shown below, under its paragraph.
negotiation-done-position = Your position is recorded.
negotiation-done-withdrawn = The proposal is withdrawn.
negotiation-done-broken = Silence is broken. The Chair sees your reason.
negotiation-done-revised = The next revision is built from the decisions; proposals on it are taken now.
negotiation-done-silence = The text is circulated under silence.
negotiation-done-adopted = The text is adopted.
negotiation-redraft-title = The Chair's zero draft
negotiation-redraft-explain = Nothing has been proposed or given on the zero draft yet: the Chair may put the Chair's own in its place (a Word file, Markdown or text). The deadline stays as it is; the record keeps that it was replaced.
negotiation-redraft-submit = Replace the zero draft
negotiation-silence-title = Silence procedure
negotiation-silence-until = This text is under silence until { $time }. Unless a State breaks silence before then, it is adopted.
negotiation-break-reason = Why your delegation breaks silence
negotiation-break = Break silence
negotiation-breaks = Silence broken by
negotiation-acting-for = You act for { $state }.
negotiation-decide-link = Decide on the proposals and build the next revision
negotiation-propose-link = Propose a change to this paragraph
negotiation-your-position = Your position
negotiation-statement = Statement (optional)
negotiation-record-position = Record the position
negotiation-withdraw = Withdraw the proposal
negotiation-choose-kind = Choose what the new paragraph is: numbered, a sub-item, unnumbered or a heading.
negotiation-choose-action = Choose what the proposal does: reword, add after, delete, move or comment.
negotiation-choose-stance = Choose a position: support, oppose, can live with or reserve.
negotiation-propose-title = Propose a change
negotiation-propose-lead = On paragraph { $label } of { $revision }
negotiation-field-action = What the proposal does
negotiation-action-replace = Reword the paragraph
negotiation-action-add_after = Add a new paragraph after it
negotiation-action-delete = Delete the paragraph
negotiation-action-move = Move the paragraph
negotiation-action-comment = Comment, without changing the text
negotiation-field-text = The new wording, or the new paragraph (in the negotiating language)
negotiation-field-kind = The new paragraph is
negotiation-kind-numbered = a numbered paragraph
negotiation-kind-item = a sub-item
negotiation-kind-unnumbered = an unnumbered paragraph
negotiation-kind-heading = a heading
negotiation-field-after = Move it to
negotiation-field-justification = Justification
negotiation-field-co-sponsors = Co-sponsors (ISO codes, separated by commas)
negotiation-field-group = On behalf of a group (optional)
negotiation-field-group-name = The group's name
negotiation-field-group-members = Its States (ISO codes, your State among them)
negotiation-file = File the proposal
negotiation-decide-title = The Chair's decisions
negotiation-decide-lead = A decision on every proposal on { $revision } builds { $next }.
negotiation-decide-none = No proposal on this revision changes the text.
negotiation-paragraph = Paragraph { $label }
negotiation-asks-replace = reword the paragraph
negotiation-outcome-accept = Accept
negotiation-outcome-merge = Merge, with the Chair's wording
negotiation-outcome-set_aside = Set aside
negotiation-merge-text = The Chair's wording, for a merge
negotiation-decision-reason-label = Reason
negotiation-next-deadline = Proposals on the next revision until (New York time, optional)
negotiation-build = Build { $next }
negotiation-silence-explain = Circulate { $revision } under silence: unless a State breaks silence before the deadline, it is adopted then.
negotiation-silence-deadline = Silence until (New York time)
negotiation-silence-start = Circulate under silence
negotiation-decision-missing = Paragraph { $label }: choose accept, merge or set aside for each proposal. Nothing was changed.
negotiation-decision-reason = Paragraph { $label }: give the reason for the decision. Nothing was changed.
negotiation-bad-time = Give the date and time in New York time (such as 14 March 2026, 18:00). Nothing was changed.
refusal-proposal_no_paragraph = Not filed: the current revision has no paragraph at { $place }. Nothing was changed.
refusal-proposal_no_text = Not filed: the proposal has no text; write the new wording. Nothing was changed.
refusal-proposal_same_text = Not filed: the new wording is the paragraph's wording already; change it, or comment instead. Nothing was changed.
refusal-proposal_move_onto_itself = Not filed: a paragraph cannot be moved after itself; choose another place. Nothing was changed.
refusal-proposal_too_long = Not filed: a justification or statement is at most { $max } characters. Nothing was changed.
refusal-proposal_withdrawn = Not recorded: the proposal was withdrawn. Nothing was changed.
refusal-proposal_sponsor_twice = Not filed: { $state } is named twice among the proposer and co-sponsors. Nothing was changed.
refusal-proposal_bad_group = Not filed: a group needs a name and the States that make it up, your State among them. Nothing was changed.
refusal-decision_unknown_proposal = Not built: there is no proposal { $proposal } on this revision. Nothing was changed.
refusal-decision_twice = Not built: proposal { $proposal } is decided twice. Nothing was changed.
refusal-decision_missing = Not built: { $count } proposals are not decided yet ({ $proposals }). Nothing was changed.
refusal-decision_conflict = Not built: proposals { $first } and { $second } both change the words of the paragraph at { $place }; merge one with the wording you want and set the other aside. Nothing was changed.
refusal-decision_move_after_deleted = Not built: proposal { $proposal } moves a paragraph after the one at { $place }, which this revision deletes. Nothing was changed.
refusal-decision_move_cycle = Not built: the moves decided put paragraphs after one another in a circle ({ $proposals }); set one aside. Nothing was changed.
refusal-decision_empty_merge = Not built: the merged wording of proposal { $proposal } is empty. Nothing was changed.
refusal-decision_on_comment = Not built: a comment ({ $proposal }) changes no text and takes no decision. Nothing was changed.
refusal-not_adopted_yet = Not recorded: explanations of position and disassociations are recorded once the text is adopted. Nothing was changed.
refusal-field-silence_reason = the reason for breaking silence
refusal-field-explanation = the explanation of position
refusal-field-input = the written input
refusal-field-organisation = the organisation
negotiation-adopted-on = Adopted
negotiation-adopted-consensus = by consensus at a meeting
negotiation-adopted-silence = by silence procedure
negotiation-symbol = Document symbol
negotiation-compendium = Compendium of explanations of position
negotiation-compendium-empty = No State has recorded an explanation of position.
negotiation-compendium-docx = Download the compendium as Word
negotiation-disassociates = Disassociates from paragraphs { $paragraphs }
negotiation-disassociate-from = Your delegation disassociates from these paragraphs (optional)
negotiation-explanation = Your delegation's explanation of position
negotiation-record-explanation = Record the explanation of position
negotiation-done-explained = Your explanation of position is recorded; it appears in the compendium.
negotiation-adopt-title = Adoption
negotiation-adopt-explain = Adopt { $revision } by consensus at a meeting. Nothing more can then be proposed on it; States may record explanations of position.
negotiation-adopt = Adopt by consensus

# The adopted text in the document record, and where each paragraph came from
refusal-symbol_in_record = Not issued: { $symbol } is in the document record already; an adopted text is issued under a symbol of its own. Nothing was changed.
refusal-issued_already = Not issued: the adopted text is issued already, as { $symbol }. Nothing was changed.
refusal-issue_before_adoption = Not issued: a text is issued under its symbol once it is adopted. Nothing was changed.
refusal-not_a_symbol = Not done: “{ $given }” is not a document symbol such as A/AC.292/2026/CRP.1. Nothing was changed.
refusal-field-symbol = the document symbol
negotiation-stakeholders-title = Stakeholders accredited to this negotiation
negotiation-stakeholders-empty = No stakeholder is accredited yet.
negotiation-accredit-email = The stakeholder's account (email)
negotiation-accredit-organisation = The organisation it speaks for
negotiation-accredit-submit = Accredit
negotiation-done-accredited = The stakeholder is accredited: its account may read this negotiation and give written inputs.
negotiation-inputs-heading = Written inputs from stakeholders: a voice, not a vote
negotiation-input-link = Give a written input on this paragraph
negotiation-input-title = A written input from { $organisation }
negotiation-input-lead = Your input is shown with the paragraph, apart from States' proposals, and is never counted as a position.
negotiation-input-text = Written input
negotiation-input-lang = The language it is written in
negotiation-input-bad-lang = Choose the language the input is written in: one of the six official languages.
negotiation-input-submit = Give the written input
negotiation-done-input = Your written input was given.
negotiation-compare-link = Compare this revision with the one before it
negotiation-compare-title = Compare revisions
negotiation-compare-from = Earlier revision
negotiation-compare-to = Later revision
negotiation-compare-lead = { $later } compared with { $earlier }
negotiation-compare-docx = Download the comparison as Word, with the changes tracked
negotiation-compare-moved-from = Moved from paragraph { $place }
negotiation-compare-no-revision = There is no revision “{ $asked }” in this negotiation: choose one from { $first } to { $last }.
negotiation-lineage-link = Where each paragraph came from
negotiation-lineage-title = Where each paragraph came from
negotiation-lineage-lead = Each paragraph of { $revision }: whether it was in the zero draft or which proposal added it, and every proposal taken into it, with the Chair's decision and reason.
negotiation-lineage-issued = Issued in the document record as
negotiation-lineage-not-issued = Not in the document record yet: the text enters it when it is adopted and issued under its symbol.
negotiation-lineage-since-zero = In the zero draft
negotiation-lineage-since = Added in { $revision }
negotiation-lineage-step-replace = { $revision }: reworded on the proposal of { $proposer }
negotiation-lineage-step-add_after = { $revision }: added on the proposal of { $proposer }
negotiation-lineage-step-move = { $revision }: moved on the proposal of { $proposer }
negotiation-lineage-step-delete = { $revision }: deletion proposed by { $proposer }
negotiation-lineage-step-comment = { $revision }: comment by { $proposer }
negotiation-lineage-outcome-accept = taken as proposed
negotiation-lineage-outcome-merge = merged in the Chair's wording
negotiation-lineage-record = in the record, paragraph
negotiation-issue-link = Issue the adopted text under its document symbol
negotiation-issue-title = Issue the adopted text
negotiation-issue-explain = The adopted text enters the document record under its symbol, and every paragraph keeps its history back to the zero draft.
negotiation-issue = Issue under this symbol
negotiation-done-issued = The adopted text is in the document record under its symbol.
document-negotiated = Negotiated in Comity: where each paragraph came from

## Opening a negotiation
nav-negotiations = Negotiations
negotiation-open-title = Open a negotiation
negotiation-open-intro = The zero draft opens the negotiation: upload it as a Word, Markdown or text file, or write it below. Numbered paragraphs (1., 2.), headings (I., A.) and sub-items ((a), (b)) are read as the text's structure, and each paragraph keeps its place through every revision.
negotiation-open-name = Short name (letters, digits and hyphens, such as gm-2026-apr)
negotiation-open-title-field = Title
negotiation-open-process = Process (such as Global Mechanism, second substantive plenary)
negotiation-open-lang = Negotiating language
negotiation-open-readers = Who reads the drafts
negotiation-readers-states = Member States
negotiation-readers-stakeholders = Member States and registered stakeholders
negotiation-readers-public = Everyone (public)
negotiation-open-chair = The Chair (the email of their account)
negotiation-open-support = Support staff (emails of their accounts, separated by commas; optional)
negotiation-open-deadline = Proposals on the zero draft until (New York time; optional)
negotiation-open-file = The zero draft as a file (.docx, .md or .txt)
negotiation-open-text = Or the zero draft written here
negotiation-open-text-name = The text written in the box
negotiation-open-submit = Open the negotiation
negotiation-open-unreadable = Not opened: the form could not be read ({ $reason }). Nothing was changed.
negotiation-open-bad-name = Not opened: the short name is letters, digits and hyphens, at most 64 (such as gm-2026-apr), and not “new”. Nothing was changed.
negotiation-open-no-title = Not opened: a negotiation needs a title. Nothing was changed.
negotiation-open-no-chair = Not opened: name the Chair by the email of their account. Nothing was changed.
negotiation-open-bad-choice = Not opened: choose the negotiating language and who reads the drafts from the lists. Nothing was changed.
negotiation-open-no-draft = Upload the zero draft or write it in the box. Nothing was changed.
negotiation-open-two-drafts = Upload the zero draft or write it in the box, not both. Nothing was changed.
negotiation-draft-legacy-doc = { $file } is a Word 97-2003 .doc file. Open it in Word or LibreOffice, save it as .docx and send it again. Nothing was changed.
negotiation-draft-not-docx = { $file } is not a readable Word (.docx) file. Save it as .docx, Markdown or text and send it again. Nothing was changed.
negotiation-draft-bad-xml = { $file } is damaged ({ $part }, line { $line }, column { $column }). Save it again from Word and send it again. Nothing was changed.
negotiation-draft-too-large = { $file } is larger or more deeply nested when unpacked than a Word file ever is. Nothing was changed.
negotiation-draft-not-utf8 = { $file } is not UTF-8 text (from byte { $byte }). Save it as UTF-8 text, Markdown or Word. Nothing was changed.
negotiation-draft-empty = { $file } has no text. Nothing was changed.
negotiation-draft-item-first = { $file }, line { $line }: a sub-item comes before any numbered paragraph it could belong to. Nothing was changed.
negotiation-draft-control = { $file }, line { $line }: a control character (U+{ $code }) cannot be part of a negotiating text. Nothing was changed.
negotiation-draft-too-long = { $file } has { $count } paragraphs; more than { $max } is not a negotiating text. Nothing was changed.
negotiation-done-opened = The negotiation is open on its zero draft; States' negotiators may propose on it now.
negotiation-done-redrafted = The zero draft is the Chair's now; States' negotiators propose on it.
