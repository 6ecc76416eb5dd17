"""The council's postcodes and the ward each is in, from ``content/postcodes.csv``.

The file is optional: without it the site has no postcode finder. With it,
``hub check`` (and so the build) reads every line and reports every problem
at once, each at its line, as ``content/postcodes.csv:7: ward: ...``.

The format is a CSV file saved as UTF-8 (Excel's "CSV UTF-8" is fine: its
byte order mark and Windows line endings are read as they should be)::

    postcode,ward
    NB1 1AA,Castle
    nb1 1ab,castle
    "NB2 3CD","St Anne's"

The first line names the two columns, ``postcode`` and ``ward``, in either
order (case, spaces and underscores do not matter: ``Post code`` is fine).
Each further line is one postcode and the name of its ward, exactly as the
council's ward list in mkdocs.yml has it (case does not matter). Postcodes
are read whatever their case and spacing (``nb11aa`` is ``NB1 1AA``) and
must be full UK postcodes. Blank lines and empty cells after the ward (Excel
adds them) are ignored. The check refuses: a postcode that is not a full UK
postcode, one listed twice (naming both lines), a ward that is not one of
the council's (with "did you mean"), or a former ward, a missing or extra
column, a line with more than a postcode and a ward, a quotation mark not
closed, a file not saved as UTF-8, and a file with no postcodes in it. Once there is no error,
it warns of a ward with no postcode at all: the list was probably cut short.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ...core.fields import did_you_mean
from ...core.problems import Problem, Severity
from ...core.settings import CouncilSettings
from ...core.source import HIDDEN_PROBLEM, hidden_characters, read_text, split_lines

POSTCODES = "content/postcodes.csv"
"""Where the council's list is, inside the hub's folder; named in site.content.KNOWN."""
COLUMNS = ("postcode", "ward")
MOST_BYTES = 20_000_000
"""About ten times the list of the council with the most postcodes: anything bigger is not a council's list."""

_POSTCODE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2}")
"""A UK postcode without its space: the outward code (NB1, SW1A), then a digit and two letters never
used in the inward code (C, I, K, M, O, V)."""
_OUTWARD = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?")
_ANY_LETTERS = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")
_SEPARATORS = {";": "semicolons", "\t": "tabs", "|": "'|' characters"}
_WRITE_A_LINE = "write the postcode, a comma, then its ward, like NB1 1AA,Castle"


def normalise_postcode(text: str) -> str | None:
    """A postcode as it is written on letters (``NB1 1AA``), whatever its case and spacing; None if it is not one."""
    compact = "".join(text.split()).upper()
    return f"{compact[:-3]} {compact[-3:]}" if _POSTCODE.fullmatch(compact) else None


def outward_code(postcode: str) -> str:
    """The part before the space, the postcode district: NB1 for NB1 1AA."""
    return postcode.split(" ", 1)[0]


def postcode_order(code: str) -> tuple[str, int, str]:
    """Postcodes and outward codes in the order people expect: NB2 before NB10."""
    found = re.match(r"([A-Z]+)([0-9]+)(.*)", code)
    return (found.group(1), int(found.group(2)), found.group(3)) if found else (code, 0, "")


@dataclass(frozen=True)
class Postcodes:
    """Every postcode in the council's list (``NB1 1AA``) and the name of its ward, in postcode order."""

    wards: Mapping[str, str]

    def by_outward(self) -> dict[str, dict[str, str]]:
        """The postcodes of each outward code (NB1, NB2...), outward codes and postcodes in order."""
        grouped: dict[str, dict[str, str]] = {}
        for postcode in sorted(self.wards, key=postcode_order):
            grouped.setdefault(outward_code(postcode), {})[postcode] = self.wards[postcode]
        return grouped


def read_postcodes(root: Path, settings: CouncilSettings | None) -> tuple[Postcodes | None, list[Problem]]:
    """The council's postcodes, and every problem with the file; (None, []) when there is no file.

    A link instead of the file is not read (``site.content`` refuses it), so a
    link to a private file never has its lines printed. Without usable
    settings the wards cannot be checked, so only the rest is.
    """
    file = root / POSTCODES
    if file.is_symlink() or not file.exists():
        return None, []
    if not file.is_file():
        return None, [_problem(1, "", "this is a folder, not a file", "put the council's postcodes in a CSV file here")]
    if file.stat().st_size > MOST_BYTES:
        return None, [
            _problem(
                1,
                "",
                f"the file is too big to be a council's list of postcodes (over {MOST_BYTES // 1_000_000} MB)",
                "keep just the postcode and ward columns, and only the council's own postcodes",
            )
        ]
    text, problems = read_text(file, POSTCODES)
    if text is None:
        return None, [_not_utf8(problem) for problem in problems]
    text, hidden = hidden_characters(text)
    checking = _Checking(settings)
    checking.problems += [_problem(line, "", HIDDEN_PROBLEM, hint) for line, hint in hidden.items()]
    checking.read(split_lines(text))
    return (Postcodes(checking.wards) if checking.wards else None), checking.problems


