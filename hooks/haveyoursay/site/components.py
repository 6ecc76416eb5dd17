"""The page models of the components both kinds share, one per partial in overrides/partials/hub/.

A consultation and a decision notice are laid out by the same partials (a
status banner, a summary list of facts, cards in lists, documents, pages of a
long list), so they take the same models. Each model holds text already
decided by a ``wording`` module; the partials only lay it out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup

from ..core.documents import is_markdown, page_address, web_document
from ..core.fields import phone_link
from ..core.files import file_facts
from ..core.languages import Language
from ..core.translations import _
from . import wording

PAGE_SIZE = 50
"""Residents on slow connections should never download thousands of entries to see the first few."""
OPEN_DATA_URL = "open-data/"
HOW_WE_ARE_DOING_URL = "how-we-are-doing/"
"""Pages about the whole hub (site.open_data_pages), linked from the consultations index and the footer."""


@dataclass(frozen=True)
class LinkView:
    text: str
    href: str


@dataclass(frozen=True)
class Fact:
    """A row of a summary list: a value, links to hub pages, or email and phone links (or a mix)."""

    label: str
    value: str = ""
    links: tuple[LinkView, ...] = ()
    contacts: tuple[LinkView, ...] = ()


@dataclass(frozen=True)
class Banner:
    """A record's status in words, never colour alone, and what it means now."""

    status: Enum
    label: str
    sentences: tuple[str, ...]
    reason_heading: str = ""
    reason: Markup | None = None
    urgent: bool = False


@dataclass(frozen=True)
class StaleNotice:
    """What a page says once the reader's clock passes the next change it was built before.

    Built into the page hidden; ``assets/stale-page.js`` shows it (a progressive
    enhancement), so a cached or unrebuilt page never claims a closed consultation
    is open. ``after`` is that instant, in ISO 8601 with its offset; with
    ``hides_responding`` the script also hides the ways to respond.
    """

    after: str
    heading: str
    message: str
    hides_responding: bool = False


@dataclass(frozen=True)
class Tag:
    """A second tag on a card, like "Key decision"; ``kind`` names its style."""

    text: str
    kind: str


@dataclass(frozen=True)
class Card:
    """A record as it appears in lists, on ward pages and on the home page."""

    title: str
    href: str
    summary: str
    status: Enum
    label: str
    when: str
    tags: tuple[Tag, ...] = ()
    sentence: str = ""
    footer: str = ""


@dataclass(frozen=True)
class DocumentView:
    title: str
    href: str
    described: str
    accessible: bool
    request_format: str = ""
    external: bool = False
    language: Language | None = None
    """For a translation: its language, so its name is read in that language (WCAG 3.1.2)."""
    web_page: bool = False
    """A document written in Markdown: the hub's own web page of it (site.document_pages), listed first."""
    other_format: LinkView | None = None
    other_described: str = ""
    """Its PDF, offered beside its web page: "Also as a PDF", "120 KB, 4 pages"."""


@dataclass(frozen=True)
class ContactView:
    """A named officer residents can ask, with ready-made email and phone links."""

    name: str
    role: str | None
    team: str | None
    email: str | None
    email_href: str | None
    phone: str | None
    phone_href: str | None


@dataclass(frozen=True)
class Pagination:
    """Where a page is in a long list: "Page 2 of 7", with plain previous and next links."""

    page: int
    pages: int
    where: str
    previous: LinkView | None
    next: LinkView | None


@dataclass(frozen=True)
class IndexEntry:
    """A link to a list, with how many it holds: "Castle (3 consultations)"."""

    text: str
    href: str
    count: str


@dataclass(frozen=True)
class BrowseGroup:
    """A way to browse a list by another route: by ward, by decision maker, by month."""

    title: str
    id: str
    entries: tuple[IndexEntry, ...]


@dataclass(frozen=True)
class GetUpdates:
    """How to follow a list without coming back to check: its feed and its calendar, and the page explaining them."""

    feed: LinkView
    feed_format: str
    calendar: LinkView
    calendar_format: str
    help: LinkView


