"""A consultation's status, derived from its dates at build time, never stored.

This is the GOV.UK rule: a record cannot go stale, because the status is
worked out afresh from "now" on every build (scheduled builds republish the
site when consultations open and close). What each status is called, and the
sentences that explain it, are in ``wording``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum

from ..core.london import last_day, to_london
from .record import ConsultationRecord


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
