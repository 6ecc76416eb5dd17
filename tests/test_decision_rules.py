"""The decision notice rules, as pure functions: status, call-in, notice, key decisions.

Each test builds a notice in Python (no files, no MkDocs), with the council's
settings and "now" passed in. Every expected date was worked out by hand from
the GOV.UK bank holiday lists and is written as a literal.

The second half runs ``load_decisions`` over every case in
``tests/bad_decisions/<case>/``: the notice file (and any documents folder) is
copied into content/decisions/ of a throwaway project, and the problems must
be exactly the lines of the case's ``expected.txt``, in order.
"""
from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from haveyoursay.decision import (MISSING_HINTS, DecisionRecord, DecisionStatus, call_in_deadline_of, clear_days,
                                  decision_reference_problem, decision_rules, decision_status,
                                  implementable_from, load_decisions, status_sentence)
from haveyoursay.london import LONDON, parse_when
from haveyoursay.model import problems_from
from haveyoursay.problems import Problems, Severity
from haveyoursay.settings import CouncilSettings
from haveyoursay.source import Source

ROOT = Path(__file__).resolve().parent.parent
BAD_DECISIONS = Path(__file__).resolve().parent / "bad_decisions"
DEMO_NOW = parse_when("2026-11-24 10:00")[0]
WARDS = ["Abbey", "Brookside", "Castle", "Eastfield", "Harbour", "Kingsmead", "Millbrook", "Northgate",
         "Oakwood", "Riverside", "St Anne's", "Westcliffe"]
SLUGS = {"town-centre-masterplan", "oakwood-leisure-centre", "library-opening-hours"}


def council(nation="england-and-wales", working_days=5, time="17:00", threshold=500_000) -> CouncilSettings:
    return CouncilSettings.model_validate({
        "name": "Northbrook Borough Council", "base_url": "https://haveyoursay.northbrook.example/",
        "accessible_formats_email": "accessibility@northbrook.example", "wards": WARDS,
        "topics": ["Housing"], "nation": nation, "call_in": {"working_days": working_days, "time": time},
        "key_decision_threshold": threshold})


ENGLAND = council()


def at(text: str) -> datetime:
    return parse_when(text)[0]


def notice(**changes) -> dict:
    """A valid key decision (Cabinet, 8 July 2026, published the next morning), changed as asked.

    A value of None deletes the field.
    """
    data = {
        "reference": "NDC-2026-017", "title": "Building a new Oakwood Leisure Centre",
        "summary": "Cabinet agreed to build a new leisure centre.",
        "decision_maker": {"body": "Cabinet"},
        "lead_officer": {"name": "Martin Doyle", "title": "Director of Communities"},
        "report_author": {"name": "Chris Patel", "email": "leisure@northbrook.example"},
        "financial_summary": {"summary": "About £24 million.", "expenditure": 24_000_000},
        "key_decision": True, "key_decision_reason": ["expenditure", "wards"],
        "wards": ["Oakwood", "Millbrook", "Eastfield"],
        "notice_given": "2026-05-29", "scrutiny_committee": "People Overview and Scrutiny Committee",
        "record_of_decision": {"agreed": True, "date": "2026-07-08", "published": "2026-07-09 10:00",
                               "conflicts_of_interest": "None declared.", "dispensations": "None."},
    }
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def record(data: dict, settings=ENGLAND) -> DecisionRecord:
    return DecisionRecord.model_validate(data, context={"settings": settings})


def problems(data: dict, settings=ENGLAND, now=DEMO_NOW) -> list[str]:
    """Every problem the checker reports for a notice, as officers read it (no file, so line 1)."""
    source = Source(path="NDC.md", data=data)
    try:
        checked = record(data, settings)
    except ValidationError as error:
        return [str(p) for p in problems_from(error, source, DecisionRecord, missing_hints=MISSING_HINTS)]
    return [str(p) for p in decision_rules(checked, source, settings, now, SLUGS)]


def decided(date: str, published: str, **more) -> dict:
    return {"agreed": True, "date": date, "published": published,
            "conflicts_of_interest": "None declared.", "dispensations": "None.", **more}


# -- status, at chosen moments ----------------------------------------------------------

def test_a_notice_with_no_record_of_decision_is_on_the_forward_plan():
    planned = record(notice(record_of_decision=None, decision_expected="2026-12-16"))
    assert decision_status(planned, ENGLAND, DEMO_NOW) is DecisionStatus.FORWARD_PLAN
    assert status_sentence(planned, ENGLAND, DEMO_NOW) == "This decision is expected on 16 December 2026."


