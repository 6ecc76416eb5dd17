"""Every mistake an officer might make in a consultation, and the exact output of `hub check`.

The mirror of ``tests/decisions/test_loading.py``. Each folder in ``bad/`` is
one case, named for what is wrong in it:

``expected.txt``
    Everything `hub check` prints, exactly: the problem lines in order, the
    closing count, and "Checked ..." when there is no error. The check must
    fail (exit 1) when the closing line says to fix the errors, and pass
    (exit 0) otherwise.
every folder
    A consultation folder, copied by its name into ``consultations/`` of a
    throwaway project that has the real ``mkdocs.yml`` and nothing else, so a
    case's messages are the only ones. Most cases hold one folder named after
    the case; a case about folder names holds the folders it is about.
``<name>.symlink`` in a folder
    Becomes a symbolic link ``<name>`` to the path the file holds, made when
    the test runs (a case never ships a link).

The council's settings cases, in ``tests/bad_settings/``, run the same way
with the case's own ``mkdocs.yml`` and no consultations.

Every case goes through the officers' own command, ``hub check --root
<project>``, at the same "now", HUB_NOW=2026-11-24T10:00, so the warning cases
use dates after it. To add a case, make the folder, break one thing, run
``HUB_NOW=2026-11-24T10:00 hub check --root <a project>`` and read every line
before pasting the output into expected.txt.

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
from haveyoursay.core.settings import load_settings
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
BAD_SETTINGS = Path(__file__).resolve().parent.parent / "bad_settings"

CASES = sorted(p for p in BAD.iterdir() if p.is_dir())
SETTINGS_CASES = sorted(p for p in BAD_SETTINGS.iterdir() if p.is_dir())
# Run as a real subprocess too: unreadable files, YAML errors, several errors, a warning, settings.
SUBPROCESS_CASES = [
    BAD / "not-utf8",
    BAD / "yaml-syntax-error",
    BAD / "tab-indentation",
    BAD / "front-matter-not-closed",
    BAD / "folder-without-index",
    BAD / "document-is-a-link",
    BAD / "several-errors-in-one-file",
    BAD / "warning-shorter-than-six-weeks",
    BAD_SETTINGS / "missing-wards",
    BAD_SETTINGS / "unknown-settings-field-with-suggestion",
]


def build_project(case: Path, tmp_path: Path) -> Path:
    """A throwaway hub project holding just this case (see the module docstring)."""
    project = tmp_path / "project"
    consultations = project / "consultations"
    consultations.mkdir(parents=True)
    own_settings = case / "mkdocs.yml"
    shutil.copy2(own_settings if own_settings.is_file() else ROOT / "mkdocs.yml", project / "mkdocs.yml")
    # The template is in every real project: the check compares published records with it.
    shutil.copytree(ROOT / "consultations" / "_template", consultations / "_template")
    for folder in sorted(p for p in case.iterdir() if p.is_dir()):
        shutil.copytree(folder, consultations / folder.name)
    for stand_in in sorted(consultations.rglob("*.symlink")):
        os.symlink(stand_in.read_text(encoding="utf-8").strip(), stand_in.with_suffix(""))
        stand_in.unlink()
    return project


def case_params(cases: list[Path]) -> list:
    return [pytest.param(case, id=case.name) for case in cases]


def test_every_case_has_an_expected_output():
    assert len(CASES) >= 70 and len(SETTINGS_CASES) >= 10
    for case in CASES + SETTINGS_CASES:
        assert (case / "expected.txt").is_file(), f"{case.name} has no expected.txt"
        assert expected_output(case).strip(), f"{case.name}/expected.txt is empty"


@pytest.mark.parametrize("case", case_params(CASES + SETTINGS_CASES))
def test_check_prints_exactly_the_expected_output(case, tmp_path, monkeypatch, capsys):
    check_prints_what_is_expected(case, build_project(case, tmp_path), monkeypatch, capsys)


@pytest.mark.parametrize("case", case_params(SUBPROCESS_CASES))
def test_check_command_never_prints_a_traceback(case, tmp_path):
    new_process_prints_what_is_expected(case, build_project(case, tmp_path))


def test_several_errors_in_one_file_are_all_reported_in_one_run():
    lines = expected_output(BAD / "several-errors-in-one-file").splitlines()[:-1]
    fields = {line.split(": ")[1] for line in lines}
    assert len(lines) >= 5 and len(fields) >= 5


def test_a_linked_document_is_refused_even_though_its_target_is_a_real_file(tmp_path):
    project = build_project(BAD / "document-is-a-link", tmp_path)
    link = project / "consultations" / "document-is-a-link" / "proposal.pdf"
    assert link.is_symlink() and link.resolve() == (project / "mkdocs.yml").resolve()


def test_the_template_passes_the_check_once_its_files_are_there(tmp_path, monkeypatch, capsys):
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    folder = project / "consultations" / "bin-collection-days"
    shutil.copytree(ROOT / "consultations" / "_template", folder)
    for name in ("response-form.pdf", "proposal.pdf", "easy-read.pdf"):
        shutil.copy2(ROOT / "consultations" / "garden-waste-charge" / "proposal.pdf", folder / name)
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)

    exit_code = main(["check", "--root", str(project)])

    assert capsys.readouterr().out == (
        "No problems found.\nChecked 1 consultation (1 draft, not published).\n"
        "Drafts (not published):\n"
        "  consultations/bin-collection-days/index.md: Your consultation's title, in plain words (draft)\n"
    )
    assert exit_code == 0


def test_the_demo_hub_passes_the_check_with_two_reminders(monkeypatch, capsys):
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)

    exit_code = main(["check", "--root", str(ROOT)])

    out, err = capsys.readouterr()
    assert out == (
        "consultations/dog-control-pspo/index.md:8: closes: warning: the consultation is only 4 weeks long "
        "(allow at least 6 weeks, or explain in the body why it is shorter)\n"
        "consultations/youth-services-review/index.md:8: outcome: warning: the outcome is overdue: it was due by "
        "23 October 2026 (add the outcome, or add an update saying why it is late and when it will be published)\n"
        "0 errors and 2 warnings.\n"
        "Checked 16 consultations (1 draft, not published) and 10 decision notices.\n"
        "Closing in the next 7 days:\n"
        "  consultations/garden-waste-charge/index.md: Changes to the garden waste collection charge (closes 5pm on "
        "27 November 2026)\n"
        "Outcomes due or overdue:\n"
        "  consultations/youth-services-review/index.md: The future of youth services in Northbrook (was due by "
        "23 October 2026)\n"
        "Drafts (not published):\n"
        "  consultations/westcliffe-promenade-works/index.md: Repairs to Westcliffe Promenade sea wall (draft)\n"
    )
    assert err == ""
    assert exit_code == 0


# -- the council's settings ------------------------------------------------------------------


def test_real_settings_load_with_no_problems():
    settings, problems = load_settings(ROOT / "mkdocs.yml")

    assert [str(p) for p in problems] == []
    assert settings is not None
    assert settings.wards and settings.topics


def test_settings_ignore_the_yaml_tags_only_mkdocs_understands(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        """site_name: Have your say
site_url: !ENV [SITE_URL, "https://haveyoursay.northbrook.example/"]
markdown_extensions:
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
extra:
  council:
    name: Northbrook Borough Council
    base_url: https://haveyoursay.northbrook.example/
    accessible_formats_email: accessibility@northbrook.example
    phone: 01234567012
    call_in:
      time: 17:00
    wards: [Abbey, Castle]
    topics: [Housing]
""",
        encoding="utf-8",
    )

    settings, problems = load_settings(config)

    assert [str(p) for p in problems] == []
    assert settings.phone == "01234567012"
    assert settings.call_in.time.hour == 17
