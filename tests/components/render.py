"""Render one component example as MkDocs renders the hub's templates.

The Jinja environment is set up as MkDocs sets it up for the hub: templates
are found in ``overrides/`` first and then in Material's own templates, the
hub's templates are autoescaped by the same rule as ``hub_autoescape`` in
``hooks/mkdocs_hub.py`` (which ``on_env`` gives MkDocs), the ``url`` filter behaves like MkDocs' (a site path
made relative to the current page) and ``config.extra.council`` holds the
council's real settings. Nothing here imports MkDocs, so the examples keep
working if the hub moves engine; tests check the copies below still agree
with MkDocs and the hook.

``write_examples`` writes every example as a complete, standalone page with
the site's real CSS (copied from a built demo site), ready to serve to a
real browser.
"""

from __future__ import annotations

import functools
import posixpath
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import material.templates
import yaml
from examples import ROOT, Example, council
from markupsafe import Markup

from haveyoursay.core.london import parse_when
from haveyoursay.core.translations import TEMPLATE_GLOBALS
from haveyoursay.site.pages import footer_view
from haveyoursay.site.search import SEARCH_URL
from hub_testing import REPO

OVERRIDES = REPO / "overrides"
MATERIAL_TEMPLATES = Path(material.templates.__file__).resolve().parent

# A copy of HUB_TEMPLATES and hub_autoescape in hooks/mkdocs_hub.py, the rule on_env gives
# MkDocs (test_components.py checks the copy and the hook agree on every template).
HUB_TEMPLATES = {
    "main.html",
    "consultation.html",
    "decision.html",
    "list.html",
    "home.html",
    "index-of.html",
    "open-data.html",
    "how-we-are-doing.html",
    "feeds.html",
    "postcodes.html",
    "search.html",
    "document.html",
    "print-summary.html",
    "site-notice.html",
}

# Partials that write one list item: pages lay them out in <ul class="hub-cards">.
LIST_ITEMS = {"card"}
# Partials that are the page's own header and footer: shown where they sit on every page.
PAGE_FRAME = {"header", "footer", "language-switch"}


def hub_autoescape(name: str | None) -> bool:
    """The hub's own templates escape everything by default; Material's own do not expect it."""
    return bool(name) and (name in HUB_TEMPLATES or str(name).startswith("partials/hub/"))


# -- MkDocs' url filter --------------------------------------------------------


def _parts(path: str) -> list[str]:
    path = posixpath.normpath("/" + path)[1:]
    return path.split("/") if path else []


def relative_url(path: str, page_url: str) -> str:
    """A site path (like 'consultations/open/') as seen from the page at ``page_url``.

    Full web addresses, absolute paths and #fragments are left alone, as
    MkDocs' ``url`` filter leaves them.
    """
    path = path or "."
    parsed = urlsplit(path)
    if parsed.scheme or parsed.netloc or path.startswith(("/", "#")):
        return path
    up = 0
    normalised = posixpath.normpath(path) + "/"
    while normalised.startswith("../", up * 3):
        up += 1
    directory, _, last = page_url.rpartition("/")
    here = _parts(directory if "." in last else page_url)
    there = _parts(path)
    common = 0
    for a, b in zip(here, there, strict=False):
        if a != b:
            break
        common += 1
    result = "/".join([".."] * (len(here) - common) + there[common:]) or "."
    if path.endswith("/"):
        result += "/"
    return "../" * up + result


@jinja2.pass_context
def url_filter(context, value) -> str:
    page = context.get("page")
    return relative_url(str(value), page.url if page is not None else "")


# -- what MkDocs puts in every template's context -------------------------------


@dataclass(frozen=True)
class FixturePage:
    """Stands in for MkDocs' Page: where the example page sits and its title."""

    url: str
    title: str
    is_homepage: bool = False


@dataclass(frozen=True)
class NavLink:
    title: str
    url: str


@dataclass(frozen=True)
class SiteNav:
    """Stands in for MkDocs' Navigation: the top-level links from mkdocs.yml."""

    items: tuple[NavLink, ...]

    @property
    def homepage(self) -> NavLink:
        return next(item for item in self.items if item.url == "")

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True)
class FixtureConfig:
    site_name: str
    extra: dict


def _page_url(source: str) -> str:
    """MkDocs' directory URL of a Markdown file (use_directory_urls: true)."""
    stem = source.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return stem + "/"


