"""List pages of consultations: the home page, each status, wards, topics and past years.

The mirror of decisions' lists.

Each list is made from the statuses and cards ``PublishedConsultations``
worked out once, and from the indexes ``site.indexes`` built once; the words
come from ``wording``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..core.body import slug_of
from ..core.london import last_day, to_london
from ..core.translations import _
from ..site import wording as site_wording
from ..site.components import (
    HOW_WE_ARE_DOING_URL,
    OPEN_DATA_URL,
    Card,
    IndexEntry,
    IndexPage,
    LinkView,
    ListPage,
    paginate,
)
from . import wording
from .pages import INDEX_PATHS, RECENT_OUTCOMES, PublishedConsultations
from .record import FOLDER, Consultation
from .status import CLOSING_SOON_DAYS, Status, days_left


@dataclass(frozen=True)
class HomePage:
    open_now: tuple[Card, ...]
    closing_soon: tuple[Card, ...]
    forthcoming: tuple[Card, ...]
    awaiting_outcome: tuple[Card, ...]
    recent_outcomes: tuple[Card, ...]
    counts: tuple[tuple[str, int, str], ...]


def home(published: PublishedConsultations) -> HomePage:
    """Each consultation once: those closing soon first, then the rest that are open, then the others."""
    open_now = published.ranked[Status.OPEN]
    closing = {c.slug for c in open_now if days_left(c.record.closes, published.now) < CLOSING_SOON_DAYS}
    soon = tuple(published.cards[c.slug] for c in open_now if c.slug in closing)
    counts = tuple(
        (title, len(published.ranked[s]), f"{FOLDER}/{segment}/")
        for s, (segment, title, _introduction) in wording.list_pages().items()
    )
    return HomePage(
        open_now=tuple(published.cards[c.slug] for c in open_now if c.slug not in closing),
        closing_soon=soon,
        forthcoming=published.cards_of(Status.FORTHCOMING),
        awaiting_outcome=published.cards_of(Status.CLOSED),
        recent_outcomes=published.cards_of(Status.OUTCOME_PUBLISHED)[:RECENT_OUTCOMES],
        counts=counts,
    )


def status_lists(published: PublishedConsultations) -> dict[str, ListPage]:
    """The list of each status, in pages, keyed by web address."""
    pages: dict[str, ListPage] = {}
    for status, (segment, title, introduction) in wording.list_pages().items():
        pages.update(paginate(f"{FOLDER}/{segment}/", title, introduction, published.cards_of(status), wording.count))
    return pages


def consultations_index(published: PublishedConsultations) -> IndexPage:
    """Every way into the consultations: by status, then past ones by year."""
    entries = [
        IndexEntry(title, f"{FOLDER}/{segment}/", wording.count_of(len(published.ranked[status])))
        for status, (segment, title, _introduction) in wording.list_pages().items()
    ]
    past = sum(len(published.ranked[s]) for s in (Status.CLOSED, Status.OUTCOME_PUBLISHED, Status.WITHDRAWN))
    entries.append(IndexEntry(_(wording.PAST_BY_YEAR), INDEX_PATHS["archive"], wording.count_of(past)))
    title, introduction = wording.CONSULTATIONS
    about = (
        LinkView(_(site_wording.HOW_WE_ARE_DOING[0]), HOW_WE_ARE_DOING_URL),
        LinkView(_(site_wording.OPEN_DATA[0]), OPEN_DATA_URL),
    )
    return IndexPage(title=_(title), introduction=_(introduction), entries=tuple(entries), links=about)


def archive_pages(published: PublishedConsultations) -> dict[str, ListPage]:
    """Past consultations by the year they closed (or were withdrawn), newest first."""
    by_year: dict[int, list[Consultation]] = defaultdict(list)
    for c in published.consultations:
        status = published.status[c.slug]
        if status is Status.WITHDRAWN and c.record.withdrawn is not None:
            by_year[to_london(c.record.withdrawn.date).year].append(c)
        elif status in (Status.CLOSED, Status.OUTCOME_PUBLISHED):
            by_year[last_day(c.record.closes).year].append(c)
    pages = {}
    for year in sorted(by_year, reverse=True):
        title, introduction = wording.year_page(year)
        pages[str(year)] = ListPage(title=title, introduction=introduction, groups=published.grouped(by_year[year]))
    return pages


def ward_pages(published: PublishedConsultations, by_ward: Mapping[str, Sequence[Consultation]]) -> dict[str, ListPage]:
    """A page per ward: consultations for that ward and those for all wards (from the index built once)."""
    pages = {}
    for ward in published.settings.wards_in(by_ward):
        title, introduction, empty = wording.ward_page(ward, former=ward in published.settings.former_wards)
        pages[slug_of(ward)] = ListPage(
            title=title, introduction=introduction, empty=empty, groups=published.grouped(by_ward.get(ward, ()))
        )
    return pages


def topic_pages(
    published: PublishedConsultations, by_topic: Mapping[str, Sequence[Consultation]]
) -> dict[str, ListPage]:
    pages = {}
    for topic in published.settings.topics:
        title, introduction, empty = wording.topic_page(topic)
        pages[slug_of(topic)] = ListPage(
            title=title, introduction=introduction, empty=empty, groups=published.grouped(by_topic.get(topic, ()))
        )
    return pages


def index_of(kind: str, names: Sequence[str], pages: Mapping[str, ListPage]) -> IndexPage:
    """The list of wards, topics or years, each with how many consultations it has."""
    title, introduction = wording.INDEXES[kind]
    return IndexPage(
        title=_(title),
        introduction=_(introduction),
        entries=tuple(
            IndexEntry(_(name), f"{INDEX_PATHS[kind]}{slug_of(name)}/", wording.count_of(pages[slug_of(name)].size))
            for name in names
        ),
    )
