"""Page models: what each page shows, already decided.

Templates only lay these out. Wording, dates, which sections appear and in
what order are decided here, in plain Python, so they are tested by asserting
on data and the site could move to another engine by rewriting only the
adapter. Every model is built once per consultation, so build cost grows
linearly with the number of records.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote

from markupsafe import Markup

from .body import Section, safe_html, slug_of
from .calendars import event_file_name
from .checker import Hub
from .consultation import Consultation, Link
from .documents import file_facts
from .london import at_moment, format_date, format_moment, format_time, last_day, length_in_words, to_london
from .settings import CouncilSettings
from .status import Status, consultation_status, days_left, outcome_due

ENGAGEMENT_WORDS = {
    "inform": "Inform: we are telling you about a change and how it affects you",
    "consult": "Consult: we want your views before we decide",
    "involve": "Involve: we will work with you to shape the options",
    "collaborate": "Collaborate: we will develop the plans in partnership with you",
    "empower": "Empower: you will make the final decision",
}

LIST_PAGES = {
    Status.OPEN: ("open", "Open consultations", "Consultations you can respond to now, closing soonest first."),
    Status.FORTHCOMING: ("forthcoming", "Forthcoming consultations",
                         "Consultations that will open soon. You cannot respond yet."),
    Status.CLOSED: ("closed", "Closed consultations",
                    "Consultations that have closed. We are analysing the feedback and will publish what we heard."),
    Status.OUTCOME_PUBLISHED: ("outcomes", "We asked, you said, we did",
                               "What residents told us in each consultation, and what we did as a result."),
    Status.WITHDRAWN: ("withdrawn", "Withdrawn consultations",
                       "Consultations we stopped early, with the reason why."),
}
CLOSING_SOON_DAYS = 14
PAGE_SIZE = 50
RECENT_OUTCOMES = 5


@dataclass(frozen=True)
class LinkView:
    text: str
    href: str


@dataclass(frozen=True)
class Fact:
    label: str
    value: str = ""
    links: tuple[LinkView, ...] = ()


@dataclass(frozen=True)
class Banner:
    status: Status
    label: str
    sentences: tuple[str, ...]
    reason: Markup | None = None
    urgent: bool = False


@dataclass(frozen=True)
class Card:
    """A consultation as it appears in lists, on ward pages and on the home page."""

    slug: str
    title: str
    href: str
    summary: str
    status: Status
    label: str
    when: str
    soon: str = ""
    wards: str = ""


@dataclass(frozen=True)
class DocumentView:
    title: str
    href: str
    described: str
    accessible: bool
    request_format: str = ""
    external: bool = False


@dataclass(frozen=True)
class ContactView:
    name: str
    role: str | None
    team: str | None
    email: str | None
    phone: str | None


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
    decision: str | None


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


@dataclass(frozen=True)
class Pagination:
    """Where a page is in a long list: "Page 2 of 7", with plain previous and next links."""

    page: int
    pages: int
    previous: LinkView | None
    next: LinkView | None


@dataclass(frozen=True)
class ListPage:
    title: str
    introduction: str
    cards: tuple[Card, ...]
    empty: str = "There are none at the moment."
    groups: tuple[tuple[str, tuple[Card, ...]], ...] = ()
    total: int = 0
    pagination: Pagination | None = None


def paginate(url: str, title: str, introduction: str, cards: tuple[Card, ...],
             size: int = PAGE_SIZE) -> dict[str, ListPage]:
    """A long list split into pages of ``size``, keyed by web address: url, url/page-2/, ...

    Residents on slow connections should never download thousands of entries to see the first few.
    """
    chunks = [cards[start:start + size] for start in range(0, len(cards), size)] or [()]
    count = len(chunks)

    def address(number: int) -> str:
        return url if number == 1 else f"{url}page-{number}/"

    pages = {}
    for number, chunk in enumerate(chunks, 1):
        pagination = None if count == 1 else Pagination(
            page=number, pages=count,
            previous=LinkView(f"Previous page ({number - 1} of {count})", address(number - 1)) if number > 1 else None,
            next=LinkView(f"Next page ({number + 1} of {count})", address(number + 1)) if number < count else None)
        pages[address(number)] = ListPage(
            title=title if number == 1 else f"{title} (page {number} of {count})",
            introduction=introduction, cards=chunk, total=len(cards), pagination=pagination)
    return pages


@dataclass(frozen=True)
class HomePage:
    open_now: tuple[Card, ...]
    closing_soon: tuple[Card, ...]
    forthcoming: tuple[Card, ...]
    awaiting_outcome: tuple[Card, ...]
    recent_outcomes: tuple[Card, ...]
    counts: tuple[tuple[str, int, str], ...]


def days_phrase(days: int) -> str:
    if days <= 0:
        return "closes today"
    if days == 1:
        return "closes tomorrow"
    return f"closes in {days} days"


def wards_text(consultation: Consultation) -> str:
    return "All wards" if consultation.all_wards else ", ".join(consultation.wards)


def ward_href(name: str) -> str:
    return f"wards/{slug_of(name)}/"


def topic_href(name: str) -> str:
    return f"topics/{slug_of(name)}/"


@dataclass
class HubViews:
    """Builds every page model from the checked hub, once, at a fixed "now"."""

    hub: Hub
    now: datetime
    statuses: dict[str, Status] = field(init=False)
    cards: dict[str, Card] = field(init=False)

    def __post_init__(self):
        self.settings: CouncilSettings = self.hub.settings
        self.statuses = {c.slug: consultation_status(c, self.now) for c in self.hub.consultations}
        self.cards = {c.slug: self._card(c) for c in self.hub.consultations}
        self.ranked = {status: self._sorted(status) for status in Status}
        self.rank = {c.slug: i for consultations in self.ranked.values() for i, c in enumerate(consultations)}
        self.by_status = {status: tuple(self.cards[c.slug] for c in self.ranked[status]) for status in Status}

    # -- small pieces --------------------------------------------------------
    def status_of(self, consultation: Consultation) -> Status:
        return self.statuses[consultation.slug]

    def _when(self, consultation: Consultation, status: Status) -> str:
        if status is Status.FORTHCOMING:
            return f"Opens {at_moment(consultation.opens)}"
        if status is Status.OPEN:
            return f"Closes {at_moment(consultation.closes, closing=True)}"
        if status is Status.OUTCOME_PUBLISHED:
            return f"Outcome published {at_moment(consultation.outcome.published)}"
        if status is Status.WITHDRAWN:
            return f"Withdrawn on {format_date(consultation.withdrawn.date)}"
        return f"Closed {at_moment(consultation.closes, closing=True)}"

    def _card(self, consultation: Consultation) -> Card:
        status = self.status_of(consultation)
        soon = ""
        if status is Status.OPEN:
            soon = days_phrase(days_left(consultation.closes, self.now))
        return Card(slug=consultation.slug, title=consultation.title, href=consultation.url,
                    summary=consultation.summary, status=status, label=status.label,
                    when=self._when(consultation, status), soon=soon, wards=wards_text(consultation))

    def _document(self, consultation: Consultation, link: Link, title: str, accessible: bool = True) -> DocumentView:
        if link.file:
            href = f"{consultation.url}{quote(link.file)}"
            described = file_facts(consultation.folder / link.file).described
            external = False
        else:
            href, described, external = link.url, "Web page", True
        request = ""
        if not accessible:
            subject = quote(f"Accessible format request: {title} ({consultation.title})")
            request = f"mailto:{self.settings.accessible_formats_email}?subject={subject}"
        return DocumentView(title=title, href=href, described=described, accessible=accessible,
                            request_format=request, external=external)

    # -- pages ----------------------------------------------------------------
    def banner(self, consultation: Consultation) -> Banner:
        status = self.status_of(consultation)
        closes = at_moment(consultation.closes, closing=True)
        due = outcome_due(consultation.closes, self.settings.outcome_due_weeks)
        if status is Status.FORTHCOMING:
            return Banner(status, status.label, (f"This consultation opens {at_moment(consultation.opens)}.",
                                                 f"It closes {closes}."))
        if status is Status.OPEN:
            left = days_left(consultation.closes, self.now)
            sentences = [f"This consultation closes {closes}."]
            if left < CLOSING_SOON_DAYS:
                sentences.append({0: "Today is the last day to respond.", 1: "1 day left."}.get(left, f"{left} days left."))
            return Banner(status, status.label, tuple(sentences), urgent=left < CLOSING_SOON_DAYS)
        if status is Status.CLOSED:
            sentences = [f"This consultation closed {closes}.", "We are analysing your feedback."]
            if to_london(self.now).date() > due:
                sentences.append(f"The outcome is overdue. We expected to publish it by {format_date(due)}.")
            else:
                sentences.append(f"We aim to publish the outcome by {format_date(due)}.")
            return Banner(status, status.label, tuple(sentences))
        if status is Status.OUTCOME_PUBLISHED:
            return Banner(status, status.label, (
                f"This consultation closed {closes}.",
                f"We published the outcome on {format_date(consultation.outcome.published)}."))
        withdrawn = consultation.withdrawn
        return Banner(status, status.label, (f"This consultation was withdrawn on {format_date(withdrawn.date)}.",),
                      reason=safe_html(withdrawn.reason))

    def consultation_page(self, consultation: Consultation) -> ConsultationPage:
        record = consultation.record
        status = self.status_of(consultation)
        facts = [
            Fact("Opens", format_moment(record.opens)),
            Fact("Closes", format_moment(record.closes, closing=True)),
            Fact("Length", length_in_words(record.opens, record.closes)),
            Fact("Wards", links=(LinkView("All wards", "wards/"),) if consultation.all_wards
                 else tuple(LinkView(w, ward_href(w)) for w in record.wards)),
            Fact("Topics", links=tuple(LinkView(t, topic_href(t)) for t in record.topics)),
        ]
        if record.audiences:
            facts.append(Fact("Who it is for", ", ".join(record.audiences)))
        facts += [Fact("Who is consulting", record.service),
                  Fact("How you can take part", ENGAGEMENT_WORDS[record.engagement_level])]
        respond = None
        if status is Status.OPEN and record.ways_to_respond is not None:
            ways = record.ways_to_respond
            respond = RespondView(
                online=ways.online, email=ways.email,
                email_href=f"mailto:{ways.email}?subject={quote(record.title)}" if ways.email else None,
                post=tuple(line.strip() for line in (ways.post or "").splitlines() if line.strip()),
                phone=ways.phone, phone_href=f"tel:{ways.phone.replace(' ', '')}" if ways.phone else None,
                in_person=ways.in_person,
                response_form=self._document(consultation, Link(file=ways.response_form), "Response form")
                if ways.response_form else None)
        outcome = None
        if status is Status.OUTCOME_PUBLISHED:
            result = record.outcome
            outcome = OutcomeView(
                published=format_date(result.published),
                responses=f"{result.responses:,} response{'s' if result.responses != 1 else ''}",
                you_said=safe_html(result.you_said, lowest_heading=4),
                we_did=safe_html(result.we_did, lowest_heading=4),
                documents=tuple(self._document(consultation, d, d.title, d.accessible) for d in result.documents),
                decision=result.decision)
        contact = record.contact
        return ConsultationPage(
            slug=consultation.slug, title=record.title, summary=record.summary,
            banner=self.banner(consultation), facts=tuple(facts),
            introduction=consultation.body.introduction, sections=consultation.body.sections,
            respond=respond,
            events=tuple(EventView(title=e.title, when=_event_when(e.start, e.end), venue=e.venue,
                                   address=e.address, access=e.access, online=e.online, past=e.end <= self.now,
                                   calendar=consultation.url + event_file_name(i))
                         for i, e in sorted(enumerate(record.events), key=lambda pair: pair[1].start)),
            documents=tuple(self._document(consultation, d, d.title, d.accessible) for d in record.documents),
            easy_read=self._document(consultation, record.easy_read, record.easy_read.title or "Easy Read version")
            if record.easy_read else None,
            translations=tuple(self._document(consultation, t, t.language) for t in record.translations),
            contact=ContactView(contact.name, contact.role, contact.team, contact.email, contact.phone),
            outcome=outcome,
            updates=tuple(UpdateView(format_date(u.date), u.change)
                          for u in sorted(record.updates, key=lambda u: u.date, reverse=True)),
        )

    def _sorted(self, status: Status) -> list[Consultation]:
        chosen = [c for c in self.hub.consultations if self.statuses[c.slug] is status]
        key = {
            Status.OPEN: lambda c: (c.closes, c.title),
            Status.FORTHCOMING: lambda c: (c.opens, c.title),
            Status.CLOSED: lambda c: (-c.closes.timestamp(), c.title),
            Status.OUTCOME_PUBLISHED: lambda c: (-c.outcome.published.timestamp(), c.title),
            Status.WITHDRAWN: lambda c: (-c.withdrawn.date.timestamp(), c.title),
        }[status]
        return sorted(chosen, key=key)


    def home(self) -> HomePage:
        groups = self.by_status
        open_now = groups[Status.OPEN]
        soon = tuple(card for card, c in zip(open_now, self.ranked[Status.OPEN])
                     if days_left(c.closes, self.now) < CLOSING_SOON_DAYS)
        counts = tuple((LIST_PAGES[s][1], len(groups[s]), f"consultations/{LIST_PAGES[s][0]}/") for s in LIST_PAGES)
        return HomePage(open_now=open_now, closing_soon=soon, forthcoming=groups[Status.FORTHCOMING],
                        awaiting_outcome=groups[Status.CLOSED],
                        recent_outcomes=groups[Status.OUTCOME_PUBLISHED][:RECENT_OUTCOMES], counts=counts)

    def consultations_index(self) -> "IndexPage":
        """Every way into the consultations: by status, then past ones by year."""
        groups = self.by_status
        entries = [IndexEntry(title, f"consultations/{segment}/", len(groups[status]))
                   for status, (segment, title, _) in LIST_PAGES.items()]
        entries.append(IndexEntry("Past consultations by year", "consultations/archive/",
                                  sum(len(groups[s]) for s in (Status.CLOSED, Status.OUTCOME_PUBLISHED, Status.WITHDRAWN))))
        return IndexPage(title="Consultations", introduction="Find a consultation by where it is in its life.",
                         entries=tuple(entries))

    def status_lists(self) -> dict[str, ListPage]:
        """The list of each status, in pages, keyed by web address."""
        groups = self.by_status
        pages: dict[str, ListPage] = {}
        for status, (segment, title, intro) in LIST_PAGES.items():
            pages.update(paginate(f"consultations/{segment}/", title, intro, groups[status]))
        return pages

    def _grouped(self, consultations: list[Consultation]) -> tuple[tuple[str, tuple[Card, ...]], ...]:
        buckets: dict[Status, list[Consultation]] = defaultdict(list)
        for c in consultations:
            buckets[self.statuses[c.slug]].append(c)
        order = list(LIST_PAGES)
        return tuple((LIST_PAGES[s][1], tuple(self.cards[c.slug] for c in sorted(buckets[s], key=lambda c: self.rank[c.slug])))
                     for s in order if buckets.get(s))

    def archive_pages(self) -> dict[str, ListPage]:
        """Past consultations by the year they closed (or were withdrawn), newest first."""
        by_year: dict[int, list[Consultation]] = defaultdict(list)
        for c in self.hub.consultations:
            status = self.statuses[c.slug]
            if status is Status.WITHDRAWN:
                by_year[to_london(c.withdrawn.date).year].append(c)
            elif status in (Status.CLOSED, Status.OUTCOME_PUBLISHED):
                by_year[last_day(c.closes).year].append(c)
        return {str(year): ListPage(title=f"Consultations that closed in {year}",
                                    introduction=f"Every consultation that closed or was withdrawn in {year}.",
                                    cards=(), groups=self._grouped(by_year[year]))
                for year in sorted(by_year, reverse=True)}

    def ward_pages(self) -> dict[str, ListPage]:
        """A page per ward: consultations for that ward and those for all wards."""
        by_ward: dict[str, list[Consultation]] = defaultdict(list)
        everywhere = []
        for c in self.hub.consultations:
            if c.all_wards:
                everywhere.append(c)
            for ward in c.wards:
                by_ward[ward].append(c)
        return {slug_of(ward): ListPage(title=f"Consultations in {ward} ward",
                                        introduction=f"Consultations that affect {ward} ward, including those for the whole borough.",
                                        cards=(), empty="There are no consultations for this ward yet.",
                                        groups=self._grouped(by_ward[ward] + everywhere))
                for ward in self.settings.wards}

    def topic_pages(self) -> dict[str, ListPage]:
        by_topic: dict[str, list[Consultation]] = defaultdict(list)
        for c in self.hub.consultations:
            for topic in c.topics:
                by_topic[topic].append(c)
        return {slug_of(topic): ListPage(title=topic, introduction=f"Consultations about {topic.lower()}.",
                                         cards=(), empty="There are no consultations on this topic yet.",
                                         groups=self._grouped(by_topic[topic]))
                for topic in self.settings.topics}


def _event_when(start: datetime, end: datetime) -> str:
    start, end = to_london(start), to_london(end)
    if start.date() == end.date():
        return f"{format_time(start.time())} to {format_time(end.time())} on {format_date(start)}"
    return f"{format_moment(start)} to {format_moment(end)}"


@dataclass(frozen=True)
class IndexEntry:
    text: str
    href: str
    count: int


@dataclass(frozen=True)
class IndexPage:
    title: str
    introduction: str
    entries: tuple[IndexEntry, ...]


def _count(page: ListPage) -> int:
    return sum(len(cards) for _, cards in page.groups) + len(page.cards)


INDEX_TITLES = {"wards": "Wards", "topics": "Topics", "archive": "Past consultations"}
INDEX_INTRODUCTIONS = {
    "wards": "Find consultations that affect where you live. If you do not know your ward, "
             "ask us or look it up on your council tax bill.",
    "topics": "Find consultations about the things you care about.",
    "archive": "Consultations that have closed, by the year they closed, with what we heard and what we did.",
}


def index_of(kind: str, names: list[str], pages: dict[str, ListPage]) -> IndexPage:
    """The list of wards or topics, each with how many consultations it has."""
    introduction = INDEX_INTRODUCTIONS[kind]
    return IndexPage(title=INDEX_TITLES[kind], introduction=introduction,
                     entries=tuple(IndexEntry(name, f"{INDEX_PATHS[kind]}{slug_of(name)}/", _count(pages[slug_of(name)]))
                                   for name in names))


INDEX_PATHS = {"wards": "wards/", "topics": "topics/", "archive": "consultations/archive/"}
