"""Decision notices: the decision half of "you said, we did".

Councils publish executive decisions apart from their consultations, so
residents rarely see what was decided after they had their say. A decision
notice here is one file, ``content/decisions/<reference>.md``: YAML front
matter for the facts in the order of a council's notice of key executive
decision (subject, decision maker, cabinet member, officers, financial
summary, key decision and why, wards, notice given, scrutiny, urgency,
call-in, exempt information, objectives, Part C's record of decision), and
a Markdown body for the prose of Part A (the report seeking the decision) and
Part B (implications, risks and background papers) under fixed headings.
Its documents sit in a folder with the same name beside it:
``content/decisions/<reference>/``.

The status is never stored. Like a consultation's, it is worked out at build
time from "now", the record of the decision, the council's call-in rules and
any call-in: forward plan, call-in period, called in, in force or not agreed.
The legal rules about notice (28 clear days for a key decision unless a named
urgency route is used) and call-in are checked here, with the same
``path:line: field: problem (hint)`` messages as consultations. Nothing reads
the clock or MkDocs: now and the council's settings are passed in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal

from markupsafe import Markup
from pydantic import BeforeValidator, Field, ValidationError, ValidationInfo, model_validator

from .body import Section, heading_key, read_body
from .consultation import DOCUMENT_TYPES, Contact, Link, Wards
from .london import format_date, format_moment, to_london
from .model import CheckedRecord, HubModel, StartTime, Text, did_you_mean, officer_error, problems_from
from .problems import Problem, Severity
from .settings import CallIn, CouncilSettings
from .source import Source, display_path, field_name, read_front_matter
from .working_days import add_working_days, call_in_deadline

DECISIONS_FOLDER = PurePosixPath("content/decisions")
"""Where decision notices live, relative to the project folder (MkDocs' docs_dir is content/)."""

RESERVED_REFERENCES = {"index", "forward-plan", "wards", "decision-makers", "months", "feed"}
"""Web addresses under decisions/ kept for the hub's own pages."""

_REFERENCE = re.compile(r"^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")

NOTICE_CLEAR_DAYS = 28
"""A key decision's notice must be published at least 28 clear days before it is made (2012 Regulations, reg 9)."""
GENERAL_EXCEPTION_CLEAR_DAYS = 5
"""The general exception still needs 5 clear days' notice (reg 10); with less, only special urgency (reg 11)."""

KEY_REASONS = {
    "expenditure": "Expenditure above the key decision threshold",
    "savings": "Savings above the key decision threshold",
    "wards": "Significant effect on communities in two or more wards",
}
URGENT_ROUTES = {
    "general exception": "General exception: the decision could not wait for 28 clear days' notice",
    "special urgency": "Special urgency: the chair of scrutiny agreed the decision is urgent and cannot wait",
}
CALL_IN_RESULTS = ("no further action", "referred back", "referred to full council")

SCHEDULE_12A = {
    1: "Information relating to any individual",
    2: "Information which is likely to reveal the identity of an individual",
    3: "Information relating to the financial or business affairs of any particular person "
       "(including the council)",
    4: "Information relating to consultations or negotiations on a labour relations matter "
       "between the council and its employees",
    5: "Information in respect of which a claim to legal professional privilege could be maintained",
    6: "Information which reveals that the council proposes to give a notice imposing requirements "
       "on a person, or to make an order or direction",
    7: "Information relating to the prevention, investigation or prosecution of crime",
}
"""Schedule 12A to the Local Government Act 1972, Part 1 (England), in short."""

PART_A = ("Decision requested and recommended action", "Authority", "Reasons for the decision",
          "Other options considered and rejected", "Pre-decision consultation")
PART_B = ("Legal implications and risks", "Financial implications and risks",
          "Human resources implications and risks", "Equalities implications and risks",
          "Health and wellbeing implications and risks", "Environmental implications and risks",
          "Background papers")
REQUIRED_PARTS = ("Decision requested and recommended action",)
REQUIRED_ONCE_DECIDED = ("Reasons for the decision", "Other options considered and rejected")
"""The record of a decision must give its reasons and the options rejected (2012 Regulations, reg 13)."""


# -- small types ---------------------------------------------------------------

def _pounds(value: Any) -> int:
    """Whole pounds: 175622, "£175,622" and 175_622 all mean the same."""
    if isinstance(value, bool):
        raise officer_error(f"'{value}' is not an amount in pounds", "write whole pounds, like 175622 or £175,622")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        cleaned = re.sub(r"[£,_\s]", "", value)
        if cleaned.isdigit():
            value = int(cleaned)
    if not isinstance(value, int) or value < 0:
        raise officer_error(f"'{value}' is not an amount in pounds", "write whole pounds, like 175622 or £175,622")
    return value


Pounds = Annotated[int, BeforeValidator(_pounds)]


def _paragraph(value: Any) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value not in SCHEDULE_12A:
        raise officer_error(f"'{value}' is not a paragraph of Schedule 12A",
                            "use a number from 1 to 7: 1 an individual, 2 identity, 3 financial or business "
                            "affairs, 4 labour relations, 5 legal advice, 6 notices and orders, 7 crime")
    return value


Schedule12AParagraph = Annotated[int, BeforeValidator(_paragraph)]


def _file_in_documents_folder(name: Any, info: ValidationInfo) -> str:
    """A document named in a notice must be in the notice's own folder, content/decisions/<reference>/."""
    folder: Path | None = (info.context or {}).get("folder")
    where = f"decisions/{folder.name}/" if folder is not None else "the notice's folder"
    if not isinstance(name, str) or not name.strip():
        raise officer_error("should be the name of a file", f"for example cabinet-report.pdf, in {where}")
    name = name.strip()
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or "\\" in name or len(relative.parts) > 1:
        raise officer_error(f"'{name}' is outside this notice's folder",
                            f"put the file in {where} and give just its name")
    if relative.suffix.lower() not in DOCUMENT_TYPES:
        raise officer_error(f"'{name}' is not a type of file we publish",
                            "use PDF, Word (.docx), OpenDocument (.odt), a spreadsheet or plain text")
    if folder is not None and not (folder / relative).is_file():
        present = sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
        guess = did_you_mean(name, present)
        hint = (f"did you mean '{guess}'?" if guess else
                ("the files in " + where + " are: " + ", ".join(present)) if present else
                f"make a folder {where} next to this file and put the document in it")
        raise officer_error(f"the file '{name}' does not exist", hint)
    return name


DecisionFileName = Annotated[str, BeforeValidator(_file_in_documents_folder)]


def _optional_group(text_field: str | None):
    """``false`` means none; ``true`` means "yes" but its details are still to be written.

    Officers write ``exempt_from_call_in: true`` as the seed notice's tick-box
    does; turning it into an empty group makes the check ask for the reason.
    """

    def convert(value: Any) -> Any:
        if value is None or value is False:
            return None
        if value is True:
            return {}
        if text_field and isinstance(value, str):
            return {text_field: value}
        return value

    return convert


def _one_or_many(value: Any) -> Any:
    return [value] if isinstance(value, dict) else value


def _listed(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


# -- the record -------------------------------------------------------------------

class DecisionMaker(HubModel):
    """A body (Cabinet) or a named person with their title (a cabinet member or an officer)."""

    body: Text | None = Field(None, description="A body that decides together, like Cabinet.")
    name: Text | None = Field(None, description="A person's name, like Councillor Helen Ashworth.")
    title: Text | None = Field(None, description="Their title, like Leader of the Council or Director of Place.")
    officer: bool = Field(False, description="true for an officer decision under delegated powers.")

    @model_validator(mode="after")
    def _body_or_person(self):
        if bool(self.body) == bool(self.name):
            raise officer_error("give either 'body' (like Cabinet) or a person's 'name' and 'title', not both",
                                "write  body: Cabinet  or  name: Councillor Helen Ashworth  and  "
                                "title: Leader of the Council")
        if self.name and not self.title:
            raise officer_error("a person who makes a decision needs their title",
                                "add  title:  with their job title or portfolio, like Cabinet Member for Environment")
        if self.body and self.title:
            raise officer_error("a body has no title", "delete the title, or give the person's name instead of body")
        return self

    @property
    def label(self) -> str:
        """"Cabinet", or "Councillor Helen Ashworth, Leader of the Council"."""
        return self.body or f"{self.name}, {self.title}"

    @property
    def role(self) -> str:
        """What the decision maker is, whoever holds the post: "Cabinet", "Director of Place"."""
        return self.body or self.title or ""


class CabinetMember(HubModel):
    name: Text
    portfolio: Text = Field(description="Their portfolio, like Cabinet Member for Leisure and Culture.")


class LeadOfficer(HubModel):
    name: Text
    title: Text = Field(description="Their job title, like Director of Communities.")


class FinancialSummary(HubModel):
    summary: Text = Field(description="The cost or saving in plain words, and where the money comes from.")
    expenditure: Pounds | None = Field(None, description="Spending, in whole pounds.")
    savings: Pounds | None = Field(None, description="Savings, in whole pounds.")

    @property
    def largest(self) -> int:
        return max(self.expenditure or 0, self.savings or 0)


class Urgency(HubModel):
    route: Literal[tuple(URGENT_ROUTES)]
    reason: Text = Field(description="Why the decision cannot wait for 28 clear days' notice.")


class CallInExemption(HubModel):
    reason: Text = Field(description="Why the decision cannot wait for the call-in period.")


class ExemptInformation(HubModel):
    paragraph: Schedule12AParagraph = Field(description="The paragraph of Schedule 12A, 1 to 7.")
    withheld: Text = Field(description="Which part is not published, like Appendix 2: the prices bidders offered.")


class DecisionDocument(Link):
    """A document in content/decisions/<reference>/, or a web address."""

    file: DecisionFileName | None = None
    title: Text
    accessible: bool = Field(description="true if the document meets accessibility standards.")


class RecordOfDecision(HubModel):
    """Part C: added once the decision has been made."""

    agreed: bool = Field(description="true if the proposal was agreed, false if not.")
    decision: Text | None = Field(None, description="What was decided, if not exactly as recommended.")
    not_agreed_because: Text | None = None
    date: StartTime = Field(description="The date of the decision.")
    published: StartTime = Field(description="When the record was published; the call-in period counts from this day.")
    conflicts_of_interest: Text = Field(description="Conflicts of interest declared, or: None declared.")
    dispensations: Text = Field(description="Dispensations granted by the standards committee, or: None.")


class CallInOutcome(HubModel):
    date: StartTime = Field(description="The date the scrutiny committee considered the call-in.")
    result: Literal[CALL_IN_RESULTS]
    details: Text | None = None


class CalledIn(HubModel):
    """Scrutiny called the decision in: it cannot be implemented until they have considered it."""

    date: StartTime = Field(description="The date the call-in was received.")
    by: Text = Field(description="Who called it in, like Councillors Ruth Evans, Tom Moore and Aisha Khan.")
    reason: Text = Field(description="Why they called it in.")
    committee: Text | None = Field(None, description="The committee that will consider it, if not the scrutiny committee above.")
    outcome: CallInOutcome | None = None


class DecisionRecord(HubModel):
    """The front matter of content/decisions/<reference>.md."""

    reference: Text = Field(description="The notice's reference, the same as the file name: NDC-2026-011.")
    title: Text = Field(max_length=200, description="The subject heading.")
    summary: Text = Field(description="One or two plain sentences, shown in lists and on consultation pages.")
    decision_maker: DecisionMaker
    cabinet_member: CabinetMember | None = None
    lead_officer: LeadOfficer
    report_author: Contact
    policy_context: Text | None = None
    financial_summary: FinancialSummary
    key_decision: bool
    key_decision_reason: Annotated[list[Literal[tuple(KEY_REASONS)]], BeforeValidator(_listed)] = []
    wards: Wards
    notice_given: StartTime | None = Field(None, description="The date notice was given of the intended decision.")
    decision_expected: StartTime | None = Field(None, description="The date the decision is due to be made.")
    scrutiny_committee: Text | None = None
    urgent: Annotated[Urgency | None, BeforeValidator(_optional_group(None))] = None
    exempt_from_call_in: Annotated[CallInExemption | None, BeforeValidator(_optional_group("reason"))] = None
    exempt_information: Annotated[list[ExemptInformation], BeforeValidator(_one_or_many)] = []
    council_objectives: list[Text] = []
    consultations: list[Text] = Field([], description="The consultations considered before deciding (their folder names).")
    documents: list[DecisionDocument] = []
    record_of_decision: RecordOfDecision | None = None
    called_in: CalledIn | None = None
    draft: bool = False


@dataclass(frozen=True)
class DecisionBody:
    """The prose of Parts A and B, in the seed's order whatever order it was written in."""

    introduction: Markup
    part_a: tuple[Section, ...]
    part_b: tuple[Section, ...]

    def section(self, title: str) -> Section | None:
        wanted = heading_key(title)
        return next((s for s in self.part_a + self.part_b if heading_key(s.title) == wanted), None)


@dataclass(frozen=True)
class DecisionNotice(CheckedRecord):
    """A checked notice with where it came from: its reference is its file name."""

    reference: str
    path: str
    folder: Path
    record: DecisionRecord
    body: DecisionBody

    @property
    def url(self) -> str:
        return f"decisions/{self.reference}/"


    @property
    def decision_date(self) -> datetime | None:
        """The date it was made, or is expected to be made."""
        return decision_date(self.record)


# -- the rules: status, call-in, notice ----------------------------------------------

class DecisionStatus(str, Enum):
    FORWARD_PLAN = "forward_plan"      # notice given, not yet decided
    CALL_IN_PERIOD = "call_in_period"  # decided and published; scrutiny can still call it in
    CALLED_IN = "called_in"            # called in; cannot be implemented until scrutiny has considered it
    IN_FORCE = "in_force"              # can be implemented
    NOT_AGREED = "not_agreed"          # the proposal was not agreed

    @property
    def label(self) -> str:
        return DECISION_STATUS_LABELS[self]


DECISION_STATUS_LABELS = {
    DecisionStatus.FORWARD_PLAN: "Forward plan: not yet decided",
    DecisionStatus.CALL_IN_PERIOD: "Decided: can be called in",
    DecisionStatus.CALLED_IN: "Called in",
    DecisionStatus.IN_FORCE: "In force",
    DecisionStatus.NOT_AGREED: "Not agreed",
}


def decision_date(record) -> datetime | None:
    made = record.record_of_decision
    return made.date if made is not None else record.decision_expected


def clear_days(notice_given: datetime, decided: datetime) -> int:
    """Whole days between the two, leaving out the day notice is given and the day of decision."""
    return (to_london(decided).date() - to_london(notice_given).date()).days - 1


def _call_in_rules(settings: CouncilSettings | None) -> tuple[CallIn, str]:
    if settings is None:
        return CallIn(), "england-and-wales"
    return settings.call_in, settings.nation


def call_in_deadline_of(record, settings: CouncilSettings | None) -> datetime | None:
    """The last moment scrutiny can call the decision in; None if it cannot be called in."""
    made = record.record_of_decision
    if made is None or not made.agreed or record.exempt_from_call_in is not None:
        return None
    rules, nation = _call_in_rules(settings)
    return call_in_deadline(made.published, working_days=rules.working_days, time_of_day=rules.time,
                            nation=nation)


def implementable_from(record, settings: CouncilSettings | None) -> date | None:
    """The day the decision can be put into effect, if it can be.

    Exempt from call-in: the day it was published. Called in and the committee
    took no further action: the day the committee met. Otherwise the next
    working day after the call-in deadline (a 5pm Friday deadline means Monday).
    """
    made = record.record_of_decision
    if made is None or not made.agreed:
        return None
    if record.exempt_from_call_in is not None:
        return to_london(made.published).date()
    called = record.called_in
    if called is not None:
        if called.outcome is not None and called.outcome.result == "no further action":
            return to_london(called.outcome.date).date()
        return None
    nation = _call_in_rules(settings)[1]
    deadline = call_in_deadline_of(record, settings)
    return add_working_days(to_london(deadline).date(), 1, nation)


def decision_status(record, settings: CouncilSettings | None, now: datetime) -> DecisionStatus:
    """The one status function for decision notices. ``record`` is a DecisionRecord or DecisionNotice."""
    made = record.record_of_decision
    if made is None or made.published > now:
        return DecisionStatus.FORWARD_PLAN
    if not made.agreed:
        return DecisionStatus.NOT_AGREED
    if record.exempt_from_call_in is not None:
        return DecisionStatus.IN_FORCE
    called = record.called_in
    if called is not None and called.date <= now:
        outcome = called.outcome
        if outcome is not None and outcome.result == "no further action" and outcome.date <= now:
            return DecisionStatus.IN_FORCE
        return DecisionStatus.CALLED_IN
    if now < call_in_deadline_of(record, settings):
        return DecisionStatus.CALL_IN_PERIOD
    return DecisionStatus.IN_FORCE


def status_sentence(record, settings: CouncilSettings | None, now: datetime) -> str:
    """The one sentence that says where a decision stands, for banners, lists and consultation pages."""
    status = decision_status(record, settings, now)
    made = record.record_of_decision
    if status is DecisionStatus.FORWARD_PLAN:
        due = decision_date(record)
        if due is None:
            return "This decision has not been made yet."
        if to_london(due).date() < to_london(now).date():
            return f"This decision was expected on {format_date(due)} but has not been published yet."
        return f"This decision is expected on {format_date(due)}."
    if status is DecisionStatus.NOT_AGREED:
        return f"The proposal was not agreed on {format_date(made.date)}."
    if status is DecisionStatus.CALL_IN_PERIOD:
        return f"This decision can be called in until {format_moment(call_in_deadline_of(record, settings))}."
    if status is DecisionStatus.CALLED_IN:
        called = record.called_in
        if called.outcome is not None and called.outcome.date <= now:
            if called.outcome.result == "referred back":
                return (f"This decision was called in. On {format_date(called.outcome.date)} scrutiny "
                        f"referred it back to the decision maker to think again.")
            if called.outcome.result == "referred to full council":
                return (f"This decision was called in. On {format_date(called.outcome.date)} scrutiny "
                        f"referred it to full Council.")
        return (f"This decision was called in on {format_date(called.date)}. "
                f"It cannot be implemented until scrutiny has considered it.")
    return f"This decision can be implemented from {format_date(implementable_from(record, settings))}."


# -- checking ------------------------------------------------------------------------

MISSING_HINTS = {
    "reference": "add the notice's reference, the same as the file name, like  reference: NDC-2026-011",
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
    "exempt_information.*.withheld": "say which part is not published, like  withheld: Appendix 2, the prices bidders offered",
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


def load_decisions(root: Path, settings: CouncilSettings | None, now: datetime,
                   consultation_slugs: set[str]) -> tuple[list[DecisionNotice], list[Problem]]:
    """Read and check every content/decisions/<reference>.md; return the notices without errors.

    Drafts are returned too (``notice.draft``); views leave them out. Files
    whose name starts with "_" (the template) and index.md are skipped.
    """
    folder = root / DECISIONS_FOLDER
    if not folder.is_dir():
        return [], []
    notices: list[DecisionNotice] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    files = sorted(p for p in folder.iterdir() if p.is_file())
    for file in files:
        if file.name.startswith(("_", ".")) or file.name == "index.md" or file.name.endswith(".schema.json"):
            continue
        path = display_path(file, root)
        if file.suffix.lower() != ".md":
            problems.append(Problem(path, 1, "", "a document is loose in the decisions folder",
                                    f"put it in the folder of the notice it belongs to, like "
                                    f"{DECISIONS_FOLDER}/NDC-2026-011/{file.name}", Severity.WARNING))
            continue
        key = file.stem.casefold()
        if key in seen:
            problems.append(Problem(path, 1, "reference", f"the web address is already used by {seen[key]}",
                                    "two notices cannot have references that differ only in capital letters"))
            continue
        seen[key] = path
        notice, found = load_decision(file, root, settings, now, consultation_slugs)
        problems += found
        if notice is not None:
            notices.append(notice)
    notice_stems = {p.stem for p in files if p.suffix.lower() == ".md"}
    for documents in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))):
        if documents.name not in notice_stems:
            problems.append(Problem(display_path(documents, root) + "/", 1, "",
                                    f"this folder has no decision notice {documents.name}.md beside it",
                                    "its files are still published: add the notice, or move the folder out of content/",
                                    Severity.WARNING))
    return notices, problems


