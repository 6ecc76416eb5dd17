"""The decision notice record: what an officer writes in content/decisions/<reference>/index.md, as a typed model.

Councils publish executive decisions apart from their consultations, so
residents rarely see what was decided after they had their say. A notice's
front matter holds the facts in the order of a council's notice of key
executive decision (subject, decision maker, cabinet member, officers,
financial summary, key decision and why, wards, notice given, scrutiny,
urgency, call-in, exempt information, objectives, Part C's record of
decision); its Markdown body holds the prose of Part A (the report seeking the
decision) and Part B (implications, risks and background papers) under fixed
headings. Its documents sit beside it, like a consultation's.

Status is not a field: it is derived from the record of decision, the
council's call-in rules and any call-in (see ``status``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

from markupsafe import Markup
from pydantic import AfterValidator, BeforeValidator, Field, ValidationInfo, model_validator

from ..core.body import Section, heading_key, safe_html
from ..core.documents import Document
from ..core.fields import ALL_WARDS, Contact, RecordModel, StartTime, Text, Wards, officer_error
from ..core.files import files_named
from ..core.problems import Location, Locator
from ..core.welsh_text import OwnWords, WelshText

FOLDER = "content/decisions"
"""Where decision notices live, relative to the project folder: beside the hand-written pages, not among them."""
TEMPLATE = "content/decisions/_template/"
URL = "decisions/"

KeyReason = Literal["expenditure", "savings", "wards"]
"""Why a decision is key (2012 Regulations, reg 8): spending or savings above the threshold, or two or more wards."""
UrgentRoute = Literal["general exception", "special urgency"]
"""The two urgency routes (2012 Regulations, regs 10 and 11)."""
CallInResult = Literal["no further action", "referred back", "referred to full council"]
KEY_REASONS: tuple[str, ...] = get_args(KeyReason)
URGENT_ROUTES: tuple[str, ...] = get_args(UrgentRoute)
CALL_IN_RESULTS: tuple[str, ...] = get_args(CallInResult)


@dataclass(frozen=True)
class ExemptInformationLaw:
    """Where a nation lists the information a council may withhold, and its paragraphs."""

    schedule: str
    paragraphs: range
    hint: str


EXEMPT_INFORMATION_LAW = {
    "england": ExemptInformationLaw(
        "Schedule 12A",
        range(1, 8),
        "use a number from 1 to 7: 1 an individual, 2 identity, 3 financial or "
        "business affairs, 4 labour relations, 5 legal advice, 6 notices and orders, 7 crime",
    ),
    "wales": ExemptInformationLaw(
        "Schedule 12A (Part 4, Wales)",
        range(12, 19),
        "use a number from 12 to 18: 12 an individual, 13 identity, "
        "14 financial or business affairs, 15 labour relations, 16 legal advice, 17 notices and orders, 18 crime",
    ),
    "scotland": ExemptInformationLaw(
        "Schedule 7A to the Local Government (Scotland) Act 1973",
        range(1, 16),
        "use the paragraph number of Schedule 7A, from 1 to 15",
    ),
    "northern-ireland": ExemptInformationLaw(
        "Schedule 6 to the Local Government Act (Northern Ireland) 2014",
        range(1, 8),
        "use the paragraph number of Schedule 6, from 1 to 7",
    ),
}
"""Schedule 12A to the Local Government Act 1972 (Part 1 England, Part 4 Wales); Scotland's Schedule 7A;
Northern Ireland's Schedule 6. A notice cites the paragraph that lets the council withhold information."""

PART_A = (
    "Decision requested and recommended action",
    "Authority",
    "Reasons for the decision",
    "Other options considered and rejected",
    "Pre-decision consultation",
)
PART_B = (
    "Legal implications and risks",
    "Financial implications and risks",
    "Human resources implications and risks",
    "Equalities implications and risks",
    "Health and wellbeing implications and risks",
    "Environmental implications and risks",
    "Background papers",
)
"""The body's '## ' headings, in the seed notice's order."""


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


def _paragraph(value: Any, info: ValidationInfo) -> int:
    """A paragraph of the nation's own list of exempt information (``EXEMPT_INFORMATION_LAW``)."""
    settings = (info.context or {}).get("settings")
    law = EXEMPT_INFORMATION_LAW[getattr(settings, "nation", "england")]
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) < 4:
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value not in law.paragraphs:
        raise officer_error(f"'{value}' is not a paragraph of {law.schedule}", law.hint)
    return value


ExemptParagraph = Annotated[int, BeforeValidator(_paragraph)]

_NOT_A_NAME = {"n/a", "na", "none", "nil", "no", "-", "--", "tbc", "tba", "tbd", "not applicable"}


