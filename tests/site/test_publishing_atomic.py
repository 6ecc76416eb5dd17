"""Publishing under stress, with the real `mkdocs build` in subprocesses.

Two builds at once, builds killed at every step of publishing (made exact with the
HUB_TEST_PAUSE test hook of site/publishing.py), a site folder from before versions,
read-only and invalid output folders: the site is always whole, a failure says why in
one line, and nothing the hub did not make is ever deleted.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

from hub_testing import DEMO_NOW, copy_project, file_digest, run_mkdocs

RECORD = """---
title: {title}
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

We will collect bins on Tuesdays.

## What can still change

Which day of the week.

## Why we are consulting

We want to hear from you.

## What happens next

We will decide in March.
"""
PAUSE = "hub test pause: {}"
POINTS = ["locked", "before-version", "before-switch", "after-switch"]


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under folder (following a link at the top) and its hash; sitemap.xml.gz has a timestamp.
    (Pagefind's filter and metadata indexes are compared by content in any order: hub_testing.file_digest.)"""
    return dict(file_digest(folder, p) for p in sorted(folder.rglob("*")) if p.is_file() and p.name != "sitemap.xml.gz")


def add_record(project: Path, slug: str) -> None:
    folder = project / "consultations" / slug
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.md").write_text(RECORD.format(title=f"Bins {slug}"), encoding="utf-8")


def beside(site: Path) -> list[str]:
    """What the hub keeps beside the site: its versions, the lock, and nothing else when no build runs."""
    return sorted(p.name for p in site.parent.glob(f".{site.name}.*"))


class Build:
    """`mkdocs build` running in the background; its output is read as it comes."""

    def __init__(self, project: Path, site: Path, preexec_fn: Callable[[], None] | None = None, **env: str):
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)],
            cwd=project,
            env={**os.environ, "HUB_NOW": DEMO_NOW, "NO_MKDOCS_2_WARNING": "1", **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            preexec_fn=preexec_fn,
        )
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def wait_for(self, text: str, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            assert self.process.poll() is None or self.reader.is_alive(), f"ended before {text!r}:\n{self.output}"
            assert time.monotonic() < deadline, f"no {text!r} after {timeout}s:\n{self.output}"
            time.sleep(0.02)

    def finish(self, timeout: float = 180) -> int:
        code = self.process.wait(timeout)
        self.reader.join(10)
        return code

    def signal(self, number: int) -> int:
        os.kill(self.pid, number)
        return self.finish()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, str]:
    """What a normal build of the test project (records one and two) publishes."""
    folder = tmp_path_factory.mktemp("reference")
    project = copy_project(folder / "hub", with_consultations=False)
    add_record(project, "one")
    add_record(project, "two")
    run_mkdocs(project, folder / "site")
    return tree_digest(folder / "site")


@pytest.fixture
def project(tmp_path) -> Path:
    project = copy_project(tmp_path / "hub", with_consultations=False)
    add_record(project, "one")
    add_record(project, "two")
    return project


def test_site_is_a_link_to_a_whole_version_and_only_the_previous_version_is_kept(project, tmp_path, reference):
    site = tmp_path / "site"
    for _ in range(3):
        run_mkdocs(project, site)
    assert site.is_symlink() and os.readlink(site) == ".site.3"
    assert beside(site) == [".site.2", ".site.3", ".site.lock"]
    assert tree_digest(site) == reference


def test_two_builds_started_together_both_succeed_and_the_site_is_always_whole(project, tmp_path, reference):
    site = tmp_path / "site"
    run_mkdocs(project, site)
    seen: list[str] = []
    stop = threading.Event()

    def watch() -> None:  # what a web server or a copy would read at each moment
        while not stop.is_set():
            try:
                target = os.readlink(site)
            except OSError:
                seen.append("NO SITE")
                continue
            try:
                files = tree_digest(site.parent / target)
            except FileNotFoundError:  # removed while being read: fine only if the link has moved on twice
                files = None
            if os.readlink(site) == target:
                seen.append("whole" if files == reference else f"NOT WHOLE: {target}, {len(files or {})} files")

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    builds = [Build(project, site), Build(project, site)]
    codes = [build.finish() for build in builds]
    stop.set()
    watcher.join(30)
    assert codes == [0, 0], [build.output for build in builds]
    assert tree_digest(site) == reference
    assert seen and set(seen) == {"whole"}
    assert beside(site) == [".site.2", ".site.3", ".site.lock"]


def test_a_second_build_waits_saying_which_process_holds_the_lock(project, tmp_path, reference):
    site = tmp_path / "site"
    first = Build(project, site, HUB_TEST_PAUSE="locked:3")
    first.wait_for(PAUSE.format("locked"))
    second = Build(project, site)
    second.wait_for(f"Waiting for another build (process {first.pid}) that is writing {site}")
    assert first.finish() == 0 and second.finish() == 0, first.output + second.output
    assert tree_digest(site) == reference
    assert os.readlink(site) == ".site.2"