def load_decision(file: Path, root: Path, settings: CouncilSettings | None, now: datetime,
                  consultation_slugs: set[str]) -> tuple[DecisionNotice | None, list[Problem]]:
    """Read one notice; return it only if it has no errors."""
    path = display_path(file, root)
    reference = file.stem
    folder = file.with_suffix("")
    source, problems = read_front_matter(file, path)
    if source is None:
        return None, problems
    body, found = _decision_body(source, path)
    problems += found
    try:
        record = DecisionRecord.model_validate(source.data, context={"settings": settings, "folder": folder})
    except ValidationError as error:
        return None, problems + problems_from(error, source, DecisionRecord, missing_hints=MISSING_HINTS)
    problems += decision_rules(record, source, settings, now, consultation_slugs, reference=reference)
    problems += _body_rules(record, body, source, path)
    problems += _unlisted_files(record, folder, root)
    if any(p.severity is Severity.ERROR for p in problems):
        return None, problems
    return DecisionNotice(reference=record.reference, path=path, folder=folder, record=record, body=body), problems


def decision_rules(record: DecisionRecord, source: Source, settings: CouncilSettings | None, now: datetime,
                   consultation_slugs: set[str], reference: str | None = None) -> list[Problem]:
    """Rules that compare fields with each other, with the council's settings and with the consultations."""
    problems: list[Problem] = []

    def report(location, problem, hint, severity=Severity.ERROR, near=None):
        # A field that is missing is reported at the line of the field it belongs with (``near``).
        line = source.line_of(near) if near and tuple(location) not in source.lines else source.line_of(location)
        problems.append(Problem(source.path, line, field_name(location), problem, hint, severity))

    # The reference is the web address and the file name.
    if not _REFERENCE.match(record.reference):
        report(("reference",), f"the reference '{record.reference}' cannot be used as a web address",
               "use letters, numbers and hyphens only, like NDC-2026-011")
    elif record.reference.lower() in RESERVED_REFERENCES:
        report(("reference",), f"the reference '{record.reference}' is kept for the hub's own pages",
               "use the council's reference, like NDC-2026-011")
    elif reference is not None and record.reference != reference:
        report(("reference",), f"the reference '{record.reference}' is not the file name {reference}.md",
               f"rename the file to {record.reference}.md, or correct the reference")

    if record.report_author.email is None and record.report_author.phone is None:
        report(("report_author",), "the report author has no email or phone",
               "add an email or a phone number so residents can ask about the report")

    # Key decisions: why it is key, the threshold, and the notice given.
    threshold = settings.key_decision_threshold if settings is not None else None
    if record.key_decision and not record.key_decision_reason:
        report(("key_decision",), "a key decision must say why it is key",
               "add  key_decision_reason: [expenditure], [savings] or [wards]; wards means a significant effect "
               "on two or more wards")
    if not record.key_decision and record.key_decision_reason:
        report(("key_decision_reason",), "only a key decision has a reason it is key",
               "write  key_decision: true  or delete key_decision_reason")
    if "wards" in record.key_decision_reason and record.wards != ("all",) and len(record.wards) < 2:
        report(("key_decision_reason",), "a decision is key for its effect on wards only if it affects two or more",
               f"it affects only {record.wards[0]}; add the other wards affected, or give another reason")
    money = record.financial_summary
    if threshold is not None and not record.key_decision and money.largest > threshold:
        what, location = (("spending of", "expenditure") if (money.expenditure or 0) >= (money.savings or 0)
                          else ("savings of", "savings"))
        report(("financial_summary", location),
               f"{what} £{money.largest:,} {'are' if location == 'savings' else 'is'} above the key decision "
               f"threshold of £{threshold:,}, "
               f"but this is not a key decision",
               f"check with democratic services; if it is key, write  key_decision: true  and  "
               f"key_decision_reason: [{location}]", Severity.WARNING)

    decided = decision_date(record)
    if decided is None:
        report(("decision_expected",), "there is no date for the decision",
               "add the date it is due, like  decision_expected: 2026-12-16, or the record_of_decision once it is made",
               near=("decision_maker",))
    if record.key_decision and record.notice_given is None:
        report(("notice_given",), "a key decision needs the date notice was given",
               "add the date it was published on the forward plan, like  notice_given: 2026-11-06",
               near=("key_decision",))
    if record.notice_given is not None and decided is not None:
        days = clear_days(record.notice_given, decided)
        if days < 0:
            report(("notice_given",), "notice was given after the decision",
                   f"notice on {format_date(record.notice_given)} is after the decision on "
                   f"{format_date(decided)}; check both dates")
        elif record.key_decision and days < NOTICE_CLEAR_DAYS and record.urgent is None:
            earliest = to_london(record.notice_given).date() + timedelta(days=NOTICE_CLEAR_DAYS + 1)
            report(("notice_given",),
                   f"notice of this key decision was given only {_days(days)} before it "
                   f"({format_date(record.notice_given)} for a decision on {format_date(decided)}); "
                   f"a key decision needs at least {NOTICE_CLEAR_DAYS} clear days",
                   f"decide on {format_date(earliest)} or later; if it cannot wait, add  urgent:  with "
                   f"route: general exception or special urgency, and the reason")
        elif (record.urgent is not None and record.urgent.route == "general exception"
              and days < GENERAL_EXCEPTION_CLEAR_DAYS):
            report(("urgent", "route"),
                   f"the general exception needs at least {GENERAL_EXCEPTION_CLEAR_DAYS} clear days' notice, "
                   f"and only {_days(days)} were given",
                   "use  route: special urgency, which needs the agreement of the chair of the scrutiny committee")
    made = record.record_of_decision
    if made is None and record.decision_expected is not None and not record.draft:
        if to_london(record.decision_expected).date() < to_london(now).date():
            report(("decision_expected",),
                   f"the decision was expected on {format_date(record.decision_expected)}, "
                   f"but there is no record of the decision",
                   "add the record_of_decision, or change decision_expected to the new date", Severity.WARNING)

    # Part C: the record of the decision.
    if made is not None:
        if not made.agreed and made.not_agreed_because is None:
            report(("record_of_decision", "agreed"), "a proposal that was not agreed must say why",
                   "add  not_agreed_because:  with the reason in plain words")
        if made.agreed and made.not_agreed_because is not None:
            report(("record_of_decision", "not_agreed_because"), "the proposal was agreed, so this is not needed",
                   "delete not_agreed_because, or write  agreed: false")
        if to_london(made.published).date() < to_london(made.date).date():
            report(("record_of_decision", "published"), "the record is published before the decision was made",
                   f"the decision was made on {format_date(made.date)}; check both dates")

    # Call-in.
    called = record.called_in
    if called is not None:
        if made is None:
            report(("called_in",), "a decision cannot be called in before it is made",
                   "add the record_of_decision, or delete called_in")
        elif record.exempt_from_call_in is not None:
            report(("called_in",), "this decision is exempt from call-in, so it cannot be called in",
                   "delete one of called_in and exempt_from_call_in")
        elif not made.agreed:
            report(("called_in",), "a proposal that was not agreed cannot be called in",
                   "check agreed in the record_of_decision")
        else:
            deadline = call_in_deadline_of(record, settings)
            called_day = to_london(called.date).date()
            if called_day < to_london(made.published).date():
                report(("called_in", "date"), "the call-in is dated before the decision was published",
                       f"the record was published on {format_date(made.published)}; check the date")
            elif called_day > to_london(deadline).date():
                report(("called_in", "date"), "the call-in was received after the call-in period ended",
                       f"the decision could be called in until {format_moment(deadline)}; check the date")
        if called.outcome is not None and called.outcome.date < called.date:
            report(("called_in", "outcome", "date"), "scrutiny considered the call-in before it was received",
                   f"the call-in was received on {format_date(called.date)}; check both dates")
        if record.scrutiny_committee is None and called.committee is None:
            report(("called_in",), "there is no committee to consider the call-in",
                   "add  scrutiny_committee:  (the relevant scrutiny committee) or  committee:  under called_in")

    # Pre-decision consultation: links to the consultations' own pages.
    for index, slug in enumerate(record.consultations):
        if slug not in consultation_slugs:
            guess = did_you_mean(slug, consultation_slugs)
            report(("consultations", index), f"there is no published consultation '{slug}'",
                   f"did you mean '{guess}'?" if guess else
                   "give the folder name of the consultation, like town-centre-masterplan")
    return problems


