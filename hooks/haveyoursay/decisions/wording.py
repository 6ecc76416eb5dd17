"""Every sentence residents read about decision notices, in one place: the mirror of consultations' wording.

Statuses, the one sentence that says where a decision stands (shown in its
banner, in lists and on the consultation pages it considered), the notice's
headings and facts, and the titles of the list of decisions and the forward plan; the words of the
other list pages (by ward, decision maker and month) and the counts are in ``lists``. Each is said in the
language spoken now (``core.translations``): functions through ``_``, with dates in that language; the
constants are English, marked ``N_``, and said through ``_`` where they are shown (a constant is made
once, at import, in English).
"""

from __future__ import annotations

from datetime import date, datetime

from ..core.london import to_london
from ..core.settings import CouncilSettings
from ..core.translations import N_, _, format_date, format_moment
from .record import DecisionRecord
from .status import DecisionStatus, call_in_deadline_of, decision_status, implementable_from

STATUS_LABELS = {
    DecisionStatus.FORWARD_PLAN: N_("Forward plan: not yet decided"),
    DecisionStatus.CALL_IN_PERIOD: N_("Decided: can be called in"),
    DecisionStatus.CALL_IN_ENDED: N_("Decided: call-in period over"),
    DecisionStatus.CALLED_IN: N_("Called in"),
    DecisionStatus.IN_FORCE: N_("In force"),
    DecisionStatus.NOT_AGREED: N_("Not agreed"),
}

KEY_REASONS = {
    "expenditure": N_("Expenditure above the key decision threshold"),
    "savings": N_("Savings above the key decision threshold"),
    "wards": N_("Significant effect on communities in two or more wards"),
}
URGENT_ROUTES = {
    "general exception": N_("General exception: the decision could not wait for 28 clear days' notice"),
    "special urgency": N_("Special urgency: the chair of scrutiny agreed the decision is urgent and cannot wait"),
}
SCHEDULE_12A = {
    1: N_("Information relating to any individual"),
    2: N_("Information which is likely to reveal the identity of an individual"),
    3: N_("Information relating to the financial or business affairs of any particular person (including the council)"),
    4: N_(
        "Information relating to consultations or negotiations on a labour relations matter "
        "between the council and its employees"
    ),
    5: N_("Information in respect of which a claim to legal professional privilege could be maintained"),
    6: N_(
        "Information which reveals that the council proposes to give a notice imposing requirements "
        "on a person, or to make an order or direction"
    ),
    7: N_("Information relating to the prevention, investigation or prosecution of crime"),
}
"""Schedule 12A to the Local Government Act 1972, Part 1 (England), in short."""
CALL_IN_RESULTS = {
    "no further action": N_("The committee took no further action. The decision can be implemented."),
    "referred back": N_("The committee referred it back to the decision maker to think again."),
    "referred to full council": N_("The committee referred it to full Council."),
}

KEY_DECISION = N_("Key decision")
DECISION = N_("Decision")
NOT_AGREED_REASON = N_("Why it was not agreed")
CANNOT_BE_CALLED_IN_REASON = N_("Why it cannot be called in")
PART_TITLES = {
    "part-a": N_("Part A: report seeking decision"),
    "part-b": N_("Part B: implications and risks"),
    "part-c": N_("Part C: record of decision"),
}
SECTION_HEADINGS = (
    N_("Decision requested and recommended action"),
    N_("Authority"),
    N_("Reasons for the decision"),
    N_("Other options considered and rejected"),
    N_("Pre-decision consultation"),
    N_("Legal implications and risks"),
    N_("Financial implications and risks"),
    N_("Human resources implications and risks"),
    N_("Equalities implications and risks"),
    N_("Health and wellbeing implications and risks"),
    N_("Environmental implications and risks"),
    N_("Background papers"),
)
"""The fixed headings of a notice's body (``record.PART_A`` and ``PART_B``), for the catalogue."""
NO_PART_B = N_("None given.")
NOT_YET_MADE = N_("This decision has not been made yet. The record of the decision will be published here.")
PRE_DECISION_CONSULTATION = N_(
    "<p>We asked residents before this decision was made. See "
    '<a href="#what-residents-told-us">what residents told us</a>.</p>'
)
NOTHING_EXEMPT = N_("None. Everything is published.")
NOT_YET_CONSIDERED = N_("Scrutiny has not considered it yet.")