def _problem(line: int, field: str, problem: str, hint: str) -> Problem:
    return Problem(POSTCODES, line, field, problem, hint)


def _not_utf8(problem: Problem) -> Problem:
    hint = (
        "in Excel choose Save As, then 'CSV UTF-8 (Comma delimited)'; the first character that cannot be read "
        "is on this line, often an accent or a curly apostrophe, as in St Anne’s"
    )
    return Problem(problem.path, problem.line, problem.field, problem.problem, hint)


@dataclass
class _Checking:
    """Reads the lines one by one, collecting the postcodes and every problem."""

    settings: CouncilSettings | None
    wards: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    first_line_of: dict[str, int] = field(default_factory=dict)

    def read(self, lines: Sequence[str]) -> None:
        rows = [(number, cells) for number, cells in self._rows(lines) if any(cell.strip() for cell in cells)]
        if not rows:
            self._nothing(1)
            return
        number, header = rows[0]
        found = _header(number, header, self.problems)
        if found is None:  # the first line is a postcode: no header, then the usual columns
            columns, width = {name: index for index, name in enumerate(COLUMNS)}, len(COLUMNS)
        elif not found[1]:  # not separated by commas: every line would be wrong in the same way
            return
        else:
            (columns, width), rows = found, rows[1:]
        for number, cells in rows:
            self._row(number, cells, columns, width)
        if not rows:
            self._nothing(number)
        elif not self.problems and self.settings is not None:
            self._wards_without_postcodes(self.settings.wards)

    def _wards_without_postcodes(self, wards: Sequence[str]) -> None:
        """A ward with no postcode at all usually means the list was cut short (checked once there is no error)."""
        missing = [ward for ward in wards if ward not in set(self.wards.values())]
        if missing:
            self.problems.append(
                Problem(
                    POSTCODES,
                    1,
                    "",
                    f"no postcode in the file is in {'this ward' if len(missing) == 1 else 'these wards'}: "
                    + ", ".join(missing),
                    "check the file has every postcode in the council's area: residents there cannot find "
                    "their ward by postcode",
                    Severity.WARNING,
                )
            )

    def _rows(self, lines: Sequence[str]) -> list[tuple[int, list[str]]]:
        rows = []
        for number, line in enumerate(lines, start=1):
            try:
                rows.append((number, next(csv.reader([line.rstrip("\r\n")], strict=True), [])))
            except csv.Error:
                self.problems.append(
                    _problem(
                        number,
                        "",
                        "a quotation mark on this line is not closed, or is not at the start and end of a cell",
                        'put double quotes around the whole postcode or ward, like "St Anne\'s", or remove them',
                    )
                )
        return rows

    def _nothing(self, line: int) -> None:
        self.problems.append(
            _problem(
                line,
                "",
                "there are no postcodes in the file",
                "add a line for each postcode, like NB1 1AA,Castle, or delete the file: "
                "without it the site has no postcode finder",
            )
        )

    def _row(self, number: int, cells: list[str], columns: Mapping[str, int], width: int) -> None:
        if any(cell.strip() for cell in cells[width:]):
            self.problems.append(
                _problem(
                    number,
                    "",
                    "there is more on this line than a postcode and a ward",
                    "delete what comes after them; a ward name with a comma in it goes in double quotes",
                )
            )
        postcode = self._postcode(number, _cell(cells, columns.get("postcode")), "postcode" in columns)
        ward = self._ward(number, _cell(cells, columns.get("ward")), "ward" in columns)
        if postcode and ward:
            self.wards[postcode] = ward

    def _postcode(self, number: int, text: str, checked: bool) -> str | None:
        if not checked:
            return None
        text = " ".join(text.split())
        if not text:
            self.problems.append(_problem(number, "postcode", "there is no postcode on this line", _WRITE_A_LINE))
            return None
        postcode = normalise_postcode(text)
        if postcode is None:
            compact = text.replace(" ", "").upper()
            if _OUTWARD.fullmatch(compact):
                problem = (
                    f"'{text}' is only the first part of a postcode",
                    f"give the full postcode, like {compact} 1AA",
                )
            elif _ANY_LETTERS.fullmatch(compact):
                problem = (
                    f"'{text}' is not a UK postcode",
                    "the last two letters of a postcode are never C, I, K, M, O or V: check it",
                )
            else:
                problem = (
                    f"'{text}' is not a full UK postcode",
                    "a postcode is its first part, like NB1 or SW1A, a space, then a number and two letters, like 1AA",
                )
            self.problems.append(_problem(number, "postcode", *problem))
            return None
        first = self.first_line_of.setdefault(postcode, number)
        if first != number:
            other = self.wards.get(postcode)
            self.problems.append(
                _problem(
                    number,
                    "postcode",
                    f"{postcode} is already on line {first}" + (f", in {other} ward" if other else ""),
                    "delete one of the two lines; a postcode is listed once, with the ward "
                    "the council's address gazetteer or the ONS Postcode Directory gives it",
                )
            )
            return None
        return postcode

    def _ward(self, number: int, text: str, checked: bool) -> str | None:
        if not checked or self.settings is None:
            return None
        text = " ".join(text.split())
        wards = list(self.settings.wards)
        listed = "the wards are: " + ", ".join(wards)
        if not text:
            self.problems.append(_problem(number, "ward", "there is no ward on this line", _WRITE_A_LINE))
            return None
        current = {ward.casefold(): ward for ward in wards}
        if text.casefold() in current:
            return current[text.casefold()]
        if text.casefold() in {ward.casefold() for ward in self.settings.former_wards}:
            problem = (f"'{text}' is a former ward", f"give the ward the postcode is in now; {listed}")
        else:
            guess = did_you_mean(text, wards)
            problem = (
                f"'{text}' is not one of the council's wards",
                (f"did you mean '{guess}'? " if guess else "") + listed,
            )
        self.problems.append(_problem(number, "ward", *problem))
        return None


