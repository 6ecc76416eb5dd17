"""A consultation's status, derived from its dates at build time, never stored.

This is the GOV.UK rule: a record cannot go stale, because the status is
worked out afresh from "now" on every build (scheduled builds republish the
site when consultations open and close). What each status is called, and the
sentences that explain it, are in ``wording``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import Enum

from ..core.london import LONDON, last_day, to_london
from .record import ConsultationRecord

CLOSING_SOON_DAYS = 14
"""In its last 14 days an open consultation says how many days are left."""


def start_of_day(day: date) -> datetime:
    """Midnight at the start of a London day, as an instant."""
    return datetime.combine(day, time(0, 0), tzinfo=LONDON)


class Status(str, Enum):
    FORTHCOMING = "forthcoming"
    OPEN = "open"
    CLOSED = "closed"  # awaiting outcome: "We are analysing your feedback"
    OUTCOME_PUBLISHED = "outcome_published"
    WITHDRAWN = "withdrawn"


def consultation_status(record: ConsultationRecord, now: datetime) -> Status:
    """The one status function for consultations."""
    if record.withdrawn is not None:
        return Status.WITHDRAWN
    if now < record.opens:
        return Status.FORTHCOMING
    if now < record.closes:
        return Status.OPEN
    if record.outcome is not None and record.outcome.published <= now:
        return Status.OUTCOME_PUBLISHED
    return Status.CLOSED


def days_left(closes: datetime, now: datetime) -> int:
    """Whole calendar days from today to the last day of the consultation (0 means today)."""
    return (last_day(closes) - to_london(now).date()).days


def outcome_due(closes: datetime, weeks: int = 12) -> date:
    """The date by which the council aims to publish the outcome."""
    return last_day(closes) + timedelta(weeks=weeks)


def outcome_overdue(record: ConsultationRecord, now: datetime, weeks: int = 12) -> bool:
    """Closed, no outcome yet, and past the day it was due: the one place this is decided."""
    return consultation_status(record, now) is Status.CLOSED and to_london(now).date() > outcome_due(
        record.closes, weeks
    )


def moments(record: ConsultationRecord, weeks: int = 12, countdown: bool = True) -> list[datetime]:
    """Every instant at which what a consultation's page says changes: it opens, each day of its last
    fortnight ("3 days left"), it closes, the outcome falls due and then overdue, the outcome or a
    withdrawal is published, a dated update is made. Without ``countdown``, not the days of the last
    fortnight: a feed's entry says when it closes, not how many days are left, so only these change it."""
    found = [record.opens, *(update.date for update in record.updates)]
    if record.withdrawn is not None:  # withdrawn: nothing after it changes the page
        return [*(moment for moment in found if moment < record.withdrawn.date), record.withdrawn.date]
    found.append(record.closes)
    final = last_day(record.closes)
    if countdown:
        found += [start_of_day(final - timedelta(days=days)) for days in range(CLOSING_SOON_DAYS)]
    overdue = start_of_day(outcome_due(record.closes, weeks) + timedelta(days=1))
    if record.outcome is None or record.outcome.published > overdue:
        found.append(overdue)
    if record.outcome is not None:
        found.append(record.outcome.published)
    return found


def last_change(record: ConsultationRecord, now: datetime, weeks: int = 12, countdown: bool = True) -> datetime | None:
    """When the page last changed, at or before ``now`` (None if not yet known): its "last modified"."""
    past = [moment for moment in moments(record, weeks, countdown) if moment <= now]
    return max(past) if past else None


def next_change(record: ConsultationRecord, now: datetime, weeks: int = 12) -> datetime | None:
    """The next instant after ``now`` at which the page will say something new, so a build is due then."""
    future = [moment for moment in moments(record, weeks) if moment > now]
    return min(future) if future else None
