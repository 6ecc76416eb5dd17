"""Every sentence residents read about decision notices, in one place: the mirror of consultations' wording.

Statuses, the one sentence that says where a decision stands (shown in its
banner, in lists and on the consultation pages it considered), the notice's
headings and facts, list titles and introductions.
"""

from __future__ import annotations

from datetime import date, datetime

from ..core.london import MONTHS, format_date, format_moment, to_london
from ..core.settings import CouncilSettings
from ..site.wording import counted
from .record import DecisionRecord
from .status import DecisionStatus, call_in_deadline_of, decision_status, implementable_from

STATUS_LABELS = {
    DecisionStatus.FORWARD_PLAN: "Forward plan: not yet decided",
    DecisionStatus.CALL_IN_PERIOD: "Decided: can be called in",
    DecisionStatus.CALL_IN_ENDED: "Decided: call-in period over",
    DecisionStatus.CALLED_IN: "Called in",
    DecisionStatus.IN_FORCE: "In force",
    DecisionStatus.NOT_AGREED: "Not agreed",
}

KEY_REASONS = {
    "expenditure": "Expenditure above the key decision threshold",
    "savings": "Savings above the key decision threshold",
    "wards": "Significant effect on communities in two or more wards",
}
URGENT_ROUTES = {
    "general exception": "General exception: the decision could not wait for 28 clear days' notice",
    "special urgency": "Special urgency: the chair of scrutiny agreed the decision is urgent and cannot wait",
}
SCHEDULE_12A = {
    1: "Information relating to any individual",
    2: "Information which is likely to reveal the identity of an individual",
    3: "Information relating to the financial or business affairs of any particular person (including the council)",
    4: "Information relating to consultations or negotiations on a labour relations matter "
    "between the council and its employees",
    5: "Information in respect of which a claim to legal professional privilege could be maintained",
    6: "Information which reveals that the council proposes to give a notice imposing requirements "
    "on a person, or to make an order or direction",
    7: "Information relating to the prevention, investigation or prosecution of crime",
}
"""Schedule 12A to the Local Government Act 1972, Part 1 (England), in short."""
CALL_IN_RESULTS = {
    "no further action": "The committee took no further action. The decision can be implemented.",
    "referred back": "The committee referred it back to the decision maker to think again.",
    "referred to full council": "The committee referred it to full Council.",
}

KEY_DECISION = "Key decision"
DECISION = "Decision"
NOT_AGREED_REASON = "Why it was not agreed"
CANNOT_BE_CALLED_IN_REASON = "Why it cannot be called in"
PART_TITLES = {
    "part-a": "Part A: report seeking decision",
    "part-b": "Part B: implications and risks",
    "part-c": "Part C: record of decision",
}
NO_PART_B = "None given."
NOT_YET_MADE = "This decision has not been made yet. The record of the decision will be published here."
PRE_DECISION_CONSULTATION = (
    "<p>We asked residents before this decision was made. See "
    '<a href="#what-residents-told-us">what residents told us</a>.</p>'
)
NOTHING_EXEMPT = "None. Everything is published."
NOT_YET_CONSIDERED = "Scrutiny has not considered it yet."

DECISIONS = (
    "Decisions",
    "Decisions made by Cabinet, cabinet members and officers, newest first. Key decisions are "
    "marked. Most decisions can be called in by scrutiny for a few working days after they are "
    "published.",
    "No decisions have been published yet.",
)
FORWARD_PLAN = (
    "Forward plan of key decisions",
    "Key decisions the council expects to make, soonest first. We "
    "publish notice of a key decision at least 28 clear days before it is made, unless it is urgent.",
    "There are no key decisions on the forward plan at the moment.",
)
FORWARD_PLAN_LINK = "Forward plan: key decisions to be made"
ALL_DECISIONS_MADE = "All decisions made"
ALL_DECISIONS = "All decisions"
BROWSE = {"by-ward": "Browse by ward", "by-decision-maker": "Browse by decision maker", "by-month": "Browse by month"}
GROUPS = ("Decisions to be made", "Decisions made")


def count(number: int) -> str:
    return counted(number, "decision") + "."


def count_of(number: int) -> str:
    return counted(number, "decision")


