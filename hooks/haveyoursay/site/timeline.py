"""What happens and when: a consultation's journey from start to finish, with the decisions it fed.

A resident who had their say wants to know where things have got to and what
comes next: the consultation opens, its events, it closes, the outcome is
published (or is due, or overdue), and each decision it fed: notice given,
the decision made, the end of the call-in period and the day it comes into
force (or its call-in and what scrutiny did). A consultation's page shows its
timeline; a decision notice's page shows one for each consultation it
considered, with this decision's steps.

Each step comes from the records and their status at "now" (each half's
``status``), worked out at build time like the banner, and steps are in the
order they happen (or are due). The records of the other kind come from
``site.indexes``, so no page looks through all the records. The timeline
joins both halves, so it is built here (a half never imports the other); the
words are in each half's ``wording``, the states' in ``site.wording``. Their
constants are marked there and said here, through ``_``, in the language spoken
when the timeline is made; dates are written in it too (``core.translations``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from ..consultations import wording as consultation_wording
from ..consultations.pages import PublishedConsultations
from ..consultations.record import Consultation
from ..consultations.status import Status, outcome_due, outcome_overdue
from ..core.london import london_midnight, to_london
from ..core.translations import _, format_date, format_moment
from ..decisions import wording as decision_wording
from ..decisions.pages import PublishedDecisions
from ..decisions.record import DecisionNotice
from ..decisions.status import DecisionStatus, call_in_deadline_of, implementable_from
from . import wording
from .components import LinkView, StepState, Timeline, TimelineStep

CONSULTATION_TIMELINE_ID = "what-happens-and-when"
DECISION_TIMELINE_ID = "from-consultation-to-decision"


@dataclass(frozen=True)
class Step:
    """A step as one record tells it, before the timeline puts the steps in order and finds the current one."""

    label: str
    when: str
    moment: datetime | None
    """When it happens or is due, to put it in order; None if not known yet (it then comes last)."""
    done: bool
    detail: str = ""
    link: LinkView | None = None
    milestone: bool = True
    """False for an event: it is done or to come, never the step the journey waits on."""


def timeline_in_order(title: str, anchor: str, steps: Iterable[Step]) -> Timeline:
    """The steps in the order they happen, each done, current or to come.

    The current step is the first milestone not yet done, once any milestone
    is done: an open consultation is at its closing, a closed one at its
    outcome, a decision on the forward plan at being made. A consultation that
    has not opened has no current step yet, and a journey that has ended (the
    decision in force, a proposal not agreed, a consultation withdrawn) has none left.
    """
    ordered = sorted(steps, key=lambda step: (step.moment is None, step.moment or datetime.min))
    begun = any(step.done and step.milestone for step in ordered)
    current = next((i for i, step in enumerate(ordered) if step.milestone and not step.done), None) if begun else None
    return Timeline(title, anchor, tuple(_shown(step, i == current) for i, step in enumerate(ordered)))


def _shown(step: Step, current: bool) -> TimelineStep:
    state = StepState.DONE if step.done else StepState.CURRENT if current else StepState.TO_COME
    return TimelineStep(step.label, step.when, state, _said(wording.STEP_STATES, state.value), step.detail, step.link)


def consultation_timeline(
    consultations: PublishedConsultations,
    consultation: Consultation,
    decisions: PublishedDecisions,
    notices: Sequence[DecisionNotice],
) -> Timeline:
    """A consultation's timeline on its own page: its steps and those of each decision it fed (``notices``,
    from site.indexes), each decision's first step linked to its notice. Nothing comes after a withdrawal."""
    steps = consultation_steps(consultations, consultation)
    if consultations.status[consultation.slug] is not Status.WITHDRAWN:
        for notice in notices:
            steps += decision_steps(decisions, notice, here=False)
    return timeline_in_order(_(consultation_wording.TIMELINE), CONSULTATION_TIMELINE_ID, steps)


