"""Page models for consultations: what each page shows, already decided. The mirror of decisions' pages.

Templates only lay these out; the words come from ``wording``. Each
consultation's status and card are worked out once per build
(``PublishedConsultations``), and lists by ward and topic come from indexes
built once (``site.indexes``), so build cost grows linearly with the records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from markupsafe import Markup

from ..core.body import Section, safe_html, slug_of
from ..core.documents import Document
from ..core.files import Link
from ..core.languages import language_of
from ..core.london import last_day, to_london
from ..core.settings import CouncilSettings
from ..core.translations import _, format_date, format_moment, language_now, length_in_words
from ..site import wording as site_wording
from ..site.components import (
    Banner,
    Card,
    ContactView,
    DocumentView,
    Fact,
    LinkView,
    PrintLink,
    RelatedRecord,
    SearchFacts,
    StaleNotice,
    Tag,
    Timeline,
    document_view,
    mailto,
    tel,
    web_pages_first,
)
from . import wording
from .record import FOLDER, Consultation, ConsultationRecord
from .status import CLOSING_SOON_DAYS, Status, consultation_status, days_left, outcome_due, outcome_overdue

RECENT_UPDATE_DAYS = 28
"""An update is shown at the top of the page for four weeks, then only in the list at the bottom."""
RECENT_OUTCOMES = 5
INDEX_PATHS = {"wards": "wards/", "topics": "topics/", "archive": f"{FOLDER}/archive/"}


@dataclass(frozen=True)
class RespondView:
    online: str | None
    email: str | None
    email_href: str | None
    post: tuple[str, ...]
    phone: str | None
    phone_href: str | None
    in_person: str | None
    response_form: DocumentView | None
    other_ways: str = ""


@dataclass(frozen=True)
class EventView:
    title: str
    when: str
    venue: str | None
    address: str | None
    access: str | None
    online: str | None
    past: bool
    calendar: str


@dataclass(frozen=True)
class OutcomeView:
    published: str
    responses: str
    you_said: Markup
    we_did: Markup
    documents: tuple[DocumentView, ...]


@dataclass(frozen=True)
class UpdateView:
    date: str
    change: str


@dataclass(frozen=True)
class ConsultationPage:
    slug: str
    title: str
    summary: str
    banner: Banner
    facts: tuple[Fact, ...]
    introduction: Markup
    sections: tuple[Section, ...]
    respond: RespondView | None
    events: tuple[EventView, ...]
    documents: tuple[DocumentView, ...]
    easy_read: DocumentView | None
    translations: tuple[DocumentView, ...]
    contact: ContactView
    outcome: OutcomeView | None
    updates: tuple[UpdateView, ...]
    decisions: tuple[RelatedRecord, ...] = ()
    lead: str = ""
    latest_updates: tuple[UpdateView, ...] = ()
    breadcrumbs: tuple[LinkView, ...] = ()
    shows_original: bool = False
    search: SearchFacts | None = None
    stale: StaleNotice | None = None
    timeline: Timeline | None = None  # what happens and when, with the decisions it fed (site.timeline)
    printing: tuple[PrintLink, ...] = ()
    """Its summary and notice to print (site.printing), while it is open."""


_ORDER: dict[Status, Callable[[Consultation], Any]] = {
    Status.OPEN: lambda c: (c.record.closes, c.record.title),
    Status.FORTHCOMING: lambda c: (c.record.opens, c.record.title),
    Status.CLOSED: lambda c: (-c.record.closes.timestamp(), c.record.title),
    Status.OUTCOME_PUBLISHED: lambda c: (
        -c.record.outcome.published.timestamp() if c.record.outcome else 0,
        c.record.title,
    ),
    Status.WITHDRAWN: lambda c: (-c.record.withdrawn.date.timestamp() if c.record.withdrawn else 0, c.record.title),
}
"""Each status list's order: open ones closing soonest first, past ones newest first."""


