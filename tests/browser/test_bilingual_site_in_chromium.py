"""The demo's bilingual configuration (Caerwyn, in Welsh and English) in the real Chromium: every page of both
languages has no axe violation (axe checks that ``lang`` is valid, and everything else it checks on the English
demo), shows its content without JavaScript, asks nothing of another host, and the Welsh search finds Welsh
pages from Pagefind's Welsh index.
"""

from __future__ import annotations

import pytest

import browser


@pytest.fixture(scope="module")
def served_bilingual(bilingual_site):
    server = browser.StaticSite(bilingual_site).start()
    try:
        yield server
    finally:
        server.stop()


def test_every_page_in_both_languages_has_no_axe_violations(served_bilingual, new_browser_context):
    pages = browser.all_pages(served_bilingual.root)
    assert "/cy/" in pages and "/cy/consultations/library-opening-hours/" in pages
    page = new_browser_context().new_page()
    failures = {}
    for path in pages:
        browser.goto(page, served_bilingual.url(path))
        violations = browser.run_axe(page)
        if violations:
            failures[path] = browser.format_violations(violations)
    assert failures == {}


def test_welsh_pages_ask_nothing_of_another_host_and_work_without_javascript(served_bilingual, new_browser_context):
    context = new_browser_context(java_script_enabled=False)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    browser.goto(page, served_bilingual.url("/cy/consultations/library-opening-hours/"))
    assert page.locator("h1").inner_text() == "Newidiadau i oriau agor llyfrgelloedd"
    assert "5yh ar 14 Rhagfyr 2026" in page.locator("main").inner_text()
    assert [url for url in requested if not served_bilingual.is_local(url)] == []


def test_the_language_switch_takes_a_resident_to_the_same_page_in_welsh(served_bilingual, new_browser_context):
    page = new_browser_context(java_script_enabled=False).new_page()
    browser.goto(page, served_bilingual.url("/consultations/library-opening-hours/"))
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Cymraeg").click()
    assert page.url.endswith("/cy/consultations/library-opening-hours/")
    assert page.locator("html").get_attribute("lang") == "cy"
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="English").click()
    assert page.url.endswith("/consultations/library-opening-hours/") and "/cy/" not in page.url
    assert page.locator("html").get_attribute("lang") == "en-GB"


def test_a_welsh_search_finds_the_welsh_page(served_bilingual, new_browser_context):
    page = new_browser_context().new_page()
    browser.goto(page, served_bilingual.url("/cy/search/?q=llyfrgelloedd"))
    results = page.locator(".hub-search__results a")
    results.first.wait_for(timeout=browser.DEFAULT_TIMEOUT_MS)
    hrefs = [results.nth(i).get_attribute("href") for i in range(results.count())]
    assert hrefs and all("/cy/" in href for href in hrefs), hrefs
