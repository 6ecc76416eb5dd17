"""Named examples of every hub component, in every state it can be in, for both kinds of record.

Like GOV.UK Frontend's component examples: each example is one partial in
``overrides/partials/hub/`` with the page model it lays out (the real
dataclasses from ``haveyoursay.site.components``, ``haveyoursay.consultations.pages``
and ``haveyoursay.decisions.pages``, never dicts). The same examples are the
fixtures of the template tests and of the real-browser accessibility tests in
``test_components.py``.

A partial that serves both consultations and decision notices (a card, a
status banner, a summary list, related records, a document list) has
examples of both kinds, in every state of each.

Most examples come from the demo hub's own records, planned by
``site.pages.plan_site`` at a chosen "now": each page's model is exactly what
the build renders. An example that sits on a page of the demo build (at the
demo's "now") says so (``shown_on``), and a test checks the built page shows
the very same HTML. Hand-built ones cover what the demo records do not: very
long unbroken words and web addresses (which must not make a phone scroll
sideways) and names with apostrophes and ``<script>`` (which must be shown as
text, never run).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

from haveyoursay.consultations import wording as consultation_wording
from haveyoursay.consultations.pages import (
    ConsultationPage,
    EventView,
    OutcomeView,
    PublishedConsultations,
    RespondView,
    UpdateView,
)
from haveyoursay.consultations.status import Status
from haveyoursay.core.body import Section, safe_html
from haveyoursay.core.london import parse_when
from haveyoursay.core.settings import CouncilSettings, load_settings
from haveyoursay.decisions import wording as decision_wording
from haveyoursay.decisions.pages import DecisionPage, DecisionPart
from haveyoursay.decisions.status import DecisionStatus
from haveyoursay.site.components import (
    Banner,
    Card,
    ContactView,
    DocumentView,
    Fact,
    FeedGroup,
    FeedRow,
    LinkView,
    ListPage,
    RelatedRecord,
    SearchFacts,
    StaleNotice,
    StepState,
    Tag,
    Timeline,
    TimelineStep,
    paginate,
)
from haveyoursay.site.document_pages import ContentsEntry
from haveyoursay.site.hub import Hub, load_hub
from haveyoursay.site.languages import LanguageVersion
from haveyoursay.site.pages import SitePlan, plan_site
from haveyoursay.site.search import SEARCH_URL, SearchFilter
from hub_testing import DEMO

ROOT = DEMO  # the demo council the examples are built from (hub_testing)

# The demo hub's fixed "now" (tests/conftest.py builds the demo site at the same moment),
# and two later moments for the last days of a consultation.
DEMO_NOW = "2026-11-24T10:00"
ONE_DAY_LEFT = "2026-11-26T10:00"
LAST_DAY = "2026-11-27T09:00"

CONSULTATION = "consultation"
DECISION = "decision"

# After the street lighting decision's call-in deadline (5pm on Friday 27 November), before the Monday.
CALL_IN_OVER = "2026-11-28T12:00"

# Text that must never break a page: a real (and very long) place name, an
# unbroken web address, and markup that must be shown as text.
LONG_PLACE = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
LONG_WORD = "Supercalifragilisticexpialidocious" * 4
LONG_URL = (
    "https://www.northbrook.example/consultations/documents/archive/2026/"
    "transport-and-highways-supplementary-evidence-base-appendix-volume-three-part-two.pdf"
)
LONG_EMAIL = "transport.planning.and.highways.consultation.team@northbrook-borough-council.example"
SCRIPT = "<script>alert('hub')</script>"
APOSTROPHE_NAME = "Siobhán O'Neill-D'Arcy"


@dataclass(frozen=True)
class Example:
    """One component in one state, ready to render.

    ``context`` holds the partial's parameters, named as in its header comment.
    ``kind`` is the kind of record it shows (consultation or decision), if any.
    ``page_url`` is where the fixture page sits in the site (MkDocs' page.url);
    ``settings`` replaces the council's settings for this example only;
    ``under_heading`` is the h2 a page puts above a partial whose headings
    start at h3 (a group of cards, the outcome); ``shown_on`` is the page of
    the demo build (at DEMO_NOW) that shows this very component, if any.
    """

    name: str
    component: str
    description: str
    context: Mapping[str, Any] = field(default_factory=dict)
    kind: str = ""
    page_url: str = ""
    settings: CouncilSettings | None = None
    under_heading: str = ""
    shown_on: str = ""

    @property
    def template(self) -> str:
        return f"partials/hub/{self.component}.html"

    @property
    def url(self) -> str:
        return self.page_url or f"examples/{self.name}/"


# -- the demo hub as the build sees it ----------------------------------------


def page_url(src_uri: str) -> str:
    """The web address of a planned page: consultations/open/index.md is at consultations/open/."""
    return src_uri.removesuffix("index.md")


@dataclass(frozen=True)
class Demo:
    """The demo hub at one moment, planned as a build at that moment plans it."""

    now: datetime
    hub: Hub
    plan: SitePlan

    def model(self, url: str) -> Any:
        """The page model the build renders on the page at ``url`` (like consultations/open/)."""
        return self.plan.models[f"{url}index.md"]()

    @functools.cached_property
    def lists(self) -> dict[str, ListPage]:
        """Every list page (status lists, wards, topics, years, decisions, months...) by web address."""
        lists = {}
        for src_uri, model in self.plan.models.items():
            made = model()
            if isinstance(made, ListPage):
                lists[page_url(src_uri)] = made
        return lists


@functools.cache
def demo_at(now: str) -> Demo:
    """The demo hub's page models at ``now``, exactly as a build at that moment makes them."""
    moment = parse_when(now)[0]
    hub = load_hub(ROOT, moment)
    if hub.problems.errors or hub.settings is None:
        raise RuntimeError("the demo hub has problems, so its records cannot be examples:\n" + hub.problems.report())
    return Demo(moment, hub, plan_site(hub, moment, hub.settings.base_url))


@functools.cache
def council() -> CouncilSettings:
    """The council's real settings, from mkdocs.yml."""
    settings, problems = load_settings(ROOT / "mkdocs.yml")
    if settings is None:
        raise RuntimeError("mkdocs.yml has no usable council settings: " + "; ".join(map(str, problems)))
    return settings


def consultation_url(slug: str) -> str:
    for consultation in demo_at(DEMO_NOW).hub.consultations:
        if consultation.slug == slug:
            return consultation.url
    raise LookupError(f"the demo hub has no consultation '{slug}'")


def decision_url(reference: str) -> str:
    for notice in demo_at(DEMO_NOW).hub.decisions:
        if notice.reference == reference:
            return notice.url
    raise LookupError(f"the demo hub has no decision notice '{reference}'")


def consultation_page(slug: str, now: str = DEMO_NOW) -> ConsultationPage:
    return demo_at(now).model(consultation_url(slug))


def decision_page(reference: str, now: str = DEMO_NOW) -> DecisionPage:
    return demo_at(now).model(decision_url(reference))


def shown_at(now: str, url: str) -> str:
    """``url``, when the demo build (made at DEMO_NOW) shows the example there."""
    return url if now == DEMO_NOW else ""


@dataclass(frozen=True)
class Listed:
    """A card as one list page of the build shows it."""

    card: Card
    list_url: str
    heading_level: int
    group: str = ""


def listed(href: str, now: str = DEMO_NOW, in_group: bool = False, list_url: str = "") -> Listed:
    """The card of the record at ``href`` on the first list page showing it (or on ``list_url``):
    a list of cards (heading level 2), or, ``in_group``, a group under a heading (level 3)."""
    for url, page in demo_at(now).lists.items():
        if list_url and url != list_url:
            continue
        if not in_group:
            for card in page.cards:
                if card.href == href:
                    return Listed(card, url, 2)
        else:
            for title, cards in page.groups:
                for card in cards:
                    if card.href == href:
                        return Listed(card, url, 3, title)
    raise LookupError(f"no list page {list_url or ''} shows {href}{' in a group' if in_group else ''} at {now}")


def _document(page: ConsultationPage | DecisionPage, title: str) -> DocumentView:
    return next(d for d in page.documents if d.title == title)


def _event(page: ConsultationPage, title: str) -> EventView:
    return next(e for e in page.events if e.title == title)


def _request_format(title: str, about: str) -> str:
    """The "Request an accessible format" mailto, made as site.components.document_view makes it."""
    subject = quote(f"Accessible format request: {title} ({about})")
    return f"mailto:{council().accessible_formats_email}?subject={subject}"


# The parameters each page gives the partials it shares (overrides/consultation.html,
# outcome.html and decision.html); test_examples_are_what_the_demo_build_shows checks them.


def decisions_of_a_consultation(related: tuple[RelatedRecord, ...], heading_level: int = 2) -> dict[str, Any]:
    """The decisions a consultation fed: at level 2 on its page, at level 3 inside its outcome."""
    context = {
        "related": related,
        "heading": "The decision" if len(related) == 1 else "The decisions",
        "heading_id": "related-decision",
        "lead": "Decision: ",
        "separator": " — ",
    }
    return context | ({"heading_level": heading_level} if heading_level != 2 else {})


def consultations_of_a_decision(related: tuple[RelatedRecord, ...]) -> dict[str, Any]:
    return {
        "related": related,
        "heading": "Consultation: what residents told us",
        "heading_id": "what-residents-told-us",
        "boxed": True,
    }


# -- the examples, component by component -----------------------------------------


def _status_banners() -> list[Example]:
    def consultation(name, description, slug, now=DEMO_NOW):
        page = consultation_page(slug, now)
        return Example(
            f"status-banner--{name}",
            "status-banner",
            description,
            {"banner": page.banner},
            CONSULTATION,
            shown_on=shown_at(now, consultation_url(slug)),
        )

    def decision(name, description, reference, now=DEMO_NOW):
        return Example(
            f"status-banner--{name}",
            "status-banner",
            description,
            {"banner": decision_page(reference, now).banner},
            DECISION,
            shown_on=shown_at(now, decision_url(reference)),
        )

    withdrawn = Banner(
        Status.WITHDRAWN,
        consultation_wording.STATUS_LABELS[Status.WITHDRAWN],
        (f"This consultation was withdrawn on 12 October 2026 {SCRIPT}.",),
        reason_heading=consultation_wording.WITHDRAWN_REASON,
        reason=safe_html(
            f"We stopped because {LONG_PLACE} {LONG_WORD} changed. {SCRIPT} "
            f"<img src=x onerror=alert(1)> Read more at {LONG_URL}"
        ),
    )
    not_agreed = Banner(
        DecisionStatus.NOT_AGREED,
        decision_wording.STATUS_LABELS[DecisionStatus.NOT_AGREED],
        (f"The proposal was not agreed on 24 June 2026. {SCRIPT}",),
        decision_wording.NOT_AGREED_REASON,
        safe_html(f"## {LONG_WORD}\n\n{SCRIPT} See {LONG_URL}", lowest_heading=4),
    )
    return [
        consultation("forthcoming", "Forthcoming: when it opens and closes", "climate-action-plan"),
        consultation(
            "open", "Open, weeks before it closes, with the link to the ways to respond", "budget-council-tax-2027-28"
        ),
        consultation("open-days-left", "Open, closing in 3 days (urgent)", "garden-waste-charge"),
        consultation("open-one-day-left", "Open, 1 day left (urgent)", "garden-waste-charge", ONE_DAY_LEFT),
        consultation("open-last-day", "Open, the last day to respond (urgent)", "garden-waste-charge", LAST_DAY),
        consultation("closed", "Closed, analysing feedback, outcome due", "northgate-play-area"),
        consultation("closed-outcome-overdue", "Closed, the outcome is overdue", "youth-services-review"),
        consultation("outcome-published", "Outcome published", "library-opening-hours"),
        consultation("withdrawn", "Withdrawn, with the reason why", "brookside-day-centre"),
        Example(
            "status-banner--long-and-unsafe",
            "status-banner",
            "Withdrawn, with a long unbroken reason and markup that must be shown as text",
            {"banner": withdrawn},
            CONSULTATION,
        ),
        decision("forward-plan", "Forward plan: expected, with the notice given", "NDC-2026-033"),
        decision("call-in-period", "Decided and can still be called in, with the deadline", "NDC-2026-031"),
        decision("called-in", "Called in, for scrutiny to consider", "NDC-2026-030"),
        decision(
            "call-in-ended",
            "The call-in period is over; it can be implemented from the next working day",
            "NDC-2026-031",
            CALL_IN_OVER,
        ),
        decision("in-force", "In force: can be implemented", "NDC-2026-017"),
        decision("in-force-exempt-from-call-in", "In force, cannot be called in, with the reason why", "NDC-2026-027"),
        decision("not-agreed", "Not agreed, with the reason why", "NDC-2026-021"),
        Example(
            "status-banner--decision-long-and-unsafe",
            "status-banner",
            "Not agreed, with a long unbroken reason and markup that must be shown as text",
            {"banner": not_agreed},
            DECISION,
        ),
    ]


def _summary_lists() -> list[Example]:
    budget = consultation_page("budget-council-tax-2027-28")
    called_in, key, forward = (
        decision_page("NDC-2026-030"),
        decision_page("NDC-2026-017"),
        decision_page("NDC-2026-033"),
    )
    not_agreed = decision_page("NDC-2026-021")

    def facts(name, description, kind, facts, heading, heading_id="", under_heading="", shown_on=""):
        context = {"facts": facts, "heading": heading} | ({"heading_id": heading_id} if heading_id else {})
        return Example(
            f"summary-list--{name}",
            "summary-list",
            description,
            context,
            kind,
            under_heading=under_heading,
            shown_on=shown_on,
        )

    def part_c(page: DecisionPage) -> DecisionPart:
        return next(part for part in page.parts if part.id == "part-c")

    unsafe = (
        Fact("Who it is for", f"Residents of {APOSTROPHE_NAME} Close and {LONG_PLACE}, {SCRIPT}"),
        Fact(LONG_WORD, LONG_URL),
        Fact(
            "Wards",
            links=(
                LinkView("St Anne's", "wards/st-anne-s/"),
                LinkView(f"{LONG_PLACE} {SCRIPT}", f'wards/{LONG_PLACE.lower()}/"onmouseover="x'),
            ),
        ),
    )
    unsafe_decision = (
        Fact("Decision maker", f"Councillor {APOSTROPHE_NAME}, Cabinet Member for {LONG_WORD} {SCRIPT}"),
        Fact(
            "Report author and contact",
            f"{APOSTROPHE_NAME}, {LONG_PLACE} Team",
            contacts=(
                LinkView(LONG_EMAIL, f"mailto:{LONG_EMAIL}?subject={quote(SCRIPT)}"),
                LinkView("01632 960 350", "tel:+441632960350"),
            ),
        ),
        Fact(
            "Wards affected",
            links=(
                LinkView("St Anne's", "decisions/wards/st-anne-s/"),
                LinkView(LONG_PLACE, f"decisions/wards/{LONG_PLACE.lower()}/"),
            ),
        ),
        Fact("Background papers", LONG_URL),
    )
    return [
        facts(
            "consultation",
            "A consultation's key facts, with links to wards and topics",
            CONSULTATION,
            budget.facts,
            "Key facts",
            "key-facts",
            shown_on=consultation_url("budget-council-tax-2027-28"),
        ),
        facts(
            "consultation-plain-values",
            "A consultation's key facts that are plain text",
            CONSULTATION,
            tuple(f for f in budget.facts if not f.links),
            "Key facts",
            "key-facts",
        ),
        facts(
            "long-and-unsafe",
            "Key facts with long unbroken words, apostrophes and markup",
            CONSULTATION,
            unsafe,
            "Key facts",
            "key-facts",
        ),
        facts(
            "decision-header",
            "The facts of a key decision made by Cabinet",
            DECISION,
            key.facts,
            "About this decision",
            "about-this-decision",
            shown_on=decision_url("NDC-2026-017"),
        ),
        facts(
            "with-contacts",
            "The facts of a decision, with the report author's email and phone links",
            DECISION,
            called_in.facts,
            "About this decision",
            "about-this-decision",
            shown_on=decision_url("NDC-2026-030"),
        ),
        facts(
            "decision-header-forward-plan",
            "The facts of a key decision for all wards, not yet made",
            DECISION,
            forward.facts,
            "About this decision",
            "about-this-decision",
            shown_on=decision_url("NDC-2026-033"),
        ),
        facts(
            "record-of-decision",
            "Part C: the record of a decision that was agreed",
            DECISION,
            part_c(key).facts,
            "",
            under_heading=part_c(key).title,
            shown_on=decision_url("NDC-2026-017"),
        ),
        facts(
            "record-of-decision-not-agreed",
            "Part C: the record of a proposal that was not agreed",
            DECISION,
            part_c(not_agreed).facts,
            "",
            under_heading=part_c(not_agreed).title,
            shown_on=decision_url("NDC-2026-021"),
        ),
        facts(
            "call-in",
            "The call-in of a decision, not yet considered by scrutiny",
            DECISION,
            called_in.called_in,
            "Call-in",
            "call-in",
            shown_on=decision_url("NDC-2026-030"),
        ),
        facts(
            "decision-long-and-unsafe",
            "Decision facts with long unbroken words and addresses, apostrophes and markup",
            DECISION,
            unsafe_decision,
            "About this decision",
            "about-this-decision",
        ),
    ]


def _document_lists() -> list[Example]:
    def documents(
        name,
        description,
        kind,
        docs,
        heading="Documents",
        heading_id="documents",
        heading_level=2,
        under_heading="",
        shown_on="",
    ):
        context = {"documents": tuple(docs), "heading": heading, "heading_id": heading_id}
        if heading_level != 2:
            context["heading_level"] = heading_level
        return Example(
            f"document-list--{name}",
            "document-list",
            description,
            context,
            kind,
            under_heading=under_heading,
            shown_on=shown_on,
        )

    budget = consultation_page("budget-council-tax-2027-28")
    dogs = consultation_page("dog-control-pspo")
    masterplan = consultation_page("town-centre-masterplan")
    oakwood = consultation_page("oakwood-leisure-centre")
    leisure, scoring = decision_page("NDC-2026-017"), decision_page("NDC-2026-031")
    unsafe_title = f'{APOSTROPHE_NAME}\'s "evidence" {SCRIPT} {LONG_WORD}'
    unsafe = (
        DocumentView(
            unsafe_title,
            LONG_URL + '?a=1&b="2"',
            "Web page",
            accessible=False,
            request_format=_request_format(unsafe_title, f"{LONG_PLACE} bypass"),
            external=True,
        ),
        DocumentView(
            f"{LONG_PLACE} route map",
            f"consultations/{LONG_PLACE.lower()}/route-map.pdf",
            "PDF, 2 KB, 1 page",
            accessible=True,
        ),
    )
    return [
        documents(
            "accessible",
            "An accessible PDF in the consultation's folder",
            CONSULTATION,
            [_document(budget, "Budget proposals 2027 to 2028")],
        ),
        documents(
            "not-accessible",
            "A PDF that is not accessible, with a request for another format",
            CONSULTATION,
            [_document(dogs, "Summary of complaints and evidence 2023 to 2026")],
        ),
        documents(
            "web-page",
            "A web page on another site",
            CONSULTATION,
            [_document(masterplan, "Town centre masterplan summary")],
        ),
        documents(
            "every-kind",
            "An accessible PDF, a PDF that is not accessible and a web page that is not",
            CONSULTATION,
            dogs.documents,
            shown_on=consultation_url("dog-control-pspo"),
        ),
        documents(
            "outcome-documents",
            "The documents of an outcome, as a heading level 3",
            CONSULTATION,
            oakwood.outcome.documents,
            "Outcome documents",
            "outcome-documents",
            3,
            under_heading="We asked, you said, we did",
            shown_on=consultation_url("oakwood-leisure-centre"),
        ),
        documents(
            "decision",
            "A decision's report and a web page that is not accessible, with a request",
            DECISION,
            leisure.documents,
            shown_on=decision_url("NDC-2026-017"),
        ),
        documents(
            "decision-report-and-appendix",
            "A decision's report and appendix",
            DECISION,
            scoring.documents,
            shown_on=decision_url("NDC-2026-031"),
        ),
        documents("empty", "No documents: nothing is shown", DECISION, decision_page("NDC-2026-033").documents),
        documents(
            "long-and-unsafe",
            "Documents with long unbroken titles and addresses, quotes and markup",
            CONSULTATION,
            unsafe,
        ),
        documents(
            "hub-page-and-pdf",
            "A document written in Markdown: its web page first, with its PDF beside it",
            CONSULTATION,
            masterplan.documents,
            shown_on=consultation_url("town-centre-masterplan"),
        ),
        documents(
            "decision-hub-page",
            "A decision's document written in Markdown, with no PDF, listed before its report",
            DECISION,
            decision_page("NDC-2026-011").documents,
            shown_on=decision_url("NDC-2026-011"),
        ),
        documents(
            "hub-page-long-and-unsafe",
            "A web page of a document and its PDF, with long unbroken words, quotes and markup",
            CONSULTATION,
            [
                DocumentView(
                    unsafe_title,
                    f"consultations/{LONG_PLACE.lower()}/{LONG_WORD.lower()}/",
                    f"Web page, about 2,400 words, a 12 minute read {SCRIPT}",
                    accessible=True,
                    web_page=True,
                    other_format=LinkView(f"Also as a PDF {SCRIPT}", f"consultations/{LONG_PLACE.lower()}/plan.pdf"),
                    other_described=f"120 KB, 4 pages {LONG_WORD}",
                )
            ],
        ),
    ]


def _contents_lists() -> list[Example]:
    """A document's contents list (overrides/document.html), from the demo's documents written in Markdown."""
    masterplan = f"{consultation_url('town-centre-masterplan')}draft-masterplan/"
    changes = f"{decision_url('NDC-2026-011')}changes-after-consultation/"
    unsafe = (
        ContentsEntry(f'{APOSTROPHE_NAME}\'s "plan" {SCRIPT}', "#siobh-n-o-neill-d-arcy-s-plan-script"),
        ContentsEntry(
            f"{LONG_PLACE} {LONG_WORD}",
            "#a-long-place",
            (ContentsEntry(f"{LONG_URL} {SCRIPT}", '#a-long-address"><script>'),),
        ),
    )

    def contents(name, description, kind, entries, url=""):
        return Example(
            f"contents-list--{name}",
            "contents-list",
            description,
            {"contents": entries},
            kind,
            page_url=url,
            shown_on=url,
        )

    return [
        contents(
            "two-levels",
            "A consultation document's main headings, with the headings under some of them",
            CONSULTATION,
            demo_at(DEMO_NOW).model(masterplan).contents,
            masterplan,
        ),
        contents(
            "one-level",
            "A decision notice's document with main headings only",
            DECISION,
            demo_at(DEMO_NOW).model(changes).contents,
            changes,
        ),
        contents("empty", "A document with no headings: no contents list is shown", CONSULTATION, ()),
        contents("long-and-unsafe", "Headings with long unbroken words, quotes and markup", CONSULTATION, unsafe),
    ]


def _event_lists() -> list[Example]:
    def events(name, description, items, shown_on=""):
        return Example(
            f"event-list--{name}", "event-list", description, {"events": tuple(items)}, CONSULTATION, shown_on=shown_on
        )

    budget = consultation_page("budget-council-tax-2027-28")
    garden = consultation_page("garden-waste-charge")
    housing = consultation_page("housing-allocations-policy")
    online_only = EventView(
        title=f"Online question time for {APOSTROPHE_NAME} {SCRIPT}",
        when="7pm to 8pm on 2 December 2026",
        venue=None,
        address=None,
        access="Live captions are turned on. You can also join by phone.",
        online=LONG_URL,
        past=False,
        calendar="consultations/budget-council-tax-2027-28/event-9.ics",
    )
    long_venue = EventView(
        title=f"Drop-in at {LONG_PLACE} Village Hall",
        when="10am to midday on 3 December 2026",
        venue=f"{LONG_PLACE} Village Hall",
        address=f"1 {LONG_WORD} Road, Northbrook NB9 9ZZ",
        access=f"Step-free. See {LONG_URL}",
        online=None,
        past=False,
        calendar="consultations/budget-council-tax-2027-28/event-10.ics",
    )
    return [
        events(
            "upcoming-in-person",
            "An upcoming drop-in with access information",
            [_event(budget, "Budget drop-in at Brookside Library")],
        ),
        events(
            "online",
            "An upcoming meeting you can also join online",
            [_event(budget, "Budget question time with the Leader of the Council")],
        ),
        events("past", "An event that has taken place", [_event(garden, "Drop-in at Millbrook Library")]),
        events(
            "past-and-upcoming",
            "Events that have taken place, are coming up and are online",
            housing.events,
            shown_on=consultation_url("housing-allocations-policy"),
        ),
        events("empty", "No events: nothing is shown", []),
        events(
            "long-and-unsafe",
            "Events with long unbroken words and addresses, apostrophes and markup",
            [online_only, long_venue],
        ),
    ]


def _ways_to_respond() -> list[Example]:
    budget, northgate = consultation_page("budget-council-tax-2027-28"), consultation_page("northgate-play-area")
    every_way = budget.respond
    offline_only = replace(every_way, online=None, email=None, email_href=None, response_form=None)
    unsafe = RespondView(
        online=LONG_URL,
        email=LONG_EMAIL,
        email_href=f"mailto:{LONG_EMAIL}?subject={quote(SCRIPT)}",
        post=(f"{APOSTROPHE_NAME} {SCRIPT}", f"{LONG_WORD} House", f"{LONG_PLACE} NB9 9ZZ"),
        phone="01632 960 800",
        phone_href="tel:+441632960800",
        in_person=f"At {LONG_PLACE} library. {SCRIPT}",
        response_form=every_way.response_form,
    )
    return [
        Example(
            "ways-to-respond--every-way",
            "ways-to-respond",
            "Online, by email, by post, by phone, in person and on a response form",
            {"respond": every_way, "title": budget.title},
            CONSULTATION,
            shown_on=consultation_url("budget-council-tax-2027-28"),
        ),
        Example(
            "ways-to-respond--offline-only",
            "ways-to-respond",
            "Only by post, by phone and in person",
            {"respond": offline_only, "title": budget.title},
            CONSULTATION,
        ),
        Example(
            "ways-to-respond--none",
            "ways-to-respond",
            "Not open, so no ways to respond: nothing is shown",
            {"respond": northgate.respond, "title": northgate.title},
            CONSULTATION,
        ),
        Example(
            "ways-to-respond--long-and-unsafe",
            "ways-to-respond",
            "Long unbroken web and email addresses, apostrophes and markup",
            {"respond": unsafe, "title": f"{APOSTROPHE_NAME}'s {SCRIPT} consultation"},
            CONSULTATION,
        ),
    ]


UNSAFE_DECISION = RelatedRecord(
    title=f"{APOSTROPHE_NAME}'s {LONG_WORD} {SCRIPT}",
    href=f"decisions/{LONG_PLACE}/",
    detail=f"This decision can be called in until 5pm on 27 November 2026. {LONG_URL}",
)
UNSAFE_CONSULTATION = RelatedRecord(
    title=f"{APOSTROPHE_NAME}'s {LONG_PLACE} {SCRIPT} consultation",
    href=f"consultations/{LONG_WORD}/#outcome",
    detail=f"1,234 responses. {SCRIPT} We published what residents told us on 20 March 2026. {LONG_URL}",
)


def _outcomes() -> list[Example]:
    def outcome(name, description, slug, **changes):
        page = consultation_page(slug)
        return Example(
            f"outcome--{name}",
            "outcome",
            description,
            {"outcome": page.outcome, "summary": page.summary, "decisions": page.decisions, **changes},
            CONSULTATION,
            shown_on="" if changes or page.outcome is None else consultation_url(slug),
        )

    wide_table = (
        "| Option | " + " | ".join(f"Ward {n} votes" for n in range(1, 9)) + " |\n"
        "|---|" + "---|" * 8 + "\n| Repair | " + " | ".join(str(100 + n) for n in range(8)) + " |"
    )
    unsafe = OutcomeView(
        published="5 September 2025",
        responses="1 response",
        you_said=safe_html(f"## {LONG_WORD}\n\n{SCRIPT} You said {LONG_URL}\n\n{wide_table}", lowest_heading=4),
        we_did=safe_html(f'We asked {APOSTROPHE_NAME}. <a href="javascript:alert(1)">Details</a>', lowest_heading=4),
        documents=(),
    )
    st_annes = consultation_page("st-annes-community-garden")
    return [
        outcome(
            "with-documents-and-decision",
            "We asked, you said, we did, with the report and the related decision",
            "oakwood-leisure-centre",
        ),
        outcome(
            "no-documents",
            "An outcome with no documents and no related decision",
            "st-annes-community-garden",
            outcome=replace(st_annes.outcome, documents=()),
        ),
        outcome(
            "with-documents-no-decision",
            "An outcome with its report and no related decision",
            "st-annes-community-garden",
        ),
        outcome("none", "No outcome yet: nothing is shown", "northgate-play-area"),
        Example(
            "outcome--long-and-unsafe",
            "outcome",
            "An outcome with a wide table, long unbroken words and markup",
            {"outcome": unsafe, "summary": f"{SCRIPT} {LONG_PLACE}", "decisions": (UNSAFE_DECISION,)},
            CONSULTATION,
        ),
    ]


def _contacts() -> list[Example]:
    full = consultation_page("budget-council-tax-2027-28").contact
    return [
        Example(
            "contact--email-and-phone",
            "contact",
            "A named officer with role, team, email and phone",
            {"contact": full},
            CONSULTATION,
            shown_on=consultation_url("budget-council-tax-2027-28"),
        ),
        Example(
            "contact--email-only",
            "contact",
            "A named officer with role, team and email, but no phone",
            {"contact": replace(full, phone=None, phone_href=None)},
            CONSULTATION,
        ),
        Example(
            "contact--name-only",
            "contact",
            "A named officer with no other details",
            {"contact": ContactView(APOSTROPHE_NAME, None, None, None, None, None, None)},
            CONSULTATION,
        ),
        Example(
            "contact--long-and-unsafe",
            "contact",
            "A long email address, apostrophes and markup",
            {
                "contact": ContactView(
                    f"{APOSTROPHE_NAME} {SCRIPT}",
                    f"{LONG_WORD} Officer",
                    f"{LONG_PLACE} Team",
                    LONG_EMAIL,
                    f"mailto:{LONG_EMAIL}",
                    "01632 960 800",
                    "tel:+441632960800",
                )
            },
            CONSULTATION,
        ),
    ]


def _paginations() -> list[Example]:
    label = consultation_wording.STATUS_LABELS[Status.OUTCOME_PUBLISHED]
    cards = tuple(
        Card(
            title=f"Consultation {n}",
            href=f"consultations/c{n}/",
            summary="A summary.",
            status=Status.OUTCOME_PUBLISHED,
            label=label,
            when="Closed",
        )
        for n in range(1, 121)
    )
    pages = paginate(
        "consultations/outcomes/", "We asked, you said, we did", "Outcomes.", cards, consultation_wording.count
    )
    first, middle, last = (
        pages[url].pagination
        for url in ("consultations/outcomes/", "consultations/outcomes/page-2/", "consultations/outcomes/page-3/")
    )
    return [
        Example(
            "pagination--first-page",
            "pagination",
            "The first of three pages: a next link only",
            {"pagination": first},
            CONSULTATION,
            page_url="consultations/outcomes/",
        ),
        Example(
            "pagination--middle-page",
            "pagination",
            "A middle page: previous and next links",
            {"pagination": middle},
            CONSULTATION,
            page_url="consultations/outcomes/page-2/",
        ),
        Example(
            "pagination--last-page",
            "pagination",
            "The last page: a previous link only",
            {"pagination": last},
            CONSULTATION,
            page_url="consultations/outcomes/page-3/",
        ),
        Example(
            "pagination--single-page",
            "pagination",
            "A list that fits on one page: nothing is shown",
            {"pagination": demo_at(DEMO_NOW).lists["consultations/outcomes/"].pagination},
            CONSULTATION,
        ),
    ]


def _updates() -> list[Example]:
    return [
        Example(
            "updates--several",
            "updates",
            "Several updates, newest first",
            {"updates": consultation_page("budget-council-tax-2027-28").updates},
            CONSULTATION,
            shown_on=consultation_url("budget-council-tax-2027-28"),
        ),
        Example(
            "updates--latest",
            "updates",
            "The updates of the last four weeks, under the status while the consultation is open",
            {"updates": consultation_page("garden-waste-charge").latest_updates, "latest": True},
            CONSULTATION,
            shown_on=consultation_url("garden-waste-charge"),
        ),
        Example(
            "updates--one",
            "updates",
            "One recent update, under the status",
            {"updates": consultation_page("garden-waste-charge").latest_updates[:1], "latest": True},
            CONSULTATION,
        ),
        Example(
            "updates--none",
            "updates",
            "No updates: nothing is shown",
            {"updates": consultation_page("climate-action-plan").updates},
            CONSULTATION,
        ),
        Example(
            "updates--long-and-unsafe",
            "updates",
            "An update with a long web address and markup",
            {"updates": (UpdateView("20 November 2026", f"We moved the survey to {LONG_URL}. {SCRIPT}"),)},
            CONSULTATION,
        ),
    ]


def _cards() -> list[Example]:
    def one(name, description, kind, href, now=DEMO_NOW, in_group=False, list_url=""):
        found = listed(href, now, in_group, list_url)
        return Example(
            f"card--{name}",
            "card",
            description,
            {"card": found.card, "heading_level": found.heading_level},
            kind,
            under_heading=found.group,
            shown_on=shown_at(now, found.list_url),
        )

    def consultation(name, description, slug, now=DEMO_NOW, **where):
        return one(name, description, CONSULTATION, consultation_url(slug), now, **where)

    def decision(name, description, reference, **where):
        return one(name, description, DECISION, decision_url(reference), **where)

    open_label = consultation_wording.STATUS_LABELS[Status.OPEN]
    unsafe = Card(
        title=f"{APOSTROPHE_NAME}'s {LONG_WORD} {SCRIPT}",
        href=f"consultations/{LONG_PLACE.lower()}/",
        summary=f"About {LONG_URL} {SCRIPT}",
        status=Status.OPEN,
        label=open_label,
        when="Closes at 5pm on 11 January 2027 (closes in 48 days)",
        footer=consultation_wording.wards_line(f"St Anne's, {LONG_PLACE}"),
    )
    called_in = decision_wording.STATUS_LABELS[DecisionStatus.CALLED_IN]
    unsafe_decision = Card(
        title=f"{APOSTROPHE_NAME}'s {LONG_WORD} {SCRIPT}",
        href=f"decisions/{LONG_PLACE}/",
        summary=f"About {LONG_URL} {SCRIPT}",
        status=DecisionStatus.CALLED_IN,
        label=called_in,
        when=f"Decided on 11 November 2026. Decision maker: Councillor {APOSTROPHE_NAME}.",
        tags=(Tag(decision_wording.KEY_DECISION, "key"),),
        sentence=UNSAFE_DECISION.detail,
        footer=decision_wording.card_footer(f"St Anne's, {LONG_PLACE}", f"NDC-2026-{SCRIPT}"),
    )
    return [
        consultation("forthcoming", "A forthcoming consultation", "climate-action-plan"),
        consultation("open", "An open consultation, closing in 48 days", "budget-council-tax-2027-28"),
        consultation("open-closes-in-days", "An open consultation, closing in 3 days", "garden-waste-charge"),
        consultation(
            "open-closes-tomorrow", "An open consultation, closing tomorrow", "garden-waste-charge", ONE_DAY_LEFT
        ),
        consultation("open-closes-today", "An open consultation, closing today", "garden-waste-charge", LAST_DAY),
        consultation("closed", "A closed consultation: analysing feedback", "northgate-play-area"),
        consultation("outcome-published", "A consultation with its outcome published", "library-opening-hours"),
        consultation("withdrawn", "A withdrawn consultation", "brookside-day-centre"),
        consultation(
            "in-a-group",
            "A consultation in a group under a heading (a ward page)",
            "st-annes-community-garden",
            in_group=True,
            list_url="wards/st-anne-s/",
        ),
        Example(
            "card--long-and-unsafe",
            "card",
            "A consultation with a long unbroken title and address, apostrophes and markup",
            {"card": unsafe, "heading_level": 2},
            CONSULTATION,
        ),
        decision("forward-plan", "A key decision on the forward plan", "NDC-2026-033"),
        decision("call-in-period", "A decision that can still be called in", "NDC-2026-031"),
        decision("called-in", "A decision that has been called in", "NDC-2026-030"),
        one(
            "call-in-ended",
            "A decision whose call-in period is over",
            DECISION,
            decision_url("NDC-2026-031"),
            CALL_IN_OVER,
        ),
        decision("in-force", "An officer decision in force", "NDC-2026-029"),
        decision("not-agreed", "A proposal that was not agreed", "NDC-2026-021"),
        decision("key-decision", "A key decision in force", "NDC-2026-017"),
        decision(
            "decision-in-a-group",
            "A decision in a group under a heading (a ward page)",
            "NDC-2026-027",
            in_group=True,
            list_url="decisions/wards/harbour/",
        ),
        decision(
            "to-be-made-in-a-group",
            "A decision to be made, in a group under a heading (a ward page)",
            "NDC-2026-033",
            in_group=True,
            list_url="decisions/wards/abbey/",
        ),
        Example(
            "card--decision-long-and-unsafe",
            "card",
            "A decision with a long unbroken title and address, apostrophes and markup",
            {"card": unsafe_decision, "heading_level": 2},
            DECISION,
        ),
    ]


def _related() -> list[Example]:
    demo = demo_at(DEMO_NOW)
    oakwood = consultation_page("oakwood-leisure-centre").decisions
    library = consultation_page("library-opening-hours").decisions
    masterplan_decision = decision_page("NDC-2026-011").consultations
    leisure_decision = decision_page("NDC-2026-017").consultations
    # A decision can consider a consultation whose outcome is not out yet; the demo has none, so link one
    # the way the build links a notice's consultations (PublishedConsultations.link).
    published = PublishedConsultations(demo.hub.consultations, demo.hub.settings, demo.now)
    northgate = next(c for c in demo.hub.consultations if c.slug == "northgate-play-area")
    awaiting = (published.link(northgate),)

    def related(name, description, kind, context, under_heading="", shown_on=""):
        return Example(
            f"related--{name}", "related", description, context, kind, under_heading=under_heading, shown_on=shown_on
        )

    return [
        related(
            "one-decision",
            "The decision that considered a consultation",
            DECISION,
            decisions_of_a_consultation(oakwood),
        ),
        related(
            "two-decisions",
            "The decisions that considered a consultation",
            DECISION,
            decisions_of_a_consultation(oakwood + library),
        ),
        related(
            "decision-in-an-outcome",
            "The decision, as a heading level 3 (inside the outcome)",
            DECISION,
            decisions_of_a_consultation(oakwood, heading_level=3),
            under_heading="We asked, you said, we did",
            shown_on=consultation_url("oakwood-leisure-centre"),
        ),
        related(
            "consultations",
            "The consultation a decision considered, with what residents told us",
            CONSULTATION,
            consultations_of_a_decision(leisure_decision),
            shown_on=decision_url("NDC-2026-017"),
        ),
        related(
            "two-consultations",
            "The consultations a decision considered",
            CONSULTATION,
            consultations_of_a_decision(masterplan_decision + leisure_decision),
        ),
        related(
            "consultation-awaiting-outcome",
            "A consultation a decision considered, still awaiting its outcome",
            CONSULTATION,
            consultations_of_a_decision(awaiting),
        ),
        related(
            "none",
            "No related records: nothing is shown",
            CONSULTATION,
            consultations_of_a_decision(decision_page("NDC-2026-033").consultations),
        ),
        related(
            "long-and-unsafe",
            "A long unbroken decision title, apostrophes and markup",
            DECISION,
            decisions_of_a_consultation((UNSAFE_DECISION,)),
        ),
        related(
            "consultations-long-and-unsafe",
            "A long unbroken consultation title, apostrophes and markup",
            CONSULTATION,
            consultations_of_a_decision((UNSAFE_CONSULTATION,)),
        ),
    ]


def _decision_parts() -> list[Example]:
    def parts(name, description, reference):
        return Example(
            f"decision-parts--{name}",
            "decision-parts",
            description,
            {"parts": decision_page(reference).parts},
            DECISION,
            shown_on=decision_url(reference),
        )

    unsafe = (
        DecisionPart(
            "part-a",
            f"Part A: report seeking decision {SCRIPT}",
            (Section(f"{LONG_WORD} {SCRIPT}", "long", given=safe_html(f"{SCRIPT} {LONG_URL} {APOSTROPHE_NAME}")),),
            introduction=safe_html(f"Introduction by {APOSTROPHE_NAME}. <img src=x onerror=alert(1)>"),
        ),
        DecisionPart(
            "part-c",
            "Part C: record of decision",
            facts=(Fact("What was decided", f"{LONG_WORD} {SCRIPT}"),),
            note=f"A note {SCRIPT}",
        ),
    )
    return [
        parts("decided", "Parts A, B and C of a decision that has been made", "NDC-2026-017"),
        parts(
            "not-yet-decided", "Parts A, B and C of a decision on the forward plan, with no record yet", "NDC-2026-033"
        ),
        parts("not-agreed", "Parts A, B and C of a proposal that was not agreed", "NDC-2026-021"),
        Example(
            "decision-parts--long-and-unsafe",
            "decision-parts",
            "Parts with long unbroken words and addresses, apostrophes and markup",
            {"parts": unsafe},
            DECISION,
        ),
    ]


def _header_and_footer() -> list[Example]:
    without = council().model_copy(update={"phone": None, "address": None})
    return [
        Example(
            "header--default",
            "header",
            "The header on a page that is not in the navigation",
            shown_on=consultation_url("budget-council-tax-2027-28"),
        ),
        Example(
            "header--current-page",
            "header",
            "The header on a page in the navigation (Decisions)",
            page_url="decisions/",
            shown_on="decisions/",
        ),
        Example(
            "header--current-section",
            "header",
            "The header on a page inside a section of the navigation (an open consultation)",
            page_url="consultations/northgate-play-area/",
            shown_on="consultations/northgate-play-area/",
        ),
        Example(
            "footer--default",
            "footer",
            "The footer with the council's address and phone number",
            shown_on=decision_url("NDC-2026-017"),
        ),
        Example(
            "footer--without-phone-or-address",
            "footer",
            "The footer of a council with no phone or address set",
            settings=without,
        ),
    ]


def _language_switch_examples() -> list[Example]:
    """A council that publishes in Welsh and English: the switch on a page in each language (site.languages)."""

    def versions(page: str) -> list[LanguageVersion]:
        english = page.removeprefix("cy/")
        return [
            LanguageVersion("cy", "cy", "Cymraeg", f"cy/{english}"),
            LanguageVersion("en", "en-GB", "English", english),
        ]

    return [
        Example(
            "language-switch--english-page",
            "language-switch",
            "The language switch on an English page: a link to the same page in Welsh",
            {"language_versions": versions("examples/language-switch--english-page/")},
        ),
        Example(
            "language-switch--welsh-page",
            "language-switch",
            "The language switch on a Welsh page: a link to the same page in English",
            {"language_versions": versions("cy/examples/language-switch--welsh-page/")},
            page_url="cy/examples/language-switch--welsh-page/",
        ),
    ]


def _breadcrumbs() -> list[Example]:
    return [
        Example(
            "breadcrumbs--consultation",
            "breadcrumbs",
            "Where an open consultation sits: Home, Consultations, Open consultations",
            {"breadcrumbs": consultation_page("garden-waste-charge").breadcrumbs},
            CONSULTATION,
            page_url=consultation_url("garden-waste-charge"),
            shown_on=consultation_url("garden-waste-charge"),
        ),
        Example(
            "breadcrumbs--decision",
            "breadcrumbs",
            "Where a decision made sits: Home, Decisions",
            {"breadcrumbs": decision_page("NDC-2026-017").breadcrumbs},
            DECISION,
            page_url=decision_url("NDC-2026-017"),
            shown_on=decision_url("NDC-2026-017"),
        ),
        Example(
            "breadcrumbs--forward-plan",
            "breadcrumbs",
            "Where a decision still to be made sits: Home, Decisions, the forward plan",
            {"breadcrumbs": decision_page("NDC-2026-033").breadcrumbs},
            DECISION,
            page_url=decision_url("NDC-2026-033"),
            shown_on=decision_url("NDC-2026-033"),
        ),
    ]


def _respond_now() -> list[Example]:
    open_page = consultation_page("garden-waste-charge")
    offline = replace(open_page.respond, online=None, other_ways="You can respond by post or by phone.")
    unsafe = replace(open_page.respond, online=LONG_URL, other_ways=f"You can also respond by post. {SCRIPT}")
    return [
        Example(
            "respond-now--online-and-offline",
            "respond-now",
            "Open: a button to respond online, and the other ways in a sentence",
            {"respond": open_page.respond, "title": open_page.title},
            CONSULTATION,
            shown_on=consultation_url("garden-waste-charge"),
        ),
        Example(
            "respond-now--offline-only",
            "respond-now",
            "Open, with no online form: the ways to respond, and no button",
            {"respond": offline, "title": open_page.title},
            CONSULTATION,
        ),
        Example(
            "respond-now--long-and-unsafe",
            "respond-now",
            "A long web address and markup in the sentence",
            {"respond": unsafe, "title": f"{APOSTROPHE_NAME}'s {LONG_WORD} {SCRIPT}"},
            CONSULTATION,
        ),
        Example(
            "respond-now--closed",
            "respond-now",
            "Closed: nothing is shown",
            {"respond": consultation_page("northgate-play-area").respond, "title": "Northgate play area"},
            CONSULTATION,
        ),
    ]


def _stale_notices() -> list[Example]:
    open_page = consultation_page("garden-waste-charge")
    unsafe = StaleNotice(
        "2026-11-27T17:00:00+00:00",
        f"{LONG_WORD} {SCRIPT}",
        f"This consultation closed at {LONG_URL}. {APOSTROPHE_NAME} {SCRIPT}",
        hides_responding=True,
    )
    return [
        Example(
            "stale-notice--closing",
            "stale-notice",
            "Open when built: shown once it has closed, and the ways to respond are hidden",
            {"stale": open_page.stale},
            CONSULTATION,
            shown_on=consultation_url("garden-waste-charge"),
        ),
        Example(
            "stale-notice--opening",
            "stale-notice",
            "Forthcoming when built: shown once it has opened",
            {"stale": consultation_page("climate-action-plan").stale},
            CONSULTATION,
            shown_on=consultation_url("climate-action-plan"),
        ),
        Example(
            "stale-notice--call-in-ending",
            "stale-notice",
            "A decision that could be called in when built: shown once the call-in period has ended",
            {"stale": decision_page("NDC-2026-031").stale},
            DECISION,
            shown_on=decision_url("NDC-2026-031"),
        ),
        Example(
            "stale-notice--long-and-unsafe",
            "stale-notice",
            "A long unbroken heading and markup that must be shown as text",
            {"stale": unsafe},
            CONSULTATION,
        ),
        Example(
            "stale-notice--none",
            "stale-notice",
            "Closed when built: nothing can go out of date, so nothing is written",
            {"stale": consultation_page("northgate-play-area").stale},
            CONSULTATION,
        ),
    ]


def _postcode_examples() -> list[Example]:
    """The "Find consultations near you" form, as the demo build plans it for the home page and the wards index."""
    import json

    from haveyoursay.site.postcodes import wording as postcode_wording

    finders = demo_at(DEMO_NOW).plan.finders
    unsafe = replace(
        finders["wards/index.md"],
        outward_codes=f"NB1 {SCRIPT}",
        hint=postcode_wording.finder_hint(f"{APOSTROPHE_NAME} {SCRIPT}"),
        messages=json.dumps(postcode_wording.messages(f"{LONG_WORD}{SCRIPT}", f"{APOSTROPHE_NAME}'s {LONG_PLACE}")),
        other_way=LinkView(f"{LONG_WORD} {SCRIPT}", "wards/"),
    )
    return [
        Example(
            "postcode-finder--home-page",
            "postcode-finder",
            "On the home page: a postcode form, and a link to the list of wards",
            {"finder": finders["index.md"]},
        ),
        Example(
            "postcode-finder--wards-index",
            "postcode-finder",
            "On the list of wards: a postcode form, under the wards",
            {"finder": finders["wards/index.md"]},
            page_url="wards/",
            shown_on="wards/",
        ),
        Example(
            "postcode-finder--unsafe-words",
            "postcode-finder",
            "Markup, apostrophes and long words in the hint, the link and the messages",
            {"finder": unsafe},
        ),
        Example(
            "postcode-finder--none",
            "postcode-finder",
            "A council with no list of postcodes: nothing is shown",
            {"finder": None},
        ),
    ]


def _ward_map_examples() -> list[Example]:
    """The map of the wards (content/wards.geojson), as the demo build plans it for records and ward pages,
    and hand-made states the demo does not have: a former ward, the data's attribution, unsafe words."""
    from haveyoursay.consultations.pages import ward_href
    from haveyoursay.site.maps.drawing import draw_wards
    from haveyoursay.site.maps.pages import WardMaps

    demo = demo_at(DEMO_NOW)
    planned = demo.plan.maps
    maps = WardMaps(draw_wards(demo.hub.boundaries), council().name)
    attributed = replace(maps, attribution="Contains OS data © Crown copyright and database right 2026")
    unsafe = replace(
        maps.for_record(["St Anne's", "Castle", "Old Town"], False, ward_href),
        title=f"Map of {APOSTROPHE_NAME}'s wards {SCRIPT}",
        description=f"{LONG_WORD} {SCRIPT}",
        shaded_links=(LinkView("St Anne's", "wards/st-anne-s/"), LinkView(f"{LONG_PLACE} {SCRIPT}", LONG_URL)),
        not_shown=f"{LONG_PLACE} {SCRIPT} is a former ward, not on the map.",
        attribution=f"{LONG_WORD} {LONG_URL} {SCRIPT}",
    )

    def planned_on(name, description, kind, url):
        """The page's map, and its search facts as the hook gives them (a record's page is in the search index)."""
        source = f"{url}index.md"
        search_facts = demo.plan.search_facts(source, demo.plan.models[source]())
        return Example(
            f"ward-map--{name}",
            "ward-map",
            description,
            {"ward_map": planned[source](), "search_facts": search_facts},
            kind,
            shown_on=url,
        )

    return [
        planned_on(
            "some-wards",
            "A consultation for three wards: they are shaded and named as links",
            CONSULTATION,
            consultation_url("town-centre-masterplan"),
        ),
        planned_on("one-ward", "A consultation for one ward", CONSULTATION, consultation_url("northgate-play-area")),
        planned_on(
            "all-wards",
            "A consultation for all wards: every ward is shaded",
            CONSULTATION,
            consultation_url("budget-council-tax-2027-28"),
        ),
        planned_on(
            "ward-page",
            "A ward's page: the ward shaded, and the wards next to it linked",
            CONSULTATION,
            "wards/castle/",
        ),
        planned_on("decision", "A decision notice for two wards", DECISION, decision_url("NDC-2026-027")),
        planned_on(
            "decision-ward-page",
            "A ward's page of decisions: neighbours link to their decisions",
            DECISION,
            "decisions/wards/harbour/",
        ),
        Example(
            "ward-map--former-ward",
            "ward-map",
            "An older record that also names a former ward",
            {"ward_map": maps.for_record(["Castle", "Old Town"], False, ward_href)},
            CONSULTATION,
        ),
        Example(
            "ward-map--with-attribution",
            "ward-map",
            "Boundaries whose licence asks for an attribution line",
            {"ward_map": attributed.for_record(["Harbour"], False, ward_href)},
            CONSULTATION,
        ),
        Example(
            "ward-map--long-and-unsafe",
            "ward-map",
            "Long words, an apostrophe and markup in every text",
            {"ward_map": unsafe},
            CONSULTATION,
        ),
        Example(
            "ward-map--none",
            "ward-map",
            "A council with no ward boundaries: nothing is shown",
            {"ward_map": None},
            CONSULTATION,
        ),
    ]


# -- what happens and when: the timeline ------------------------------------------------------------

# Moments in the life of the Oakwood Leisure Centre decision (NDC-2026-017): notice given on 29 May, made
# on 8 July, published at 10am on 9 July, its call-in period ending at 5pm on 16 July.
OAKWOOD_EXPECTED = "2026-06-15T12:00"
OAKWOOD_CALL_IN_PERIOD = "2026-07-09T12:00"
OAKWOOD_CALL_IN_OVER = "2026-07-16T18:00"
OAKWOOD_CALLED_IN = "2026-07-15T12:00"
OAKWOOD_SCRUTINY_DONE = "2026-08-03T12:00"


@dataclass(frozen=True)
class Journey:
    """The Oakwood consultation and the decision it fed, at ``now``, with the decision's record changed into
    a state the demo does not have (called in, not agreed, exempt from call-in), timed by site.timeline
    as a build would time them."""

    consultation: Timeline
    notice: Timeline


def oakwood_journey(now: str, **changes: Any) -> Journey:
    from haveyoursay.decisions.pages import PublishedDecisions
    from haveyoursay.site.timeline import consultation_timeline, decision_timelines

    demo = demo_at(now)
    hub, settings = demo.hub, demo.hub.settings
    assert settings is not None
    oakwood = next(c for c in hub.consultations if c.slug == "oakwood-leisure-centre")
    notice = next(n for n in hub.decisions if n.reference == "NDC-2026-017")
    changed = replace(notice, record=notice.record.model_copy(update=changes))
    consultations = PublishedConsultations(hub.consultations, settings, demo.now)
    decisions = PublishedDecisions([changed if n is notice else n for n in hub.decisions], settings, demo.now)
    return Journey(
        consultation_timeline(consultations, oakwood, decisions, [changed]),
        decision_timelines(decisions, changed, consultations, [oakwood])[0],
    )


def _called_in(outcome: bool) -> dict[str, Any]:
    from haveyoursay.decisions.record import CalledIn

    called = {"date": "2026-07-14", "by": "Councillors Ruth Evans, Tom Moore and Aisha Khan", "reason": "The cost."}
    if outcome:
        called["outcome"] = {"date": "2026-07-28", "result": "no further action"}
    return {"called_in": CalledIn.model_validate(called)}


def _not_agreed() -> dict[str, Any]:
    notice = next(n for n in demo_at(DEMO_NOW).hub.decisions if n.reference == "NDC-2026-017")
    record = notice.record.record_of_decision
    assert record is not None
    return {
        "record_of_decision": record.model_copy(
            update={"agreed": False, "not_agreed_because": "The cost of building has gone up."}
        )
    }


def _exempt_from_call_in() -> dict[str, Any]:
    from haveyoursay.decisions.record import CallInExemption

    return {"exempt_from_call_in": CallInExemption(reason="The pool must close for safety.")}


def _timeline_examples() -> list[Example]:
    """The journey of a consultation on its page, in each status, and with the decision it fed in each of
    that decision's statuses; the same journeys on the decision notice's page. From the demo hub at
    moments in the Oakwood decision's life; the states the demo has no record in come from the Oakwood
    decision with its record changed (``oakwood_journey``)."""

    def of_consultation(name, description, slug, now=DEMO_NOW):
        return Example(
            f"timeline--{name}",
            "timeline",
            description,
            {"timeline": consultation_page(slug, now).timeline},
            CONSULTATION,
            shown_on=shown_at(now, consultation_url(slug)),
        )

    def of_notice(name, description, reference, now=DEMO_NOW):
        return Example(
            f"timeline--notice-{name}",
            "timeline",
            description,
            {"timeline": decision_page(reference, now).timelines[0]},
            DECISION,
            shown_on=shown_at(now, decision_url(reference)),
        )

    def changed(name, description, journey: Journey):
        return [
            Example(f"timeline--fed-{name}", "timeline", description, {"timeline": journey.consultation}, CONSULTATION),
            Example(f"timeline--notice-{name}", "timeline", description, {"timeline": journey.notice}, DECISION),
        ]

    oakwood = "oakwood-leisure-centre"
    unsafe = Timeline(
        f"What happens and when at {LONG_PLACE} {SCRIPT}",
        "what-happens-and-when",
        (
            TimelineStep(
                f"Drop-in at {APOSTROPHE_NAME}'s house",
                "5pm to 8pm on 18 March 2026",
                StepState.DONE,
                "Done",
                f"{LONG_WORD} {SCRIPT}",
            ),
            TimelineStep(
                f"Consultation closes {SCRIPT}",
                "5pm on 24 April 2026",
                StepState.CURRENT,
                "Next",
                LONG_URL,
                LinkView(f"How to respond {SCRIPT}", f'{LONG_URL}"onmouseover="x'),
            ),
            TimelineStep(
                LONG_WORD,
                "by 17 July 2026",
                StepState.TO_COME,
                "To come",
                link=LinkView(f"Decision notice: {LONG_PLACE}", "decisions/NDC-2026-017/"),
            ),
        ),
    )
    return [
        of_consultation(
            "forthcoming", "Forthcoming: it opens, its events, it closes, the outcome is due", "climate-action-plan"
        ),
        of_consultation(
            "open", "Open: it closes next, with a link to the ways to respond", "budget-council-tax-2027-28"
        ),
        of_consultation("closed", "Closed: the outcome is published next, by a date", "northgate-play-area"),
        of_consultation("closed-outcome-overdue", "Closed: the outcome is overdue", "youth-services-review"),
        of_consultation(
            "outcome-published", "Outcome published, with no decision to wait for", "st-annes-community-garden"
        ),
        of_consultation("withdrawn", "Withdrawn: nothing comes after", "brookside-day-centre"),
        of_consultation(
            "fed-forward-plan",
            "Closed, with notice given of the decision it fed, expected next",
            oakwood,
            OAKWOOD_EXPECTED,
        ),
        of_consultation(
            "fed-call-in-period",
            "The decision it fed is made and can still be called in",
            oakwood,
            OAKWOOD_CALL_IN_PERIOD,
        ),
        of_consultation(
            "fed-call-in-ended", "The decision it fed comes into force next", oakwood, OAKWOOD_CALL_IN_OVER
        ),
        of_consultation("fed-in-force", "The decision it fed is in force: the whole journey, done", oakwood),
        *changed(
            "called-in",
            "The decision it fed is called in, for scrutiny to consider",
            oakwood_journey(OAKWOOD_CALLED_IN, **_called_in(outcome=False)),
        ),
        *changed(
            "called-in-no-further-action",
            "Called in, scrutiny took no further action: in force",
            oakwood_journey(OAKWOOD_SCRUTINY_DONE, **_called_in(outcome=True)),
        ),
        *changed(
            "not-agreed",
            "The proposal it fed was not agreed: nothing comes after",
            oakwood_journey(OAKWOOD_CALL_IN_PERIOD, **_not_agreed()),
        ),
        *changed(
            "exempt-from-call-in",
            "The decision it fed cannot be called in: in force at once",
            oakwood_journey(OAKWOOD_CALL_IN_PERIOD, **_exempt_from_call_in()),
        ),
        of_notice(
            "forward-plan",
            "On the notice: the consultation it will consider, and the decision expected",
            "NDC-2026-017",
            OAKWOOD_EXPECTED,
        ),
        of_notice(
            "call-in-period",
            "On the notice: decided, and the end of the call-in period next",
            "NDC-2026-017",
            OAKWOOD_CALL_IN_PERIOD,
        ),
        of_notice(
            "call-in-ended",
            "On the notice: the call-in period is over, in force next",
            "NDC-2026-017",
            OAKWOOD_CALL_IN_OVER,
        ),
        of_notice("in-force", "On the notice: from the consultation to the decision in force", "NDC-2026-017"),
        Example(
            "timeline--long-and-unsafe",
            "timeline",
            "Long words, an apostrophe and markup in every text",
            {"timeline": unsafe},
            CONSULTATION,
        ),
        Example("timeline--none", "timeline", "No timeline: nothing is shown", {"timeline": None}, CONSULTATION),
    ]


def _printing_examples() -> list[Example]:
    """Print and post (site.printing): the links on an open consultation's page, its summary and notice to print
    and their QR code, as the demo build plans them, and hand-made states the demo does not have."""
    from markupsafe import Markup

    from haveyoursay.site.components import PrintLink
    from haveyoursay.site.printing import wording as printing_wording
    from haveyoursay.site.printing.pages import page_address

    demo = demo_at(DEMO_NOW)
    garden = consultation_url("garden-waste-charge")
    summary = demo.model(f"{garden}print/")
    notice = demo.model(f"{garden}notice/")
    budget_notice = demo.model(f"{consultation_url('budget-council-tax-2027-28')}notice/")
    on_the_web = replace(
        summary,
        proposal=Markup("<p>{}</p>").format(printing_wording.PROPOSAL_ON_THE_WEB),
        can_change=Markup("<p>{}</p>").format(printing_wording.CHANGE_ON_THE_WEB),
    )
    unsafe_words = f"{APOSTROPHE_NAME}'s {LONG_WORD} {SCRIPT}"
    unsafe_page = page_address(LONG_URL, f"{LONG_PLACE} {SCRIPT}")
    unsafe_event = replace(summary.events[0], title=unsafe_words, venue=LONG_PLACE, address=LONG_URL, access=SCRIPT)
    unsafe_ways = tuple(replace(way, lines=(*way.lines, LONG_EMAIL, SCRIPT)) for way in summary.ways)
    unsafe_summary = replace(
        summary,
        title=unsafe_words,
        summary=unsafe_words,
        proposal=safe_html(f"<p>{LONG_WORD}</p>{SCRIPT}"),
        ways=unsafe_ways,
        events=(unsafe_event,),
        more_events=SCRIPT,
        page=unsafe_page,
        contact=replace(summary.contact, name=APOSTROPHE_NAME, role=SCRIPT, email=LONG_EMAIL),
    )
    unsafe_notice = replace(
        notice,
        title=unsafe_words,
        summary=unsafe_words,
        ways=unsafe_ways,
        events=(unsafe_event,),
        page=unsafe_page,
        council=f"{LONG_PLACE} {SCRIPT}",
        compact=True,
    )
    return [
        Example(
            "print-links--open",
            "print-links",
            "Open: links to a summary to share and a notice to put up",
            {"printing": consultation_page("garden-waste-charge").printing},
            CONSULTATION,
            shown_on=garden,
        ),
        Example(
            "print-links--closed",
            "print-links",
            "Closed: nothing to print, so nothing is shown",
            {"printing": consultation_page("northgate-play-area").printing},
            CONSULTATION,
        ),
        Example(
            "print-links--long-and-unsafe",
            "print-links",
            "Long words and markup in the links",
            {"printing": (PrintLink(unsafe_words, LONG_URL, SCRIPT),)},
            CONSULTATION,
        ),
        Example(
            "print-summary--open",
            "print-summary",
            "An open consultation's summary to print",
            {"summary": summary},
            CONSULTATION,
            page_url=f"{garden}print/",
            shown_on=f"{garden}print/",
        ),
        Example(
            "print-summary--sections-on-the-web",
            "print-summary",
            "Sections too long for paper: the summary points to the web page",
            {"summary": on_the_web},
            CONSULTATION,
        ),
        Example(
            "print-summary--without-ways-or-events",
            "print-summary",
            "No ways to respond and no events to come: those sections are left out",
            {"summary": replace(summary, ways=(), events=(), more_events="")},
            CONSULTATION,
        ),
        Example(
            "print-summary--long-and-unsafe",
            "print-summary",
            "Long words, an apostrophe and markup in every text",
            {"summary": unsafe_summary},
            CONSULTATION,
        ),
        Example(
            "qr-code--consultation",
            "qr-code",
            "A consultation's web address and a QR code to it",
            {"web_page": summary.page},
            CONSULTATION,
        ),
        Example(
            "qr-code--long-and-unsafe",
            "qr-code",
            "A very long web address and markup in a note",
            {"web_page": unsafe_page},
            CONSULTATION,
        ),
        Example(
            "site-notice--open",
            "site-notice",
            "An open consultation's notice to put up",
            {"notice": notice},
            CONSULTATION,
            page_url=f"{garden}notice/",
            shown_on=f"{garden}notice/",
        ),
        Example(
            "site-notice--compact",
            "site-notice",
            "A long notice: smaller type, and the next event only",
            {"notice": budget_notice},
            CONSULTATION,
        ),
        Example(
            "site-notice--without-ways-or-events",
            "site-notice",
            "No ways to respond and no events to come: those sections are left out",
            {"notice": replace(notice, ways=(), events=(), more_events="")},
            CONSULTATION,
        ),
        Example(
            "site-notice--long-and-unsafe",
            "site-notice",
            "Long words, an apostrophe and markup in every text",
            {"notice": unsafe_notice},
            CONSULTATION,
        ),
    ]


def _head_examples() -> list[Example]:
    """What a page says about itself in its head (link previews, feeds, schema.org): the partial's meta tags."""
    demo = demo_at(DEMO_NOW)
    consultation = consultation_url("budget-council-tax-2027-28")
    decision = decision_url("NDC-2026-031")
    return [
        Example(
            "head--consultation",
            "head",
            "A consultation's head: its summary for link previews and its schema.org data with events",
            {"head": demo.plan.heads[f"{consultation}index.md"], "site_alternates": demo.plan.alternates},
            CONSULTATION,
        ),
        Example(
            "head--decision",
            "head",
            "A decision notice's head",
            {"head": demo.plan.heads[f"{decision}index.md"], "site_alternates": demo.plan.alternates},
            DECISION,
        ),
        Example(
            "head--plain-page",
            "head",
            "A page with no record behind it: the site's description only",
            {"head": None, "site_alternates": ()},
            CONSULTATION,
        ),
    ]


def _feed_examples() -> list[Example]:
    """How to follow a list (the "Get updates" box under it) and the rows of the "Get updates" page."""
    demo = demo_at(DEMO_NOW)
    maker = next(url for url in demo.lists if url.startswith("decisions/decision-makers/"))
    updates_page = demo.model("updates/")
    unsafe = FeedGroup(
        f"{LONG_WORD} {SCRIPT}",
        "by-ward",
        f"{APOSTROPHE_NAME}'s wards {SCRIPT}",
        (
            FeedRow(f"{LONG_PLACE} ward", "", f"feeds/wards/{LONG_PLACE.lower()}.xml", "calendars/wards/x.ics"),
            FeedRow(f"{APOSTROPHE_NAME} {SCRIPT}", f"{LONG_WORD} {SCRIPT}", feed="feeds/x.xml"),
        ),
    )

    def box(name: str, description: str, url: str, kind: str) -> Example:
        return Example(name, "get-updates", description, {"updates": demo.lists[url].updates}, kind, shown_on=url)

    return [
        box("get-updates--ward", "A ward: its own feed and its own calendar", "wards/castle/", CONSULTATION),
        box(
            "get-updates--open-consultations",
            "Open consultations: their feed, and the calendar of the whole hub",
            "consultations/open/",
            CONSULTATION,
        ),
        box("get-updates--forward-plan", "The forward plan: its feed", "decisions/forward-plan/", DECISION),
        box(
            "get-updates--decision-maker",
            "A decision maker's decisions: the feed of every decision notice",
            maker,
            DECISION,
        ),
        Example("get-updates--none", "get-updates", "A list with no feed: nothing is shown", {"updates": None}),
        Example(
            "feed-list--everything",
            "feed-list",
            "The feeds of the whole hub, each saying what it holds, and the hub's calendar",
            {"group": updates_page.groups[0]},
            shown_on="updates/",
        ),
        Example(
            "feed-list--wards",
            "feed-list",
            "A feed and a calendar for each ward",
            {"group": updates_page.groups[1]},
            shown_on="updates/",
        ),
        Example(
            "feed-list--long-and-unsafe",
            "feed-list",
            "Long place names, apostrophes and markup in names and descriptions; a row with only a feed",
            {"group": unsafe},
        ),
    ]


def _search_examples() -> list[Example]:
    """Search: what the index records about a page, the header's search box, the search page's form."""

    def facts(name, description, kind, url, page):
        return Example(f"search-facts--{name}", "search-facts", description, {"facts": page.search}, kind, shown_on=url)

    unsafe_facts = SearchFacts(
        kind=f"Consultation {SCRIPT}",
        status=f'Open, "closing soon" {SCRIPT}',
        state="open",
        date=f"Closing date: 27 November 2026 {SCRIPT}",
        sort_date="2026-11-27",
        year="2026",
        wards=(APOSTROPHE_NAME, LONG_PLACE, 'Castle" onmouseover="alert(1)'),
        topics=(f"{LONG_WORD} {SCRIPT}",),
    )
    search = demo_at(DEMO_NOW).model(SEARCH_URL)
    unsafe_search = replace(
        search,
        label=f"Words to search for {SCRIPT}",
        filters=(
            SearchFilter("ward", f"Ward {SCRIPT}", (APOSTROPHE_NAME, LONG_PLACE, '"><script>alert(1)</script>')),
            SearchFilter("topic", LONG_WORD, (f"{LONG_WORD} and {LONG_WORD}",)),
        ),
        no_results=f"No results {SCRIPT}",
    )
    search_off = SimpleNamespace(site_name="Have your say", extra={"council": council(), "search_url": ""})
    return [
        facts(
            "consultation",
            "An open consultation in two wards: its type, status, wards, topics, year and closing date",
            CONSULTATION,
            consultation_url("kingsmead-residents-parking-zone"),
            consultation_page("kingsmead-residents-parking-zone"),
        ),
        facts(
            "all-wards",
            "A consultation about all wards is found under every ward, as on the ward pages",
            CONSULTATION,
            consultation_url("budget-council-tax-2027-28"),
            consultation_page("budget-council-tax-2027-28"),
        ),
        facts(
            "decision",
            "A decision in force: its type, status, wards, year and decision date",
            DECISION,
            decision_url("NDC-2026-017"),
            decision_page("NDC-2026-017"),
        ),
        facts(
            "forward-plan",
            "A decision on the forward plan: the date it is expected",
            DECISION,
            decision_url("NDC-2026-033"),
            decision_page("NDC-2026-033"),
        ),
        Example(
            "search-facts--hand-written-page",
            "search-facts",
            "A hand-written page is found by its words alone: nothing is written",
            {"facts": SearchFacts()},
        ),
        Example(
            "search-facts--commas-quotes-and-markup",
            "search-facts",
            "Values with commas, quotes, long words and markup stay attribute values",
            {"facts": unsafe_facts},
            CONSULTATION,
        ),
        Example(
            "search-box--default",
            "search-box",
            "The header's search box on a consultation's page, shown only where JavaScript runs",
            page_url="consultations/kingsmead-residents-parking-zone/",
            shown_on="consultations/kingsmead-residents-parking-zone/",
        ),
        Example(
            "search-box--nested-page",
            "search-box",
            "The search box on a page three folders down sends the words to the search page",
            page_url="decisions/wards/castle/",
            shown_on="decisions/wards/castle/",
        ),
        Example(
            "search-box--search-off",
            "search-box",
            "A build with search turned off has no search box",
            {"config": search_off},
        ),
        Example(
            "search-form--default",
            "search-form",
            "The search page's form, filters closed, as its script puts it in place",
            {"search": search},
            page_url=SEARCH_URL,
            shown_on=SEARCH_URL,
        ),
        Example(
            "search-form--filters-open",
            "search-form",
            "The search form with its filters open: type, status, ward, topic and year",
            {"search": search, "filters_open": True},
        ),
        Example(
            "search-form--long-and-unsafe",
            "search-form",
            "Long words and markup in the labels and filter values",
            {"search": unsafe_search, "filters_open": True},
        ),
    ]


def _open_data_examples() -> list[Example]:
    """The How we are doing page's table of figures and the Open data page's files."""
    from haveyoursay.site.figures import FiguresRow, FiguresTable
    from haveyoursay.site.open_data_pages import DataFileView

    table: FiguresTable = demo_at(DEMO_NOW).model("how-we-are-doing/").consultations
    files: tuple[DataFileView, ...] = demo_at(DEMO_NOW).model("open-data/").files
    unsafe_table = FiguresTable(
        caption=f"{LONG_WORD} {SCRIPT}",
        columns=("Year", LONG_WORD, SCRIPT, APOSTROPHE_NAME, "Responses"),
        rows=(FiguresRow(LONG_PLACE, (LONG_WORD, SCRIPT, APOSTROPHE_NAME, "1,234,567")),),
        total=FiguresRow(SCRIPT, ("1", "2", "3", "4")),
    )
    unsafe_file = DataFileView(
        title=f"{APOSTROPHE_NAME} {SCRIPT}",
        href=LONG_URL,
        described="1 KB",
        holds=f"{LONG_WORD} {SCRIPT}",
        schema=LinkView(f"{LONG_WORD} {SCRIPT}", "data/consultations.schema.json"),
    )
    return [
        Example(
            "figures-table--by-year",
            "figures-table",
            "Consultations by the year they opened, newest first, with a total row",
            {"table": table},
            shown_on="how-we-are-doing/",
        ),
        Example(
            "figures-table--a-year-with-none-run",
            "figures-table",
            "A year with a withdrawn consultation and none run: no median yet",
            {"table": demo_at("2025-12-01T10:00").model("how-we-are-doing/").consultations},
        ),
        Example(
            "figures-table--none-yet",
            "figures-table",
            "No consultation has opened yet: a sentence, no table",
            {"table": replace(table, rows=(), total=None)},
        ),
        Example(
            "figures-table--long-and-unsafe",
            "figures-table",
            "Long words and markup in the caption, headings and figures",
            {"table": unsafe_table},
        ),
        Example(
            "data-files--open-data",
            "data-files",
            "Every open data file, with its size, what it holds and what describes it",
            {"files": files},
            shown_on="open-data/",
        ),
        Example(
            "data-files--without-schema",
            "data-files",
            "A file that nothing else describes: no second link",
            {"files": tuple(f for f in files if f.schema is None)},
        ),
        Example(
            "data-files--long-and-unsafe",
            "data-files",
            "A long web address and markup in a file's name and description",
            {"files": (unsafe_file,)},
        ),
    ]


@functools.cache
def all_examples() -> dict[str, Example]:
    """Every example by name, component by component."""
    examples = [
        *_status_banners(),
        *_summary_lists(),
        *_document_lists(),
        *_contents_lists(),
        *_event_lists(),
        *_ways_to_respond(),
        *_outcomes(),
        *_contacts(),
        *_updates(),
        *_paginations(),
        *_cards(),
        *_related(),
        *_decision_parts(),
        *_header_and_footer(),
        *_language_switch_examples(),
        *_breadcrumbs(),
        *_respond_now(),
        *_stale_notices(),
        *_open_data_examples(),
        *_feed_examples(),
        *_head_examples(),
        *_postcode_examples(),
        *_ward_map_examples(),
        *_printing_examples(),
        *_timeline_examples(),
        *_search_examples(),
    ]
    by_name: dict[str, Example] = {}
    urls: set[str] = set()
    for example in examples:
        if example.name in by_name or example.url in urls:
            raise ValueError(f"two examples are called {example.name} or sit at {example.url}")
        by_name[example.name] = example
        urls.add(example.url)
    return by_name
