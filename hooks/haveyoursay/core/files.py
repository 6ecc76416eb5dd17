"""The files a record publishes: which ones, checked how, and what residents are told about them.

A record is a folder with ``index.md`` and the files it names. Only those
files are ever published, so a folder can safely hold working papers or an
exempt appendix. A name must stay inside the record's folder: no ``..``, no
absolute path, and no symbolic link anywhere on the way, because git stores
links and CI restores them, and a link could point at any file on the build
machine.

GOV.UK lists every attachment's type, size and page count so residents on
slow connections or paying for data know what they are about to download;
those facts are read from the file itself, never typed in. So is what a file
really is: its first bytes (its "magic number") must match its name, so an
empty file, a PDF cut short or a Word document renamed to ``.pdf`` is an error
for the field that names it, not a broken download for a resident. Reading is
bounded however large or hostile a file is (``core.pdf``: ``PDF_READ_HERE``, ``PDF_MEMORY``).
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path, PurePosixPath
from typing import Annotated, Any, BinaryIO

from pydantic import BeforeValidator, ValidationInfo, model_validator

from .cache import key_of, remembered
from .fields import RecordModel, WebAddress, did_you_mean, officer_error
from .pdf import pdf_trouble

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # the check tells of a damaged PDF in officers' words

DOCUMENT_TYPES = {  # the types we publish: what residents read beside the link, and what officers are told it is
    ".pdf": ("PDF", "a PDF"),
    ".docx": ("Word document", "a Word document"),
    ".doc": ("Word document", "a Word 97-2003 document"),
    ".odt": ("OpenDocument text", "an OpenDocument text document"),
    ".xlsx": ("Excel spreadsheet", "an Excel spreadsheet"),
    ".ods": ("OpenDocument spreadsheet", "an OpenDocument spreadsheet"),
    ".csv": ("CSV spreadsheet", "a CSV file"),
    ".pptx": ("PowerPoint presentation", "a PowerPoint presentation"),
    ".odp": ("OpenDocument presentation", "an OpenDocument presentation"),
    ".rtf": ("Rich text", "a rich text file"),
    ".txt": ("Plain text", "a plain text file"),
    ".mp3": ("Audio (MP3)", "an MP3 audio file"),
    ".mp4": ("Video (MP4)", "an MP4 video"),
}

RECORD_FILE = "index.md"
"""Every record, of either kind, is the index.md of its own folder."""
MARKDOWN = ".md"  # a document written in Markdown: the hub makes it a web page of its own (core.documents)


def link_on_the_way(folder: Path, relative: PurePosixPath) -> str:
    """The first part of ``folder/relative`` that is a symbolic link, or "" if none is."""
    current = os.fspath(folder)
    for count, part in enumerate(relative.parts, 1):
        current = os.path.join(current, part)  # plain strings: this runs for every file of every record
        if os.path.islink(current):
            return PurePosixPath(*relative.parts[:count]).as_posix()
    return ""


def _attached_file(value: Any, info: ValidationInfo, markdown: bool = False) -> str:
    """A file named in a record must be a real file inside the record's own folder (``markdown``: or a .md file)."""
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
    if relative.suffix.lower() not in DOCUMENT_TYPES and not (markdown and relative.suffix.lower() == MARKDOWN):
        raise officer_error(
            f"'{name}' is not a type of file we publish",
            "use PDF, Word (.docx), OpenDocument (.odt), a spreadsheet or plain text",
        )
    if folder is None:
        return name
    link = link_on_the_way(folder, relative)
    if link:
        raise officer_error(f"'{link}' is a link to another file, not a file", "put the real file in this folder")
    if not os.path.isfile(os.path.join(folder, name)):
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
    trouble = _inspected(folder / relative)[1] if relative.suffix.lower() in DOCUMENT_TYPES else ""  # .md: later
    if trouble:
        raise officer_error(*told(trouble, name))
    return name


