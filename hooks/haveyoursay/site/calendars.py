"""Calendar files (iCalendar, RFC 5545): one per event, and calendar feeds to subscribe to.

An event's own .ics file lets a resident add a drop-in session to their
phone's calendar in one tap (as Citizen Space and Decidim offer); the calendar
feeds (the whole hub, each ward, each topic) hold every consultation's opening
and closing, its events, each decision's date (expected or made) and its
call-in deadline, for a calendar app to subscribe to.

Times are on London's clock (``TZID=Europe/London``) with the zone described in
a VTIMEZONE (the UK's rule since 1996, which Google, Apple and Outlook read),
except the second 1:30am of the night the clocks go back, which London's clock
cannot name (RFC 5545 reads it as the first), so it is written in UTC. A time
of midnight is a whole day; a midnight close is 11:59pm on the last day, as
the pages say.

Every entry has a UID that never depends on the build or on an entry's place
in a list, so a calendar app updates an entry rather than adding it twice:

- ``consultations/<slug>/opens@<host>`` and ``.../closes@<host>``
- ``consultations/<slug>/events/<yyyy-mm-dd>-<event title as a slug>@<host>`` (with ``-<hhmm>`` after it
  when the consultation has two events of that title that day), the same in the event's own file and
  in every calendar feed
- ``decisions/<reference>/decision@<host>`` (the same whether expected or made) and
  ``decisions/<reference>/call-in@<host>``
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urljoin, urlparse

from icalendar import Calendar, Timezone, vText
from icalendar import Event as CalendarEvent

from ..consultations.record import Consultation
from ..core.body import slug_of
from ..core.cache import key_of, remembered
from ..core.london import LONDON, last_day, to_london
from ..core.settings import CouncilSettings
from ..core.translations import ENGLISH, LANGUAGE_TAGS, _, language_now
from ..decisions.record import DecisionNotice
from ..decisions.status import call_in_deadline_of
from . import wording

PRODID = "-//Have your say//Consultations and decisions//EN"
REFRESH = "PT1H"
"""How often a calendar app should check for changes: the hub is built every hour."""
TITLE_IN_UID = 60
"""An event's title is cut to this many characters in its UID."""

LONDON_VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/London\r\n"
    "X-LIC-LOCATION:Europe/London\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZNAME:BST\r\n"
    "TZOFFSETFROM:+0000\r\n"
    "TZOFFSETTO:+0100\r\n"
    "DTSTART:19700329T010000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZNAME:GMT\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "TZOFFSETTO:+0000\r\n"
    "DTSTART:19701025T020000\r\n"
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
)
"""Europe/London since 1996: BST from 1am GMT on the last Sunday in March to 1am GMT on the last Sunday in October."""

_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
"""Control characters but tab and line feed (which the library escapes): never in a calendar."""


def plain(text: str) -> str:
    """Text safe in any calendar: line breaks as line feeds (escaped when written), no other controls."""
    return _UNSAFE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


@dataclass(frozen=True)
class Entry:
    """One VEVENT: a consultation opening or closing, an event, a decision date or a call-in deadline.

    ``start`` is an instant, or a ``date`` for a whole day; with no ``end`` an instant is a moment
    (a deadline), shown as a point in time, not blocking the day."""

    uid: str
    summary: str
    start: datetime | date
    description: str
    url: str
    end: datetime | date | None = None
    location: str = ""
    cancelled: bool = False
    event: int | None = None
    """For a consultation's event, its place in the record's list: which event-<n>.ics file is its own."""


def host(base_url: str) -> str:
    return urlparse(base_url).hostname or "localhost"


def event_uids(consultation: Consultation, base_url: str) -> list[str]:
    """Each event's UID, in the order of the record's events: from its date and title, never its place."""
    events = consultation.record.events
    names = [f"{to_london(e.start).date().isoformat()}-{slug_of(e.title)[:TITLE_IN_UID].strip('-')}" for e in events]
    twice = {name for name, count in Counter(names).items() if count > 1}
    names = [f"{n}-{to_london(e.start):%H%M}" if n in twice else n for n, e in zip(names, events, strict=True)]
    seen: Counter[str] = Counter()
    uids = []
    for name in names:  # the same title at the same time: only their order can tell them apart
        seen[name] += 1
        suffix = f"-{seen[name]}" if seen[name] > 1 else ""
        uids.append(f"{consultation.url}events/{name}{suffix}@{host(base_url)}")
    return uids


