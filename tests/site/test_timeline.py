"""What happens and when: the whole journey on one page, from a consultation opening to the decision it fed.

First the timeline as site.timeline works it out, on records built here (a
consultation of six weeks from 2 March 2026 and the key decision it fed, made
by Cabinet on 8 July 2026 and published at 10am the next day), at each moment
of their lives: each step's words, date and state, and the one step the
journey waits on. Then the built demo site: every consultation page, and the
decision notices that considered one, show it as a resident reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from consultations.examples import consultation
from decisions.examples import WARDS, notice
from decisions.examples import decided as decided_on
from haveyoursay.consultations.pages import PublishedConsultations
from haveyoursay.consultations.record import Consultation, ConsultationRecord
from haveyoursay.core.body import Body
from haveyoursay.core.london import parse_when
from haveyoursay.core.problems import Locator
from haveyoursay.core.settings import CouncilSettings
from haveyoursay.core.translations import gettext_for, speaking
from haveyoursay.decisions.pages import PublishedDecisions
from haveyoursay.decisions.record import DecisionBody, DecisionNotice, DecisionRecord
from haveyoursay.site.components import StepState, Timeline
from haveyoursay.site.timeline import Step, consultation_timeline, decision_timelines, timeline_in_order
from hub_testing import text_of

COUNCIL = CouncilSettings.model_validate(
    {
        "name": "Northbrook Borough Council",
        "base_url": "https://haveyoursay.northbrook.example/",
        "accessible_formats_email": "accessibility@northbrook.example",
        "wards": WARDS,
        "topics": ["Libraries and culture"],
        "outcome_due_weeks": 12,
        "call_in": {"working_days": 5, "time": "17:00"},
    }
)
"""Both halves' settings at once: the outcome is due 12 weeks after closing, call-in ends at 5pm on the fifth
working day."""

OPENS, CLOSES, OUTCOME_DUE = ("Consultation opens", "Done", "2 March 2026"), "5pm on 13 April 2026", "by 6 July 2026"
AIM = "We aim to publish it within 12 weeks of the consultation closing."
EXPECTED = "We will publish the record of the decision once it is made."


def a_consultation(**changes: Any) -> Consultation:
    """Six weeks from 2 March 2026 (closing at 5pm on 13 April), online and by post, changed as asked."""
    record = ConsultationRecord.model_validate(consultation(**changes), context={"settings": COUNCIL})
    return Consultation("library-hours", Path("consultations/library-hours"), record, Body("", ()), Locator("C.md"))


def decided(**more: Any) -> dict[str, Any]:
    return decided_on("2026-07-08", "2026-07-09 10:00", **more)


def a_notice(**changes: Any) -> DecisionNotice:
    """The key decision the consultation fed: notice given on 29 May, made by Cabinet on 8 July 2026 (as
    expected) and published at 10am the next day, changed as asked."""
    data = notice(**({"decision_expected": "2026-07-08"} | changes))
    record = DecisionRecord.model_validate(data, context={"settings": COUNCIL})
    body = DecisionBody("", (), ())
    return DecisionNotice(
        record.reference, Path(f"content/decisions/{record.reference}"), record, body, Locator("N.md")
    )


def journey(now: str, consultation: Consultation, *notices: DecisionNotice) -> Timeline:
    """The consultation's timeline on its page at ``now``, with the decisions it fed."""
    moment = parse_when(now)[0]
    consultations = PublishedConsultations([consultation], COUNCIL, moment)
    decisions = PublishedDecisions(list(notices), COUNCIL, moment)
    return consultation_timeline(consultations, consultation, decisions, notices)


def on_the_notice(now: str, notice: DecisionNotice, considered: Sequence[Consultation]) -> tuple[Timeline, ...]:
    moment = parse_when(now)[0]
    consultations = PublishedConsultations(list(considered), COUNCIL, moment)
    decisions = PublishedDecisions([notice], COUNCIL, moment)
    return decision_timelines(decisions, notice, consultations, considered)


def steps(timeline: Timeline) -> list[tuple[str, ...]]:
    """Each step as a resident reads it: what happens, where it stands, when, and any detail."""
    return [(s.label, s.state_words, s.when, *((s.detail,) if s.detail else ())) for s in timeline.steps]


def waiting_on(timeline: Timeline) -> list[str]:
    return [step.label for step in timeline.steps if step.state is StepState.CURRENT]


