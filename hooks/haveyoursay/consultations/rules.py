"""The rules a consultation record must follow, beyond each field's own type.

One named function per rule, each saying in its docstring where the rule
comes from. Every rule takes the checked record, a ``Locator`` that turns a
field and a message into a problem at the right line, and what the check
knows (the council's settings and "now"); it yields problems, never raises.
``check`` runs them all, so an officer sees every problem in one run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

from ..core.body import removed_when_published
from ..core.languages import language_of
from ..core.london import (
    at_moment,
    format_date,
    last_day,
    length_in_days,
    length_in_words,
    london_midnight,
    to_london,
)
from ..core.plain_english import summary_in_plain_english
from ..core.problems import Locator, Problem, field_name
from ..core.records import Checking, can_run, former_wards_named, needs
from ..core.welsh_text import welsh_text_missing
from .record import ConsultationRecord
from .status import Status, consultation_status, outcome_due

SHORTEST_WEEKS = 6
"""A Lords committee (2013) said at least 6 weeks; GOV.UK's principles ask for proportionate time."""
HOLIDAY_WEEKS = 8
"""Extra time when a consultation runs over Christmas or August."""
REMINDER_DAYS = 14
"""GOV.UK reminds authors before the outcome is due; so does the check."""

Rule = Callable[[ConsultationRecord, Locator, Checking], Iterator[Problem]]


