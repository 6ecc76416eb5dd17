"""The layout residents meet first, measured in the browser: the navigation stays short on a small phone."""

from __future__ import annotations

import browser

ROWS = r"""() => new Set([...document.querySelectorAll('.hub-nav__item')].map(li => li.offsetTop)).size"""


def test_the_navigation_takes_at_most_two_rows_at_320px(served_site, served_pages, new_browser_context):
    page = new_browser_context(viewport=browser.NARROW).new_page()
    too_tall = {}
    for path in served_pages[:: max(1, len(served_pages) // 25)]:  # a spread of pages; the navigation is the same
        browser.goto(page, served_site.url(path))
        rows = page.evaluate(ROWS)
        if rows > 2:
            too_tall[path] = rows
    assert too_tall == {}