# -- a consultation on its own --------------------------------------------------------------------


def test_before_it_opens_every_step_is_to_come_and_none_is_current():
    timeline = journey("2026-02-20 12:00", a_consultation())
    assert (timeline.title, timeline.id) == ("What happens and when", "what-happens-and-when")
    assert steps(timeline) == [
        ("Consultation opens", "To come", "2 March 2026", "You can have your say from then."),
        ("Consultation closes", "To come", CLOSES),
        ("Outcome published", "To come", OUTCOME_DUE, AIM),
    ]
    assert waiting_on(timeline) == []


def test_while_open_it_waits_on_closing_and_links_to_the_ways_to_respond():
    timeline = journey("2026-03-10 12:00", a_consultation())
    assert steps(timeline)[:2] == [OPENS, ("Consultation closes", "Next", CLOSES, "You can respond until then.")]
    assert waiting_on(timeline) == ["Consultation closes"]
    closes = timeline.steps[1].link
    assert closes is not None and (closes.text, closes.href) == ("How to respond", "#ways-to-respond")


def test_events_are_in_time_order_done_or_to_come_and_never_the_step_it_waits_on():
    events = [
        {"title": "Evening drop-in", "start": "2026-03-25 18:00", "end": "2026-03-25 20:00"},
        {"title": "Morning drop-in", "start": "2026-03-05 10:00", "end": "2026-03-05 12:00"},
    ]
    timeline = journey("2026-03-10 12:00", a_consultation(events=events))
    assert steps(timeline)[:4] == [
        OPENS,
        ("Morning drop-in", "Done", "10am to midday on 5 March 2026"),
        ("Evening drop-in", "To come", "6pm to 8pm on 25 March 2026", "You can take part in this event."),
        ("Consultation closes", "Next", CLOSES, "You can respond until then."),
    ]


def test_once_closed_it_waits_on_the_outcome_due_twelve_weeks_after_the_closing_day():
    timeline = journey("2026-04-13 17:00", a_consultation())
    assert steps(timeline) == [
        OPENS,
        ("Consultation closes", "Done", CLOSES),
        ("Outcome published", "Next", OUTCOME_DUE, "We are analysing your feedback."),
    ]
    assert timeline.steps[1].link is None, "no way to respond is offered once it has closed"


@pytest.mark.parametrize(
    "now, last",
    [
        ("2026-07-06 23:59", ("Outcome published", "Next", OUTCOME_DUE, "We are analysing your feedback.")),
        ("2026-07-07 00:00", ("Outcome overdue", "Next", "due by 6 July 2026", "We have not published it yet.")),
    ],
)
def test_the_outcome_is_overdue_from_the_day_after_it_was_due(now, last):
    timeline = journey(now, a_consultation())
    assert steps(timeline)[-1] == last
    assert waiting_on(timeline) == [last[0]]


def test_once_the_outcome_is_published_the_journey_is_done_and_links_to_what_we_heard():
    outcome = {"published": "2026-06-01", "responses": 412, "you_said": "Open later.", "we_did": "We will."}
    timeline = journey("2026-06-02 12:00", a_consultation(outcome=outcome))
    assert steps(timeline)[-1] == ("Outcome published", "Done", "1 June 2026", "We received 412 responses.")
    link = timeline.steps[-1].link
    assert link is not None and (link.text, link.href) == ("We asked, you said, we did", "#outcome")
    assert waiting_on(timeline) == []


def test_a_withdrawn_consultation_ends_on_the_day_it_was_withdrawn_with_nothing_after():
    withdrawn = {"date": "2026-03-20", "reason": "We have paused this."}
    events = [{"title": "Evening drop-in", "start": "2026-03-25 18:00", "end": "2026-03-25 20:00"}]
    consultation = a_consultation(withdrawn=withdrawn, events=events)
    timeline = journey("2026-03-25 12:00", consultation, a_notice(record_of_decision=None))
    assert steps(timeline) == [OPENS, ("Consultation withdrawn", "Done", "20 March 2026")]
    assert waiting_on(timeline) == []


# -- with the decision it fed ----------------------------------------------------------------------

