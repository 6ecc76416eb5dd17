"""The consultation record: what an officer writes, as a typed model.

Field names are the council's words. Status is not a field: it is derived
from the dates, the outcome and the withdrawal (see ``status``), so a record
can never claim to be open after it has closed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationInfo, model_validator

from .body import Body
from .model import CheckedRecord, Email, EndTime, HubModel, Phone, StartTime, Text, WebAddress, did_you_mean, officer_error

DOCUMENT_TYPES = {
    ".pdf": "PDF", ".docx": "Word document", ".doc": "Word document", ".odt": "OpenDocument text",
    ".xlsx": "Excel spreadsheet", ".ods": "OpenDocument spreadsheet", ".csv": "CSV spreadsheet",
    ".pptx": "PowerPoint presentation", ".odp": "OpenDocument presentation", ".rtf": "Rich text",
    ".txt": "Plain text", ".mp3": "Audio (MP3)", ".mp4": "Video (MP4)",
}

ENGAGEMENT_LEVELS = ("inform", "consult", "involve", "collaborate", "empower")


def _file_beside_record(name: Any, info: ValidationInfo) -> str:
    """A file named in a record must sit in the record's own folder."""
    if not isinstance(name, str) or not name.strip():
        raise officer_error("should be the name of a file in this folder", "for example proposal.pdf")
    name = name.strip()
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or "\\" in name:
        raise officer_error(f"'{name}' is outside this consultation's folder",
                            "put the file in the same folder as index.md and give just its name")
    if relative.suffix.lower() not in DOCUMENT_TYPES:
        raise officer_error(f"'{name}' is not a type of file we publish",
                            "use PDF, Word (.docx), OpenDocument (.odt), a spreadsheet or plain text")
    folder: Path | None = (info.context or {}).get("folder")
    if folder is not None and not (folder / relative).is_file():
        present = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != "index.md")
        guess = did_you_mean(name, present)
        hint = (f"did you mean '{guess}'?" if guess else
                ("the files in this folder are: " + ", ".join(present)) if present else
                "put the file in this consultation's folder")
        raise officer_error(f"the file '{name}' does not exist", hint)
    return name


FileName = Annotated[str, BeforeValidator(_file_beside_record)]


def _listed(kind: str):
    """Wards and topics are a list of names; one name alone, or wards: all, is a list of one."""

    def check(value: Any, info: ValidationInfo) -> list:
        if isinstance(value, str) and value.strip():
            return ["all"] if kind == "wards" and value.strip().casefold() == "all" else [value]
        settings = (info.context or {}).get("settings")
        example = ", ".join((getattr(settings, kind, None) or ["First", "Second"])[:2])
        how = f"like  {kind}: [{example}]" + ("  or  wards: all  if every ward is affected" if kind == "wards" else "")
        if value is None or value == [] or isinstance(value, str):
            raise officer_error("is empty", f"add at least one of the council's {kind}, {how}")
        if not isinstance(value, list):
            raise officer_error("should be a list", f"write the {kind} as a list, {how}")
        seen: dict[str, int] = {}
        for index, item in enumerate(value):
            if kind == "wards" and len(value) > 1 and str(item).strip().casefold() == "all":
                raise officer_error("'all' cannot be mixed with ward names", "write  wards: all  on its own", item=index)
            folded = str(item).strip().casefold()
            if folded in seen:
                raise officer_error(f"'{item}' is listed twice", "delete one of them", item=index)
            seen[folded] = index
        return value

    return check


def _one_of(kind: str):
    """Each ward or topic must come from the council's own list (checked one by one, so all are reported)."""

    def check(value: Any, info: ValidationInfo) -> str:
        name = str(value).strip()
        if kind == "wards" and name.casefold() == "all":
            return "all"
        settings = (info.context or {}).get("settings")
        if settings is None:
            return name
        allowed = list(getattr(settings, kind, []) or [])
        by_folded = {known.casefold(): known for known in allowed}
        if name.casefold() not in by_folded:
            guess = did_you_mean(name, allowed)
            hint = (f"did you mean '{guess}'? " if guess else "") + f"the {kind} are: " + ", ".join(allowed)
            raise officer_error(f"'{name}' is not one of the council's {kind}", hint)
        return by_folded[name.casefold()]

    return check


_WARDS_SCHEMA = {"anyOf": [{"const": "all"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}],
                 "description": "Ward names from the council's ward list, or: all"}
