"""The build: checks first, sanitises content, and never publishes a broken or half-written site."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from hub_testing import DEMO_NOW, ROOT, copy_project, file_digest, run_mkdocs, text_of

RECORD = """---
title: Changes to bin collection days
summary: We want to change the day your bins are collected.
opens: 2026-10-01
closes: 2026-12-31 17:00
wards: [Castle]
topics: [Waste and recycling]
service: Waste Services
engagement_level: consult
contact:
  name: Sam Lee
  email: waste@northbrook.example
ways_to_respond:
  post: Waste Services, Town Hall, Northbrook NB1 1AA
---
## What we are proposing

{proposal}

## What can still change

Which day of the week.

## Why we are consulting

We want to hear from you.

## What happens next

We will decide in March.
"""


def tree_digest(folder: Path) -> dict[str, str]:
    return dict(file_digest(folder, p) for p in sorted(folder.rglob("*")) if p.is_file())


def add_record(project: Path, slug: str, proposal: str = "We will collect bins on Tuesdays.", text: str | None = None):
    folder = project / "consultations" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.md").write_text(text or RECORD.format(proposal=proposal), encoding="utf-8")


@pytest.fixture
def project(tmp_path) -> Path:
    project = copy_project(tmp_path / "hub", with_consultations=False)
    add_record(project, "bin-collection-days")
    return project


def test_officer_html_is_sanitised_no_script_reaches_the_page(project, tmp_path):
    add_record(
        project,
        "bin-collection-days",
        proposal=(
            'We will <script>alert("x")</script> collect bins. <img src=x onerror="alert(1)">'
            ' <a href="javascript:alert(2)">more</a> <b onclick="alert(3)">bold</b> <style>body{display:none}</style>'
            ' <iframe src="https://evil.example/"></iframe>'
        ),
    )
    site = tmp_path / "site"
    run_mkdocs(project, site)
    html = (site / "consultations" / "bin-collection-days" / "index.html").read_text(encoding="utf-8")
    page = LexborHTMLParser(html)
    main = page.css_first("main")
    assert main.css("script, iframe, style, img") == []
    assert "onerror" not in html and "onclick" not in html and "javascript:" not in html
    assert "collect bins" in text_of(main)


def test_a_title_with_html_is_shown_as_text(project, tmp_path):
    add_record(
        project,
        "bin-collection-days",
        text=RECORD.format(proposal="Tuesdays.").replace(
            "title: Changes to bin collection days", "title: Bins <script>alert(1)</script>"
        ),
    )
    site = tmp_path / "site"
    run_mkdocs(project, site)
    html = (site / "consultations" / "bin-collection-days" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert text_of(LexborHTMLParser(html).css_first("h1")) == "Bins <script>alert(1)</script>"


def test_an_invalid_record_stops_the_build_with_the_checkers_messages(project, tmp_path):
    add_record(
        project, "broken", text=RECORD.format(proposal="x").replace("closes: 2026-12-31 17:00", "closes: 2026-09-31")
    )
    result = run_mkdocs(project, tmp_path / "site", check=False)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert (
        "consultations/broken/index.md:5: closes: '2026-09-31' is not a real date: "
        "September 2026 has no day 31 (check the calendar)"
    ) in output
    assert "Traceback" not in output
    assert not (tmp_path / "site").exists()


def test_a_failed_build_leaves_the_previous_site_byte_for_byte_untouched(project, tmp_path):
    site = tmp_path / "site"
    run_mkdocs(project, site)
    before = tree_digest(site)
    add_record(project, "broken", text="---\ntitle: [unclosed\n---\n")
    assert run_mkdocs(project, site, check=False).returncode != 0
    assert tree_digest(site) == before
    # A template error half-way through the build is just as harmless.
    (project / "overrides" / "list.html").write_text(
        "{% extends 'main.html' %}{% block content %}{{ model.nope() }}{% endblock %}"
    )
    (project / "consultations" / "broken" / "index.md").unlink()
    (project / "consultations" / "broken").rmdir()
    assert run_mkdocs(project, site, check=False).returncode != 0
    assert tree_digest(site) == before
    # Nothing of the failed builds is left: only the published version, its link and the lock file.
    assert os.readlink(site) == ".site.1"
    assert sorted(p.name for p in tmp_path.glob(".site.*")) == [".site.1", ".site.lock"]


def test_a_killed_build_leaves_the_previous_site_untouched(project, tmp_path):
    site = tmp_path / "site"
    run_mkdocs(project, site)
    before = tree_digest(site)
    for number in range(60):
        add_record(project, f"consultation-{number}")
    env = {**os.environ, "HUB_NOW": DEMO_NOW, "NO_MKDOCS_2_WARNING": "1"}
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    staging = tmp_path / ".site.building"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (staging / "consultations").exists():
        time.sleep(0.01)
    assert staging.exists(), "the build should write to a staging folder, not the site"
    os.killpg(build.pid, signal.SIGKILL)
    build.wait()
    assert tree_digest(site) == before
    # The next build cleans up after the killed one and publishes everything.
    run_mkdocs(project, site)
    assert (site / "consultations" / "consultation-59" / "index.html").is_file()
    assert not staging.exists()


def test_the_build_is_reproducible_for_a_fixed_now(project, tmp_path):
    run_mkdocs(project, tmp_path / "one")
    run_mkdocs(project, tmp_path / "two")
    one, two = tree_digest(tmp_path / "one"), tree_digest(tmp_path / "two")
    one.pop("sitemap.xml.gz", None), two.pop("sitemap.xml.gz", None)
    assert one == two


def test_status_flips_when_a_scheduled_build_runs_after_closing(project, tmp_path):
    run_mkdocs(project, tmp_path / "before", now="2026-12-31T16:59")
    run_mkdocs(project, tmp_path / "after", now="2026-12-31T17:00")
    page = "consultations/bin-collection-days/index.html"
    before = text_of(LexborHTMLParser((tmp_path / "before" / page).read_text()).css_first(".hub-banner"))
    after = text_of(LexborHTMLParser((tmp_path / "after" / page).read_text()).css_first(".hub-banner"))
    assert "This consultation closes at 5pm on 31 December 2026." in before
    assert "This consultation closed at 5pm on 31 December 2026." in after


def test_only_files_a_record_names_are_published(project, tmp_path):
    folder = project / "consultations" / "bin-collection-days"
    (folder / "draft-notes.txt").write_text("Not for the public yet.")
    (folder / "proposal.pdf").write_bytes(
        (ROOT / "consultations" / "garden-waste-charge" / "proposal.pdf").read_bytes()
    )
    text = RECORD.format(proposal="Tuesdays.").replace(
        "---\n## What", "documents:\n  - title: Proposal\n    file: proposal.pdf\n    accessible: true\n---\n## What", 1
    )
    add_record(project, "bin-collection-days", text=text)
    site = tmp_path / "site"
    run_mkdocs(project, site)
    published = site / "consultations" / "bin-collection-days"
    assert (published / "proposal.pdf").is_file()
    assert not (published / "draft-notes.txt").exists()


def test_long_lists_are_published_in_pages_linked_without_javascript(project, tmp_path):
    for number in range(55):
        add_record(project, f"consultation-{number:02d}")
    site = tmp_path / "site"
    run_mkdocs(project, site)
    first = LexborHTMLParser((site / "consultations" / "open" / "index.html").read_text())
    second = LexborHTMLParser((site / "consultations" / "open" / "page-2" / "index.html").read_text())
    assert len(first.css(".hub-card")) == 50 and len(second.css(".hub-card")) == 6
    assert "56 consultations. This is page 1 of 2." in text_of(first.css_first("main"))
    assert first.css_first('.hub-pagination a[rel="next"]').attributes["href"] == "page-2/"
    assert second.css_first('.hub-pagination a[rel="prev"]').attributes["href"] == "../"


def test_the_build_logs_its_own_peak_memory_and_pagefinds_as_the_benchmark_reads_them(tmp_path):
    """The web team's log says what a build needed; tests/benchmark.py reads the same line to report it."""
    import benchmark

    result = run_mkdocs(ROOT, tmp_path / "site")
    own, indexer = benchmark._logged_peaks(result.stdout + result.stderr)
    assert own is not None and indexer is not None, "no peak memory line in the build's log"
    assert 20 < own < 4000 and 1 < indexer < 4000
