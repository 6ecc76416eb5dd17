"""A record's Welsh text, written beside its English, for a council that publishes in Welsh and English.

The Welsh Language Standards give Welsh equal standing on a council's website, so each consultation and
decision notice carries its own Welsh, the same way for both kinds:

- the title and summary in a ``welsh:`` block of the front matter of ``index.md``::

      welsh:
        title: Newidiadau i oriau agor llyfrgelloedd
        summary: Rydym am glywed eich barn am oriau agor newydd.

- the body in ``index.cy.md``, beside ``index.md``: the same ``## `` sections in the same order, their
  headings in Welsh (it has no front matter; everything else about the record is said once, in index.md).

The Welsh body is officer content like the English one: it is read as a ``core.body.Body`` and sanitised the
same way when a page shows it (``welsh_body``). The check asks for the Welsh text only when the council's
settings list ``cy`` in ``languages`` (``welsh_text_missing``, run by each kind's rules); an English
council's records need none, and the block and the file are optional.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from pydantic import Field, PrivateAttr, ValidationInfo, model_validator

from .body import Body, Section, read_body
from .documents import Document
from .fields import RecordModel, Text
from .problems import Location, Locator, Problem, Severity
from .source import HIDDEN_PROBLEM, hidden_characters

WELSH_BODY_FILE = "index.cy.md"
"""The Welsh body's file name, beside index.md in the record's folder."""
LONGEST_BODY = 1_000_000
"""More bytes than any record's text: a bigger file is not read (it would be a file put there by mistake)."""


class WelshText(RecordModel):
    """The welsh: block: the record's title and summary in Welsh. Its body is read from index.cy.md."""

    title: Text | None = Field(None, max_length=250, description="The title in Welsh.")
    summary: Text | None = Field(None, description="The summary in Welsh: one or two plain sentences.")
    documents: list[Document] = Field(
        [],
        description="The documents in Welsh, listed like the English ones (a file beside index.md, or a web "
        "address): the Welsh page lists these instead of the English documents.",
    )
    _body_text: str | None = PrivateAttr(None)
    _body_trouble: str = PrivateAttr("")
    _folder_known: bool = PrivateAttr(False)

    @model_validator(mode="after")
    def _read_the_welsh_body(self, info: ValidationInfo) -> WelshText:
        """Read index.cy.md with the record, so the rules can tell whether its Welsh body is there."""
        folder = (info.context or {}).get("folder")
        if not isinstance(folder, Path):
            return self  # a record checked on its own (tests, hub new): nothing to read
        self._folder_known = True
        self._body_text, self._body_trouble = _read_welsh(folder / WELSH_BODY_FILE)
        return self

    @property
    def body_text(self) -> str | None:
        """The Markdown of index.cy.md, or None if it is not there (or cannot be read)."""
        return self._body_text

    @property
    def body_looked_for(self) -> bool:
        """Whether index.cy.md was looked for: only a record read from its folder knows."""
        return self._folder_known

    @property
    def body_trouble(self) -> str:
        """Why index.cy.md could not be read: "not utf-8", "too big", or "" if nothing stopped it."""
        return self._body_trouble


def _read_welsh(file: Path) -> tuple[str | None, str]:
    """The text of index.cy.md and what stopped it being read. A link is never followed (core.records
    reports it); a file that is not UTF-8 is named so the officer can save it again."""
    if file.is_symlink() or not file.is_file():
        return None, ""
    if file.stat().st_size > LONGEST_BODY:
        return None, "too big"
    try:
        return file.read_bytes().decode("utf-8").lstrip("\ufeff"), ""
    except UnicodeDecodeError:
        return None, "not utf-8"


WELSH_HINTS = {
    "title": "add  title:  under  welsh:  with the title in Welsh",
    "summary": "add  summary:  under  welsh:  with one or two plain sentences in Welsh",
}


@dataclass(frozen=True)
class OwnWords:
    """Words of a record's own, written in English, whose Welsh its welsh: block does not give yet: the field
    under welsh:, how the check names it, where its English is, and what to add."""

    name: str
    what: str
    english: Location
    hint: str = ""