def test_a_decision_expected_in_the_past_says_it_has_not_been_published():
    planned = record(notice(record_of_decision=None, decision_expected="2026-11-18"))
    assert status_sentence(planned, ENGLAND, DEMO_NOW) == (
        "This decision was expected on 18 November 2026 but has not been published yet.")


def test_a_record_not_yet_published_keeps_the_decision_on_the_forward_plan():
    made = record(notice(record_of_decision=decided("2026-11-23", "2026-11-25 10:00")))
    assert decision_status(made, ENGLAND, DEMO_NOW) is DecisionStatus.FORWARD_PLAN


def test_a_published_decision_can_be_called_in_until_5pm_on_the_fifth_working_day():
    made = record(notice(record_of_decision=decided("2026-11-19", "2026-11-20 10:00")))
    assert decision_status(made, ENGLAND, at("2026-11-20 10:00")) is DecisionStatus.CALL_IN_PERIOD
    assert decision_status(made, ENGLAND, at("2026-11-27 16:59")) is DecisionStatus.CALL_IN_PERIOD
    assert status_sentence(made, ENGLAND, DEMO_NOW) == "This decision can be called in until 5pm on 27 November 2026."


def test_at_the_call_in_deadline_the_decision_is_in_force():
    made = record(notice(record_of_decision=decided("2026-11-19", "2026-11-20 10:00")))
    assert decision_status(made, ENGLAND, at("2026-11-27 17:00")) is DecisionStatus.IN_FORCE
    # The deadline is a Friday, so it can be implemented from the Monday.
    assert status_sentence(made, ENGLAND, at("2026-11-27 17:00")) == (
        "This decision can be implemented from 30 November 2026.")


def test_the_issue_example_the_call_in_sentence_for_a_decision_published_on_12_march_2026():
    made = record(notice(notice_given="2026-01-30", record_of_decision=decided("2026-03-11", "2026-03-12 10:00")))
    assert status_sentence(made, ENGLAND, at("2026-03-13 09:00")) == (
        "This decision can be called in until 5pm on 19 March 2026.")
    assert status_sentence(made, ENGLAND, at("2026-03-20 09:00")) == (
        "This decision can be implemented from 20 March 2026.")


def test_a_proposal_not_agreed_says_so_and_has_no_call_in():
    refused = record(notice(record_of_decision=decided("2026-06-24", "2026-06-25 10:00", agreed=False,
                                                       not_agreed_because="The saving was too small.")))
    assert decision_status(refused, ENGLAND, DEMO_NOW) is DecisionStatus.NOT_AGREED
    assert status_sentence(refused, ENGLAND, DEMO_NOW) == "The proposal was not agreed on 24 June 2026."
    assert call_in_deadline_of(refused, ENGLAND) is None
    assert implementable_from(refused, ENGLAND) is None


def test_a_decision_exempt_from_call_in_is_in_force_as_soon_as_it_is_published():
    urgent = record(notice(record_of_decision=decided("2026-10-19", "2026-10-19 16:00"),
                           exempt_from_call_in={"reason": "Homes would flood."}))
    assert decision_status(urgent, ENGLAND, at("2026-10-19 16:00")) is DecisionStatus.IN_FORCE
    assert call_in_deadline_of(urgent, ENGLAND) is None
    assert status_sentence(urgent, ENGLAND, DEMO_NOW) == "This decision can be implemented from 19 October 2026."


CALLED_IN = {"date": "2026-11-17", "by": "Councillors Ruth Evans, Tom Moore and Aisha Khan",
             "reason": "The effect on small shops."}


def test_a_called_in_decision_cannot_be_implemented_until_scrutiny_has_considered_it():
    called = record(notice(record_of_decision=decided("2026-11-11", "2026-11-12 10:00"), called_in=CALLED_IN))
    assert decision_status(called, ENGLAND, at("2026-11-16 12:00")) is DecisionStatus.CALL_IN_PERIOD
    assert decision_status(called, ENGLAND, DEMO_NOW) is DecisionStatus.CALLED_IN
    # Called in, it stays called in after the call-in deadline has passed.
    assert decision_status(called, ENGLAND, at("2026-12-25 12:00")) is DecisionStatus.CALLED_IN
    assert status_sentence(called, ENGLAND, DEMO_NOW) == (
        "This decision was called in on 17 November 2026. It cannot be implemented until scrutiny has considered it.")
    assert implementable_from(called, ENGLAND) is None


