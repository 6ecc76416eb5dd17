"""Reading officer-written YAML while remembering the line of every field.

One loader for every record and for the council's settings, so that every
problem can point at the line to fix. Dates are deliberately left as text:
PyYAML would otherwise turn "2026-02-30" into a traceback and "2026-03-12 17:00"
into a string while "2026-03-12" became a date; the rules parse them instead.
Only plain decimal numbers are numbers: YAML 1.1 would read a phone number
like 01234567012 as octal and a time like 17:00 as 1020 minutes.
PyYAML's own error messages are rewritten in plain words (``_YAML_WORDS``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml

from .problems import Location, Locator, Problem, field_name


class _Constructs(Protocol):
    """What reading a record needs of a YAML loader, libyaml's or the pure-Python one."""

    def construct_object(self, node: yaml.Node, deep: bool = ...) -> Any: ...


class _OfficerYamlLoader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps; unknown tags are kept as text."""


_DECIMAL = re.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$")

_OfficerYamlLoader.yaml_implicit_resolvers = {
    first: [
        (tag, _DECIMAL if tag == "tag:yaml.org,2002:int" else rx)
        for tag, rx in resolvers
        if tag != "tag:yaml.org,2002:timestamp"
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

# libyaml parses about 20 times faster; when it is missing, or a file has a
# syntax error, the pure-Python loader reads it (its messages are the ones
# rewritten below, and its lines are the same).
_FastOfficerYamlLoader = (
    type(
        "_FastOfficerYamlLoader",
        (yaml.CSafeLoader,),
        {"yaml_implicit_resolvers": _OfficerYamlLoader.yaml_implicit_resolvers},
    )
    if getattr(yaml, "__with_libyaml__", False)
    else None
)

_QUOTE_HINT = "put the whole text in double quotes"
# PyYAML's messages in officers' words: (words in its message, use the line where the
# trouble started rather than where PyYAML gave up, problem, hint). The first match wins.
_YAML_WORDS = [
    ("'\\t'", False, "this line is indented with a tab", "indent with spaces, not tabs"),
    (
        "while scanning a quoted scalar",
        True,
        "a quotation mark on this line is never closed",
        "add the closing quotation mark at the end of the text",
    ),
    (
        "while parsing a flow sequence",
        True,
        "the list that starts with '[' on this line is not closed",
        "end the list with ']' on the same line, with a comma between items",
    ),
    ("while parsing a flow mapping", True, "the '{' on this line is not closed", _QUOTE_HINT),
    (
        "while scanning a simple key",
        True,
        "this line has no ':' after the field name",
        "write the field name, a colon and a space, then the value, like  title: Library opening hours",
    ),
    (
        "mapping values are not allowed here",
        False,
        "this line has a ':' that cannot be read, or is indented too far",
        "put text that contains ': ' in double quotes, like  summary: \"Our plans: what we propose\"; "
        "otherwise line the field up with the fields above it",
    ),
    (
        "found '<scalar>'",
        False,
        "there is more text after a closing quotation mark",
        "put the quotation marks around the whole text, or leave them out",
    ),
    (
        "expected <block end>",
        False,
        "this line is not lined up with the fields above it",
        "indent fields at the same level by the same number of spaces",
    ),
    (
        "sequence entries are not allowed here",
        False,
        "a '- ' list item cannot go here",
        "put each list item on its own line below the field, starting with '- ', or " + _QUOTE_HINT,
    ),
    ("found undefined alias", False, "text cannot start with '*'", _QUOTE_HINT),
    ("while scanning an anchor", False, "text cannot start with '&'", _QUOTE_HINT),
    (
        "while scanning a block scalar",
        True,
        "'|' or '>' must be the last thing on its line",
        "start the text on the next line, indented by two spaces",
    ),
]
_BAD_START = re.compile(r"found character '(.)' that cannot start any token")


def _yaml_problem(error: yaml.MarkedYAMLError) -> tuple[Any, str, str]:
    """Where a YAML error is, and what it means, in plain words."""
    what = (error.problem or "").strip()
    words = f"{what} {error.context or ''}"
    for clue, at_start, problem, hint in _YAML_WORDS:
        if clue in words:
            mark = (error.context_mark if at_start else None) or error.problem_mark or error.context_mark
            return mark, problem, hint
    bad_start = _BAD_START.search(what)
    if bad_start:
        return error.problem_mark, f"text cannot start with '{bad_start.group(1)}'", _QUOTE_HINT
    return (
        error.problem_mark or error.context_mark,
        f"the YAML is not valid: {what or 'it could not be read'}",
        "check the indentation and any ':' in text; put text containing ':' or '#' in quotes",
    )


@dataclass
class Source:
    """A parsed YAML document plus where each field was written."""

    path: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    first_line: int = 1

    @property
    def at(self) -> Locator:
        """Problems at this document's lines."""
        return Locator(self.path, self.lines, self.first_line)

    def line_of(self, location: Location) -> int:
        """The line of a field, or of the nearest enclosing field that exists."""
        return self.at.line_of(location)


