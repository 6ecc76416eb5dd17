"""Reading officer-written YAML while remembering the line of every field.

One loader for every record and for the council's settings, so that every
problem can point at the line to fix. Dates are deliberately left as text:
PyYAML would otherwise turn "2026-02-30" into a traceback and "2026-03-12 17:00"
into a string while "2026-03-12" became a date; the rules parse them instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

Location = tuple[Any, ...]


class _OfficerYamlLoader(yaml.SafeLoader):
    """Safe YAML without implicit timestamps; unknown tags are kept as text."""


_OfficerYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class Source:
    """A parsed YAML document plus where each field was written."""

    path: str
    data: Any
    lines: dict[Location, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    first_line: int = 1

    def line_of(self, location: Location) -> int:
        """The line of a field, or of the nearest enclosing field that exists."""
        location = tuple(location)
        while location:
            if location in self.lines:
                return self.lines[location]
            location = location[:-1]
        return self.first_line


def parse_yaml(text: str, path: str, line_offset: int = 0) -> tuple[Source | None, list[Problem]]:
    """Parse YAML text; on a syntax error return a problem naming its line."""
    loader = _OfficerYamlLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = (mark.line + 1 if mark else 1) + line_offset
        what = (error.problem or "the YAML could not be read").strip()
        return None, [Problem(path, line, "", f"the YAML is not valid: {what}",
                              "check the indentation and any ':' in text; put text containing ':' or '#' in quotes")]
    except yaml.YAMLError as error:  # pragma: no cover - non-marked errors are rare
        return None, [Problem(path, 1 + line_offset, "", f"the YAML is not valid: {error}", "check the file")]
    finally:
        loader.dispose()
    source = Source(path=path, data=None, first_line=line_offset if line_offset else 1)
    problems: list[Problem] = []
    if node is not None:
        source.data = _build(node, (), source, problems, loader, line_offset)
    return source, problems


def _build(node, location: Location, source: Source, problems: list[Problem], loader, offset: int):
    line = node.start_mark.line + 1 + offset
    source.lines.setdefault(location, line)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, loader) if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            key = str(key)
            key_line = key_node.start_mark.line + 1 + offset
            if key in result:
                problems.append(Problem(source.path, key_line, _dotted(location + (key,)),
                                        "this field is given twice", "keep one of them and delete the other"))
                continue
            source.lines[location + (key,)] = key_line
            result[key] = _build(value_node, location + (key,), source, problems, loader, offset)
            source.lines[location + (key,)] = key_line
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, location + (index,), source, problems, loader, offset)
                for index, item in enumerate(node.value)]
    return _scalar(node, loader)


def _scalar(node, loader):
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError:
        return node.value


def _dotted(location: Location) -> str:
    return field_name(location)


def field_name(location: Location) -> str:
    """How officers see a field: `contact.email`, `documents[2].file` (counting from 1)."""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def read_front_matter(file: Path, path: str) -> tuple[Source | None, list[Problem]]:
    """Split a record into YAML front matter and Markdown body, keeping line numbers."""
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return None, [Problem(path, 1, "", "the file is not saved as UTF-8 text",
                              f"save it as UTF-8 in your editor (byte {error.start} could not be read)")]
    text = text.lstrip("\ufeff")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None, [Problem(path, 1, "", "the file does not start with front matter",
                              "the first line must be --- followed by the fields, then another --- line")]
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            end = index
            break
    else:
        return None, [Problem(path, 1, "", "the front matter is not closed",
                              "add a line with just --- after the last field")]
    yaml_text = "".join(lines[1:end])
    source, problems = parse_yaml(yaml_text, path, line_offset=1)
    if source is None:
        return None, problems
    source.first_line = 1
    if source.data is None:
        source.data = {}
    if not isinstance(source.data, dict):
        return None, problems + [Problem(path, 2, "", "the front matter must be a list of fields",
                                         "write one field per line, like  title: Library opening hours")]
    source.body = "".join(lines[end + 1:])
    source.body_line = end + 2
    return source, problems
