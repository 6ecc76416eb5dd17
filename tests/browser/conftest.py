"""Fixtures for the real-browser tests.

The built demo site comes from the ``demo_site`` fixture (tests/conftest.py);
here it is served on 127.0.0.1 and opened in the system Chromium. Install the
browser and axe-core with ``bash .ci/setup-browser``.

Without /usr/bin/chromium the suite is skipped on a developer's machine, but
fails under CI (CI=true), where a missing browser is a broken setup.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # so the tests can `import browser` in any import mode
    sys.path.insert(0, str(HERE))

import browser  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip (before any fixture, e.g. the site build, runs) when there is no
    Chromium on a machine outside CI."""
    if browser.in_ci() or Path(browser.CHROMIUM).exists():
        return
    skip = pytest.mark.skip(
        reason=f"{browser.CHROMIUM} not found: run `bash .ci/setup-browser` to run the browser tests"
    )
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def served_site(demo_site: Path):
    """The built demo site served over HTTP on 127.0.0.1 at a free port."""
    root = Path(demo_site)
    if not (root / "index.html").is_file():
        pytest.fail(f"demo_site {root} has no index.html: is it a built site?")
    server = browser.StaticSite(root).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def served_pages(served_site: browser.StaticSite) -> list[str]:
    """URL paths of every page of the demo site, home page first."""
    pages = browser.all_pages(served_site.root)
    assert pages, f"no HTML pages found in {served_site.root}"
    return pages


_CHROMIUM = pytest.StashKey[object]()


@contextlib.contextmanager
def shared_chromium(config: pytest.Config):
    """The run's one headless system Chromium (fresh profile), started by the
    first folder of browser tests that asks for it (this one or
    tests/components): Playwright's sync API cannot run twice at once."""
    if _CHROMIUM in config.stash:
        yield config.stash[_CHROMIUM]
        return
    missing = browser.missing_requirements()
    if missing:
        pytest.fail(
            "browser tests cannot run, missing: "
            + "; ".join(missing)
            + ". Run `bash .ci/setup-browser` (and install the Python requirements)."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chrome = browser.launch_chromium(playwright)
        config.stash[_CHROMIUM] = chrome
        try:
            yield chrome
        finally:
            del config.stash[_CHROMIUM]
            chrome.close()


@pytest.fixture(scope="session")
def chromium_browser(request):
    """One headless system Chromium for the whole session (fresh profile)."""
    with shared_chromium(request.config) as chrome:
        yield chrome


@pytest.fixture
def new_browser_context(chromium_browser):
    """Factory for browser contexts with the suite defaults; all are closed
    at the end of the test."""
    contexts = []

    def make(**options):
        context = browser.new_context(chromium_browser, **options)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