@needs("opens", "closes")
def closes_after_it_opens(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A consultation must be open for some time (Gunning: adequate time to respond)."""
    if record.closes > record.opens:
        return
    closing, opening = last_day(record.closes), to_london(record.opens).date()
    if closing < opening:
        yield at.error(
            ("closes",),
            "the closing date is before the opening date",
            f"{format_date(closing)} is before {format_date(opening)}; check both dates",
        )
    else:
        yield at.error(
            ("closes",),
            "the closing time is not after the opening time",
            f"it opens {at_moment(record.opens)} and closes {at_moment(record.closes, closing=True)}; check both times",
        )


@needs("events")
def events_end_after_they_start(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """An event residents can go to has a start and a later end."""
    for index, event in enumerate(record.events):
        if event.end == event.start:
            day = to_london(event.start).date().isoformat()
            yield at.error(
                ("events", index, "end"),
                "the event ends at the moment it starts",
                f"give both times, like  start: {day} 14:00  and  end: {day} 16:00",
            )
        elif event.end < event.start:
            yield at.error(
                ("events", index, "end"),
                "the event ends before it starts",
                f"it starts {at_moment(event.start)} and ends {at_moment(event.end)}; check both times",
            )


@needs("outcome", "withdrawn")
def withdrawn_has_no_outcome(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A withdrawn consultation stopped early, so nothing was heard to report."""
    if record.outcome is not None and record.withdrawn is not None:
        yield at.error(
            ("outcome",),
            "a withdrawn consultation cannot have an outcome",
            "delete the outcome, or the withdrawn section if it was not withdrawn",
        )


@needs("outcome", "closes")
def outcome_after_closing(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """The outcome reports what residents said, so it comes after the consultation closed."""
    if record.outcome is not None and to_london(record.outcome.published).date() < last_day(record.closes):
        yield at.error(
            ("outcome", "published"),
            "the outcome is published before the consultation closed",
            f"it closed on {format_date(last_day(record.closes))}; check the published date",
        )


@needs("ways_to_respond", "engagement_level")
def has_a_way_to_respond(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Anything above "inform" on the engagement ladder asks for views, so says how to give them."""
    if record.ways_to_respond is None and record.engagement_level != "inform":
        yield at.error(
            ("ways_to_respond",),
            "there are no ways to respond",
            "add ways_to_respond with at least a postal address, phone or in-person option; "
            "use engagement_level: inform if residents are not being asked for views",
        )


@needs("ways_to_respond")
def has_an_offline_way_to_respond(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Many residents are not online: there is always a way to respond by post, phone or in person."""
    if record.ways_to_respond is not None and not record.ways_to_respond.offline:
        yield at.error(
            ("ways_to_respond",),
            "there is no way to respond offline",
            "add post, phone or in_person so residents who are not online can take part",
        )


@needs("contact")
def contact_can_be_reached(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Residents can ask the named officer a question (GOV.UK's contact details)."""
    if record.contact.email is None and record.contact.phone is None:
        yield at.error(
            ("contact",),
            "the contact has no email or phone",
            "add an email or a phone number so residents can ask questions",
        )


@needs("opens", "closes", "withdrawn")
def long_enough(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """At least 6 weeks, and 8 over Christmas or August (a warning: the law asks for proportionate time)."""
    if record.closes <= checking.now or record.withdrawn is not None or record.closes <= record.opens:
        return
    first, final = to_london(record.opens).date(), last_day(record.closes)
    days = length_in_days(record.opens, record.closes)
    length = length_in_words(record.opens, record.closes)
    if days < SHORTEST_WEEKS * 7:
        yield at.warning(
            ("closes",),
            f"the consultation is only {length} long",
            f"allow at least {SHORTEST_WEEKS} weeks, or explain in the body why it is shorter",
        )
        return
    holiday = _holiday_in(first, final)
    if holiday and days < HOLIDAY_WEEKS * 7:
        yield at.warning(
            ("closes",),
            f"the consultation runs over {holiday} but is only {length} long",
            f"allow extra time over holidays: at least {HOLIDAY_WEEKS} weeks",
        )


@needs("draft", "opens", "closes", "outcome", "withdrawn")
def outcome_is_due(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Remind officers, as GOV.UK does, that the outcome is due 12 weeks after closing (a warning)."""
    if record.draft or consultation_status(record, checking.now) is not Status.CLOSED:
        return
    due = outcome_due(record.closes, checking.settings.outcome_due_weeks if checking.settings else 12)
    days = (due - to_london(checking.now).date()).days
    if days < 0:
        yield at.warning(
            ("outcome",),
            f"the outcome is overdue: it was due by {format_date(due)}",
            "add the outcome, or add an update saying why it is late and when it will be published",
            near=("closes",),
        )
    elif days <= REMINDER_DAYS:
        when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
        yield at.warning(
            ("outcome",),
            f"the outcome is due {when}, by {format_date(due)}",
            "add the outcome: section when it is ready",
            near=("closes",),
        )


@needs("withdrawn", "outcome")
def nothing_is_lost_from_the_text(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """What residents read is sanitised; tell the officer what that removes from the Markdown fields (a warning)."""
    texts = {
        ("withdrawn", "reason"): record.withdrawn.reason if record.withdrawn else None,
        ("outcome", "you_said"): record.outcome.you_said if record.outcome else None,
        ("outcome", "we_did"): record.outcome.we_did if record.outcome else None,
    }
    for location, text in texts.items():
        if text:
            yield from removed_when_published(text, at.path, at.line_of(location), field_name(location))


@needs("translations")
def translations_say_their_language(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A translation's name is read aloud in its own language only if the hub can tell which (WCAG 3.1.2)."""
    for index, translation in enumerate(record.translations):
        if language_of(translation.language, translation.lang) is None:
            yield at.warning(
                ("translations", index, "language"),
                f"the hub cannot tell which language '{translation.language}' is",
                "write it in that language and in English in brackets, like  Polski (Polish), or add "
                "lang:  with its code, like  lang: pl",
            )


@needs("summary")
def summary_is_plain_english(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Residents with a reading age of 9 can follow the summary (GOV.UK's plain English; a warning)."""
    yield from summary_in_plain_english(record.summary, at, checking)


@needs("opens", "closes", "withdrawn")
def avoids_the_pre_election_period(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Avoid opening or closing a consultation in the weeks before an election (Consultation Principles 2018)."""
    if checking.settings is None or record.withdrawn is not None:
        return
    weeks = checking.settings.pre_election_weeks
    for election in checking.settings.elections:
        polling_day = to_london(election.date).date()
        starts = london_midnight(polling_day - timedelta(weeks=weeks))  # by the calendar, across a clock change
        for field, moment in (("opens", record.opens), ("closes", record.closes)):
            if starts <= moment < london_midnight(polling_day + timedelta(days=1)):
                name = election.name or "the election"
                yield at.warning(
                    (field,),
                    f"the consultation {field} in the pre-election period before {name} on "
                    f"{format_date(election.date)}",
                    f"the period starts on {format_date(starts)}: move the date, or agree the timing "
                    "with the council's monitoring officer",
                )


@needs("wards", "opens")
def uses_the_current_wards(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """Wards a boundary review abolished stay on older consultations; one that has not opened uses today's."""
    if record.opens > checking.now:
        yield from former_wards_named(record.wards, at, checking, "consultation that has not opened yet")


@needs("welsh", "outcome")
def has_its_welsh_text(record: ConsultationRecord, at: Locator, checking: Checking) -> Iterator[Problem]:
    """A bilingual council publishes in Welsh and English with equal standing (Welsh Language Standards), so
    each record has its Welsh title, summary and body, and a consultation the Welsh of its outcome once it is
    published (core.welsh_text)."""
    yield from welsh_text_missing(record.welsh, at, checking.bilingual, record.welsh.missing(record))


def _holiday_in(first: date, final: date) -> str:
    for year in range(first.year, final.year + 1):
        if first <= date(year, 12, 25) <= final:
            return "Christmas"
        if first <= date(year, 8, 31) and final >= date(year, 8, 1):
            return "August"
    return ""


RULES: tuple[Rule, ...] = (
    closes_after_it_opens,
    events_end_after_they_start,
    withdrawn_has_no_outcome,
    outcome_after_closing,
    has_a_way_to_respond,
    has_an_offline_way_to_respond,
    contact_can_be_reached,
    long_enough,
    nothing_is_lost_from_the_text,
    translations_say_their_language,
    summary_is_plain_english,
    avoids_the_pre_election_period,
    uses_the_current_wards,
    has_its_welsh_text,
)
"""Rules that make a record wrong (and a warning about its length), in the order they are reported."""
REMINDERS: tuple[Rule, ...] = (outcome_is_due,)
"""Reminders for records that are otherwise right."""


def check(
    record: ConsultationRecord,
    at: Locator,
    checking: Checking,
    rules: tuple[Rule, ...] = RULES,
    unavailable: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Every rule's problems; with ``unavailable`` fields (still wrong), only the rules that do not need them."""
    return [problem for rule in rules if can_run(rule, unavailable) for problem in rule(record, at, checking)]
