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

_ALLOWED_TAGS = {"p", "br", "ul", "ol", "li", "a", "strong", "em", "b", "i", "h3", "h4", "h5", "blockquote",
                 "table", "thead", "tbody", "tr", "th", "td", "caption", "abbr", "code", "pre", "hr", "dl", "dt", "dd"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"scope", "colspan", "rowspan"},
                       "td": {"colspan", "rowspan"}, "ol": {"start"}}
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^(```|~~~)")


@dataclass(frozen=True)
class Section:
    title: str
    id: str
    html: Markup


@dataclass(frozen=True)
class Body:
    introduction: Markup
    sections: tuple[Section, ...]

    def section(self, title: str) -> Section | None:
        wanted = _fold(title)
        return next((s for s in self.sections if _fold(s.title) == wanted), None)


def safe_html(text: str, *, lowest_heading: int = 3) -> Markup:
    """Markdown (with any inline HTML) to sanitised HTML; the one way content becomes HTML.

    Headings are pushed down to at least ``lowest_heading`` so officer content
    never breaks the page's heading outline.
    """
    html = markdown.markdown(text or "", extensions=["tables", "sane_lists"], output_format="html")
    html = re.sub(r"<(/?)h([1-6])\b", lambda m: f"<{m.group(1)}h{min(6, max(int(m.group(2)), lowest_heading))}", html)
    cleaned = nh3.clean(html, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES,
                        url_schemes={"http", "https", "mailto", "tel"}, link_rel="noopener noreferrer")
    return Markup(cleaned)


def slug_of(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def _fold(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def read_body(text: str, path: str, first_line: int) -> tuple[Body, list[Problem]]:
    """Split the body at its level-2 headings and check the required ones are there."""
    problems: list[Problem] = []
    introduction: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    in_fence = False
    for offset, line in enumerate(text.splitlines()):
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
        heading = None if in_fence else _HEADING.match(line)
        if heading and len(heading.group(1)) == 2:
            sections.append((heading.group(2).strip(), []))
            continue
        if heading and len(heading.group(1)) == 1:
            problems.append(Problem(path, first_line + offset, "body",
                                    "a '#' heading is not allowed in the body",
                                    "the page title comes from 'title:'; use '## ' for section headings"))
            continue
        (sections[-1][1] if sections else introduction).append(line)
    present = {_fold(title) for title, _ in sections}
    for required in REQUIRED_SECTIONS:
        if _fold(required) not in present:
            problems.append(Problem(path, first_line, "body", f"the section '{required}' is missing",
                                    f"add a heading '## {required}' followed by a paragraph or two"))
    seen_ids: set[str] = set()
    built = []
    for title, lines in sections:
        section_id = slug_of(title)
        while section_id in seen_ids:
            section_id += "-more"
        seen_ids.add(section_id)
        built.append(Section(title=title, id=section_id, html=safe_html("\n".join(lines))))
    return Body(introduction=safe_html("\n".join(introduction)), sections=tuple(built)), problems
