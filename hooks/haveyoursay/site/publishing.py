"""Publishing a finished build in one step, so a failed build publishes nothing.

The build writes into a staging folder beside the output folder. Only when
every page is written does `publish` swap it into place; until then the
previous site stays byte-for-byte as it was, even if the build is killed.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path


def staging_dir(site_dir: Path) -> Path:
    return site_dir.parent / f".{site_dir.name}.building"


def _previous_dir(site_dir: Path) -> Path:
    return site_dir.parent / f".{site_dir.name}.previous"


def start_staging(site_dir: Path) -> Path:
    """A clean staging folder; leftovers of a killed build are thrown away."""
    staging = staging_dir(site_dir)
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(_previous_dir(site_dir), ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    return staging


def publish(staging: Path, site_dir: Path) -> None:
    """Swap the finished build into place with two renames on the same disk."""
    previous = _previous_dir(site_dir)
    shutil.rmtree(previous, ignore_errors=True)
    if site_dir.exists():
        os.replace(site_dir, previous)
    os.replace(staging, site_dir)
    shutil.rmtree(previous, ignore_errors=True)


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)
