"""Documents residents read: a file beside the record, a web page elsewhere, or a document written in
Markdown that the hub publishes as a web page of its own.

The hub's accessibility statement cannot vouch for PDFs. A document written in Markdown
(``file: proposal.md``) is published instead as an HTML page at ``<record>/proposal/``
(site.document_pages), with its headings checked to be in order, its tables with header cells and its
links with words and an address, sanitised like all officers' text: no script, style, frame or image
from elsewhere ever reaches the page. The same document as a PDF may sit beside it
(``pdf: proposal.pdf``), offered as the alternative; the ``.md`` file itself is never published.

Its title is the record's ``title:`` for it, so the headings in the file start at ``##``. Its "Last
updated" date is its own ``updated:``, written by the officer: git keeps no file's modification time,
and the date of a file's last commit needs the whole history (CI checks out one commit), so either would
make two builds of the same commit differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from html import unescape
from pathlib import Path, PurePosixPath
from typing import Annotated, Any
from urllib.parse import quote

from markupsafe import Markup
from pydantic import AfterValidator, ConfigDict, Field, model_validator

from .body import PAGE_IDS, document_html, removed_when_published, slug_of
from .fields import StartTime, Text, officer_error
from .files import MARKDOWN, RECORD_FILE, AttachedFile, DocumentFile, Link
from .problems import Location, Locator, Problem, field_name

MOST_BYTES = 1024 * 1024
"""A page of up to about 150,000 words: longer than any council document, and converted in well under a second."""
HUB_PAGES = frozenset({"print", "notice"})
"""The hub's own pages under a record (site.printing): a document's page must not take their addresses."""
OWN_IDS = PAGE_IDS | {"contents"}
"""Ids the document page gives its own parts (overrides/document.html), which no heading may take."""
_PAGE_NAME = re.compile(r"^(?:[a-z0-9]+(?:-[a-z0-9]+)*/)*[a-z0-9]+(?:-[a-z0-9]+)*\.md$")


def is_markdown(name: object) -> bool:
    """Whether a file's name says it is written in Markdown (.md)."""
    if not isinstance(name, str):
        return False
    name = name.strip()
    if "/." in name:  # "./", "/.." and the like: rare, so let pathlib read them
        return PurePosixPath(name).suffix.lower() == MARKDOWN
    last = name.rstrip("/").rsplit("/", 1)[-1]  # this runs for every document field: no path made
    dot = last.rfind(".")
    return dot > 0 and last[dot:].lower() == MARKDOWN


def page_address(name: str) -> str:
    """Where the page of a document written in Markdown is, under its record's: proposal.md is at proposal/."""
    return name.removesuffix(MARKDOWN) + "/"


def _page_name(name: str) -> str:
    if not is_markdown(name):
        return name
    if not _PAGE_NAME.match(name):
        raise officer_error(
            f"'{name}' cannot be the web address of a page",
            "rename the file with lower-case letters, numbers and hyphens only, like proposal-in-full.md",
        )
    if PurePosixPath(name).name == RECORD_FILE:
        raise officer_error(
            f"'{name}' is the record itself, not a document",
            "write the document in a file of its own beside index.md, like proposal.md",
        )
    if name.removesuffix(MARKDOWN) in HUB_PAGES:
        raise officer_error(f"'{name}' would take the address of the hub's own page", "rename it, like proposal.md")
    return name


def _a_pdf(name: str) -> str:
    if PurePosixPath(name).suffix.lower() != ".pdf":
        raise officer_error(
            f"'{name}' is not a PDF", "pdf: is for the same document as a PDF; list any other file as a document"
        )
    return name


def _schema(schema: dict[str, Any]) -> None:
    """For editors: a document written in Markdown needs 'updated' where any other needs 'accessible'."""
    schema["required"] = [name for name in schema.get("required", []) if name != "accessible"]
    schema["if"] = {"properties": {"file": {"type": "string", "pattern": r"\.md$"}}, "required": ["file"]}
    schema["then"] = {"required": ["updated"]}
    schema["else"] = {"required": ["accessible"]}


