"""What `hub check` tells officers: every problem, then what is coming up, as text, JSON or GitHub annotations.

Text is for people (`path:line: field: problem (hint)`); JSON is for scripts;
GitHub's workflow commands put each problem on the changed line of a pull
request. "Coming up" is the week ahead: consultations closing in the next 7
days, outcomes due or overdue, call-in periods ending in the next 2 working
days, and the drafts that are not published.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..consultations.status import Status, consultation_status, outcome_due
from ..core.london import format_date, format_moment, to_london
from ..core.problems import Severity, plural
from ..core.working_days import add_working_days
from ..decisions.status import DecisionStatus, call_in_deadline_of, decision_status
from .hub import Hub

CLOSING_WITHIN = timedelta(days=7)
OUTCOME_WITHIN_DAYS = 14
CALL_IN_WORKING_DAYS = 2


@dataclass(frozen=True)
class ComingUp:
    """One thing an officer may need to act on soon."""

    heading: str
    path: str
    title: str
    when: str


def coming_up(hub: Hub, now: datetime) -> list[ComingUp]:
    """The week ahead, in the order an officer would act on it."""
    settings = hub.settings
    weeks = settings.outcome_due_weeks if settings is not None else 12
    found: list[ComingUp] = []
    for c in sorted(hub.consultations, key=lambda c: c.record.closes):
        status = consultation_status(c.record, now)
        if status is Status.OPEN and c.record.closes <= now + CLOSING_WITHIN:
            found.append(
                ComingUp(
                    "Closing in the next 7 days",
                    c.path,
                    c.record.title,
                    f"closes {format_moment(c.record.closes, closing=True)}",
                )
            )
    for c in hub.consultations:
        if consultation_status(c.record, now) is Status.CLOSED:
            due = outcome_due(c.record.closes, weeks)
            days = (due - to_london(now).date()).days
            if days <= OUTCOME_WITHIN_DAYS:
                when = f"was due by {format_date(due)}" if days < 0 else f"due by {format_date(due)}"
                found.append(ComingUp("Outcomes due or overdue", c.path, c.record.title, when))
    if settings is not None:
        horizon = add_working_days(to_london(now).date(), CALL_IN_WORKING_DAYS, settings.bank_holidays)
        for n in hub.decisions:
            deadline = call_in_deadline_of(n.record, settings)
            if (
                deadline is not None
                and decision_status(n.record, settings, now) is DecisionStatus.CALL_IN_PERIOD
                and to_london(deadline).date() <= horizon
            ):
                found.append(
                    ComingUp(
                        "Call-in periods ending in the next 2 working days",
                        n.path,
                        n.record.title,
                        f"ends at {format_moment(deadline)}",
                    )
                )
    drafts = [(c.path, c.record.title) for c in hub.consultation_drafts]
    drafts += [(n.path, n.record.title) for n in hub.decision_drafts]
    found += [ComingUp("Drafts (not published)", path, title, "draft") for path, title in drafts]
    return found


def checked_line(hub: Hub) -> str:
    drafts = len(hub.consultation_drafts)
    consultations = plural(len(hub.consultations) + drafts, "consultation")
    draft_note = f" ({plural(drafts, 'draft')}, not published)" if drafts else ""
    notices = len(hub.decisions) + len(hub.decision_drafts)
    decisions = f" and {plural(notices, 'decision notice')}" if notices else ""
    return f"Checked {consultations}{draft_note}{decisions}."


def as_text(hub: Hub, now: datetime) -> str:
    lines = [hub.problems.report()]
    if not hub.problems.errors:
        lines.append(checked_line(hub))
        upcoming = coming_up(hub, now)
        heading = ""
        for item in upcoming:
            if item.heading != heading:
                heading = item.heading
                lines.append(f"{heading}:")
            lines.append(f"  {item.path}: {item.title} ({item.when})")
    return "\n".join(lines)


def as_json(hub: Hub, now: datetime) -> str:
    problems = hub.problems.sorted()
    data: dict[str, Any] = {
        "problems": [
            {
                "path": p.path,
                "line": p.line,
                "field": p.field,
                "severity": p.severity.value,
                "problem": p.problem,
                "hint": p.hint,
                "in_draft": p.in_draft,
                "text": str(p),
            }
            for p in problems
        ],
        "errors": len(hub.problems.errors),
        "warnings": len(hub.problems.warnings),
        "checked": {
            "consultations": len(hub.consultations),
            "consultation_drafts": len(hub.consultation_drafts),
            "decisions": len(hub.decisions),
            "decision_drafts": len(hub.decision_drafts),
        },
        "coming_up": [
            {"heading": i.heading, "path": i.path, "title": i.title, "when": i.when} for i in coming_up(hub, now)
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False)


def _escape(text: str, property_value: bool = False) -> str:
    """GitHub's workflow-command escaping, so an officer's text cannot start a command of its own."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def as_github(hub: Hub) -> str:
    """One `::error` or `::warning` per problem, on the file and line, for pull-request annotations."""
    lines = []
    for problem in hub.problems.sorted():
        level = "warning" if problem.severity is Severity.WARNING else "error"
        title = problem.field or "record"
        message = problem.problem + (f" ({problem.hint})" if problem.hint else "")
        lines.append(
            f"::{level} file={_escape(problem.path, True)},line={problem.line},"
            f"title={_escape(title, True)}::{_escape(message)}"
        )
    lines.append(hub.problems.report().splitlines()[-1])
    return "\n".join(lines)
