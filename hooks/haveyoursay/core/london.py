"""Time, as the council and its residents read it.

Everything happens in Europe/London, so British Summer Time is handled in one
place, and every date a resident reads is written the GOV.UK way:
"5pm on 12 March 2026". "Now" is never read here: it is passed in, so builds
are reproducible and the rules are testable.

Every instant this module gives out carries its own fixed offset, GMT (+00:00)
or BST (+01:00), never the Europe/London zone itself. Python compares two
datetimes that share one tzinfo by their wall clocks and ignores ``fold``, so
in the hour the clocks go back, 1:45am BST would count as later than 1:15am
GMT (which is half an hour after it). With a fixed offset each instant
compares, subtracts and sorts as the moment it is, and its date and time are
still the ones London's clocks showed. Formatters convert with ``to_london``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
GMT = timezone(timedelta(0), "GMT")
BST = timezone(timedelta(hours=1), "BST")
_ZONES = {"GMT": GMT, "BST": BST}

FIRST_YEAR, LAST_YEAR = 2000, 2100
"""The years a council could mean: anything else is a typing mistake (and year 9999 overflows the calendar)."""

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Plain digits only: Python's \d also matches full-width and other scripts' digits.
_WHEN = re.compile(
    r"^\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
    r"(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:\s*(BST|GMT))?)?\s*$",
    re.IGNORECASE,
)

DATE_HINT = "write the date as YYYY-MM-DD, for example 2026-03-12, or add a 24-hour time: 2026-03-12 17:00"


class WhenProblem(ValueError):
    """A date an officer wrote that cannot be used, with how to fix it."""

    def __init__(self, problem: str, hint: str = DATE_HINT):
        super().__init__(problem)
        self.problem = problem
        self.hint = hint


def instant(moment: datetime) -> datetime:
    """The same moment with London's offset at that moment fixed on it (GMT or BST), so it compares exactly."""
    local = moment.astimezone(UTC).astimezone(LONDON)  # through UTC: a gap time comes out as it really is
    offset = local.utcoffset() or timedelta(0)
    zone = GMT if offset == GMT.utcoffset(None) else BST if offset == BST.utcoffset(None) else timezone(offset)
    return local.replace(tzinfo=zone, fold=0)


def parse_when(value: object, *, end_of_day: bool = False) -> tuple[datetime, bool]:
    """Read "2026-03-12" or "2026-03-12 17:00" as a London instant.

    Returns the instant and whether a time was written. A date alone means the
    start of that day, or (``end_of_day``, for closing dates) the very end of it:
    midnight that night, which residents are shown as 11:59pm. A time in the
    hour the clocks go back happens twice, so it must say which: "01:30 BST"
    (the first) or "01:30 GMT" (the second).
    """
    if isinstance(value, datetime):
        value = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise WhenProblem(f"'{value}' is not a date")
    return _written_when(value, end_of_day)


@lru_cache(maxsize=16384)
def _written_when(value: str, end_of_day: bool) -> tuple[datetime, bool]:
    """``parse_when`` of a text: worked out once for each text, since thousands of records share their dates."""
    match = _WHEN.match(value)
    if not match:
        raise _unreadable(value)
    year, month, day, hour, minute, second, zone = match.groups()
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise WhenProblem(
            f"'{value}' is in the year {int(year)}, which cannot be right",
            f"the hub takes dates from {FIRST_YEAR} to {LAST_YEAR}: check the year",
        )
    try:
        day_value = date(int(year), int(month), int(day))
    except ValueError:
        if not 1 <= int(month) <= 12:
            raise WhenProblem(f"'{value}' has no month {int(month)}", "the month must be 01 to 12") from None
        raise WhenProblem(
            f"'{value}' is not a real date: {MONTHS[int(month) - 1]} {year} has no day {int(day)}", "check the calendar"
        ) from None
    if hour is None:
        wall = datetime.combine(day_value + timedelta(days=1) if end_of_day else day_value, time(0, 0))
        return instant(wall.replace(tzinfo=LONDON)), False
    if int(hour) > 23 or int(minute) > 59 or (second and int(second) > 59):
        raise WhenProblem(f"'{value}' has an impossible time", "use the 24-hour clock, 00:00 to 23:59")
    wall = datetime.combine(day_value, time(int(hour), int(minute), int(second or 0)))
    return _on_the_london_clock(value, wall, zone.upper() if zone else None), True


