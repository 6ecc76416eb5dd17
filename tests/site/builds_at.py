"""The demo hub built with the real mkdocs at other moments than the demo's "now", once each per test run."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from hub_testing import ROOT, run_mkdocs

# The demo's "now" is 10am on Tuesday 24 November 2026. Nothing any feed says changes until 5pm on
# Friday 27 November, when the garden waste consultation closes and street lighting's call-in period ends.
BEFORE_CLOSING = "2026-11-27T16:59"
AT_CLOSING = "2026-11-27T17:00"


@functools.cache
def site_at(now: str) -> Path:
    """The demo site as a build at ``now`` publishes it."""
    folder = Path(tempfile.mkdtemp(prefix="hub-at-"))
    atexit.register(shutil.rmtree, folder, True)
    run_mkdocs(ROOT, folder / "site", now=now)
    return folder / "site"