OUTCOME = {"published": "2026-06-01", "responses": 412, "you_said": "Open later.", "we_did": "We will."}
HEARD = ("Outcome published", "Done", "1 June 2026", "We received 412 responses.")
NOTICE_GIVEN = ("Notice of the key decision", "Done", "29 May 2026")
MADE = ("Decision made", "Done", "8 July 2026", "Cabinet agreed the proposal.")
CALL_IN_ENDS = "5pm on 16 July 2026"
"""Five clear working days after the record was published on Thursday 9 July."""
CAN_BE_CALLED_IN = "Until then, councillors can call in the decision, so that scrutiny looks at it again."


def fed(now: str, **notice: Any) -> Timeline:
    """The consultation, its outcome published on 1 June, and the decision it fed, at ``now``."""
    return journey(now, a_consultation(outcome=OUTCOME), a_notice(**notice))


def test_notice_given_it_waits_on_the_decision_expected_and_links_to_the_notice():
    timeline = fed("2026-06-15 12:00", record_of_decision=None)
    assert steps(timeline)[2:] == [
        NOTICE_GIVEN,
        HEARD,
        ("Decision made", "Next", "expected on 8 July 2026", EXPECTED),
    ]
    notice = timeline.steps[2].link
    assert notice is not None
    assert (notice.text, notice.href) == (
        "Decision notice: Building a new Oakwood Leisure Centre",
        "decisions/NDC-2026-017/",
    )


def test_an_outcome_due_before_the_decision_is_the_step_it_waits_on_first():
    timeline = journey("2026-06-15 12:00", a_consultation(), a_notice(record_of_decision=None))
    assert [(label, state) for label, state, *_ in steps(timeline)[2:]] == [
        ("Notice of the key decision", "Done"),
        ("Outcome published", "Next"),
        ("Decision made", "To come"),
    ]


def test_made_but_not_yet_published_it_is_still_expected():
    timeline = fed("2026-07-08 18:00")
    assert waiting_on(timeline) == ["Decision made"]
    assert steps(timeline)[-1][2] == "expected on 8 July 2026"


def test_in_its_call_in_period_it_waits_on_the_deadline_then_comes_into_force_the_next_working_day():
    timeline = fed("2026-07-10 12:00")
    assert steps(timeline)[2:] == [
        NOTICE_GIVEN,
        HEARD,
        MADE,
        ("Call-in period ends", "Next", CALL_IN_ENDS, CAN_BE_CALLED_IN),
        ("Decision in force", "To come", "from 17 July 2026"),
    ]


@pytest.mark.parametrize(
    "now, call_in, in_force",
    [
        ("2026-07-16 16:59", ("Call-in period ends", "Next", CALL_IN_ENDS, CAN_BE_CALLED_IN), "To come"),
        ("2026-07-16 17:00", ("Call-in period ends", "Done", CALL_IN_ENDS, "It was not called in."), "Next"),
        ("2026-07-17 00:00", ("Call-in period ends", "Done", CALL_IN_ENDS, "It was not called in."), "Done"),
    ],
)
def test_the_call_in_deadline_is_an_instant_and_the_decision_is_in_force_from_the_next_day(now, call_in, in_force):
    assert steps(fed(now))[-2:] == [call_in, ("Decision in force", in_force, "from 17 July 2026")]


def test_called_in_it_waits_on_scrutiny_with_no_call_in_deadline_and_no_day_in_force():
    called_in = {"date": "2026-07-14", "by": "Councillors Ruth Evans and Tom Moore", "reason": "The cost."}
    timeline = fed("2026-07-15 12:00", called_in=called_in)
    assert steps(timeline)[4:] == [
        MADE,
        ("Called in", "Done", "14 July 2026", "Councillors Ruth Evans and Tom Moore called it in."),
        (
            "Scrutiny considers the call-in",
            "Next",
            "date to be confirmed",
            "The People Overview and Scrutiny Committee will consider it. "
            "Until then, the decision cannot be put into effect.",
        ),
    ]


def test_called_in_and_considered_by_another_committee_names_it():
    called_in = {
        "date": "2026-07-14",
        "by": "Councillor Ruth Evans",
        "reason": "The cost.",
        "committee": "Overview and Scrutiny Management Board",
    }
    timeline = fed("2026-07-15 12:00", called_in=called_in)
    assert timeline.steps[-1].detail == (
        "The Overview and Scrutiny Management Board will consider it. "
        "Until then, the decision cannot be put into effect."
    )


