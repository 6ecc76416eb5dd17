"""The web page of each document written in Markdown (core.documents), for both kinds of record.

A consultation's or a decision notice's document written in Markdown is published at
``<record>/<name>/``: its title (the record's ``title:`` for it), what it is part of, when it last
changed, how long it is to read, its PDF if it has one, a contents list linking to each of its main
headings, and the document itself, sanitised. Its breadcrumbs are its record's page's, then the record.
It needs no script, and prints as the document alone (overrides/assets/hub.css).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote

from markupsafe import Markup

from ..consultations.record import Consultation
from ..core.documents import Document, Heading, page_address, web_document
from ..core.files import file_facts, link_on_the_way
from ..core.london import to_london
from ..core.problems import Location
from ..core.translations import _, format_date
from ..decisions.record import DecisionNotice
from . import wording
from .components import Fact, LinkView, PageHead

if TYPE_CHECKING:
    from .pages import SitePlan

TEMPLATE = "document.html"


@dataclass(frozen=True)
class ContentsEntry:
    """A heading of the document, linked from its contents list, with the headings under it."""

    text: str
    href: str
    children: tuple[ContentsEntry, ...] = ()


@dataclass(frozen=True)
class DocumentPage:
    """A document written in Markdown, as its own page: everything overrides/document.html shows."""

    title: str
    caption: str
    breadcrumbs: tuple[LinkView, ...]
    facts: tuple[Fact, ...]
    contents: tuple[ContentsEntry, ...]
    html: Markup
    back: LinkView


@dataclass(frozen=True)
class DocumentsOf:
    """A record whose documents written in Markdown have pages, and what those pages say of it."""

    kind: str
    """consultation or decision"""
    title: str
    url: str
    folder: Path
    documents: tuple[Document, ...]
    breadcrumbs: Callable[[], tuple[LinkView, ...]]
    """Its own page's breadcrumbs, worked out when a document's page is rendered."""


def consultation_documents(consultation: Consultation, breadcrumbs: Callable[[], tuple[LinkView, ...]]) -> DocumentsOf:
    record = consultation.record
    return DocumentsOf(
        "consultation", record.title, consultation.url, consultation.folder, _shown(record.every_document), breadcrumbs
    )


def notice_documents(notice: DecisionNotice, breadcrumbs: Callable[[], tuple[LinkView, ...]]) -> DocumentsOf:
    documents = _shown(notice.record.every_document)
    return DocumentsOf("decision", notice.record.title, notice.url, notice.folder, documents, breadcrumbs)


def _shown(every_document: tuple[tuple[Location, Document], ...]) -> tuple[Document, ...]:
    """The documents a page in the language spoken shows: the Welsh ones (under welsh:) are the Welsh page's
    documents (site.languages puts them in its place), so the English site makes no page of them."""
    return tuple(document for place, document in every_document if place[0] != "welsh")


def document_page(owner: DocumentsOf, document: Document) -> DocumentPage:
    """One document's page: its facts, its contents and the document."""
    name = document.file or ""
    made = web_document(owner.folder / name)
    labels = {key: _(label) for key, label in wording.DOCUMENT_FACTS.items()}
    facts = [Fact(labels["part_of"], links=(LinkView(owner.title, owner.url),))]
    if document.updated is not None:
        facts.append(Fact(labels["updated"], format_date(document.updated)))
    facts.append(Fact(labels["length"], wording.capitalised(wording.document_length(made.words))))
    if document.pdf:
        pdf = LinkView(wording.file_described(file_facts(owner.folder / document.pdf)), owner.url + quote(document.pdf))
        facts.append(Fact(labels["pdf"], links=(pdf,)))
    return DocumentPage(
        title=document.title,
        caption=_(wording.DOCUMENT_OF[owner.kind]),
        breadcrumbs=(*owner.breadcrumbs(), LinkView(owner.title, owner.url)),
        facts=tuple(facts),
        contents=contents_of(made.headings),
        html=made.html,
        back=LinkView(wording.back_to(owner.kind, owner.title), owner.url),
    )


def contents_of(headings: Iterable[Heading]) -> tuple[ContentsEntry, ...]:
    """The contents list: each main heading (h2), with the headings under it (h3)."""
    entries: list[tuple[Heading, list[Heading]]] = []
    for heading in headings:
        if heading.level == 2:
            entries.append((heading, []))
        elif heading.level == 3 and entries:
            entries[-1][1].append(heading)
    return tuple(
        ContentsEntry(main.text, f"#{main.id}", tuple(ContentsEntry(sub.text, f"#{sub.id}") for sub in under))
        for main, under in entries
    )


def plan_document_pages(plan: SitePlan, owner: DocumentsOf) -> None:
    """A page for each of a record's documents written in Markdown (each file once), each file checked again at
    the last moment: a real file inside the record's folder, reached by no link."""
    seen: set[str] = set()
    for document in owner.documents:
        name = document.file
        if not name or not document.web_page or name in seen:
            continue
        seen.add(name)
        source = owner.folder / name
        if link_on_the_way(owner.folder, PurePosixPath(name)) or not source.resolve().is_relative_to(
            owner.folder.resolve()
        ):
            raise ValueError(f"{source} is not a file inside {owner.folder}; its page was not published")
        head = PageHead(
            description=wording.document_description(document.title, owner.kind, owner.title),
            kind="article",
            lastmod=to_london(document.updated).date().isoformat() if document.updated is not None else "",
        )
        model = partial(document_page, owner, document)
        plan.page(f"{owner.url}{page_address(name)}index.md", document.title, TEMPLATE, model, head)
