"""Helpers the tests share: building a hub with the real mkdocs, copying the project, the demo's page models."""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from haveyoursay.consultations.pages import PublishedConsultations
from haveyoursay.core.london import parse_when
from haveyoursay.decisions.pages import PublishedDecisions
from haveyoursay.site.hub import Hub, load_hub
from haveyoursay.site.pages import SitePlan, plan_site

REPO = Path(__file__).resolve().parent.parent
"""The repository: the hub's code (hooks/, overrides/), its tests, README and workflows."""
DEMO = REPO / "tests" / "demo" if (REPO / "tests" / "demo" / "mkdocs.yml").is_file() else REPO
"""The demo council (Northbrook) the tests build: the repository itself, until a council's fork moves the
demo into tests/demo (.ci/move-demo-to-tests) to make the repository its own hub."""
ROOT = DEMO
"""The demo hub's folder (its mkdocs.yml, content/ and consultations/), as the tests use it."""
BILINGUAL_DEMO = REPO / "tests" / "bilingual-demo"
"""The demo's bilingual configuration: a small fictional council in Wales (Caerwyn) that publishes in Welsh
and English; built and tested like the English demo (tests/site/test_bilingual_site.py)."""
DEMO_NOW = "2026-11-24T10:00"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def run_mkdocs(
    project: Path, site_dir: Path, now: str = DEMO_NOW, extra_env: dict | None = None, check: bool = True
) -> subprocess.CompletedProcess:
    """Build a hub project with the real mkdocs, as the web team's CI does."""
    env = {**os.environ, "HUB_NOW": now, "NO_MKDOCS_2_WARNING": "1", **(extra_env or {})}
    result = subprocess.run(
        [*MKDOCS, "build", "--site-dir", str(site_dir)], cwd=project, env=env, capture_output=True, text=True
    )
    if check and result.returncode != 0:
        raise AssertionError(f"mkdocs build failed:\n{result.stdout}\n{result.stderr}")
    return result


def copy_project(destination: Path, with_consultations: bool = True) -> Path:
    """A throwaway copy of the hub (settings, templates, content) to build or break."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "hooks", "overrides", "content"):
        source = (REPO if name in ("hooks", "overrides") else DEMO) / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    if with_consultations:
        shutil.copytree(ROOT / "consultations", destination / "consultations")
    else:
        (destination / "consultations").mkdir()
        # The demo's decision notices point at demo consultations; an empty hub has neither
        # (the notices' template and schema stay).
        for notice in (destination / "content" / "decisions").iterdir():
            if notice.is_dir() and not notice.name.startswith("_"):
                shutil.rmtree(notice)
    return destination


def project_with_a_content_file(case: Path, tmp_path: Path, name: str, target: str) -> Path:
    """A hub with no records and one file of a bad-input case (``name``: the file, a folder in its place, or
    ``name.symlink`` holding where a link should point) copied to ``target``, with the case's own
    mkdocs.yml if it has one."""
    project = tmp_path / "project"
    (project / "consultations").mkdir(parents=True)
    (project / "content").mkdir()
    own_settings = case / "mkdocs.yml"
    shutil.copy2(own_settings if own_settings.is_file() else ROOT / "mkdocs.yml", project / "mkdocs.yml")
    source, destination = case / name, project / target
    if source.is_dir():
        shutil.copytree(source, destination)
    elif source.is_file():
        shutil.copy2(source, destination)
    link = case / f"{name}.symlink"
    if link.is_file():
        os.symlink(link.read_text(encoding="utf-8").strip(), destination)
    return project


def expected_output(case: Path) -> str:
    """What `hub check` must print for a bad-input case (its expected.txt)."""
    return (case / "expected.txt").read_text(encoding="utf-8")


def expected_exit(output: str) -> int:
    return 1 if "Fix the errors, then run the check again." in output else 0


def check_in_a_new_process(project: Path) -> subprocess.CompletedProcess:
    """`hub check` of ``project`` as an officer runs it, in a process of its own."""
    env = {
        **os.environ,
        "HUB_NOW": DEMO_NOW,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "hooks"), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "haveyoursay.cli", "check", "--root", str(project)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def check_prints_what_is_expected(case: Path, project: Path, monkeypatch, capsys) -> None:
    """`hub check` of ``project`` prints exactly the case's expected.txt, and fails only if it names errors."""
    from haveyoursay.cli import main

    monkeypatch.setenv("HUB_NOW", DEMO_NOW)
    exit_code = main(["check", "--root", str(project)])
    out, err = capsys.readouterr()
    assert err == ""
    assert out == expected_output(case)
    assert exit_code == expected_exit(out)


def new_process_prints_what_is_expected(case: Path, project: Path) -> None:
    """The same from the command line in a process of its own: the same words, and never a traceback."""
    result = check_in_a_new_process(project)
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == ""
    assert result.stdout == expected_output(case)
    assert result.returncode == expected_exit(result.stdout)


def file_digest(folder: Path, path: Path) -> tuple[str, str]:
    """A built file's name and hash, to compare two builds of the same hub.

    Pagefind writes its filter and metadata indexes with their entries in no fixed order (from a hash
    map: Pagefind issue #638) and names each file by its hash, so those are compared by their bytes in
    any order (a filter file) or their size (the metadata, which names the filter files), under names
    without the hash. Its fragments and word index are stable, and compared as they are."""
    name = path.relative_to(folder).as_posix()
    data = path.read_bytes()
    if name.startswith("pagefind/filter/"):
        unordered = hashlib.sha256(bytes(sorted(gzip.decompress(data)))).hexdigest()
        return f"pagefind/filter/any order {unordered[:16]}", unordered
    if name.startswith("pagefind/pagefind.") and name.endswith(".pf_meta"):
        return "pagefind/pagefind.pf_meta", f"{len(gzip.decompress(data))} bytes"
    if name == "pagefind/pagefind-entry.json":
        entry = json.loads(data)
        for language in entry["languages"].values():
            language.pop("hash")
        data = json.dumps(entry, sort_keys=True).encode()
    return name, hashlib.sha256(data).hexdigest()


def text_of(node) -> str:
    return " ".join(node.text(separator=" ").split()) if node is not None else ""


@dataclass(frozen=True)
class DemoHub:
    """The demo hub at one moment, as the build sees it: the records, what each page shows, and the lists."""

    hub: Hub
    plan: SitePlan
    consultations: PublishedConsultations
    decisions: PublishedDecisions

    def page(self, src_uri: str):
        """The page model of the page built from ``src_uri``, like 'decisions/NDC-2026-031/index.md'."""
        return self.plan.models[src_uri]()


@functools.cache
def demo_at(now: str = DEMO_NOW) -> DemoHub:
    """The demo hub's page models at ``now``, exactly as a build at that moment makes them."""
    moment = parse_when(now)[0]
    hub = load_hub(ROOT, moment)
    if hub.problems.errors or hub.settings is None:
        raise RuntimeError("the demo hub has problems:\n" + hub.problems.report())
    return DemoHub(
        hub,
        plan_site(hub, moment, hub.settings.base_url),
        PublishedConsultations(hub.consultations, hub.settings, moment),
        PublishedDecisions(hub.decisions, hub.settings, moment),
    )