AttachedFile = Annotated[str, BeforeValidator(_attached_file)]
"""The name of a file in the record's folder (the validation context gives the folder)."""
DocumentFile = Annotated[str, BeforeValidator(partial(_attached_file, markdown=True))]
"""The same, or a document written in Markdown, which core.documents reads and checks."""


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

    def published(self) -> tuple[str, ...]:
        """The files it publishes: its own, if it is a file."""
        return (self.file,) if self.file else ()


def files_named(links: Any, *more: str | None) -> tuple[str, ...]:
    """The files a record names (its documents and any other attached files), each once, sorted."""
    names = {name for link in links if link is not None for name in link.published()}
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


def file_facts(path: Path) -> FileFacts:
    """Type, size and page count of a published file (read once per build, however often it is shown); never raises."""
    return _inspected(path)[0]


# -- what a file really is, read from its own bytes --------------------------------------

_CALLED = {ext: called for ext, (_, called) in DOCUMENT_TYPES.items()} | {  # and what else a file can be
    ".ole": "a Word, Excel or PowerPoint 97-2003 file (.doc, .xls or .ppt)",
    ".zip": "a ZIP archive (.zip)",
    ".png": "a PNG image (.png)",
    ".jpg": "a JPEG image (.jpg)",
    ".html": "a web page (.html), perhaps a download or sign-in page saved by mistake",
}
_MAGIC = {
    b"%PDF-": ".pdf",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": ".ole",
    b"{\\rtf": ".rtf",
    b"\x89PNG\r\n\x1a\n": ".png",
    b"\xff\xd8\xff": ".jpg",
    b"ID3\x03": ".mp3",  # an ID3 tag, version 2.3 or 2.4, before the audio
    b"ID3\x04": ".mp3",
    b"version https://git-lfs.github.com/spec/": "lfs",
}
_ZIP_PARTS = {"word/document.xml": ".docx", "xl/workbook.xml": ".xlsx", "ppt/presentation.xml": ".pptx"}
_ODF = "application/vnd.oasis.opendocument."  # OpenDocument's first part, "mimetype", holds its type
_OPENDOCUMENT = {_ODF + "text": ".odt", _ODF + "spreadsheet": ".ods", _ODF + "presentation": ".odp"}
_TROUBLE = {  # {called}, {noun} and {as_what} are filled in for the type the file's name says it is
    "empty": ("is empty", "save or export it again, then copy the new file into the folder"),
    "cut short": (
        "is cut short: it is not a complete {noun}",
        "copy it again, or save or export it again as {as_what}",
    ),
    "zip!": ("is damaged: it cannot be opened as {called}", "copy it again, or open it and save it again as {as_what}"),
    "not UTF-8": ("is not {called}: it is not UTF-8 text", "save it again as {as_what} in UTF-8{excel}"),
    "unknown": ("is not {called}: its contents are not a type of file we know", "save or export it again as {as_what}"),
    "lfs": ("is not {called}: it is a Git LFS pointer, not the file", "run 'git lfs pull', or commit the file itself"),
    "damaged": ("is a damaged PDF that cannot be read", "open it in a PDF reader and save or export it again as PDF"),
    "password": ("needs a password to open", "residents could not open it: export it again as PDF with no password"),
    "no pages": ("has no pages", "save or export it again as PDF"),
    "unreadable": ("could not be read", "check that it opens, and that the build may read it"),
}
ZIP_MOST_PARTS = 50_000  # Office files are ZIPs of dozens to thousands of parts; listing 50,000 takes ~25 MB
MP4_MOST_BOXES = 100_000  # an MP4's top-level boxes are walked, 16 bytes read from each: 100,000 take ~0.2 s


