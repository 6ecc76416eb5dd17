"""Officer-written Markdown: split into the sections residents expect, made safe.

The Gunning principles need every consultation to say what is proposed, what
can still change, why the council is consulting and what happens next, so the
body must have those headings. Anything officers write is sanitised: no
script, event handler, style or off-site image from content ever reaches a page.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html import escape as html_escape
from html.parser import HTMLParser

import markdown
import nh3
from markupsafe import Markup

from .cache import key_of, remembered
from .problems import Problem, Severity

REQUIRED_SECTIONS = ("What we are proposing", "What can still change", "Why we are consulting", "What happens next")

_ALLOWED_TAGS = {
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "a",
    "strong",
    "em",
    "b",
    "i",
    "h3",
    "h4",
    "h5",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "caption",
    "abbr",
    "code",
    "pre",
    "hr",
    "dl",
    "dt",
    "dd",
}
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "th": {"scope", "colspan", "rowspan"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
# One converter, reset for each text: building a new one per call was half the cost.
_URL_SCHEMES = {"http", "https", "mailto", "tel"}
_MARKDOWN = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")


@dataclass(frozen=True)
class Section:
    """A section of a record's body: its heading, and the Markdown under it, made HTML only when a page
    shows it (a check needs the headings, not the HTML). ``given``: HTML the hub writes itself."""

    title: str
    id: str
    text: str = ""
    line: int = 0
    lowest_heading: int = 3
    given: Markup | None = None
    key: str = ""
    """The English heading a translated section stands for, so a page finds it by the hub's own name."""

    @functools.cached_property
    def html(self) -> Markup:
        return self.given if self.given is not None else safe_html(self.text, lowest_heading=self.lowest_heading)

    def words(self) -> str:
        """The section's text in words, markup and spacing aside: what sample text is compared by."""
        return " ".join(re.sub(r"<[^>]+>|[*_`#>\[\]]", " ", self.text).split())


@dataclass(frozen=True)
class Body:
    introduction_text: str
    sections: tuple[Section, ...]

    @functools.cached_property
    def introduction(self) -> Markup:
        return safe_html(self.introduction_text)

    def section(self, title: str) -> Section | None:
        wanted = heading_key(title)
        return next((s for s in self.sections if heading_key(s.key or s.title) == wanted), None)


def safe_html(text: str, *, lowest_heading: int = 3) -> Markup:
    """Markdown (with any inline HTML) to sanitised HTML; the one way content becomes HTML.

    Headings are pushed down to at least ``lowest_heading`` so officer content
    never breaks the page's heading outline.
    """
    html = remembered("html", lambda: key_of(text, lowest_heading), lambda: _converted(text, lowest_heading), str, str)
    cleaned = nh3.clean(  # every time, kept or not: what was kept is not trusted
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return Markup(cleaned)


def _converted(text: str, lowest_heading: int) -> str:
    html = _MARKDOWN.reset().convert(text or "")
    return re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m.group(1)}h{min(6, max(int(m.group(2)), lowest_heading))}", html)


