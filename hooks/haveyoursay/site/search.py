"""Search: the Pagefind index every build makes, and the search page that uses it.

Pagefind (the pinned ``pagefind-bin`` package, run on this machine, nothing downloaded) reads
the built pages and writes a static index to ``pagefind/``. The search page's script
(``overrides/assets/search.js``) searches that index in the browser and loads nothing from any
other host; no other page loads any JavaScript.

What is indexed: the main content of every consultation, outcome, decision notice and
hand-written page, and nothing else. Their ``<article>`` carries ``data-pagefind-body``
(``overrides/main.html``, when the page has ``SearchFacts``), so Pagefind leaves out every page
without it: the home page, the lists (a list repeats the summaries of everything on it, so it
would match most searches and push the records themselves down; the type, status, ward, topic
and year filters do a list's job) and this search page. The header, navigation, breadcrumbs
and footer are outside the article or are navigation, which Pagefind skips.

``index_site`` runs inside the atomic publish: the adapter calls it on the staging folder just
before ``publishing.publish``. If it fails, the build stops with a ``SearchProblem`` and the
staging folder is thrown away, so a site is never published without its index, or with an old
one. ``HUB_PAGEFIND`` names another Pagefind program to run instead of the pinned one (the
tests use it to make indexing fail).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..consultations import wording as consultation_wording
from ..consultations.pages import INDEX_PATHS
from ..consultations.record import FOLDER as CONSULTATIONS_FOLDER
from ..core.settings import CouncilSettings
from ..core.translations import _, ngettext
from ..decisions import wording as decision_wording
from ..decisions.pages import FORWARD_PLAN_URL
from ..decisions.record import URL as DECISIONS_URL
from . import search_wording
from .components import LinkView, SearchFacts

SEARCH_URL = "search/"
INDEX_FOLDER = "pagefind"
TIMEOUT_SECONDS = 600
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
"""Pagefind's own ready-made interfaces, which the hub does not use: removed, so only what the search page
loads is published."""

Say = Callable[[str], None]


class SearchProblem(Exception):
    """Why the search index could not be made, in one line."""


# -- the index -------------------------------------------------------------------------------------------


def pagefind_command() -> list[str]:
    """The pinned Pagefind from the ``pagefind-bin`` package (or ``HUB_PAGEFIND``), run with this Python."""
    chosen = os.environ.get("HUB_PAGEFIND", "").strip()
    if chosen:
        return [chosen]
    if importlib.util.find_spec("pagefind_bin") is None:
        raise SearchProblem(
            "Pagefind is not installed (the Python package pagefind-bin). Run `bash .ci/setup`, "
            "or turn search off with `search: false` under `extra:` in mkdocs.yml"
        )
    return [sys.executable, "-m", "pagefind_bin"]


def index_site(folder: Path, say: Say) -> int:
    """Index the built site in ``folder`` into ``folder/pagefind/``; return how many pages were indexed."""
    command = [*pagefind_command(), "--site", str(folder), "--output-subdir", INDEX_FOLDER, "--silent"]
    try:
        ran = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, stdin=subprocess.DEVNULL, check=False
        )
    except subprocess.TimeoutExpired:
        raise SearchProblem(f"Pagefind did not finish within {TIMEOUT_SECONDS} seconds") from None
    except OSError as error:
        raise SearchProblem(f"Pagefind could not be run ({command[0]}): {error.strerror or error}") from None
    if ran.returncode != 0:
        said = _last_lines(ran.stderr) or _last_lines(ran.stdout)
        raise SearchProblem(f"Pagefind stopped with exit code {ran.returncode}" + (f": {said}" if said else ""))
    pages = _pages_indexed(folder / INDEX_FOLDER)
    for name in UNUSED:
        (folder / INDEX_FOLDER / name).unlink(missing_ok=True)
    say(f"Search: Pagefind indexed {pages} pages into {INDEX_FOLDER}/")
    return pages


def _pages_indexed(index: Path) -> int:
    """How many pages the index holds, from Pagefind's own entry file; none is a broken build."""
    try:
        entry = json.loads((index / "pagefind-entry.json").read_text(encoding="utf-8"))
        pages = sum(int(language["page_count"]) for language in entry["languages"].values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise SearchProblem(f"Pagefind wrote no usable index in {index} ({type(error).__name__}: {error})") from None
    if not (index / "pagefind.js").is_file():
        raise SearchProblem(f"Pagefind wrote no pagefind.js in {index}")
    if pages == 0:
        raise SearchProblem(f"Pagefind found no pages to index in {index.parent}")
    return pages


def _last_lines(text: str, count: int = 5) -> str:
    lines = list(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))
    return " / ".join(lines[-count:])


# -- the search page ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchFilter:
    """One filter of the search form: the index's name for it, its legend and the values found in the index."""

    name: str
    legend: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class SearchSort:
    """One order of results: ``date:desc`` sorts by the index's ``date``; an empty value is the best match."""

    value: str
    text: str