def _header(number: int, cells: list[str], problems: list[Problem]) -> tuple[dict[str, int], int] | None:
    """Where each column is and how many there are (0 if they are not separated by commas),
    from the first line; None if the first line is a postcode and its ward."""
    if cells and normalise_postcode(cells[0]):
        problems.append(
            _problem(
                number,
                "",
                "the first line is a postcode, not the names of the columns",
                "add a first line naming the columns: postcode,ward",
            )
        )
        return None
    separator = next((s for s in _SEPARATORS if len(cells) == 1 and s in cells[0]), "")
    if separator:
        problems.append(
            _problem(
                number,
                "",
                f"the columns are separated by {_SEPARATORS[separator]}, not commas",
                "save the file as CSV with commas between the columns: in Excel, Save As, then 'CSV UTF-8'",
            )
        )
        return {}, 0
    names = [re.sub(r"[\s_-]+", "", cell).casefold() for cell in cells]
    while names and not names[-1]:  # empty cells after the last column, as Excel may add
        names.pop()
    columns: dict[str, int] = {}
    guessed = set()
    for index, name in enumerate(names):
        if name in columns:
            problems.append(_problem(number, "", f"the {name} column is there twice", "delete one of them"))
        elif name in COLUMNS:
            columns[name] = index
        elif not name:
            problems.append(
                _problem(
                    number,
                    "",
                    f"column {index + 1} has no name",
                    "delete the empty column: the file has two columns, postcode and ward",
                )
            )
        else:
            guess = did_you_mean(name, [c for c in COLUMNS if c not in names])
            guessed.add(guess)
            problems.append(
                _problem(
                    number,
                    "",
                    f"'{cells[index].strip()}' is not a column the hub reads",
                    f"did you mean '{guess}'? the columns are postcode and ward"
                    if guess
                    else "delete the column: the file has two columns, postcode and ward",
                )
            )
    for name in COLUMNS:
        if name not in columns and name not in guessed:
            problems.append(
                _problem(number, "", f"the {name} column is missing", "the first line names the columns: postcode,ward")
            )
    return columns, max(len(names), 1)


def _cell(cells: Sequence[str], index: int | None) -> str:
    return cells[index] if index is not None and index < len(cells) else ""
