"""A stale page tells the truth, in a real browser with a faked clock.

The demo is built at 10am on 24 November 2026 (tests/conftest.py). The garden
waste consultation closes at 5pm on 27 November and the street lighting
decision's call-in period ends then too; the climate action plan opens on
11 January 2027. A reader whose clock is past that instant, on a page nobody
has rebuilt (a cached copy, a page saved for reading offline, a build that
has not run yet), sees a notice and, for a consultation that has closed, no
way to respond. Without JavaScript the page is exactly as built.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

import browser

LONDON = ZoneInfo("Europe/London")
GARDEN_WASTE = "/consultations/garden-waste-charge/"
CLIMATE = "/consultations/climate-action-plan/"
STREET_LIGHTING = "/decisions/NDC-2026-031/"
NOTICE = ".hub-stale"


def _open_at(new_browser_context, site, path: str, moment: datetime, **options):
    page = new_browser_context(**options).new_page()
    if options.get("java_script_enabled", True):
        page.clock.install(time=moment)
    browser.goto(page, site.url(path))
    return page


def _shown(page, selector: str) -> list[bool]:
    return [element.is_visible() for element in page.query_selector_all(selector)]


def test_before_it_closes_the_page_is_as_built(served_site, new_browser_context):
    page = _open_at(new_browser_context, served_site, GARDEN_WASTE, datetime(2026, 11, 27, 16, 59, tzinfo=LONDON))
    assert _shown(page, NOTICE) == [False]
    assert _shown(page, "[data-responding]") == [True, True, True]
    assert page.get_by_role(
        "link", name="Respond online to Changes to the garden waste collection charge"
    ).first.is_visible()


def test_after_it_closes_the_notice_is_shown_and_there_is_no_way_to_respond(served_site, new_browser_context):
    page = _open_at(new_browser_context, served_site, GARDEN_WASTE, datetime(2026, 11, 27, 17, 0, tzinfo=LONDON))
    assert _shown(page, NOTICE) == [True]
    notice = browser.normalise_space(page.inner_text(NOTICE))
    assert notice.startswith("This page may be out of date This consultation closed at 5pm on 27 November 2026.")
    assert _shown(page, "[data-responding]") == [False, False, False]
    assert not page.get_by_role("link", name="Respond online").first.is_visible()
    assert not page.locator(".hub-print-links").is_visible(), "no summary to print of a closed consultation"
    assert page.get_by_role("heading", name="This page may be out of date").is_visible()
    violations = browser.run_axe(page)
    assert violations == [], browser.format_violations(violations)


def test_a_page_left_open_changes_when_it_closes(served_site, new_browser_context):
    page = _open_at(new_browser_context, served_site, GARDEN_WASTE, datetime(2026, 11, 27, 16, 58, tzinfo=LONDON))
    assert _shown(page, NOTICE) == [False]
    page.clock.run_for("01:00")
    assert _shown(page, NOTICE) == [False]
    page.clock.run_for("01:01")
    assert _shown(page, NOTICE) == [True]
    assert _shown(page, "[data-responding]") == [False, False, False]


def test_the_instant_is_compared_not_the_readers_time_zone(served_site, new_browser_context):
    """5pm in London is 6pm in Paris: a reader abroad at 5:30pm their time is still in time."""
    paris = {"timezone_id": "Europe/Paris"}
    before = _open_at(
        new_browser_context,
        served_site,
        GARDEN_WASTE,
        datetime(2026, 11, 27, 17, 30, tzinfo=ZoneInfo("Europe/Paris")),
        **paris,
    )
    assert _shown(before, NOTICE) == [False]
    after = _open_at(
        new_browser_context,
        served_site,
        GARDEN_WASTE,
        datetime(2026, 11, 27, 18, 0, tzinfo=ZoneInfo("Europe/Paris")),
        **paris,
    )
    assert _shown(after, NOTICE) == [True]


def test_a_forthcoming_consultation_says_it_has_opened_and_hides_nothing(served_site, new_browser_context):
    page = _open_at(new_browser_context, served_site, CLIMATE, datetime(2027, 1, 11, 0, 0, 1, tzinfo=LONDON))
    assert _shown(page, NOTICE) == [True]
    assert "This consultation opened on 11 January 2027." in page.inner_text(NOTICE)
    violations = browser.run_axe(page)
    assert violations == [], browser.format_violations(violations)


def test_a_decision_says_its_call_in_period_has_ended(served_site, new_browser_context):
    early = _open_at(new_browser_context, served_site, STREET_LIGHTING, datetime(2026, 11, 27, 16, 59, tzinfo=LONDON))
    assert _shown(early, NOTICE) == [False]
    late = _open_at(new_browser_context, served_site, STREET_LIGHTING, datetime(2026, 11, 30, 9, 0, tzinfo=LONDON))
    assert _shown(late, NOTICE) == [True]
    assert "The time to call in this decision ended at 5pm on 27 November 2026." in late.inner_text(NOTICE)
    violations = browser.run_axe(late)
    assert violations == [], browser.format_violations(violations)


@pytest.mark.parametrize("path", [GARDEN_WASTE, STREET_LIGHTING])
def test_without_javascript_the_page_is_as_built_whatever_the_clock(served_site, new_browser_context, path):
    page = _open_at(
        new_browser_context, served_site, path, datetime(2027, 6, 1, tzinfo=LONDON), java_script_enabled=False
    )
    assert _shown(page, NOTICE) == [False]
    if path == GARDEN_WASTE:
        assert _shown(page, "[data-responding]") == [True, True, True]


def test_pages_that_cannot_go_out_of_date_load_no_script(served_site, new_browser_context):
    page = new_browser_context().new_page()
    for path in ("/consultations/northgate-play-area/", "/decisions/NDC-2026-017/", "/"):
        browser.goto(page, served_site.url(path))
        assert page.query_selector_all("script[src$='stale-page.js']") == []
        assert page.query_selector_all(NOTICE) == []
