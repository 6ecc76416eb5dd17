"""The cut-down stylesheet draws every kind of page exactly as Material's full one does.

The build keeps only the rules of Material's stylesheet that its pages can match, and
compacts the hub's own (hooks/haveyoursay/site/stylesheet.py). Here a copy of the built
demo site gets the full stylesheets back, and one page of each kind is drawn by Chromium
with each, on a small phone, on a desktop and for print: the pictures must be identical,
pixel for pixel.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import browser
from haveyoursay.site.stylesheet import THEME_STYLESHEETS, theme_stylesheets

REPO = Path(__file__).resolve().parents[2]
ONE_OF_EACH_KIND = [
    "/",
    "/consultations/",
    "/consultations/open/",
    "/consultations/garden-waste-charge/",
    "/consultations/library-opening-hours/",
    "/consultations/brookside-day-centre/",
    "/decisions/",
    "/decisions/forward-plan/",
    "/decisions/NDC-2026-031/",
    "/decisions/NDC-2026-027/",
    "/wards/",
    "/wards/castle/",
    "/topics/",
    "/search/",
    "/accessibility/",
    "/how-to-respond/",
    "/open-data/",
    "/how-we-are-doing/",
    "/updates/",
    "/404.html",
]


@pytest.fixture(scope="module")
def full_stylesheet_site(served_site, tmp_path_factory):
    """The demo site with Material's whole stylesheet and the hub's own as written."""
    import material

    copy = tmp_path_factory.mktemp("full-stylesheet") / "site"
    shutil.copytree(Path(served_site.root).resolve(), copy)
    for original in theme_stylesheets([Path(material.__file__).parent / "templates"]):
        if (copy / THEME_STYLESHEETS / original.name).is_file():
            shutil.copyfile(original, copy / THEME_STYLESHEETS / original.name)
    shutil.copyfile(REPO / "overrides" / "assets" / "hub.css", copy / "assets" / "hub.css")
    server = browser.StaticSite(copy).start()
    try:
        yield server
    finally:
        server.stop()


def test_the_built_site_has_the_cut_down_stylesheets(served_site, full_stylesheet_site):
    for css in (Path(served_site.root) / THEME_STYLESHEETS).glob("*.min.css"):
        full = Path(full_stylesheet_site.root) / THEME_STYLESHEETS / css.name
        assert css.stat().st_size < full.stat().st_size / 4, css.name


@pytest.mark.parametrize("media", ["phone", "desktop", "print"])
def test_every_kind_of_page_looks_the_same_with_the_whole_stylesheet(
    served_site, full_stylesheet_site, new_browser_context, media
):
    viewport = {"width": 320, "height": 640} if media == "phone" else {"width": 1200, "height": 800}
    context = new_browser_context(viewport=viewport, java_script_enabled=False)
    page = context.new_page()
    if media == "print":
        page.emulate_media(media="print")
    different = []
    for path in ONE_OF_EACH_KIND:
        if browser.file_for_url_path(Path(served_site.root), path) is None:
            continue
        pictures = []
        for site in (served_site, full_stylesheet_site):
            browser.goto(page, site.url(path))
            pictures.append(page.screenshot(full_page=True, animations="disabled"))
        if pictures[0] != pictures[1]:
            different.append(path)
    assert different == [], f"drawn differently with the cut-down stylesheet ({media}): {different}"