def _when(moment: datetime, *, closing: bool = False) -> datetime | date:
    """A moment as a calendar holds it: midnight is a whole day (or, closing, 11:59pm the day before)."""
    local = to_london(moment)
    if local.time() == time(0, 0):
        if closing:
            return datetime.combine(last_day(moment), time(23, 59), tzinfo=LONDON)
        return local.date()
    return local


def _cancelled(consultation: Consultation, moment: datetime) -> bool:
    withdrawn = consultation.record.withdrawn
    return withdrawn is not None and moment >= withdrawn.date


def _item(what: str, title: str) -> str:
    """ "Consultation opens: <title>": what a calendar entry says of a record (``wording.CALENDAR_ITEMS``)."""
    return _(wording.CALENDAR_ITEMS[what]).format(title=title)


def consultation_entries(consultation: Consultation, base_url: str) -> list[Entry]:
    """When a consultation opens and closes, and each of its events."""
    record, page = consultation.record, urljoin(base_url, consultation.url)
    about = "\n".join((plain(record.summary), _(wording.CALENDAR_DETAILS).format(url=page)))
    prefix = f"{consultation.url}"
    entries = [
        Entry(
            f"{prefix}{what}@{host(base_url)}",
            _item(what, record.title),
            _when(moment, closing=what == "closes"),
            about,
            page,
            cancelled=what == "closes" and _cancelled(consultation, moment),
        )
        for what, moment in (("opens", record.opens), ("closes", record.closes))
    ]
    return entries + [event_entry(consultation, index, base_url) for index in range(len(record.events))]


def event_entry(consultation: Consultation, index: int, base_url: str) -> Entry:
    event, title = consultation.record.events[index], consultation.record.title
    page = urljoin(base_url, consultation.url)
    details = [_(wording.CALENDAR_PART_OF).format(title=title), _(wording.CALENDAR_DETAILS).format(url=page)]
    if event.access:
        details.append(_(wording.CALENDAR_ACCESS).format(access=event.access))
    if event.online:
        details.append(_(wording.CALENDAR_ONLINE).format(online=event.online))
    return Entry(
        event_uids(consultation, base_url)[index],
        wording.event_summary(event.title, title),
        to_london(event.start),
        "\n".join(details),
        page,
        end=to_london(event.end),
        location=", ".join(part for part in (event.venue, event.address) if part),
        cancelled=_cancelled(consultation, event.start),
        event=index,
    )


def decision_entries(notice: DecisionNotice, settings: CouncilSettings, base_url: str) -> list[Entry]:
    """The day a decision is expected or was made, and the deadline for calling it in."""
    record, page = notice.record, urljoin(base_url, notice.url)
    about = "\n".join((plain(record.summary), _(wording.CALENDAR_DETAILS).format(url=page)))
    prefix = f"{notice.url}"
    entries = []
    if record.decision_date is not None:
        made = "decided" if record.record_of_decision is not None else "expected"
        summary = _item(made, record.title)
        entries.append(Entry(f"{prefix}decision@{host(base_url)}", summary, _when(record.decision_date), about, page))
    deadline = call_in_deadline_of(record, settings)
    if deadline is not None:
        summary = _item("call-in", record.title)
        entries.append(Entry(f"{prefix}call-in@{host(base_url)}", summary, to_london(deadline), about, page))
    return entries


def _stamp(value: datetime | date) -> datetime | date:
    """A London time RFC 5545 can name; the second of a repeated time (clocks going back) in UTC."""
    if isinstance(value, datetime) and value.fold and value.replace(fold=0).utcoffset() != value.utcoffset():
        return value.astimezone(UTC)
    return value