def decision_reference_problem(reference: str, references, path: str, line: int,
                               field: str = "outcome.decision") -> Problem | None:
    """For a consultation's ``outcome.decision``: the reference must be a loaded decision notice."""
    references = list(references)
    if reference in references:
        return None
    guess = did_you_mean(reference, references)
    return Problem(path, line, field, f"there is no decision notice '{reference}'",
                   f"did you mean '{guess}'?" if guess else
                   f"give the reference of a notice in {DECISIONS_FOLDER}/, like NDC-2026-011")


def _days(count: int) -> str:
    return f"{count} clear day{'s' if count != 1 else ''}"


def _decision_body(source: Source, path: str) -> tuple[DecisionBody, list[Problem]]:
    """Split the body at its '## ' headings into Parts A and B (the seed's order).

    The splitting and sanitising is the consultation's (``body.read_body``);
    which headings are required depends on the record, so ``_body_rules`` checks them.
    """
    body, problems = read_body(source.body, path, source.body_line, required=())
    known = {heading_key(title): title for title in PART_A + PART_B}
    seen: set[str] = set()
    for section in body.sections:
        folded = heading_key(section.title)
        line = section.line or source.body_line
        if folded not in known:
            guess = did_you_mean(section.title, PART_A + PART_B) or next(
                (title for key, title in known.items() if folded and folded in key), "")
            problems.append(Problem(path, line, "body", f"'{section.title}' is not a heading of a decision notice",
                                    f"did you mean '{guess}'?" if guess else
                                    "the headings are: " + ", ".join(PART_A + PART_B)))
        elif folded in seen:
            problems.append(Problem(path, line, "body", f"the section '{section.title}' is given twice",
                                    "put everything for it under one heading"))
        seen.add(folded)

    def ordered(titles):
        chosen = []
        for title in titles:
            section = body.section(title)
            if section is not None:
                chosen.append(Section(title=title, id=section.id, html=section.html, line=section.line))
        return tuple(chosen)

    return DecisionBody(introduction=body.introduction, part_a=ordered(PART_A), part_b=ordered(PART_B)), problems


def _body_rules(record: DecisionRecord, body: DecisionBody, source: Source, path: str) -> list[Problem]:
    problems = []
    required = REQUIRED_PARTS + (REQUIRED_ONCE_DECIDED if record.record_of_decision is not None else ())
    for title in required:
        if body.section(title) is None:
            why = "" if title in REQUIRED_PARTS else "the record of a decision must give it: "
            problems.append(Problem(path, source.body_line, "body", f"the section '{title}' is missing",
                                    f"{why}add a heading '## {title}' followed by a paragraph or two"))
    return problems


def _unlisted_files(record: DecisionRecord, folder: Path, root: Path) -> list[Problem]:
    """Every file in the notice's folder is published, so one not listed is probably a mistake."""
    if not folder.is_dir():
        return []
    listed = {document.file for document in record.documents if document.file}
    return [Problem(display_path(file, root), 1, "", "this file is not listed in the notice's documents, but it "
                                                 "would still be published",
                    "list it under documents:, or move it out of content/ if it must not be published, "
                    "like exempt information", Severity.WARNING)
            for file in sorted(folder.iterdir()) if file.is_file() and file.name not in listed]
