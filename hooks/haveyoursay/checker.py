"""Every rule for consultation records, reporting all problems in one run.

The check command and the build both call `check_hub`, so an officer sees
exactly the messages the build would stop with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from pydantic import ValidationError

from .body import read_body
from .consultation import Consultation, ConsultationRecord
from .decision import DecisionNotice, decision_reference_problem, load_decisions
from .london import at_moment, format_date, last_day, length_in_days, length_in_words, to_london
from .model import problems_from
from .problems import Problem, Problems, Severity
from .settings import CouncilSettings, load_settings
from .status import Status, consultation_status, outcome_due
from .source import Source, display_path, field_name, read_front_matter

RESERVED_SLUGS = {"open", "forthcoming", "closed", "outcomes", "withdrawn", "archive", "all", "index", "feed"}
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SHORTEST_WEEKS = 6
HOLIDAY_WEEKS = 8

MISSING_HINTS = {
    "title": "add a short title, like  title: Changes to library opening hours",
    "summary": "add one or two plain sentences saying what the consultation is about",
    "opens": "add the opening date, like  opens: 2026-03-02",
    "closes": "add the closing date, like  closes: 2026-04-13 17:00",
    "wards": "add the wards affected, like  wards: [Castle, Riverside]  or  wards: all",
    "topics": "add at least one topic from the council's topic list",
    "service": "add the council team running the consultation",
    "engagement_level": "add one of: inform, consult, involve, collaborate, empower",
    "contact": "add a contact officer with at least a name and an email or phone",
    "contact.name": "add the name of the officer residents can ask, like  name: Priya Shah",
    "documents.*.title": "add the document's title as residents should see it, like  title: Full proposal",
    "documents.*.accessible": "add  accessible: true  if the document meets accessibility standards, "
                              "with tags, headings and alt text; otherwise  accessible: false",
    "outcome.documents.*.title": "add the document's title as residents should see it, like  title: Consultation report",
    "outcome.documents.*.accessible": "add  accessible: true  if the document meets accessibility standards, "
                                      "with tags, headings and alt text; otherwise  accessible: false",
    "events.*.title": "add what the event is, like  title: Drop-in session at Castle Library",
    "events.*.start": "add when the event starts, like  start: 2026-03-10 14:00",
    "events.*.end": "add when the event ends, like  end: 2026-03-10 16:00",
    "translations.*.language": "add the language, in that language and in English, like  language: Polski (Polish)",
    "updates.*.date": "add the date of the change, like  date: 2026-03-05",
    "updates.*.change": "say in plain words what changed",
    "withdrawn.reason": "say in plain words why the consultation was withdrawn, like  reason: We are pausing this while we review the budget",
    "withdrawn.date": "add the date it was withdrawn, like  date: 2026-03-20",
    "outcome.published": "add the date the outcome was published, like  published: 2026-06-01",
    "outcome.responses": "add how many responses you received, like  responses: 412",
    "outcome.you_said": "summarise what residents told you",
    "outcome.we_did": "say what the council did because of it",
}


@dataclass
class Hub:
    """Everything the build publishes, after checking."""

    settings: CouncilSettings | None
    consultations: list[Consultation] = field(default_factory=list)
    drafts: list[Consultation] = field(default_factory=list)
    decisions: list[DecisionNotice] = field(default_factory=list)
    problems: Problems = field(default_factory=Problems)


def check_hub(root: Path, now: datetime, config_file: Path | None = None) -> Hub:
    """Check the settings, every consultation and every decision notice under ``root``."""
    config_file = config_file or root / "mkdocs.yml"
    settings, problems = load_settings(config_file, display_path(config_file, root))
    hub = Hub(settings=settings)
    hub.problems.extend(problems)
    folder = root / "consultations"
    if not folder.is_dir():
        hub.problems.add(Problem("consultations", 1, "", "the consultations folder is missing",
                                 "create a folder called consultations next to mkdocs.yml"))
        return hub
    slugs: dict[str, str] = {}
    for record_folder in sorted(p for p in folder.iterdir() if p.is_dir()):
        if record_folder.name.startswith(("_", ".")):
            continue
        consultation, found = load_consultation(record_folder, root, settings, now)
        hub.problems.extend(found)
        path = f"consultations/{record_folder.name}/index.md"
        key = re.sub(r"[\s_]+", "-", record_folder.name.lower())
        if key in slugs:
            hub.problems.add(Problem(path, 1, "slug", f"the web address '{key}' is already used by {slugs[key]}",
                                     "rename one of the two folders"))
        slugs.setdefault(key, path)
        if consultation is not None:
            (hub.drafts if consultation.draft else hub.consultations).append(consultation)
    hub.decisions, found = load_decisions(root, settings, now, {c.slug for c in hub.consultations})
    hub.problems.extend(found)
    hub.problems.extend(_outcome_decisions(hub))
    return hub


def _outcome_decisions(hub: Hub) -> list[Problem]:
    """An outcome's `decision:` must name a published decision notice, so the link works both ways."""
    published = {d.reference for d in hub.decisions if not d.draft}
    problems = []
    for consultation in hub.consultations + hub.drafts:
        outcome = consultation.outcome
        if outcome is not None and outcome.decision:
            problem = decision_reference_problem(outcome.decision, published, consultation.path,
                                                 consultation.line_of("outcome", "decision"))
            if problem is not None:
                problems.append(problem)
    return problems


