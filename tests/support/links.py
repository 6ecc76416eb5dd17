"""A link checker for a built hub: every internal link reaches a file, every #fragment an id.

``check_site(site, base_url)`` reads every HTML page under ``site`` (a folder, or the
``site`` link a build publishes) and looks at every address a page asks for:
``href`` on ``a``, ``area`` and ``link``; ``src`` on ``img``, ``script``, ``iframe`` and
``source``; ``srcset``; ``action`` on ``form``; and ``og:url``/``og:image``. Each is
resolved the way a browser does, against the page's own address under ``base_url``:

- an address under ``base_url`` (relative, root-absolute or written in full) is internal and
  must be a file in the site (``folder/`` means ``folder/index.html``); a folder named without
  its final ``/`` is reported, because only some hosts redirect it; a ``#fragment`` on an HTML
  page must be an ``id`` (or ``a name``) on that page (``#`` and ``#top`` are the top);
- an address on the same host but outside ``base_url``'s folder is reported: it only works when
  the hub is served from the top of its host;
- any other ``http(s)`` address is external: listed, never fetched; ``mailto:`` and ``tel:``
  are counted; ``javascript:`` is reported (the hub loads no script from a link).

Used by tests/site/test_links.py; the standard library and selectolax only.
"""

from __future__ import annotations

import posixpath
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

# (CSS selector, attribute) for every attribute that names an address.
ADDRESSES = (
    ("a[href]", "href"),
    ("area[href]", "href"),
    ("link[href]", "href"),
    ("img[src]", "src"),
    ("script[src]", "src"),
    ("iframe[src]", "src"),
    ("source[src]", "src"),
    ("img[srcset]", "srcset"),
    ("source[srcset]", "srcset"),
    ("form[action]", "action"),
    ('meta[property="og:url"]', "content"),
    ('meta[property="og:image"]', "content"),
)
TOP = {"", "top"}
COUNTED = ("mailto:", "tel:", "data:")
DOCUMENTS = {".pdf", ".doc", ".docx", ".odt", ".ods", ".odp", ".xls", ".xlsx", ".csv", ".ics", ".json", ".xml"}


@dataclass(frozen=True)
class Broken:
    page: str
    """The page the link is on, as its path in the site (``consultations/x/index.html``)."""
    element: str
    """Where the address was: ``a href``, ``img src``, ``form action``..."""
    address: str
    """The address exactly as the page writes it."""
    problem: str

    def __str__(self) -> str:
        return f"{self.page}: <{self.element}={self.address!r}>: {self.problem}"


@dataclass
class LinkReport:
    pages: int = 0
    internal: int = 0
    fragments: int = 0
    documents: Counter[str] = field(default_factory=Counter)
    """Internal links to files that are not pages, by extension."""
    counted: Counter[str] = field(default_factory=Counter)
    """mailto:, tel: and data: addresses."""
    external: dict[str, set[str]] = field(default_factory=dict)
    """Each external address and the pages that link to it."""
    broken: list[Broken] = field(default_factory=list)

    def summary(self) -> str:
        documents = ", ".join(f"{n} {ext}" for ext, n in sorted(self.documents.items())) or "none"
        lines = [
            f"{self.pages} pages: {self.internal} internal links checked ({self.fragments} with a #fragment), "
            f"links to documents and files: {documents}; "
            + ", ".join(f"{n} {kind}" for kind, n in sorted(self.counted.items()))
            + f"; {len(self.external)} external addresses (listed, not fetched):"
        ]
        for address, pages in sorted(self.external.items()):
            lines.append(f"  {address}  (on {len(pages)} page{'s' if len(pages) != 1 else ''})")
        if self.broken:
            lines.append(f"{len(self.broken)} broken:")
            lines.extend(f"  {broken}" for broken in self.broken)
        return "\n".join(lines)