def parse_yaml(text: str, path: str, line_offset: int = 0) -> tuple[Source | None, list[Problem]]:
    """Parse YAML text; on a syntax error return a problem naming its line."""
    if _FastOfficerYamlLoader is not None:
        fast = _FastOfficerYamlLoader(text)
        try:
            return _source_from(fast.get_single_node(), fast, path, line_offset)
        except yaml.YAMLError:
            pass  # read it again below, for the plain-English message
        finally:
            fast.dispose()
    loader = _OfficerYamlLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark, problem, hint = _yaml_problem(error)
        line = (mark.line + 1 if mark else 1) + line_offset
        return None, [Problem(path, line, "", problem, hint)]
    except yaml.YAMLError as error:  # pragma: no cover - non-marked errors are rare
        return None, [Problem(path, 1 + line_offset, "", f"the YAML is not valid: {error}", "check the file")]
    finally:
        loader.dispose()
    return _source_from(node, loader, path, line_offset)


def _source_from(
    node: yaml.Node | None, loader: _Constructs, path: str, line_offset: int
) -> tuple[Source, list[Problem]]:
    source = Source(path=path, data=None, first_line=line_offset if line_offset else 1)
    problems: list[Problem] = []
    if node is not None:
        source.data = _build(node, (), source, problems, loader, line_offset)
    return source, problems


def _build(
    node: yaml.Node, location: Location, source: Source, problems: list[Problem], loader: _Constructs, offset: int
) -> Any:
    line = node.start_mark.line + 1 + offset
    source.lines.setdefault(location, line)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, loader) if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            key = str(key)
            key_line = key_node.start_mark.line + 1 + offset
            if key in result:
                first_line = source.lines[(*location, key)]
                problems.append(
                    Problem(
                        source.path,
                        key_line,
                        field_name((*location, key)),
                        f"this field is given twice: it is also on line {first_line}",
                        "keep one of them and delete the other",
                    )
                )
                continue
            source.lines[(*location, key)] = key_line
            result[key] = _build(value_node, (*location, key), source, problems, loader, offset)
            source.lines[(*location, key)] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _build(item, (*location, index), source, problems, loader, offset) for index, item in enumerate(node.value)
        ]
    return _scalar(node, loader)


def _scalar(node: yaml.Node, loader: _Constructs) -> Any:
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError:
        return node.value


def display_path(path: Path, root: Path) -> str:
    """A file as officers know it: relative to the hub's folder, with forward slashes."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_text(file: Path, path: str) -> tuple[str | None, list[Problem]]:
    """A file's text; if it is not UTF-8, a problem at the line of the first character that is not."""
    raw = file.read_bytes()
    try:
        return raw.decode("utf-8").lstrip("\ufeff"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, [
            Problem(
                path,
                line,
                "",
                "the file is not saved as UTF-8 text",
                "save it as UTF-8 in your editor; the first character that cannot be read is on this "
                "line, often a £ sign, a dash or a curly quotation mark pasted from another program",
            )
        ]


def read_front_matter(file: Path, path: str) -> tuple[Source | None, list[Problem]]:
    """Split a record into YAML front matter and Markdown body, keeping line numbers."""
    text, problems = read_text(file, path)
    if text is None:
        return None, problems
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None, [
            Problem(
                path,
                1,
                "",
                "the file does not start with front matter",
                "the first line must be --- followed by the fields, then another --- line",
            )
        ]
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            end = index
            break
    else:
        return None, [
            Problem(path, 1, "", "the front matter is not closed", "add a line with just --- after the last field")
        ]
    yaml_text = "".join(lines[1:end])
    source, problems = parse_yaml(yaml_text, path, line_offset=1)
    if source is None:
        return None, problems
    source.first_line = 1
    if source.data is None:
        source.data = {}
    if not isinstance(source.data, dict):
        return None, [
            *problems,
            Problem(
                path,
                2,
                "",
                "the front matter is not a set of fields",
                "write one field per line, like  title: Library opening hours",
            ),
        ]
    source.body = "".join(lines[end + 1 :])
    source.body_line = end + 2
    return source, problems
