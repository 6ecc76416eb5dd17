"""A decision notice's status, derived at build time, never stored: the mirror of consultations' status.

It is worked out afresh from "now", the record of the decision, the council's
call-in rules and any call-in: forward plan, call-in period, call-in period
ended (it can be implemented from the next working day), called in, in force
or not agreed. What each status is called, and the sentence that
explains it, are in ``wording``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import Enum

from ..core.london import LONDON, to_london
from ..core.settings import CallIn, CouncilSettings
from ..core.working_days import add_working_days, is_working_day
from .record import DecisionRecord


class DecisionStatus(str, Enum):
    FORWARD_PLAN = "forward_plan"  # notice given, not yet decided
    CALL_IN_PERIOD = "call_in_period"  # decided and published; scrutiny can still call it in
    CALL_IN_ENDED = "call_in_ended"  # the call-in period is over; it can be implemented from the next working day
    CALLED_IN = "called_in"  # called in; cannot be implemented until scrutiny has considered it
    IN_FORCE = "in_force"  # can be implemented
    NOT_AGREED = "not_agreed"  # the proposal was not agreed


def clear_days(notice_given: datetime, decided: datetime) -> int:
    """Whole days between the two, leaving out the day notice is given and the day of decision.

    Notice given on the day of the decision, or after it, gives no clear days at all (0).
    """
    return max(0, (to_london(decided).date() - to_london(notice_given).date()).days - 1)


def _call_in_rules(settings: CouncilSettings | None) -> tuple[CallIn, str]:
    if settings is None:
        return CallIn(), "england-and-wales"
    return settings.call_in, settings.bank_holidays


def call_in_counts_from(record: DecisionRecord, settings: CouncilSettings | None) -> date | None:
    """The day the call-in period counts from, as the council's constitution says.

    Most constitutions count from the day the decision is published; some from the day it was made. Some
    treat a decision published after a set time, or on a day that is not a working day, as published on
    the next working day (``call_in.late_after``).
    """
    made = record.record_of_decision
    if made is None:
        return None
    rules, holidays = _call_in_rules(settings)
    if rules.counted_from == "decision":
        return to_london(made.date).date()
    published = to_london(made.published)
    day = published.date()
    if rules.late_after is not None and (published.time() > rules.late_after or not is_working_day(day, holidays)):
        day = add_working_days(day, 1, holidays)
    return day


def call_in_deadline_of(record: DecisionRecord, settings: CouncilSettings | None) -> datetime | None:
    """The last moment scrutiny can call the decision in; None if it cannot be called in."""
    made = record.record_of_decision
    start = call_in_counts_from(record, settings)
    if made is None or start is None or not made.agreed or record.exempt_from_call_in is not None:
        return None
    rules, holidays = _call_in_rules(settings)
    day = add_working_days(start, rules.working_days, holidays)
    return datetime.combine(day, rules.time, tzinfo=LONDON).astimezone(UTC)


def implementable_from(record: DecisionRecord, settings: CouncilSettings | None) -> date | None:
    """The day the decision can be put into effect, if it can be.

    Exempt from call-in: the day it was published. Called in and the committee
    took no further action: the day the committee met. Otherwise the next
    working day after the call-in deadline (a 5pm Friday deadline means Monday).
    """
    made = record.record_of_decision
    if made is None or not made.agreed:
        return None
    if record.exempt_from_call_in is not None:
        return to_london(made.published).date()
    called = record.called_in
    if called is not None:
        if called.outcome is not None and called.outcome.result == "no further action":
            return to_london(called.outcome.date).date()
        return None
    deadline = call_in_deadline_of(record, settings)
    if deadline is None:
        return None
    return add_working_days(to_london(deadline).date(), 1, _call_in_rules(settings)[1])


def decision_status(record: DecisionRecord, settings: CouncilSettings | None, now: datetime) -> DecisionStatus:
    """The one status function for decision notices."""
    made = record.record_of_decision
    if made is None or made.published > now:
        return DecisionStatus.FORWARD_PLAN
    if not made.agreed:
        return DecisionStatus.NOT_AGREED
    if record.exempt_from_call_in is not None:
        return DecisionStatus.IN_FORCE
    called = record.called_in
    if called is not None and called.date <= now:
        outcome = called.outcome
        if outcome is not None and outcome.result == "no further action" and outcome.date <= now:
            return DecisionStatus.IN_FORCE
        return DecisionStatus.CALLED_IN
    deadline = call_in_deadline_of(record, settings)
    if deadline is not None and now < deadline:
        return DecisionStatus.CALL_IN_PERIOD
    start = implementable_from(record, settings)
    if start is not None and to_london(now).date() < start:
        return DecisionStatus.CALL_IN_ENDED
    return DecisionStatus.IN_FORCE


def moments(record: DecisionRecord, settings: CouncilSettings | None) -> list[datetime]:
    """Every instant at which what a notice's page says changes: notice given, the expected date passing,
    the record published, the call-in deadline, the day it can be implemented, a call-in and its outcome."""
    found = [
        moment
        for moment in (record.notice_given, record.record_of_decision.published if record.record_of_decision else None)
        if moment is not None
    ]
    if record.decision_expected is not None:
        found.append(_start_of_day(to_london(record.decision_expected).date() + timedelta(days=1)))
    deadline = call_in_deadline_of(record, settings)
    if deadline is not None:
        found.append(deadline)
    start = implementable_from(record, settings)
    if start is not None:
        found.append(_start_of_day(start))
    called = record.called_in
    if called is not None:
        found.append(called.date)
        if called.outcome is not None:
            found.append(called.outcome.date)
    return found


def last_change(record: DecisionRecord, settings: CouncilSettings | None, now: datetime) -> datetime | None:
    """When the page last changed, at or before ``now``: its "last modified" in feeds and the sitemap."""
    past = [moment for moment in moments(record, settings) if moment <= now]
    return max(past) if past else None


def next_change(record: DecisionRecord, settings: CouncilSettings | None, now: datetime) -> datetime | None:
    """The next instant after ``now`` at which the page will say something new, so a build is due then."""
    future = [moment for moment in moments(record, settings) if moment > now]
    return min(future) if future else None


def _start_of_day(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=LONDON).astimezone(UTC)
