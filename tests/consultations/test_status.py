"""A consultation's status is derived from its dates, its outcome and its withdrawal: never stored.

The mirror of ``tests/decisions/test_status.py``.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from haveyoursay.consultations.status import Status, consultation_status, days_left, outcome_due, outcome_overdue
from haveyoursay.consultations.wording import STATUS_LABELS

from .examples import OUTCOME, WITHDRAWN, at, consultation, record


def dated(opens="2026-03-02 09:00", closes="2026-04-13 17:00", **changes):
    return record(consultation(opens=opens, closes=closes, **changes))


@pytest.mark.parametrize(
    "now, status",
    [
        ("2026-03-02 08:59", Status.FORTHCOMING),
        ("2026-03-02 09:00", Status.OPEN),
        ("2026-04-13 16:59", Status.OPEN),
        ("2026-04-13 17:00", Status.CLOSED),
    ],
)
def test_status_flips_exactly_at_opening_and_closing(now, status):
    assert consultation_status(dated(), at(now)) is status


def test_closing_across_the_clocks_going_forward_uses_summer_time():
    consultation_ = dated(opens="2026-02-16", closes="2026-03-30 17:00")  # BST from 29 March
    assert consultation_status(consultation_, at("2026-03-30 16:30")) is Status.OPEN
    # 16:30 UTC is 5:30pm BST: already closed.
    assert consultation_status(consultation_, datetime(2026, 3, 30, 16, 30, tzinfo=UTC)) is Status.CLOSED


def test_closing_across_the_clocks_going_back_uses_greenwich_time():
    consultation_ = dated(opens="2026-09-14", closes="2026-10-26 17:00")  # GMT from 25 October
    assert consultation_status(consultation_, datetime(2026, 10, 26, 16, 30, tzinfo=UTC)) is Status.OPEN
    assert consultation_status(consultation_, datetime(2026, 10, 26, 17, 0, tzinfo=UTC)) is Status.CLOSED


def test_a_date_only_close_stays_open_until_midnight():
    consultation_ = dated(closes="2026-04-13")
    assert consultation_status(consultation_, at("2026-04-13 23:59")) is Status.OPEN
    assert consultation_status(consultation_, at("2026-04-14 00:00")) is Status.CLOSED


def test_a_midnight_close_closes_at_the_start_of_that_day():
    consultation_ = dated(closes="2026-04-14 00:00")
    assert consultation_status(consultation_, at("2026-04-13 23:59")) is Status.OPEN
    assert consultation_status(consultation_, at("2026-04-14 00:00")) is Status.CLOSED


def test_a_consultation_closing_on_a_leap_day():
    consultation_ = dated(opens="2028-01-10", closes="2028-02-29")
    assert consultation_status(consultation_, at("2028-02-29 23:00")) is Status.OPEN
    assert consultation_status(consultation_, at("2028-03-01 00:00")) is Status.CLOSED
    assert outcome_due(consultation_.closes).isoformat() == "2028-05-23"


def test_outcome_shows_only_from_its_published_date():
    consultation_ = dated(outcome=OUTCOME)  # published 1 June 2026
    assert consultation_status(consultation_, at("2026-05-31 23:00")) is Status.CLOSED
    assert consultation_status(consultation_, at("2026-06-01 00:00")) is Status.OUTCOME_PUBLISHED


def test_withdrawn_wins_over_every_date():
    consultation_ = dated(withdrawn=WITHDRAWN)
    for now in ("2026-03-01", "2026-03-10", "2026-05-01"):
        assert consultation_status(consultation_, at(now)) is Status.WITHDRAWN


def test_days_left_counts_calendar_days_in_london():
    consultation_ = dated(closes="2026-04-13 17:00")
    assert days_left(consultation_.closes, at("2026-04-10 23:30")) == 3
    assert days_left(consultation_.closes, at("2026-04-13 09:00")) == 0
    assert days_left(dated(closes="2026-04-14 00:00").closes, at("2026-04-13 09:00")) == 0


def test_the_outcome_is_overdue_12_weeks_after_closing():
    consultation_ = dated(closes="2026-04-13 17:00")
    assert outcome_due(consultation_.closes).isoformat() == "2026-07-06"
    assert not outcome_overdue(consultation_, at("2026-07-06 12:00"))
    assert outcome_overdue(consultation_, at("2026-07-07 00:00"))


def test_the_council_can_give_itself_longer_for_the_outcome():
    consultation_ = dated(closes="2026-04-13 17:00")
    assert outcome_due(consultation_.closes, 16).isoformat() == "2026-08-03"
    assert not outcome_overdue(consultation_, at("2026-07-07 00:00"), weeks=16)
    assert outcome_overdue(consultation_, at("2026-08-04 00:00"), weeks=16)


def test_a_published_or_withdrawn_consultation_is_never_overdue():
    assert not outcome_overdue(dated(outcome=OUTCOME), at("2026-12-01 00:00"))
    assert not outcome_overdue(dated(withdrawn=WITHDRAWN), at("2026-12-01 00:00"))


def test_every_status_has_a_label_residents_read():
    assert [STATUS_LABELS[status] for status in Status] == [
        "Forthcoming",
        "Open",
        "Closed: analysing feedback",
        "Outcome published",
        "Withdrawn",
    ]
