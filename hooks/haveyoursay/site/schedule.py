"""When the site next needs building: the next moment any published page would say something new.

Status is worked out at build time, so a consultation shown as open stays
"open" on the site until the next build after it closes. Every build writes
``build.json`` with this moment; a scheduled job that runs often rebuilds only
when that moment has passed (or the content changed), so statuses flip within
minutes without a full test run every quarter of an hour (`hub next-change`).
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from datetime import datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from ..consultations.status import next_change as consultation_next_change
from ..core.london import to_london
from ..decisions.status import next_change as decision_next_change
from .hub import Hub


@dataclass(frozen=True)
class NextChange:
    moment: datetime
    page: str
    """The page that will change then, as its web address."""


def next_change(hub: Hub, now: datetime) -> NextChange | None:
    """The soonest moment after ``now`` at which any published page changes, and which page."""
    weeks = hub.settings.outcome_due_weeks if hub.settings is not None else 12
    found: list[NextChange] = []
    for consultation in hub.consultations:
        moment = consultation_next_change(consultation.record, now, weeks)
        if moment is not None:
            found.append(NextChange(moment, consultation.url))
    for notice in hub.decisions:
        moment = decision_next_change(notice.record, hub.settings, now)
        if moment is not None:
            found.append(NextChange(moment, notice.url))
    return min(found, key=lambda change: (change.moment, change.page)) if found else None


def hub_version() -> str:
    try:
        return version("haveyoursay")
    except PackageNotFoundError:  # running from a checkout that was never installed
        return "unknown"


def build_record(hub: Hub, now: datetime, commit: str = "") -> bytes:
    """build.json: when the site was built, by which version, from which commit, and when it next changes."""
    upcoming = next_change(hub, now)
    data = {
        "built": to_london(now).isoformat(),
        "version": hub_version(),
        "commit": commit,
        "next_change": to_london(upcoming.moment).isoformat() if upcoming else None,
        "next_change_page": upcoming.page if upcoming else None,
    }
    return (json.dumps(data, indent=2) + "\n").encode()


def current_commit(root: Path) -> str:
    """The commit the site is built from (CI's GITHUB_SHA, else git's), or "" if neither can tell."""
    if os.environ.get("GITHUB_SHA"):
        return os.environ["GITHUB_SHA"]
    try:
        found = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return found.stdout.strip() if found.returncode == 0 else ""