def slug_of(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def heading_key(text: str) -> str:
    """Headings match whatever their case and punctuation: "What happens next?" is "what happens next"."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


PAGE_IDS = frozenset(
    {
        "main-content",
        "status-heading",
        "key-facts",
        "other-formats",
        "outcome",
        "outcome-documents",
        "related-decision",
        "original-consultation",
        "events",
        "documents",
        "ways-to-respond",
        "contact",
        "updates",
        "what-residents-told-us",
        "about-this-decision",
        "part-a",
        "part-b",
        "part-c",
        "call-in",
        "print-and-share",
    }
)
"""The ids the page templates give their own headings (overrides/consultation.html, decision.html and their
partials). A section an officer calls "Contact" must not take the page's own #contact, or the links to it
would jump to the wrong place."""


def read_body(
    text: str, path: str, first_line: int, required: tuple[str, ...] = REQUIRED_SECTIONS, lowest_heading: int = 3
) -> tuple[Body, list[Problem]]:
    """Split the body at its level-2 headings and check the ``required`` ones are there.

    Headings inside a section start at ``lowest_heading`` (a decision notice's sections are themselves
    level 3, under its Parts, so their own headings start at 4).
    """
    problems: list[Problem] = []
    introduction: list[str] = []
    sections: list[tuple[str, int, list[str]]] = []
    in_fence = False
    for offset, line in enumerate(text.splitlines()):
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading and len(heading.group(1)) == 2:
            sections.append((heading.group(2).strip(), first_line + offset, []))
            continue
        if heading and len(heading.group(1)) == 1:
            problems.append(
                Problem(
                    path,
                    first_line + offset,
                    "body",
                    "a '#' heading is not allowed in the body",
                    "the page title comes from 'title:'; use '## ' for section headings",
                )
            )
            continue
        (sections[-1][2] if sections else introduction).append(line)
    present = {heading_key(title) for title, _, _ in sections}
    for title in required:
        if heading_key(title) not in present:
            problems.append(
                Problem(
                    path,
                    first_line,
                    "body",
                    f"the section '{title}' is missing",
                    f"add a heading '## {title}' followed by a paragraph or two",
                )
            )
    seen_ids: set[str] = set(PAGE_IDS)
    built = []
    for title, heading_line, lines in sections:
        section_id = slug_of(title)
        while section_id in seen_ids:
            section_id += "-more" if section_id not in PAGE_IDS else "-section"
        seen_ids.add(section_id)
        built.append(Section(title, section_id, "\n".join(lines), heading_line, lowest_heading))
    problems += removed_when_published(text, path, first_line)
    return Body(introduction_text="\n".join(introduction), sections=tuple(built)), problems


_SUSPICIOUS = re.compile(r"<|!\[|javascript:|data:|vbscript:", re.IGNORECASE)


class _Removed(HTMLParser):
    """What the sanitiser would take out of some HTML: tags, attributes and link schemes it does not allow."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED_TAGS and not re.fullmatch(r"h[1-6]", tag):
            self.found.append("an image" if tag == "img" else f"{'an' if tag[0] in 'aeiou' else 'a'} <{tag}> element")
            return
        for name, value in attrs:
            if name == "style" and tag in ("th", "td"):
                continue  # the alignment of a Markdown table column: harmless to lose
            if name not in _ALLOWED_ATTRIBUTES.get(tag, set()):
                self.found.append(f"the {name} attribute on <{tag}>")
            elif (
                name == "href"
                and value
                and ":" in value.split("/")[0]
                and value.split(":")[0].strip().lower() not in _URL_SCHEMES
            ):
                self.found.append(f"a {value.split(':')[0].strip().lower()}: link")


def removed_when_published(text: str, path: str, first_line: int, field: str = "body") -> list[Problem]:
    """Warn about what sanitising will remove (a pasted script, an image from another website), line by line,
    so nothing disappears without the officer knowing."""
    problems: list[Problem] = []
    if not _SUSPICIOUS.search(text):  # the usual case, found in one look
        return problems
    for offset, line in enumerate(text.splitlines()):
        if not _SUSPICIOUS.search(line):
            continue
        finder = _Removed()
        finder.feed(_MARKDOWN.reset().convert(line))
        for what in dict.fromkeys(finder.found):
            problems.append(
                Problem(
                    path,
                    first_line + offset,
                    field,
                    f"{what} is removed when this is published",
                    "delete it: scripts, styles, frames, forms and images are never published from the "
                    "text; link to the page or document instead",
                    Severity.WARNING,
                )
            )
    return problems


_PAGE_TAGS = _ALLOWED_TAGS | {"h1", "h2", "h3", "h4", "h5", "h6"}
_PAGE_ATTRIBUTES = {**_ALLOWED_ATTRIBUTES, **{f"h{level}": {"id"} for level in range(1, 7)}}


def sanitise_page(html: str) -> Markup:
    """A hand-written page (content/pages/) after MkDocs has made it HTML: the same allow-list as officers'
    text, with headings and their ids kept, so a script pasted into a page never runs either."""
    return Markup(
        nh3.clean(
            html, tags=_PAGE_TAGS, attributes=_PAGE_ATTRIBUTES, url_schemes=_URL_SCHEMES, link_rel="noopener noreferrer"
        )
    )


def document_html(text: str) -> str:
    """A document written in Markdown (core.documents) as sanitised HTML: officers' allow-list with every
    heading level kept from h2 down (its title is its page's h1, so a '#' heading becomes h2). Heading ids are
    left for core.documents to give, so an officer's own id can never take one of the page's."""
    html = re.sub(r"<(/?)h1\b", r"<\1h2", _MARKDOWN.reset().convert(text or ""))
    return re.sub(r"<h([2-6]) id=\"[^\"]*\">", r"<h\1>", str(sanitise_page(html)))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>-])")


def markdown_text(value: str) -> str:
    """Plain text to put into a Markdown page as it is: HTML and Markdown characters escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html_escape(value, quote=False))
