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

framework-title = The normative framework
framework-intro = The framework of responsible State behaviour in the use of ICTs: its pillars, the eleven voluntary norms and the principles of capacity-building. Each element points to the paragraph where its official text stands.
framework-version = Version { $version }
framework-kind-pillar = Pillar
framework-kind-norm = Norm
framework-kind-capacity_building_principle = Capacity-building principle
framework-norm-letter = Norm ({ $letter })
framework-refs-heading = Where the official text stands
framework-ref = { $symbol }, { $locator }
framework-text-missing = The official text is not shown: { $symbol } is not in the record yet.
framework-text-not-located = { $locator } was not found in { $symbol } as held in the record.
framework-children-heading = Elements under this pillar
framework-parent = Part of
framework-column-title = Title
framework-titles-heading = Title in the official languages
framework-back = The whole framework
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
diff-title = Compare two documents
diff-intro = Paragraph by paragraph: what was added, removed, moved or changed, with the changed words marked.
diff-old = Earlier document
diff-new = Later document
diff-button = Compare
diff-choose-two = Choose two documents of the record to compare.
diff-no-common-language = These two documents have no language version in common.
diff-column-change = Change
diff-column-text = Text
diff-change-same = Unchanged
diff-change-changed = Changed
diff-change-moved = Moved
diff-change-added = Added
diff-change-removed = Removed
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
