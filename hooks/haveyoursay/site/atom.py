"""Atom feeds (RFC 4287) of consultations and decision notices, for feed readers.

Each published record is one entry, made once per build and shared by every
feed it is in (all consultations, its ward, its topic...):

- ``id`` is the address of the record's page (``https://.../consultations/<slug>/``): a record's web
  address never changes, so neither does its id, in any feed;
- ``updated`` is when what the entry says last changed: the status modules' ``last_change`` (a
  consultation opening, closing, falling overdue, its outcome, a withdrawal or a dated update; a notice
  given, decided, its call-in deadline, a call-in), never the time of the build. A consultation's
  entry says when it closes, not how many days are left, so the countdown of its last fortnight does
  not count. A record with nothing yet in the past (a consultation that has not opened) has no
  honest ``updated``, so it joins the feeds when it opens; calendars show it before then;
- the entry gives the status in words, the dates, the summary and a link to the page.

A feed's own ``updated`` is its newest entry's. A feed holds its ``FEED_SIZE`` most recently
changed records, newest first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

from feedgen.feed import FeedGenerator
from markupsafe import Markup

from ..consultations import wording as consultation_wording
from ..consultations.pages import PublishedConsultations
from ..consultations.record import Consultation
from ..consultations.status import Status
from ..consultations.status import last_change as consultation_last_change
from ..core.body import slug_of
from ..core.london import to_london
from ..core.translations import _, format_moment, language_tag
from ..decisions import wording as decision_wording
from ..decisions.pages import PublishedDecisions
from ..decisions.record import DecisionNotice
from ..decisions.status import last_change as decision_last_change
from . import wording

FEED_SIZE = 50
"""Entries in a feed: a feed reader needs what changed lately, not the whole history."""
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
"""A feed with no entries at all says it last changed here (the earliest date a record can have)."""
GENERATOR = "Have your say"
"""The name of the program that made the feed (the hub's own name, not a sentence: the same in every language)."""

_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Text XML can hold: no control characters but tab and line breaks."""
    return _NOT_XML.sub("", text)


@dataclass(frozen=True)
class Category:
    term: str
    label: str
    scheme: str = ""


@dataclass(frozen=True)
class FeedEntry:
    """A record as every feed it is in shows it."""

    id: str
    title: str
    updated: datetime
    summary: str
    content: Markup
    categories: tuple[Category, ...]


def _places(base_url: str, wards: Sequence[str], all_wards: bool, topics: Sequence[str] = ()) -> list[Category]:
    ward_scheme, topic_scheme = urljoin(base_url, "wards/"), urljoin(base_url, "topics/")
    found = [Category("all", _(wording.ALL_WARDS), ward_scheme)] if all_wards else []
    found += [Category(slug_of(ward), ward, ward_scheme) for ward in wards if not all_wards]
    return found + [Category(slug_of(topic), topic, topic_scheme) for topic in topics]


def consultation_entry(
    consultation: Consultation, published: PublishedConsultations, base_url: str
) -> FeedEntry | None:
    """The consultation's entry, or None if nothing about it has happened yet (it has not opened)."""
    record, weeks = consultation.record, published.settings.outcome_due_weeks
    updated = consultation_last_change(record, published.now, weeks, countdown=False)
    if updated is None:
        return None
    status = published.status[consultation.slug]
    banner = published.banner(consultation)
    sentences = consultation_wording.open_sentences(record.closes, 0, False) if status is Status.OPEN else None
    label, facts = _(consultation_wording.STATUS_LABELS[status]), consultation_wording.FACT_LABELS
    content = Markup("<p><strong>{}.</strong> {}</p>").format(label, " ".join(sentences or banner.sentences))
    if banner.reason is not None:
        content += Markup("<p><strong>{}:</strong></p>{}").format(banner.reason_heading, banner.reason)
    content += Markup("<p>{}</p><ul>").format(record.summary)
    for name, value in (
        (facts["opens"], format_moment(record.opens)),
        (facts["closes"], format_moment(record.closes, closing=True)),
        (facts["wards"], wording.wards_text(record.wards, record.all_wards)),
        (facts["topics"], ", ".join(record.topics)),
    ):
        content += Markup("<li>{}: {}</li>").format(_(name), value)
    return FeedEntry(
        id=urljoin(base_url, consultation.url),
        title=record.title,
        updated=updated,
        summary=record.summary,
        content=content + Markup("</ul>"),
        categories=(
            Category("consultation", _(wording.KIND_CONSULTATION)),
            Category(status.value, label),
            *_places(base_url, record.wards, record.all_wards, record.topics),
        ),
    )


def decision_entry(notice: DecisionNotice, published: PublishedDecisions, base_url: str) -> FeedEntry | None:
    """The notice's entry, or None if nothing about it has happened yet (no notice given, not decided)."""
    record = notice.record
    updated = decision_last_change(record, published.settings, published.now)
    if updated is None:
        return None
    status, card = published.status[notice.reference], published.cards[notice.reference]
    label = _(decision_wording.STATUS_LABELS[status])
    content = Markup("<p><strong>{}.</strong> {}</p><p>{}</p><p>{} {}</p>").format(
        label, published.sentences[notice.reference], record.summary, card.when, card.footer
    )
    return FeedEntry(
        id=urljoin(base_url, notice.url),
        title=f"{notice.reference}: {record.title}",
        updated=updated,
        summary=record.summary,
        content=content,
        categories=(
            Category("decision", _(wording.KIND_DECISION)),
            Category(status.value, label),
            *_places(base_url, record.wards, record.all_wards),
        ),
    )


def newest(entries: Sequence[FeedEntry], size: int = FEED_SIZE) -> list[FeedEntry]:
    """The ``size`` most recently changed entries, newest first (the same order every build)."""
    return sorted(entries, key=lambda e: (-e.updated.timestamp(), e.id))[:size]


@dataclass(frozen=True)
class FeedHead:
    """What a feed says about itself: its address (and id), title, what it holds and the page it follows."""

    url: str
    title: str
    subtitle: str
    page: str
    author: str


def atom(head: FeedHead, entries: Sequence[FeedEntry], if_empty: datetime = EARLIEST) -> bytes:
    """The feed of ``entries`` (newest first); with none, it last changed ``if_empty``."""
    feed = FeedGenerator()
    feed.id(head.url)
    feed.title(xml_text(head.title))
    feed.subtitle(xml_text(head.subtitle))
    feed.link(href=head.url, rel="self", type="application/atom+xml")
    feed.link(href=head.page, rel="alternate", type="text/html")
    feed.author({"name": xml_text(head.author)})
    feed.language(language_tag())  # its xml:lang: the language spoken when it is made
    feed.generator(GENERATOR)
    feed.updated(to_london(entries[0].updated if entries else if_empty))
    for entry in entries:
        item = feed.add_entry(order="append")
        item.id(entry.id)
        item.title(xml_text(entry.title))
        item.updated(to_london(entry.updated))
        item.link(href=entry.id, rel="alternate", type="text/html")
        item.summary(xml_text(entry.summary))
        item.content(xml_text(str(entry.content)), type="html")
        for category in entry.categories:
            item.category(
                term=category.term,
                label=xml_text(category.label),
                **({"scheme": category.scheme} if category.scheme else {}),
            )
    return bytes(feed.atom_str(pretty=True))