def test_a_build_that_waits_too_long_stops_with_a_message_and_a_killed_builds_lock_is_released(project, tmp_path):
    site = tmp_path / "site"
    run_mkdocs(project, site)
    before = tree_digest(site)
    first = Build(project, site, HUB_TEST_PAUSE="locked:120")
    first.wait_for(PAUSE.format("locked"))
    second = Build(project, site, HUB_BUILD_WAIT="2")
    assert second.finish() != 0
    assert (
        f"The hub was not built: Another build (process {first.pid}) is still writing {site} after 2 seconds, "
        "so this one stopped and changed nothing." in second.output
    )
    assert "Traceback" not in second.output
    first.signal(signal.SIGKILL)
    assert tree_digest(site) == before
    # The system released the killed build's lock: the next build does not wait.
    third = Build(project, site, HUB_BUILD_WAIT="5")
    assert third.finish() == 0 and "Waiting" not in third.output
    assert beside(site) == [".site.1", ".site.2", ".site.lock"]


@pytest.mark.parametrize("point", POINTS)
def test_a_build_killed_at_any_step_leaves_a_whole_site_and_the_next_build_cleans_up(project, tmp_path, point):
    site = tmp_path / "site"
    shutil.rmtree(project / "consultations" / "two")
    run_mkdocs(project, site)
    before = tree_digest(site)
    add_record(project, "two")
    build = Build(project, site, HUB_TEST_PAUSE=f"{point}:120")
    build.wait_for(PAUSE.format(point))
    if point == "before-switch":  # the new version and its link are made; the switch is not
        assert (tmp_path / ".site.2").is_dir() and os.readlink(tmp_path / ".site.link") == ".site.2"
    build.signal(signal.SIGKILL)
    if point == "after-switch":
        assert os.readlink(site) == ".site.2" and (site / "consultations" / "two" / "index.html").is_file()
    else:
        assert os.readlink(site) == ".site.1" and tree_digest(site) == before
    next_build = run_mkdocs(project, site)
    if point in ("before-version", "before-switch"):
        assert "Removed what an earlier build that did not finish left behind" in next_build.stdout + next_build.stderr
    assert (site / "consultations" / "two" / "index.html").is_file()
    current = os.readlink(site)
    assert beside(site) == sorted([f".site.{int(current[6:]) - 1}", current, ".site.lock"])


@pytest.mark.parametrize("point", ["writing", "before-switch"])
def test_a_build_stopped_with_sigterm_removes_what_it_wrote(project, tmp_path, point):
    site = tmp_path / "site"
    run_mkdocs(project, site)
    before = tree_digest(site)
    for number in range(60):
        add_record(project, f"consultation-{number}")
    if point == "writing":
        build = Build(project, site)
        deadline = time.monotonic() + 90
        while not (tmp_path / ".site.building" / "consultations").exists() and time.monotonic() < deadline:
            time.sleep(0.01)
    else:
        build = Build(project, site, HUB_TEST_PAUSE="before-switch:120")
        build.wait_for(PAUSE.format("before-switch"))
    assert build.signal(signal.SIGTERM) != 0
    assert "Traceback" not in build.output
    assert tree_digest(site) == before
    assert beside(site) == [".site.1", ".site.lock"]


def make_legacy_site(project: Path, site: Path) -> dict[str, str]:
    """A real site folder, as builds made before versions (and plain `mkdocs build`) leave it."""
    run_mkdocs(project, site.parent / "old")
    shutil.copytree(site.parent / "old", site)
    for made in [site.parent / "old", *site.parent.glob(".old.*")]:
        shutil.rmtree(made) if made.is_dir() and not made.is_symlink() else made.unlink()
    return tree_digest(site)


def test_a_site_folder_from_older_builds_becomes_the_previous_version_in_one_step(project, tmp_path, reference):
    site = tmp_path / "site"
    shutil.rmtree(project / "consultations" / "two")
    old = make_legacy_site(project, site)
    add_record(project, "two")
    killed = Build(project, site, HUB_TEST_PAUSE="before-switch:120")
    killed.wait_for(PAUSE.format("before-switch"))
    killed.signal(signal.SIGKILL)
    assert not site.is_symlink() and tree_digest(site) == old
    run_mkdocs(project, site)
    assert site.is_symlink() and tree_digest(site) == reference
    previous = sorted(p for p in tmp_path.glob(".site.[0-9]*"))
    assert len(previous) == 2 and tree_digest(previous[0]) == old
    run_mkdocs(project, site)  # the old folder is now an ordinary version and goes in its turn
    assert beside(site) == [f".site.{int(os.readlink(site)[6:]) - 1}", os.readlink(site), ".site.lock"]