@dataclass
class PublishedConsultations:
    """The published consultations at one moment: each one's status, card and place in its list, worked out once."""

    consultations: Sequence[Consultation]
    settings: CouncilSettings
    now: datetime
    status: dict[str, Status] = field(init=False)
    ranked: dict[Status, tuple[Consultation, ...]] = field(init=False)
    made: dict[str, dict[str, Card]] = field(init=False, default_factory=dict)  # the cards, by language

    def __post_init__(self) -> None:
        self.status = {c.slug: consultation_status(c.record, self.now) for c in self.consultations}
        self.ranked = {
            status: tuple(sorted((c for c in self.consultations if self.status[c.slug] is status), key=_ORDER[status]))
            for status in Status
        }
        self.rank = {c.slug: i for chosen in self.ranked.values() for i, c in enumerate(chosen)}

    @property
    def cards(self) -> dict[str, Card]:
        """Each consultation's card, in the language spoken now (a Welsh page never shows an English card)."""
        if (language := language_now()) not in self.made:
            self.made[language] = {c.slug: self._card(c) for c in self.consultations}
        return self.made[language]

    def cards_of(self, status: Status) -> tuple[Card, ...]:
        return tuple(self.cards[c.slug] for c in self.ranked[status])

    def _card(self, consultation: Consultation) -> Card:
        record, status = consultation.record, self.status[consultation.slug]
        when = wording.card_when(
            status,
            record.opens,
            record.closes,
            record.outcome.published if record.outcome else None,
            record.withdrawn.date if record.withdrawn else None,
            days_left(record.closes, self.now),
        )
        soon = status is Status.OPEN and days_left(record.closes, self.now) < CLOSING_SOON_DAYS
        return Card(
            title=record.title,
            href=consultation.url,
            summary=record.summary,
            status=status,
            label=wording.status_label(status),
            when=when,
            tags=(Tag(_(wording.CLOSING_SOON), "soon"),) if soon else (),
            footer=wording.wards_line(site_wording.wards_text(record.wards, record.all_wards)),
        )

    def grouped(self, consultations: Iterable[Consultation]) -> tuple[tuple[str, tuple[Card, ...]], ...]:
        """Cards grouped under their status list's title, each group in its list's order."""
        buckets: dict[Status, list[Consultation]] = defaultdict(list)
        for c in consultations:
            buckets[self.status[c.slug]].append(c)
        return tuple(
            (
                wording.list_page(s)[1],
                tuple(self.cards[c.slug] for c in sorted(buckets[s], key=lambda c: self.rank[c.slug])),
            )
            for s in wording.LIST_PAGES
            if buckets.get(s)
        )

    def search(self, consultation: Consultation) -> SearchFacts:
        """What the search index records: its status, wards (every ward for one about all wards, as on the
        ward pages), topics and closing date, which also gives its year."""
        record, card = consultation.record, self.cards[consultation.slug]
        closes = last_day(record.closes)
        return SearchFacts(
            kind=_(wording.SEARCH_KIND),
            status=card.label,
            state=card.status.value,
            date=wording.closing_date(closes),
            sort_date=closes.isoformat(),
            year=str(closes.year),
            wards=tuple(self.settings.wards) if record.all_wards else tuple(record.wards),
            topics=tuple(_(topic) for topic in record.topics),  # the council's own words, in the page's language
        )

    def link(self, consultation: Consultation) -> RelatedRecord:
        """A consultation as a decision notice links to it: what residents told us, if it is published yet."""
        record, status = consultation.record, self.status[consultation.slug]
        if status is Status.OUTCOME_PUBLISHED and record.outcome is not None:
            return RelatedRecord(
                record.title,
                f"{consultation.url}#outcome",
                wording.outcome_link_detail(record.outcome.responses, record.outcome.published),
            )
        return RelatedRecord(record.title, consultation.url, wording.status_label(status))

    def banner(self, consultation: Consultation) -> Banner:
        record, status = consultation.record, self.status[consultation.slug]
        label = wording.status_label(status)
        if status is Status.FORTHCOMING:
            return Banner(status, label, wording.forthcoming_sentences(record.opens, record.closes))
        if status is Status.OPEN:
            left = days_left(record.closes, self.now)
            soon = left < CLOSING_SOON_DAYS
            return Banner(status, label, wording.open_sentences(record.closes, left, soon), urgent=soon)
        if status is Status.CLOSED:
            weeks = self.settings.outcome_due_weeks
            return Banner(
                status,
                label,
                wording.closed_sentences(
                    record.closes, outcome_due(record.closes, weeks), outcome_overdue(record, self.now, weeks)
                ),
            )
        if status is Status.OUTCOME_PUBLISHED and record.outcome is not None:
            return Banner(status, label, wording.outcome_sentences(record.closes, record.outcome.published))
        withdrawn = record.withdrawn
        assert withdrawn is not None
        return Banner(
            status,
            label,
            wording.withdrawn_sentences(withdrawn.date),
            reason_heading=_(wording.WITHDRAWN_REASON),
            reason=safe_html(withdrawn.reason),
        )

    def document(self, consultation: Consultation, link: Link, title: str, accessible: bool = True) -> DocumentView:
        return document_view(
            title,
            accessible,
            file=link.file,
            url=link.url,
            record_url=consultation.url,
            folder=consultation.folder,
            accessible_formats_email=self.settings.accessible_formats_email,
            about=consultation.record.title,
            pdf=link.pdf if isinstance(link, Document) else None,
        )

    def documents(self, consultation: Consultation, documents: Iterable[Document]) -> tuple[DocumentView, ...]:
        return web_pages_first(tuple(self.document(consultation, d, d.title, d.accessible) for d in documents))


