"""Reading a record folder, the same way for consultations and decision notices.

Both kinds are a folder holding ``index.md`` (YAML front matter, then the
Markdown body) and the files it names; the folder's name is the record's web
address. This module does the steps both share: find the folders, read the
front matter with its lines, and validate it against the kind's model with
officer-worded errors. Each kind's ``loading`` module adds its own body and
rules on top.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from .fields import RecordModel, problems_from
from .files import RECORD_FILE
from .problems import Problem
from .settings import CouncilSettings
from .source import Source, display_path, read_front_matter

TEMPLATE_FOLDER = "_template"
"""The folder officers copy; it is checked by nobody and never published."""

Model = TypeVar("Model", bound=RecordModel)


def record_folders(parent: Path) -> Iterator[Path]:
    """Every record folder under ``parent``, in name order (the template and hidden folders left out)."""
    if not parent.is_dir():
        return
    for folder in sorted(p for p in parent.iterdir() if p.is_dir()):
        if not folder.name.startswith(("_", ".")):
            yield folder


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
    """The front matter and body of ``<folder>/index.md``, or the problems that stop it being read."""
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
    return read_front_matter(index, display_path(index, root))


def validate(
    model: type[Model], source: Source, context: dict[str, Any], missing_hints: dict[str, str]
) -> tuple[Model | None, list[Problem]]:
    """The record as its model, or every field problem in officers' words."""
    try:
        return model.model_validate(source.data, context=context), []
    except ValidationError as error:
        return None, problems_from(error, source, model, missing_hints=missing_hints)


@dataclass(frozen=True)
class Checking:
    """What every rule may need besides the record: the council's settings and the moment of the check."""

    settings: CouncilSettings | None  # None when mkdocs.yml is wrong: records are still checked
    now: datetime