@dataclass(frozen=True)
class FeedRow:
    """One thing to follow on the "Get updates" page: its name, what it holds, its feed and its calendar."""

    name: str
    description: str = ""
    feed: str = ""
    calendar: str = ""


@dataclass(frozen=True)
class FeedGroup:
    """The feeds and calendars of one kind on the "Get updates" page: the whole hub, by ward, by topic."""

    title: str
    id: str
    introduction: str
    rows: tuple[FeedRow, ...]


@dataclass(frozen=True)
class ListPage:
    """A list of records of one kind: a status list, a ward, topic or month, the forward plan."""

    title: str
    introduction: str
    cards: tuple[Card, ...] = ()
    groups: tuple[tuple[str, tuple[Card, ...]], ...] = ()
    empty: str = field(default_factory=lambda: _(wording.NONE_AT_THE_MOMENT))
    """What an empty list says, in the language spoken when the list is made (not when this module loads)."""
    count: str = ""
    pagination: Pagination | None = None
    links: tuple[LinkView, ...] = ()
    browse: tuple[BrowseGroup, ...] = ()
    updates: GetUpdates | None = None

    @property
    def size(self) -> int:
        return len(self.cards) + sum(len(cards) for _heading, cards in self.groups)


@dataclass(frozen=True)
class IndexPage:
    """The list of wards, topics or years, each with how many records it has."""

    title: str
    introduction: str
    entries: tuple[IndexEntry, ...]
    links: tuple[LinkView, ...] = ()
    """Other pages about these records, listed after the entries (like Open data)."""


def paginate(
    url: str, title: str, introduction: str, cards: tuple[Card, ...], count: Callable[[int], str], size: int = PAGE_SIZE
) -> dict[str, ListPage]:
    """A long list split into pages of ``size``, keyed by web address: url, url/page-2/, ..."""
    chunks = [cards[start : start + size] for start in range(0, len(cards), size)] or [()]
    total = len(chunks)

    def address(number: int) -> str:
        return url if number == 1 else f"{url}page-{number}/"

    pages = {}
    for number, chunk in enumerate(chunks, 1):
        pagination = (
            None
            if total == 1
            else Pagination(
                page=number,
                pages=total,
                where=wording.page_of(number, total),
                previous=LinkView(wording.previous_page(number - 1, total), address(number - 1))
                if number > 1
                else None,
                next=LinkView(wording.next_page(number + 1, total), address(number + 1)) if number < total else None,
            )
        )
        pages[address(number)] = ListPage(
            title=wording.paged_title(title, number, total),
            introduction=introduction,
            cards=chunk,
            count=count(len(cards)),
            pagination=pagination,
        )
    return pages


def mailto(address: str, subject: str = "") -> str:
    """A mailto: link built from an address and a subject, each escaped, so nothing else can ride along."""
    href = "mailto:" + quote(address, safe="@")
    return href + ("?subject=" + quote(subject) if subject else "")


def tel(phone: str) -> str:
    """The RFC 3966 tel: link of a checked UK number: "+44 (0)1632 960 000 ext 245" calls
    +441632960000 and then dials 245 (digits run together would dial a wrong number)."""
    try:
        return phone_link(phone)
    except ValueError:  # not a UK number the check knows (a settings phone is checked the same way)
        international = phone.strip().startswith("+")
        return "tel:" + ("+" if international else "") + "".join(ch for ch in phone if ch.isdigit())