def status_sentence(record: DecisionRecord, settings: CouncilSettings | None, now: datetime) -> str:
    """The one sentence that says where a decision stands, for banners, lists and consultation pages."""
    status = decision_status(record, settings, now)
    made = record.record_of_decision
    if status is DecisionStatus.FORWARD_PLAN or made is None:
        due = record.decision_date
        if due is None:
            return "This decision has not been made yet."
        if to_london(due).date() < to_london(now).date():
            return f"This decision was expected on {format_date(due)} but has not been published yet."
        return f"This decision is expected on {format_date(due)}."
    if status is DecisionStatus.NOT_AGREED:
        return f"The proposal was not agreed on {format_date(made.date)}."
    if status is DecisionStatus.CALL_IN_PERIOD:
        return f"This decision can be called in until {_moment(call_in_deadline_of(record, settings))}."
    if status is DecisionStatus.CALL_IN_ENDED:
        return (
            f"The call-in period ended at {_moment(call_in_deadline_of(record, settings))}. "
            f"This decision can be implemented from {_day(implementable_from(record, settings))}."
        )
    called = record.called_in
    if status is DecisionStatus.CALLED_IN and called is not None:
        outcome = called.outcome
        if outcome is not None and outcome.date <= now:
            if outcome.result == "referred back":
                return (
                    f"This decision was called in. On {format_date(outcome.date)} scrutiny "
                    f"referred it back to the decision maker to think again."
                )
            if outcome.result == "referred to full council":
                return (
                    f"This decision was called in. On {format_date(outcome.date)} scrutiny referred it to full Council."
                )
        return (
            f"This decision was called in on {format_date(called.date)}. "
            f"It cannot be implemented until scrutiny has considered it."
        )
    return f"This decision can be implemented from {_day(implementable_from(record, settings))}."


def _moment(moment: datetime | None) -> str:
    return format_moment(moment) if moment is not None else ""


def _day(day: date | None) -> str:
    return format_date(day) if day is not None else ""


def notice_given_sentence(key: bool, given: datetime) -> str:
    return f"Notice of this {'key decision' if key else 'decision'} was given on {format_date(given)}."


RECORD_TO_FOLLOW = "We will publish the record of the decision here once it is made."
CANNOT_BE_CALLED_IN = "It cannot be called in."


def made_by_sentence(label: str, person: bool, made: datetime) -> str:
    return f"{label}{', ' if person else ' '}made this decision on {format_date(made)}."


def if_not_called_in(day: date | None) -> str:
    return f"If it is not called in, it can be implemented from {_day(day)}."


def stale_after_call_in(deadline: datetime) -> str:
    return (
        f"The time to call in this decision ended at {format_moment(deadline)}. This page was made before "
        "then, so it may still say the decision can be called in."
    )


def committee_will_consider(committee: str) -> str:
    return f"The {committee} will consider it."


def no_further_action(called: datetime, considered: datetime) -> str:
    return (
        f"It was called in on {format_date(called)}. On {format_date(considered)} scrutiny decided to take "
        f"no further action."
    )


def card_when(decided: bool, made: datetime | None, due: datetime | None, maker: str) -> str:
    if decided and made is not None:
        when = f"Decided on {format_date(made)}"
    else:
        when = f"Expected on {format_date(due)}" if due else "Date to be confirmed"
    return f"{when}. Decision maker: {maker}."


def card_footer(wards: str, reference: str) -> str:
    return f"Wards: {wards}. Reference: {reference}."


def the(role: str) -> str:
    """ "Cabinet" reads as it is; a post reads "the Director of Resources"."""
    return role if role.casefold() == "cabinet" or role[:1].islower() else f"the {role}"


def ward_page(ward: str, former: bool = False) -> tuple[str, str, str]:
    if former:
        return (
            f"Decisions affecting {ward} (a former ward)",
            f"{ward} was a ward until the ward boundaries changed. These decisions were about it.",
            "",
        )
    return (
        f"Decisions affecting {ward} ward",
        f"Decisions that affect {ward} ward, including those for the whole borough.",
        "There are no decisions for this ward yet.",
    )


def decision_maker_page(role: str) -> tuple[str, str]:
    return f"Decisions by {the(role)}", f"Decisions made, or to be made, by {the(role)}."


def month_key(moment: datetime) -> str:
    local = to_london(moment)
    return f"{local.year}-{local.month:02d}"


def month_name(key: str) -> str:
    year, month = key.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def month_page(key: str) -> tuple[str, str]:
    return f"Decisions made in {month_name(key)}", f"Decisions made in {month_name(key)}, newest first."


def money(amount: int) -> str:
    return f"£{amount:,}"


FACTS = {
    "reference": "Reference",
    "decision_maker": "Decision maker",
    "officer_decision": " (officer decision)",
    "cabinet_member": "Cabinet member",
    "lead_officer": "Lead officer",
    "report_author": "Report author and contact",
    "policy_context": "Policy context",
    "financial_summary": "Financial summary",
    "expenditure": "Expenditure",
    "savings": "Savings",
    "key_decision": "Key decision",
    "key_reason": "Reason the decision is key",
    "wards": "Wards affected",
    "notice_given": "Date notice given",
    "decided": "Date of decision",
    "expected": "Decision expected",
    "scrutiny_committee": "Relevant scrutiny committee",
    "urgent": "Urgent decision",
    "exempt_from_call_in": "Exempt from call-in",
    "exempt_information": "Exempt information",
    "objectives": "Council objectives",
    # Part C
    "decision": "Decision",
    "what_was_decided": "What was decided",
    "published": "Date published",
    "call_in_deadline": "Call-in deadline",
    "implementable_from": "Can be implemented from",
    "conflicts": "Conflicts of interest declared",
    "dispensations": "Dispensations granted",
    # Call-in
    "called_in_on": "Called in on",
    "called_in_by": "Called in by",
    "call_in_reason": "Why it was called in",
    "considered_by": "Considered by",
    "call_in_outcome": "Outcome",
}
"""The labels of a notice's summary lists, in the seed notice's words."""
YES, NO, NONE = "Yes", "No", "None"
AGREED, NOT_AGREED = "Proposal agreed", "Proposal not agreed"
CANNOT_BE_CALLED_IN_FACT = "This decision cannot be called in"
NOT_UNTIL_CONSIDERED = "Not until scrutiny has considered the call-in"


