"""Shared fixtures: the demo hub built once, at a fixed "now", with the real tools."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from hub_testing import BILINGUAL_DEMO, ROOT, run_mkdocs

# Builds and checks run by the tests keep their results (core.cache) in a folder of this run's own,
# never in the developer's ~/.cache, and start from nothing, as on a fresh CI machine.
os.environ["HUB_CACHE"] = tempfile.mkdtemp(prefix="hub-cache-of-the-tests-")
atexit.register(shutil.rmtree, os.environ["HUB_CACHE"], ignore_errors=True)


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("demo") / "site"
    run_mkdocs(ROOT, site)
    return site


@pytest.fixture(scope="session")
def read_page(demo_site):
    """Parse a built page by its web address, like 'consultations/library-opening-hours/'."""

    def read(url: str) -> HTMLParser:
        path = demo_site / url / "index.html" if not url.endswith(".html") else demo_site / url
        return HTMLParser(path.read_text(encoding="utf-8"))

    return read


@pytest.fixture(scope="session")
def bilingual_site(tmp_path_factory) -> Path:
    """The demo's bilingual configuration (Caerwyn, in Welsh and English), built once like the English demo."""
    site = tmp_path_factory.mktemp("bilingual") / "site"
    run_mkdocs(BILINGUAL_DEMO, site)
    return site