def slug_problem(slug: str, path: str = "") -> Problem | None:
    """A folder name must work as a web address and not take one of the hub's own."""
    path = path or f"consultations/{slug}/index.md"
    if not _SLUG.match(slug):
        return Problem(path, 1, "slug", f"the folder name '{slug}' cannot be used as a web address",
                       "use lower-case letters, numbers and hyphens only, like library-opening-hours")
    if slug in RESERVED_SLUGS:
        return Problem(path, 1, "slug", f"the folder name '{slug}' is kept for the hub's own pages",
                       "choose a name that describes the consultation, like " + slug + "-spaces-review")
    return None


def load_consultation(record_folder: Path, root: Path, settings: CouncilSettings | None,
                      now: datetime) -> tuple[Consultation | None, list[Problem]]:
    """Read one consultations/<slug>/index.md; return it only if it has no errors."""
    index = record_folder / "index.md"
    path = display_path(index, root)
    problems: list[Problem] = []
    slug = record_folder.name
    problem = slug_problem(slug, path)
    if problem:
        problems.append(problem)
    if not index.is_file():
        return None, problems + [Problem(display_path(record_folder, root) + "/", 1, "",
                                         "this consultation folder has no index.md",
                                         "copy consultations/_template/index.md into it")]
    source, found = read_front_matter(index, path)
    problems += found
    if source is None:
        return None, problems
    body, found = read_body(source.body, path, source.body_line)
    problems += found
    try:
        record = ConsultationRecord.model_validate(source.data, context={"settings": settings, "folder": record_folder})
    except ValidationError as error:
        return None, problems + problems_from(error, source, ConsultationRecord, missing_hints=MISSING_HINTS)
    problems += consultation_rules(record, source, now)
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    problems += outcome_reminders(record, source, now, settings.outcome_due_weeks if settings else 12)
    return Consultation(slug=slug, path=path, folder=record_folder, record=record, body=body,
                        lines=source.lines), problems


