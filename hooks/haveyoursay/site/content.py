"""The council's own content folder: only what the hub knows how to publish safely.

``content/pages/`` holds the hand-written pages (MkDocs' ``docs_dir``): only
Markdown pages, which the build sanitises like any officer-written text.
MkDocs would render any other page format as it is, and copy any other file
(an .html or .svg with a script in it) to the site untouched, so the check
refuses them. ``content/decisions/`` holds decision notices. Anything else in
``content/`` is reported rather than silently ignored, and a symbolic link
anywhere in it is refused, because a link could point at any file on the
build machine.
"""

from __future__ import annotations

from pathlib import Path

from ..core.problems import Problem, Severity
from ..core.source import display_path
from ..decisions.record import FOLDER as DECISIONS

CONTENT = "content"
PAGES = "content/pages"
"""MkDocs' docs_dir: the hand-written pages."""
PAGE_SUFFIX = ".md"
KNOWN = {"pages", "decisions", "postcodes.csv", "wards.geojson"}
"""What content/ may hold. Later features add data files here (each named in this set);
postcodes.csv is the council's postcodes and their wards (site.postcodes.loading);
wards.geojson is the wards' boundaries, for the maps (site.maps.loading)."""
DECISIONS_FOLDER_FILES = {"decision.schema.json"}


def content_problems(root: Path) -> list[Problem]:
    """Everything in content/ the hub would publish unsafely, or would silently leave out."""
    content = root / CONTENT
    if not content.is_dir():
        return []
    records = root / DECISIONS
    problems = [
        _link(path, root)
        for path in sorted(content.rglob("*"))
        if path.is_symlink() and (path.parent == records or not path.is_relative_to(records))
    ]
    for path in sorted(content.iterdir()):
        if path.name not in KNOWN and not path.is_symlink():
            problems.append(
                Problem(
                    display_path(path, root) + ("/" if path.is_dir() else ""),
                    1,
                    "",
                    "the hub does not publish anything from here",
                    f"hand-written pages go in {PAGES}/ as .md files; decision notices go in {DECISIONS}/<reference>/",
                    Severity.WARNING,
                )
            )
    pages = root / PAGES
    for path in sorted(pages.rglob("*")) if pages.is_dir() else ():
        if path.is_file() and not path.is_symlink() and path.suffix != PAGE_SUFFIX:
            problems.append(
                Problem(
                    display_path(path, root),
                    1,
                    "",
                    "only pages written in Markdown (.md) are published from here",
                    "write the page as a .md file (lower-case .md); files such as .html, .svg or "
                    "documents belong to a record, beside its index.md",
                )
            )
    decisions = root / DECISIONS
    for path in sorted(decisions.iterdir()) if decisions.is_dir() else ():
        if path.is_file() and not path.is_symlink() and path.name not in DECISIONS_FOLDER_FILES:
            problems.append(
                Problem(
                    display_path(path, root),
                    1,
                    "",
                    "the hub does not publish files from here",
                    f"a notice's documents go in its own folder, {DECISIONS}/<reference>/, named "
                    "under documents: in its index.md",
                    Severity.WARNING,
                )
            )
    return problems


def _link(path: Path, root: Path) -> Problem:
    return Problem(
        display_path(path, root),
        1,
        "",
        "this is a link to another file or folder, not a real one",
        "put the real file here, or delete the link",
    )