def test_when_scrutiny_takes_no_further_action_the_decision_is_in_force_from_that_day():
    called = record(notice(record_of_decision=decided("2026-11-11", "2026-11-12 10:00"),
                           called_in={**CALLED_IN, "outcome": {"date": "2026-12-01", "result": "no further action"}}))
    assert decision_status(called, ENGLAND, DEMO_NOW) is DecisionStatus.CALLED_IN
    assert decision_status(called, ENGLAND, at("2026-12-01 19:00")) is DecisionStatus.IN_FORCE
    assert status_sentence(called, ENGLAND, at("2026-12-02 09:00")) == (
        "This decision can be implemented from 1 December 2026.")


def test_a_decision_referred_back_stays_called_in():
    called = record(notice(record_of_decision=decided("2026-11-11", "2026-11-12 10:00"),
                           called_in={**CALLED_IN, "outcome": {"date": "2026-12-01", "result": "referred back"}}))
    assert decision_status(called, ENGLAND, at("2026-12-02 09:00")) is DecisionStatus.CALLED_IN
    assert status_sentence(called, ENGLAND, at("2026-12-02 09:00")) == (
        "This decision was called in. On 1 December 2026 scrutiny referred it back to the decision maker to think again.")


# -- the call-in deadline, with the council's settings --------------------------------------

def deadline(published: str, settings=ENGLAND) -> str:
    made = record(notice(record_of_decision=decided(published[:10], published)), settings)
    return call_in_deadline_of(made, settings).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("published, settings, expected", [
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
])
def test_call_in_deadline_skips_weekends_and_the_nations_bank_holidays(published, settings, expected):
    assert deadline(published, settings) == expected


def test_the_call_in_time_of_day_is_written_the_gov_uk_way():
    made = record(notice(record_of_decision=decided("2026-05-19", "2026-05-20 10:00")), council(working_days=3, time="12:00"))
    assert status_sentence(made, council(working_days=3, time="12:00"), at("2026-05-21 09:00")) == (
        "This decision can be called in until midday on 26 May 2026.")


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


def test_exactly_28_clear_days_notice_is_enough():
    assert problems(notice(notice_given="2026-06-09", record_of_decision=decided("2026-07-08", "2026-07-09 10:00"))) == []


def test_27_clear_days_notice_is_too_short_for_a_key_decision():
    assert problems(notice(notice_given="2026-06-10")) == [
        "NDC.md:1: notice_given: notice of this key decision was given only 27 clear days before it "
        "(10 June 2026 for a decision on 8 July 2026); a key decision needs at least 28 clear days "
        "(decide on 9 July 2026 or later; if it cannot wait, add  urgent:  with route: general exception "
        "or special urgency, and the reason)"]


def test_the_28_day_rule_uses_the_expected_date_before_the_decision_is_made():
    planned = notice(record_of_decision=None, notice_given="2026-11-20", decision_expected="2026-12-16")
    assert problems(planned) == [
        "NDC.md:1: notice_given: notice of this key decision was given only 25 clear days before it "
        "(20 November 2026 for a decision on 16 December 2026); a key decision needs at least 28 clear days "
        "(decide on 19 December 2026 or later; if it cannot wait, add  urgent:  with route: general exception "
        "or special urgency, and the reason)"]


def test_short_notice_is_allowed_under_the_general_exception_with_a_reason():
    urgent = {"route": "general exception", "reason": "The grant offer expires on 10 July."}
    assert problems(notice(notice_given="2026-06-25", urgent=urgent)) == []


def test_the_general_exception_still_needs_5_clear_days():
    urgent = {"route": "general exception", "reason": "The grant offer expires on 10 July."}
    assert problems(notice(notice_given="2026-07-02", urgent=urgent)) == []  # 5 clear days
    assert problems(notice(notice_given="2026-07-03", urgent=urgent)) == [
        "NDC.md:1: urgent.route: the general exception needs at least 5 clear days' notice, and only 4 clear "
        "days were given (use  route: special urgency, which needs the agreement of the chair of the scrutiny committee)"]


def test_special_urgency_allows_a_decision_the_day_after_notice():
    urgent = {"route": "special urgency", "reason": "The sea wall must be repaired before the high tides."}
    assert problems(notice(notice_given="2026-07-07", urgent=urgent)) == []


def test_an_urgent_decision_must_give_its_reason():
    found = problems(notice(notice_given="2026-07-07", urgent={"route": "special urgency"}))
    assert len(found) == 1 and found[0].startswith("NDC.md:1: urgent.reason: ")
    assert "say why the decision cannot wait for 28 clear days' notice" in found[0]