def consultation_page(
    published: PublishedConsultations, consultation: Consultation, decisions: tuple[RelatedRecord, ...] = ()
) -> ConsultationPage:
    """One consultation's page, with the decisions that considered it (from ``site.indexes``)."""
    record, status = consultation.record, published.status[consultation.slug]
    labels = {key: _(label) for key, label in wording.FACT_LABELS.items()}
    facts = [
        Fact(labels["opens"], format_moment(record.opens)),
        Fact(labels["closes"], format_moment(record.closes, closing=True)),
        Fact(labels["length"], length_in_words(record.opens, record.closes)),
        Fact(
            labels["wards"],
            links=(LinkView(_(site_wording.ALL_WARDS), "wards/"),)
            if record.all_wards
            else tuple(LinkView(w, ward_href(w)) for w in record.wards),
        ),
        Fact(labels["topics"], links=tuple(LinkView(_(t), topic_href(t)) for t in record.topics)),
    ]
    if record.audiences:
        facts.append(Fact(labels["audiences"], ", ".join(_(audience) for audience in record.audiences)))
    facts += [
        Fact(labels["service"], record.service),
        Fact(labels["engagement"], _(wording.ENGAGEMENT_WORDS[record.engagement_level])),
    ]
    contact = record.contact
    newest_first = sorted(record.updates, key=lambda u: u.date, reverse=True)
    updates = tuple(UpdateView(format_date(u.date), u.change) for u in newest_first)
    recent = tuple(
        UpdateView(format_date(u.date), u.change)
        for u in newest_first
        if u.date <= published.now and (published.now - u.date).days < RECENT_UPDATE_DAYS
    )
    segment, list_title, _introduction = wording.list_page(status)
    return ConsultationPage(
        lead=record.summary if status in (Status.FORTHCOMING, Status.OPEN) else "",
        latest_updates=recent if status in (Status.FORTHCOMING, Status.OPEN) else (),
        breadcrumbs=(
            LinkView(_(site_wording.HOME), ""),
            LinkView(_(wording.CONSULTATIONS[0]), f"{FOLDER}/"),
            LinkView(list_title, f"{FOLDER}/{segment}/"),
        ),
        shows_original=status in (Status.CLOSED, Status.OUTCOME_PUBLISHED, Status.WITHDRAWN),
        stale=stale_notice(record, status),
        slug=consultation.slug,
        title=record.title,
        summary=record.summary,
        banner=published.banner(consultation),
        facts=tuple(facts),
        introduction=consultation.body.introduction,
        sections=consultation.body.sections,
        respond=_respond(published, consultation) if status is Status.OPEN else None,
        events=tuple(
            EventView(
                title=e.title,
                when=wording.event_when(e.start, e.end),
                venue=e.venue,
                address=e.address,
                access=e.access,
                online=e.online,
                past=e.end <= published.now,
                calendar=consultation.url + event_file_name(i),
            )
            for i, e in sorted(enumerate(record.events), key=lambda pair: pair[1].start)
        ),
        documents=published.documents(consultation, record.documents),
        easy_read=published.document(consultation, record.easy_read, record.easy_read.title or _(wording.EASY_READ))
        if record.easy_read
        else None,
        translations=tuple(
            replace(published.document(consultation, t, t.language), language=language_of(t.language, t.lang))
            for t in record.translations
        ),
        contact=ContactView(
            contact.name,
            contact.role,
            contact.team,
            contact.email,
            mailto(contact.email) if contact.email else None,
            contact.phone,
            tel(contact.phone) if contact.phone else None,
        ),
        outcome=_outcome(published, consultation) if status is Status.OUTCOME_PUBLISHED else None,
        updates=updates,
        decisions=decisions,
        search=published.search(consultation),
    )