@pytest.mark.parametrize(
    "result, after_scrutiny",
    [
        (
            "no further action",
            [
                (
                    "Scrutiny considers the call-in",
                    "Done",
                    "28 July 2026",
                    "The committee took no further action. The decision can be implemented.",
                ),
                ("Decision in force", "Done", "from 28 July 2026"),
            ],
        ),
        (
            "referred back",
            [
                (
                    "Scrutiny considers the call-in",
                    "Done",
                    "28 July 2026",
                    "The committee referred it back to the decision maker to think again.",
                ),
            ],
        ),
    ],
)
def test_after_scrutiny_it_is_in_force_only_if_they_took_no_further_action(result, after_scrutiny):
    called_in = {
        "date": "2026-07-14",
        "by": "Councillor Ruth Evans",
        "reason": "The cost.",
        "outcome": {"date": "2026-07-28", "result": result},
    }
    timeline = fed("2026-08-03 12:00", called_in=called_in)
    assert steps(timeline)[6:] == after_scrutiny
    assert waiting_on(timeline) == []


def test_a_proposal_not_agreed_ends_the_journey_at_the_decision():
    timeline = fed("2026-07-10 12:00", record_of_decision=decided(agreed=False, not_agreed_because="The cost."))
    assert steps(timeline)[2:] == [
        NOTICE_GIVEN,
        HEARD,
        ("Decision made", "Done", "8 July 2026", "Cabinet did not agree the proposal."),
    ]
    assert waiting_on(timeline) == []


def test_a_decision_that_cannot_be_called_in_is_in_force_from_the_day_it_was_published():
    timeline = fed("2026-07-10 12:00", exempt_from_call_in={"reason": "The pool must close for safety."})
    assert steps(timeline)[4:] == [MADE, ("Decision in force", "Done", "from 9 July 2026", "It cannot be called in.")]


def test_a_decision_that_is_not_key_gives_notice_of_the_decision():
    timeline = fed(
        "2026-07-10 12:00",
        key_decision=False,
        key_decision_reason=None,
        notice_given="2026-06-01",
        financial_summary={"summary": "The cost.", "expenditure": 4000},
    )
    assert ("Notice of the decision", "Done", "1 June 2026") in steps(timeline)


def test_a_consultation_that_fed_two_decisions_shows_both_in_time_order_each_linked_to_its_notice():
    first = a_notice(record_of_decision=None)
    second = a_notice(
        reference="NDC-2026-040",
        title="Library staffing",
        record_of_decision=None,
        notice_given="2026-06-20",
        decision_expected="2026-09-10",
    )
    timeline = journey("2026-06-25 12:00", a_consultation(outcome=OUTCOME), first, second)
    assert [(label, state, when) for label, state, when, *_ in steps(timeline)[2:]] == [
        ("Notice of the key decision", "Done", "29 May 2026"),
        ("Outcome published", "Done", "1 June 2026"),
        ("Notice of the key decision", "Done", "20 June 2026"),
        ("Decision made", "Next", "expected on 8 July 2026"),
        ("Decision made", "To come", "expected on 10 September 2026"),
    ]
    assert [(s.link.text, s.link.href) for s in timeline.steps if s.link and s.label.startswith("Notice")] == [
        ("Decision notice: Building a new Oakwood Leisure Centre", "decisions/NDC-2026-017/"),
        ("Decision notice: Library staffing", "decisions/NDC-2026-040/"),
    ]


# -- on the decision notice --------------------------------------------------------------------------


def test_on_the_notice_the_consultations_first_step_links_to_its_page_and_its_ways_to_respond_are_there():
    (timeline,) = on_the_notice("2026-03-10 12:00", a_notice(record_of_decision=None), [a_consultation()])
    assert (timeline.title, timeline.id) == ("From consultation to decision", "from-consultation-to-decision")
    links = [(s.label, s.link.text, s.link.href) for s in timeline.steps if s.link]
    assert links == [
        ("Consultation opens", "Consultation: Changes to library opening hours", "consultations/library-hours/"),
        ("Consultation closes", "How to respond", "consultations/library-hours/#ways-to-respond"),
    ]
    assert waiting_on(timeline) == ["Consultation closes"]


