"""The legal rules about decision notices at their edges: the same day, the last minute, the far nations.

Each case was found by an independent check of the rules and failed before
it was fixed. Every expected date and sentence was worked out by hand.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from haveyoursay.core.settings import CouncilSettings
from haveyoursay.decisions.status import DecisionStatus, call_in_deadline_of, decision_status, implementable_from
from haveyoursay.decisions.wording import key_reason, status_sentence
from hub_testing import demo_at

from .examples import ENGLAND, at, council, decided, notice, problems, record

# -- notice given on the day of the decision ------------------------------------------------------


def test_special_urgency_allows_a_decision_the_day_its_notice_is_published():
    data = notice(
        notice_given="2026-07-08",
        urgent={"route": "special urgency", "reason": "The storm damaged the sea wall."},
    )
    assert problems(data) == []


def test_a_decision_that_is_not_key_can_be_made_the_day_its_notice_is_given():
    data = notice(
        key_decision=False,
        key_decision_reason=None,
        notice_given="2026-07-08",
        financial_summary={"summary": "The cost.", "expenditure": 20_000},
    )
    assert problems(data) == []


def test_a_key_decision_made_the_day_its_notice_is_given_has_no_clear_days_not_a_notice_after_it():
    assert problems(notice(notice_given="2026-07-08")) == [
        "NDC.md:1: notice_given: notice of this key decision was given only 0 clear days before it (8 July 2026 "
        "for a decision on 8 July 2026); a key decision needs at least 28 clear days (decide on 6 August 2026 or "
        "later; if it cannot wait, add  urgent:  with route: general exception or special urgency, and the reason)"
    ]


def test_notice_the_day_after_the_decision_is_after_it():
    assert problems(notice(notice_given="2026-07-09")) == [
        "NDC.md:1: notice_given: notice was given after the decision (notice on 9 July 2026 is after the decision "
        "on 8 July 2026; check both dates)"
    ]


# -- a call-in received at the last minute: instants, not dates -------------------------------------

CALLED = {"by": "Councillors Ruth Evans and Tom Moore", "reason": "The effect on small shops."}
MADE = decided("2026-11-19", "2026-11-20 10:00")  # the deadline is 5pm on Friday 27 November 2026


@pytest.mark.parametrize("received", ["2026-11-27 17:30", "2026-11-27 23:59", "2026-11-28 09:00"])
def test_a_call_in_after_5pm_on_the_deadline_day_is_late(received):
    data = notice(record_of_decision=MADE, called_in={**CALLED, "date": received})
    assert problems(data) == [
        "NDC.md:1: called_in.date: the call-in was received after the call-in period ended (the decision could be "
        "called in until 5pm on 27 November 2026; check the date)"
    ]


@pytest.mark.parametrize("received", ["2026-11-27 16:59", "2026-11-27 17:00", "2026-11-20 10:00"])
def test_a_call_in_up_to_the_deadline_is_in_time(received):
    assert problems(notice(record_of_decision=MADE, called_in={**CALLED, "date": received})) == []


def test_a_call_in_before_publication_on_the_day_of_publication_is_refused():
    data = notice(record_of_decision=MADE, called_in={**CALLED, "date": "2026-11-20 09:15"})
    assert problems(data) == [
        "NDC.md:1: called_in.date: the call-in is dated before the decision was published (the record was "
        "published at 10am on 20 November 2026; check the date)"
    ]


@pytest.mark.parametrize(
    "day, moment", [("2026-11-27", "5pm on 27 November 2026"), ("2026-11-20", "10am on 20 November 2026")]
)
def test_a_call_in_dated_without_a_time_on_the_day_that_matters_asks_for_the_time(day, moment):
    data = notice(record_of_decision=MADE, called_in={**CALLED, "date": day})
    assert problems(data) == [
        f"NDC.md:1: called_in.date: the call-in needs the time it was received (on {moment.split(' on ')[1]} it "
        f"matters whether it came before or after {moment}; write the date and time, like  date: {day} 16:30)"
    ]


# -- key because of its money -----------------------------------------------------------------------


def test_key_because_of_expenditure_with_a_small_amount_is_warned_and_not_claimed_on_the_page():
    data = notice(
        financial_summary={"summary": "A small grant.", "expenditure": 40_000}, key_decision_reason=["expenditure"]
    )
    assert problems(data) == [
        "NDC.md:1: key_decision_reason: warning: this is key because of its spending, but the spending given is "
        "£40,000, not above the key decision threshold of £500,000 (give the amount as  expenditure:  under "
        "financial_summary, or check the reason with democratic services)"
    ]
    assert key_reason("expenditure", 500_000, 40_000) == (
        "Expenditure significant for the service's budget (the key decision threshold is £500,000)"
    )
    assert key_reason("expenditure", 500_000, 24_000_000) == "Expenditure above the key decision threshold (£500,000)"


# -- the council's call-in rules ---------------------------------------------------------------------


def test_a_call_in_time_of_midnight_is_refused_because_it_would_show_the_deadline_a_day_late():
    with pytest.raises(ValidationError, match="midnight is not a clear time for a deadline"):
        council(time="00:00")


def test_zero_working_days_would_end_the_call_in_period_before_publication_so_is_refused():
    with pytest.raises(ValidationError, match="greater than or equal to 1"):
        council(working_days=0)


def test_a_scrutiny_committee_of_n_a_is_refused_rather_than_read_as_the_n_a():
    assert problems(notice(scrutiny_committee="N/A")) == [
        "NDC.md:1: scrutiny_committee: 'N/A' is not the name of a committee (leave the field out if there is none, "
        "or give the committee's name, like People Overview and Scrutiny Committee)"
    ]


def settings_with(**call_in) -> CouncilSettings:
    base = ENGLAND.model_dump()
    base["call_in"] = {**base["call_in"], **call_in}
    base["call_in"]["time"] = "17:00"
    return CouncilSettings.model_validate(base)


def test_call_in_can_be_counted_from_the_decision_meeting():
    made = record(notice(record_of_decision=decided("2026-11-16", "2026-11-20 10:00")))
    from_meeting = settings_with(counted_from="decision")
    # Monday 16 November + 5 working days = Monday 23 November (not Friday 27 November).
    assert call_in_deadline_of(made, from_meeting) == at("2026-11-23 17:00")
    assert call_in_deadline_of(made, ENGLAND) == at("2026-11-27 17:00")


@pytest.mark.parametrize(
    "published, deadline",
    [
        ("2026-11-20 16:59", "2026-11-27 17:00"),  # Friday before 5pm: counts from Friday
        ("2026-11-20 17:30", "2026-11-30 17:00"),  # Friday after 5pm: counts from Monday 23 November
        ("2026-11-21 10:00", "2026-11-30 17:00"),  # Saturday: counts from Monday 23 November
    ],
)
def test_a_notice_published_late_or_on_a_non_working_day_counts_from_the_next_working_day(published, deadline):
    made = record(notice(record_of_decision=decided("2026-11-19", published)))
    assert call_in_deadline_of(made, settings_with(late_after="17:00")) == at(deadline)


def test_between_the_deadline_and_the_next_working_day_the_status_and_sentence_agree():
    made = record(notice(record_of_decision=MADE))
    assert implementable_from(made, ENGLAND).isoformat() == "2026-11-30"
    assert decision_status(made, ENGLAND, at("2026-11-28 12:00")) is DecisionStatus.CALL_IN_ENDED
    assert "can be implemented from 30 November 2026" in status_sentence(made, ENGLAND, at("2026-11-28 12:00"))


# -- nations ------------------------------------------------------------------------------------------


def test_englands_notice_rules_are_not_applied_in_wales_scotland_or_northern_ireland():
    short_notice = notice(notice_given="2026-07-01")  # 6 clear days: too few in England
    assert problems(short_notice) != []
    for nation in ("wales", "scotland", "northern-ireland"):
        assert problems(short_notice, settings=council(nation)) == [], nation


@pytest.mark.parametrize(
    "nation, good, bad", [("england", 3, 12), ("wales", 14, 3), ("scotland", 15, 16), ("northern-ireland", 7, 8)]
)
def test_exempt_information_cites_the_nations_own_schedule(nation, good, bad):
    withheld = {"paragraph": good, "withheld": "Appendix 2"}
    assert problems(notice(exempt_information=withheld, notice_given="2026-05-29"), settings=council(nation)) == []
    refused = problems(notice(exempt_information={**withheld, "paragraph": bad}), settings=council(nation))
    assert refused and refused[0].startswith(
        f"NDC.md:1: exempt_information[1].paragraph: '{bad}' is not a paragraph of"
    )


def test_the_check_says_once_which_rules_are_not_applied_outside_england(tmp_path, capsys, monkeypatch):
    from haveyoursay.cli import main
    from hub_testing import copy_project

    project = copy_project(tmp_path / "hub")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("nation: england", "nation: wales"), encoding="utf-8")
    monkeypatch.setenv("HUB_NOW", "2026-11-24T10:00")
    main(["check", "--root", str(project)])
    notes = [line for line in capsys.readouterr().out.splitlines() if "nation" in line]
    assert len(notes) == 1
    assert notes[0].startswith("mkdocs.yml:")
    assert ": extra.council.nation: warning: the check applies England's rules on notice of key decisions" in notes[0]
    assert "Schedule 12A (Part 4, Wales)" in notes[0]


def test_the_demo_is_an_english_council():
    assert demo_at().hub.settings.nation == "england"