Wards = Annotated[tuple[Annotated[str, BeforeValidator(_one_of("wards"))], ...], BeforeValidator(_listed("wards")),
                  Field(json_schema_extra=_WARDS_SCHEMA)]
Topics = Annotated[tuple[Annotated[str, BeforeValidator(_one_of("topics"))], ...], BeforeValidator(_listed("topics"))]


class Contact(HubModel):
    """The named officer residents can ask about the consultation."""

    name: Text
    role: Text | None = None
    team: Text | None = None
    email: Email | None = None
    phone: Phone | None = None


class Link(HubModel):
    """A file in this folder or a web address: one or the other."""

    file: FileName | None = None
    url: WebAddress | None = None

    @model_validator(mode="after")
    def _one_place(self):
        if self.file and self.url:
            raise officer_error("has both 'file' and 'url'",
                                "keep file: for a document in this folder, or url: for a web page, not both")
        if not self.file and not self.url:
            raise officer_error("has neither 'file' nor 'url'",
                                "add file: with the name of a document in this folder, or url: with a web address")
        return self


class Document(Link):
    title: Text
    accessible: bool = Field(description="true if the document meets accessibility standards (tagged PDF, headings, alt text).")


class LinkedVersion(Link):
    """An Easy Read or other-language version of the consultation."""

    title: Text | None = None


class Translation(Link):
    language: Text = Field(description="The language, written in that language and in English: Polski (Polish).")


class WaysToRespond(HubModel):
    online: WebAddress | None = None
    email: Email | None = None
    post: Text | None = Field(None, description="The full postal address, one line per address line.")
    phone: Phone | None = None
    in_person: Text | None = Field(None, description="Where and when residents can respond face to face.")
    response_form: FileName | None = Field(None, description="A printable response form in this folder.")

    @property
    def offline(self) -> bool:
        return bool(self.post or self.phone or self.in_person)


class Event(HubModel):
    title: Text
    start: StartTime
    end: StartTime
    venue: Text | None = None
    address: Text | None = None
    access: Text | None = Field(None, description="Step-free access, hearing loop, BSL, parking, toilets.")
    online: WebAddress | None = None


class Outcome(HubModel):
    """We asked, you said, we did: published after the consultation closes."""

    published: StartTime
    responses: int = Field(ge=0, description="How many responses were received.")
    you_said: Text
    we_did: Text
    documents: list[Document] = []
    decision: Text | None = Field(None, description="The reference of the related decision notice, like NDC-2026-014.")


class Withdrawal(HubModel):
    date: StartTime
    reason: Text = Field(description="Why the consultation was withdrawn, in plain words.")


class Update(HubModel):
    date: StartTime
    change: Text


class ConsultationRecord(HubModel):
    """The front matter of consultations/<slug>/index.md."""

    title: Text = Field(max_length=150)
    summary: Text = Field(description="One or two plain sentences, shown in lists and feeds.")
    opens: StartTime
    closes: EndTime
    wards: Wards
    topics: Topics
    audiences: list[Text] = []
    service: Text = Field(description="The council team running the consultation.")
    engagement_level: Literal[ENGAGEMENT_LEVELS]
    contact: Contact
    ways_to_respond: WaysToRespond | None = None
    documents: list[Document] = []
    events: list[Event] = []
    easy_read: LinkedVersion | None = None
    translations: list[Translation] = []
    outcome: Outcome | None = None
    withdrawn: Withdrawal | None = None
    updates: list[Update] = []
    draft: bool = False


@dataclass(frozen=True)
class Consultation(CheckedRecord):
    """A checked record with where it came from: its slug is its folder name."""

    slug: str
    path: str
    folder: Path
    record: ConsultationRecord
    body: Body
    lines: dict = field(default_factory=dict, repr=False, compare=False)

    def line_of(self, *location) -> int:
        """The line a field was written on, for problems found after loading."""
        while location and location not in self.lines:
            location = location[:-1]
        return self.lines.get(location, 1)

    @property
    def url(self) -> str:
        return f"consultations/{self.slug}/"

    @property
    def published_files(self) -> list[str]:
        """The files beside the record that it names; anything else in the folder stays unpublished."""
        record = self.record
        links = [*record.documents, *(record.outcome.documents if record.outcome else ()),
                 *record.translations, *([record.easy_read] if record.easy_read else [])]
        names = [link.file for link in links if link.file]
        if record.ways_to_respond and record.ways_to_respond.response_form:
            names.append(record.ways_to_respond.response_form)
        return sorted(set(names))