def test_a_notice_that_considered_two_consultations_has_a_timeline_for_each_named_after_it():
    other = a_consultation(title="Library staffing", opens="2026-04-01", closes="2026-05-01 17:00", outcome=OUTCOME)
    considered = [a_consultation(outcome=OUTCOME), replace(other, slug="library-staffing")]
    timelines = on_the_notice("2026-07-10 12:00", a_notice(), considered)
    assert [(t.title, t.id) for t in timelines] == [
        ("From consultation to decision: Changes to library opening hours", "from-consultation-to-decision-1"),
        ("From consultation to decision: Library staffing", "from-consultation-to-decision-2"),
    ]
    assert [waiting_on(t) for t in timelines] == [["Call-in period ends"], ["Call-in period ends"]]
    assert [t.steps[0].link.href for t in timelines if t.steps[0].link] == [
        "consultations/library-hours/",
        "consultations/library-staffing/",
    ]


# -- the order and the one current step -----------------------------------------------------------


def test_steps_with_no_date_yet_come_last_and_only_the_first_step_not_done_is_current():
    at = parse_when
    made = timeline_in_order(
        "T",
        "t",
        [
            Step("Later", "date to be confirmed", None, False),
            Step("Second", "2 May", at("2026-05-02")[0], False),
            Step("An event", "1 May", at("2026-05-01 10:00")[0], False, milestone=False),
            Step("First", "1 April", at("2026-04-01")[0], True),
        ],
    )
    assert [(s.label, s.state) for s in made.steps] == [
        ("First", StepState.DONE),
        ("An event", StepState.TO_COME),
        ("Second", StepState.CURRENT),
        ("Later", StepState.TO_COME),
    ]


# -- in Welsh: the same journey, its states and dates in Welsh ------------------------------------


def test_welsh_a_consultation_timeline_says_where_each_step_stands_and_when_in_welsh():
    with speaking("cy"):
        timeline = journey("2026-03-10 12:00", a_consultation())
    welsh = gettext_for("cy")
    assert timeline.title == welsh("What happens and when")
    assert [(s.label, s.state_words, s.when) for s in timeline.steps[:2]] == [
        (welsh("Consultation opens"), "Wedi’i wneud", "2 Mawrth 2026"),
        (welsh("Consultation closes"), "Nesaf", "5yh ar 13 Ebrill 2026"),
    ]
    assert timeline.steps[1].detail == welsh("You can respond until then.")
    assert timeline.steps[2].state_words == "I ddod"
    closes = timeline.steps[1].link
    assert closes is not None and (closes.text, closes.href) == ("Sut i ymateb", "#ways-to-respond")


def test_welsh_a_decisions_steps_have_welsh_dates_and_the_call_in_deadline_a_welsh_time():
    with speaking("cy"):
        timeline = journey("2026-07-10 12:00", a_consultation(outcome=OUTCOME), a_notice())
    welsh = gettext_for("cy")
    assert [(s.label, s.state_words, s.when) for s in timeline.steps[2:5]] == [
        (welsh("Notice of the key decision"), "Wedi’i wneud", "29 Mai 2026"),
        (welsh("Outcome published"), "Wedi’i wneud", "1 Mehefin 2026"),
        (welsh("Decision made"), "Wedi’i wneud", "8 Gorffennaf 2026"),
    ]
    call_in = timeline.steps[5]
    assert (call_in.state_words, call_in.when) == ("Nesaf", "5yh ar 16 Gorffennaf 2026")
    assert call_in.detail == welsh(CAN_BE_CALLED_IN)
    link = timeline.steps[3].link
    assert link is not None and link.text == "Gofynnon ni, dywedoch chi, gwnaethon ni"


def test_welsh_a_timeline_made_after_a_welsh_one_is_in_english_again():
    with speaking("cy"):
        journey("2026-03-10 12:00", a_consultation())
    assert steps(journey("2026-03-10 12:00", a_consultation()))[:2] == [
        OPENS,
        ("Consultation closes", "Next", CLOSES, "You can respond until then."),
    ]


# -- on the built demo site ---------------------------------------------------------------------------

