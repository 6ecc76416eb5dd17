"""What the build publishes from the council's postcodes: lookup files, pages without JavaScript, the form.

Lookup files, one per outward code (the part of a postcode before the space),
so a lookup downloads only its own district, a few KB:
``postcodes/NB1.json`` holds ::

    {"wards":[["Abbey","../wards/abbey/"],["Castle","../wards/castle/"]],"postcodes":{"1AA":1,"1AB":1,"2AA":0}}

``wards`` lists the wards of that outward code's postcodes: each one's name
and the address of its page, relative to the file. ``postcodes`` gives each
inward code (the part after the space) the position of its ward in ``wards``.

Pages that work without JavaScript: ``postcodes/`` lists the outward codes
(the form goes there when no script runs: a static site cannot read what was
typed), and ``postcodes/nb1/`` lists each postcode starting NB1 with its ward,
linked to the ward's page. So a resident without JavaScript reaches their ward
in two clicks, and the list works for anyone who prefers to browse.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ...consultations import wording as consultation_wording
from ...consultations.pages import INDEX_PATHS, ward_href
from ...core.settings import CouncilSettings
from ...core.translations import _
from .. import wording as site_wording
from ..components import IndexEntry, IndexPage, LinkView
from . import wording
from .loading import Postcodes

FOLDER = "postcodes/"
"""The list of outward codes; each outward code's page and lookup file are in it."""
TEMPLATE = "postcodes.html"
SCRIPT = "assets/postcode-finder.js"


@dataclass(frozen=True)
class PostcodeFinder:
    """The "Find consultations near you" form (overrides/partials/hub/postcode-finder.html)."""

    action: str
    """Where the form goes without JavaScript: the list of outward codes."""
    wards: str
    """The list of wards, offered when a postcode is not in the council's area."""
    outward_codes: str
    """Every outward code in the council's list ("NB1 NB2 NB10"), so the script needs no file to know a
    postcode is not the council's."""
    hint: str
    messages: str
    """The script's words (wording.messages), as JSON."""
    other_way: LinkView | None = None
    script: str = SCRIPT
    """The script that looks the postcode up (progressive enhancement: the form works without it)."""


@dataclass(frozen=True)
class PostcodeRow:
    postcode: str
    ward: LinkView


@dataclass(frozen=True)
class PostcodeAreaPage:
    """The postcodes of one outward code, each with its ward, for residents without JavaScript."""

    title: str
    introduction: str
    wards_lead: str
    wards: tuple[LinkView, ...]
    caption: str
    rows: tuple[PostcodeRow, ...]
    breadcrumbs: tuple[LinkView, ...]


@dataclass(frozen=True)
class PageToAdd:
    src_uri: str
    title: str
    template: str
    model: object


@dataclass(frozen=True)
class FinderPlan:
    """What site.pages adds to the site plan: pages, lookup files, and the form on each page that shows it."""

    pages: tuple[PageToAdd, ...]
    files: tuple[tuple[str, bytes], ...]
    forms: dict[str, PostcodeFinder]


def plan_finder(postcodes: Postcodes, settings: CouncilSettings, home: str) -> FinderPlan:
    """Everything the finder publishes; the form goes on the home page (``home``) and on the list of wards."""
    by_outward = postcodes.by_outward()
    example = next(iter(next(iter(by_outward.values()))))
    form = PostcodeFinder(
        action=FOLDER,
        wards=INDEX_PATHS["wards"],
        outward_codes=" ".join(by_outward),
        hint=wording.finder_hint(example),
        messages=json.dumps(wording.messages(example, settings.name), ensure_ascii=False, separators=(",", ":")),
    )
    other_way = LinkView(_(wording.OTHER_WAY), INDEX_PATHS["wards"])
    index = IndexPage(
        title=_(wording.INDEX_TITLE),
        introduction=wording.index_introduction(example),
        entries=tuple(
            IndexEntry(outward, area_href(outward), wording.postcode_count(len(codes)))
            for outward, codes in by_outward.items()
        ),
    )
    pages = [PageToAdd(f"{FOLDER}index.md", index.title, "index-of.html", index)]
    files = []
    for outward, codes in by_outward.items():
        page = area_page(outward, codes)
        pages.append(PageToAdd(f"{area_href(outward)}index.md", page.title, TEMPLATE, page))
        files.append((lookup_path(outward), lookup_file(codes)))
    forms = {home: replace(form, other_way=other_way), f"{INDEX_PATHS['wards']}index.md": form}
    return FinderPlan(tuple(pages), tuple(files), forms)


def area_href(outward: str) -> str:
    return f"{FOLDER}{outward.lower()}/"


def lookup_path(outward: str) -> str:
    return f"{FOLDER}{outward}.json"


def lookup_file(codes: Mapping[str, str]) -> bytes:
    """The lookup of one outward code (see the module's docstring), as compact JSON."""
    wards = sorted(set(codes.values()))
    position = {ward: index for index, ward in enumerate(wards)}
    data = {
        "wards": [[ward, f"../{ward_href(ward)}"] for ward in wards],
        "postcodes": {postcode.split(" ", 1)[1]: position[ward] for postcode, ward in codes.items()},
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def area_page(outward: str, codes: Mapping[str, str]) -> PostcodeAreaPage:
    wards = sorted(set(codes.values()))
    wards_title = consultation_wording.INDEXES["wards"][0]
    return PostcodeAreaPage(
        title=wording.area_title(outward),
        introduction=_(wording.AREA_INTRODUCTION),
        wards_lead=wording.area_wards(outward, len(wards)),
        wards=tuple(LinkView(ward, ward_href(ward)) for ward in wards),
        caption=wording.area_caption(outward),
        rows=tuple(PostcodeRow(postcode, LinkView(ward, ward_href(ward))) for postcode, ward in codes.items()),
        breadcrumbs=(
            LinkView(_(site_wording.HOME), ""),
            LinkView(_(wards_title), INDEX_PATHS["wards"]),
            LinkView(_(wording.INDEX_TITLE), FOLDER),
        ),
    )