def _committee(value: str) -> str:
    """A committee is named; "N/A" would read "The N/A will consider it"."""
    if value.strip().rstrip(".").casefold() in _NOT_A_NAME:
        raise officer_error(
            f"'{value}' is not the name of a committee",
            "leave the field out if there is none, or give the committee's name, like "
            "People Overview and Scrutiny Committee",
        )
    return value


Committee = Annotated[Text, AfterValidator(_committee)]


def _optional_group(text_field: str | None) -> Any:
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


class DecisionMaker(RecordModel):
    """A body (Cabinet) or a named person with their title (a cabinet member or an officer)."""

    body: Text | None = Field(None, description="A body that decides together, like Cabinet.")
    name: Text | None = Field(None, description="A person's name, like Councillor Helen Ashworth.")
    title: Text | None = Field(None, description="Their title, like Leader of the Council or Director of Place.")
    officer: bool = Field(False, description="true for an officer decision under delegated powers.")

    @model_validator(mode="after")
    def _body_or_person(self) -> DecisionMaker:
        if bool(self.body) == bool(self.name):
            raise officer_error(
                "give either 'body' (like Cabinet) or a person's 'name' and 'title', not both",
                "write  body: Cabinet  or  name: Councillor Helen Ashworth  and  title: Leader of the Council",
            )
        if self.name and not self.title:
            raise officer_error(
                "a person who makes a decision needs their title",
                "add  title:  with their job title or portfolio, like Cabinet Member for Environment",
            )
        if self.body and self.title:
            raise officer_error("a body has no title", "delete the title, or give the person's name instead of body")
        return self

    @property
    def label(self) -> str:
        """ "Cabinet", or "Councillor Helen Ashworth, Leader of the Council"."""
        return self.body or f"{self.name}, {self.title}"

    @property
    def role(self) -> str:
        """What the decision maker is, whoever holds the post: "Cabinet", "Director of Place"."""
        return self.body or self.title or ""


class CabinetMember(RecordModel):
    name: Text
    portfolio: Text = Field(description="Their portfolio, like Cabinet Member for Leisure and Culture.")


class LeadOfficer(RecordModel):
    name: Text
    title: Text = Field(description="Their job title, like Director of Communities.")


class FinancialSummary(RecordModel):
    summary: Text = Field(description="The cost or saving in plain words, and where the money comes from.")
    expenditure: Pounds | None = Field(None, description="Spending, in whole pounds.")
    savings: Pounds | None = Field(None, description="Savings, in whole pounds.")

    @property
    def largest(self) -> int:
        return max(self.expenditure or 0, self.savings or 0)


class Urgency(RecordModel):
    route: UrgentRoute
    reason: Text = Field(description="Why the decision cannot wait for 28 clear days' notice.")


class CallInExemption(RecordModel):
    reason: Text = Field(description="Why the decision cannot wait for the call-in period.")


class ExemptInformation(RecordModel):
    paragraph: ExemptParagraph = Field(
        description="The paragraph of the exempt information schedule: Schedule 12A "
        "in England (1 to 7) and Wales (12 to 18), Schedule 7A in Scotland, "
        "Schedule 6 in Northern Ireland."
    )
    withheld: Text = Field(description="Which part is not published, like Appendix 2: the prices bidders offered.")


class RecordOfDecision(RecordModel):
    """Part C: added once the decision has been made."""

    agreed: bool = Field(description="true if the proposal was agreed, false if not.")
    decision: Text | None = Field(None, description="What was decided, if not exactly as recommended.")
    not_agreed_because: Text | None = None
    date: StartTime = Field(description="The date of the decision.")
    published: StartTime = Field(description="When the record was published; the call-in period counts from this day.")
    conflicts_of_interest: Text = Field(description="Conflicts of interest declared, or: None declared.")
    dispensations: Text = Field(description="Dispensations granted by the standards committee, or: None.")


class CallInOutcome(RecordModel):
    date: StartTime = Field(description="The date the scrutiny committee considered the call-in.")
    result: CallInResult
    details: Text | None = None


class CalledIn(RecordModel):
    """Scrutiny called the decision in: it cannot be implemented until they have considered it."""

    date: StartTime = Field(description="The date the call-in was received.")
    by: Text = Field(description="Who called it in, like Councillors Ruth Evans, Tom Moore and Aisha Khan.")
    reason: Text = Field(description="Why they called it in.")
    committee: Committee | None = Field(
        None, description="The committee that will consider it, if not the scrutiny committee above."
    )
    outcome: CallInOutcome | None = None


