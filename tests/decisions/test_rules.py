"""The decision notice rules, as pure functions: notice, key decisions, the record of the decision, call-in.

The mirror of ``tests/consultations/test_rules.py``. Each test builds a notice
in Python (``examples.notice``), with the council's settings and "now" passed
in, and runs every rule the way ``hub check`` does:
``rules.check(record, source.at, Checking(settings, now))``; a few call one
named rule directly. The links between records (a notice names consultations,
an outcome names a notice) are checked once both kinds are loaded, by
``site.hub.links_between_records``; they are at the end.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

from haveyoursay.core.problems import Locator, Severity
from haveyoursay.decisions import rules
from haveyoursay.decisions.record import DecisionNotice
from haveyoursay.site.hub import Hub, links_between_records, load_hub
from hub_testing import ROOT

from .examples import AT, DEMO_NOW, ENGLAND, checking, council, decided, not_key, notice, problems, record

# -- notice of a key decision: 28 clear days ---------------------------------------------------


def test_a_valid_notice_has_no_problems():
    assert problems(notice()) == []


def test_every_rule_is_run_by_the_check():
    assert (
        rules.report_author_can_be_reached,
        rules.key_decision_says_why,
        rules.only_a_key_decision_has_a_key_reason,
        rules.ward_reason_needs_two_wards,
        rules.spending_above_the_threshold_is_key,
        rules.key_reason_matches_the_money,
        rules.has_a_decision_date,
        rules.key_decision_has_a_notice_date,
        rules.notice_comes_before_the_decision,
        rules.notice_gives_28_clear_days,
        rules.general_exception_gives_5_clear_days,
        rules.expected_decision_is_recorded,
        rules.refusal_says_why,
        rules.record_is_published_after_the_decision,
        rules.call_in_is_possible,
        rules.call_in_is_considered_after_it_is_received,
        rules.call_in_has_a_committee,
        rules.nothing_is_lost_from_the_text,
        rules.summary_is_plain_english,
        rules.uses_the_current_wards,
        rules.has_its_welsh_text,
    ) == rules.RULES


def test_exactly_28_clear_days_notice_is_enough():
    made = decided("2026-07-08", "2026-07-09 10:00")
    assert problems(notice(notice_given="2026-06-09", record_of_decision=made)) == []


def test_27_clear_days_notice_is_too_short_for_a_key_decision():
    assert problems(notice(notice_given="2026-06-10")) == [
        "NDC.md:1: notice_given: notice of this key decision was given only 27 clear days before it "
        "(10 June 2026 for a decision on 8 July 2026); a key decision needs at least 28 clear days "
        "(decide on 9 July 2026 or later; if it cannot wait, add  urgent:  with route: general exception "
        "or special urgency, and the reason)"
    ]


def test_the_28_day_rule_uses_the_expected_date_before_the_decision_is_made():
    planned = notice(record_of_decision=None, notice_given="2026-11-20", decision_expected="2026-12-16")
    assert problems(planned) == [
        "NDC.md:1: notice_given: notice of this key decision was given only 25 clear days before it "
        "(20 November 2026 for a decision on 16 December 2026); a key decision needs at least 28 clear days "
        "(decide on 19 December 2026 or later; if it cannot wait, add  urgent:  with route: general exception "
        "or special urgency, and the reason)"
    ]


def test_short_notice_is_allowed_under_the_general_exception_with_a_reason():
    urgent = {"route": "general exception", "reason": "The grant offer expires on 10 July."}
    assert problems(notice(notice_given="2026-06-25", urgent=urgent)) == []


def test_the_general_exception_still_needs_5_clear_days():
    urgent = {"route": "general exception", "reason": "The grant offer expires on 10 July."}
    assert problems(notice(notice_given="2026-07-02", urgent=urgent)) == []  # 5 clear days
    assert problems(notice(notice_given="2026-07-03", urgent=urgent)) == [
        "NDC.md:1: urgent.route: the general exception needs at least 5 clear days' notice, and only 4 clear "
        "days were given (use  route: special urgency, which needs the agreement of the chair of the scrutiny "
        "committee)"
    ]


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
        "on the forward plan, like  notice_given: 2026-11-06)"
    ]


def test_a_non_key_decision_needs_no_notice():
    small = notice(
        key_decision=False,
        key_decision_reason=None,
        notice_given=None,
        financial_summary={"summary": "£4,000.", "expenditure": 4000},
    )
    assert problems(small) == []


# -- why a decision is key, the threshold, call-in exemptions -----------------------------------


def test_a_key_decision_must_say_why_it_is_key():
    assert problems(notice(key_decision_reason=None)) == [
        "NDC.md:1: key_decision: a key decision must say why it is key (add  key_decision_reason: [expenditure], "
        "[savings] or [wards]; wards means a significant effect on two or more wards)"
    ]


def test_a_reason_for_a_decision_that_is_not_key_is_a_mistake():
    assert problems(
        notice(key_decision=False, notice_given=None, financial_summary={"summary": "None.", "expenditure": 0})
    ) == [
        "NDC.md:1: key_decision_reason: only a key decision has a reason it is key "
        "(write  key_decision: true  or delete key_decision_reason)"
    ]


def test_the_wards_reason_needs_two_or_more_wards():
    assert problems(notice(key_decision_reason=["wards"], wards=["Oakwood"])) == [
        "NDC.md:1: key_decision_reason: a decision is key for its effect on wards only if it affects two or more "
        "(it affects only Oakwood; add the other wards affected, or give another reason)"
    ]
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


def test_spending_above_the_threshold_not_marked_key_is_a_warning():
    found = list(rules.spending_above_the_threshold_is_key(record(not_key(expenditure=600_000)), AT, checking()))
    assert [p.severity for p in found] == [Severity.WARNING]
    assert str(found[0]) == (
        "NDC.md:1: financial_summary.expenditure: warning: spending of £600,000 is above the key decision "
        "threshold of £500,000, but this is not a key decision (check with democratic services; if it is key, "
        "write  key_decision: true  and  key_decision_reason: [expenditure])"
    )


def test_savings_above_the_threshold_not_marked_key_is_a_warning():
    assert problems(not_key(savings="£750,000")) == [
        "NDC.md:1: financial_summary.savings: warning: savings of £750,000 are above the key decision "
        "threshold of £500,000, but this is not a key decision (check with democratic services; if it is key, "
        "write  key_decision: true  and  key_decision_reason: [savings])"
    ]


def test_spending_at_the_threshold_or_below_is_not_a_warning():
    assert problems(not_key(expenditure=500_000)) == []
    assert problems(not_key(expenditure=600_000), settings=council(threshold=750_000)) == []


def test_without_the_councils_settings_the_threshold_is_not_checked():
    assert (
        list(
            rules.spending_above_the_threshold_is_key(record(not_key(expenditure=600_000)), AT, checking(settings=None))
        )
        == []
    )


def test_amounts_can_be_written_as_officers_write_them():
    assert record(not_key(expenditure="£1,240,000")).financial_summary.expenditure == 1_240_000
    assert problems(not_key(expenditure="about a million")) == [
        "NDC.md:1: financial_summary.expenditure: 'about a million' is not an amount in pounds "
        "(write whole pounds, like 175622 or £175,622)"
    ]


# -- the record of the decision, call-in, wards, exempt information -----------------------------


def test_a_proposal_not_agreed_must_say_why():
    assert problems(notice(record_of_decision=decided("2026-07-08", "2026-07-09", agreed=False))) == [
        "NDC.md:1: record_of_decision.agreed: a proposal that was not agreed must say why "
        "(add  not_agreed_because:  with the reason in plain words)"
    ]


CALLED_IN = {
    "date": "2026-11-17",
    "by": "Councillors Ruth Evans, Tom Moore and Aisha Khan",
    "reason": "The effect on small shops.",
}


def test_a_call_in_after_the_deadline_is_refused():
    assert problems(
        notice(
            record_of_decision=decided("2026-11-11", "2026-11-12 10:00"), called_in={**CALLED_IN, "date": "2026-11-20"}
        )
    ) == [
        "NDC.md:1: called_in.date: the call-in was received after the call-in period ended "
        "(the decision could be called in until 5pm on 19 November 2026; check the date)"
    ]


def test_a_decision_exempt_from_call_in_cannot_be_called_in():
    assert problems(notice(exempt_from_call_in="Homes would flood.", called_in=CALLED_IN)) == [
        "NDC.md:1: called_in: this decision is exempt from call-in, so it cannot be called in "
        "(delete one of called_in and exempt_from_call_in)"
    ]


def test_wards_come_from_the_councils_list():
    found = problems(notice(wards=["Oakwood", "Oakwod"]))
    assert len(found) == 1 and "'Oakwod' is not one of the council's wards" in found[0]
    assert "did you mean 'Oakwood'?" in found[0]


def test_schedule_12a_has_paragraphs_1_to_7():
    exempt = record(notice(exempt_information={"paragraph": 3, "withheld": "Appendix 2, the prices."}))
    assert exempt.exempt_information[0].paragraph == 3
    found = problems(notice(exempt_information={"paragraph": 8, "withheld": "Appendix 2."}))
    assert len(found) == 1 and "'8' is not a paragraph of Schedule 12A" in found[0]


# -- the links between records, checked once both kinds are loaded ---------------------------------


@functools.cache
def demo_hub() -> Hub:
    return load_hub(ROOT, DEMO_NOW)


def links_of_a_notice(data: dict) -> list[str]:
    """The link problems of a notice added to the demo hub's published consultations."""
    added = DecisionNotice(
        reference="NDC-2026-017", folder=Path("NDC-2026-017"), record=record(data), body=None, at=Locator("NDC.md")
    )
    hub = Hub(settings=ENGLAND, consultations=demo_hub().consultations, decisions=[added])
    return [str(p) for p in links_between_records(hub) if p.path == "NDC.md"]