def test_urgent_true_asks_for_the_route_and_the_reason():
    found = problems(notice(urgent=True))
    assert [line.split(": ")[1] for line in found] == ["urgent.route", "urgent.reason"]


def test_a_key_decision_needs_the_date_notice_was_given():
    assert problems(notice(notice_given=None)) == [
        "NDC.md:1: notice_given: a key decision needs the date notice was given (add the date it was published "
        "on the forward plan, like  notice_given: 2026-11-06)"]


def test_a_non_key_decision_needs_no_notice():
    small = notice(key_decision=False, key_decision_reason=None, notice_given=None,
                   financial_summary={"summary": "£4,000.", "expenditure": 4000})
    assert problems(small) == []


# -- why a decision is key, the threshold, call-in exemptions -----------------------------------

def test_a_key_decision_must_say_why_it_is_key():
    assert problems(notice(key_decision_reason=None)) == [
        "NDC.md:1: key_decision: a key decision must say why it is key (add  key_decision_reason: [expenditure], "
        "[savings] or [wards]; wards means a significant effect on two or more wards)"]


def test_a_reason_for_a_decision_that_is_not_key_is_a_mistake():
    assert problems(notice(key_decision=False, notice_given=None,
                           financial_summary={"summary": "None.", "expenditure": 0})) == [
        "NDC.md:1: key_decision_reason: only a key decision has a reason it is key "
        "(write  key_decision: true  or delete key_decision_reason)"]


def test_the_wards_reason_needs_two_or_more_wards():
    assert problems(notice(key_decision_reason=["wards"], wards=["Oakwood"])) == [
        "NDC.md:1: key_decision_reason: a decision is key for its effect on wards only if it affects two or more "
        "(it affects only Oakwood; add the other wards affected, or give another reason)"]
    assert problems(notice(key_decision_reason=["wards"], wards="all")) == []


def test_a_single_reason_can_be_written_without_brackets():
    assert record(notice(key_decision_reason="wards")).key_decision_reason == ["wards"]


def test_an_exemption_from_call_in_must_say_why():
    found = problems(notice(exempt_from_call_in=True))
    assert len(found) == 1 and found[0].startswith("NDC.md:1: exempt_from_call_in.reason: ")
    assert "say why the decision cannot wait for the call-in period" in found[0]


def test_an_exemption_from_call_in_can_be_written_as_the_reason_alone():
    exempt = record(notice(exempt_from_call_in="Homes would flood."))
    assert exempt.exempt_from_call_in.reason == "Homes would flood."
    assert record(notice(exempt_from_call_in=False)).exempt_from_call_in is None


def not_key(**money) -> dict:
    return notice(key_decision=False, key_decision_reason=None, notice_given=None,
                  financial_summary={"summary": "The cost.", **money})


def test_spending_above_the_threshold_not_marked_key_is_a_warning():
    source = Source(path="NDC.md", data={})
    found = decision_rules(record(not_key(expenditure=600_000)), source, ENGLAND, DEMO_NOW, SLUGS)
    assert [p.severity for p in found] == [Severity.WARNING]
    assert str(found[0]) == (
        "NDC.md:1: financial_summary.expenditure: warning: spending of £600,000 is above the key decision "
        "threshold of £500,000, but this is not a key decision (check with democratic services; if it is key, "
        "write  key_decision: true  and  key_decision_reason: [expenditure])")


def test_savings_above_the_threshold_not_marked_key_is_a_warning():
    assert problems(not_key(savings="£750,000")) == [
        "NDC.md:1: financial_summary.savings: warning: savings of £750,000 are above the key decision "
        "threshold of £500,000, but this is not a key decision (check with democratic services; if it is key, "
        "write  key_decision: true  and  key_decision_reason: [savings])"]


def test_spending_at_the_threshold_or_below_is_not_a_warning():
    assert problems(not_key(expenditure=500_000)) == []
    assert problems(not_key(expenditure=600_000), settings=council(threshold=750_000)) == []


def test_amounts_can_be_written_as_officers_write_them():
    assert record(not_key(expenditure="£1,240,000")).financial_summary.expenditure == 1_240_000
    assert problems(not_key(expenditure="about a million")) == [
        "NDC.md:1: financial_summary.expenditure: 'about a million' is not an amount in pounds "
        "(write whole pounds, like 175622 or £175,622)"]