def _on_the_london_clock(value: str, wall: datetime, zone: str | None) -> datetime:
    """The one instant London's clocks showed ``wall`` (BST or GMT as written, in the hour that happens twice)."""
    first, second = wall.replace(tzinfo=LONDON, fold=0), wall.replace(tzinfo=LONDON, fold=1)
    if instant(first).replace(tzinfo=None) != wall:
        raise WhenProblem(
            f"'{value}' does not exist in the UK: the clocks go forward an hour that night",
            "that night the clocks jump from 1am to 2am: choose 2am or later",
        )
    written = f"{wall:%Y-%m-%d %H:%M}"
    if first.utcoffset() != second.utcoffset():
        if zone is None:
            clock = format_time(wall.time())
            raise WhenProblem(
                f"'{value}' happens twice in the UK: the clocks go back an hour that night, so it could be "
                f"{clock} BST or, an hour later, {clock} GMT",
                f"write {written} BST for the first time, before the clocks go back, or {written} GMT for the second",
            )
        return instant(first if zone == "BST" else second)
    moment = instant(first)
    if zone is not None and moment.tzinfo is not _ZONES[zone]:
        actual = "British Summer Time (BST)" if moment.tzinfo is BST else "Greenwich Mean Time (GMT)"
        raise WhenProblem(
            f"'{value}' says {zone}, but on {format_date(wall.date())} the UK is on {actual}",
            f"dates are UK time: write {written}",
        )
    return moment


# -- dates and times written another way: say exactly how to write them ------------------

_TIME = r"([0-9]{1,2})(?:[.:]([0-9]{2}))?\s*([ap])?\.?\s*(?:m\.?)?"
_UK_NUMERIC = re.compile(r"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}|[0-9]{2})(?:(?:\s*,\s*|\s+|T)(?:at\s+)?(.+))?$")
_UK_WORDS = re.compile(
    r"^(?:[a-z]+day,?\s+)?([0-9]{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+([0-9]{4})(?:(?:\s*,\s*|\s+)(?:at\s+)?(.+))?$",
    re.IGNORECASE,
)
_YEAR_FIRST = re.compile(r"^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:(?:\s*,\s*|\s+|T)(?:at\s+)?(.+))?$")


def _clock(text: str) -> str | None:
    """17.00, 5pm, 5.30pm, 5:30 p.m., midday, noon: as 17:00; None if it is not a time."""
    text = text.strip().casefold()
    if text in ("midday", "noon", "12 noon"):
        return "12:00"
    match = re.fullmatch(_TIME, text)
    if not match:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half is None and match.group(2) is None:
        return None
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _month_number(word: str) -> int | None:
    word = word.casefold()
    for number, name in enumerate(MONTHS, start=1):
        if len(word) >= 3 and name.casefold().startswith(word):
            return number
    return None


def written_the_hub_way(value: str) -> str | None:
    """A UK-style date and time ("12/03/2026 5pm", "12 March 2026", "2026-03-12 17.00") the hub's way, if it is one."""
    value = value.strip()
    numeric, words, year_first = _UK_NUMERIC.match(value), _UK_WORDS.match(value), _YEAR_FIRST.match(value)
    if numeric:
        day, month, year, rest = int(numeric.group(1)), int(numeric.group(2)), numeric.group(3), numeric.group(4)
    elif words and _month_number(words.group(2)):
        day, month, year, rest = int(words.group(1)), _month_number(words.group(2)) or 0, words.group(3), words.group(4)
    elif year_first:
        year, month, day = year_first.group(1), int(year_first.group(2)), int(year_first.group(3))
        rest = year_first.group(4)
    else:
        return None
    full_year = int(year) + (2000 if len(year) == 2 else 0)
    try:
        written = date(full_year, month, day).isoformat()
    except ValueError:
        return None
    if rest is None:
        return written
    clock = _clock(rest)
    return f"{written} {clock}" if clock else None


def _unreadable(value: str) -> WhenProblem:
    """Why a date cannot be read, with the officer's own date written the hub's way when it can be."""
    if any(ch.isdigit() and ch not in "0123456789" for ch in value):
        plain = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in value)
        plain = unicodedata.normalize("NFKC", plain).strip()
        shown = plain if _WHEN.match(plain) else written_the_hub_way(plain)
        return WhenProblem(
            f"'{value}' has digits that are not the ordinary 0 to 9, often from pasted text",
            f"type it again: write {shown}" if shown else "type the date again with ordinary digits, like 2026-03-12",
        )
    suggestion = written_the_hub_way(value)
    if suggestion is None:
        return WhenProblem(f"'{value}' is not a date in the form YYYY-MM-DD")
    if " " in suggestion and re.match(r"^\s*[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\b", value):
        return WhenProblem(
            f"'{value}' has a time the hub cannot read", f"write {suggestion}: a 24-hour time with a colon"
        )
    day, clock = date.fromisoformat(suggestion[:10]), suggestion[11:]
    meaning = (f"{format_time(time.fromisoformat(clock))} on " if clock else "") + format_date(day)
    return WhenProblem(
        f"'{value}' is not written the way the hub reads dates",
        f"write {suggestion} for {meaning}: the year, month and day" + (", then a 24-hour time" if clock else ""),
    )


