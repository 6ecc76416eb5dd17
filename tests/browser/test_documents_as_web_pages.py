"""The web pages of documents written in Markdown (site.document_pages), in the real Chromium: axe-core finds
nothing on them, their contents list works with JavaScript off, they fit a phone, and they print as the
document alone (Chromium's own "Save as PDF", read back with pypdf).
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

import browser

DOCUMENT_PAGES = [
    "/consultations/town-centre-masterplan/draft-masterplan/",
    "/decisions/NDC-2026-011/changes-after-consultation/",
]


@pytest.fixture
def page_without_javascript(new_browser_context):
    return new_browser_context(java_script_enabled=False).new_page()


@pytest.mark.parametrize("path", DOCUMENT_PAGES)
def test_a_document_page_has_no_axe_violations(served_site, new_browser_context, path):
    page = new_browser_context().new_page()
    browser.goto(page, served_site.url(path))
    violations = browser.run_axe(page)
    assert violations == [], browser.format_violations(violations)


def test_the_contents_list_takes_a_reader_to_the_heading_without_javascript(served_site, page_without_javascript):
    page = page_without_javascript
    browser.goto(page, served_site.url(DOCUMENT_PAGES[0]))
    page.click("nav.hub-contents a[href='#buses-and-parking']")
    assert page.url.endswith("#buses-and-parking")
    top = page.evaluate("() => document.getElementById('buses-and-parking').getBoundingClientRect().top")
    assert 0 <= top < page.viewport_size["height"] / 2


@pytest.mark.parametrize("path", DOCUMENT_PAGES)
def test_a_document_page_and_its_tables_fit_a_phone(served_site, new_browser_context, path):
    page = new_browser_context(viewport=browser.NARROW).new_page()
    browser.goto(page, served_site.url(path))
    overflow = browser.horizontal_overflow(page, browser.NARROW["width"])
    assert overflow["scrollWidth"] <= browser.NARROW["width"] and overflow["offenders"] == [], overflow


def test_a_document_prints_alone_without_the_sites_navigation_or_addresses_of_its_own_links(
    served_site, page_without_javascript
):
    page = page_without_javascript
    browser.goto(page, served_site.url(DOCUMENT_PAGES[0]))
    printed = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    text = " ".join(" ".join(sheet.extract_text().split()) for sheet in printed.pages)
    for words in (
        "Draft town centre masterplan",
        "Last updated 27 October 2025",
        "Contents",
        "Buses and parking",
        "Brook Street car park 320 96 10 floors",
        "Blue badge parking would stay close to the shops.",
    ):
        assert words in text, f"the printed document does not say {words!r}"
    for site_only in ("Back to the consultation", "(#", "(../", "(draft-masterplan.pdf)"):
        assert site_only not in text, f"the printed document shows {site_only!r}"
    assert "(https://haveyoursay.northbrook.example/consultations/town-centre-masterplan/)" in text.replace(" ", "")