DECISIONS = (
    N_("Decisions"),
    N_(
        "Decisions made by Cabinet, cabinet members and officers, newest first. Key decisions are "
        "marked. Most decisions can be called in by scrutiny for a few working days after they are "
        "published."
    ),
    N_("No decisions have been published yet."),
)
FORWARD_PLAN = (
    N_("Forward plan of key decisions"),
    N_(
        "Key decisions the council expects to make, soonest first. We "
        "publish notice of a key decision at least 28 clear days before it is made, unless it is urgent."
    ),
    N_("There are no key decisions on the forward plan at the moment."),
)
GROUPS = (N_("Decisions to be made"), N_("Decisions made"))


def part_title(part: str) -> str:
    """ "Part A: report seeking decision" for "part-a", in the language spoken now."""
    return _(PART_TITLES[part])


def status_label(status: DecisionStatus) -> str:
    """ "Called in", or "Wedi’i alw i mewn": a status as a banner, card or feed says it."""
    return _(STATUS_LABELS[status])


def status_sentence(record: DecisionRecord, settings: CouncilSettings | None, now: datetime) -> str:
    """The one sentence that says where a decision stands, for banners, lists and consultation pages."""
    status = decision_status(record, settings, now)
    made = record.record_of_decision
    if status is DecisionStatus.FORWARD_PLAN or made is None:
        due = record.decision_date
        if due is None:
            return _("This decision has not been made yet.")
        if to_london(due).date() < to_london(now).date():
            return _("This decision was expected on {date} but has not been published yet.").format(
                date=format_date(due)
            )
        return _("This decision is expected on {date}.").format(date=format_date(due))
    if status is DecisionStatus.NOT_AGREED:
        return _("The proposal was not agreed on {date}.").format(date=format_date(made.date))
    if status is DecisionStatus.CALL_IN_PERIOD:
        return _("This decision can be called in until {when}.").format(
            when=_moment(call_in_deadline_of(record, settings))
        )
    if status is DecisionStatus.CALL_IN_ENDED:
        return _("The call-in period ended at {when}. This decision can be implemented from {day}.").format(
            when=_moment(call_in_deadline_of(record, settings)), day=_day(implementable_from(record, settings))
        )
    called = record.called_in
    if status is DecisionStatus.CALLED_IN and called is not None:
        outcome = called.outcome
        if outcome is not None and outcome.date <= now:
            if outcome.result == "referred back":
                return _(
                    "This decision was called in. On {date} scrutiny "
                    "referred it back to the decision maker to think again."
                ).format(date=format_date(outcome.date))
            if outcome.result == "referred to full council":
                return _("This decision was called in. On {date} scrutiny referred it to full Council.").format(
                    date=format_date(outcome.date)
                )
        return _(
            "This decision was called in on {date}. It cannot be implemented until scrutiny has considered it."
        ).format(date=format_date(called.date))
    return _("This decision can be implemented from {day}.").format(day=_day(implementable_from(record, settings)))


def _moment(moment: datetime | None) -> str:
    return format_moment(moment) if moment is not None else ""


def _day(day: date | None) -> str:
    return format_date(day) if day is not None else ""


def notice_given_sentence(key: bool, given: datetime) -> str:
    if key:
        return _("Notice of this key decision was given on {date}.").format(date=format_date(given))
    return _("Notice of this decision was given on {date}.").format(date=format_date(given))


RECORD_TO_FOLLOW = N_("We will publish the record of the decision here once it is made.")
CANNOT_BE_CALLED_IN = N_("It cannot be called in.")


def made_by_sentence(label: str, person: bool, made: datetime) -> str:
    """ "Cabinet made this decision on ...", or, after a person's name and post, with a comma."""
    if person:
        return _("{who}, made this decision on {date}.").format(who=label, date=format_date(made))
    return _("{who} made this decision on {date}.").format(who=label, date=format_date(made))


def if_not_called_in(day: date | None) -> str:
    return _("If it is not called in, it can be implemented from {day}.").format(day=_day(day))


def stale_after_call_in(deadline: datetime) -> str:
    return _(
        "The time to call in this decision ended at {when}. This page was made before "
        "then, so it may still say the decision can be called in."
    ).format(when=format_moment(deadline))


def committee_will_consider(committee: str) -> str:
    return _("The {committee} will consider it.").format(committee=committee)


def no_further_action(called: datetime, considered: datetime) -> str:
    return _("It was called in on {called}. On {considered} scrutiny decided to take no further action.").format(
        called=format_date(called), considered=format_date(considered)
    )


