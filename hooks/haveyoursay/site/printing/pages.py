"""The printed pages of a consultation: a summary to share and a notice to put up, each on A4.

Each consultation that is open when the site is built gets two pages beside
its own: ``print/`` (a summary on at most 2 pages of A4) and ``notice/`` (a
notice on 1 page, for a noticeboard, shop window or lamp post). They come and
go with its ways to respond: built when it opens, gone once it has closed.

Paper is read long after the build, so everything on it is written out in
full: dates, the postal address, phone numbers, the web addresses (never "click
here"), and a QR code to the page (``qr``). A section too long for paper is
replaced by a pointer to the web page, and only the next few events are
printed, so the summary always fits on 2 pages and the notice on 1
(tests/browser/test_printing.py prints them in Chromium and counts the pages).
Key dates are the opening and closing dates: the events have their own section.

The pages are linked from the consultation's page only: they are in no list,
no navigation, no sitemap and no search index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin

from markupsafe import Markup

from ...consultations.pages import ConsultationPage, EventView, PublishedConsultations, RespondView
from ...consultations.record import Consultation
from ...consultations.status import Status
from ...core.body import Section
from ...core.translations import _, format_moment
from ..components import ContactView, Fact, LinkView, PrintLink, StaleNotice
from . import wording
from .qr import qr_svg

SUMMARY = "print/"
NOTICE = "notice/"
SUMMARY_TEMPLATE = "print-summary.html"
NOTICE_TEMPLATE = "site-notice.html"
STYLESHEET = "assets/print.css"

PROPOSAL_WORDS = 140
"""The longest "What we are proposing" the summary prints; a longer one is left to the web page."""
CHANGE_WORDS = 80
"""The longest "What can still change" the summary prints."""
SUMMARY_EVENTS = 3
NOTICE_EVENTS = 2
"""The next events each page prints; the rest are counted and left to the web page."""
COMPACT_NOTICE_EVENTS = 1
"""The next events a notice in smaller type prints: it is long already."""
SUMMARY_WORDS = 360
"""The most words the summary's lead, sections and events may add up to: a long summary prints fewer events
(always at least the next one), so that it stays on 2 pages."""
NOTICE_WORDS = 110
"""A notice with more words than this (its title, summary, ways to respond and events) is set in smaller type,
so that it stays on one page."""
LONG_TITLE = 60
"""A title longer than this (in characters) is set in smaller type on the notice too."""
IN_PERSON_WORDS = 25
"""The longest "in person" a notice prints; a longer one is left to the web page."""
NOTICE_WAYS = frozenset({"email", "post", "phone", "in_person"})
"""The ways to respond a notice gives: those that need no web address (its QR code and address lead online)."""


@dataclass(frozen=True)
class PrintedWay:
    """A way to respond, written out in full for paper; ``href`` links it on screen."""

    label: str
    lines: tuple[str, ...]
    href: str = ""


@dataclass(frozen=True)
class PageAddress:
    """The consultation's page: its full web address in words and a QR code to it."""

    address: str
    sentence: str
    qr: Markup
    scan: str = wording.SCAN
    notes: tuple[str, ...] = ()
    """More sentences beside the code, where paper has room for them: how to get another format, when it was made."""

    @property
    def address_lines(self) -> tuple[str, ...]:
        """The address cut after each "/", where a printed line may break, so that no part of it is split."""
        return tuple(part for part in re.split(r"(?<=/)", self.address) if part)


@dataclass(frozen=True)
class PrintSummary:
    """A consultation's summary to print and share (overrides/print-summary.html)."""

    title: str
    breadcrumbs: tuple[LinkView, ...]
    how_to_print: str
    council: str
    when: str
    summary: str
    proposal: Markup
    can_change: Markup
    key_dates: tuple[Fact, ...]
    ways: tuple[PrintedWay, ...]
    events: tuple[EventView, ...]
    more_events: str
    contact: ContactView
    page: PageAddress
    stale: StaleNotice | None = None
    stylesheet: str = STYLESHEET