def decision_timelines(
    decisions: PublishedDecisions,
    notice: DecisionNotice,
    consultations: PublishedConsultations,
    considered: Sequence[Consultation],
) -> tuple[Timeline, ...]:
    """On a notice's page, a timeline for each consultation it considered (from site.indexes): the
    consultation's steps, the first linked to its page, and this decision's."""
    many = len(considered) > 1
    timelines = []
    for number, consultation in enumerate(considered, 1):
        steps = consultation_steps(consultations, consultation, here=False)
        if consultations.status[consultation.slug] is not Status.WITHDRAWN:
            steps += decision_steps(decisions, notice)
        title = decision_wording.timeline_title(consultation.record.title, many)
        anchor = f"{DECISION_TIMELINE_ID}-{number}" if many else DECISION_TIMELINE_ID
        timelines.append(timeline_in_order(title, anchor, steps))
    return tuple(timelines)


def consultation_steps(published: PublishedConsultations, consultation: Consultation, here: bool = True) -> list[Step]:
    """It opens, its events, it closes, and its outcome is published (due by a date, or overdue, until
    then); a withdrawal ends it. ``here``: on its own page, whose sections the steps link to; else on
    a notice's page, where its first step links to it."""
    record, now, words = consultation.record, published.now, consultation_wording
    status = published.status[consultation.slug]
    page = "" if here else consultation.url
    opened = record.opens <= now
    steps = [
        Step(
            _said(words.STEPS, "opens"),
            format_moment(record.opens),
            record.opens,
            opened,
            "" if opened else _said(words.STEP_DETAILS, "opens"),
        )
    ]
    for event in record.events:
        past = event.end <= now
        when = words.event_when(event.start, event.end)
        steps.append(
            Step(event.title, when, event.start, past, "" if past else _said(words.STEP_DETAILS, "event"), None, False)
        )
    link = None if here else LinkView(words.consultation_link(record.title), consultation.url)
    withdrawn = record.withdrawn
    if status is Status.WITHDRAWN and withdrawn is not None:
        gone = withdrawn.date
        steps = [step for step in steps if step.done and step.moment is not None and step.moment < gone]
        steps.append(Step(_said(words.STEPS, "withdrawn"), format_date(gone), gone, True))
        return _linked(steps, link)
    responding = status is Status.OPEN
    steps.append(
        Step(
            _said(words.STEPS, "closes"),
            format_moment(record.closes, closing=True),
            record.closes,
            record.closes <= now,
            _said(words.STEP_DETAILS, "open") if responding else "",
            LinkView(_(words.HOW_TO_RESPOND), f"{page}#ways-to-respond")
            if responding and record.ways_to_respond
            else None,
        )
    )
    steps.append(_outcome(published, consultation, page))
    return _linked(steps, link)


def _outcome(published: PublishedConsultations, consultation: Consultation, page: str) -> Step:
    """The outcome: published (with what we heard), or due by a date (overdue once that day has passed)."""
    record, status, words = consultation.record, published.status[consultation.slug], consultation_wording
    weeks = published.settings.outcome_due_weeks
    outcome, due = record.outcome, outcome_due(record.closes, weeks)
    if status is Status.OUTCOME_PUBLISHED and outcome is not None:
        return Step(
            _said(words.STEPS, "outcome"),
            format_date(outcome.published),
            outcome.published,
            True,
            words.responses_received(outcome.responses),
            LinkView(_(words.WHAT_WE_HEARD), f"{page}#outcome"),
        )
    by = london_midnight(due + timedelta(days=1))  # by the end of the day it is due
    if outcome_overdue(record, published.now, weeks):
        overdue = _said(words.STEPS, "overdue")
        return Step(overdue, words.due_by(due, overdue=True), by, False, _said(words.STEP_DETAILS, "overdue"))
    detail = _said(words.STEP_DETAILS, "analysing") if status is Status.CLOSED else words.outcome_aim(weeks)
    return Step(_said(words.STEPS, "outcome"), words.due_by(due), by, False, detail)


