"""Loading decision notices: every content/decisions/<reference>/index.md, checked.

The mirror of consultations' loading.

The build and ``hub check`` load through here (via ``site.hub``), so an
officer sees exactly the messages the build would stop with.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from ..core.body import Section, heading_key, read_body
from ..core.documents import documents_checked
from ..core.fields import did_you_mean
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
from ..core.source import Source, display_path
from ..core.welsh_text import WELSH_BODY_FILE, loaded_welsh_body, welsh_sections
from . import rules
from .record import FOLDER, PART_A, PART_B, TEMPLATE, DecisionBody, DecisionNotice, DecisionRecord

RESERVED_REFERENCES = {"index", "forward-plan", "wards", "decision-makers", "months", "feed"}
"""Web addresses under decisions/ kept for the hub's own pages."""
_REFERENCE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")

MISSING_HINTS = {
    "reference": "add the notice's reference, the same as the folder name, like  reference: NDC-2026-011",
    "title": "add the subject heading, like  title: Adoption of the town centre masterplan",
    "summary": "add one or two plain sentences saying what the decision is about",
    "decision_maker": "add who makes the decision:  body: Cabinet  or a name and title",
    "lead_officer": "add the lead officer's name and job title",
    "lead_officer.title": "add the lead officer's job title, like  title: Director of Place",
    "report_author": "add the report author's name and an email or phone number",
    "financial_summary": "add the financial summary, with  summary:  and the amount as  expenditure:  or  savings:",
    "financial_summary.summary": "say in plain words what it costs or saves, or write: There are no costs.",
    "key_decision": "add  key_decision: true  or  key_decision: false",
    "wards": "add the wards affected, like  wards: [Castle, Riverside]  or  wards: all",
    "cabinet_member.portfolio": "add the portfolio, like  portfolio: Cabinet Member for Environment",
    "urgent.route": "add  route: general exception  or  route: special urgency",
    "urgent.reason": "say why the decision cannot wait for 28 clear days' notice, like  reason: The storm damage "
    "must be repaired before the winter tides",
    "exempt_from_call_in.reason": "say why the decision cannot wait for the call-in period, like  "
    "reason: Any delay would put homes at risk of flooding",
    "exempt_information.*.paragraph": "add the paragraph of Schedule 12A, 1 to 7, like  paragraph: 3",
    "exempt_information.*.withheld": "say which part is not published, "
    "like  withheld: Appendix 2, the prices bidders offered",
    "record_of_decision.agreed": "add  agreed: true  if the proposal was agreed, or  agreed: false",
    "record_of_decision.date": "add the date of the decision, like  date: 2026-03-11",
    "record_of_decision.published": "add when the record was published, like  published: 2026-03-12 10:00",
    "record_of_decision.conflicts_of_interest": "write the conflicts of interest declared, or: None declared.",
    "record_of_decision.dispensations": "write the dispensations granted, or: None.",
    "called_in.date": "add the date the call-in was received, like  date: 2026-11-17",
    "called_in.by": "say who called it in, like  by: Councillors Ruth Evans, Tom Moore and Aisha Khan",
    "called_in.reason": "say in plain words why it was called in",
    "called_in.outcome.result": "add one of: no further action, referred back, referred to full council",
    "called_in.outcome.date": "add the date the committee considered it",
}


def load_decisions(root: Path, checking: Checking) -> tuple[list[DecisionNotice], list[DecisionNotice], list[Problem]]:
    """Every notice without errors, split into published ones and drafts, and every problem found."""
    published: list[DecisionNotice] = []
    drafts: list[DecisionNotice] = []
    problems: list[Problem] = []
    names = FolderName("reference")
    template = Template.read(root / TEMPLATE / "index.md", root)
    folders = list(record_folders(root / FOLDER))
    loaded = each_done(
        folders, partial(load_decision, root=root, checking=checking, template=template), checking.workers
    )
    for record_folder, (notice, found) in zip(folders, loaded, strict=True):
        found = in_draft(found, notice.record.draft if notice is not None else is_draft(record_folder, None))
        problems += found
        clash = names.clash(record_folder, display_path(record_folder / "index.md", root))
        if clash is not None:
            problems.append(clash)
        if notice is not None:
            (drafts if notice.record.draft else published).append(notice)
    return published, drafts, problems


def reference_problem(reference: str, path: str = "") -> Problem | None:
    """A folder name must work as a web address and not take one of the hub's own."""
    path = path or f"{FOLDER}/{reference}/index.md"
    if reference.startswith(("_", ".")):
        return None  # reported as a folder only the template may name so (core.records)
    if not _REFERENCE.match(reference):
        return Problem(
            path,
            1,
            "reference",
            f"the folder name '{reference}' cannot be used as a web address",
            "use letters, numbers and hyphens only, like NDC-2026-011",
        )
    if reference.lower() in RESERVED_REFERENCES:
        return Problem(
            path,
            1,
            "reference",
            f"the folder name '{reference}' is kept for the hub's own pages",
            "use the council's reference, like NDC-2026-011",
        )
    return None


STAND_INS: dict[str, Any] = {
    "reference": "X",
    "title": "x",
    "summary": "x",
    "decision_maker": {"body": "x"},
    "lead_officer": {"name": "x", "title": "x"},
    "report_author": {"name": "x", "email": "stand.in@example.org"},
    "financial_summary": {"summary": "x"},
    "key_decision": False,
    "wards": "all",
}
"""Valid values for required fields, used only to run the other rules while these are still wrong."""


SAMPLE_FIELDS = (
    ("title",),
    ("summary",),
    ("lead_officer", "name"),
    ("report_author", "name"),
    ("report_author", "email"),
    ("report_author", "phone"),
)
"""Fields that must not keep the template's sample text once a notice is published."""


