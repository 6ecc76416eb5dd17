"""Starting a record from its template (`hub new`), so the correct, finished record is the easy path.

The copy is dated today (a consultation opening today and closing in 12
weeks; a key decision's notice given today for a decision 28 clear days
away), lists the council's own wards and topics as notes beside the fields,
and starts as a draft. A name that is taken or cannot be a web address is
refused with a suggestion.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from ..consultations import record as consultation_record
from ..consultations.loading import slug_problem
from ..core.london import to_london
from ..core.problems import Problem
from ..core.settings import CouncilSettings, load_settings
from ..decisions import record as decision_record
from ..decisions.loading import reference_problem

KINDS: dict[str, tuple[str, str, Callable[[str], Problem | None]]] = {
    "consultation": (consultation_record.FOLDER, consultation_record.TEMPLATE, slug_problem),
    "decision": (decision_record.FOLDER, decision_record.TEMPLATE, reference_problem),
}
"""Each kind of record: its folder, its template and the rule for its folder name."""

CONSULTATION_WEEKS = 12
"""The old code's 12 weeks, a safe start: the check warns below 6 (8 over Christmas or August)."""


class NewRecordProblem(ValueError):
    """Why a record cannot be started with that name, and what to do instead."""


def start_record(root: Path, kind: str, name: str, now: datetime) -> str:
    """Copy the kind's template to a new folder called ``name``; return the new index.md as officers know it."""
    folder, template, name_problem = KINDS[kind]
    problem = name_problem(name)
    if problem is not None:
        raise NewRecordProblem(f"{problem.problem} ({problem.hint})")
    target = root / folder / name
    if target.exists():
        raise NewRecordProblem(
            f"{folder}/{name}/ already exists (edit that record, or choose another name, like "
            f"{_another(root / folder, name)})"
        )
    if not (root / template).is_dir():
        raise NewRecordProblem(f"the template {template} is missing (ask the web team to restore it)")
    shutil.copytree(root / template, target)
    index = target / "index.md"
    settings, _ = load_settings(root / "mkdocs.yml")
    text = index.read_text(encoding="utf-8")
    today = to_london(now).date()
    text = _dated_consultation(text, today) if kind == "consultation" else _dated_decision(text, name, today)
    index.write_text(_with_lists(text, settings), encoding="utf-8")
    return f"{folder}/{name}/index.md"


def _another(parent: Path, name: str) -> str:
    number = 2
    while (parent / f"{name}-{number}").exists():
        number += 1
    return f"{name}-{number}"


def _set(text: str, field: str, value: str) -> str:
    """Replace a field's value on its line, keeping the note after it."""
    return re.sub(rf"(?m)^({field}:\s*)\S+(?: \d\d:\d\d)?", lambda m: m.group(1) + value, text, count=1)


def _dated_consultation(text: str, today: date) -> str:
    text = _set(text, "opens", today.isoformat())
    return _set(text, "closes", f"{(today + timedelta(weeks=CONSULTATION_WEEKS)).isoformat()} 17:00")


def _dated_decision(text: str, reference: str, today: date) -> str:
    text = _set(text, "reference", reference)
    text = _set(text, "notice_given", today.isoformat())
    return _set(text, "decision_expected", (today + timedelta(days=29)).isoformat())  # 28 clear days between


def _with_lists(text: str, settings: CouncilSettings | None) -> str:
    """The council's own wards and topics as notes above the field, so officers copy names that exist."""
    if settings is None:
        return text
    for field, names in (("wards", settings.wards), ("topics", settings.topics)):
        note = f"# The council's {field}: " + ", ".join(names)
        text = re.sub(rf"(?m)^(?={field}:)", note.replace("\\", "\\\\") + "\n", text, count=1)
    return text