@dataclass(frozen=True)
class SearchPage:
    """The search page: what it says without JavaScript, and the form and words its script uses."""

    title: str
    introduction: str
    needs_javascript: str
    could_not_load: str
    label: str
    filters_label: str
    filters: tuple[SearchFilter, ...]
    sort_label: str
    sorts: tuple[SearchSort, ...]
    sort_hint: str
    one_result: str
    results: str
    no_results: str
    more: str
    browse_heading: str
    browse: tuple[LinkView, ...]
    results_two: str = ""
    results_few: str = ""
    results_many: str = ""
    """The forms of ``results`` for 2, for 3 and for 6 (the browser's plural rules: "two", "few", "many"),
    where the language has one of its own: Welsh says "2 ganlyniad", "3 chanlyniad", "6 chanlyniad" but
    "5 canlyniad". Empty in English, which says "{count} results" of every count but 1."""


def search_page(facts: Sequence[SearchFacts], settings: CouncilSettings) -> SearchPage:
    """The search page, its filters offering only what the index holds, each in the order residents know.

    The index holds each page's type and status in the words of the page's language, so the order they are
    offered in is of the same words: the statuses in the language spoken now."""
    found: dict[str, list[str]] = {name: [] for name in search_wording.SEARCH_FILTER_LEGENDS}
    for page in facts:
        for name, value in page.filters:
            if value not in found[name]:
                found[name].append(value)
    statuses = [
        _(words) for words in (*consultation_wording.STATUS_LABELS.values(), *decision_wording.STATUS_LABELS.values())
    ]
    order = {
        "type": [_(consultation_wording.SEARCH_KIND), _(decision_wording.SEARCH_KIND)],
        "status": statuses,
        "ward": list(settings.wards),
        "topic": [_(topic) for topic in settings.topics],
        "year": sorted(found["year"], reverse=True),
    }
    filters = tuple(
        SearchFilter(name, _(legend), _in_order(order[name], found[name]))
        for name, legend in search_wording.SEARCH_FILTER_LEGENDS.items()
        if found[name]
    )
    return SearchPage(
        title=_(search_wording.SEARCH_TITLE),
        introduction=_(search_wording.SEARCH_INTRODUCTION),
        needs_javascript=_(search_wording.SEARCH_NEEDS_JAVASCRIPT),
        could_not_load=_(search_wording.SEARCH_COULD_NOT_LOAD),
        label=_(search_wording.SEARCH_LABEL),
        filters_label=_(search_wording.SEARCH_FILTERS),
        filters=filters,
        sort_label=_(search_wording.SEARCH_SORT_LABEL),
        sorts=tuple(SearchSort(value, _(text)) for value, text in search_wording.SEARCH_SORTS),
        sort_hint=_(search_wording.SEARCH_SORT_HINT),
        one_result=_results(1).format(count=1),
        results=_results(OTHER),
        no_results=_(search_wording.SEARCH_NO_RESULTS),
        more=_(search_wording.SEARCH_MORE),
        browse_heading=_(search_wording.SEARCH_BROWSE),
        browse=browse_links(),
        results_two=_own_form(2),
        results_few=_own_form(3),
        results_many=_own_form(6),
    )


OTHER = 5
"""A count that takes the general form of "{count} results" in English and in Welsh (not 1, 2, 3 or 6)."""


def _results(count: int) -> str:
    """ "{count} results", as the search page's script fills it in for ``count`` results."""
    return ngettext("{count} result", "{count} results", count)


def _own_form(count: int) -> str:
    """The form of "{count} results" for ``count`` if it is not the general one; empty if it is."""
    form = _results(count)
    return "" if form == _results(OTHER) else form


def _in_order(order: Sequence[str], found: Sequence[str]) -> tuple[str, ...]:
    """The values found, in the given order; any the order does not know come last, as found."""
    return tuple(v for v in order if v in found) + tuple(v for v in found if v not in order)


def browse_links() -> tuple[LinkView, ...]:
    """The lists that find everything without JavaScript: consultations by status, ward, topic and year;
    decisions by ward, decision maker and month; the forward plan."""
    return (
        LinkView(_(search_wording.SEARCH_ALL_CONSULTATIONS), f"{CONSULTATIONS_FOLDER}/"),
        LinkView(_(search_wording.SEARCH_BY_WARD), INDEX_PATHS["wards"]),
        LinkView(_(search_wording.SEARCH_BY_TOPIC), INDEX_PATHS["topics"]),
        LinkView(_(consultation_wording.PAST_BY_YEAR), INDEX_PATHS["archive"]),
        LinkView(_(search_wording.SEARCH_DECISIONS), DECISIONS_URL),
        LinkView(_(decision_wording.FORWARD_PLAN[0]), FORWARD_PLAN_URL),
    )