@pytest.mark.parametrize("kind", ["folder with other files", "link elsewhere", "file"])
def test_a_site_dir_holding_something_the_hub_did_not_make_is_refused_and_left_alone(project, tmp_path, kind):
    site = tmp_path / "site"
    elsewhere = tmp_path / "www"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("not the hub's")
    if kind == "folder with other files":
        shutil.copytree(elsewhere, site)
    elif kind == "link elsewhere":
        site.symlink_to(elsewhere)
    else:
        site.write_text("not the hub's")
    result = run_mkdocs(project, site, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert f"The hub was not built: site_dir {site} " in output
    assert (site.read_text() if kind == "file" else (site / "keep.txt").read_text()) == "not the hub's"
    assert (elsewhere / "keep.txt").read_text() == "not the hub's"
    assert beside(site) == []


def everything(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): "dir" if p.is_dir() else p.read_bytes().hex() for p in folder.rglob("*")}


@pytest.mark.parametrize(
    ("site_dir", "message"),
    [
        ("hub", "should not be within the 'site_dir'"),  # MkDocs' own check comes first
        (".", "should not be within the 'site_dir'"),
        ("/", "should not be within the 'site_dir'"),
        ("hub/content/pages/out", "should not be within the 'docs_dir'"),
        ("hub/consultations", "site_dir {} is the records folder consultations/"),
        ("hub/consultations/one", "site_dir {} is inside the records folder consultations/"),
        ("hub/content/decisions", "site_dir {} is the records folder content/decisions/"),
        ("home", "site_dir {} is your home folder"),
        ("notes.txt/site", "site_dir {} cannot be written: {} is a file, not a folder."),
    ],
)
def test_a_dangerous_or_impossible_site_dir_stops_with_one_line_and_deletes_nothing(tmp_path, site_dir, message):
    project = copy_project(tmp_path / "hub", with_consultations=False)
    add_record(project, "one")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "letter.txt").write_text("mine")
    (tmp_path / "notes.txt").write_text("mine")
    before = everything(tmp_path)
    path = Path(site_dir) if site_dir == "/" else (tmp_path / site_dir)
    result = run_mkdocs(project, path, check=False, extra_env={"HOME": str(tmp_path / "home")})
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert message.format(os.path.abspath(path), tmp_path / "notes.txt") in output
    assert everything(tmp_path) == before


def without_file_permission_override() -> None:
    """Run as root but without CAP_DAC_OVERRIDE, so a read-only folder is read-only (prctl PR_CAPBSET_DROP)."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            if libc.prctl(24, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl")


@pytest.mark.parametrize("published_before", [False, True])
def test_a_read_only_output_folder_stops_with_one_line_and_changes_nothing(project, tmp_path, published_before):
    parent = tmp_path / "www"
    site = parent / "site"
    parent.mkdir()
    if published_before:
        run_mkdocs(project, site)
    before = everything(parent)
    parent.chmod(0o555)
    try:
        probe = subprocess.run(["touch", str(parent / "probe")], preexec_fn=without_file_permission_override)
        if probe.returncode == 0:
            pytest.skip("this system lets the build write into a read-only folder")
        build = Build(project, site, preexec_fn=without_file_permission_override)
        assert build.finish() != 0
    finally:
        parent.chmod(0o755)
    assert f"The hub was not built: The site cannot be written to {site}: the folder {parent} is read-only" in (
        build.output
    )
    assert "Traceback" not in build.output
    after = everything(parent)
    before.pop(".site.lock", None), after.pop(".site.lock", None)  # it may now name this build's process
    assert after == before


def test_a_strict_mode_warning_fails_the_build_before_anything_is_published(project, tmp_path):
    site = tmp_path / "site"
    run_mkdocs(project, site)
    before = tree_digest(site)
    (project / "content" / "pages" / "extra.md").write_text("# Extra\n\nSee [the missing page](missing.md).\n")
    result = run_mkdocs(project, site, check=False)
    assert result.returncode != 0 and "in strict mode" in result.stdout + result.stderr
    assert tree_digest(site) == before
    assert beside(site) == [".site.1", ".site.lock"]


def test_mkdocs_serve_builds_into_its_own_folder_and_leaves_the_site_alone(project, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    serve = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env={**os.environ, "HUB_NOW": DEMO_NOW, "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/consultations/one/", timeout=5) as response:
                    assert "Bins one" in response.read().decode()
                    break
            except OSError:
                assert serve.poll() is None and time.monotonic() < deadline, "mkdocs serve did not serve the page"
                time.sleep(0.2)
    finally:
        serve.terminate()
        serve.wait(30)
    assert not (project / "site").exists() and beside(project / "site") == []
