"""Loading consultations: every consultations/<slug>/index.md, checked, all problems in one run.

The build and ``hub check`` load through here (via ``site.hub``), so an
officer sees exactly the messages the build would stop with.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import Any

from ..core.body import Body, read_body
from ..core.documents import documents_checked
from ..core.parallel import each_done
from ..core.plain_english import body_in_plain_english
from ..core.problems import Problem, Severity
from ..core.records import (
    Checking,
    FolderName,
    Template,
    in_draft,
    is_draft,
    links_inside,
    read_record_file,
    record_folders,
    validate,
    validate_in_part,
)
from ..core.source import display_path
from ..core.welsh_text import WELSH_BODY_FILE, loaded_welsh_body, welsh_sections
from . import rules
from .record import FOLDER, TEMPLATE, Consultation, ConsultationRecord

RESERVED_SLUGS = {"open", "forthcoming", "closed", "outcomes", "withdrawn", "archive", "all", "index", "feed"}
"""Web addresses under consultations/ kept for the hub's own pages."""
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

MISSING_HINTS = {
    "title": "add a short title, like  title: Changes to library opening hours",
    "summary": "add one or two plain sentences saying what the consultation is about",
    "opens": "add the opening date, like  opens: 2026-03-02",
    "closes": "add the closing date, like  closes: 2026-04-13 17:00",
    "wards": "add the wards affected, like  wards: [Castle, Riverside]  or  wards: all",
    "topics": "add at least one topic from the council's topic list",
    "service": "add the council team running the consultation",
    "engagement_level": "add one of: inform, consult, involve, collaborate, empower",
    "contact": "add a contact officer with at least a name and an email or phone",
    "contact.name": "add the name of the officer residents can ask, like  name: Priya Shah",
    "documents.*.title": "add the document's title as residents should see it, like  title: Full proposal",
    "documents.*.accessible": "add  accessible: true  if the document meets accessibility standards, "
    "with tags, headings and alt text; otherwise  accessible: false",
    "outcome.documents.*.title": "add the document's title as residents should see it, "
    "like  title: Consultation report",
    "outcome.documents.*.accessible": "add  accessible: true  if the document meets accessibility standards, "
    "with tags, headings and alt text; otherwise  accessible: false",
    "events.*.title": "add what the event is, like  title: Drop-in session at Castle Library",
    "events.*.start": "add when the event starts, like  start: 2026-03-10 14:00",
    "events.*.end": "add when the event ends, like  end: 2026-03-10 16:00",
    "translations.*.language": "add the language, in that language and in English, like  language: Polski (Polish)",
    "updates.*.date": "add the date of the change, like  date: 2026-03-05",
    "updates.*.change": "say in plain words what changed",
    "withdrawn.reason": "say in plain words why the consultation was withdrawn, like  reason: We are pausing this "
    "while we review the budget",
    "withdrawn.date": "add the date it was withdrawn, like  date: 2026-03-20",
    "outcome.published": "add the date the outcome was published, like  published: 2026-06-01",
    "outcome.responses": "add how many responses you received, like  responses: 412",
    "outcome.you_said": "summarise what residents told you",
    "outcome.we_did": "say what the council did because of it",
}


def load_consultations(root: Path, checking: Checking) -> tuple[list[Consultation], list[Consultation], list[Problem]]:
    """Every consultation without errors, split into published ones and drafts, and every problem found."""
    folder = root / FOLDER
    if not folder.is_dir():
        return (
            [],
            [],
            [
                Problem(
                    FOLDER,
                    1,
                    "",
                    "the consultations folder is missing",
                    "create a folder called consultations next to mkdocs.yml",
                )
            ],
        )
    published: list[Consultation] = []
    drafts: list[Consultation] = []
    problems: list[Problem] = []
    names = FolderName("slug")
    template = Template.read(root / TEMPLATE / "index.md", root)
    folders = list(record_folders(folder))
    loaded = each_done(
        folders, partial(load_consultation, root=root, checking=checking, template=template), checking.workers
    )
    for record_folder, (consultation, found) in zip(folders, loaded, strict=True):
        found = in_draft(
            found, consultation.record.draft if consultation is not None else is_draft(record_folder, None)
        )
        problems += found
        clash = names.clash(record_folder, display_path(record_folder / "index.md", root))
        if clash is not None:
            problems.append(clash)
        if consultation is not None:
            (drafts if consultation.record.draft else published).append(consultation)
    return published, drafts, problems