def consultation_rules(record: ConsultationRecord, source: Source, now: datetime) -> list[Problem]:
    """Rules that compare fields with each other."""
    problems: list[Problem] = []

    def report(location, problem, hint, severity=Severity.ERROR):
        problems.append(Problem(source.path, source.line_of(location), field_name(location), problem, hint, severity))

    if record.closes <= record.opens:
        closing, opening = last_day(record.closes), to_london(record.opens).date()
        if closing < opening:
            report(("closes",), "the closing date is before the opening date",
                   f"{format_date(closing)} is before {format_date(opening)}; check both dates")
        else:
            report(("closes",), "the closing time is not after the opening time",
                   f"it opens {at_moment(record.opens)} and closes {at_moment(record.closes, closing=True)}; "
                   "check both times")
    for index, event in enumerate(record.events):
        if event.end == event.start:
            day = to_london(event.start).date().isoformat()
            report(("events", index, "end"), "the event ends at the moment it starts",
                   f"give both times, like  start: {day} 14:00  and  end: {day} 16:00")
        elif event.end < event.start:
            report(("events", index, "end"), "the event ends before it starts",
                   f"it starts {at_moment(event.start)} and ends {at_moment(event.end)}; check both times")
    if record.outcome is not None:
        if record.withdrawn is not None:
            report(("outcome",), "a withdrawn consultation cannot have an outcome",
                   "delete the outcome, or the withdrawn section if it was not withdrawn")
        if to_london(record.outcome.published).date() < last_day(record.closes):
            report(("outcome", "published"), "the outcome is published before the consultation closed",
                   f"it closed on {format_date(last_day(record.closes))}; check the published date")
    if record.ways_to_respond is None:
        if record.engagement_level != "inform":
            report(("ways_to_respond",), "there are no ways to respond",
                   "add ways_to_respond with at least a postal address, phone or in-person option; "
                   "use engagement_level: inform if residents are not being asked for views")
    elif not record.ways_to_respond.offline:
        report(("ways_to_respond",), "there is no way to respond offline",
               "add post, phone or in_person so residents who are not online can take part")
    if record.contact.email is None and record.contact.phone is None:
        report(("contact",), "the contact has no email or phone", "add an email or a phone number so residents can ask questions")
    if record.closes > now and record.withdrawn is None:
        problems += _length_warnings(record, source)
    return problems


REMINDER_DAYS = 14


def outcome_reminders(record: ConsultationRecord, source: Source, now: datetime, weeks: int) -> list[Problem]:
    """Remind officers, as GOV.UK does, that the outcome is due 12 weeks after closing."""
    if record.draft or consultation_status(record, now) is not Status.CLOSED:
        return []
    due = outcome_due(record.closes, weeks)
    days = (due - to_london(now).date()).days
    line = source.line_of(("closes",))
    if days < 0:
        return [Problem(source.path, line, "outcome", f"the outcome is overdue: it was due by {format_date(due)}",
                        "add the outcome, or add an update saying why it is late and when it will be published",
                        Severity.WARNING)]
    if days <= REMINDER_DAYS:
        when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
        return [Problem(source.path, line, "outcome", f"the outcome is due {when}, by {format_date(due)}",
                        "add the outcome: section when it is ready", Severity.WARNING)]
    return []


def _length_warnings(record: ConsultationRecord, source: Source) -> list[Problem]:
    first, last = to_london(record.opens).date(), last_day(record.closes)
    days = length_in_days(record.opens, record.closes)
    line = source.line_of(("closes",))
    length = length_in_words(record.opens, record.closes)
    if days < SHORTEST_WEEKS * 7:
        return [Problem(source.path, line, "closes", f"the consultation is only {length} long",
                        f"allow at least {SHORTEST_WEEKS} weeks, or explain in the body why it is shorter",
                        Severity.WARNING)]
    holiday = _holiday_in(first, last)
    if holiday and days < HOLIDAY_WEEKS * 7:
        return [Problem(source.path, line, "closes", f"the consultation runs over {holiday} but is only {length} long",
                        f"allow extra time over holidays: at least {HOLIDAY_WEEKS} weeks", Severity.WARNING)]
    return []


def _holiday_in(first: date, last: date) -> str:
    for year in range(first.year, last.year + 1):
        if first <= date(year, 12, 25) <= last:
            return "Christmas"
        if first <= date(year, 8, 31) and last >= date(year, 8, 1):
            return "August"
    return ""
