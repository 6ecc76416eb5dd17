"""Dates and times in Welsh, for a council that publishes in Welsh and English: "5yh ar 12 Mawrth 2026".

The Welsh Language Standards give Welsh equal standing on a council's website, so every date the hub
writes in English ("5pm on 12 March 2026", ``core.london``) has its Welsh twin here, in the same shape:
the London-time decisions (BST or GMT, a whole day, a midnight close shown as 11:59 the night before, the
weeks and days of a length) are made once, in ``core.london``, and only the words differ.

Where the words come from, so a reviewer can check them:

- Month and day names, and "yb"/"yh" (y bore, yr hwyr: am and pm), are the Unicode Common Locale Data
  Repository's Welsh (CLDR, shipped with Babel: ``Locale("cy").months``, ``.days``, ``.day_periods``
  wide ``am``/``pm``); nothing is typed in by hand.
- "hanner dydd" and "hanner nos" for midday and midnight, like GOV.UK's "midday" and "midnight" (never
  "12yh", which readers take either way): the forms date-fns' Welsh locale gives (``locale/cy``,
  ``dayPeriodValues``); CLDR's abbreviated forms are "canol dydd" and "canol nos", which mean the same.
- The order "12 Mawrth 2026", digits without an ordinal, after "ar" with no mutation (a digit is not
  mutated, and the month follows it): as the Welsh Government writes on LLYW.CYMRU, for example "a ddaeth
  i rym ar 22 Hydref 2018" (https://www.llyw.cymru/cofrestru-tir-fel-maes-tref-neu-bentref-canllawiau-i-
  awdurdodau-cofrestru-tiroedd-comin).
- "am" before a time ("am 5yh") and "ar" before a date ("ar 12 Mawrth 2026"): CLDR's Welsh long date-time
  pattern puts "am" before the time ("Dydd Mawrth, 5 Chwefror 2008 am 18:30:30 UTC", as DateTime::Locale's
  cy_GB data shows it: https://metacpan.org/pod/DateTime::Locale::cy_GB).
- Lengths: CLDR's Welsh units, "6 wythnos", "1 diwrnod", "2 ddiwrnod" (the soft mutation after two is
  CLDR's own ``two`` form), joined with "a", or "ac" before "1" (read "un", a vowel), CLDR's "a(c)".

A council's translation unit should still read the demo's Welsh pages before going live.
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import cache

from babel import Locale
from babel.units import format_unit

from .london import moment_shown, to_london, weeks_and_days

WELSH = Locale("cy")
MIDDAY = "hanner dydd"
MIDNIGHT = "hanner nos"


@cache
def _months() -> tuple[str, ...]:
    names = WELSH.months["format"]["wide"]
    return tuple(str(names[number]) for number in range(1, 13))


@cache
def _before_and_after_midday() -> tuple[str, str]:
    """("yb", "yh"): y bore (in the morning) and yr hwyr (in the evening), CLDR's wide day periods."""
    periods = WELSH.day_periods["format"]["wide"]
    return str(periods["am"]), str(periods["pm"])


def format_date(day: date | datetime) -> str:
    """12 Mawrth 2026."""
    if isinstance(day, datetime):
        day = to_london(day).date()
    return f"{day.day} {_months()[day.month - 1]} {day.year}"


def day_name(day: date | datetime) -> str:
    """Dydd Iau: the day of the week, as it starts a sentence or a heading (CLDR's Welsh)."""
    if isinstance(day, datetime):
        day = to_london(day).date()
    return str(WELSH.days["format"]["wide"][day.weekday()])


def format_time(moment: time) -> str:
    """5yh, 9:30yb, hanner dydd, hanner nos: the GOV.UK way, in Welsh."""
    if moment.hour == 12 and moment.minute == 0:
        return MIDDAY
    if moment.hour == 0 and moment.minute == 0:
        return MIDNIGHT
    morning, evening = _before_and_after_midday()
    hour = moment.hour % 12 or 12
    suffix = morning if moment.hour < 12 else evening
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def format_moment(instant: datetime, *, closing: bool = False) -> str:
    """5yh ar 12 Mawrth 2026; a midnight close is 11:59yh ar the day before."""
    day, clock = moment_shown(instant, closing=closing)
    return format_date(day) if clock is None else f"{format_time(clock)} ar {format_date(day)}"


def at_moment(instant: datetime, *, closing: bool = False) -> str:
    """The phrase after a verb: "am 5yh ar 12 Mawrth 2026", or "ar 2 Mawrth 2026" for a whole day."""
    day, clock = moment_shown(instant, closing=closing)
    return f"ar {format_date(day)}" if clock is None else f"am {format_time(clock)} ar {format_date(day)}"


def length_in_words(start: datetime, end: datetime) -> str:
    """How long a consultation runs: "6 wythnos", "8 wythnos a 2 ddiwrnod", "1 diwrnod"."""
    weeks, days = weeks_and_days(start, end)
    parts = []
    if weeks is not None:
        parts.append(format_unit(weeks, "duration-week", length="long", locale=WELSH))
    if days is not None:
        # CLDR's long Welsh day has no count forms; its short one is the full word ("diwrnod", "ddiwrnod").
        parts.append(format_unit(days, "duration-day", length="short", locale=WELSH))
    if len(parts) == 2:
        return f"{parts[0]} {'ac' if days == 1 else 'a'} {parts[1]}"
    return parts[0]