def document_view(
    title: str,
    accessible: bool,
    *,
    file: str | None,
    url: str | None,
    record_url: str,
    folder: Path,
    accessible_formats_email: str,
    about: str,
    pdf: str | None = None,
) -> DocumentView:
    """A document as residents see it: where to get it, its facts, and how to ask for another format."""
    if is_markdown(file) and file:  # the hub's web page of it, with its PDF (core.documents)
        other = LinkView(_(wording.ALSO_AS_PDF), f"{record_url}{quote(pdf)}") if pdf else None
        facts = wording.other_format(file_facts(folder / pdf)) if pdf else ""
        words = wording.web_page_described(web_document(folder / file).words)
        page = record_url + page_address(file)
        return DocumentView(title, page, words, True, web_page=True, other_format=other, other_described=facts)
    if file:
        href = f"{record_url}{quote(file)}"
        described, external = wording.file_described(file_facts(folder / file)), False
    else:
        href, described, external = url or "", _(wording.WEB_PAGE), True
    request = "" if accessible else mailto(accessible_formats_email, wording.format_request_subject(title, about))
    return DocumentView(
        title=title, href=href, described=described, accessible=accessible, request_format=request, external=external
    )


def web_pages_first(documents: tuple[DocumentView, ...]) -> tuple[DocumentView, ...]:
    """The hub's own web pages of documents come first, the officer's order otherwise kept."""
    return tuple(sorted(documents, key=lambda document: not document.web_page))


@dataclass(frozen=True)
class PrintLink:
    """A version of a page to print (site.printing): the link, and what it prints on and for whom."""

    text: str
    href: str
    detail: str


@dataclass(frozen=True)
class RelatedRecord:
    """A record of the other kind, linked: the decision a consultation fed, the consultation a decision heard."""

    title: str
    href: str
    detail: str


class StepState(str, Enum):
    """Where a step of a timeline stands; always said in words too (``state_words``), never colour alone."""

    DONE = "done"
    CURRENT = "current"
    TO_COME = "to_come"


@dataclass(frozen=True)
class TimelineStep:
    """A step of a timeline: what happens, when, where it stands, what a resident can do about it, and a
    link (to the other record's page where the step belongs to it, or to where to act)."""

    label: str
    when: str
    state: StepState
    state_words: str
    detail: str = ""
    link: LinkView | None = None


@dataclass(frozen=True)
class Timeline:
    """What happens and when (site.timeline): steps in order, at most one current (aria-current="step")."""

    title: str
    id: str
    steps: tuple[TimelineStep, ...]


@dataclass(frozen=True)
class Alternate:
    """Another form of a page or of the site: a feed or a calendar, linked from the page's head."""

    title: str
    href: str
    kind: str


@dataclass(frozen=True)
class PageHead:
    """What a page says about itself to search engines, feed readers and link previews (no scripts)."""

    description: str = ""
    kind: str = "website"
    structured_data: str = ""
    alternates: tuple[Alternate, ...] = ()
    lastmod: str = ""


@dataclass(frozen=True)
class FooterView:
    """What the footer of every page needs, decided once per build."""

    formats_href: str
    phone_href: str
    updated: str


@dataclass(frozen=True)
class SearchFacts:
    """What the search index (site.search) records about a page besides its words: the filters residents
    narrow by, what a result shows under its title, and the date results can be sorted by.

    A hand-written page has none of these facts: it is found by its words alone.
    """

    kind: str = ""
    status: str = ""
    state: str = ""
    """The status's name (like ``open``), which gives a result's tag its colour."""
    date: str = ""
    sort_date: str = ""
    """The closing or decision date as YYYY-MM-DD; empty when not known (it then has no place in that order)."""
    year: str = ""
    wards: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()

    @property
    def filters(self) -> tuple[tuple[str, str], ...]:
        """(filter, value) pairs: a record in two wards has two ``ward`` pairs."""
        single = (("type", self.kind), ("status", self.status), ("year", self.year))
        many = [("ward", w) for w in self.wards] + [("topic", t) for t in self.topics]
        return tuple((name, value) for name, value in (*single, *many) if value)

    @property
    def meta(self) -> tuple[tuple[str, str], ...]:
        """What a result shows besides its title (taken from the page's h1): kind, status and date."""
        shown = (("kind", self.kind), ("status", self.status), ("state", self.state), ("date", self.date))
        return tuple((name, value) for name, value in shown if value)
