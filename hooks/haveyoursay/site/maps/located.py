"""JSON read with the line of each part, so a message about a ward points at its line.

The standard library's parser reads every value; it does not say where a value
was. Here the objects and arrays above the coordinates are walked one member at
a time, noting each member's line, and everything below them (a ring of
coordinates, a name) is read by the standard library's fast scanner in one go.
So a file of a million points is read at the scanner's speed, and a message can
name the line of a feature, its properties, its geometry and each ring.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from json import JSONDecodeError, JSONDecoder
from typing import Any

from ...core.problems import Location

_SPACE = re.compile(r"[ \t\n\r]*")
_NEWLINE = re.compile(r"\n")
_COORDINATES = re.compile(r"\[[ \t\n\r]*(?:\[[ \t\n\r]*)?[-0-9]")
"""A position ([1.5, 52.0]) or a list of them (a ring): read in one go, not member by member."""
MOST_LEVELS = 12
"""GeoJSON needs six levels at most (a MultiPolygon's coordinates); deeper is not a map."""

_PLAIN_WORDS = {
    "Expecting ',' delimiter": "a comma is missing, or a bracket or brace is not closed",
    "Expecting ':' delimiter": "a colon is missing after a name",
    "Expecting property name enclosed in double quotes": (
        "a name is not in double quotes, or there is a comma just before a closing }"
    ),
    "Expecting value": "a value is missing: a comma just before a closing ], or the file is cut short",
    "Unterminated string starting at": "a quotation mark is not closed",
    "Invalid control character at": "a text value runs over the end of a line",
    "Invalid \\escape": "a backslash in a text value is not followed by a character JSON knows",
    "Extra data": "there is more after the end of the data",
}


class NotANumber(ValueError):
    """NaN and Infinity: Python reads them, JSON does not allow them."""


def _refuse(name: str) -> Any:
    raise NotANumber(name)


@dataclass(frozen=True)
class JSONProblem:
    """Why the text is not JSON, in plain words, and where: line and column, counted from 1."""

    line: int
    column: int
    problem: str


@dataclass
class Located:
    """A JSON text read into Python values, with ``lines``: the line each walked part starts on."""

    text: str
    lines: dict[Location, int] = field(default_factory=dict)
    repeated: list[tuple[Location, str]] = field(default_factory=list)
    """Names given twice in one object, where they are: the second value is the one read."""
    _ends: list[int] = field(default_factory=list)
    _decoder: JSONDecoder = field(default_factory=lambda: JSONDecoder(parse_constant=_refuse))

    def __post_init__(self) -> None:
        self._ends = [found.start() for found in _NEWLINE.finditer(self.text)]

    def line(self, index: int) -> int:
        """The line (from 1) of the character at ``index``."""
        return bisect_left(self._ends, index) + 1

    def read(self) -> Any:
        """The whole text's value; raises JSONDecodeError, NotANumber or RecursionError."""
        value, end = self._value(self._skip(0), (), 0)
        end = self._skip(end)
        if end != len(self.text):
            raise JSONDecodeError("Extra data", self.text, end)
        return value

    def _skip(self, index: int) -> int:
        found = _SPACE.match(self.text, index)
        return found.end() if found else index

    def _value(self, index: int, at: Location, depth: int) -> tuple[Any, int]:
        self.lines[at] = self.line(index)
        if depth > MOST_LEVELS:
            raise RecursionError
        opening = self.text[index : index + 1]
        if opening == "{":
            return self._object(index + 1, at, depth)
        if opening == "[" and not _COORDINATES.match(self.text, index):
            return self._array(index + 1, at, depth)
        value, end = self._decoder.raw_decode(self.text, index)
        return value, end

    def _object(self, index: int, at: Location, depth: int) -> tuple[dict[str, Any], int]:
        members: dict[str, Any] = {}
        index = self._skip(index)
        if self.text[index : index + 1] == "}":
            return members, index + 1
        while True:
            if self.text[index : index + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", self.text, index)
            name, index = self._decoder.raw_decode(self.text, index)  # a string: the scanner reads it whole
            index = self._skip(index)
            if self.text[index : index + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", self.text, index)
            if name in members:
                self.repeated.append(((*at, name), name))
            members[name], index = self._value(self._skip(index + 1), (*at, name), depth + 1)
            index = self._skip(index)
            closing = self.text[index : index + 1]
            if closing == "}":
                return members, index + 1
            if closing != ",":
                raise JSONDecodeError("Expecting ',' delimiter", self.text, index)
            index = self._skip(index + 1)

    def _array(self, index: int, at: Location, depth: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        index = self._skip(index)
        if self.text[index : index + 1] == "]":
            return items, index + 1
        while True:
            value, index = self._value(index, (*at, len(items)), depth + 1)
            items.append(value)
            index = self._skip(index)
            closing = self.text[index : index + 1]
            if closing == "]":
                return items, index + 1
            if closing != ",":
                raise JSONDecodeError("Expecting ',' delimiter", self.text, index)
            index = self._skip(index + 1)


def read_located(text: str) -> tuple[Located | None, Any, JSONProblem | None]:
    """The text read (its lines, its value), or where and why it is not JSON."""
    located = Located(text)
    try:
        return located, located.read(), None
    except JSONDecodeError as error:
        words = next((plain for start, plain in _PLAIN_WORDS.items() if error.msg.startswith(start)), error.msg)
        return None, None, JSONProblem(error.lineno, error.colno, words)
    except NotANumber as error:
        index = text.find(str(error))
        line = located.line(index) if index >= 0 else 1
        return None, None, JSONProblem(line, 0, f"{error} is not a number JSON allows")
    except RecursionError:
        return None, None, JSONProblem(1, 0, f"the brackets go more than {MOST_LEVELS} levels deep")
