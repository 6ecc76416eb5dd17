"""Time, as the council and its residents read it.

Everything happens in Europe/London, so British Summer Time is handled in one
place, and every date a resident reads is written the GOV.UK way:
"5pm on 12 March 2026". "Now" is never read here: it is passed in, so builds
are reproducible and the rules are testable.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")

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

_WHEN = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")

DATE_HINT = "write the date as YYYY-MM-DD, for example 2026-03-12, or add a 24-hour time: 2026-03-12 17:00"


class WhenProblem(ValueError):
    """A date an officer wrote that cannot be used, with how to fix it."""

    def __init__(self, problem: str, hint: str = DATE_HINT):
        super().__init__(problem)
        self.problem = problem
        self.hint = hint


def parse_when(value: object, *, end_of_day: bool = False) -> tuple[datetime, bool]:
    """Read "2026-03-12" or "2026-03-12 17:00" as a London instant.

    Returns the instant and whether a time was written. A date alone means the
    start of that day, or (``end_of_day``, for closing dates) the very end of it:
    midnight that night, which residents are shown as 11:59pm.
    """
    if isinstance(value, datetime):
        value = value.strftime("%Y-%m-%d %H:%M")
    elif isinstance(value, date):
        value = value.isoformat()
    if not isinstance(value, str):
        raise WhenProblem(f"'{value}' is not a date")
    match = _WHEN.match(value)
    if not match:
        raise WhenProblem(f"'{value}' is not a date in the form YYYY-MM-DD")
    year, month, day, hour, minute, second = match.groups()
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
        return wall.replace(tzinfo=LONDON), False
    if int(hour) > 23 or int(minute) > 59 or (second and int(second) > 59):
        raise WhenProblem(f"'{value}' has an impossible time", "use the 24-hour clock, 00:00 to 23:59")
    wall = datetime.combine(day_value, time(int(hour), int(minute), int(second or 0)))
    instant = wall.replace(tzinfo=LONDON)
    if instant.astimezone(UTC).astimezone(LONDON).replace(tzinfo=None) != wall:
        raise WhenProblem(
            f"'{value}' does not exist in the UK: the clocks go forward an hour that night",
            "that night the clocks jump from 1am to 2am: choose 2am or later",
        )
    return instant, True


def now_in_london(environ: Mapping[str, str] | None = None) -> datetime:
    """The build's "now": HUB_NOW if set (for tests and reproducible builds), else the clock."""
    fixed = (os.environ if environ is None else environ).get("HUB_NOW", "").strip()
    if fixed:
        try:
            return parse_when(fixed)[0]
        except WhenProblem as problem:
            raise WhenProblem(f"HUB_NOW: {problem.problem}", problem.hint) from None
    return datetime.now(LONDON)


def to_london(instant: datetime) -> datetime:
    return instant.astimezone(LONDON)


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


def format_moment(instant: datetime, *, closing: bool = False) -> str:
    """5pm on 12 March 2026; a midnight close is 11:59pm on the day before."""
    local = to_london(instant)
    if local.time() == time(0, 0):
        if closing:
            return f"11:59pm on {format_date(local.date() - timedelta(days=1))}"
        return format_date(local.date())
    return f"{format_time(local.time())} on {format_date(local.date())}"


def at_moment(instant: datetime, *, closing: bool = False) -> str:
    """The phrase after a verb: "at 5pm on 12 March 2026", or "on 2 March 2026" for a whole day."""
    local = to_london(instant)
    if local.time() == time(0, 0) and not closing:
        return f"on {format_date(local.date())}"
    return f"at {format_moment(local, closing=closing)}"


def last_day(instant: datetime) -> date:
    """The last calendar day a closing instant covers (midnight belongs to the day before)."""
    local = to_london(instant)
    if local.time() == time(0, 0):
        return local.date() - timedelta(days=1)
    return local.date()


def length_in_days(start: datetime, end: datetime) -> int:
    """Whole days between opening and closing: 00:00 on 2 March to 11:59pm on 12 April is 42."""
    return int((end - start).total_seconds() // 86400)


def length_in_words(start: datetime, end: datetime) -> str:
    """How long a consultation runs, in whole weeks and days: "6 weeks", "8 weeks and 2 days"."""
    days = length_in_days(start, end)
    weeks, rest = divmod(days, 7)
    parts = []
    if weeks:
        parts.append(f"{weeks} week{'s' if weeks != 1 else ''}")
    if rest or not weeks:
        parts.append(f"{rest} day{'s' if rest != 1 else ''}")
    return " and ".join(parts)
