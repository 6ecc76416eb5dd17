"""Reading officer-written YAML while remembering the line of every field.

One loader for every record and for the council's settings, so that every
problem can point at the line to fix. Dates are deliberately left as text:
PyYAML would otherwise turn "2026-02-30" into a traceback and "2026-03-12 17:00"
into a string while "2026-03-12" became a date; the rules parse them instead.
Only plain decimal numbers are numbers: YAML 1.1 would read a phone number
like 01234567012 as octal and a time like 17:00 as 1020 minutes.
PyYAML's own error messages are rewritten in plain words (``_YAML_WORDS``).

Reading is bounded whatever the file holds: anchors and aliases (nine lines of
them can stand for a billion values) and nesting deeper than ``MOST_LEVELS``
are refused, and the nodes are put together by a loop (``_compose``), as
PyYAML's composers recurse: Python's stack overflows at about 300 levels,
libyaml's C stack (killing the process) at about 100,000. Hidden control
characters are reported at their line and read as spaces, so the rest is checked.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import ComposerError

from .problems import Location, Locator, Problem, field_name


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
    ("while scanning an anchor", False, "text cannot start with '&'", _QUOTE_HINT),
    (
        "expected '<document start>'",
        False,
        "there is text above this line that is not a field",
        "every line must be a field, like  title: Library opening hours: delete the stray text or name its field",
    ),
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


MOST_LEVELS = 30
"""Lists and groups of fields inside each other: a record needs 4, mkdocs.yml rarely 10."""
HIDDEN_CHARACTER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
"""Control characters but tab, line feed and carriage return; C1 controls; Unicode line separators."""
HIDDEN_PROBLEM = "this line has a hidden control character, often pasted from Word"
_ANCHORS = (
    "'&' and '*' (anchors and aliases) are not allowed in {what}",
    "write each value out in full; if a text starts with & or *, " + _QUOTE_HINT,
)
_TOO_DEEP = (
    f"the lists and groups of fields here go more than {MOST_LEVELS} levels deep",
    "a record needs a few levels at most: check for '[' or '{' never closed, or lines indented too far",
)
_KEEP_ONE = "keep one of them and delete the other"
_NAMED_BY_A_LIST = ("a field's name here is a list or a group, not a word", "write the name, a colon, then the value")
_CURLY_QUOTE = re.compile("[\u201c\u201d\u2018\u2019]")
_CURLY_QUOTES = (
    "the curly quotes on this line (\u201c \u201d), often from Word, do not work as quotation marks",
    'type straight quotes (") in their place, or leave the quotes out if the text has no ": " in it',
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_INDENT = re.compile(r"[ \t" + HIDDEN_CHARACTER.pattern[1:-1] + "]*")


def split_lines(text: str) -> list[str]:
    """Lines as an editor counts them (ends kept): only line feeds and carriage returns end a line."""
    return _LINE.findall(text)


def hidden_characters(text: str, first_line: int = 1) -> tuple[str, dict[int, str]]:
    """The text with hidden characters read as spaces (dropped from indentation), and a hint for each line with any."""
    found: dict[int, str] = {}
    lines = split_lines(text) if HIDDEN_CHARACTER.search(text) else []
    for number, line in enumerate(lines):
        if hidden := HIDDEN_CHARACTER.search(line):
            before = HIDDEN_CHARACTER.sub("", line[: hidden.start()]).strip()
            tail = before[-30:].split(" ", 1)[-1] if len(before) > 30 and " " in before[-30:] else before[-30:]
            where = f"just after '{tail}'" if before else "at the start of the line"
            found[first_line + number] = f"type the line again by hand; the hidden character is {where}"
            indent = _INDENT.match(line).end()  # type: ignore[union-attr]  # it matches every string
            lines[number] = HIDDEN_CHARACTER.sub("", line[:indent]) + HIDDEN_CHARACTER.sub(" ", line[indent:])
    return ("".join(lines), found) if found else (text, found)


def _hidden(path: str, found: dict[int, str], source: Source | None, field: str | None = None) -> list[Problem]:
    """A problem for each line with a hidden character, naming the field on (or running on to) that line."""
    starts = sorted(
        (at, len(where), field_name(where)) for where, at in (source.lines if source else {}).items() if where
    )
    fields = [field or (starts[i - 1][2] if (i := bisect_right(starts, (n, 1 << 30))) else "") for n in found]
    return [Problem(path, n, name, HIDDEN_PROBLEM, hint) for (n, hint), name in zip(found.items(), fields, strict=True)]


def parse_yaml(
    text: str, path: str, line_offset: int = 0, what: str = "this file"
) -> tuple[Source | None, list[Problem]]:
    """Parse YAML text; on a syntax error return a problem naming its line (``what`` the text is: a record)."""
    text, hidden = hidden_characters(text, 1 + line_offset)
    source, problems = _parse(text, path, line_offset, what)
    return source, _hidden(path, hidden, source) + problems


def _parse(text: str, path: str, line_offset: int, what: str) -> tuple[Source | None, list[Problem]]:
    if _FastOfficerYamlLoader is not None:
        fast = _FastOfficerYamlLoader(text)
        try:
            return _source_from(fast, path, line_offset, what)
        except yaml.YAMLError:
            pass  # read it again below, for the plain-English message
        finally:
            fast.dispose()
    loader = _OfficerYamlLoader(text)
    try:
        return _source_from(loader, path, line_offset, what)
    except yaml.MarkedYAMLError as error:
        mark, problem, hint = _yaml_problem(error)
        line = (mark.line + 1 if mark else 1) + line_offset
        lines = split_lines(text)
        if 0 < line - line_offset <= len(lines) and _CURLY_QUOTE.search(lines[line - line_offset - 1]):
            problem, hint = _CURLY_QUOTES
        return None, [Problem(path, line, "", problem, hint)]
    except yaml.YAMLError as error:  # pragma: no cover - non-marked errors are rare
        return None, [Problem(path, 1 + line_offset, "", f"the YAML is not valid: {error}", "check the file")]
    finally:
        loader.dispose()


def _source_from(loader: Any, path: str, line_offset: int, what: str) -> tuple[Source | None, list[Problem]]:
    node, problems = _compose(loader, path, line_offset, what)
    if problems:
        return None, problems
    source = Source(path=path, data=None, first_line=line_offset if line_offset else 1)
    if node is not None:
        source.data = _build(node, (), source, problems, loader, line_offset)
    return source, problems


def _compose(loader: Any, path: str, offset: int, what: str) -> tuple[yaml.Node | None, list[Problem]]:
    """The document's nodes, from the parser's events in a loop; a problem at every anchor and alias."""
    problems: list[Problem] = []
    loader.get_event()  # the start of the stream
    if loader.check_event(yaml.StreamEndEvent):
        return None, problems
    loader.get_event()  # the start of the document
    root = None
    open_nodes: list[tuple[yaml.CollectionNode, list[yaml.Node]]] = []
    while not isinstance(event := loader.get_event(), yaml.DocumentEndEvent):
        mark: Any = event.start_mark
        line = mark.line + 1 + offset
        # An alias names the anchor it uses; one problem a line is enough.
        if (
            isinstance(event, yaml.NodeEvent)
            and event.anchor is not None
            and (not problems or problems[-1].line < line)
        ):
            problems.append(Problem(path, line, "", _ANCHORS[0].format(what=what), _ANCHORS[1]))
        if isinstance(event, yaml.CollectionStartEvent):
            if len(open_nodes) >= MOST_LEVELS:
                return None, [*problems, Problem(path, line, "", *_TOO_DEEP)]
            kind = yaml.MappingNode if isinstance(event, yaml.MappingStartEvent) else yaml.SequenceNode
            open_nodes.append((kind(_tag(loader, kind, event), [], mark, None, flow_style=event.flow_style), []))
            continue
        node: yaml.Node
        if isinstance(event, yaml.CollectionEndEvent):
            node, items = open_nodes.pop()
            node.end_mark = event.end_mark
            is_mapping = isinstance(node, yaml.MappingNode)
            node.value = list(zip(items[::2], items[1::2], strict=True)) if is_mapping else items
        elif isinstance(event, yaml.ScalarEvent):
            node = yaml.ScalarNode(_tag(loader, yaml.ScalarNode, event), event.value, mark, mark, style=event.style)
        else:  # an alias, reported above: read as an empty value, so the rest is still checked
            node = yaml.ScalarNode("tag:yaml.org,2002:null", "", mark, mark)
        if open_nodes:
            open_nodes[-1][1].append(node)
        else:
            root = node
    if not loader.check_event(yaml.StreamEndEvent):
        another = loader.get_event().start_mark
        raise ComposerError("expected a single document in the stream", None, "but found another document", another)
    return root, problems


def _tag(loader: Any, kind: type[yaml.Node], event: Any) -> Any:
    written = event.tag not in (None, "!")  # or read from the value by the loader's resolvers (17:00 stays text)
    return event.tag if written else loader.resolve(kind, getattr(event, "value", None), event.implicit)


def _build(
    node: yaml.Node, location: Location, source: Source, problems: list[Problem], loader: Any, offset: int
) -> Any:
    line = node.start_mark.line + 1 + offset
    source.lines.setdefault(location, line)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1 + offset
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(Problem(source.path, key_line, field_name(location), *_NAMED_BY_A_LIST))
                continue
            key = str(_scalar(key_node, loader))
            if key in result:
                twice = f"this field is given twice: it is also on line {source.lines[(*location, key)]}"
                problems.append(Problem(source.path, key_line, field_name((*location, key)), twice, _KEEP_ONE))
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


def _scalar(node: yaml.Node, loader: Any) -> Any:
    """Its value, or its text if that cannot be read as its tag says (more than 4,300 digits, !!int on "x")."""
    try:
        return loader.construct_object(node, deep=True)
    except Exception:
        return node.value


def display_path(path: Path, root: Path) -> str:
    """A file as officers know it: relative to the hub's folder, with forward slashes."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def read_text(file: Path, path: str, raw: bytes | None = None) -> tuple[str | None, list[Problem]]:
    """A file's text (from ``raw``, its bytes, if they were read already); if it is not UTF-8, a problem at
    the line of the first character that is not."""
    raw = file.read_bytes() if raw is None else raw
    try:
        return raw.decode("utf-8").lstrip("\ufeff"), []
    except UnicodeDecodeError as error:
        line = len(split_lines(raw[: error.start].decode("utf-8") + "?"))  # the lines up to it, and its own
        hint = "save it as UTF-8 in your editor; the first character that cannot be read is on this line, "
        hint += "often a £ sign, a dash or a curly quotation mark pasted from another program"
        return None, [Problem(path, line, "", "the file is not saved as UTF-8 text", hint)]


