"""A council's fork: the demo moves into tests/demo, where the tests still build it, and the repository
becomes the council's own hub, with no demo records left in it to publish (.ci/move-demo-to-tests)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hub_testing import DEMO_NOW, REPO, run_mkdocs


def _not_copied(folder: str, names: list[str]) -> set[str]:
    """What a fork does not start with: the machine's own set-up, builds and caches."""
    top = Path(folder) == REPO
    return {
        n
        for n in names
        if n in ("node_modules", "__pycache__")
        or (top and n in (".git", ".venv", "site", ".hypothesis", ".mypy_cache", ".pytest_cache", ".ruff_cache"))
    } | {n for n in names if top and n.startswith(".site")}


@pytest.fixture(scope="module")
def fork(tmp_path_factory) -> Path:
    """A copy of the repository as a council forks it, after step 3's script."""
    fork = tmp_path_factory.mktemp("fork") / "hub"
    shutil.copytree(REPO, fork, ignore=_not_copied, symlinks=True)
    result = subprocess.run(["bash", ".ci/move-demo-to-tests"], cwd=fork, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "The demo council is now in tests/demo" in result.stdout
    return fork


def test_the_demo_leaves_the_councils_hub_and_its_templates_stay(fork):
    assert sorted(p.name for p in (fork / "consultations").iterdir()) == ["_template", "consultation.schema.json"]
    assert sorted(p.name for p in (fork / "content" / "decisions").iterdir()) == ["_template", "decision.schema.json"]
    assert not (fork / "content" / "postcodes.csv").exists() and not (fork / "content" / "wards.geojson").exists()
    assert (fork / "content" / "pages" / "index.md").is_file(), "the pages stay for the council to rewrite"


def test_the_demo_is_a_whole_hub_in_tests_demo_built_from_the_same_code(fork):
    demo = fork / "tests" / "demo"
    assert os.readlink(demo / "hooks") == "../../hooks" and os.readlink(demo / "overrides") == "../../overrides"
    assert (demo / "consultations" / "garden-waste-charge" / "index.md").is_file()
    assert (demo / "content" / "decisions" / "NDC-2026-031" / "index.md").is_file()
    found = subprocess.run(
        [sys.executable, "-c", "import hub_testing; print(hub_testing.DEMO, hub_testing.REPO)"],
        cwd=fork / "tests",
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.split() == [str(demo), str(fork)], "the tests build the demo from tests/demo"
    site = run_mkdocs(demo, fork / "demo-site")
    assert site.returncode == 0
    page = (fork / "demo-site" / "consultations" / "garden-waste-charge" / "index.html").read_text(encoding="utf-8")
    assert "Changes to the garden waste collection charge" in page


def test_the_councils_hub_checks_and_builds_with_no_records_yet(fork):
    env = {**os.environ, "HUB_NOW": DEMO_NOW}
    check = subprocess.run(
        [sys.executable, "-m", "haveyoursay.cli", "check", "--root", str(fork)], env=env, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stdout + check.stderr
    run_mkdocs(fork, fork / "site")
    home = (fork / "site" / "index.html").read_text(encoding="utf-8")
    assert "garden-waste-charge" not in home and "NDC-2026-031" not in home
    assert not (fork / "site" / "consultations" / "garden-waste-charge").exists()


def test_moving_it_again_changes_nothing(fork):
    again = subprocess.run(["bash", ".ci/move-demo-to-tests"], cwd=fork, capture_output=True, text=True)
    assert again.returncode == 1 and "the demo was moved there before" in again.stderr
    assert (fork / "tests" / "demo" / "consultations" / "garden-waste-charge").is_dir()