class Document(Link):
    """A document residents can read: its title, and whether it meets accessibility standards."""

    model_config = ConfigDict(json_schema_extra=_schema)

    file: Annotated[DocumentFile, AfterValidator(_page_name)] | None = Field(
        None, description="A file in this folder; a Markdown file (.md) becomes a web page of its own."
    )
    title: Text
    accessible: bool = Field(
        description="true if the document meets accessibility standards (tagged PDF, headings, alt text). "
        "Leave it out for a document written in Markdown: its web page is accessible."
    )
    pdf: Annotated[AttachedFile, AfterValidator(_a_pdf)] | None = Field(
        None, description="For a document written in Markdown: the same document as a PDF, offered beside its page."
    )
    updated: StartTime | None = Field(
        None, description="For a document written in Markdown: the date it last changed, shown on its page."
    )

    @model_validator(mode="before")
    @classmethod
    def _markdown_is_accessible(cls, data: Any) -> Any:
        """A document written in Markdown is published as an accessible web page, so it need not say so."""
        if isinstance(data, dict) and is_markdown(data.get("file")) and "accessible" not in data:
            return {**data, "accessible": True}
        return data

    @model_validator(mode="after")
    def _fields_of_its_kind(self) -> Document:
        if self.web_page and not self.accessible:
            raise officer_error(
                "is written in Markdown, so it cannot be 'accessible: false'",
                "delete 'accessible: false': the hub publishes it as an accessible web page, and the check "
                "makes sure its headings, tables and links work for everyone",
            )
        if self.web_page and self.updated is None:
            raise officer_error(
                "has no 'updated:' date",
                "add the date the document last changed, like  updated: 2026-03-20  (its page shows it)",
            )
        for name in ("pdf", "updated"):
            if not self.web_page and getattr(self, name):
                raise officer_error(
                    f"has '{name}:' but its file is not written in Markdown",
                    f"{name}: is only for a document written in Markdown (file: proposal.md); delete it",
                )
        return self

    @property
    def web_page(self) -> bool:
        """Whether the hub makes it a web page of its own (it is written in Markdown)."""
        return is_markdown(self.file)

    def published(self) -> tuple[str, ...]:
        """A document written in Markdown publishes its page (site.document_pages) and its PDF, never the .md."""
        if self.web_page:
            return (self.pdf,) if self.pdf else ()
        return super().published()

    def address(self, record_url: str) -> str:
        """Where residents get it, from the site's root: its page, its file beside the record, or a web address."""
        if self.file:
            return record_url + (page_address(self.file) if self.web_page else quote(self.file))
        return self.url or ""


# -- a document written in Markdown, made into a page ----------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A heading of the document, with the id the contents list links to."""

    level: int
    text: str
    id: str


@dataclass(frozen=True)
class WebDocument:
    """A document written in Markdown, ready to publish: its sanitised HTML, its headings with their ids,
    and how many words it has."""

    html: Markup
    headings: tuple[Heading, ...]
    words: int


def web_document(path: Path) -> WebDocument:
    """The page of a document written in Markdown, made once for each version of the file; never raises."""
    try:
        facts = path.stat()
        return _made(path, facts.st_size, facts.st_mtime_ns)
    except (OSError, ValueError):
        return WebDocument(Markup(""), (), 0)


@cache
def _made(path: Path, size: int, modified: int) -> WebDocument:
    html, headings = _with_ids(document_html(_read(path)[0]))
    text = unescape(re.sub(r"<[^>]+>", " ", html))
    return WebDocument(Markup(_scoped(html)), headings, len(re.findall(r"\S*[^\W_]\S*", text)))


_HEADING_TAG = re.compile(r"<h([2-6])>(.*?)</h\1>", re.DOTALL)
_TH = re.compile(r"<th(?=[\s>])(?![^>]*\sscope=)")