@functools.cache
def site_config() -> tuple[str, SiteNav]:
    """The site name and top-level navigation from mkdocs.yml."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    links = []
    for entry in config.get("nav", []):
        ((title, source),) = entry.items()
        links.append(NavLink(title, _page_url(source)))
    return config["site_name"], SiteNav(tuple(links))


def demo_moment() -> Any:
    """The demo's "now", when the footer says the page was updated."""
    return parse_when("2026-11-24T10:00")[0]


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(OVERRIDES), str(MATERIAL_TEMPLATES)]),
        autoescape=hub_autoescape,
        auto_reload=False,
    )
    env.filters["url"] = url_filter
    env.filters["in_language"] = lambda path: path  # an English council's site: every path is its own
    env.filters["url_as_is"] = url_filter
    env.globals.update(TEMPLATE_GLOBALS)
    return env


def _context(example: Example) -> dict[str, Any]:
    site_name, nav = site_config()
    settings = example.settings or council()
    return {
        "config": FixtureConfig(
            site_name=site_name,
            extra={"council": settings, "footer": footer_view(settings, demo_moment()), "search_url": SEARCH_URL},
        ),
        "council": settings,
        "nav": nav,
        "page": FixturePage(url=example.url, title=example.description),
        "base_url": relative_url(".", example.url),
        "example": example,
        **example.context,
    }


def render_component(example: Example) -> str:
    """Just what the partial writes for this example."""
    return environment().get_template(example.template).render(_context(example))


# The standalone page: the same frame as overrides/main.html and Material's
# base.html (body attributes, main > md-content > article.md-typeset), with
# the example's description as the h1 so a partial's h2 sits under it.
# Rendered from a string, so it is not autoescaped: escape by hand.
PAGE = """<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{ example.description | e }} - {{ example.component | e }} - Component examples
 - {{ config.site_name | e }}</title>
{% for stylesheet in stylesheets %}<link rel="stylesheet" href="{{ stylesheet | url | e }}">
{% endfor %}</head>
<body dir="ltr" data-md-color-scheme="default" data-md-color-primary="indigo" data-md-color-accent="indigo">
{% if example.component == "header" %}{{ component }}{% elif example.component == "language-switch" %}
<header class="hub-header"><div class="hub-header__inner md-grid">{{ component }}</div></header>{% endif %}
<div class="md-container">
<main class="md-main">
<div class="md-main__inner md-grid">
<div class="md-content hub-content" id="main-content" tabindex="-1">
<article class="md-content__inner md-typeset">
<p class="hub-caption">Component example: {{ example.component | e }}</p>
<h1>{{ example.description | e }}</h1>
{% if example.under_heading %}<h2>{{ example.under_heading | e }}</h2>{% endif %}
{% if example.component in page_frame %}
<p>The {{ example.component | e }} is shown where it sits on every page.</p>
{% elif example.component in list_items %}
<ul class="hub-cards">{{ component }}</ul>
{% else %}
{{ component }}
{% endif %}
</article>
</div>
</div>
</main>
{% if example.component == "footer" %}{{ component }}{% endif %}
</div>
</body>
</html>
"""


def render_page(example: Example, stylesheets: Iterable[str] = ()) -> str:
    """The example as a complete, standalone page; ``stylesheets`` are site paths."""
    context = _context(example)
    component = Markup(render_component(example))
    return (
        environment()
        .from_string(PAGE)
        .render(
            context, component=component, stylesheets=tuple(stylesheets), list_items=LIST_ITEMS, page_frame=PAGE_FRAME
        )
    )


def copy_stylesheets(site: Path, folder: Path) -> list[str]:
    """Copy the built site's CSS (Material's, then the hub's) and return the site paths, in page order."""
    names = [p.relative_to(site).as_posix() for p in sorted((site / "assets" / "stylesheets").glob("main.*.min.css"))]
    names += [
        p.relative_to(site).as_posix() for p in sorted((site / "assets" / "stylesheets").glob("palette.*.min.css"))
    ]
    names.append("assets/hub.css")
    for name in names:
        if not (site / name).is_file():
            raise FileNotFoundError(f"{site} has no {name}: is it a built hub site?")
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(site / name, folder / name)
    if not any(name.startswith("assets/stylesheets/main.") for name in names):
        raise FileNotFoundError(f"{site} has no assets/stylesheets/main.*.min.css: is it a built Material site?")
    return names


def write_examples(folder: Path, site: Path, examples: Iterable[Example]) -> dict[str, str]:
    """Write each example as ``folder/<url>/index.html`` with the site's CSS; return {name: url path}."""
    stylesheets = copy_stylesheets(site, folder)
    paths = {}
    for example in examples:
        target = folder / example.url / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_page(example, stylesheets), encoding="utf-8")
        paths[example.name] = "/" + example.url
    return paths
