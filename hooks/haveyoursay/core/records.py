"""Reading a record folder, the same way for consultations and decision notices.

Both kinds are a folder holding ``index.md`` (YAML front matter, then the
Markdown body) and the files it names; the folder's name is the record's web
address. This module does the steps both share: find the folders, read the
front matter with its lines, and validate it against the kind's model with
officer-worded errors. Each kind's ``loading`` module adds its own body and
rules on top.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from .body import Section, read_body
from .cache import key_of, remembered
from .fields import RecordModel, problems_from
from .files import RECORD_FILE
from .problems import Location, Locator, Problem, Severity
from .settings import CouncilSettings
from .source import Source, display_path, read_front_matter

TEMPLATE_FOLDER = "_template"
"""The folder officers copy; it is checked by nobody and never published."""

Model = TypeVar("Model", bound=RecordModel)
RuleFunction = TypeVar("RuleFunction", bound=Callable[..., Any])


def record_folders(parent: Path) -> Iterator[Path]:
    """Every record folder under ``parent``, in name order: all but the template's, so nothing vanishes unseen."""
    if not parent.is_dir():
        return
    for folder in sorted(p for p in parent.iterdir() if p.is_dir() or p.is_symlink()):
        if folder.name != TEMPLATE_FOLDER:
            yield folder


def hidden_folder_problem(name: str, path: str) -> Problem | None:
    """Only the template's folder may start with "_" (Windows names a copy "_template - Copy")."""
    if name.startswith(("_", ".")):
        return Problem(
            path,
            1,
            "",
            f"the folder name '{name}' starts with '{name[0]}', which only the template's folder may",
            "rename it to the record's web address, or delete it if it is a copy you do not need",
        )
    return None


def address_key(name: str) -> str:
    """Two folders whose names differ only in capitals, spaces or underscores would share a web address."""
    return re.sub(r"[\s_]+", "-", name.casefold())


@dataclass(frozen=True)
class FolderName:
    """A folder name clashing with another one, found while reading all of them."""

    name_field: str
    """What the folder name is to officers: a consultation's slug, a notice's reference."""
    seen: dict[str, str] = field(default_factory=dict)

    def clash(self, folder: Path, path: str) -> Problem | None:
        key = address_key(folder.name)
        if key in self.seen:
            return Problem(
                path,
                1,
                self.name_field,
                f"the web address '{key}' is already used by {self.seen[key]}",
                "rename one of the two folders",
            )
        self.seen[key] = path
        return None


def read_record_file(folder: Path, root: Path, kind: str, template: str) -> tuple[Source | None, list[Problem]]:
    """The front matter and body of ``<folder>/index.md``, or the problems that stop it being read.

    A folder that is a link, or holds a link, is refused before anything in it is read.
    """
    path = display_path(folder / RECORD_FILE, root)
    hidden = hidden_folder_problem(folder.name, path)
    if hidden is not None:
        return None, [hidden]
    if folder.is_symlink():
        return None, [
            Problem(
                display_path(folder, root) + "/",
                1,
                "",
                f"this {kind} folder is a link to another folder",
                "put the real folder here, or delete the link",
            )
        ]
    index = folder / RECORD_FILE
    if not index.is_file():
        return None, [
            Problem(
                display_path(folder, root) + "/",
                1,
                "",
                f"this {kind} folder has no {RECORD_FILE}",
                f"copy {template} into it",
            )
        ]
    return _front_matter(index, display_path(index, root))


def _front_matter(index: Path, path: str) -> tuple[Source | None, list[Problem]]:
    """``read_front_matter``, kept between runs under the file's bytes and name (core.cache)."""
    raw = index.read_bytes()
    return remembered(
        "records", lambda: key_of(raw, path), lambda: read_front_matter(index, path, raw), _encode_read, _decode_read
    )


def _encode_read(read: tuple[Source | None, list[Problem]]) -> Any:
    source, problems = read
    kept = [[p.path, p.line, p.field, p.problem, p.hint, p.severity.value, p.in_draft] for p in problems]
    if source is None:
        return [None, kept]
    lines = [[list(location), line] for location, line in source.lines.items()]
    return [[source.path, _encode(source.data), lines, source.body, source.body_line, source.first_line], kept]