def card_when(decided: bool, made: datetime | None, due: datetime | None, maker: str) -> str:
    if decided and made is not None:
        return _("Decided on {date}. Decision maker: {maker}.").format(date=format_date(made), maker=maker)
    if due:
        return _("Expected on {date}. Decision maker: {maker}.").format(date=format_date(due), maker=maker)
    return _("Date to be confirmed. Decision maker: {maker}.").format(maker=maker)


def card_footer(wards: str, reference: str) -> str:
    return _("Wards: {wards}. Reference: {reference}.").format(wards=wards, reference=reference)


def reads_as_it_is(role: str) -> bool:
    """ "Cabinet" (or a role in lower case) reads as it is; a post reads "the Director of Resources"."""
    return role.casefold() == "cabinet" or role[:1].islower()


def money(amount: int) -> str:
    return f"£{amount:,}"


FACTS = {
    "reference": N_("Reference"),
    "decision_maker": N_("Decision maker"),
    "officer_decision": N_("{maker} (officer decision)"),
    "cabinet_member": N_("Cabinet member"),
    "lead_officer": N_("Lead officer"),
    "report_author": N_("Report author and contact"),
    "policy_context": N_("Policy context"),
    "financial_summary": N_("Financial summary"),
    "expenditure": N_("Expenditure"),
    "savings": N_("Savings"),
    "key_decision": N_("Key decision"),
    "key_reason": N_("Reason the decision is key"),
    "wards": N_("Wards affected"),
    "notice_given": N_("Date notice given"),
    "decided": N_("Date of decision"),
    "expected": N_("Decision expected"),
    "scrutiny_committee": N_("Relevant scrutiny committee"),
    "urgent": N_("Urgent decision"),
    "exempt_from_call_in": N_("Exempt from call-in"),
    "exempt_information": N_("Exempt information"),
    "objectives": N_("Council objectives"),
    # Part C
    "decision": N_("Decision"),
    "what_was_decided": N_("What was decided"),
    "published": N_("Date published"),
    "call_in_deadline": N_("Call-in deadline"),
    "implementable_from": N_("Can be implemented from"),
    "conflicts": N_("Conflicts of interest declared"),
    "dispensations": N_("Dispensations granted"),
    # Call-in
    "called_in_on": N_("Called in on"),
    "called_in_by": N_("Called in by"),
    "call_in_reason": N_("Why it was called in"),
    "considered_by": N_("Considered by"),
    "call_in_outcome": N_("Outcome"),
}
"""The labels of a notice's summary lists, in the seed notice's words (shown through ``_``)."""
YES, NO, NONE = N_("Yes"), N_("No"), N_("None")
AGREED, NOT_AGREED = N_("Proposal agreed"), N_("Proposal not agreed")
CANNOT_BE_CALLED_IN_FACT = N_("This decision cannot be called in")
NOT_UNTIL_CONSIDERED = N_("Not until scrutiny has considered the call-in")


def amount(what: str, pounds: int) -> str:
    """ "Expenditure: £24,000,000.": ``what`` is the label as shown, already in the language spoken now."""
    return f"{what}: {money(pounds)}."


def key_reason(reason: str, threshold: int, amount: int | None) -> str:
    """Why it is key, truthfully: "above the threshold" only when the amount given is."""
    if reason == "wards":
        return _(KEY_REASONS[reason])
    if amount is not None and amount > threshold:
        return f"{_(KEY_REASONS[reason])} ({money(threshold)})"
    if reason == "expenditure":
        return _("Expenditure significant for the service's budget (the key decision threshold is {threshold})").format(
            threshold=money(threshold)
        )
    return _("Savings significant for the service's budget (the key decision threshold is {threshold})").format(
        threshold=money(threshold)
    )


def urgent(route: str, reason: str) -> str:
    return f"{_(YES)}. {_(URGENT_ROUTES[route])}. {reason}"


def exempt_from_call_in(reason: str) -> str:
    return f"{_(YES)}. {reason}"