def _in_language(language: str) -> dict[str, str]:
    """The LANGUAGE parameter (RFC 5545, 3.2.10) of a property that holds words in ``language``: a Welsh
    calendar's name, description and each event's summary and description say ``LANGUAGE=cy``; an English one
    says none, as it always has (a calendar app takes its words to be in the app's own language). A new dict
    each time: icalendar may add to the one it is given."""
    return {} if language == ENGLISH else {"LANGUAGE": LANGUAGE_TAGS[language]}


def vevent(entry: Entry, now: datetime) -> bytes:
    """One VEVENT, escaped by the library (commas, semicolons, line breaks), folded at 75 octets.

    icalendar is slow to write, so each entry's VEVENT is kept between builds (core.cache) without its
    DTSTAMP, the moment it was written, which is added here (properties may come in any order). The language
    it is written in is part of what it is kept under: a cancelled entry says "Cancelled" in an English
    calendar and the Welsh for it in a Welsh one, and a Welsh entry's words say they are in Welsh."""
    language = language_now()
    body = remembered("vevent", lambda: key_of(language, repr(entry)), lambda: _vevent(entry, language), _latin, _bytes)
    stamp = b"DTSTAMP:" + now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ").encode() + b"\r\n"
    return body.replace(b"BEGIN:VEVENT\r\n", b"BEGIN:VEVENT\r\n" + stamp, 1)


def _latin(written: bytes) -> str:
    return written.decode("latin-1")  # every byte as one character, for JSON


def _bytes(kept: str) -> bytes:
    return kept.encode("latin-1")


def _vevent(entry: Entry, language: str) -> bytes:
    event = CalendarEvent()
    event.add("uid", entry.uid)
    event.add("dtstart", _stamp(entry.start))
    if entry.end is not None:
        event.add("dtend", _stamp(entry.end))
    elif isinstance(entry.start, date) and not isinstance(entry.start, datetime):
        event.add("dtend", entry.start + timedelta(days=1))
    else:
        event.add("transp", "TRANSPARENT")  # a deadline is a moment: it does not make anyone busy
    summary = _(wording.CANCELLED).format(summary=entry.summary) if entry.cancelled else entry.summary
    event.add("summary", plain(summary), parameters=_in_language(language))
    if entry.location:
        event.add("location", plain(entry.location))  # the council's words for a place, in its own language
    event.add("description", plain(entry.description), parameters=_in_language(language))
    event.add("url", entry.url)
    if entry.cancelled:
        event.add("status", "CANCELLED")
    return bytes(event.to_ical())


def calendar(events: Iterable[bytes], name: str = "", description: str = "") -> bytes:
    """A whole calendar: the London VTIMEZONE, then the events given (each written once by ``vevent``,
    however many calendars it is in). A calendar feed (with a ``name``) also says what it is called and
    how often to check it; an event's own file does not, so a calendar app adds its event to the
    resident's own calendar instead of opening it as a calendar of its own."""
    end = b"END:VCALENDAR\r\n"
    return _head(name, description, language_now()).removesuffix(end) + b"".join(events) + end


@functools.cache
def _head(name: str, description: str, language: str) -> bytes:
    """A calendar with no events yet: the same for every event's own file, so written once (in each language:
    a calendar feed's name and description say which language they are in)."""
    head = Calendar()
    head.add("prodid", PRODID)
    head.add("version", "2.0")
    head.add("calscale", "GREGORIAN")
    if name:
        head.add("method", "PUBLISH")
        head.add("name", plain(name), parameters=_in_language(language))
        # vText: escaped like NAME, as an unknown property is not
        head.add("x-wr-calname", vText(plain(name)), parameters=_in_language(language))
        head.add("description", plain(description), parameters=_in_language(language))
        head.add("x-wr-caldesc", vText(plain(description)), parameters=_in_language(language))
        head.add("x-wr-timezone", "Europe/London")
        head.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
        head.add("x-published-ttl", REFRESH)
    head.add_component(Timezone.from_ical(LONDON_VTIMEZONE))
    return bytes(head.to_ical())


def event_calendar(consultation: Consultation, index: int, base_url: str, now: datetime) -> bytes:
    """The .ics file of the consultation's event number ``index``: the same VEVENT as in every calendar feed
    (the build writes it once, for both: ``site.feeds``)."""
    return calendar([vevent(event_entry(consultation, index, base_url), now)])