def decision_steps(published: PublishedDecisions, notice: DecisionNotice, here: bool = True) -> list[Step]:
    """Notice given, the decision made (or expected), then the end of the call-in period and the day it
    comes into force, or its call-in and what scrutiny did; nothing after a proposal not agreed. ``here``:
    on its own page; else on a consultation's page, where its first step links to the notice."""
    record, now, words = notice.record, published.now, decision_wording
    link = None if here else LinkView(words.notice_link(record.title), notice.url)
    steps = []
    if record.notice_given is not None:
        label = _said(words.STEPS, "key_notice" if record.key_decision else "notice")
        given = record.notice_given
        steps.append(Step(label, format_date(given), given, given <= now))
    made = record.record_of_decision
    if published.status[notice.reference] is DecisionStatus.FORWARD_PLAN or made is None:
        due = record.decision_date
        expected = _said(words.STEP_DETAILS, "expected")
        steps.append(Step(_said(words.STEPS, "made"), words.expected_on(due), due, False, expected))
        return _linked(steps, link)
    detail = words.made_step(record.decision_maker.role, made.agreed)
    steps.append(Step(_said(words.STEPS, "made"), format_date(made.date), made.date, True, detail))
    if made.agreed:
        steps += _after_the_decision(published, notice, made.published)
    return _linked(steps, link)


def _after_the_decision(published: PublishedDecisions, notice: DecisionNotice, made_public: datetime) -> list[Step]:
    """What follows a decision agreed: in force at once if it cannot be called in; its call-in and what
    scrutiny did; or the end of the call-in period and the day it can be implemented."""
    record, now, settings, words = notice.record, published.now, published.settings, decision_wording
    today = to_london(now).date()
    start = implementable_from(record, settings)
    in_force = (
        [Step(_said(words.STEPS, "in_force"), words.from_day(start), london_midnight(start), start <= today)]
        if start is not None
        else []
    )
    if record.exempt_from_call_in is not None:
        return [replace(step, detail=_(words.CANNOT_BE_CALLED_IN)) for step in in_force]
    called = record.called_in
    if called is not None and called.date <= now:
        considered = called.outcome if called.outcome is not None and called.outcome.date <= now else None
        committee = called.committee or record.scrutiny_committee or ""
        return [
            Step(
                _said(words.STEPS, "called_in"),
                format_date(called.date),
                called.date,
                True,
                words.called_in_by(called.by),
            ),
            Step(
                _said(words.STEPS, "scrutiny"),
                format_date(considered.date) if considered else _(words.DATE_TO_BE_CONFIRMED),
                considered.date if considered else None,
                considered is not None,
                _said(words.CALL_IN_RESULTS, considered.result)
                if considered
                else words.scrutiny_will_consider(committee),
            ),
            *(in_force if considered is not None else []),  # only after no further action can it be implemented
        ]
    deadline = call_in_deadline_of(record, settings)
    if deadline is None:
        return in_force
    ended = deadline <= now
    detail = _said(words.STEP_DETAILS, "not_called_in" if ended else "call_in_period")
    return [Step(_said(words.STEPS, "call_in"), format_moment(deadline), deadline, ended, detail), *in_force]


def _said(words: Mapping[str, str], key: str) -> str:
    """``words[key]`` in the language spoken now. The key is a name, not a sentence, so it is kept out of
    ``_(...)``, where ``pybabel extract`` would take it for a sentence to translate."""
    return _(words[key])


def _linked(steps: list[Step], link: LinkView | None) -> list[Step]:
    """The first step links to the record's own page, when it is shown on the other record's page."""
    if link is None or not steps:
        return steps
    first = min(steps, key=lambda step: (step.moment is None, step.moment or datetime.min))
    return [replace(step, link=link) if step is first else step for step in steps]