@dataclass(frozen=True)
class SiteNotice:
    """A consultation's notice to put up (overrides/site-notice.html)."""

    title: str
    breadcrumbs: tuple[LinkView, ...]
    how_to_print: str
    council: str
    banner: str
    summary: str
    when: str
    ways: tuple[PrintedWay, ...]
    events: tuple[EventView, ...]
    more_events: str
    page: PageAddress
    leave_up: str
    compact: bool = False
    """Set in smaller type: a long title or summary."""
    stale: StaleNotice | None = None
    stylesheet: str = STYLESHEET


@dataclass(frozen=True)
class PrintedPage:
    """A printed page for the site's plan: where it goes, its title, template and page model."""

    src_uri: str
    title: str
    template: str
    model: Callable[[], object]


def printed_pages(
    published: PublishedConsultations,
    consultation: Consultation,
    page: Callable[[], ConsultationPage],
    base_url: str,
) -> tuple[tuple[PrintedPage, ...], tuple[PrintLink, ...]]:
    """The summary and notice of an open consultation, and the links its page gives to them; nothing for
    one in any other state. ``page`` makes its page model (when the page is rendered)."""
    if published.status[consultation.slug] is not Status.OPEN:
        return (), ()
    title = consultation.record.title
    summary_url, notice_url = consultation.url + SUMMARY, consultation.url + NOTICE
    pages = (
        PrintedPage(
            f"{summary_url}index.md",
            wording.page_title(title, wording.SUMMARY_KIND),
            SUMMARY_TEMPLATE,
            lambda: print_summary(published, consultation, page(), base_url),
        ),
        PrintedPage(
            f"{notice_url}index.md",
            wording.page_title(title, wording.NOTICE_KIND),
            NOTICE_TEMPLATE,
            lambda: site_notice(published, consultation, page(), base_url),
        ),
    )
    links = (
        PrintLink(_(wording.SUMMARY_LINK), summary_url, _(wording.SUMMARY_LINK_DETAIL)),
        PrintLink(_(wording.NOTICE_LINK), notice_url, _(wording.NOTICE_LINK_DETAIL)),
    )
    return pages, links


def print_summary(
    published: PublishedConsultations, consultation: Consultation, page: ConsultationPage, base_url: str
) -> PrintSummary:
    record, settings = consultation.record, published.settings
    respond = page.respond
    upcoming = _upcoming(page)
    proposal = _fits(consultation.body.section("What we are proposing"), PROPOSAL_WORDS)
    can_change = _fits(consultation.body.section("What can still change"), CHANGE_WORDS)
    events = _within(SUMMARY_WORDS - _words(record.summary, proposal, can_change), upcoming[:SUMMARY_EVENTS])
    return PrintSummary(
        title=record.title,
        breadcrumbs=(*page.breadcrumbs, LinkView(record.title, consultation.url)),
        how_to_print=wording.how_to_print("summary"),
        council=settings.name,
        when=wording.when(record.closes),
        summary=record.summary,
        proposal=proposal or Markup("<p>{}</p>").format(_(wording.PROPOSAL_ON_THE_WEB)),
        can_change=can_change or Markup("<p>{}</p>").format(_(wording.CHANGE_ON_THE_WEB)),
        key_dates=(
            Fact(wording.key_date_label("opens"), format_moment(record.opens)),
            Fact(wording.key_date_label("closes"), format_moment(record.closes, closing=True)),
        ),
        ways=_ways(respond, base_url, settings.phone) if respond else (),
        events=events,
        more_events=wording.more_events(len(upcoming) - len(events)) if len(upcoming) > len(events) else "",
        contact=page.contact,
        page=page_address(
            urljoin(base_url, consultation.url),
            wording.other_formats(settings.phone, settings.accessible_formats_email),
            wording.made_on(published.now),
        ),
        stale=page.stale,
    )