def check_site(site: Path, base_url: str) -> LinkReport:
    """Check every page of the built site at ``site``, published at ``base_url``."""
    root = Path(site).resolve()  # follows the `site` link to the published copy
    base = urlsplit(base_url if base_url.endswith("/") else base_url + "/")
    report = LinkReport()
    ids = _Ids(root)
    for page in sorted(root.rglob("*.html")):
        relative = page.relative_to(root).as_posix()
        page_url = urljoin(base.geturl(), relative)
        report.pages += 1
        html = ids.parsed(relative)
        for selector, attribute in ADDRESSES:
            for node in html.css(selector):
                value = node.attributes.get(attribute) or ""
                element = f"{node.tag} {attribute}"
                for address in _split_srcset(value) if attribute == "srcset" else [value]:
                    _check(report, ids, relative, element, address, page_url, base)
    return report


def _split_srcset(value: str) -> Iterator[str]:
    for candidate in value.split(","):
        words = candidate.split()
        if words:
            yield words[0]


def _check(report: LinkReport, ids: _Ids, page: str, element: str, address: str, page_url: str, base) -> None:
    written = address.strip()

    def broken(problem: str) -> None:
        report.broken.append(Broken(page, element, address, problem))

    if not written:
        broken("the address is empty")
        return
    lowered = written.lower()
    if lowered.startswith("javascript:"):
        broken("a javascript: link; the hub's pages load no script")
        return
    if lowered.startswith(COUNTED):
        report.counted[lowered.split(":", 1)[0] + ":"] += 1
        return
    target = urlsplit(urljoin(page_url, written))
    if target.scheme not in ("http", "https"):
        broken(f"an address of the kind {target.scheme}: that no browser opens from a web page")
        return
    if target.netloc.lower() != base.netloc.lower():
        report.external.setdefault(target._replace(fragment="").geturl(), set()).add(page)
        return
    if target.scheme != base.scheme:
        broken(f"uses {target.scheme}: but the hub is published at {base.scheme}:")
        return
    if not target.path.startswith(base.path):
        broken(f"leaves the hub's folder {base.path}: it only works when the hub is at the top of its host")
        return
    report.internal += 1
    path = unquote(target.path[len(base.path) :])
    clean = posixpath.normpath("/" + path).lstrip("/")
    file = PurePosixPath(clean, "index.html") if path.endswith("/") or not clean else PurePosixPath(clean)
    kind = ids.kind(file.as_posix())
    if kind is None:
        broken(f"no file {file} in the site")
        return
    if kind == "folder":
        broken(f"{clean} is a folder: write {clean}/ (only some hosts add the final /)")
        return
    suffix = file.suffix.lower()
    if suffix not in (".html", ".htm"):
        report.documents[suffix or "(no extension)"] += 1
    if target.fragment:
        report.fragments += 1
        fragment = unquote(target.fragment)
        if suffix in (".html", ".htm") and fragment.lower() not in TOP and fragment not in ids.of(file.as_posix()):
            broken(f"no element with id {fragment!r} on {file}")


class _Ids:
    """Each page parsed once, with the ids it has; what kind of thing each path is."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._parsed = cache(self._parse)
        self._ids = cache(self._find_ids)

    def _parse(self, relative: str) -> LexborHTMLParser:
        return LexborHTMLParser((self.root / relative).read_text(encoding="utf-8", errors="replace"))

    def parsed(self, relative: str) -> LexborHTMLParser:
        return self._parsed(relative)

    def _find_ids(self, relative: str) -> frozenset[str]:
        html = self._parsed(relative)
        found = {node.attributes.get("id") or "" for node in html.css("[id]")}
        found |= {node.attributes.get("name") or "" for node in html.css("a[name]")}
        return frozenset(found - {""})

    def of(self, relative: str) -> frozenset[str]:
        return self._ids(relative)

    def kind(self, relative: str) -> str | None:
        """'file', 'folder' or None; None too for a path that leads outside the site."""
        path = self.root / relative
        try:
            real = path.resolve()
            real.relative_to(self.root)
        except (OSError, ValueError):
            return None
        if path.is_file():
            return "file"
        if path.is_dir():
            return "folder"
        return None
