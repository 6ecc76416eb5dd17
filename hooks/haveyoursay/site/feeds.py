"""Feeds and calendars to follow the hub: what there is, where, and how each list page links to its own.

Every address is stable (README, "Feeds and calendars"):

========================================  =====================================================
``feeds/consultations.xml``               every consultation (Atom)
``feeds/consultations/open.xml``          open consultations
``feeds/consultations/outcomes.xml``      outcomes published ("We asked, you said, we did")
``feeds/decisions.xml``                   every decision notice
``feeds/decisions/forward-plan.xml``      key decisions still to be made (the forward plan)
``feeds/wards/<ward>.xml``                consultations and decisions of a ward (and of all wards)
``feeds/topics/<topic>.xml``              consultations on a topic, and the notices that considered them
``calendars/all.ics``                     every consultation's dates and events, decisions, call-in deadlines
``calendars/wards/<ward>.ics``            the same, for one ward (and all wards)
``calendars/topics/<topic>.ics``          the same, for one topic
``consultations/<slug>/event-<n>.ics``    one event, to add once ("Add to your calendar")
``updates/``                              the page listing them all, saying how to use them
========================================  =====================================================

Entries are made once per record (``atom``, ``calendars``) and shared by every
feed and calendar the record is in, so the work grows with the records, not
with the number of feeds times the records; an event's own file holds the very
VEVENT the calendars hold. A calendar holds what happens from a year before the
build onwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ..consultations import wording as consultation_wording
from ..consultations.pages import PublishedConsultations, event_file_name, topic_href, ward_href
from ..consultations.record import FOLDER as CONSULTATIONS_URL
from ..consultations.record import Consultation
from ..consultations.status import Status
from ..core.body import slug_of
from ..core.london import to_london
from ..core.translations import _
from ..decisions import pages as decision_pages
from ..decisions.pages import PublishedDecisions
from ..decisions.record import URL as DECISIONS_URL
from ..decisions.record import DecisionNotice
from . import wording
from .atom import EARLIEST, FeedEntry, FeedHead, atom, consultation_entry, decision_entry, newest
from .calendars import Entry, calendar, consultation_entries, decision_entries, vevent
from .components import Alternate, FeedGroup, FeedRow, GetUpdates, LinkView, PageHead
from .indexes import Indexes

if TYPE_CHECKING:
    from .pages import SitePlan

UPDATES_URL = "updates/"
ATOM = "application/atom+xml"
ICALENDAR = "text/calendar"
SITE_CALENDAR = "calendars/all.ics"
SITE_WIDE_FEEDS = ("feeds/consultations.xml", "feeds/decisions.xml")
CALENDAR_PAST = timedelta(days=366)
"""A calendar holds what happens from a year before the build onwards: older dates only make it heavier."""


@dataclass(frozen=True)
class UpdatesPage:
    """The "Get updates by feed or calendar" page: what feeds and calendars are, and every one of them."""

    title: str
    introduction: str
    help: tuple[tuple[str, tuple[str, ...]], ...]
    groups: tuple[FeedGroup, ...]


@dataclass(frozen=True)
class Follow:
    """One thing to follow: a feed, and the calendar that goes with it (its own, or the whole hub's)."""

    group: str
    name: str
    description: str
    feed: str
    lists: tuple[str, ...]
    """The list pages it follows (and their later pages): the first is the page the feed links to."""
    consultations: tuple[Consultation, ...]
    decisions: tuple[DecisionNotice, ...]
    calendar: str = SITE_CALENDAR

    @property
    def own_calendar(self) -> bool:
        return self.calendar != SITE_CALENDAR


def _feed_path(url: str) -> str:
    return f"feeds/{url.strip('/')}.xml"


def _of_everything(
    key: str, list_url: str, consultations: Iterable[Consultation] = (), decisions: Iterable[DecisionNotice] = ()
) -> Follow:
    """A feed of the whole hub, or of one kind or status, named in ``wording.FEED_NAMES``."""
    name, description = (_(words) for words in wording.FEED_NAMES[key])
    return Follow(
        "everything", name, description, _feed_path(list_url), (list_url,), tuple(consultations), tuple(decisions)
    )


def catalogue(consultations: PublishedConsultations, decisions: PublishedDecisions, indexes: Indexes) -> list[Follow]:
    """Every feed the hub publishes, in the order the "Get updates" page lists them."""
    settings = consultations.settings
    open_url, outcomes_url = (
        f"{CONSULTATIONS_URL}/{consultation_wording.LIST_PAGES[status][0]}/"
        for status in (Status.OPEN, Status.OUTCOME_PUBLISHED)
    )
    planned = [n for n in decisions.to_be_made(decisions.notices) if n.record.key_decision]  # as its page lists
    follows = [
        _of_everything("consultations", f"{CONSULTATIONS_URL}/", consultations.consultations),
        _of_everything("open", open_url, consultations.ranked[Status.OPEN]),
        _of_everything("outcomes", outcomes_url, consultations.ranked[Status.OUTCOME_PUBLISHED]),
        _of_everything("decisions", DECISIONS_URL, decisions=decisions.notices),
        _of_everything("forward-plan", decision_pages.FORWARD_PLAN_URL, decisions=planned),
    ]
    for ward in settings.wards:
        follows.append(
            Follow(
                "wards",
                *wording.ward_feed(ward),
                _feed_path(ward_href(ward)),
                (ward_href(ward), decision_pages.ward_href(ward)),
                indexes.consultations_by_ward.get(ward, ()),
                indexes.decisions_by_ward.get(ward, ()),
                calendar=f"calendars/wards/{slug_of(ward)}.ics",
            )
        )
    for topic in settings.topics:
        about = indexes.consultations_by_topic.get(topic, ())
        considered = {n.reference: n for c in about for n in indexes.decisions_by_consultation.get(c.slug, ())}
        follows.append(
            Follow(
                "topics",
                *wording.topic_feed(topic),
                _feed_path(topic_href(topic)),
                (topic_href(topic),),
                about,
                tuple(considered.values()),
                calendar=f"calendars/topics/{slug_of(topic)}.ics",
            )
        )
    return follows


class Following:
    """The feeds and calendars planned for a build, and how each list page links to its own."""

    def __init__(self, follows: Sequence[Follow], site_wide: Sequence[Alternate]):
        self.follows = follows
        self.site_wide = tuple(site_wide)
        self._by_list = {url: follow for follow in follows for url in follow.lists}

    def of_list(self, url: str) -> Follow | None:
        """The feed of the list page at ``url``: its own, or the nearest one above it (consultations/closed/
        follows every consultation; decisions/months/2026-03/ every decision)."""
        parts = url.strip("/").split("/")
        for end in range(len(parts), 0, -1):
            found = self._by_list.get("/".join(parts[:end]) + "/")
            if found is not None:
                return found
        return None

    def for_list(self, url: str) -> tuple[GetUpdates | None, PageHead | None]:
        """The "Get updates" box of the list page at ``url``, and its head's links to the feed and calendar."""
        follow = self.of_list(url)
        if follow is None:
            return None, None
        calendar_name = follow.name if follow.own_calendar else _(wording.CALENDAR_NAME[0])
        feed = LinkView(wording.feed_of(follow.name), follow.feed)
        calendar_link = LinkView(wording.calendar_of(calendar_name), follow.calendar)
        updates = GetUpdates(
            feed,
            _(wording.FEED_FORMAT),
            calendar_link,
            _(wording.CALENDAR_FORMAT),
            LinkView(_(wording.UPDATES_HOW), UPDATES_URL),
        )
        shown = {alternate.href for alternate in self.site_wide}
        own = tuple(
            Alternate(link.text, link.href, kind)
            for link, kind in ((feed, ATOM), (calendar_link, ICALENDAR))
            if link.href not in shown
        )
        return updates, PageHead(alternates=own) if own else None


def plan_feeds(
    plan: SitePlan,
    consultations: PublishedConsultations,
    decisions: PublishedDecisions,
    indexes: Indexes,
    base_url: str,
) -> Following:
    """Add every feed and calendar to the plan, the site-wide ones to every page's head, and the "Get updates"
    page; return how each list page links to its own."""
    from .pages import GeneratedFile  # pages imports this module

    settings, now = consultations.settings, consultations.now
    follows = catalogue(consultations, decisions, indexes)
    entries = _entries(consultations, decisions, base_url)
    events = _events(consultations, decisions, base_url, now)
    since = to_london(now - CALENDAR_PAST).date()
    newest_change = max((entry.updated for entry in entries.values()), default=None)
    for follow in follows:
        chosen = newest([entries[key] for key in _keys(follow.consultations, follow.decisions) if key in entries])
        head = FeedHead(
            urljoin(base_url, follow.feed),
            wording.feed_title(follow.name, settings.name),
            follow.description,
            urljoin(base_url, follow.lists[0]),
            settings.name,
        )
        plan.generated.append(GeneratedFile(follow.feed, atom(head, chosen, newest_change or EARLIEST)))
        if follow.own_calendar:
            held = _calendar_events(events, _keys(follow.consultations, follow.decisions), since)
            title = wording.feed_title(follow.name, settings.name)
            plan.generated.append(GeneratedFile(follow.calendar, calendar(held, title, follow.description)))
    every = _keys(consultations.consultations, decisions.notices)
    name, description = (_(words) for words in wording.CALENDAR_NAME)
    whole = calendar(_calendar_events(events, every, since), wording.feed_title(name, settings.name), description)
    plan.generated.append(GeneratedFile(SITE_CALENDAR, whole))
    plan.generated += [
        GeneratedFile(path, content) for path, content in _event_files(consultations.consultations, events)
    ]
    site_wide = [  # every page's head: every consultation, every decision, and the calendar of both
        *(Alternate(wording.feed_of(f.name), f.feed, ATOM) for f in follows if f.feed in SITE_WIDE_FEEDS),
        Alternate(wording.calendar_of(name), SITE_CALENDAR, ICALENDAR),
    ]
    plan.alternates.extend(site_wide)
    page = updates_page(follows)
    plan.page(f"{UPDATES_URL}index.md", page.title, "feeds.html", lambda: page, PageHead(page.introduction))
    return Following(follows, site_wide)


def updates_page(follows: Sequence[Follow]) -> UpdatesPage:
    title, introduction = (_(words) for words in wording.UPDATES_PAGE)
    groups = []
    for group, (heading, about) in wording.FEED_GROUPS.items():
        rows = [
            FeedRow(
                wording.capitalised(follow.name),
                follow.description if group == "everything" else "",
                follow.feed,
                follow.calendar if follow.own_calendar else "",
            )
            for follow in follows
            if follow.group == group
        ]
        if group == "everything":
            name, description = (_(words) for words in wording.CALENDAR_NAME)
            rows.append(FeedRow(wording.capitalised(name), description, calendar=SITE_CALENDAR))
        groups.append(FeedGroup(_(heading), group, _(about), tuple(rows)))
    explained = tuple((_(heading), tuple(_(line) for line in lines)) for heading, lines in wording.UPDATES_HELP)
    return UpdatesPage(title, introduction, explained, tuple(groups))


def _keys(consultations: Iterable[Consultation], decisions: Iterable[DecisionNotice]) -> list[str]:
    return [f"{CONSULTATIONS_URL}/{c.slug}" for c in consultations] + [
        f"{DECISIONS_URL}{n.reference}" for n in decisions
    ]


def _entries(
    consultations: PublishedConsultations, decisions: PublishedDecisions, base_url: str
) -> dict[str, FeedEntry]:
    """Each record's feed entry, made once (records with nothing in the past yet have none)."""
    made: dict[str, FeedEntry | None] = {}
    for consultation in consultations.consultations:
        made[f"{CONSULTATIONS_URL}/{consultation.slug}"] = consultation_entry(consultation, consultations, base_url)
    for notice in decisions.notices:
        made[f"{DECISIONS_URL}{notice.reference}"] = decision_entry(notice, decisions, base_url)
    return {key: entry for key, entry in made.items() if entry is not None}


@dataclass(frozen=True)
class Written:
    """A calendar entry as written once for every calendar it is in: the day it ends, and its VEVENT."""

    day: date
    vevent: bytes
    entry: Entry


def _events(
    consultations: PublishedConsultations, decisions: PublishedDecisions, base_url: str, now: datetime
) -> dict[str, list[Written]]:
    """Each record's calendar entries, each written once (icalendar is slow to write, so never twice); those
    ending over a year ago only when they are an event, which keeps its own file."""
    since = to_london(now - CALENDAR_PAST).date()
    written: dict[str, list[Written]] = {}

    def write(key: str, entries: Iterable[Entry]) -> None:
        days = [(_day(entry.end or entry.start), entry) for entry in entries]
        written[key] = [
            Written(day, vevent(entry, now), entry) for day, entry in days if day >= since or entry.event is not None
        ]

    for consultation in consultations.consultations:
        write(f"{CONSULTATIONS_URL}/{consultation.slug}", consultation_entries(consultation, base_url))
    for notice in decisions.notices:
        write(f"{DECISIONS_URL}{notice.reference}", decision_entries(notice, decisions.settings, base_url))
    return written


def _event_files(consultations: Iterable[Consultation], events: dict[str, list[Written]]) -> list[tuple[str, bytes]]:
    """Each event's own .ics file (the "Add to your calendar" link), holding its VEVENT as every calendar does."""
    files = []
    for consultation in consultations:
        for written in events[f"{CONSULTATIONS_URL}/{consultation.slug}"]:
            if written.entry.event is not None:
                path = consultation.url + event_file_name(written.entry.event)
                files.append((path, calendar([written.vevent])))
    return files


def _day(moment: datetime | date) -> date:
    return to_london(moment).date() if isinstance(moment, datetime) else moment


def _calendar_events(events: dict[str, list[Written]], keys: Iterable[str], since: date) -> list[bytes]:
    """The entries of these records from ``since`` on, soonest first (the same order every build)."""
    held = sorted((w.day, w.vevent) for key in keys for w in events.get(key, ()) if w.day >= since)
    return [vevent for _, vevent in held]