def site_notice(
    published: PublishedConsultations, consultation: Consultation, page: ConsultationPage, base_url: str
) -> SiteNotice:
    record, settings = consultation.record, published.settings
    respond = page.respond
    upcoming = _upcoming(page)
    ways = tuple(_shortened(w) for w in _ways(respond, base_url, settings.phone, NOTICE_WAYS)) if respond else ()
    lines = [
        *(line for way in ways for line in way.lines),
        *(text for e in upcoming[:NOTICE_EVENTS] for text in (e.title, e.when, e.venue, e.address) if text),
    ]
    compact = len(record.title) > LONG_TITLE or _words(record.title, record.summary, *lines) > NOTICE_WORDS
    events = upcoming[: COMPACT_NOTICE_EVENTS if compact else NOTICE_EVENTS]
    return SiteNotice(
        title=record.title,
        breadcrumbs=(*page.breadcrumbs, LinkView(record.title, consultation.url)),
        how_to_print=wording.how_to_print("notice"),
        council=settings.name,
        banner=_(wording.NOTICE_BANNER),
        summary=record.summary,
        when=wording.notice_when(record.closes),
        ways=ways,
        events=events,
        more_events=wording.more_events(len(upcoming) - len(events)) if len(upcoming) > len(events) else "",
        page=page_address(urljoin(base_url, consultation.url)),
        leave_up=wording.leave_up(record.closes),
        compact=compact,
        stale=page.stale,
    )


def page_address(address: str, *notes: str) -> PageAddress:
    return PageAddress(
        address, _(wording.WEB_PAGE), qr_svg(address, wording.qr_label(address)), _(wording.SCAN), notes=notes
    )


def _ways(
    respond: RespondView, base_url: str, phone: str | None, kinds: frozenset[str] = frozenset(wording.WAY_LABELS)
) -> tuple[PrintedWay, ...]:
    """The ``kinds`` of way to respond the consultation offers, in the order of its page."""
    ways: dict[str, tuple[tuple[str, ...], str]] = {}
    if respond.online:
        ways["online"] = (respond.online,), respond.online
    if respond.email:
        ways["email"] = (respond.email,), respond.email_href or ""
    if respond.post:
        ways["post"] = respond.post, ""
    if respond.phone:
        ways["phone"] = (respond.phone,), respond.phone_href or ""
    if respond.in_person:
        ways["in_person"] = (respond.in_person,), ""
    form = respond.response_form
    if form is not None:
        address = form.href if form.external else urljoin(base_url, form.href)
        ways["form"] = (wording.paper_form(address, respond.phone or phone),), ""
    return tuple(PrintedWay(wording.way_label(kind), *way) for kind, way in ways.items() if kind in kinds)


def _shortened(way: PrintedWay) -> PrintedWay:
    """A way to respond as a notice gives it: a long "in person" is left to the web page."""
    if way.label == wording.way_label("in_person") and _words(*way.lines) > IN_PERSON_WORDS:
        return PrintedWay(way.label, (_(wording.IN_PERSON_ON_THE_WEB),))
    return way


def _words(*texts: str | None) -> int:
    return sum(len(re.sub(r"<[^>]+>", " ", text or "").split()) for text in texts)


def _upcoming(page: ConsultationPage) -> tuple[EventView, ...]:
    """The events still to come, soonest first (the page lists them in that order)."""
    return tuple(e for e in page.events if not e.past)


def _within(words: int, events: tuple[EventView, ...]) -> tuple[EventView, ...]:
    """The first events whose words add up to no more than ``words``; always the first one."""
    count, used = 0, 0
    for event in events:
        used += _words(event.title, event.when, event.venue, event.address, event.access)
        if count and used > words:
            break
        count += 1
    return events[:count]


def _fits(section: Section | None, words: int) -> Markup | None:
    """The section's HTML, if it is short enough for paper."""
    if section is None or _words(section.html) > words:
        return None
    return section.html