# -- the record of the decision, call-in, consultations -------------------------------------------

def test_a_proposal_not_agreed_must_say_why():
    assert problems(notice(record_of_decision=decided("2026-07-08", "2026-07-09", agreed=False))) == [
        "NDC.md:1: record_of_decision.agreed: a proposal that was not agreed must say why "
        "(add  not_agreed_because:  with the reason in plain words)"]


def test_a_call_in_after_the_deadline_is_refused():
    assert problems(notice(record_of_decision=decided("2026-11-11", "2026-11-12 10:00"),
                           called_in={**CALLED_IN, "date": "2026-11-20"})) == [
        "NDC.md:1: called_in.date: the call-in was received after the call-in period ended "
        "(the decision could be called in until 5pm on 19 November 2026; check the date)"]


def test_a_decision_exempt_from_call_in_cannot_be_called_in():
    assert problems(notice(exempt_from_call_in="Homes would flood.", called_in=CALLED_IN)) == [
        "NDC.md:1: called_in: this decision is exempt from call-in, so it cannot be called in "
        "(delete one of called_in and exempt_from_call_in)"]


def test_pre_decision_consultations_must_be_published_consultations():
    assert problems(notice(consultations=["oakwood-leisure-centre"])) == []
    assert problems(notice(consultations=["oakwood-leisure"])) == [
        "NDC.md:1: consultations[1]: there is no published consultation 'oakwood-leisure' "
        "(did you mean 'oakwood-leisure-centre'?)"]


def test_wards_come_from_the_councils_list():
    found = problems(notice(wards=["Oakwood", "Oakwod"]))
    assert len(found) == 1 and "'Oakwod' is not one of the council's wards" in found[0]
    assert "did you mean 'Oakwood'?" in found[0]


def test_schedule_12a_has_paragraphs_1_to_7():
    exempt = record(notice(exempt_information={"paragraph": 3, "withheld": "Appendix 2, the prices."}))
    assert exempt.exempt_information[0].paragraph == 3
    found = problems(notice(exempt_information={"paragraph": 8, "withheld": "Appendix 2."}))
    assert len(found) == 1 and "'8' is not a paragraph of Schedule 12A" in found[0]


def test_a_consultation_outcome_must_name_a_loaded_decision():
    assert decision_reference_problem("NDC-2026-011", ["NDC-2026-011"], "c.md", 3) is None
    assert str(decision_reference_problem("NDC-2026-01", ["NDC-2026-011"], "c.md", 3)) == (
        "c.md:3: outcome.decision: there is no decision notice 'NDC-2026-01' (did you mean 'NDC-2026-011'?)")


# -- the officer's template and the demo content ----------------------------------------------------

def project_with(tmp_path: Path, files: dict[str, Path]) -> Path:
    folder = tmp_path / "content" / "decisions"
    folder.mkdir(parents=True)
    for name, source in files.items():
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy2(source, folder / name)
    return tmp_path


def test_the_template_is_a_valid_notice_once_copied(tmp_path):
    project = project_with(tmp_path, {"NDC-2026-014.md": ROOT / "content/decisions/_template.md"})
    (project / "content/decisions/NDC-2026-014").mkdir()
    shutil.copy2(ROOT / "content/decisions/NDC-2026-011/cabinet-report.pdf",
                 project / "content/decisions/NDC-2026-014/cabinet-report.pdf")
    notices, found = load_decisions(project, ENGLAND, DEMO_NOW, SLUGS)
    assert [str(p) for p in found] == []
    assert [n.reference for n in notices] == ["NDC-2026-014"] and notices[0].draft


def test_the_demo_notices_have_no_problems():
    notices, found = load_decisions(ROOT, ENGLAND, DEMO_NOW, SLUGS)
    assert [str(p) for p in found] == []
    assert len(notices) == 10


# -- every bad case, with its exact messages ------------------------------------------------------------

CASES = sorted(p for p in BAD_DECISIONS.iterdir() if p.is_dir())


def test_there_are_at_least_ten_bad_cases():
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_bad_decision_gives_the_exact_messages(case, tmp_path):
    project = project_with(tmp_path, {p.name: p for p in case.iterdir() if p.name != "expected.txt"})
    notices, found = load_decisions(project, ENGLAND, DEMO_NOW, SLUGS)
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert [str(p) for p in Problems(found).sorted()] == expected
    has_errors = any(p.severity is Severity.ERROR for p in found)
    assert has_errors == any(": warning: " not in line for line in expected)
    assert (not notices) == has_errors
