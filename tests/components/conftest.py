"""Fixtures for the component examples.

The template tests need nothing but Python. The real-browser tests reuse
tests/browser: its helpers (browser.py) and its fixtures (the run's one
headless system Chromium, and browser contexts with the suite's defaults),
and serve every example from one folder with the CSS of the built demo site.

As in tests/browser, without /usr/bin/chromium the browser tests are skipped
on a developer's machine but fail under CI (CI=true). Only they are: a test
needs the browser when Chromium is among its fixtures (directly or through
another fixture); every other test here (the template tests, the checks
against the built demo site) runs whether or not there is a browser.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
BROWSER_TESTS = HERE.parent / "browser"
for folder in (BROWSER_TESTS, HERE):  # so `import browser`, `import examples` work in any import mode
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from examples import all_examples  # noqa: E402
from render import write_examples  # noqa: E402

import browser  # noqa: E402

BROWSER_CONFTEST = BROWSER_TESTS / "conftest.py"


def _browser_conftest(config: pytest.Config | None = None):
    """tests/browser/conftest.py: the module pytest loaded, when it collected
    tests/browser too, so both folders share its one Chromium; else a copy
    loaded here for its fixtures."""
    if config is not None:
        for plugin in config.pluginmanager.get_plugins():
            if Path(getattr(plugin, "__file__", None) or "/").resolve() == BROWSER_CONFTEST:
                return plugin
    name = "hub_browser_conftest"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BROWSER_CONFTEST)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


new_browser_context = _browser_conftest().new_browser_context


@pytest.fixture(scope="session")
def chromium_browser(request):
    """The one headless Chromium of the run, shared with tests/browser."""
    with _browser_conftest(request.config).shared_chromium(request.config) as chrome:
        yield chrome


BROWSER = "chromium_browser"
"""The fixture every real-browser test needs, directly or through another fixture."""


def needs_browser(item: pytest.Item) -> bool:
    """Whether the test asks for Chromium: its fixture closure (every fixture it
    uses, and theirs) holds the browser fixture."""
    return BROWSER in getattr(item, "fixturenames", ())


def browser_tests_to_skip(items: list[pytest.Item], chromium_found: bool, in_ci: bool) -> list[pytest.Item]:
    """The tests in this folder to skip: those that need Chromium, when there is
    none outside CI; never a test that needs no browser."""
    if in_ci or chromium_found:
        return []
    return [item for item in items if HERE in Path(item.path).resolve().parents and needs_browser(item)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the browser tests here (not the template tests) when there is no Chromium outside CI."""
    skip = pytest.mark.skip(
        reason=f"{browser.CHROMIUM} not found: run `bash .ci/setup-browser` to run the browser tests"
    )
    for item in browser_tests_to_skip(items, Path(browser.CHROMIUM).exists(), browser.in_ci()):
        item.add_marker(skip)


@pytest.fixture(scope="session")
def served_examples(demo_site: Path, tmp_path_factory):
    """Every example written as a standalone page with the demo site's CSS, served
    on 127.0.0.1; yields (server, {example name: URL path})."""
    folder = tmp_path_factory.mktemp("component-examples")
    paths = write_examples(folder, Path(demo_site), all_examples().values())
    server = browser.StaticSite(folder).start()
    try:
        yield server, paths
    finally:
        server.stop()


@dataclass
class SeenInChromium:
    """One example as Chromium showed it with JavaScript on."""

    overflow: dict | None = None  # browser.horizontal_overflow at 320px
    violations: list[dict] = field(default_factory=list)  # axe-core, at desktop width
    main_text: str | None = None  # visible text of <main>, at desktop width
    enhancements: list[str] = field(default_factory=list)  # text of the parts shown only by script (data-enhancement)
    error: str | None = None  # why the example could not be checked


@pytest.fixture(scope="session")
def examples_in_chromium(served_examples, chromium_browser) -> dict[str, SeenInChromium]:
    """Open every example once, in one context with JavaScript on: measure it at
    320px wide, then widen it to desktop, read <main> and run axe-core.

    One page load per example keeps the suite fast; each test then judges one
    of the results.
    """
    server, paths = served_examples
    context = browser.new_context(chromium_browser, viewport=browser.NARROW)
    context.add_init_script(path=str(browser.AXE_JS))  # axe ready on every page, not injected each time
    page = context.new_page()
    seen: dict[str, SeenInChromium] = {}
    try:
        for name, path in paths.items():
            result = seen[name] = SeenInChromium()
            try:
                page.set_viewport_size(browser.NARROW)
                browser.goto(page, server.url(path))
                result.overflow = browser.horizontal_overflow(page, browser.NARROW["width"])
                page.set_viewport_size(browser.DESKTOP)
                result.main_text = browser.main_text(page)
                result.enhancements = browser.enhancement_texts(page)
                result.violations = browser.run_axe(page)
            except Exception as error:  # one broken example must not hide the others
                result.error = f"could not check: {type(error).__name__}: {error}".splitlines()[0]
    finally:
        context.close()
    return seen
