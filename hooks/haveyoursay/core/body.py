"""Officer-written Markdown: split into the sections residents expect, made safe.

The Gunning principles need every consultation to say what is proposed, what
can still change, why the council is consulting and what happens next, so the
body must have those headings. Anything officers write is sanitised: no
script, event handler, style or off-site image from content ever reaches a page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import markdown
import nh3
from markupsafe import Markup

from .problems import Problem

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
_MARKDOWN = markdown.Markdown(extensions=["tables", "sane_lists"], output_format="html")
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")


@dataclass(frozen=True)
class Section:
    title: str
    id: str
    html: Markup
    line: int = 0


@dataclass(frozen=True)
class Body:
    introduction: Markup
    sections: tuple[Section, ...]

    def section(self, title: str) -> Section | None:
        wanted = heading_key(title)
        return next((s for s in self.sections if heading_key(s.title) == wanted), None)


def safe_html(text: str, *, lowest_heading: int = 3) -> Markup:
    """Markdown (with any inline HTML) to sanitised HTML; the one way content becomes HTML.

    Headings are pushed down to at least ``lowest_heading`` so officer content
    never breaks the page's heading outline.
    """
    html = _MARKDOWN.reset().convert(text or "")
    html = re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m.group(1)}h{min(6, max(int(m.group(2)), lowest_heading))}", html)
    cleaned = nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
    return Markup(cleaned)


def slug_of(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def heading_key(text: str) -> str:
    """Headings match whatever their case and punctuation: "What happens next?" is "what happens next"."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def read_body(
    text: str, path: str, first_line: int, required: tuple[str, ...] = REQUIRED_SECTIONS
) -> tuple[Body, list[Problem]]:
    """Split the body at its level-2 headings and check the ``required`` ones are there."""
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
    seen_ids: set[str] = set()
    built = []
    for title, heading_line, lines in sections:
        section_id = slug_of(title)
        while section_id in seen_ids:
            section_id += "-more"
        seen_ids.add(section_id)
        built.append(Section(title=title, id=section_id, html=safe_html("\n".join(lines)), line=heading_line))
    return Body(introduction=safe_html("\n".join(introduction)), sections=tuple(built)), problems