def test_pre_decision_consultations_must_be_published_consultations():
    assert links_of_a_notice(notice(consultations=["oakwood-leisure-centre"])) == []
    assert links_of_a_notice(notice(consultations=["oakwood-leisure"])) == [
        "NDC.md:1: consultations[1]: there is no published consultation 'oakwood-leisure' "
        "(did you mean 'oakwood-leisure-centre'?)"
    ]


def test_a_consultation_outcome_must_name_a_loaded_decision():
    demo = demo_hub()
    consultation = next(c for c in demo.consultations if c.slug == "town-centre-masterplan")
    decision = next(d for d in demo.decisions if d.reference == "NDC-2026-011")

    def links(reference: str) -> list[str]:
        outcome = consultation.record.outcome.model_copy(update={"decision": reference})
        named = replace(
            consultation,
            record=consultation.record.model_copy(update={"outcome": outcome}),
            at=Locator("c.md", {("outcome", "decision"): 3}),
        )
        return [
            str(p) for p in links_between_records(Hub(settings=ENGLAND, consultations=[named], decisions=[decision]))
        ]

    assert links("NDC-2026-011") == []
    assert links("NDC-2026-01") == [
        "c.md:3: outcome.decision: there is no decision notice 'NDC-2026-01' (did you mean 'NDC-2026-011'?)"
    ]


def test_a_former_ward_stays_on_a_decision_made_but_not_on_one_still_to_be_made():
    """A boundary review abolished Old Town: decisions made keep it; one on the forward plan uses today's wards."""
    settings = council(former_wards=["Old Town"])
    made = record(notice(wards=["Old Town"]), settings)
    assert list(rules.uses_the_current_wards(made, AT, checking(settings))) == []
    planned = record(notice(wards=["Old Town"], record_of_decision=None, decision_expected="2027-01-20"), settings)
    found = [str(p) for p in rules.uses_the_current_wards(planned, AT, checking(settings))]
    assert found == [
        "NDC.md:1: wards[1]: 'Old Town' is a former ward (a decision that has not been made yet must use the "
        "current wards: " + ", ".join(settings.wards) + ")"
    ]
