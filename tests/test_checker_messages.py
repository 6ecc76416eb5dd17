"""Every mistake an officer might make, and the exact message `hub check` gives.

Each folder in ``tests/bad_records/`` and ``tests/bad_settings/`` is one case,
named for what is wrong in it:

``expected.txt``
    The exact problem lines `hub check` must print for the case, in order
    (the closing count is left out). If every line is a warning the check must
    pass (exit 0); if any line is an error it must fail (exit 1).
everything else
    The consultation: copied into ``consultations/<case-name>/`` of a
    throwaway project that has the real ``mkdocs.yml``.
``consultations/`` (optional)
    For cases where the folder name is the point (a bad web address, a folder
    with no index.md, two folders): copied as the project's whole
    ``consultations`` folder, folder names and all, instead.
``mkdocs.yml`` (settings cases only)
    Used in place of the real one. The project's consultations folder is
    empty unless the case also holds ``consultations/``.

Every case is checked at the same "now", HUB_NOW=2026-11-24T10:00, so the
warning cases use dates after it. To add a case, make the folder, break one
thing, run ``HUB_NOW=2026-11-24T10:00 hub check --root <a project>`` and read
every line before pasting it into expected.txt.

Most cases call the command in this process (fast); a few run the real
command in a subprocess, as an officer does, to prove nothing ever prints a
traceback.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from haveyoursay.cli import main
from haveyoursay.problems import summary_line
from haveyoursay.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "hooks"
NOW = "2026-11-24T10:00"
BAD_RECORDS = Path(__file__).resolve().parent / "bad_records"
BAD_SETTINGS = Path(__file__).resolve().parent / "bad_settings"
CASE_FILES = {"expected.txt", "mkdocs.yml", "consultations"}

RECORD_CASES = sorted(p for p in BAD_RECORDS.iterdir() if p.is_dir())
SETTINGS_CASES = sorted(p for p in BAD_SETTINGS.iterdir() if p.is_dir())
ALL_CASES = RECORD_CASES + SETTINGS_CASES
# Run as a real subprocess too: unreadable files, YAML errors, several errors, a warning, settings.
SUBPROCESS_CASES = ["not-utf8", "yaml-syntax-error", "tab-indentation", "front-matter-not-closed",
                    "folder-without-index", "several-errors-in-one-file", "warning-shorter-than-six-weeks",
                    "missing-wards", "unknown-settings-field-with-suggestion"]


def build_project(case: Path, tmp_path: Path) -> Path:
    """A throwaway hub project holding just this case (see the module docstring)."""
    project = tmp_path / "project"
    project.mkdir()
    own_settings = case / "mkdocs.yml"
    shutil.copy2(own_settings if own_settings.is_file() else ROOT / "mkdocs.yml", project / "mkdocs.yml")
    if (case / "consultations").is_dir():
        shutil.copytree(case / "consultations", project / "consultations")
        return project
    consultations = project / "consultations"
    consultations.mkdir()
    files = [p for p in case.iterdir() if p.name not in CASE_FILES]
    if files:
        record_folder = consultations / case.name
        record_folder.mkdir()
        for file in files:
            shutil.copy2(file, record_folder / file.name)
    return project


def expected_lines(case: Path) -> list[str]:
    return [line for line in (case / "expected.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def expected_exit(lines: list[str]) -> int:
    return 0 if all(": warning: " in line for line in lines) else 1


def split_report(stdout: str) -> tuple[list[str], str]:
    """The problem lines the check printed, and its closing count (without 'Checked ...')."""
    lines = stdout.splitlines()
    if lines and lines[-1].startswith("Checked "):
        lines.pop()
    assert lines, "the check printed nothing"
    return lines[:-1], lines[-1]


def summary_for(lines: list[str]) -> str:
    warnings = sum(": warning: " in line for line in lines)
    return summary_line(len(lines) - warnings, warnings)


def test_every_case_has_an_expected_file():
    assert len(RECORD_CASES) >= 34 and len(SETTINGS_CASES) >= 3
    for case in ALL_CASES:
        assert (case / "expected.txt").is_file(), f"{case.name} has no expected.txt"
        assert expected_lines(case), f"{case.name}/expected.txt is empty"


@pytest.mark.parametrize("case", ALL_CASES, ids=[case.name for case in ALL_CASES])
def test_check_reports_exactly_the_expected_problems(case, tmp_path, monkeypatch, capsys):
    project = build_project(case, tmp_path)
    monkeypatch.setenv("HUB_NOW", NOW)
    expected = expected_lines(case)

    exit_code = main(["check", "--root", str(project)])

    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert err == ""
    assert split_report(out) == (expected, summary_for(expected))
    assert exit_code == expected_exit(expected)


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_check_command_never_prints_a_traceback(name, tmp_path):
    case = BAD_RECORDS / name if (BAD_RECORDS / name).is_dir() else BAD_SETTINGS / name
    project = build_project(case, tmp_path)
    env = {**os.environ, "HUB_NOW": NOW,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(HOOKS), os.environ.get("PYTHONPATH")]))}
    expected = expected_lines(case)

    result = subprocess.run([sys.executable, "-m", "haveyoursay.cli", "check", "--root", str(project)],
                            env=env, capture_output=True, text=True, timeout=60)

    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr
    assert split_report(result.stdout) == (expected, summary_for(expected))
    assert result.returncode == expected_exit(expected)


def test_several_errors_in_one_file_are_all_reported_in_one_run():
    lines = expected_lines(BAD_RECORDS / "several-errors-in-one-file")
    fields = {line.split(": ")[1] for line in lines}
    assert len(lines) >= 5 and len(fields) >= 5


def test_demo_consultations_pass_the_check(capsys, monkeypatch):
    monkeypatch.setenv("HUB_NOW", NOW)

    exit_code = main(["check", "--root", str(ROOT)])

    out, err = capsys.readouterr()
    assert exit_code == 0, out
    assert not [line for line in split_report(out)[0] if ": warning: " not in line]
    assert "Traceback" not in out + err


def test_real_settings_load_with_no_problems():
    settings, problems = load_settings(ROOT / "mkdocs.yml")

    assert [str(p) for p in problems] == []
    assert settings is not None
    assert settings.wards and settings.topics


def test_settings_ignore_the_yaml_tags_only_mkdocs_understands(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("""site_name: Have your say
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
""", encoding="utf-8")

    settings, problems = load_settings(config)

    assert [str(p) for p in problems] == []
    assert settings.phone == "01234567012"
    assert settings.call_in.time.hour == 17
