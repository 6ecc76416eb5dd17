"""The accessibility statement claims only the testing that is really done.

The statement's list of checks comes from haveyoursay.accessibility.TESTED_CHECKS.
Here every check is tied to the real-browser test functions that implement it
(the whole site in test_site_accessibility.py, each component in every state in
tests/components/test_components.py): every check must name tests that exist,
and every real-browser test must be claimed by some check, so neither the
statement nor the tests can drift without this failing. It needs no browser, so it
runs (and can fail) on a machine without Chromium too.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from pathlib import Path

from haveyoursay.accessibility import TESTED_CHECKS

TESTS = Path(__file__).resolve().parent
for folder in (TESTS / "browser", TESTS / "components"):  # as their conftest files do
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

SITE = "test_site_accessibility"
COMPONENTS = "test_components"
SEARCH = "test_search"  # tests/browser/test_search.py

# Each check in the statement, and the test functions (module, function) that prove it.
CHECKS_TESTED_BY: dict[str, tuple[tuple[str, str], ...]] = {
    "axe": ((SITE, "test_every_page_has_no_axe_violations"), (COMPONENTS, "test_every_example_has_no_axe_violations")),
    "no-javascript": (
        (SITE, "test_every_page_works_without_javascript"),
        (COMPONENTS, "test_every_example_works_without_javascript"),
    ),
    "reflow": (
        (SITE, "test_no_page_scrolls_sideways_at_320px"),
        (COMPONENTS, "test_no_example_scrolls_sideways_at_320px"),
    ),
    "skip-link": ((SITE, "test_every_page_starts_with_a_visible_skip_link"),),
    "focus": ((SITE, "test_every_link_and_form_control_shows_visible_focus"),),
    "structure": ((SITE, "test_every_page_has_one_h1_and_the_expected_landmarks"),),
    "no-tracking": ((SITE, "test_no_page_requests_anything_from_another_host"),),
    "print": ((SITE, "test_printing_hides_site_navigation"),),
    "page-weight": ((SITE, "test_first_view_weighs_under_its_budget"),),
    "search": (
        (SEARCH, "test_search_page_with_results_and_filters_open_has_no_axe_violations"),
        (SEARCH, "test_search_works_by_keyboard_alone"),
    ),
}

# A test is a real-browser test if it asks for one of these fixtures.
BROWSER_FIXTURES = {
    "served_site",
    "served_pages",
    "new_browser_context",
    "chromium_browser",
    "served_examples",
    "examples_in_chromium",
}


def _module(name: str):
    return sys.modules.get(name) or importlib.import_module(name)


def _browser_tests(module_name: str) -> set[str]:
    module = _module(module_name)
    return {
        name
        for name, function in inspect.getmembers(module, inspect.isfunction)
        if name.startswith("test_")
        and function.__module__ == module.__name__
        and BROWSER_FIXTURES & set(inspect.signature(function).parameters)
    }


def test_every_check_in_the_statement_is_tied_to_tests():
    assert sorted(TESTED_CHECKS) == sorted(CHECKS_TESTED_BY), (
        "TESTED_CHECKS (the statement) and CHECKS_TESTED_BY (here) list different checks"
    )


def test_every_check_names_real_browser_tests_that_exist():
    missing = [
        f"{key}: {module}.{function}"
        for key, tests in CHECKS_TESTED_BY.items()
        for module, function in tests
        if function not in _browser_tests(module)
    ]
    assert not missing, "these checks are claimed by tests that do not exist (or use no browser):\n" + "\n".join(
        missing
    )


def test_every_browser_test_is_claimed_by_a_check_in_the_statement():
    claimed = {test for tests in CHECKS_TESTED_BY.values() for test in tests}
    unclaimed = sorted(
        f"{module}.{name}"
        for module in (SITE, COMPONENTS)
        for name in _browser_tests(module)
        if (module, name) not in claimed
    )
    assert not unclaimed, (
        "these browser tests are not in the accessibility statement; add them to "
        "CHECKS_TESTED_BY (and TESTED_CHECKS if they check something new):\n" + "\n".join(unclaimed)
    )


def test_statement_claims_component_checks_only_where_components_are_tested():
    for key, text in TESTED_CHECKS.items():
        components_tested = any(module == COMPONENTS for module, _ in CHECKS_TESTED_BY[key])
        assert ("component" in text) <= components_tested, (
            f"the statement says '{key}' covers every component, but no component test does it"
        )
