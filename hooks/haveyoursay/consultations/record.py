"""The consultation record: what an officer writes in consultations/<slug>/index.md, as a typed model.

Field names are the council's words. Status is not a field: it is derived
from the dates, the outcome and the withdrawal (see ``status``), so a record
can never claim to be open after it has closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, get_args

from pydantic import AfterValidator, Field

from ..core.body import Body
from ..core.documents import Document
from ..core.fields import (
    ALL_WARDS,
    Contact,
    Email,
    EndTime,
    Phone,
    RecordModel,
    StartTime,
    Text,
    Topics,
    Wards,
    WebAddress,
    WholeNumber,
    officer_error,
)
from ..core.files import AttachedFile, Link, files_named
from ..core.languages import known_code
from ..core.problems import Location, Locator
from ..core.welsh_text import OwnWords, WelshText

FOLDER = "consultations"
"""Where consultations live, relative to the project folder."""
TEMPLATE = "consultations/_template/"

EngagementLevel = Literal["inform", "consult", "involve", "collaborate", "empower"]
"""The IAP2 ladder councils use; officers pick a level deliberately."""
ENGAGEMENT_LEVELS: tuple[str, ...] = get_args(EngagementLevel)


class LinkedVersion(Link):
    """An Easy Read or other-language version of the consultation."""

    title: Text | None = None


def _language_code(value: str) -> str:
    if not known_code(value):
        raise officer_error(
            f"'{value}' is not a language code we know",
            "write the language's short code, like pl for Polish, ur for Urdu or cy for Welsh",
        )
    return value


class Translation(Link):
    language: Text = Field(description="The language, written in that language and in English: Polski (Polish).")
    lang: Annotated[Text, AfterValidator(_language_code)] | None = Field(
        None, description="The language's code, like pl, if the English name in brackets is not enough to tell it."
    )


class WaysToRespond(RecordModel):
    online: WebAddress | None = None
    email: Email | None = None
    post: Text | None = Field(None, description="The full postal address, one line per address line.")
    phone: Phone | None = None
    in_person: Text | None = Field(None, description="Where and when residents can respond face to face.")
    response_form: AttachedFile | None = Field(None, description="A printable response form in this folder.")

    @property
    def offline(self) -> bool:
        return bool(self.post or self.phone or self.in_person)


class Event(RecordModel):
    title: Text
    start: StartTime
    end: StartTime
    venue: Text | None = None
    address: Text | None = None
    access: Text | None = Field(None, description="Step-free access, hearing loop, BSL, parking, toilets.")
    online: WebAddress | None = None


class Outcome(RecordModel):
    """We asked, you said, we did: published after the consultation closes."""

    published: StartTime
    responses: WholeNumber = Field(ge=0, description="How many responses were received.")
    you_said: Text
    we_did: Text
    documents: list[Document] = []
    decision: Text | None = Field(None, description="The reference of the related decision notice, like NDC-2026-014.")


class OutcomeInWelsh(RecordModel):
    """What residents said and what the council did, in Welsh: the outcome's own words on the Welsh page."""

    you_said: Text
    we_did: Text


class ConsultationInWelsh(WelshText):
    """A consultation's welsh: block: the title, summary and documents, and its outcome's words in Welsh."""

    outcome: OutcomeInWelsh | None = Field(
        None, description="What residents said and what the council did, in Welsh, once the outcome is published."
    )

    def missing(self, record: ConsultationRecord) -> list[OwnWords]:
        """The consultation's own words written in English whose Welsh is not here (core.welsh_text)."""
        if record.outcome is None or self.outcome is not None:
            return []
        what = "the Welsh of what residents said and what we did"
        return [
            OwnWords(
                "outcome", what, ("outcome",), "add  outcome:  under  welsh:  with  you_said:  and  we_did:  in Welsh"
            )
        ]


class Withdrawal(RecordModel):
    date: StartTime
    reason: Text = Field(description="Why the consultation was withdrawn, in plain words.")


class Update(RecordModel):
    date: StartTime
    change: Text


class ConsultationRecord(RecordModel):
    """The front matter of consultations/<slug>/index.md."""

    title: Text = Field(max_length=150)
    summary: Text = Field(description="One or two plain sentences, shown in lists and feeds.")
    opens: StartTime
    closes: EndTime
    wards: Wards
    topics: Topics
    audiences: list[Text] = []
    service: Text = Field(description="The council team running the consultation.")
    engagement_level: EngagementLevel
    contact: Contact
    ways_to_respond: WaysToRespond | None = None
    documents: list[Document] = []
    events: list[Event] = []
    easy_read: LinkedVersion | None = None
    translations: list[Translation] = []
    outcome: Outcome | None = None
    withdrawn: Withdrawal | None = None
    updates: list[Update] = []
    welsh: ConsultationInWelsh = Field(
        default={},  # validated even when left out, so index.cy.md is looked for (core.welsh_text)
        validate_default=True,
        description="The title, summary, documents and outcome in Welsh, for a council that publishes in Welsh "
        "and English; the Welsh body goes in index.cy.md beside index.md.",
    )
    draft: bool = False

    @property
    def all_wards(self) -> bool:
        return self.wards == ALL_WARDS

    @property
    def every_document(self) -> tuple[tuple[Location, Document], ...]:
        """Its documents, then its outcome's, each with where it is written (for core.documents' checks)."""
        outcome = self.outcome.documents if self.outcome else []
        return (
            *((("documents", i), d) for i, d in enumerate(self.documents)),
            *((("outcome", "documents", i), d) for i, d in enumerate(outcome)),
            *((("welsh", "documents", i), d) for i, d in enumerate(self.welsh.documents)),
        )


@dataclass(frozen=True)
class Consultation:
    """A checked record with where it came from: its slug is its folder name and its web address."""

    slug: str
    folder: Path
    record: ConsultationRecord
    body: Body
    at: Locator
    welsh_body: Body | None = None
    """The body in Welsh (index.cy.md), for a council that publishes in Welsh and English."""

    @property
    def path(self) -> str:
        """index.md as officers know it, for problems found after loading."""
        return self.at.path

    @property
    def url(self) -> str:
        return f"{FOLDER}/{self.slug}/"

    @property
    def published_files(self) -> tuple[str, ...]:
        """The files beside the record that it names; anything else in the folder stays unpublished."""
        record = self.record
        return files_named(
            [
                *record.documents,
                *(record.outcome.documents if record.outcome else ()),
                *record.welsh.documents,
                *record.translations,
                record.easy_read,
            ],
            record.ways_to_respond.response_form if record.ways_to_respond else None,
        )