def stale_notice(record: ConsultationRecord, status: Status) -> StaleNotice | None:
    """What the page says if it is read after it opens or closes but before the hub is rebuilt."""
    heading = _(site_wording.STALE_HEADING)
    if status is Status.FORTHCOMING:
        return StaleNotice(to_london(record.opens).isoformat(), heading, wording.stale_after_opening(record.opens))
    if status is Status.OPEN:
        closes = to_london(record.closes).isoformat()
        return StaleNotice(closes, heading, wording.stale_after_closing(record.closes), hides_responding=True)
    return None


def event_file_name(index: int) -> str:
    return f"event-{index + 1}.ics"


def _respond(published: PublishedConsultations, consultation: Consultation) -> RespondView | None:
    record = consultation.record
    ways = record.ways_to_respond
    if ways is None:
        return None
    return RespondView(
        online=ways.online,
        email=ways.email,
        email_href=mailto(ways.email, record.title) if ways.email else None,
        post=tuple(line.strip() for line in (ways.post or "").splitlines() if line.strip()),
        phone=ways.phone,
        phone_href=tel(ways.phone) if ways.phone else None,
        in_person=ways.in_person,
        response_form=published.document(consultation, Link(file=ways.response_form), _(wording.RESPONSE_FORM))
        if ways.response_form
        else None,
        other_ways=wording.other_ways(
            bool(ways.online), bool(ways.email), bool(ways.post), bool(ways.phone), bool(ways.in_person)
        ),
    )


def _outcome(published: PublishedConsultations, consultation: Consultation) -> OutcomeView | None:
    result = consultation.record.outcome
    if result is None:
        return None
    return OutcomeView(
        published=format_date(result.published),
        responses=wording.responses(result.responses),
        you_said=safe_html(result.you_said, lowest_heading=4),
        we_did=safe_html(result.we_did, lowest_heading=4),
        documents=published.documents(consultation, result.documents),
    )


def ward_href(name: str) -> str:
    return f"{INDEX_PATHS['wards']}{slug_of(name)}/"


def topic_href(name: str) -> str:
    return f"{INDEX_PATHS['topics']}{slug_of(name)}/"