def _decode_read(kept: Any) -> tuple[Source | None, list[Problem]]:
    written, problems = kept
    found = [Problem(a, int(b), c, d, e, Severity(f), bool(g)) for a, b, c, d, e, f, g in problems]
    if written is None:
        return None, found
    path, data, lines, body, body_line, first_line = written
    source = Source(path, _decode(data), {tuple(at): int(line) for at, line in lines}, body, body_line, first_line)
    return source, found


def _encode(value: Any) -> Any:
    """A YAML value as JSON: mappings, lists, dates and times marked, so they come back as they were."""
    if isinstance(value, dict):
        return {"m": {str(k): _encode(v) for k, v in value.items()}}
    if isinstance(value, list):
        return {"l": [_encode(v) for v in value]}
    if isinstance(value, datetime):
        return {"t": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"not kept: {type(value).__name__}")  # !!binary, !!set and the like: read again each time


def _decode(value: Any) -> Any:
    if isinstance(value, dict):
        (mark, inner), *_ = value.items()
        if mark == "m":
            return {k: _decode(v) for k, v in inner.items()}
        if mark == "l":
            return [_decode(v) for v in inner]
        return datetime.fromisoformat(inner) if mark == "t" else date.fromisoformat(inner)
    return value


def validate(
    model: type[Model], source: Source, context: dict[str, Any], missing_hints: dict[str, str]
) -> tuple[Model | None, list[Problem]]:
    """The record as its model, or every field problem in officers' words."""
    try:
        return model.model_validate(source.data, context=context), []
    except ValidationError as error:
        return None, problems_from(error, source, model, missing_hints=missing_hints)


def validate_in_part(
    model: type[Model],
    source: Source,
    context: dict[str, Any],
    field_problems: list[Problem],
    stand_ins: dict[str, Any],
) -> tuple[Model | None, frozenset[str]]:
    """The record with its wrong fields replaced by valid stand-ins, and the names of the fields replaced.

    So the rules whose fields are all right can still run in the same check, and an officer fixes every
    problem in one round, not a field problem now and a rule problem after it. A rule that needs a replaced
    field is not run: its answer would be about the stand-in, not the record.
    """
    data = source.data if isinstance(source.data, dict) else {}
    wrong = {re.split(r"[.\[]", p.field, maxsplit=1)[0] for p in field_problems if p.field}
    if not wrong or "" in wrong:
        return None, frozenset()
    kept = {name: value for name, value in data.items() if name not in wrong}
    replaced = {name for name in wrong if name in stand_ins}
    try:
        partial = model.model_validate({**kept, **{name: stand_ins[name] for name in replaced}}, context=context)
    except ValidationError:
        return None, frozenset()
    return partial, frozenset(wrong)


def needs(*fields: str) -> Callable[[RuleFunction], RuleFunction]:
    """The top-level fields a rule reads, so it can run while other fields are still wrong."""

    def mark(rule: RuleFunction) -> RuleFunction:
        setattr(rule, "needs", frozenset(fields))  # noqa: B010 - a marker the rule's own type does not declare
        return rule

    return mark


def can_run(rule: Callable[..., Any], unavailable: frozenset[str]) -> bool:
    """Whether a rule's fields are all there to read (every rule can run on a whole, valid record)."""
    if not unavailable:
        return True
    wanted = getattr(rule, "needs", None)
    return wanted is not None and not (wanted & unavailable)


@dataclass(frozen=True)
class Checking:
    """What every rule may need besides the record: the council's settings and the moment of the check."""

    settings: CouncilSettings | None  # None when mkdocs.yml is wrong: records are still checked
    now: datetime
    advice: bool = True
    """Whether to give advice on the writing (plain English): `hub check` does; a build, which
    needs only to know a record is right, skips it and its cost."""
    workers: int = 1
    """How many processes share the records out (core.parallel): `hub check` uses every core."""

    @property
    def bilingual(self) -> bool:
        """Whether the council publishes in Welsh and English, so every record needs its Welsh text."""
        return self.settings is not None and self.settings.bilingual