def amount(what: str, pounds: int) -> str:
    return f"{what}: {money(pounds)}."


def key_reason(reason: str, threshold: int, amount: int | None) -> str:
    """Why it is key, truthfully: "above the threshold" only when the amount given is."""
    if reason == "wards":
        return KEY_REASONS[reason]
    if amount is not None and amount > threshold:
        return f"{KEY_REASONS[reason]} ({money(threshold)})"
    what = "Expenditure" if reason == "expenditure" else "Savings"
    return f"{what} significant for the service's budget (the key decision threshold is {money(threshold)})"


def urgent(route: str, reason: str) -> str:
    return f"{YES}. {URGENT_ROUTES[route]}. {reason}"


def exempt_from_call_in(reason: str) -> str:
    return f"{YES}. {reason}"


def exempt_information(paragraph: int, withheld: str, nation: str) -> str:
    """The paragraph that lets the council withhold it, in the nation's own law, and what is withheld."""
    if nation == "england":
        return f"Schedule 12A, paragraph {paragraph}: {SCHEDULE_12A[paragraph].lower()}. Not published: {withheld}"
    if nation == "wales" and paragraph - 11 in SCHEDULE_12A:  # Part 4 for Wales: 12 to 18 match England's 1 to 7
        return (
            f"Schedule 12A (Part 4), paragraph {paragraph}: {SCHEDULE_12A[paragraph - 11].lower()}. "
            f"Not published: {withheld}"
        )
    law = {
        "scotland": "Schedule 7A to the Local Government (Scotland) Act 1973",
        "northern-ireland": "Schedule 6 to the Local Government Act (Northern Ireland) 2014",
    }.get(nation, "")
    return f"{law}, paragraph {paragraph}. Not published: {withheld}"


def call_in_outcome(considered: datetime, result: str, details: str | None) -> str:
    return f"{format_date(considered)}: {CALL_IN_RESULTS[result]}" + (f" {details}" if details else "")


DECISION_FIGURES = {
    "made": "Decisions made",
    "named": "Decisions that named a consultation they considered",
    "key_made": "Key decisions made",
    "key_named": "Key decisions that named a consultation",
}
"""The labels of the decision figures on the How we are doing page (site.figures)."""


SEARCH_KIND = "Decision notice"
"""A decision notice's type in search results and the search page's filters."""


def search_date(decided: bool, day: datetime | None) -> str:
    """What a search result says under a notice's title: when it was decided, or when it is expected."""
    if day is None:
        return "Decision date to be confirmed"
    return f"Decision date: {format_date(day)}" if decided else f"Decision expected: {format_date(day)}"


# -- From consultation to decision: the timeline (site.timeline) ---------------------------------

TIMELINE = "From consultation to decision"
STEPS = {
    "notice": "Notice of the decision",
    "key_notice": "Notice of the key decision",
    "made": "Decision made",
    "call_in": "Call-in period ends",
    "called_in": "Called in",
    "scrutiny": "Scrutiny considers the call-in",
    "in_force": "Decision in force",
}
STEP_DETAILS = {
    "expected": "We will publish the record of the decision once it is made.",
    "call_in_period": "Until then, councillors can call in the decision, so that scrutiny looks at it again.",
    "not_called_in": "It was not called in.",
}
DATE_TO_BE_CONFIRMED = "date to be confirmed"


def timeline_title(consultation: str, many: bool) -> str:
    """On a notice's page, one timeline for each consultation it considered, named when there are several."""
    return f"{TIMELINE}: {consultation}" if many else TIMELINE


def expected_on(due: datetime | None) -> str:
    return f"expected on {format_date(due)}" if due is not None else DATE_TO_BE_CONFIRMED


def from_day(day: date) -> str:
    return f"from {format_date(day)}"


def made_step(role: str, agreed: bool) -> str:
    """ "Cabinet agreed the proposal.", "The Director of Place did not agree the proposal."."""
    who = the(role)
    return f"{who[:1].upper()}{who[1:]} {'agreed' if agreed else 'did not agree'} the proposal."


def called_in_by(by: str) -> str:
    return f"{by} called it in."


def scrutiny_will_consider(committee: str) -> str:
    who = f"The {committee}" if committee else "Scrutiny"
    return f"{who} will consider it. Until then, the decision cannot be put into effect."


def notice_link(title: str) -> str:
    """On a consultation's timeline, the link to the notice of a decision it fed."""
    return f"Decision notice: {title}"
