"""The council's ward boundaries (content/wards.geojson): every mistake the web team might make, and the exact
output of `hub check`.

Each folder in ``ward_boundaries/`` is one case, named for what is in it, as
``tests/site/postcodes/`` is for the postcodes:

``wards.geojson``
    Copied to ``content/wards.geojson`` of a throwaway project that has the
    real ``mkdocs.yml`` (or the case's own) and no records, so the case's messages are the only
    ones. A folder of that name is copied as a folder; ``wards.geojson.symlink``
    becomes a link to the path it holds.
``expected.txt``
    Everything `hub check` prints, exactly. The check must fail (exit 1) when
    the closing line says to fix the errors, and pass (exit 0) otherwise.

To add a case, make the folder, break one thing, run
``HUB_NOW=2026-11-24T10:00 hub check --root <a project>`` and read every line
before pasting the output into expected.txt. The demo's own file is made by
``tests/support/make_ward_boundaries.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from haveyoursay.core.settings import load_settings
from haveyoursay.site.maps.loading import MOST_BYTES, MOST_FEATURES, WARD_BOUNDARIES, read_boundaries
from hub_testing import (
    REPO,
    ROOT,
    check_prints_what_is_expected,
    expected_output,
    new_process_prints_what_is_expected,
    project_with_a_content_file,
)

CASES = sorted(p for p in (Path(__file__).resolve().parent / "ward_boundaries").iterdir() if p.is_dir())
SUBPROCESS_CASES = [case for case in CASES if case.name in {"not-utf8", "several-problems-at-once", "a-link"}]
NO_PROBLEMS = "No problems found."


def build_project(case: Path, tmp_path: Path) -> Path:
    return project_with_a_content_file(case, tmp_path, "wards.geojson", WARD_BOUNDARIES)


def test_every_case_has_an_expected_output():
    assert len(CASES) >= 20
    for case in CASES:
        assert expected_output(case).strip(), f"{case.name}/expected.txt is empty"


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in CASES])
def test_check_prints_exactly_the_expected_output(case, tmp_path, monkeypatch, capsys):
    check_prints_what_is_expected(case, build_project(case, tmp_path), monkeypatch, capsys)


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in SUBPROCESS_CASES])
def test_check_command_never_prints_a_traceback(case, tmp_path):
    new_process_prints_what_is_expected(case, build_project(case, tmp_path))


def _settings():
    settings, problems = load_settings(ROOT / "mkdocs.yml")
    assert settings is not None, problems
    return settings


def test_the_demo_file_is_what_its_script_makes_and_has_every_ward():
    """content/wards.geojson is the output of tests/support/make_ward_boundaries.py, unchanged."""
    result = subprocess.run(
        [sys.executable, str(REPO / "tests" / "support" / "make_ward_boundaries.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout
    boundaries, problems = read_boundaries(ROOT, _settings())
    assert problems == [] and boundaries is not None
    assert list(boundaries.wards) == list(_settings().wards)
    assert boundaries.grid == "lonlat" and boundaries.attribution == ""
    assert [len(polygons) for polygons in boundaries.wards.values()].count(2) == 1  # Harbour and its island


def test_no_file_means_no_boundaries_and_no_problem(tmp_path):
    assert read_boundaries(tmp_path, _settings()) == (None, [])


def test_boundary_line_names_are_read_in_british_national_grid(tmp_path):
    project = build_project(_case("boundary-line-names-in-british-national-grid"), tmp_path)
    boundaries, problems = read_boundaries(project, _settings())
    assert problems == [] and boundaries is not None
    assert boundaries.grid == "bng" and list(boundaries.wards)[:3] == ["Abbey", "Brookside", "Castle"]
    outline = ((452000.0, 236000.0), (453000.0, 236000.0), (453000.0, 237000.0), (452000.0, 237000.0))
    assert boundaries.wards["Abbey"] == (((*outline, outline[0]),),)


def test_ons_names_and_the_attribution_are_read_from_the_file(tmp_path):
    boundaries, _ = read_boundaries(build_project(_case("ons-names-islands-and-holes"), tmp_path), _settings())
    assert boundaries is not None and list(boundaries.wards) == list(_settings().wards)
    assert [len(polygon) for polygon in boundaries.wards["Brookside"]] == [2]  # an outline and a hole
    assert len(boundaries.wards["Abbey"]) == 2  # a MultiPolygon: the ward and an island
    assert boundaries.attribution.startswith("Source: Office for National Statistics licensed under the Open")
    assert boundaries.attribution.endswith("Contains OS data © Crown copyright and database right 2026")


def test_a_file_too_big_is_refused_without_being_read(tmp_path):
    project = build_project(_case("wards-missing"), tmp_path)
    with (project / WARD_BOUNDARIES).open("r+b") as file:
        file.truncate(MOST_BYTES + 1)  # a sparse file: nothing written, nothing read
    boundaries, problems = read_boundaries(project, _settings())
    assert boundaries is None
    assert [str(p) for p in problems] == [
        "content/wards.geojson:1: the file is too big to be one council's wards (over 10 MB) (keep only your "
        "council's wards, and simplify the shapes (in QGIS, Vector, Geometry Tools, Simplify, by 5 metres): "
        "the map on each page is small)"
    ]


def test_a_file_of_many_councils_is_refused_in_one_message(tmp_path):
    project = build_project(_case("wards-missing"), tmp_path)
    square = [[[-1.5, 52.0], [-1.49, 52.0], [-1.49, 52.01], [-1.5, 52.0]]]
    features = [
        {"type": "Feature", "properties": {"name": f"Ward {n}"}, "geometry": {"type": "Polygon", "coordinates": square}}
        for n in range(MOST_FEATURES + 1)
    ]
    (project / WARD_BOUNDARIES).write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    boundaries, problems = read_boundaries(project, _settings())
    assert boundaries is None
    assert [str(p) for p in problems] == [
        "content/wards.geojson:1: features: there are 401 features: more than one council's wards (keep only your "
        "council's wards (in QGIS, select them, then Export, Save Selected Features As))"
    ]


def test_the_build_stops_on_a_problem_in_the_boundaries(tmp_path):
    from hub_testing import copy_project, run_mkdocs

    project = copy_project(tmp_path / "hub")
    path = project / WARD_BOUNDARIES
    path.write_text(path.read_text(encoding="utf-8").replace('"name": "Castle"', '"name": "Castel"'), encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site", check=False)
    assert result.returncode != 0 and not (tmp_path / "site").exists()
    assert "content/wards.geojson:7: features[3].properties.name: 'Castel' is not one of the council's wards" in (
        result.stdout + result.stderr
    )


def _case(name: str) -> Path:
    return next(case for case in CASES if case.name == name)
