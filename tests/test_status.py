"""Status is derived from the dates, the outcome and the withdrawal: never stored."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from haveyoursay.london import parse_when
from haveyoursay.status import Status, consultation_status, days_left, outcome_due, outcome_overdue


@dataclass
class Outcome:
    published: datetime


@dataclass
class Withdrawal:
    date: datetime


@dataclass
class Record:
    opens: datetime
    closes: datetime
    outcome: Outcome | None = None
    withdrawn: Withdrawal | None = None


def at(text: str) -> datetime:
    return parse_when(text)[0]


def record(opens="2026-03-02 09:00", closes="2026-04-13 17:00", **kw) -> Record:
    return Record(opens=at(opens), closes=parse_when(closes, end_of_day=True)[0], **kw)


@pytest.mark.parametrize("now, status", [
    ("2026-03-02 08:59", Status.FORTHCOMING),
    ("2026-03-02 09:00", Status.OPEN),
    ("2026-04-13 16:59", Status.OPEN),
    ("2026-04-13 17:00", Status.CLOSED),
])
def test_status_flips_exactly_at_opening_and_closing(now, status):
    assert consultation_status(record(), at(now)) is status


def test_closing_across_the_clocks_going_forward_uses_summer_time():
    consultation = record(opens="2026-02-16", closes="2026-03-30 17:00")  # BST from 29 March
    assert consultation_status(consultation, parse_when("2026-03-30 16:30")[0]) is Status.OPEN
    # 16:30 UTC is 5:30pm BST: already closed.
    from datetime import timezone
    assert consultation_status(consultation, datetime(2026, 3, 30, 16, 30, tzinfo=timezone.utc)) is Status.CLOSED


def test_closing_across_the_clocks_going_back_uses_greenwich_time():
    consultation = record(opens="2026-09-14", closes="2026-10-26 17:00")  # GMT from 25 October
    from datetime import timezone
    assert consultation_status(consultation, datetime(2026, 10, 26, 16, 30, tzinfo=timezone.utc)) is Status.OPEN
    assert consultation_status(consultation, datetime(2026, 10, 26, 17, 0, tzinfo=timezone.utc)) is Status.CLOSED


def test_a_date_only_close_stays_open_until_midnight():
    consultation = record(closes="2026-04-13")
    assert consultation_status(consultation, at("2026-04-13 23:59")) is Status.OPEN
    assert consultation_status(consultation, at("2026-04-14 00:00")) is Status.CLOSED


def test_a_midnight_close_closes_at_the_start_of_that_day():
    consultation = record(closes="2026-04-14 00:00")
    assert consultation_status(consultation, at("2026-04-13 23:59")) is Status.OPEN
    assert consultation_status(consultation, at("2026-04-14 00:00")) is Status.CLOSED


def test_a_consultation_closing_on_a_leap_day():
    consultation = record(opens="2028-01-10", closes="2028-02-29")
    assert consultation_status(consultation, at("2028-02-29 23:00")) is Status.OPEN
    assert consultation_status(consultation, at("2028-03-01 00:00")) is Status.CLOSED
    assert outcome_due(consultation.closes).isoformat() == "2028-05-23"


def test_outcome_shows_only_from_its_published_date():
    consultation = record(outcome=Outcome(published=at("2026-06-01")))
    assert consultation_status(consultation, at("2026-05-31 23:00")) is Status.CLOSED
    assert consultation_status(consultation, at("2026-06-01 00:00")) is Status.OUTCOME_PUBLISHED


def test_withdrawn_wins_over_every_date():
    consultation = record(withdrawn=Withdrawal(date=at("2026-03-20")))
    for now in ("2026-03-01", "2026-03-10", "2026-05-01"):
        assert consultation_status(consultation, at(now)) is Status.WITHDRAWN


def test_days_left_counts_calendar_days_in_london():
    consultation = record(closes="2026-04-13 17:00")
    assert days_left(consultation.closes, at("2026-04-10 23:30")) == 3
    assert days_left(consultation.closes, at("2026-04-13 09:00")) == 0
    assert days_left(record(closes="2026-04-14 00:00").closes, at("2026-04-13 09:00")) == 0


def test_the_outcome_is_overdue_12_weeks_after_closing():
    consultation = record(closes="2026-04-13 17:00")
    assert outcome_due(consultation.closes).isoformat() == "2026-07-06"
    assert not outcome_overdue(consultation, at("2026-07-06 12:00"))
    assert outcome_overdue(consultation, at("2026-07-07 00:00"))