def former_wards_named(wards: Iterable[str], at: Locator, checking: Checking, what: str) -> Iterator[Problem]:
    """A ward a boundary review abolished stays on the records made before it, but a record that is
    still to come (``what``: "consultation that has not opened") must use the current wards."""
    former = {ward.casefold() for ward in checking.settings.former_wards} if checking.settings else set()
    for number, ward in enumerate(wards):
        if ward.casefold() in former and checking.settings is not None:
            yield at.error(
                ("wards", number),
                f"'{ward}' is a former ward",
                f"a {what} must use the current wards: " + ", ".join(checking.settings.wards),
            )


# -- what must not be published unfinished -------------------------------------------------------


SAMPLE_MIN_LENGTH = 25


@dataclass(frozen=True)
class Template:
    """The template officers copy: a record still holding its sample text is not finished."""

    source: Source | None
    sections: dict[str, str]

    @classmethod
    def read(cls, index: Path, root: Path) -> Template:
        source, _ = read_front_matter(index, display_path(index, root)) if index.is_file() else (None, [])
        sections: dict[str, str] = {}
        if source is not None:
            body, _ = read_body(source.body, source.path, source.body_line, required=())
            # Only the template's instructions ("Say what you plan to do..."), not a short answer like "None."
            # that a real record may well give too.
            sections = {
                section.title: section.words() for section in body.sections if len(section.words()) >= SAMPLE_MIN_LENGTH
            }
        return cls(source, sections)

    def sample_text_left(
        self, source: Source, sections: Iterable[Section], fields: tuple[Location, ...]
    ) -> list[Problem]:
        """Fields and sections of a record that still say exactly what the template says."""
        if self.source is None:
            return []
        problems = []
        for location in fields:
            mine, sample = value_at(source.data, location), value_at(self.source.data, location)
            if isinstance(mine, str) and mine.strip() and mine == sample:
                problems.append(
                    source.at.error(
                        location,
                        "this is still the template's sample text",
                        "replace it with your own before you publish",
                    )
                )
        for section in sections:
            if self.sections.get(section.title) == section.words():
                problems.append(
                    Problem(
                        source.path,
                        section.line,
                        "body",
                        f"the section '{section.title}' still has the template's sample text",
                        "write your own text under the heading before you publish",
                    )
                )
        return problems


def value_at(data: Any, location: Location) -> Any:
    for part in location:
        if isinstance(part, str) and isinstance(data, dict):
            data = data.get(part)
        else:
            return None
    return data


def links_inside(folder: Path, root: Path, source: Source | None = None) -> list[Problem]:
    """Every symbolic link in a record's folder: git keeps links and CI restores them, so one could point
    anywhere on the build machine. The hub publishes real files only, so any link is refused. A link the
    record names is reported at the field that names it instead (by ``core.files``)."""
    links = sorted(_links_in(folder))
    if not links:  # the usual case: nothing more to do
        return []
    named = set(_strings(source.data)) if source is not None else set()
    problems = []
    for path in links:
        if path.relative_to(folder).as_posix() not in named:
            problems.append(
                Problem(
                    display_path(path, root),
                    1,
                    "",
                    "this is a link to another file, not a file",
                    "put the real file here, or delete the link",
                )
            )
    return problems


def _links_in(folder: Path) -> Iterator[Path]:
    """Every link under ``folder`` (links to folders are not followed), read with os.scandir: quick."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.is_symlink():
            yield Path(entry.path)
        elif entry.is_dir(follow_symlinks=False):
            yield from _links_in(Path(entry.path))


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data.strip()
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


_DRAFT_LINE = re.compile(r"^draft:\s*(true|yes)\s*(#.*)?$", re.MULTILINE | re.IGNORECASE)


def is_draft(folder: Path, source: Source | None) -> bool:
    """Whether a record is a draft, even one whose fields cannot be read: its problems then do not stop the
    site (drafts publish nothing), though `hub check` still fails for the officer writing it."""
    if source is not None and isinstance(source.data, dict):
        return source.data.get("draft") is True
    index = folder / RECORD_FILE
    try:
        return bool(_DRAFT_LINE.search(index.read_text(encoding="utf-8", errors="replace")[:100_000]))
    except OSError:
        return False


def in_draft(problems: list[Problem], draft: bool) -> list[Problem]:
    return [replace(p, in_draft=True) for p in problems] if draft else problems
