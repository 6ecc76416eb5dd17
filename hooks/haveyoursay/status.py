"""A consultation's status, derived from its dates at build time, never stored.

This is the GOV.UK rule: a record cannot go stale, because the status is
worked out afresh from "now" on every build (scheduled builds republish the
site when consultations open and close).
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum

from .london import last_day, to_london


class Status(str, Enum):
    FORTHCOMING = "forthcoming"
    OPEN = "open"
    CLOSED = "closed"  # awaiting outcome: "We are analysing your feedback"
    OUTCOME_PUBLISHED = "outcome_published"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.FORTHCOMING: "Forthcoming",
    Status.OPEN: "Open",
    Status.CLOSED: "Closed: analysing feedback",
    Status.OUTCOME_PUBLISHED: "Outcome published",
    Status.WITHDRAWN: "Withdrawn",
}


def consultation_status(consultation, now: datetime) -> Status:
    """The one status function. ``consultation`` needs opens, closes, outcome and withdrawn."""
    if consultation.withdrawn is not None:
        return Status.WITHDRAWN
    if now < consultation.opens:
        return Status.FORTHCOMING
    if now < consultation.closes:
        return Status.OPEN
    if consultation.outcome is not None and consultation.outcome.published <= now:
        return Status.OUTCOME_PUBLISHED
    return Status.CLOSED


def days_left(closes: datetime, now: datetime) -> int:
    """Whole calendar days from today to the last day of the consultation (0 means today)."""
    return (last_day(closes) - to_london(now).date()).days


def outcome_due(closes: datetime, weeks: int = 12) -> date:
    """The date by which the council aims to publish the outcome."""
    return last_day(closes) + timedelta(weeks=weeks)


def outcome_overdue(consultation, now: datetime, weeks: int = 12) -> bool:
    return (consultation_status(consultation, now) is Status.CLOSED
            and to_london(now).date() > outcome_due(consultation.closes, weeks))