def now_in_london(environ: Mapping[str, str] | None = None) -> datetime:
    """The build's "now": HUB_NOW if set (for tests and reproducible builds), else the clock."""
    fixed = (os.environ if environ is None else environ).get("HUB_NOW", "").strip()
    if fixed:
        try:
            return parse_when(fixed)[0]
        except WhenProblem as problem:
            raise WhenProblem(f"HUB_NOW: {problem.problem}", problem.hint) from None
    return instant(datetime.now(LONDON))


def london_midnight(day: date) -> datetime:
    """The instant a day starts on London's clock: whole weeks and days are counted by the calendar."""
    return instant(datetime.combine(day, time(0, 0), tzinfo=LONDON))


def to_london(moment: datetime) -> datetime:
    """The moment on London's clock (the Europe/London zone), for showing its date and time."""
    return moment.astimezone(LONDON)


def format_date(day: date | datetime) -> str:
    """12 March 2026."""
    if isinstance(day, datetime):
        day = to_london(day).date()
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_time(moment: time) -> str:
    """5pm, 9:30am, midday, midnight: the GOV.UK way."""
    if moment.hour == 12 and moment.minute == 0:
        return "midday"
    if moment.hour == 0 and moment.minute == 0:
        return "midnight"
    hour = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def moment_shown(instant: datetime, *, closing: bool = False) -> tuple[date, time | None]:
    """The day and the time residents are shown for an instant, in any language (core.welsh_dates too).

    Midnight at the start of a day is that whole day (no time); a midnight close is 11:59pm on the day
    before, so nobody reads "midnight on 12 March" and turns up on the 12th (GOV.UK).
    """
    local = to_london(instant)
    if local.time() == time(0, 0):
        if closing:
            return local.date() - timedelta(days=1), time(23, 59)
        return local.date(), None
    return local.date(), local.time()


def format_moment(instant: datetime, *, closing: bool = False) -> str:
    """5pm on 12 March 2026; a midnight close is 11:59pm on the day before."""
    day, clock = moment_shown(instant, closing=closing)
    return format_date(day) if clock is None else f"{format_time(clock)} on {format_date(day)}"


def at_moment(instant: datetime, *, closing: bool = False) -> str:
    """The phrase after a verb: "at 5pm on 12 March 2026", or "on 2 March 2026" for a whole day."""
    day, clock = moment_shown(instant, closing=closing)
    return f"on {format_date(day)}" if clock is None else f"at {format_time(clock)} on {format_date(day)}"


def last_day(instant: datetime) -> date:
    """The last calendar day a closing instant covers (midnight belongs to the day before)."""
    local = to_london(instant)
    if local.time() == time(0, 0):
        return local.date() - timedelta(days=1)
    return local.date()


def length_in_days(start: datetime, end: datetime) -> int:
    """Whole days between opening and closing: 00:00 on 2 March to 11:59pm on 12 April is 42.

    Counted on London's clocks, so the night the clocks change is a whole day like any other.
    """
    wall_start, wall_end = to_london(start).replace(tzinfo=None), to_london(end).replace(tzinfo=None)
    return int((wall_end - wall_start).total_seconds() // 86400)


def weeks_and_days(start: datetime, end: datetime) -> tuple[int | None, int | None]:
    """The whole weeks and the days left over that a length is said in, in any language; None for a part
    left unsaid: 42 days are 6 weeks (no days), 5 days are no weeks and 5 days."""
    weeks, rest = divmod(length_in_days(start, end), 7)
    return (weeks or None), (rest if rest or not weeks else None)


def length_in_words(start: datetime, end: datetime) -> str:
    """How long a consultation runs, in whole weeks and days: "6 weeks", "8 weeks and 2 days"."""
    weeks, days = weeks_and_days(start, end)
    parts = []
    if weeks is not None:
        parts.append(f"{weeks} week{'s' if weeks != 1 else ''}")
    if days is not None:
        parts.append(f"{days} day{'s' if days != 1 else ''}")
    return " and ".join(parts)