def load_decision(
    record_folder: Path, root: Path, checking: Checking, template: Template | None = None
) -> tuple[DecisionNotice | None, list[Problem]]:
    """Read one content/decisions/<reference>/index.md; return it only if it has no errors."""
    problems: list[Problem] = []
    reference = record_folder.name
    problem = reference_problem(reference, display_path(record_folder / "index.md", root))
    if problem:
        problems.append(problem)
    source, found = read_record_file(record_folder, root, "decision notice", TEMPLATE + "index.md")
    problems += found
    if source is None:
        return None, problems
    problems += links_inside(record_folder, root, source)
    body, found = _decision_body(source)
    problems += found
    problems += body_in_plain_english(source, checking)
    context = {"settings": checking.settings, "folder": record_folder, "whose": "this notice's"}
    record, found = validate(DecisionRecord, source, context, MISSING_HINTS)
    problems += found
    if record is None:
        partial, unavailable = validate_in_part(DecisionRecord, source, context, found, STAND_INS)
        if partial is not None:
            problems += rules.check(partial, source.at, checking, unavailable=unavailable)
            problems += documents_checked(record_folder, source.at, checking.now, partial.every_document)
        return None, problems
    if record.reference != reference:
        problems.append(_reference_is_not_the_folder_name(record.reference, reference, source))
    problems += rules.check(record, source.at, checking)
    problems += documents_checked(record_folder, source.at, checking.now, record.every_document)
    if template is not None and not record.draft:
        problems += template.sample_text_left(source, body.part_a + body.part_b, SAMPLE_FIELDS)
    problems += body_has_its_parts(record, body, source.path, source.body_line)
    welsh, found = _welsh_body(record, body, source.path, checking)
    problems += found
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    return DecisionNotice(
        reference=reference, folder=record_folder, record=record, body=body, at=source.at, welsh_body=welsh
    ), problems


def _welsh_body(
    record: DecisionRecord, body: DecisionBody, path: str, checking: Checking
) -> tuple[DecisionBody | None, list[Problem]]:
    """The body in Welsh, section for section with the English (core.welsh_text), for a bilingual council."""
    sections = body.part_a + body.part_b
    welsh_path = path.removesuffix("index.md") + WELSH_BODY_FILE
    welsh, problems = loaded_welsh_body(record.welsh, sections, welsh_path, checking.bilingual, lowest_heading=4)
    if welsh is None:
        return None, problems
    twins = welsh_sections(sections, welsh)
    return DecisionBody(
        welsh.introduction_text,
        part_a=tuple(twins.get(s.line, s) for s in body.part_a),
        part_b=tuple(twins.get(s.line, s) for s in body.part_b),
    ), problems


def _reference_is_not_the_folder_name(written: str, folder_name: str, source: Source) -> Problem:
    """The folder name is the web address; a reference that could never be one says so, not "rename the folder"."""
    if reference_problem(written) is not None:
        return source.at.error(
            ("reference",),
            f"the reference '{written}' cannot be used as a web address",
            "use letters, numbers and hyphens only, like NDC-2026-011",
        )
    return source.at.error(
        ("reference",),
        f"the reference '{written}' is not the folder name {folder_name}",
        f"rename the folder to {written}, or correct the reference",
    )


def _decision_body(source: Source) -> tuple[DecisionBody, list[Problem]]:
    """Split the body at its '## ' headings into Parts A and B (the seed's order).

    The splitting and sanitising is the consultation's (``body.read_body``);
    which headings are required depends on the record, so ``rules.body_has_its_parts`` checks them.
    """
    path = source.path
    body, problems = read_body(source.body, path, source.body_line, required=(), lowest_heading=4)
    known = {heading_key(title): title for title in PART_A + PART_B}
    seen: set[str] = set()
    for section in body.sections:
        folded = heading_key(section.title)
        line = section.line or source.body_line
        if folded not in known:
            guess = did_you_mean(section.title, PART_A + PART_B) or next(
                (title for key, title in known.items() if folded and folded in key), ""
            )
            problems.append(
                Problem(
                    path,
                    line,
                    "body",
                    f"'{section.title}' is not a heading of a decision notice",
                    f"did you mean '{guess}'?" if guess else "the headings are: " + ", ".join(PART_A + PART_B),
                )
            )
        elif folded in seen:
            problems.append(
                Problem(
                    path,
                    line,
                    "body",
                    f"the section '{section.title}' is given twice",
                    "put everything for it under one heading",
                )
            )
        seen.add(folded)

    def ordered(titles: tuple[str, ...]) -> tuple[Section, ...]:
        chosen = []
        for title in titles:
            section = body.section(title)
            if section is not None:
                chosen.append(replace(section, title=title))
        return tuple(chosen)

    return DecisionBody(body.introduction_text, part_a=ordered(PART_A), part_b=ordered(PART_B)), problems


REQUIRED_PARTS = ("Decision requested and recommended action",)
REQUIRED_ONCE_DECIDED = ("Reasons for the decision", "Other options considered and rejected")
"""The record of a decision must give its reasons and the options rejected (reg 13)."""


def body_has_its_parts(record: DecisionRecord, body: DecisionBody, path: str, body_line: int) -> Iterator[Problem]:
    """Part A always asks for the decision; once decided, the record gives reasons and options rejected (reg 13)."""
    required = REQUIRED_PARTS + (REQUIRED_ONCE_DECIDED if record.record_of_decision is not None else ())
    for title in required:
        if body.section(title) is None:
            why = "" if title in REQUIRED_PARTS else "the record of a decision must give it: "
            yield Problem(
                path,
                body_line,
                "body",
                f"the section '{title}' is missing",
                f"{why}add a heading '## {title}' followed by a paragraph or two",
            )