def welsh_text_missing(
    welsh: WelshText, at: Locator, bilingual: bool, own_words: Iterable[OwnWords] = ()
) -> Iterator[Problem]:
    """A bilingual council publishes every record in Welsh and English with equal standing (Welsh Language
    Standards): its Welsh title, summary and body must all be there, and the Welsh of the words of its own
    each kind shows (``own_words``: an outcome, a notice's financial summary). Shared by both kinds' rules."""
    if not bilingual:
        return
    written = ("welsh",) in at.lines  # without a welsh: block, point at the English it translates
    for name, what in (("title", "the Welsh title"), ("summary", "the Welsh summary")):
        if getattr(welsh, name) is None:
            near = ("welsh",) if written else (name,)
            yield at.error(("welsh", name), f"{what} is missing", WELSH_HINTS[name], near=near)
    for words in own_words:
        hint = words.hint or f"add  {words.name}:  under  welsh:  in Welsh"
        near = ("welsh",) if written else words.english
        yield at.error(("welsh", words.name), f"{words.what} is missing", hint, near=near)
    if not welsh.body_looked_for:
        return
    copy_hint = (
        f"copy index.md's body into {WELSH_BODY_FILE} beside it and write it in Welsh, "
        "with the same '## ' sections in the same order"
    )
    if welsh.body_trouble == "not utf-8":
        yield at.error(("welsh",), f"{WELSH_BODY_FILE} is not saved as UTF-8 text", "save it as UTF-8 in your editor")
    elif welsh.body_trouble == "too big":
        yield at.error(("welsh",), f"{WELSH_BODY_FILE} is far too big for a page's text", copy_hint)
    elif welsh.body_text is None:
        yield at.error(("welsh",), f"the Welsh body is missing: there is no {WELSH_BODY_FILE}", copy_hint)
    elif not welsh.body_text.strip():
        yield at.error(("welsh",), f"{WELSH_BODY_FILE} is empty", copy_hint)


def welsh_body(welsh: WelshText, path: str, lowest_heading: int = 3) -> tuple[Body | None, list[Problem]]:
    """The Welsh body as sections a page shows (sanitised like any officer text), with any problems in it;
    its headings are Welsh, so none is required by name here: ``sections_match`` compares it with the English."""
    if welsh.body_text is None:
        return None, []
    text, hidden = hidden_characters(welsh.body_text)  # read as spaces, each line named, as in index.md
    problems = [Problem(path, line, "body", HIDDEN_PROBLEM, hint) for line, hint in hidden.items()]
    body, found = read_body(text, path, 1, required=(), lowest_heading=lowest_heading)
    return body, problems + found


def welsh_sections(english: Iterable[Section], welsh: Body) -> dict[int, Section]:
    """Each English section's Welsh twin, by its place in the body (keyed by the English section's line).

    The Welsh section keeps its own heading and text, and takes the English heading as its ``key``, so a
    page that looks a section up by the hub's name ("Pre-decision consultation") finds it in Welsh too. An
    English section with no Welsh twin (``sections_match`` warns of it) is left out of the result."""
    ordered = sorted(english, key=lambda section: section.line)
    return {
        section.line: replace(twin, key=section.key or section.title, lowest_heading=section.lowest_heading)
        for section, twin in zip(ordered, welsh.sections, strict=False)
    }


def loaded_welsh_body(
    welsh: WelshText, english: Iterable[Section], path: str, bilingual: bool, lowest_heading: int = 3
) -> tuple[Body | None, list[Problem]]:
    """What each kind's loader does with index.cy.md for a bilingual council: its Welsh sections, and the
    problems in it (its own, and sections that do not match the English's). Nothing for an English council."""
    if not bilingual or welsh.body_text is None or not welsh.body_text.strip():
        return None, []  # missing or empty: welsh_text_missing says so, once
    body, problems = welsh_body(welsh, path, lowest_heading)
    if body is None:
        return None, problems
    return body, problems + sections_match(Body("", tuple(english)), body, path)


def sections_match(english: Body, welsh: Body, path: str) -> list[Problem]:
    """The Welsh body has the English body's sections, one for one, in the same order (a warning: the page
    pass shows them side by side, so a section left out would be missing from the Welsh page)."""
    if len(english.sections) == len(welsh.sections):
        return []
    first_line = welsh.sections[0].line if welsh.sections else 1
    return [
        Problem(
            path,
            first_line,
            "body",
            f"{WELSH_BODY_FILE} has {len(welsh.sections)} '## ' sections but index.md has {len(english.sections)}",
            "give the Welsh body the same sections in the same order, each heading in Welsh",
            Severity.WARNING,
        )
    ]
