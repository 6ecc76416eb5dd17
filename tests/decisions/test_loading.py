"""Every mistake an officer might make in a decision notice, and the exact output of `hub check`.

The mirror of ``tests/consultations/test_loading.py``. Each folder in ``bad/``
is one case, named for what is wrong in it:

``expected.txt``
    Everything `hub check` prints, exactly: the problem lines in order, the
    closing count, and "Checked ..." when there is no error. The check must
    fail (exit 1) when the closing line says to fix the errors, and pass
    (exit 0) otherwise.
every folder
    A notice folder (``index.md`` and the documents beside it), copied by its
    name into ``content/decisions/`` of a throwaway copy of the demo hub: the
    real ``mkdocs.yml``, the demo consultations (notices name them) and the
    demo notices (the consultations' outcomes name those). Most cases hold
    ``NDC-2026-040/``; a case about folder names holds the folders it is about.
``<name>.symlink`` in a folder
    Becomes a symbolic link ``<name>`` to the path the file holds, made when
    the test runs (a case never ships a link).

A case with its own ``mkdocs.yml`` runs with those settings and without the demo's records (only the
templates), so its output is about its own folders alone. Every other expected.txt starts with the demo
hub's own two reminders (``test_the_demo_hub_passes_the_check_with_two_reminders`` in the
consultations' tests), and its closing count includes them.

Every case goes through the officers' own command, ``hub check --root
<project>``, at the same "now", HUB_NOW=2026-11-24T10:00. To add a case, make
the folder, break one thing, run ``HUB_NOW=2026-11-24T10:00 hub check --root
<a project>`` and read every line before pasting the output into expected.txt.

Most cases call the command in this process (fast); a few run the real
command in a subprocess, as an officer does, to prove nothing ever prints a
traceback.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from haveyoursay.cli import main
from haveyoursay.core.london import parse_when
from haveyoursay.core.records import Checking
from haveyoursay.core.settings import load_settings
from haveyoursay.decisions.loading import load_decisions
from hub_testing import (
    DEMO_NOW,
    REPO,
    ROOT,
    check_prints_what_is_expected,
    expected_output,
    new_process_prints_what_is_expected,
)

HOOKS = REPO / "hooks"
BAD = Path(__file__).resolve().parent / "bad"

CASES = sorted(p for p in BAD.iterdir() if p.is_dir())
# Run as a real subprocess too: a field error, body errors, a warning, a link between records, a linked file.
SUBPROCESS_CASES = [
    BAD / "amount-in-words",
    BAD / "decided-without-reasons-or-options",
    BAD / "over-threshold-not-key",
    BAD / "unknown-consultation",
    BAD / "document-is-a-link",
    BAD / "folder-without-index",
]


def build_project(case: Path, tmp_path: Path) -> Path:
    """A throwaway copy of the demo hub with this case's notice folders added (see the module docstring)."""
    project = tmp_path / "project"
    project.mkdir()
    own_settings = case / "mkdocs.yml"
    shutil.copy2(own_settings if own_settings.is_file() else ROOT / "mkdocs.yml", project / "mkdocs.yml")
    # A case with its own settings (a council that publishes in Welsh too) is about what they ask of a notice:
    # the demo's records, written for the demo's settings, are left out, and only the templates are kept.
    demo = _templates_only if own_settings.is_file() else None
    shutil.copytree(ROOT / "consultations", project / "consultations", ignore=demo)
    decisions = project / "content" / "decisions"
    shutil.copytree(ROOT / "content" / "decisions", decisions, ignore=demo)
    for folder in sorted(p for p in case.iterdir() if p.is_dir()):
        shutil.copytree(folder, decisions / folder.name)
    for stand_in in sorted(decisions.rglob("*.symlink")):
        os.symlink(stand_in.read_text(encoding="utf-8").strip(), stand_in.with_suffix(""))
        stand_in.unlink()
    return project


def _templates_only(folder: str, names: list[str]) -> list[str]:
    """What copytree leaves out of the demo's records folders: every record but the template."""
    if Path(folder).name not in ("consultations", "decisions"):
        return []
    return [name for name in names if name != "_template"]


def case_params(cases: list[Path]) -> list:
    return [pytest.param(case, id=case.name) for case in cases]


def test_every_case_has_an_expected_output():
    assert len(CASES) >= 30
    for case in CASES:
        assert (case / "expected.txt").is_file(), f"{case.name} has no expected.txt"
        assert expected_output(case).strip(), f"{case.name}/expected.txt is empty"


@pytest.mark.parametrize("case", case_params(CASES))
def test_check_prints_exactly_the_expected_output(case, tmp_path, monkeypatch, capsys):
    check_prints_what_is_expected(case, build_project(case, tmp_path), monkeypatch, capsys)


@pytest.mark.parametrize("case", case_params(SUBPROCESS_CASES))
def test_check_command_never_prints_a_traceback(case, tmp_path):
    new_process_prints_what_is_expected(case, build_project(case, tmp_path))


def test_a_linked_document_is_refused_even_though_its_target_is_a_real_file(tmp_path):
    project = build_project(BAD / "document-is-a-link", tmp_path)
    link = project / "content" / "decisions" / "NDC-2026-040" / "cabinet-member-report.pdf"
    assert link.is_symlink() and link.resolve() == (project / "mkdocs.yml").resolve()


def test_an_unlisted_file_stays_in_the_folder_but_is_not_published(tmp_path):
    project = build_project(BAD / "unlisted-file-stays-private", tmp_path)
    settings, _ = load_settings(project / "mkdocs.yml")
    notices, _drafts, _found = load_decisions(project, Checking(settings, parse_when(DEMO_NOW)[0]))
    notice = next(n for n in notices if n.reference == "NDC-2026-040")
    assert (notice.folder / "appendix-2-prices.pdf").is_file()
    assert notice.published_files == ()


def test_the_template_passes_the_check_once_its_files_are_there(tmp_path, monkeypatch, capsys):
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "consultations").mkdir()
    folder = project / "content" / "decisions" / "NDC-2026-014"
    shutil.copytree(ROOT / "content" / "decisions" / "_template", folder)
    shutil.copy2(ROOT / "content" / "decisions" / "NDC-2026-011" / "cabinet-report.pdf", folder / "cabinet-report.pdf")
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)

    exit_code = main(["check", "--root", str(project)])

    assert capsys.readouterr().out == (
        "No problems found.\nChecked 0 consultations and 1 decision notice.\n"
        "Drafts (not published):\n"
        "  content/decisions/NDC-2026-014/index.md: The subject of the decision, in plain words (draft)\n"
    )
    assert exit_code == 0
    settings, _ = load_settings(project / "mkdocs.yml")
    notices, drafts, found = load_decisions(project, Checking(settings, parse_when(DEMO_NOW)[0]))
    assert (notices, [n.reference for n in drafts], found) == ([], ["NDC-2026-014"], [])


def test_the_demo_notices_have_no_problems():
    settings, _ = load_settings(ROOT / "mkdocs.yml")
    notices, drafts, found = load_decisions(ROOT, Checking(settings, parse_when(DEMO_NOW)[0]))
    assert [str(p) for p in found] == []
    assert len(notices) + len(drafts) == 10
