"""The rules a decision notice must follow, beyond each field's own type: the mirror of consultations' rules.

One named function per rule, each citing the law or practice it comes from
(the Local Authorities (Executive Arrangements) (Meetings and Access to
Information) (England) Regulations 2012, "the 2012 Regulations"). Every rule
takes the checked record, a ``Locator`` and what the check knows, and yields
problems; ``check`` runs them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta

from ..core.body import removed_when_published
from ..core.london import at_moment, format_date, format_moment, to_london
from ..core.plain_english import summary_in_plain_english
from ..core.problems import Locator, Problem, field_name
from ..core.records import Checking, can_run, former_wards_named, needs
from ..core.welsh_text import welsh_text_missing
from .record import DecisionRecord
from .status import call_in_deadline_of, clear_days

NOTICE_CLEAR_DAYS = 28
"""A key decision's notice must be published at least 28 clear days before it is made (reg 9)."""
GENERAL_EXCEPTION_CLEAR_DAYS = 5
"""The general exception still needs 5 clear days' notice (reg 10); with less, only special urgency (reg 11)."""

Rule = Callable[[DecisionRecord, Locator, Checking], Iterator[Problem]]


@needs("report_author")
def report_author_can_be_reached(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """The notice says how to get the documents and ask about them (reg 9(1)(e))."""
    if record.report_author.email is None and record.report_author.phone is None:
        yield at.error(
            ("report_author",),
            "the report author has no email or phone",
            "add an email or a phone number so residents can ask about the report",
        )


@needs("key_decision", "key_decision_reason")
def key_decision_says_why(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A key decision is key for its spending, its savings or its effect on wards (reg 8)."""
    if record.key_decision and not record.key_decision_reason:
        yield at.error(
            ("key_decision",),
            "a key decision must say why it is key",
            "add  key_decision_reason: [expenditure], [savings] or [wards]; wards means a significant "
            "effect on two or more wards",
        )


@needs("key_decision", "key_decision_reason")
def only_a_key_decision_has_a_key_reason(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A reason to be key on a decision marked not key is a contradiction the notice would publish."""
    if not record.key_decision and record.key_decision_reason:
        yield at.error(
            ("key_decision_reason",),
            "only a key decision has a reason it is key",
            "write  key_decision: true  or delete key_decision_reason",
        )


@needs("key_decision_reason", "wards")
def ward_reason_needs_two_wards(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Key for its effect on communities only if it affects two or more wards (reg 8(1)(b))."""
    if "wards" in record.key_decision_reason and not record.all_wards and len(record.wards) < 2:
        yield at.error(
            ("key_decision_reason",),
            "a decision is key for its effect on wards only if it affects two or more",
            f"it affects only {record.wards[0]}; add the other wards affected, or give another reason",
        )


@needs("financial_summary", "key_decision")
def spending_above_the_threshold_is_key(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Spending or savings above the council's threshold usually make a decision key (a warning: the council judges)."""
    money = record.financial_summary
    if checking.settings is None or record.key_decision:
        return
    threshold = checking.settings.key_decision_threshold
    if money.largest > threshold:
        what, location = (
            ("spending of", "expenditure")
            if (money.expenditure or 0) >= (money.savings or 0)
            else ("savings of", "savings")
        )
        yield at.warning(
            ("financial_summary", location),
            f"{what} £{money.largest:,} {'are' if location == 'savings' else 'is'} above the key "
            f"decision threshold of £{threshold:,}, but this is not a key decision",
            f"check with democratic services; if it is key, write  key_decision: true  and  "
            f"key_decision_reason: [{location}]",
        )


@needs("record_of_decision", "decision_expected")
def has_a_decision_date(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """The notice gives the date or period of the decision (reg 9(1)(d))."""
    if record.decision_date is None:
        yield at.error(
            ("decision_expected",),
            "there is no date for the decision",
            "add the date it is due, like  decision_expected: 2026-12-16, or the record_of_decision once it is made",
            near=("decision_maker",),
        )


@needs("key_decision", "notice_given")
def key_decision_has_a_notice_date(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Notice of a key decision is published on the forward plan, on a date (reg 9)."""
    if record.key_decision and record.notice_given is None:
        yield at.error(
            ("notice_given",),
            "a key decision needs the date notice was given",
            "add the date it was published on the forward plan, like  notice_given: 2026-11-06",
            near=("key_decision",),
        )


@needs("notice_given", "record_of_decision", "decision_expected")
def notice_comes_before_the_decision(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Notice is given before a decision, never after it (reg 9: notice of an intended decision)."""
    decided = record.decision_date
    if record.notice_given is not None and decided is not None and _notice_after(record.notice_given, decided):
        yield at.error(
            ("notice_given",),
            "notice was given after the decision",
            f"notice on {format_date(record.notice_given)} is after the decision on "
            f"{format_date(decided)}; check both dates",
        )


@needs("key_decision", "urgent", "notice_given", "record_of_decision", "decision_expected")
def notice_gives_28_clear_days(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Key decisions need 28 clear days' notice unless an urgency route is used (regs 9 to 11)."""
    decided = record.decision_date
    if not record.key_decision or record.urgent is not None or record.notice_given is None or decided is None:
        return
    days = clear_days(record.notice_given, decided)
    if days < NOTICE_CLEAR_DAYS and not _notice_after(record.notice_given, decided):
        earliest = to_london(record.notice_given).date() + timedelta(days=NOTICE_CLEAR_DAYS + 1)
        yield at.error(
            ("notice_given",),
            f"notice of this key decision was given only {_days(days)} before it "
            f"({format_date(record.notice_given)} for a decision on {format_date(decided)}); "
            f"a key decision needs at least {NOTICE_CLEAR_DAYS} clear days",
            f"decide on {format_date(earliest)} or later; if it cannot wait, add  urgent:  with "
            f"route: general exception or special urgency, and the reason",
        )


@needs("urgent", "notice_given", "record_of_decision", "decision_expected")
def general_exception_gives_5_clear_days(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """The general exception still needs 5 clear days' notice; with less, only special urgency will do (regs 10, 11)."""
    decided = record.decision_date
    if (
        record.urgent is None
        or record.urgent.route != "general exception"
        or record.notice_given is None
        or decided is None
    ):
        return
    days = clear_days(record.notice_given, decided)
    if days < GENERAL_EXCEPTION_CLEAR_DAYS and not _notice_after(record.notice_given, decided):
        yield at.error(
            ("urgent", "route"),
            f"the general exception needs at least {GENERAL_EXCEPTION_CLEAR_DAYS} clear days' notice, "
            f"and only {_days(days)} were given",
            "use  route: special urgency, which needs the agreement of the chair of the scrutiny committee",
        )


@needs("record_of_decision", "decision_expected", "draft")
def expected_decision_is_recorded(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A decision whose date has passed should have its record published (a reminder)."""
    expected = record.decision_expected
    if record.record_of_decision is not None or expected is None or record.draft:
        return
    if to_london(expected).date() < to_london(checking.now).date():
        yield at.warning(
            ("decision_expected",),
            f"the decision was expected on {format_date(expected)}, but there is no record of the decision",
            "add the record_of_decision, or change decision_expected to the new date",
        )


@needs("record_of_decision")
def refusal_says_why(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """The record of a decision gives its reasons (reg 13), including for saying no."""
    made = record.record_of_decision
    if made is None:
        return
    if not made.agreed and made.not_agreed_because is None:
        yield at.error(
            ("record_of_decision", "agreed"),
            "a proposal that was not agreed must say why",
            "add  not_agreed_because:  with the reason in plain words",
        )
    if made.agreed and made.not_agreed_because is not None:
        yield at.error(
            ("record_of_decision", "not_agreed_because"),
            "the proposal was agreed, so this is not needed",
            "delete not_agreed_because, or write  agreed: false",
        )


@needs("record_of_decision")
def record_is_published_after_the_decision(
    record: DecisionRecord, at: Locator, checking: Checking
) -> Iterator[Problem]:
    """A record of decision reports a decision already made (reg 13)."""
    made = record.record_of_decision
    if made is not None and to_london(made.published).date() < to_london(made.date).date():
        yield at.error(
            ("record_of_decision", "published"),
            "the record is published before the decision was made",
            f"the decision was made on {format_date(made.date)}; check both dates",
        )


@needs("called_in", "record_of_decision", "exempt_from_call_in")
def call_in_is_possible(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Only an agreed, published decision that is not exempt can be called in, within the constitution's period."""
    called, made = record.called_in, record.record_of_decision
    if called is None:
        return
    if made is None:
        yield at.error(
            ("called_in",),
            "a decision cannot be called in before it is made",
            "add the record_of_decision, or delete called_in",
        )
    elif record.exempt_from_call_in is not None:
        yield at.error(
            ("called_in",),
            "this decision is exempt from call-in, so it cannot be called in",
            "delete one of called_in and exempt_from_call_in",
        )
    elif not made.agreed:
        yield at.error(
            ("called_in",),
            "a proposal that was not agreed cannot be called in",
            "check agreed in the record_of_decision",
        )
    else:
        yield from _call_in_in_time(called.date, made.published, call_in_deadline_of(record, checking.settings), at)


def _call_in_in_time(
    received: datetime, published: datetime, deadline: datetime | None, at: Locator
) -> Iterator[Problem]:
    """A call-in counts only between publication and the deadline: instants, not dates, when it matters.

    A call-in dated without a time (midnight) on the day of publication or of the deadline cannot be
    placed either side of the moment that matters, so the officer is asked for the time.
    """
    if deadline is None:
        return
    day, date_only = to_london(received).date(), to_london(received).time() == time(0, 0)
    published_day, deadline_day = to_london(published).date(), to_london(deadline).date()
    if date_only and day in (published_day, deadline_day):
        moment = format_moment(published if day == published_day else deadline)
        yield at.error(
            ("called_in", "date"),
            "the call-in needs the time it was received",
            f"on {format_date(day)} it matters whether it came before or after {moment}; write the "
            f"date and time, like  date: {day.isoformat()} 16:30",
        )
    elif (day < published_day) if date_only else (received < published):
        yield at.error(
            ("called_in", "date"),
            "the call-in is dated before the decision was published",
            f"the record was published {at_moment(published)}; check the date",
        )
    elif (day > deadline_day) if date_only else (received > deadline):
        yield at.error(
            ("called_in", "date"),
            "the call-in was received after the call-in period ended",
            f"the decision could be called in until {format_moment(deadline)}; check the date",
        )


@needs("called_in")
def call_in_is_considered_after_it_is_received(
    record: DecisionRecord, at: Locator, checking: Checking
) -> Iterator[Problem]:
    """Scrutiny can only consider a call-in it has received (the constitution's call-in procedure)."""
    called = record.called_in
    if called is not None and called.outcome is not None and called.outcome.date < called.date:
        yield at.error(
            ("called_in", "outcome", "date"),
            "scrutiny considered the call-in before it was received",
            f"the call-in was received on {format_date(called.date)}; check both dates",
        )


@needs("called_in", "scrutiny_committee")
def call_in_has_a_committee(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A call-in is considered by a named scrutiny committee (Local Government Act 2000, s 9F)."""
    called = record.called_in
    if called is not None and record.scrutiny_committee is None and called.committee is None:
        yield at.error(
            ("called_in",),
            "there is no committee to consider the call-in",
            "add  scrutiny_committee:  (the relevant scrutiny committee) or  committee:  under called_in",
        )


@needs("key_decision", "key_decision_reason", "financial_summary")
def key_reason_matches_the_money(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A decision key "because of expenditure" (or savings) should spend (or save) more than the threshold (reg 8)."""
    if checking.settings is None or not record.key_decision:
        return
    threshold, money = checking.settings.key_decision_threshold, record.financial_summary
    for reason, amount in (("expenditure", money.expenditure), ("savings", money.savings)):
        if reason in record.key_decision_reason and (amount or 0) <= threshold:
            what = "spending" if reason == "expenditure" else "savings"
            given = f"the {what} given is £{amount:,}" if amount else f"no {what} amount is given"
            yield at.warning(
                ("key_decision_reason",),
                f"this is key because of its {what}, but {given}, not above the key decision "
                f"threshold of £{threshold:,}",
                f"give the amount as  {reason}:  under financial_summary, or check the reason with democratic services",
            )


@needs("record_of_decision", "exempt_from_call_in")
def nothing_is_lost_from_the_text(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """What residents read is sanitised; tell the officer what that removes from the Markdown fields (a warning)."""
    made, exempt = record.record_of_decision, record.exempt_from_call_in
    texts = {
        ("record_of_decision", "not_agreed_because"): made.not_agreed_because if made else None,
        ("exempt_from_call_in", "reason"): exempt.reason if exempt else None,
    }
    for location, text in texts.items():
        if text:
            yield from removed_when_published(text, at.path, at.line_of(location), field_name(location))


@needs("summary")
def summary_is_plain_english(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Residents with a reading age of 9 can follow the summary, as on consultations (a warning)."""
    yield from summary_in_plain_english(record.summary, at, checking)


def _notice_after(notice_given: datetime, decided: datetime) -> bool:
    return to_london(notice_given).date() > to_london(decided).date()


def _days(count: int) -> str:
    return f"{count} clear day{'s' if count != 1 else ''}"


@needs("wards", "record_of_decision")
def uses_the_current_wards(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Wards a boundary review abolished stay on decisions made before it; one still to be made uses today's."""
    if record.record_of_decision is None:
        yield from former_wards_named(record.wards, at, checking, "decision that has not been made yet")


@needs("welsh", "policy_context", "financial_summary", "record_of_decision")
def has_its_welsh_text(record: DecisionRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Welsh and English have equal standing (Welsh Language Standards): a bilingual council's notice has its
    Welsh title, summary, body and the Welsh of its own words, like its financial summary (core.welsh_text)."""
    yield from welsh_text_missing(record.welsh, at, checking.bilingual, record.welsh.missing(record))


RULES: tuple[Rule, ...] = (
    report_author_can_be_reached,
    key_decision_says_why,
    only_a_key_decision_has_a_key_reason,
    ward_reason_needs_two_wards,
    spending_above_the_threshold_is_key,
    key_reason_matches_the_money,
    has_a_decision_date,
    key_decision_has_a_notice_date,
    notice_comes_before_the_decision,
    notice_gives_28_clear_days,
    general_exception_gives_5_clear_days,
    expected_decision_is_recorded,
    refusal_says_why,
    record_is_published_after_the_decision,
    call_in_is_possible,
    call_in_is_considered_after_it_is_received,
    call_in_has_a_committee,
    nothing_is_lost_from_the_text,
    summary_is_plain_english,
    uses_the_current_wards,
    has_its_welsh_text,
)
"""Every rule, in the order problems are reported."""


ENGLAND_ONLY: tuple[Rule, ...] = (
    key_decision_has_a_notice_date,
    notice_gives_28_clear_days,
    general_exception_gives_5_clear_days,
)
"""England's 2012 Regulations: not applied in Wales, Scotland or Northern Ireland (``site.hub`` says so once)."""


def check(
    record: DecisionRecord,
    at: Locator,
    checking: Checking,
    rules: tuple[Rule, ...] = RULES,
    unavailable: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every rule's problems; with ``unavailable`` fields (still wrong), only the rules that do not need them."""
    nation = checking.settings.nation if checking.settings is not None else "england"
    return [
        problem
        for rule in rules
        if (nation == "england" or rule not in ENGLAND_ONLY) and can_run(rule, unavailable)
        for problem in rule(record, at, checking)
    ]
