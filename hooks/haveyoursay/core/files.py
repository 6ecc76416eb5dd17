"""The files a record publishes: which ones, checked how, and what residents are told about them.

A record is a folder with ``index.md`` and the files it names. Only those
files are ever published, so a folder can safely hold working papers or an
exempt appendix. A name must stay inside the record's folder: no ``..``, no
absolute path, and no symbolic link anywhere on the way, because git stores
links and CI restores them, and a link could point at any file on the build
machine.

GOV.UK lists every attachment's type, size and page count so residents on
slow connections or paying for data know what they are about to download;
those facts are read from the file itself, never typed in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, ValidationInfo, model_validator

from .fields import RecordModel, Text, WebAddress, did_you_mean, officer_error

logging.getLogger("pypdf").setLevel(logging.ERROR)

DOCUMENT_TYPES = {
    ".pdf": "PDF",
    ".docx": "Word document",
    ".doc": "Word document",
    ".odt": "OpenDocument text",
    ".xlsx": "Excel spreadsheet",
    ".ods": "OpenDocument spreadsheet",
    ".csv": "CSV spreadsheet",
    ".pptx": "PowerPoint presentation",
    ".odp": "OpenDocument presentation",
    ".rtf": "Rich text",
    ".txt": "Plain text",
    ".mp3": "Audio (MP3)",
    ".mp4": "Video (MP4)",
}

RECORD_FILE = "index.md"
"""Every record, of either kind, is the index.md of its own folder."""


def link_on_the_way(folder: Path, relative: PurePosixPath) -> str:
    """The first part of ``folder/relative`` that is a symbolic link, or "" if none is."""
    current = folder
    for count, part in enumerate(relative.parts, 1):
        current = current / part
        if current.is_symlink():
            return PurePosixPath(*relative.parts[:count]).as_posix()
    return ""


def _attached_file(value: Any, info: ValidationInfo) -> str:
    """A file named in a record must be a real file inside the record's own folder."""
    context = info.context or {}
    folder: Path | None = context.get("folder")
    whose = context.get("whose", "this record's")
    if not isinstance(value, str) or not value.strip():
        raise officer_error(f"should be the name of a file in {whose} folder", "for example proposal.pdf")
    name = value.strip()
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or "\\" in name:
        raise officer_error(
            f"'{name}' is outside {whose} folder", "put the file in the same folder as index.md and give just its name"
        )
    if relative.suffix.lower() not in DOCUMENT_TYPES:
        raise officer_error(
            f"'{name}' is not a type of file we publish",
            "use PDF, Word (.docx), OpenDocument (.odt), a spreadsheet or plain text",
        )
    if folder is None:
        return name
    link = link_on_the_way(folder, relative)
    if link:
        raise officer_error(f"'{link}' is a link to another file, not a file", "put the real file in this folder")
    if not (folder / relative).is_file():
        present = sorted(p.name for p in folder.iterdir() if p.is_file() and p.name != RECORD_FILE)
        guess = did_you_mean(name, present)
        hint = (
            f"did you mean '{guess}'?"
            if guess
            else ("the files in this folder are: " + ", ".join(present))
            if present
            else f"put the file in {whose} folder"
        )
        raise officer_error(f"the file '{name}' does not exist", hint)
    return name


AttachedFile = Annotated[str, BeforeValidator(_attached_file)]
"""The name of a file in the record's folder (the validation context gives the folder)."""


class Link(RecordModel):
    """A file in the record's folder or a web address: one or the other."""

    file: AttachedFile | None = None
    url: WebAddress | None = None

    @model_validator(mode="after")
    def _one_place(self) -> Link:
        if self.file and self.url:
            raise officer_error(
                "has both 'file' and 'url'",
                "keep file: for a document in this folder, or url: for a web page, not both",
            )
        if not self.file and not self.url:
            raise officer_error(
                "has neither 'file' nor 'url'",
                "add file: with the name of a document in this folder, or url: with a web address",
            )
        return self


class Document(Link):
    """A document residents can read: its title, and whether it meets accessibility standards."""

    title: Text
    accessible: bool = Field(
        description="true if the document meets accessibility standards (tagged PDF, headings, alt text)."
    )


def files_named(links: Any, *more: str | None) -> tuple[str, ...]:
    """The files a record names (its documents and any other attached files), each once, sorted."""
    names = {link.file for link in links if link is not None and link.file}
    names.update(name for name in more if name)
    return tuple(sorted(names))


# -- facts about a file, read from the file itself ---------------------------------------


@dataclass(frozen=True)
class FileFacts:
    kind: str
    size: int
    pages: int | None


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


@cache
def file_facts(path: Path) -> FileFacts:
    """Type, size and page count of a published file (read once per build, however often it is shown)."""
    kind = DOCUMENT_TYPES.get(path.suffix.lower(), path.suffix.lstrip(".").upper())
    return FileFacts(kind=kind, size=path.stat().st_size, pages=_pdf_pages(path))


def _pdf_pages(path: Path) -> int | None:
    if path.suffix.lower() != ".pdf":
        return None
    try:
        from pypdf import PdfReader

        return len(PdfReader(path).pages)
    except Exception:  # a damaged PDF still publishes; it just shows no page count
        return None