def _with_ids(html: str) -> tuple[str, tuple[Heading, ...]]:
    """Each heading with an id of its own words, so the contents list can link to it (never one of the page's)."""
    taken, headings = set(OWN_IDS), []

    def named(match: re.Match[str]) -> str:
        level, inner = int(match.group(1)), match.group(2)
        text = " ".join(unescape(re.sub(r"<[^>]+>", "", inner)).split())
        chosen, base, count = slug_of(text), slug_of(text), 1
        while chosen in taken:
            count += 1
            chosen = f"{base}-{count}"
        taken.add(chosen)
        headings.append(Heading(level, text, chosen))
        return f'<h{level} id="{chosen}">{inner}</h{level}>'

    return _HEADING_TAG.sub(named, html), tuple(headings)


def _scoped(html: str) -> str:
    """A header cell says what it heads: its column in the table's head, its row in the table's body."""
    html = re.sub(r"<thead>.*?</thead>", lambda head: _TH.sub('<th scope="col"', head.group(0)), html, flags=re.DOTALL)
    return _TH.sub('<th scope="row"', html)


def _read(path: Path) -> tuple[str, str]:
    """The file's text, and "" or what stops it being read (a key of _TROUBLE)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MOST_BYTES + 1)
    except OSError:
        return "", "unreadable"
    try:
        return data.decode("utf-8-sig"), ("too long" if len(data) > MOST_BYTES else "")
    except UnicodeDecodeError:
        return data.decode("utf-8", "replace"), "not UTF-8"


_TROUBLE = {  # {name} is the file's name
    "unreadable": ("'{name}' could not be read", "check that it opens, and that the build may read it"),
    "not UTF-8": ("'{name}' is not UTF-8 text", "save it again as UTF-8, which most editors offer when you save"),
    "too long": ("'{name}' is too long for one web page: the most is 1 MB", "split it into shorter documents"),
    "no words": ("'{name}' has no text", "write the document in it, or take it out of the list"),
}


# -- what the check says about a document written in Markdown ------------------------------------------


def documents_checked(
    folder: Path, at: Locator, now: datetime, documents: Iterable[tuple[Location, Document]]
) -> list[Problem]:
    """Every problem in a record's documents written in Markdown, each at its own file and line (each file once)."""
    problems, seen = [], set()
    for location, document in documents:
        if document.updated is not None and document.updated > now:
            problems.append(
                at.warning(
                    (*location, "updated"),
                    "the date the document last changed is after today",
                    "check the date: its page shows it as 'Last updated'",
                )
            )
        if document.file and document.web_page and document.file not in seen:
            seen.add(document.file)
            shown = (PurePosixPath(at.path).parent / document.file).as_posix()
            problems += markdown_problems(folder / document.file, shown, field_name((*location, "file")))
    return problems


def markdown_problems(path: Path, shown: str, field: str) -> list[Problem]:
    """What is wrong with a document written in Markdown, or will be removed from it, line by line."""
    text, trouble = _read(path)
    if not trouble and not re.search(r"[^\W_]", text):
        trouble = "no words"
    if trouble:
        problem, hint = _TROUBLE[trouble]
        return [Problem(shown, 1, field, problem.format(name=path.name), hint)]
    lines = list(_prose(text.splitlines()))
    found = [*_headings_in_order(lines), *_tables_with_headings(lines), *_links_with_words(lines)]
    return [Problem(shown, line, field, problem, hint) for line, problem, hint in found] + removed_when_published(
        text, shown, 1, field
    )


Found = tuple[int, str, str]
"""A line, what is wrong on it and how to fix it."""
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_ATX = re.compile(r"^(#{1,6})(.*?)#*\s*$")
_SETEXT = re.compile(r"^[=-]+ *$")
_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE)
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_LINK = re.compile(r"(?<!!)\[([^\]]*)\]\(([^)]*)\)")
_HTML_LINK = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE)
_HTML_HEADER_CELL = re.compile(r"<th[\s>]", re.IGNORECASE)


def _prose(lines: list[str]) -> Iterator[tuple[int, str, str]]:
    """Each line outside code fences, numbered from 1, with the line after it (blockquote marks taken off)."""
    in_fence = False
    for number, line in enumerate(lines, 1):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            following = lines[number] if number < len(lines) else ""
            yield number, re.sub(r"^ {0,3}(?:> ?)+", "", line), following