def told(trouble: str, name: str) -> tuple[str, str]:
    """The problem and hint an officer reads for a file ``name`` in ``trouble`` (a key of _TROUBLE, or "as .ext")."""
    expected = PurePosixPath(name).suffix.lower()
    called = _CALLED[expected]
    as_what = "PDF" if expected == ".pdf" else f"{called} ({expected})"
    if trouble.startswith("as "):
        real = trouble[3:]
        rename = f", or rename it to end in {real} if that is what it is" if real in DOCUMENT_TYPES else ""
        shown = _CALLED[real] + (f" ({real})" if real in DOCUMENT_TYPES else "")
        return f"'{name}' is not {called}: it looks like {shown}", f"save or export it again as {as_what}{rename}"
    problem, hint = _TROUBLE[trouble]
    excel = " (in Excel, 'CSV UTF-8')" if expected == ".csv" else ""
    words = {"called": called, "noun": called.split(" ", 1)[1], "as_what": as_what, "excel": excel}
    return f"'{name}' " + problem.format(**words), hint.format(**words)


def _inspected(path: Path) -> tuple[FileFacts, str]:
    """A file's facts, and "" or what is wrong with it (``told`` says it in words); never raises."""
    kind = DOCUMENT_TYPES.get(path.suffix.lower(), (path.suffix.lstrip(".").upper(),))[0]
    try:
        found = os.stat(path)
        return _inspect(path, found.st_size, (found.st_mtime_ns, found.st_ctime_ns, found.st_ino), kind)
    except Exception:  # a file that cannot be read is reported, never a crash
        return FileFacts(kind, 0, None), "unreadable"


@cache
def _inspect(path: Path, size: int, version: tuple[int, int, int], kind: str) -> tuple[FileFacts, str]:
    """Each version of a file (its size and time) is read once, by the check and the pages together; and
    what a file with the same bytes was found to be is kept between runs (core.cache)."""
    return remembered(
        "files",
        lambda: key_of(path.suffix.lower(), size, _content_hash(path, size, version)),
        lambda: _read_facts(path, size, kind),
        lambda found: [found[0].pages, found[1]],
        lambda kept: (FileFacts(kind, size, None if kept[0] is None else int(kept[0])), str(kept[1])),
    )


def _read_facts(path: Path, size: int, kind: str) -> tuple[FileFacts, str]:
    with path.open("rb") as handle:
        head = handle.read(8192)
        trouble, pages = _check(path.suffix.lower(), path, handle, head, size)
    return FileFacts(kind, size, pages), trouble


def _content_hash(path: Path, size: int, version: tuple[int, int, int]) -> str:
    """A hash of the file's bytes, kept under its name, size, times and inode: a file not touched since the
    last run on this machine is not read again. Any write changes its ctime, which no one can set back, and a
    fresh checkout (as on CI) gives every file new times, so a changed file is always read."""
    return remembered("file-hashes", lambda: key_of(str(path), size, *version), lambda: _hashed(path), str, str)


def _hashed(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=20)
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check(expected: str, path: Path, handle: BinaryIO, head: bytes, size: int) -> tuple[str, int | None]:
    """What is wrong with a file of a type we publish ("" if nothing), and its page count if it is a PDF."""
    if size == 0 or expected not in DOCUMENT_TYPES:
        return ("empty" if size == 0 else ""), None
    real = ".pdf" if expected == ".pdf" and b"%PDF-" in head[:1024] else _real_type(head, handle, size)
    if expected in (".txt", ".csv") and real in ("", ".txt", ".html"):
        handle.seek(0)
        return ("" if _utf8(iter(lambda: handle.read(1 << 20), b""), final=True) else "not UTF-8"), None
    if real in ("zip!", "lfs", ""):  # a damaged ZIP (as Word and OpenDocument files are), a pointer, or unknown
        return real or "unknown", None
    if real != (".ole" if expected == ".doc" else expected):  # a Word 97-2003 file is OLE2, as Excel's 97-2003 are
        return f"as {real}", None
    if expected == ".pdf":
        return pdf_trouble(path, handle, size)
    return ("" if _whole(expected, handle, head, size) else "cut short"), None