def read_front_matter(file: Path, path: str, raw: bytes | None = None) -> tuple[Source | None, list[Problem]]:
    """Split a record into YAML front matter and Markdown body, keeping line numbers."""
    text, problems = read_text(file, path, raw)
    if text is None:
        return None, problems
    text, hidden = hidden_characters(text)
    lines = split_lines(text)
    if not lines or lines[0].strip() != "---":
        hint = "the first line must be --- followed by the fields, then another --- line"
        return None, [
            *_hidden(path, hidden, None),
            Problem(path, 1, "", "the file does not start with front matter", hint),
        ]
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            end = index
            break
    else:
        return None, [
            *_hidden(path, hidden, None),
            Problem(path, 1, "", "the front matter is not closed", "add a line with just --- after the last field"),
        ]
    yaml_text = "".join(lines[1:end])
    source, problems = parse_yaml(yaml_text, path, line_offset=1, what="a record")
    # Lines 2 to `end` are the fields, line `end + 1` closes them, and the body starts after it.
    in_body = {n: h for n, h in hidden.items() if n > end + 1}
    fields = {n: h for n, h in hidden.items() if n not in in_body}
    problems = _hidden(path, fields, source) + _hidden(path, in_body, None, "body") + problems
    if source is None:
        return None, problems
    source.first_line = 1
    if source.data is None:
        source.data = {}
    if not isinstance(source.data, dict):
        hint = "write one field per line, like  title: Library opening hours"
        return None, [*problems, Problem(path, 2, "", "the front matter is not a set of fields", hint)]
    source.body = "".join(lines[end + 1 :])
    source.body_line = end + 2
    return source, problems
