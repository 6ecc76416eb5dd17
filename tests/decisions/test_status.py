"""A decision's status, its call-in deadline and the day it can be implemented: derived, never stored.

The mirror of ``tests/consultations/test_status.py``. Every expected date was
worked out by hand from the GOV.UK bank holiday lists and is written as a literal.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from haveyoursay.core.london import LONDON, to_london
from haveyoursay.decisions.status import (
    DecisionStatus,
    call_in_deadline_of,
    clear_days,
    decision_status,
    implementable_from,
)
from haveyoursay.decisions.wording import STATUS_LABELS, status_sentence

from .examples import DEMO_NOW, ENGLAND, at, council, decided, notice, record

# -- status, at chosen moments ----------------------------------------------------------


def test_a_notice_with_no_record_of_decision_is_on_the_forward_plan():
    planned = record(notice(record_of_decision=None, decision_expected="2026-12-16"))
    assert decision_status(planned, ENGLAND, DEMO_NOW) is DecisionStatus.FORWARD_PLAN
    assert status_sentence(planned, ENGLAND, DEMO_NOW) == "This decision is expected on 16 December 2026."


def test_a_decision_expected_in_the_past_says_it_has_not_been_published():
    planned = record(notice(record_of_decision=None, decision_expected="2026-11-18"))
    assert status_sentence(planned, ENGLAND, DEMO_NOW) == (
        "This decision was expected on 18 November 2026 but has not been published yet."
    )


def test_a_record_not_yet_published_keeps_the_decision_on_the_forward_plan():
    made = record(notice(record_of_decision=decided("2026-11-23", "2026-11-25 10:00")))
    assert decision_status(made, ENGLAND, DEMO_NOW) is DecisionStatus.FORWARD_PLAN


def test_a_published_decision_can_be_called_in_until_5pm_on_the_fifth_working_day():
    made = record(notice(record_of_decision=decided("2026-11-19", "2026-11-20 10:00")))
    assert decision_status(made, ENGLAND, at("2026-11-20 10:00")) is DecisionStatus.CALL_IN_PERIOD
    assert decision_status(made, ENGLAND, at("2026-11-27 16:59")) is DecisionStatus.CALL_IN_PERIOD
    assert status_sentence(made, ENGLAND, DEMO_NOW) == "This decision can be called in until 5pm on 27 November 2026."


def test_at_the_call_in_deadline_the_call_in_period_is_over_and_the_decision_in_force_the_next_working_day():
    made = record(notice(record_of_decision=decided("2026-11-19", "2026-11-20 10:00")))
    # The deadline is 5pm on a Friday, so it can be implemented from the Monday: until then it is not
    # "in force" (one sentence, one truth), but it can no longer be called in.
    for moment in ("2026-11-27 17:00", "2026-11-28 12:00", "2026-11-29 23:59"):
        assert decision_status(made, ENGLAND, at(moment)) is DecisionStatus.CALL_IN_ENDED, moment
        assert status_sentence(made, ENGLAND, at(moment)) == (
            "The call-in period ended at 5pm on 27 November 2026. "
            "This decision can be implemented from 30 November 2026."
        )
    assert decision_status(made, ENGLAND, at("2026-11-30 00:00")) is DecisionStatus.IN_FORCE
    assert status_sentence(made, ENGLAND, at("2026-11-30 00:00")) == (
        "This decision can be implemented from 30 November 2026."
    )


def test_the_issue_example_the_call_in_sentence_for_a_decision_published_on_12_march_2026():
    made = record(notice(notice_given="2026-01-30", record_of_decision=decided("2026-03-11", "2026-03-12 10:00")))
    assert status_sentence(made, ENGLAND, at("2026-03-13 09:00")) == (
        "This decision can be called in until 5pm on 19 March 2026."
    )
    assert status_sentence(made, ENGLAND, at("2026-03-20 09:00")) == (
        "This decision can be implemented from 20 March 2026."
    )


def test_a_proposal_not_agreed_says_so_and_has_no_call_in():
    refused = record(
        notice(
            record_of_decision=decided(
                "2026-06-24", "2026-06-25 10:00", agreed=False, not_agreed_because="The saving was too small."
            )
        )
    )
    assert decision_status(refused, ENGLAND, DEMO_NOW) is DecisionStatus.NOT_AGREED
    assert status_sentence(refused, ENGLAND, DEMO_NOW) == "The proposal was not agreed on 24 June 2026."
    assert call_in_deadline_of(refused, ENGLAND) is None
    assert implementable_from(refused, ENGLAND) is None


def test_a_decision_exempt_from_call_in_is_in_force_as_soon_as_it_is_published():
    urgent = record(
        notice(
            record_of_decision=decided("2026-10-19", "2026-10-19 16:00"),
            exempt_from_call_in={"reason": "Homes would flood."},
        )
    )
    assert decision_status(urgent, ENGLAND, at("2026-10-19 16:00")) is DecisionStatus.IN_FORCE
    assert call_in_deadline_of(urgent, ENGLAND) is None
    assert status_sentence(urgent, ENGLAND, DEMO_NOW) == "This decision can be implemented from 19 October 2026."


CALLED_IN = {
    "date": "2026-11-17",
    "by": "Councillors Ruth Evans, Tom Moore and Aisha Khan",
    "reason": "The effect on small shops.",
}


def test_a_called_in_decision_cannot_be_implemented_until_scrutiny_has_considered_it():
    called = record(notice(record_of_decision=decided("2026-11-11", "2026-11-12 10:00"), called_in=CALLED_IN))
    assert decision_status(called, ENGLAND, at("2026-11-16 12:00")) is DecisionStatus.CALL_IN_PERIOD
    assert decision_status(called, ENGLAND, DEMO_NOW) is DecisionStatus.CALLED_IN
    # Called in, it stays called in after the call-in deadline has passed.
    assert decision_status(called, ENGLAND, at("2026-12-25 12:00")) is DecisionStatus.CALLED_IN
    assert status_sentence(called, ENGLAND, DEMO_NOW) == (
        "This decision was called in on 17 November 2026. It cannot be implemented until scrutiny has considered it."
    )
    assert implementable_from(called, ENGLAND) is None


def test_when_scrutiny_takes_no_further_action_the_decision_is_in_force_from_that_day():
    called = record(
        notice(
            record_of_decision=decided("2026-11-11", "2026-11-12 10:00"),
            called_in={**CALLED_IN, "outcome": {"date": "2026-12-01", "result": "no further action"}},
        )
    )
    assert decision_status(called, ENGLAND, DEMO_NOW) is DecisionStatus.CALLED_IN
    assert decision_status(called, ENGLAND, at("2026-12-01 19:00")) is DecisionStatus.IN_FORCE
    assert status_sentence(called, ENGLAND, at("2026-12-02 09:00")) == (
        "This decision can be implemented from 1 December 2026."
    )


def test_a_decision_referred_back_stays_called_in():
    called = record(
        notice(
            record_of_decision=decided("2026-11-11", "2026-11-12 10:00"),
            called_in={**CALLED_IN, "outcome": {"date": "2026-12-01", "result": "referred back"}},
        )
    )
    assert decision_status(called, ENGLAND, at("2026-12-02 09:00")) is DecisionStatus.CALLED_IN
    assert status_sentence(called, ENGLAND, at("2026-12-02 09:00")) == (
        "This decision was called in. On 1 December 2026 scrutiny referred it back to the decision maker "
        "to think again."
    )


def test_every_status_has_a_label_residents_read():
    assert [STATUS_LABELS[status] for status in DecisionStatus] == [
        "Forward plan: not yet decided",
        "Decided: can be called in",
        "Decided: call-in period over",
        "Called in",
        "In force",
        "Not agreed",
    ]


# -- the call-in deadline, with the council's settings --------------------------------------


def deadline(published: str, settings=ENGLAND) -> str:
    made = record(notice(record_of_decision=decided(published[:10], published)), settings)
    return to_london(call_in_deadline_of(made, settings)).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    "published, settings, expected",
    [
        # Christmas 2026: 25 December (Friday) and the Boxing Day substitute, Monday 28 December.
        ("2026-12-22 10:00", ENGLAND, "2026-12-31 17:00"),
        # Over New Year: England and Wales lose 1 January; Scotland also loses Monday 4 January 2027
        # (the substitute for 2 January, a Saturday).
        ("2026-12-24 10:00", ENGLAND, "2027-01-05 17:00"),
        ("2026-12-24 10:00", council("scotland"), "2027-01-06 17:00"),
        # Easter 2026: Good Friday 3 April everywhere; Easter Monday 6 April is not a Scottish bank holiday.
        ("2026-04-01 10:00", ENGLAND, "2026-04-10 17:00"),
        ("2026-04-01 10:00", council("scotland"), "2026-04-09 17:00"),
        ("2026-04-01 10:00", council("northern-ireland"), "2026-04-10 17:00"),
        # The May bank holidays 2026: Monday 4 May (early May) and Monday 25 May (spring).
        ("2026-04-30 10:00", ENGLAND, "2026-05-08 17:00"),
        ("2026-05-20 10:00", ENGLAND, "2026-05-28 17:00"),
        # The council's own numbers: 3 working days, ending at midday.
        ("2026-05-20 10:00", council(working_days=3, time="12:00"), "2026-05-26 12:00"),
    ],
)
def test_call_in_deadline_skips_weekends_and_the_nations_bank_holidays(published, settings, expected):
    assert deadline(published, settings) == expected


def test_the_call_in_time_of_day_is_written_the_gov_uk_way():
    midday = council(working_days=3, time="12:00")
    made = record(notice(record_of_decision=decided("2026-05-19", "2026-05-20 10:00")), midday)
    assert status_sentence(made, midday, at("2026-05-21 09:00")) == (
        "This decision can be called in until midday on 26 May 2026."
    )


def test_the_call_in_deadline_keeps_london_time_when_the_clocks_change():
    # Published Friday 23 October 2026; the clocks go back on Sunday 25 October.
    made = record(notice(record_of_decision=decided("2026-10-22", "2026-10-23 10:00")))
    assert call_in_deadline_of(made, ENGLAND) == datetime(2026, 10, 30, 17, 0, tzinfo=LONDON)
    assert call_in_deadline_of(made, ENGLAND).utcoffset().total_seconds() == 0


# -- notice of a key decision: 28 clear days ---------------------------------------------------


def test_clear_days_leave_out_the_day_of_notice_and_the_day_of_decision():
    assert clear_days(at("2026-01-01"), at("2026-01-30")) == 28
    assert clear_days(at("2026-01-01"), at("2026-01-29")) == 27
    assert clear_days(at("2026-01-01"), at("2026-01-02")) == 0
