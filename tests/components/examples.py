"""Named examples of every hub component, in every state it can be in.

Like GOV.UK Frontend's component examples: each example is one partial in
``overrides/partials/hub/`` with the page model it lays out (the real
dataclasses from ``haveyoursay.views``, never dicts). The same examples are
the fixtures of the template tests and of the real-browser accessibility
tests in ``test_components.py``.

Most examples come from the demo hub's own records, built by ``HubViews`` at
a chosen "now", so they show exactly what the build publishes. Hand-built
ones cover what the demo records do not: very long unbroken words and web
addresses (which must not make a phone scroll sideways) and names with
apostrophes and ``<script>`` (which must be shown as text, never run).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import quote

from haveyoursay.body import Section, safe_html
from haveyoursay.checker import check_hub
from haveyoursay.decision import DecisionStatus
from haveyoursay.decision_views import (DecisionBanner, DecisionCard, DecisionFact, DecisionPage, DecisionPart,
                                        DecisionViews, RelatedDecision)
from haveyoursay.london import parse_when
from haveyoursay.settings import CouncilSettings, load_settings
from haveyoursay.status import Status
from haveyoursay.views import (LIST_PAGES, Banner, Card, ConsultationPage, ContactView, DocumentView, EventView, Fact,
                               HubViews, LinkView, OutcomeView, RespondView, UpdateView, paginate)

ROOT = Path(__file__).resolve().parents[2]

# The demo hub's fixed "now" (tests/conftest.py builds the demo site at the same moment),
# and two later moments for the last days of a consultation.
DEMO_NOW = "2026-11-24T10:00"
ONE_DAY_LEFT = "2026-11-26T10:00"
LAST_DAY = "2026-11-27T09:00"

# Text that must never break a page: a real (and very long) place name, an
# unbroken web address, and markup that must be shown as text.
LONG_PLACE = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
LONG_WORD = "Supercalifragilisticexpialidocious" * 4
LONG_URL = ("https://www.northbrook.example/consultations/documents/archive/2026/"
            "transport-and-highways-supplementary-evidence-base-appendix-volume-three-part-two.pdf")
LONG_EMAIL = "transport.planning.and.highways.consultation.team@northbrook-borough-council.example"
SCRIPT = "<script>alert('hub')</script>"
APOSTROPHE_NAME = "Siobhán O'Neill-D'Arcy"


@dataclass(frozen=True)
class Example:
    """One component in one state, ready to render.

    ``context`` holds the partial's parameters, named as in its header comment.
    ``page_url`` is where the fixture page sits in the site (MkDocs' page.url);
    ``settings`` replaces the council's settings for this example only;
    ``under_heading`` is the h2 a page puts above a partial whose headings
    start at h3 (a group of cards, the outcome).
    """

    name: str
    component: str
    description: str
    context: Mapping[str, Any] = field(default_factory=dict)
    page_url: str = ""
    settings: CouncilSettings | None = None
    under_heading: str = ""

    @property
    def template(self) -> str:
        return f"partials/hub/{self.component}.html"

    @property
    def url(self) -> str:
        return self.page_url or f"examples/{self.name}/"


# -- the demo hub as the build sees it ----------------------------------------

@dataclass(frozen=True)
class Demo:
    """The demo hub's page models at one moment: consultations and decisions."""

    views: HubViews
    decisions: DecisionViews


@functools.cache
def demo_at(now: str) -> Demo:
    """The demo hub's page models at ``now``, exactly as a build at that moment makes them."""
    moment = parse_when(now)[0]
    hub = check_hub(ROOT, moment)
    if hub.problems.errors:
        raise RuntimeError("the demo hub has problems, so its records cannot be examples:\n" + hub.problems.report())
    return Demo(HubViews(hub, moment), DecisionViews(hub.decisions, hub.settings, moment, hub.consultations))


@functools.cache
def council() -> CouncilSettings:
    """The council's real settings, from mkdocs.yml."""
    settings, problems = load_settings(ROOT / "mkdocs.yml")
    if settings is None:
        raise RuntimeError("mkdocs.yml has no usable council settings: " + "; ".join(map(str, problems)))
    return settings


def consultation_page(slug: str, now: str = DEMO_NOW) -> ConsultationPage:
    views = demo_at(now).views
    return views.consultation_page(_consultation(views, slug))


def card(slug: str, now: str = DEMO_NOW) -> Card:
    return demo_at(now).views.cards[slug]


def related_decisions(slug: str, now: str = DEMO_NOW) -> tuple[RelatedDecision, ...]:
    """The decisions shown on a consultation page (on_page_context passes them as `decisions`)."""
    return demo_at(now).decisions.for_consultation(slug)


def decision_page(reference: str, now: str = DEMO_NOW) -> DecisionPage:
    decisions = demo_at(now).decisions
    return decisions.decision_page(decisions.by_reference[reference])


def decision_card(reference: str, now: str = DEMO_NOW) -> DecisionCard:
    return demo_at(now).decisions.cards[reference]


def _consultation(views: HubViews, slug: str):
    for consultation in views.hub.consultations:
        if consultation.slug == slug:
            return consultation
    raise LookupError(f"the demo hub has no consultation '{slug}'")


def _document(page: ConsultationPage, title: str) -> DocumentView:
    return next(d for d in page.documents if d.title == title)


def _event(page: ConsultationPage, title: str) -> EventView:
    return next(e for e in page.events if e.title == title)


def _request_format(title: str, consultation_title: str) -> str:
    """The "Request an accessible format" mailto, made as views.HubViews makes it."""
    subject = quote(f"Accessible format request: {title} ({consultation_title})")
    return f"mailto:{council().accessible_formats_email}?subject={subject}"


# -- the examples, component by component -----------------------------------------

def _status_banners() -> list[Example]:
    def banner(name, description, slug, now=DEMO_NOW, **context):
        page = consultation_page(slug, now)
        return Example(f"status-banner--{name}", "status-banner", description,
                       {"banner": page.banner, "respond_anchor": False, **context})

    unsafe = Banner(
        Status.WITHDRAWN, Status.WITHDRAWN.label,
        (f"This consultation was withdrawn on 12 October 2026 {SCRIPT}.",),
        reason=safe_html(f"We stopped because {LONG_PLACE} {LONG_WORD} changed. {SCRIPT} "
                         f"<img src=x onerror=alert(1)> Read more at {LONG_URL}"))
    return [
        banner("forthcoming", "Forthcoming: when it opens and closes", "climate-action-plan"),
        banner("open", "Open, weeks before it closes, with the link to the ways to respond",
               "budget-council-tax-2027-28", respond_anchor=True),
        banner("open-days-left", "Open, closing in 3 days (urgent)", "garden-waste-charge"),
        banner("open-one-day-left", "Open, 1 day left (urgent)", "garden-waste-charge", ONE_DAY_LEFT),
        banner("open-last-day", "Open, the last day to respond (urgent)", "garden-waste-charge", LAST_DAY),
        banner("closed-awaiting-outcome", "Closed, analysing feedback, outcome due", "northgate-play-area"),
        banner("closed-outcome-overdue", "Closed, the outcome is overdue", "youth-services-review"),
        banner("outcome-published", "Outcome published", "library-opening-hours"),
        banner("withdrawn", "Withdrawn, with the reason why", "brookside-day-centre"),
        Example("status-banner--long-and-unsafe", "status-banner",
                "Withdrawn, with a long unbroken reason and markup that must be shown as text",
                {"banner": unsafe, "respond_anchor": False}),
    ]


def _summary_lists() -> list[Example]:
    facts = consultation_page("budget-council-tax-2027-28").facts
    unsafe = (
        Fact("Who it is for", f"Residents of {APOSTROPHE_NAME} Close and {LONG_PLACE}, {SCRIPT}"),
        Fact(LONG_WORD, LONG_URL),
        Fact("Wards", links=(LinkView("St Anne's", "wards/st-anne-s/"),
                             LinkView(f"{LONG_PLACE} {SCRIPT}", f"wards/{LONG_PLACE.lower()}/\"onmouseover=\"x"))),
    )
    return [
        Example("summary-list--plain-values", "summary-list", "Key facts that are plain text",
                {"facts": tuple(f for f in facts if not f.links), "heading": "Key facts"}),
        Example("summary-list--with-links", "summary-list", "Key facts with links to wards and topics",
                {"facts": facts, "heading": "Key facts"}),
        Example("summary-list--long-and-unsafe", "summary-list",
                "Key facts with long unbroken words, apostrophes and markup",
                {"facts": unsafe, "heading": "Key facts"}),
    ]


def _document_lists() -> list[Example]:
    def documents(name, description, docs):
        return Example(f"document-list--{name}", "document-list", description,
                       {"documents": tuple(docs), "heading": "Documents", "heading_id": "documents"})

    budget = consultation_page("budget-council-tax-2027-28")
    dogs = consultation_page("dog-control-pspo")
    masterplan = consultation_page("town-centre-masterplan")
    unsafe_title = f"{APOSTROPHE_NAME}'s \"evidence\" {SCRIPT} {LONG_WORD}"
    unsafe = (
        DocumentView(unsafe_title, LONG_URL + "?a=1&b=\"2\"", "Web page", accessible=False,
                     request_format=_request_format(unsafe_title, f"{LONG_PLACE} bypass"), external=True),
        DocumentView(f"{LONG_PLACE} route map", f"consultations/{LONG_PLACE.lower()}/route-map.pdf",
                     "PDF, 2 KB, 1 page", accessible=True),
    )
    return [
        documents("accessible-pdf", "An accessible PDF in the consultation's folder",
                  [_document(budget, "Budget proposals 2027 to 2028")]),
        documents("not-accessible-pdf", "A PDF that is not accessible, with a request for another format",
                  [_document(dogs, "Summary of complaints and evidence 2023 to 2026")]),
        documents("web-link", "A web page on another site",
                  [_document(masterplan, "Town centre masterplan summary")]),
        documents("every-kind", "An accessible PDF, a PDF that is not accessible and a web page that is not",
                  dogs.documents),
        documents("empty", "No documents: nothing is shown", []),
        documents("long-and-unsafe", "Documents with long unbroken titles and addresses, quotes and markup", unsafe),
    ]


def _event_lists() -> list[Example]:
    def events(name, description, items):
        return Example(f"event-list--{name}", "event-list", description, {"events": tuple(items)})

    budget = consultation_page("budget-council-tax-2027-28")
    garden = consultation_page("garden-waste-charge")
    housing = consultation_page("housing-allocations-policy")
    online_only = EventView(
        title=f"Online question time for {APOSTROPHE_NAME} {SCRIPT}", when="7pm to 8pm on 2 December 2026",
        venue=None, address=None, access="Live captions are turned on. You can also join by phone.",
        online=LONG_URL, past=False, calendar="consultations/budget-council-tax-2027-28/event-9.ics")
    long_venue = EventView(
        title=f"Drop-in at {LONG_PLACE} Village Hall", when="10am to midday on 3 December 2026",
        venue=f"{LONG_PLACE} Village Hall", address=f"1 {LONG_WORD} Road, Northbrook NB9 9ZZ",
        access=f"Step-free. See {LONG_URL}", online=None, past=False,
        calendar="consultations/budget-council-tax-2027-28/event-10.ics")
    return [
        events("upcoming-in-person", "An upcoming drop-in with access information",
               [_event(budget, "Budget drop-in at Brookside Library")]),
        events("online", "An upcoming meeting you can also join online",
               [_event(budget, "Budget question time with the Leader of the Council")]),
        events("past", "An event that has taken place",
               [_event(garden, "Drop-in at Millbrook Library")]),
        events("past-and-upcoming", "Events that have taken place, are coming up and are online", housing.events),
        events("empty", "No events: nothing is shown", []),
        events("long-and-unsafe", "Events with long unbroken words and addresses, apostrophes and markup",
               [online_only, long_venue]),
    ]


def _ways_to_respond() -> list[Example]:
    budget = consultation_page("budget-council-tax-2027-28")
    every_way = budget.respond
    offline_only = replace(every_way, online=None, email=None, email_href=None, response_form=None)
    unsafe = RespondView(
        online=LONG_URL, email=LONG_EMAIL, email_href=f"mailto:{LONG_EMAIL}?subject={quote(SCRIPT)}",
        post=(f"{APOSTROPHE_NAME} {SCRIPT}", f"{LONG_WORD} House", f"{LONG_PLACE} NB9 9ZZ"),
        phone="01632 960 800", phone_href="tel:01632960800", in_person=f"At {LONG_PLACE} library. {SCRIPT}",
        response_form=every_way.response_form)
    return [
        Example("ways-to-respond--every-way", "ways-to-respond",
                "Online, by email, by post, by phone, in person and on a response form",
                {"respond": every_way, "title": budget.title}),
        Example("ways-to-respond--offline-only", "ways-to-respond", "Only by post, by phone and in person",
                {"respond": offline_only, "title": budget.title}),
        Example("ways-to-respond--none", "ways-to-respond", "Not open, so no ways to respond: nothing is shown",
                {"respond": None, "title": budget.title}),
        Example("ways-to-respond--long-and-unsafe", "ways-to-respond",
                "Long unbroken web and email addresses, apostrophes and markup",
                {"respond": unsafe, "title": f"{APOSTROPHE_NAME}'s {SCRIPT} consultation"}),
    ]


def _outcomes() -> list[Example]:
    oakwood = consultation_page("oakwood-leisure-centre")
    st_annes = consultation_page("st-annes-community-garden")
    wide_table = "| Option | " + " | ".join(f"Ward {n} votes" for n in range(1, 9)) + " |\n" \
                 "|---|" + "---|" * 8 + "\n| Repair | " + " | ".join(str(100 + n) for n in range(8)) + " |"
    unsafe = OutcomeView(
        published="5 September 2025", responses="1 response",
        you_said=safe_html(f"## {LONG_WORD}\n\n{SCRIPT} You said {LONG_URL}\n\n{wide_table}", lowest_heading=4),
        we_did=safe_html(f"We asked {APOSTROPHE_NAME}. <a href=\"javascript:alert(1)\">Details</a>", lowest_heading=4),
        documents=(), decision=f"NDC-2026-{SCRIPT}")
    return [
        Example("outcome--with-documents-and-decision", "outcome",
                "We asked, you said, we did, with the report and the related decision",
                {"outcome": oakwood.outcome, "summary": oakwood.summary,
                 "decisions": related_decisions("oakwood-leisure-centre")}),
        Example("outcome--without-documents", "outcome", "An outcome with no documents and no related decision",
                {"outcome": replace(st_annes.outcome, documents=()), "summary": st_annes.summary,
                 "decisions": related_decisions("st-annes-community-garden")}),
        Example("outcome--none", "outcome", "No outcome yet: nothing is shown",
                {"outcome": None, "summary": oakwood.summary, "decisions": ()}),
        Example("outcome--long-and-unsafe", "outcome",
                "An outcome with a wide table, long unbroken words and markup",
                {"outcome": unsafe, "summary": f"{SCRIPT} {LONG_PLACE}", "decisions": (UNSAFE_DECISION,)}),
    ]


def _contacts() -> list[Example]:
    full = consultation_page("budget-council-tax-2027-28").contact
    return [
        Example("contact--full", "contact", "A named officer with role, team, email and phone", {"contact": full}),
        Example("contact--minimal", "contact", "A named officer with no other details",
                {"contact": ContactView(APOSTROPHE_NAME, None, None, None, None)}),
        Example("contact--long-and-unsafe", "contact", "A long email address, apostrophes and markup",
                {"contact": ContactView(f"{APOSTROPHE_NAME} {SCRIPT}", f"{LONG_WORD} Officer",
                                        f"{LONG_PLACE} Team", LONG_EMAIL, "01632 960 800")}),
    ]


def _paginations() -> list[Example]:
    cards = tuple(Card(slug=f"c{n}", title=f"Consultation {n}", href=f"consultations/c{n}/", summary="A summary.",
                       status=Status.OUTCOME_PUBLISHED, label=Status.OUTCOME_PUBLISHED.label, when="Closed")
                  for n in range(1, 121))
    pages = paginate("consultations/outcomes/", "We asked, you said, we did", "Outcomes.", cards)
    first, middle, last = (pages[url].pagination for url in
                           ("consultations/outcomes/", "consultations/outcomes/page-2/", "consultations/outcomes/page-3/"))
    return [
        Example("pagination--first-page", "pagination", "The first of three pages: a next link only",
                {"pagination": first}, page_url="consultations/outcomes/"),
        Example("pagination--middle-page", "pagination", "A middle page: previous and next links",
                {"pagination": middle}, page_url="consultations/outcomes/page-2/"),
        Example("pagination--last-page", "pagination", "The last page: a previous link only",
                {"pagination": last}, page_url="consultations/outcomes/page-3/"),
        Example("pagination--single-page", "pagination", "A list that fits on one page: nothing is shown",
                {"pagination": None}),
    ]


def _updates() -> list[Example]:
    return [
        Example("updates--several", "updates", "Several updates, newest first",
                {"updates": consultation_page("budget-council-tax-2027-28").updates}),
        Example("updates--none", "updates", "No updates: nothing is shown", {"updates": ()}),
        Example("updates--long-and-unsafe", "updates", "An update with a long web address and markup",
                {"updates": (UpdateView("20 November 2026", f"We moved the survey to {LONG_URL}. {SCRIPT}"),)}),
    ]


def _consultation_cards() -> list[Example]:
    def one(name, description, slug, now=DEMO_NOW, heading_level=2):
        found = card(slug, now)
        return Example(f"consultation-card--{name}", "consultation-card", description,
                       {"card": found, "heading_level": heading_level},
                       under_heading=LIST_PAGES[found.status][1] if heading_level == 3 else "")

    unsafe = Card(slug="x", title=f"{APOSTROPHE_NAME}'s {LONG_WORD} {SCRIPT}",
                  href=f"consultations/{LONG_PLACE.lower()}/", summary=f"About {LONG_URL} {SCRIPT}",
                  status=Status.OPEN, label=Status.OPEN.label, when="Closes at 5pm on 11 January 2027",
                  soon="closes in 48 days", wards=f"St Anne's, {LONG_PLACE}")
    return [
        one("forthcoming", "Forthcoming", "climate-action-plan"),
        one("open", "Open, closes in 48 days", "budget-council-tax-2027-28"),
        one("open-closes-in-days", "Open, closes in 3 days", "garden-waste-charge"),
        one("open-closes-tomorrow", "Open, closes tomorrow", "garden-waste-charge", ONE_DAY_LEFT),
        one("open-closes-today", "Open, closes today", "garden-waste-charge", LAST_DAY),
        one("closed", "Closed, analysing feedback", "northgate-play-area"),
        one("outcome-published", "Outcome published", "library-opening-hours"),
        one("withdrawn", "Withdrawn", "brookside-day-centre"),
        one("in-a-group", "In a group under a heading (a ward or topic page)", "st-annes-community-garden",
            heading_level=3),
        Example("consultation-card--long-and-unsafe", "consultation-card",
                "A long unbroken title and address, apostrophes and markup",
                {"card": unsafe, "heading_level": 2}),
    ]


def _header_and_footer() -> list[Example]:
    without = council().model_copy(update={"phone": None, "address": None})
    return [
        Example("header--default", "header", "The header on a page that is not in the navigation"),
        Example("header--current-page", "header", "The header on a page in the navigation (Open now)",
                page_url="consultations/open/"),
        Example("footer--default", "footer", "The footer with the council's address and phone number"),
        Example("footer--without-phone-or-address", "footer", "The footer of a council with no phone or address set",
                settings=without),
    ]


UNSAFE_DECISION = RelatedDecision(
    reference="NDC-2026-999", title=f"{APOSTROPHE_NAME}'s {LONG_WORD} {SCRIPT}",
    href=f"decisions/{LONG_PLACE}/", status=DecisionStatus.CALL_IN_PERIOD, label=DecisionStatus.CALL_IN_PERIOD.label,
    sentence=f"This decision can be called in until 5pm on 27 November 2026. {LONG_URL}")


def _decision_status_banners() -> list[Example]:
    def banner(name, description, reference):
        return Example(f"decision-status-banner--{name}", "decision-status-banner", description,
                       {"banner": decision_page(reference).banner})

    unsafe = DecisionBanner(
        DecisionStatus.NOT_AGREED, DecisionStatus.NOT_AGREED.label,
        (f"The proposal was not agreed on 24 June 2026. {SCRIPT}",), "Why it was not agreed",
        safe_html(f"## {LONG_WORD}\n\n{SCRIPT} See {LONG_URL}", lowest_heading=4))
    return [
        banner("forward-plan", "Forward plan: expected, with the notice given", "NDC-2026-033"),
        banner("call-in-period", "Decided and can still be called in, with the deadline", "NDC-2026-031"),
        banner("called-in", "Called in, for scrutiny to consider", "NDC-2026-030"),
        banner("in-force", "In force: can be implemented", "NDC-2026-017"),
        banner("in-force-exempt-from-call-in", "In force, cannot be called in, with the reason why", "NDC-2026-027"),
        banner("not-agreed", "Not agreed, with the reason why", "NDC-2026-021"),
        Example("decision-status-banner--long-and-unsafe", "decision-status-banner",
                "Not agreed, with a long unbroken reason and markup that must be shown as text", {"banner": unsafe}),
    ]


def _decision_headers() -> list[Example]:
    called_in = decision_page("NDC-2026-030")
    unsafe = (
        DecisionFact("Decision maker", f"Councillor {APOSTROPHE_NAME}, Cabinet Member for {LONG_WORD} {SCRIPT}"),
        DecisionFact("Report author and contact", f"{APOSTROPHE_NAME}, {LONG_PLACE} Team",
                     contacts=(LinkView(LONG_EMAIL, f"mailto:{LONG_EMAIL}?subject={quote(SCRIPT)}"),
                               LinkView("01632 960 350", "tel:01632960350"))),
        DecisionFact("Wards affected", links=(LinkView("St Anne's", "decisions/wards/st-anne-s/"),
                                              LinkView(LONG_PLACE, f"decisions/wards/{LONG_PLACE.lower()}/"))),
        DecisionFact("Background papers", LONG_URL),
    )
    return [
        Example("decision-header--about-this-decision", "decision-header",
                "The facts of a decision, with contact links and ward links",
                {"facts": called_in.facts, "heading": "About this decision", "heading_id": "about-this-decision"}),
        Example("decision-header--call-in", "decision-header", "The call-in of a decision",
                {"facts": called_in.called_in, "heading": "Call-in", "heading_id": "call-in"}),
        Example("decision-header--all-wards", "decision-header", "The facts of a key decision for all wards",
                {"facts": decision_page("NDC-2026-017").facts, "heading": "About this decision",
                 "heading_id": "about-this-decision"}),
        Example("decision-header--long-and-unsafe", "decision-header",
                "Facts with long unbroken words and addresses, apostrophes and markup",
                {"facts": unsafe, "heading": "About this decision", "heading_id": "about-this-decision"}),
    ]


def _decision_parts() -> list[Example]:
    unsafe = (
        DecisionPart("part-a", f"Part A: report seeking decision {SCRIPT}", (
            Section(f"{LONG_WORD} {SCRIPT}", "long", safe_html(f"{SCRIPT} {LONG_URL} {APOSTROPHE_NAME}")),),
            introduction=safe_html(f"Introduction by {APOSTROPHE_NAME}. <img src=x onerror=alert(1)>")),
        DecisionPart("part-c", "Part C: record of decision", facts=(
            DecisionFact("What was decided", f"{LONG_WORD} {SCRIPT}"),), note=f"A note {SCRIPT}"),
    )
    return [
        Example("decision-parts--decided", "decision-parts", "Parts A, B and C of a decision that has been made",
                {"parts": decision_page("NDC-2026-017").parts}),
        Example("decision-parts--not-yet-decided", "decision-parts",
                "Parts A, B and C of a decision on the forward plan, with no record yet",
                {"parts": decision_page("NDC-2026-033").parts}),
        Example("decision-parts--not-agreed", "decision-parts", "Parts A, B and C of a proposal that was not agreed",
                {"parts": decision_page("NDC-2026-021").parts}),
        Example("decision-parts--long-and-unsafe", "decision-parts",
                "Parts with long unbroken words and addresses, apostrophes and markup", {"parts": unsafe}),
    ]


def _decision_cards() -> list[Example]:
    def one(name, description, reference, heading_level=2):
        return Example(f"decision-card--{name}", "decision-card", description,
                       {"card": decision_card(reference), "heading_level": heading_level},
                       under_heading="Decisions made" if heading_level == 3 else "")

    unsafe = DecisionCard(
        reference=f"NDC-2026-{SCRIPT}", title=f"{APOSTROPHE_NAME}'s {LONG_WORD} {SCRIPT}",
        href=f"decisions/{LONG_PLACE}/", summary=f"About {LONG_URL} {SCRIPT}", status=DecisionStatus.CALLED_IN,
        label=DecisionStatus.CALLED_IN.label, sentence=UNSAFE_DECISION.sentence, when="Decided on 11 November 2026",
        key=True, decision_maker=f"Councillor {APOSTROPHE_NAME}", wards=f"St Anne's, {LONG_PLACE}")
    return [
        one("forward-plan-key", "A key decision on the forward plan", "NDC-2026-033"),
        one("call-in-period", "A decision that can still be called in", "NDC-2026-031"),
        one("called-in", "A decision that has been called in", "NDC-2026-030"),
        one("in-force", "A key decision in force", "NDC-2026-017"),
        one("not-agreed", "A proposal that was not agreed", "NDC-2026-021"),
        one("in-a-group", "In a group under a heading (a ward or month page)", "NDC-2026-029", heading_level=3),
        Example("decision-card--long-and-unsafe", "decision-card",
                "A long unbroken title and address, apostrophes and markup", {"card": unsafe, "heading_level": 2}),
    ]


def _related_decisions() -> list[Example]:
    one = related_decisions("oakwood-leisure-centre")
    several = one + related_decisions("library-opening-hours")
    return [
        Example("decision-related--one", "decision-related", "The decision that considered a consultation",
                {"decisions": one}),
        Example("decision-related--several", "decision-related", "The decisions that considered a consultation",
                {"decisions": several}),
        Example("decision-related--in-an-outcome", "decision-related",
                "The decision, as a heading level 3 (as inside the outcome)",
                {"decisions": one, "heading_level": 3}, under_heading="We asked, you said, we did"),
        Example("decision-related--none", "decision-related", "No decisions yet: nothing is shown", {"decisions": ()}),
        Example("decision-related--long-and-unsafe", "decision-related",
                "A long unbroken decision title, apostrophes and markup", {"decisions": (UNSAFE_DECISION,)}),
    ]


# Partials laid out by another partial rather than included by a page: their
# examples are those of the partials that include them.
INCLUDED_BY = {"document-items": ("document-list", "outcome")}


@functools.cache
def all_examples() -> dict[str, Example]:
    """Every example by name, component by component."""
    examples = [*_status_banners(), *_summary_lists(), *_document_lists(), *_event_lists(), *_ways_to_respond(),
                *_outcomes(), *_contacts(), *_updates(), *_paginations(), *_consultation_cards(), *_header_and_footer(),
                *_decision_status_banners(), *_decision_headers(), *_decision_parts(), *_decision_cards(),
                *_related_decisions()]
    by_name: dict[str, Example] = {}
    urls: set[str] = set()
    for example in examples:
        if example.name in by_name or example.url in urls:
            raise ValueError(f"two examples are called {example.name} or sit at {example.url}")
        by_name[example.name] = example
        urls.add(example.url)
    return by_name