def exempt_information(paragraph: int, withheld: str, nation: str) -> str:
    """The paragraph that lets the council withhold it, in the nation's own law, and what is withheld."""
    if nation == "england":
        return _("Schedule 12A, paragraph {paragraph}: {information}. Not published: {withheld}").format(
            paragraph=paragraph, information=_(SCHEDULE_12A[paragraph]).lower(), withheld=withheld
        )
    if nation == "wales" and paragraph - 11 in SCHEDULE_12A:  # Part 4 for Wales: 12 to 18 match England's 1 to 7
        return _("Schedule 12A (Part 4), paragraph {paragraph}: {information}. Not published: {withheld}").format(
            paragraph=paragraph, information=_(SCHEDULE_12A[paragraph - 11]).lower(), withheld=withheld
        )
    law = {
        "scotland": N_("Schedule 7A to the Local Government (Scotland) Act 1973"),
        "northern-ireland": N_("Schedule 6 to the Local Government Act (Northern Ireland) 2014"),
    }.get(nation, "")
    return _("{law}, paragraph {paragraph}. Not published: {withheld}").format(
        law=_(law) if law else "", paragraph=paragraph, withheld=withheld
    )


def call_in_outcome(considered: datetime, result: str, details: str | None) -> str:
    """ "12 March 2026: The committee took no further action. ...", then the council's own details."""
    return f"{format_date(considered)}: {_(CALL_IN_RESULTS[result])}" + (f" {details}" if details else "")


DECISION_FIGURES = {
    "made": N_("Decisions made"),
    "named": N_("Decisions that named a consultation they considered"),
    "key_made": N_("Key decisions made"),
    "key_named": N_("Key decisions that named a consultation"),
}
"""The labels of the decision figures on the How we are doing page (site.figures), shown through ``_``."""


SEARCH_KIND = N_("Decision notice")
"""A decision notice's type in search results and the search page's filters (shown through ``_``)."""


def search_date(decided: bool, day: datetime | None) -> str:
    """What a search result says under a notice's title: when it was decided, or when it is expected."""
    if day is None:
        return _("Decision date to be confirmed")
    if decided:
        return _("Decision date: {date}").format(date=format_date(day))
    return _("Decision expected: {date}").format(date=format_date(day))


# -- From consultation to decision: the timeline (site.timeline) ---------------------------------

TIMELINE = N_("From consultation to decision")
STEPS = {
    "notice": N_("Notice of the decision"),
    "key_notice": N_("Notice of the key decision"),
    "made": N_("Decision made"),
    "call_in": N_("Call-in period ends"),
    "called_in": N_("Called in"),
    "scrutiny": N_("Scrutiny considers the call-in"),
    "in_force": N_("Decision in force"),
}
STEP_DETAILS = {
    "expected": N_("We will publish the record of the decision once it is made."),
    "call_in_period": N_("Until then, councillors can call in the decision, so that scrutiny looks at it again."),
    "not_called_in": N_("It was not called in."),
}
DATE_TO_BE_CONFIRMED = N_("date to be confirmed")
"""STEPS, STEP_DETAILS, this, CALL_IN_RESULTS and CANNOT_BE_CALLED_IN: ``site.timeline`` says them through ``_``."""


def timeline_title(consultation: str, many: bool) -> str:
    """On a notice's page, one timeline for each consultation it considered, named when there are several."""
    if many:
        return _("From consultation to decision: {consultation}").format(consultation=consultation)
    return _(TIMELINE)


def expected_on(due: datetime | None) -> str:
    return _("expected on {date}").format(date=format_date(due)) if due is not None else _(DATE_TO_BE_CONFIRMED)


def from_day(day: date) -> str:
    return _("from {date}").format(date=format_date(day))


def made_step(role: str, agreed: bool) -> str:
    """ "Cabinet agreed the proposal.", "The Director of Place did not agree the proposal."."""
    if reads_as_it_is(role):
        who = f"{role[:1].upper()}{role[1:]}"
        if agreed:
            return _("{who} agreed the proposal.").format(who=who)
        return _("{who} did not agree the proposal.").format(who=who)
    if agreed:
        return _("The {role} agreed the proposal.").format(role=role)
    return _("The {role} did not agree the proposal.").format(role=role)


def called_in_by(by: str) -> str:
    return _("{by} called it in.").format(by=by)


def scrutiny_will_consider(committee: str) -> str:
    if committee:
        return _("The {committee} will consider it. Until then, the decision cannot be put into effect.").format(
            committee=committee
        )
    return _("Scrutiny will consider it. Until then, the decision cannot be put into effect.")


def notice_link(title: str) -> str:
    """On a consultation's timeline, the link to the notice of a decision it fed."""
    return _("Decision notice: {title}").format(title=title)
