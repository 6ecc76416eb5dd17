"""Search in a real browser: the search page with results shown and filters open passes axe and
reflows at 320px, works by keyboard alone, explains itself without JavaScript; the header's
search box shows only where JavaScript runs; one query's weight is measured; and no page but the
search page loads anything of search.

The rest of the suite (test_site_accessibility.py) walks the search page like every other page:
axe, focus, landmarks, no off-site requests, the same text with and without JavaScript.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

import browser

SEARCH = "/search/"
QUERY = "parking"
CONSULTATION = "/consultations/garden-waste-charge/"
QUERY_BUDGET_BYTES = 200 * 1000  # what one search costs on top of the page: search script, Pagefind, index
SEARCH_FILES = ("/assets/search.js", "/pagefind/")


def _search(page, words: str = QUERY) -> None:
    """Type the words as a person would and wait until the results and their count are shown."""
    page.locator("#hub-search-input").press_sequentially(words)
    page.locator(".hub-search__results li").first.wait_for()
    page.wait_for_function("document.querySelector('.hub-search [role=status]').textContent.trim() !== ''")


def test_search_page_with_results_and_filters_open_has_no_axe_violations(served_site, new_browser_context):
    page = new_browser_context().new_page()
    browser.goto(page, served_site.url(SEARCH))
    _search(page)
    before = page.locator(".hub-search [role=status]").inner_text()
    page.locator(".hub-search__filters-label").click()
    page.locator("label[for=hub-search-type-1]").click()  # Consultation
    page.wait_for_function(
        "before => document.querySelector('.hub-search [role=status]').textContent !== before", arg=before
    )
    assert page.locator(".hub-search__filter input[type=checkbox]").first.is_visible()
    assert page.locator(".hub-search__results li").count() >= 1
    violations = browser.run_axe(page)
    assert violations == [], browser.format_violations(violations)
    page.keyboard.press("Tab")  # keyboard modality, as in the suite's focus test
    problems = [
        f"{style['selector']} ({style['text']!r}): {problem}"
        for style in browser.focus_styles(page, 60)
        if (problem := browser.focus_indicator_problem(style))
    ]
    assert problems == []
    page.set_viewport_size(browser.NARROW)
    overflow = browser.horizontal_overflow(page, browser.NARROW["width"])
    assert overflow["scrollWidth"] <= browser.NARROW["width"] + 1, overflow["offenders"]


def test_results_show_title_status_and_date_and_filter_and_sort(served_site, new_browser_context):
    page = new_browser_context().new_page()
    browser.goto(page, served_site.url(f"{SEARCH}?q={QUERY}"))  # as the header's search box sends it
    assert page.locator("#hub-search-input").input_value() == QUERY
    page.locator(".hub-search__results li").first.wait_for()
    first = page.locator(".hub-search__results li").first
    assert first.locator("h2 a").inner_text()
    assert first.locator(".hub-tag").inner_text()
    assert first.locator("[data-date]").inner_text().startswith(("Closing date: ", "Decision date: "))
    page.locator(".hub-search__filters-label").click()
    page.locator("label[for=hub-search-type-2]").click()  # Decision notice
    page.wait_for_function("document.querySelector('.hub-search [role=status]').textContent === '3 results'")
    kinds = page.locator(".hub-search__results [data-kind]").all_inner_texts()
    assert kinds == ["Decision notice"] * 3
    page.select_option("#hub-search-sort", "date:asc")
    page.wait_for_timeout(300)
    page.wait_for_function(
        "[...document.querySelectorAll('.hub-search__results [data-date]')].map(e => e.textContent).join('|')"
        " === 'Decision date: 11 March 2026|Decision date: 24 June 2026|Decision date: 11 November 2026'"
    )


def test_search_works_by_keyboard_alone(served_site, new_browser_context):
    """Tab to the box, type, Tab to a result, press Enter: the result's page opens."""
    page = new_browser_context().new_page()
    browser.goto(page, served_site.url(SEARCH))
    page.locator("#hub-search-input").wait_for()
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "hub-search-input":
            break
    else:
        pytest.fail("Tab never reached the search box")
    page.keyboard.type("library opening hours")
    page.locator(".hub-search__results li").first.wait_for()
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('.hub-search__results a')"):
            break
    else:
        pytest.fail("Tab never reached a result")
    focused = browser.focused_element(page)
    assert focused is not None and focused["visible"], focused
    target, title = page.evaluate("[document.activeElement.href, document.activeElement.textContent]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == urlsplit(target).path
    assert page.locator("h1").inner_text() == title


def test_search_page_without_javascript_explains_itself_and_links_to_the_lists(served_site, new_browser_context):
    page = new_browser_context(java_script_enabled=False).new_page()
    browser.goto(page, served_site.url(SEARCH))
    assert page.locator("[data-hub-search-fallback]").is_visible()
    assert "Search needs JavaScript" in page.locator("[data-hub-search-fallback]").inner_text()
    assert not [box for box in page.locator("input, select, button").all() if box.is_visible()], "a dead search box"
    links = page.locator("main ul.hub-links a")
    assert links.count() >= 5
    for href in links.evaluate_all("links => links.map(a => a.href)"):
        assert browser.file_for_url_path(served_site.root, urlsplit(href).path) is not None, href


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_header_search_box_appears_only_where_javascript_runs(served_site, new_browser_context, javascript):
    page = new_browser_context(java_script_enabled=javascript).new_page()
    browser.goto(page, served_site.url(CONSULTATION))
    box = page.locator("header #hub-search-box")
    assert box.count() == 1
    if not javascript:
        assert not box.is_visible() and not page.locator("header form[role=search] button").is_visible()
        page.keyboard.press("Tab")
        for _ in range(12):  # the box is never reached by keyboard either
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.id") != "hub-search-box"
        return
    assert box.is_visible()
    box.fill("garden waste")
    with page.expect_navigation():
        box.press("Enter")
    assert urlsplit(page.url).path == SEARCH and "q=garden+waste" in page.url
    page.locator(".hub-search__results li").first.wait_for()
    assert page.locator("#hub-search-input").input_value() == "garden waste"


def _weigh(site, urls: list[str]) -> list[tuple[int, int, str]]:
    """(bytes sent, bytes on disk, path) of each file: text gzipped as a CDN sends it; Pagefind's index
    files, already compressed by Pagefind, as they are."""
    rows = []
    for url in dict.fromkeys(urls):
        file = browser.file_for_url_path(site.root, url)
        assert file is not None, f"not a file of the site: {url}"
        name = file.relative_to(Path(site.root).resolve()).as_posix()
        if file.suffix.startswith(".pf_") or file.suffix == ".pagefind":
            rows.append((file.stat().st_size, file.stat().st_size, name))
        else:
            sent_raw = browser.transfer_size(file)
            rows.append((sent_raw[1], sent_raw[0], name))
    return rows


def test_one_query_weighs_under_the_budget(served_site, new_browser_context, record_property):
    """What a browser downloads to search the demo once: the search page, the hub's search script,
    Pagefind's script, worker and WebAssembly, and the index chunks and fragments for one query."""
    context = new_browser_context()
    network = browser.NetworkRecorder(context)
    page = context.new_page()
    browser.goto(page, served_site.url(SEARCH))
    _search(page)
    network.wait_quiet(page)
    local = [u for u in network.urls if served_site.is_local(u) and not u.startswith(("data:", "blob:"))]
    rows = _weigh(served_site, local)
    search = [row for row in rows if row[2].startswith(("assets/search.js", "pagefind/"))]
    page_rows = [row for row in rows if row not in search]
    total, for_search = sum(r[0] for r in rows), sum(r[0] for r in search)
    breakdown = "\n".join(
        f"  {sent:>8,} B sent  {raw:>9,} B raw  {name}" for sent, raw, name in sorted(rows, reverse=True)
    )
    print(
        f"one search for {QUERY!r} on the demo: {total:,} bytes ({total / 1000:.1f} kB) in {len(rows)} files: "
        f"the page {sum(r[0] for r in page_rows) / 1000:.1f} kB, search {for_search / 1000:.1f} kB "
        f"(budget {QUERY_BUDGET_BYTES / 1000:.0f} kB)\n{breakdown}"
    )
    record_property("search_query_bytes", total)
    record_property("search_query_search_bytes", for_search)
    assert for_search < QUERY_BUDGET_BYTES


def test_only_the_search_page_loads_anything_of_search(served_site, served_pages, new_browser_context):
    """Pagefind's JavaScript, its index and the hub's search script are loaded by the search page only, so
    no other page carries their weight (a consultation page stays well under its 60 kB)."""
    context = new_browser_context()
    network = browser.NetworkRecorder(context)
    page = context.new_page()
    failures = {}
    for path in served_pages:
        if path == SEARCH:
            continue
        network.clear()
        browser.goto(page, served_site.url(path))
        network.wait_quiet(page)
        loaded = [u for u in network.urls if urlsplit(u).path.startswith(SEARCH_FILES)]
        if loaded:
            failures[path] = loaded
    assert failures == {}
