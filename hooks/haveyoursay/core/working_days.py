"""Working days and the call-in deadline of an executive decision.

Scrutiny can call in an executive decision until a set time (usually 5pm) on
the Nth working day (usually the 5th) after the decision notice is published;
each council's constitution sets both. Working days leave out Saturdays,
Sundays and the bank holidays of the council's nation, which differ between
England and Wales, Scotland and Northern Ireland.

Everything is passed in (the nation, the publication time, the council's
settings), so each rule is a pure function. The only state is a cache of each
nation's bank holidays per year, because the deadline is worked out for
thousands of decision notices in one build.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from functools import cache

import holidays

from .london import LONDON

# The council's nation -> subdivision code in the `holidays` library (country "GB").
# England and Wales share one official bank holiday list (St David's Day is not a
# bank holiday). `holidays` 0.109 gives identical dates for subdivisions "ENG" and
# "WLS" in every year from 1950 to 2100, and neither has St David's Day; we use
# "ENG", which GOV.UK's "England and Wales" list matches.
_HOLIDAYS_SUBDIVISION = {
    "england-and-wales": "ENG",
    "scotland": "SCT",
    "northern-ireland": "NIR",
}

NATIONS: tuple[str, ...] = tuple(_HOLIDAYS_SUBDIVISION)
"""The nations a council can name; each has its own bank holidays."""


def bank_holidays(nation: str, years: int | Iterable[int]) -> frozenset[date]:
    """The nation's bank holidays in the given year or years, as on GOV.UK.

    Only weekdays are included: when a holiday falls at a weekend (Boxing Day
    2026 is a Saturday) the bank holiday is the substitute weekday
    (Monday 28 December 2026), as GOV.UK lists it.
    """
    if isinstance(years, int):
        return _bank_holidays_in_year(nation, years)
    return frozenset().union(*(_bank_holidays_in_year(nation, year) for year in years))


@cache
def _bank_holidays_in_year(nation: str, year: int) -> frozenset[date]:
    """One nation's bank holidays in one year, built once and then reused."""
    calendar = holidays.country_holidays("GB", subdiv=_holidays_subdivision(nation), years=year)
    return frozenset(day for day in calendar if day.weekday() < 5)


def _holidays_subdivision(nation: str) -> str:
    """The `holidays` subdivision for a nation, or a message naming the valid nations."""
    try:
        return _HOLIDAYS_SUBDIVISION[nation]
    except KeyError:
        raise ValueError(f"The nation {nation!r} is not one we know. Use one of: {', '.join(NATIONS)}.") from None


def is_working_day(day: date, nation: str) -> bool:
    """Whether council offices are open: not a weekend, not a bank holiday of the nation."""
    return day.weekday() < 5 and day not in _bank_holidays_in_year(nation, day.year)


def add_working_days(start: date, count: int, nation: str) -> date:
    """The date `count` working days after `start`.

    `start` itself is never counted, working day or not: a notice published on
    a Saturday starts its count on the Monday, like one published on the Friday.
    """
    if count < 0:
        raise ValueError(
            f"The number of working days must be 0 or more, not {count}: "
            "the call-in period counts forward from the day the notice is published."
        )
    _holidays_subdivision(nation)  # a wrong nation fails even when count is 0
    day = start
    remaining = count
    while remaining:
        day += timedelta(days=1)
        if is_working_day(day, nation):
            remaining -= 1
    return day


def call_in_deadline(
    published: datetime,
    *,
    working_days: int = 5,
    time_of_day: time = time(17, 0),
    nation: str = "england-and-wales",
) -> datetime:
    """The last moment scrutiny can call in a decision published at `published`.

    That is `time_of_day` (London time) on the date `working_days` working days
    after the day of publication in London. The result is built on the London
    clock, so it has the right offset whether it falls in GMT (+00:00) or
    BST (+01:00), even when the clocks change during the call-in period.
    """
    if published.tzinfo is None or published.utcoffset() is None:
        raise ValueError(
            f"The publication time {published.isoformat()} has no time zone. "
            "Give it in Europe/London time so its date is the date in London."
        )
    published_in_london = published.astimezone(LONDON).date()
    deadline_day = add_working_days(published_in_london, working_days, nation)
    return datetime.combine(deadline_day, time_of_day, tzinfo=LONDON)