class DecisionInWelsh(WelshText):
    """A notice's welsh: block: the title, summary and documents, and the notice's own words in Welsh."""

    policy_context: Text | None = Field(None, description="How the decision fits the council's plans, in Welsh.")
    financial_summary: Text | None = Field(None, description="What it costs or saves, in Welsh.")
    decision: Text | None = Field(None, description="What was decided, in Welsh, if the record of the decision says.")
    not_agreed_because: Text | None = Field(None, description="Why it was not agreed, in Welsh.")

    def missing(self, record: DecisionRecord) -> list[OwnWords]:
        """The notice's own words written in English whose Welsh is not here (core.welsh_text)."""
        made = record.record_of_decision
        english = {
            "policy_context": record.policy_context,
            "financial_summary": record.financial_summary.summary,
            "decision": made and made.decision,
            "not_agreed_because": made and made.not_agreed_because,
        }
        return [words for words in NOTICES_OWN_WORDS if english[words.name] and not getattr(self, words.name)]


NOTICES_OWN_WORDS = (
    OwnWords("policy_context", "the Welsh of the policy context", ("policy_context",)),
    OwnWords("financial_summary", "the Welsh of the financial summary", ("financial_summary", "summary")),
    OwnWords("decision", "the Welsh of what was decided", ("record_of_decision", "decision")),
    OwnWords("not_agreed_because", "the Welsh of why it was not agreed", ("record_of_decision", "not_agreed_because")),
)


class DecisionRecord(RecordModel):
    """The front matter of content/decisions/<reference>/index.md."""

    reference: Text = Field(description="The notice's reference, the same as its folder name: NDC-2026-011.")
    title: Text = Field(max_length=200, description="The subject heading.")
    summary: Text = Field(description="One or two plain sentences, shown in lists and on consultation pages.")
    decision_maker: DecisionMaker
    cabinet_member: CabinetMember | None = None
    lead_officer: LeadOfficer
    report_author: Contact
    policy_context: Text | None = None
    financial_summary: FinancialSummary
    key_decision: bool
    key_decision_reason: Annotated[
        list[KeyReason],
        BeforeValidator(_listed),
    ] = []
    wards: Wards
    notice_given: StartTime | None = Field(None, description="The date notice was given of the intended decision.")
    decision_expected: StartTime | None = Field(None, description="The date the decision is due to be made.")
    scrutiny_committee: Committee | None = None
    urgent: Annotated[Urgency | None, BeforeValidator(_optional_group(None))] = None
    exempt_from_call_in: Annotated[CallInExemption | None, BeforeValidator(_optional_group("reason"))] = None
    exempt_information: Annotated[list[ExemptInformation], BeforeValidator(_one_or_many)] = []
    council_objectives: list[Text] = []
    consultations: list[Text] = Field(
        [], description="The consultations considered before deciding (their folder names)."
    )
    documents: list[Document] = []
    record_of_decision: RecordOfDecision | None = None
    called_in: CalledIn | None = None
    welsh: DecisionInWelsh = Field(
        default={},  # validated even when left out, so index.cy.md is looked for (core.welsh_text)
        validate_default=True,
        description="The title, summary, documents and the notice's own words in Welsh, for a council that "
        "publishes in Welsh and English; the Welsh body goes in index.cy.md beside index.md.",
    )
    draft: bool = False

    @property
    def all_wards(self) -> bool:
        return self.wards == ALL_WARDS

    @property
    def every_document(self) -> tuple[tuple[Location, Document], ...]:
        """Its documents, then its Welsh ones, each with where it is written (for core.documents' checks)."""
        return (
            *((("documents", i), d) for i, d in enumerate(self.documents)),
            *((("welsh", "documents", i), d) for i, d in enumerate(self.welsh.documents)),
        )

    @property
    def decision_date(self) -> datetime | None:
        """The date it was made, or is expected to be made."""
        made = self.record_of_decision
        return made.date if made is not None else self.decision_expected


@dataclass(frozen=True)
class DecisionBody:
    """The prose of Parts A and B, in the seed's order whatever order it was written in."""

    introduction_text: str
    part_a: tuple[Section, ...]
    part_b: tuple[Section, ...]

    @functools.cached_property
    def introduction(self) -> Markup:
        return safe_html(self.introduction_text, lowest_heading=4)

    def section(self, title: str) -> Section | None:
        wanted = heading_key(title)
        return next((s for s in self.part_a + self.part_b if heading_key(s.key or s.title) == wanted), None)


@dataclass(frozen=True)
class DecisionNotice:
    """A checked notice with where it came from: its reference is its folder name and its web address."""

    reference: str
    folder: Path
    record: DecisionRecord
    body: DecisionBody
    at: Locator
    welsh_body: DecisionBody | None = None
    """The body in Welsh (index.cy.md), for a council that publishes in Welsh and English."""

    @property
    def path(self) -> str:
        """index.md as officers know it, for problems found after loading."""
        return self.at.path

    @property
    def url(self) -> str:
        return f"{URL}{self.reference}/"

    @property
    def published_files(self) -> tuple[str, ...]:
        """The files beside the notice that it names; anything else in the folder stays unpublished."""
        return files_named([*self.record.documents, *self.record.welsh.documents])