def _real_type(head: bytes, handle: BinaryIO, size: int) -> str:
    """The extension a file's contents belong to, from its first bytes ("" if none we know)."""
    found = [ext for magic, ext in _MAGIC.items() if head.startswith(magic)]
    if found:
        return found[0]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_type(handle, size)
    if head[4:8] == b"ftyp":
        return ".mp4"
    if _mpeg_frame(head):
        return ".mp3"
    if head.lstrip()[:14].lower().startswith((b"<!doctype html", b"<html")):
        return ".html"
    return ".txt" if _utf8([head], final=False) else ""


def _zip_type(handle: BinaryIO, size: int) -> str:
    """ ".docx", ".odt" and so on by the parts inside; ".zip" for any other ZIP; "zip!" if it cannot be read."""
    handle.seek(max(0, size - 65_557))  # the end record: 22 bytes and a comment of up to 65,535
    tail = handle.read()
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22 or int.from_bytes(tail[end + 10 : end + 12], "little") > ZIP_MOST_PARTS:
        return "zip!"
    try:
        with zipfile.ZipFile(handle) as archive:
            names = set(archive.namelist())
            found = [ext for part, ext in _ZIP_PARTS.items() if part in names]
            if found or "mimetype" not in names:
                return found[0] if found else ".zip"
            with archive.open("mimetype") as member:
                return _OPENDOCUMENT.get(member.read(100).decode("ascii", "replace").strip(), ".zip")
    except Exception:  # zipfile raises many kinds of error for a damaged file
        return "zip!"


def _mpeg_frame(head: bytes) -> bool:
    """An MP3 without an ID3 tag starts with a frame header: 11 set bits, a real version, layer III, real rates."""
    if len(head) < 4 or head[0] != 0xFF or head[1] & 0xE0 != 0xE0:
        return False
    return (head[1] >> 3) & 3 != 1 and (head[1] >> 1) & 3 == 1 and head[2] >> 4 != 15 and (head[2] >> 2) & 3 != 3


def _utf8(chunks: Iterable[bytes], final: bool) -> bool:
    """UTF-8 text with no NUL byte, read a megabyte at a time (``final``: the last character must be whole)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in chunks:
            decoder.decode(chunk.replace(b"\0", b"\xff"))  # a NUL is never in text: UTF-16 or not text at all
        decoder.decode(b"", final=final)
    except UnicodeDecodeError:
        return False
    return True


def _whole(expected: str, handle: BinaryIO, head: bytes, size: int) -> bool:
    """Whether a file that starts right also ends right (Word, Excel and OpenDocument files were read whole)."""
    if expected == ".rtf":
        handle.seek(max(0, size - 1024))
        return handle.read().rstrip(b" \t\r\n\0").endswith(b"}")
    if expected == ".mp3" and head.startswith(b"ID3"):  # the tag must be followed by some audio
        tag = 10 + sum(byte << (7 * (3 - n)) for n, byte in enumerate(head[6:10])) + (10 if head[5] & 0x10 else 0)
        return len(head) >= 10 and size > tag
    if expected == ".doc":  # the header is 512 bytes, and the first sector of the directory must be there
        shift, directory = int.from_bytes(head[30:32], "little"), int.from_bytes(head[48:52], "little")
        return len(head) >= 512 and shift in (9, 12) and (directory + 1) << shift < size
    return _mp4_whole(handle, size) if expected == ".mp4" else True


def _mp4_whole(handle: BinaryIO, size: int) -> bool:
    """An MP4's top-level boxes must fill the file exactly, and one must be the index (moov) players need."""
    at, kinds = 0, set()
    for _ in range(MP4_MOST_BOXES):
        if at == size:
            break
        handle.seek(at)
        header = handle.read(16)
        length = int.from_bytes(header[:4], "big") if len(header) >= 8 else -1
        if length == 0:  # the last box, to the end of the file
            length = size - at
        elif length == 1:  # a 64-bit length follows the type
            length = int.from_bytes(header[8:16], "big") if len(header) == 16 else -1
        if length < 8 or at + length > size:
            return False
        kinds.add(header[4:8])
        at += length
    return b"moov" in kinds