def _headings(lines: list[tuple[int, str, str]]) -> Iterator[tuple[int, int, str]]:
    """Each heading as Python-Markdown reads it: '## text', text underlined with === or ---, or <h2>."""
    before = ""
    for number, line, following in lines:
        atx = _ATX.match(line)
        if atx and not line.startswith((" ", "\t")):
            yield number, len(atx.group(1)), atx.group(2).strip()
        elif line.strip() and not before.strip() and _SETEXT.match(following) and not _SETEXT.match(line):
            yield number, 1 if following.startswith("=") else 2, line.strip()
        for tag in _HTML_HEADING.finditer(line):
            yield number, int(tag.group(1)), re.sub(r"<[^>]+>", "", tag.group(2)).strip()
        before = line


def _headings_in_order(lines: list[tuple[int, str, str]]) -> Iterator[Found]:
    """WCAG 1.3.1 and 2.4.6: headings residents can find their way by, one level at a time, each with words."""
    above = 1  # the page's title, its only level-1 heading
    for number, level, text in _headings(lines):
        if not text:
            yield number, "a heading has no words", "write the heading's words after the '#' marks, or delete the line"
        if level == 1:
            yield (
                number,
                "a '#' heading is not allowed in a document",
                "its title comes from 'title:' in index.md, so start its headings at '## '",
            )
            continue
        if level > above + 1 and above == 1:
            yield number, f"the heading '{text}' skips a level: the first heading must be '##'", "make it '## '"
        elif level > above + 1:
            wanted = "#" * (above + 1)
            yield (
                number,
                f"the heading '{text}' skips a level: it is '{'#' * level}' after a '{'#' * above}' heading",
                f"make it '{wanted}', or put a '{wanted}' heading above it",
            )
        above = level


def _cells(row: str) -> list[str]:
    """The cells of a row of a Markdown table (its outer bars are optional; a \\| is a bar in a cell)."""
    cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row.strip())]
    return cells[1 if row.strip().startswith("|") else 0 : -1 if row.strip().endswith("|") else None]


def _tables_with_headings(lines: list[tuple[int, str, str]]) -> Iterator[Found]:
    """WCAG 1.3.1: a table's first row says what each column holds (the page marks those cells as headers).
    Rows of | with no line of dashes under the first are no table at all: the page would show the bars."""
    html_table: list[str] = []
    started, in_table = 0, False
    for number, line, following in lines:
        if not line.strip():
            in_table = False
        elif not in_table and "|" in line and "|" in following and _TABLE_RULE.match(following):
            in_table = True
            if not all(_cells(line)):
                yield (
                    number,
                    "the table's first row has an empty heading",
                    "write a heading for each column in the first row, above the |---| line",
                )
        elif not in_table and line.lstrip().startswith("|") and line.count("|") >= 2:
            in_table = True
            yield (
                number,
                "the table has no row of headings: there is no line of dashes under its first row",
                "make its first row say what each column holds, and put a line like |---|---| under it",
            )
        if "<table" in line.lower() and not started:
            started, html_table = number, []
        if started:
            html_table.append(line)
            if "</table" in line.lower():
                if not _HTML_HEADER_CELL.search("\n".join(html_table)):
                    yield (
                        started,
                        "the table has no header cells",
                        "make the cells of its first row <th>, not <td>, or write it as a Markdown table",
                    )
                started, html_table = 0, []


def _links_with_words(lines: list[tuple[int, str, str]]) -> Iterator[Found]:
    """WCAG 2.4.4: every link has words saying where it goes, and somewhere to go."""
    for number, line, _ in lines:
        line = re.sub(r"`[^`]*`", "", line)
        for words, address in _LINK.findall(line):
            if not re.sub(r"[\s*_~]", "", words):
                yield (
                    number,
                    "a link has no words",
                    "write the words residents click between the square brackets, like [the full plan](https://...)",
                )
            elif not address.strip() or address.strip() == "<>":
                yield number, f"the link '{words.strip()}' has no address", "put its web address between the brackets"
        for inside in _HTML_LINK.findall(line):
            if not re.sub(r"<[^>]+>|\s", "", inside):
                yield number, "a link has no words", "write the words residents click between <a ...> and </a>"