# Every consultation of the demo and, at the demo's now (10am on 24 November 2026), the step its journey waits
# on: none before it opens, and none once it has ended.
WAITING_ON = {
    "brookside-day-centre": None,
    "budget-council-tax-2027-28": "Consultation closes",
    "climate-action-plan": None,
    "dog-control-pspo": "Consultation closes",
    "garden-waste-charge": "Consultation closes",
    "housing-allocations-policy": "Consultation closes",
    "kingsmead-residents-parking-zone": "Consultation closes",
    "library-opening-hours": None,
    "licensing-policy-2027": None,
    "northgate-play-area": "Outcome published",
    "oakwood-leisure-centre": None,
    "riverside-cycle-route": None,
    "st-annes-community-garden": None,
    "town-centre-masterplan": None,
    "youth-services-review": "Outcome overdue",
}
GOV_UK_WHEN = (
    r"^(due by |by |from |expected on )?((\d{1,2}(:\d\d)?(am|pm)|midday|midnight) (to \d{1,2}(:\d\d)?(am|pm) |"
    r"to midday |to midnight )?on )?\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{4}$|^date to be confirmed$"
)


@pytest.mark.parametrize("slug", sorted(WAITING_ON))
def test_every_consultation_page_shows_its_timeline_with_dates_in_govuk_style(read_page, slug):
    page = read_page(f"consultations/{slug}/")
    (section,) = page.css("section.hub-timeline")
    assert text_of(page.css_first(f"#{section.attributes['aria-labelledby']}")) == "What happens and when"
    items = section.css("ol.hub-timeline__steps > li")
    assert text_of(items[0].css_first(".hub-timeline__label")) == "Consultation opens"
    whens = [text_of(li.css_first(".hub-timeline__when")) for li in items]
    assert all(re.match(GOV_UK_WHEN, when) for when in whens), whens
    current = [text_of(li.css_first(".hub-timeline__label")) for li in section.css('li[aria-current="step"]')]
    assert current == ([WAITING_ON[slug]] if WAITING_ON[slug] else [])
    assert [text_of(li.css_first(".hub-timeline__state")) for li in section.css('li[aria-current="step"]')] == (
        ["Next"] if WAITING_ON[slug] else []
    )


def test_the_open_consultation_timeline_reads_as_a_resident_hears_it(read_page):
    section = read_page("consultations/garden-waste-charge/").css_first("section.hub-timeline")
    assert [text_of(li) for li in section.css("ol > li")] == [
        "Consultation opens : Done 16 October 2026",
        "Drop-in at Millbrook Library : Done 2pm to 5pm on 4 November 2026",
        "Drop-in at the Town Hall : To come 10am to 1pm on 25 November 2026 You can take part in this event.",
        "Consultation closes : Next 5pm on 27 November 2026 You can respond until then. How to respond",
        "Outcome published : To come by 19 February 2027 We aim to publish it within 12 weeks of the consultation "
        "closing.",
    ]
    assert section.css_first("a").attributes["href"] == "#ways-to-respond"


def test_a_consultation_page_follows_the_decision_it_fed_to_the_notice_and_back(read_page, demo_site):
    consultation = read_page("consultations/oakwood-leisure-centre/").css_first("section.hub-timeline")
    labels = [text_of(li.css_first(".hub-timeline__label")) for li in consultation.css("ol > li")]
    assert labels[-5:] == [
        "Notice of the key decision",
        "Decision made",
        "Outcome published",
        "Call-in period ends",
        "Decision in force",
    ]
    links = {text_of(a): a.attributes["href"] for a in consultation.css("a")}
    assert links == {
        "Decision notice: Building a new Oakwood Leisure Centre": "../../decisions/NDC-2026-017/",
        "We asked, you said, we did": "#outcome",
    }
    assert (demo_site / "decisions/NDC-2026-017/index.html").is_file()

    notice = read_page("decisions/NDC-2026-017/")
    (section,) = notice.css("section.hub-timeline")
    assert text_of(section.css_first("h2")) == "From consultation to decision"
    assert [text_of(li.css_first(".hub-timeline__label")) for li in section.css("ol > li")] == labels
    assert {text_of(a): a.attributes["href"] for a in section.css("a")} == {
        "Consultation: The future of Oakwood Leisure Centre": "../../consultations/oakwood-leisure-centre/",
        "We asked, you said, we did": "../../consultations/oakwood-leisure-centre/#outcome",
    }
    assert not section.css("[aria-current]"), "the decision is in force: the journey has ended"


def test_a_notice_that_considered_no_consultation_has_no_timeline(read_page):
    assert not read_page("decisions/NDC-2026-031/").css("section.hub-timeline")
