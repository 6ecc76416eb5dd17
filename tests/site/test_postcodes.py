"""The council's postcodes (content/postcodes.csv): every mistake an officer might make, and the exact output
of `hub check`.

Each folder in ``postcodes/`` is one case, named for what is wrong in it, as
in ``tests/consultations/test_loading.py``:

``postcodes.csv``
    Copied to ``content/postcodes.csv`` of a throwaway project that has the
    real ``mkdocs.yml`` (or the case's own) and no records, so the case's
    messages are the only ones. A folder of that name is copied as a folder;
    ``postcodes.csv.symlink`` becomes a link to the path it holds.
``expected.txt``
    Everything `hub check` prints, exactly. The check must fail (exit 1) when
    the closing line says to fix the errors, and pass (exit 0) otherwise.

To add a case, make the folder, break one thing, run
``HUB_NOW=2026-11-24T10:00 hub check --root <a project>`` and read every line
before pasting the output into expected.txt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from haveyoursay.site.postcodes.loading import normalise_postcode, outward_code, postcode_order
from hub_testing import (
    check_prints_what_is_expected,
    expected_output,
    new_process_prints_what_is_expected,
    project_with_a_content_file,
)

CASES = sorted(p for p in (Path(__file__).resolve().parent / "postcodes").iterdir() if p.is_dir())
SUBPROCESS_CASES = [case for case in CASES if case.name in {"not-utf8", "several-problems-at-once", "a-link"}]


def build_project(case: Path, tmp_path: Path) -> Path:
    return project_with_a_content_file(case, tmp_path, "postcodes.csv", "content/postcodes.csv")


def test_every_case_has_an_expected_output():
    assert len(CASES) >= 15
    for case in CASES:
        assert expected_output(case).strip(), f"{case.name}/expected.txt is empty"


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in CASES])
def test_check_prints_exactly_the_expected_output(case, tmp_path, monkeypatch, capsys):
    check_prints_what_is_expected(case, build_project(case, tmp_path), monkeypatch, capsys)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in SUBPROCESS_CASES])
def test_check_command_never_prints_a_traceback(case, tmp_path):
    new_process_prints_what_is_expected(case, build_project(case, tmp_path))


def test_the_build_stops_on_a_problem_in_the_postcodes(tmp_path):
    from hub_testing import copy_project, run_mkdocs

    project = copy_project(tmp_path / "hub")
    with (project / "content" / "postcodes.csv").open("a", encoding="utf-8") as file:
        file.write("NB9 9ZZ,Castel\n")
    result = run_mkdocs(project, tmp_path / "site", check=False)
    assert result.returncode != 0 and not (tmp_path / "site").exists()
    assert (
        "content/postcodes.csv:222: ward: 'Castel' is not one of the council's wards" in result.stdout + result.stderr
    )


@pytest.mark.parametrize(
    "written, postcode",
    [
        ("NB1 1AA", "NB1 1AA"),
        ("nb11aa", "NB1 1AA"),
        ("  Nb1\u00a0 1aA ", "NB1 1AA"),
        ("SW1A1AA", "SW1A 1AA"),
        ("M1 1AE", "M1 1AE"),
        ("B33 8TH", "B33 8TH"),
        ("CR2 6XH", "CR2 6XH"),
        ("DN55 1PT", "DN55 1PT"),
        ("W1A 0AX", "W1A 0AX"),
        ("EC1A 1BB", "EC1A 1BB"),
        ("NB1", None),
        ("NB1 1A", None),
        ("NB1 1AAA", None),
        ("NB1 1CA", None),  # C, I, K, M, O and V are never in the last two letters
        ("1AA NB1", None),
        ("NBB1 1AA", None),
        ("", None),
    ],
)
def test_postcodes_are_read_whatever_their_case_and_spacing(written, postcode):
    assert normalise_postcode(written) == postcode


def test_outward_codes_are_in_the_order_people_expect():
    codes = ["NB10", "NB2", "NB1", "AB3", "NB1A"]
    assert sorted(codes, key=postcode_order) == ["AB3", "NB1", "NB1A", "NB2", "NB10"]
    assert outward_code("SW1A 1AA") == "SW1A"
