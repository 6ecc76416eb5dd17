"""How officers are told what is wrong.

Every problem names a file, a line and a field, says what is wrong in plain
English, and says how to fix it, so an officer who is not a developer can act
on it without help.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

Location = tuple[Any, ...]
"""Where a field is in a record: ("documents", 1, "file") is documents[2].file."""


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    field: str
    problem: str
    hint: str = ""
    severity: Severity = Severity.ERROR
    in_draft: bool = False
    """Found in a draft: the officer writing it must fix it, but it does not stop the site being published."""

    def __str__(self) -> str:
        label = "warning: " if self.severity is Severity.WARNING else ""
        hint = f" ({self.hint})" if self.hint else ""
        where = f"{self.field}: " if self.field else ""
        return f"{self.path}:{self.line}: {where}{label}{self.problem}{hint}"


@dataclass
class Problems:
    """Collects problems so one run reports all of them, not just the first."""

    items: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.items.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

    @property
    def blocking(self) -> list[Problem]:
        """Errors that stop the site being built: those in drafts do not, since drafts publish nothing."""
        return [p for p in self.errors if not p.in_draft]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.WARNING]

    def sorted(self) -> list[Problem]:
        """By file and line; problems on the same line stay in the order they were found (the template's order)."""
        return sorted(dict.fromkeys(self.items), key=lambda p: (p.path, p.line))

    def report(self) -> str:
        """The text `hub check` and the build print: every problem, then a count."""
        problems = self.sorted()
        lines = [str(p) for p in problems]
        errors = sum(p.severity is Severity.ERROR for p in problems)
        lines.append(summary_line(errors, len(problems) - errors))
        return "\n".join(lines)


def field_name(location: Location) -> str:
    """How officers see a field: `contact.email`, `documents[2].file` (counting from 1)."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text


@dataclass(frozen=True)
class Locator:
    """Makes problems at the lines of one record, so a rule only says what is wrong and how to fix it."""

    path: str
    lines: dict[Location, int] = field(default_factory=dict, repr=False, compare=False)
    first_line: int = 1

    def line_of(self, location: Location) -> int:
        """The line of a field, or of the nearest enclosing field that exists."""
        location = tuple(location)
        while location:
            if location in self.lines:
                return self.lines[location]
            location = location[:-1]
        return self.first_line

    def error(
        self,
        location: Location,
        problem: str,
        hint: str = "",
        *,
        near: Location | None = None,
        severity: Severity = Severity.ERROR,
    ) -> Problem:
        """A problem with a field; one that is missing is reported at the line of the field it goes with (``near``)."""
        line = self.line_of(near if near is not None and tuple(location) not in self.lines else location)
        return Problem(self.path, line, field_name(location), problem, hint, severity)

    def warning(self, location: Location, problem: str, hint: str = "", *, near: Location | None = None) -> Problem:
        return self.error(location, problem, hint, near=near, severity=Severity.WARNING)


def plural(count: int, word: str, plural_word: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural_word or word + 's')}"


def summary_line(errors: int, warnings: int) -> str:
    if not errors and not warnings:
        return "No problems found."
    text = f"{plural(errors, 'error')} and {plural(warnings, 'warning')}."
    if errors:
        text += " Fix the errors, then run the check again."
    return text
