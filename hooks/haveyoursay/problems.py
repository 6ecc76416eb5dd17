"""How officers are told what is wrong.

Every problem names a file, a line and a field, says what is wrong in plain
English, and says how to fix it, so an officer who is not a developer can act
on it without help.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


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

    def extend(self, problems) -> None:
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity is Severity.ERROR]

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


def plural(count: int, word: str, plural_word: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural_word or word + 's')}"


def summary_line(errors: int, warnings: int) -> str:
    if not errors and not warnings:
        return "No problems found."
    text = f"{plural(errors, 'error')} and {plural(warnings, 'warning')}."
    if errors:
        text += " Fix the errors, then run the check again."
    return text