def slug_problem(slug: str, path: str = "") -> Problem | None:
    """A folder name must work as a web address and not take one of the hub's own."""
    path = path or f"{FOLDER}/{slug}/index.md"
    if slug.startswith(("_", ".")):
        return None  # reported as a folder only the template may name so (core.records)
    if not _SLUG.match(slug):
        return Problem(
            path,
            1,
            "slug",
            f"the folder name '{slug}' cannot be used as a web address",
            "use lower-case letters, numbers and hyphens only, like library-opening-hours",
        )
    if slug in RESERVED_SLUGS:
        return Problem(
            path,
            1,
            "slug",
            f"the folder name '{slug}' is kept for the hub's own pages",
            "choose a name that describes the consultation, like open-spaces-review",
        )
    return None


def _stand_ins(checking: Checking) -> dict[str, Any]:
    """Valid values for required fields, used only to run the other rules while these are still wrong."""
    topics = checking.settings.topics[:1] if checking.settings is not None else ["Topic"]
    return {
        "title": "x",
        "summary": "x",
        "opens": "2000-01-01",
        "closes": "2000-01-02",
        "wards": "all",
        "topics": topics,
        "service": "x",
        "engagement_level": "inform",
        "contact": {"name": "x", "email": "stand.in@example.org"},
    }


SAMPLE_FIELDS = (
    ("title",),
    ("summary",),
    ("contact", "name"),
    ("contact", "email"),
    ("contact", "phone"),
    ("ways_to_respond", "online"),
    ("ways_to_respond", "email"),
    ("ways_to_respond", "phone"),
)
"""Fields that must not keep the template's sample text once a consultation is published."""


def load_consultation(
    record_folder: Path, root: Path, checking: Checking, template: Template | None = None
) -> tuple[Consultation | None, list[Problem]]:
    """Read one consultations/<slug>/index.md; return it only if it has no errors."""
    problems: list[Problem] = []
    slug = record_folder.name
    problem = slug_problem(slug, display_path(record_folder / "index.md", root))
    if problem:
        problems.append(problem)
    source, found = read_record_file(record_folder, root, "consultation", TEMPLATE + "index.md")
    problems += found
    if source is None:
        return None, problems
    problems += links_inside(record_folder, root, source)
    body, found = read_body(source.body, source.path, source.body_line)
    problems += found
    problems += body_in_plain_english(source, checking)
    context = {"settings": checking.settings, "folder": record_folder, "whose": "this consultation's"}
    record, found = validate(ConsultationRecord, source, context, MISSING_HINTS)
    problems += found
    if record is None:
        partial, unavailable = validate_in_part(ConsultationRecord, source, context, found, _stand_ins(checking))
        if partial is not None:
            problems += rules.check(partial, source.at, checking, unavailable=unavailable)
            problems += documents_checked(record_folder, source.at, checking.now, partial.every_document)
        return None, problems
    problems += rules.check(record, source.at, checking)
    problems += documents_checked(record_folder, source.at, checking.now, record.every_document)
    if template is not None and not record.draft:
        problems += template.sample_text_left(source, body.sections, SAMPLE_FIELDS)
    welsh, found = _welsh_body(record, body, source.path, checking)
    problems += found
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    problems += rules.check(record, source.at, checking, rules.REMINDERS)
    return Consultation(
        slug=slug, folder=record_folder, record=record, body=body, at=source.at, welsh_body=welsh
    ), problems


def _welsh_body(
    record: ConsultationRecord, body: Body, path: str, checking: Checking
) -> tuple[Body | None, list[Problem]]:
    """The body in Welsh, section for section with the English (core.welsh_text), for a bilingual council."""
    welsh_path = path.removesuffix("index.md") + WELSH_BODY_FILE
    welsh, problems = loaded_welsh_body(record.welsh, body.sections, welsh_path, checking.bilingual)
    if welsh is None:
        return None, problems
    twins = welsh_sections(body.sections, welsh)
    return Body(welsh.introduction_text, tuple(twins.get(s.line, s) for s in body.sections)), problems
