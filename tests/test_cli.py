"""The officers' and the web team's commands: what they print, as officers and scripts read it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from haveyoursay.cli import main
from hub_testing import DEMO_NOW, ROOT, copy_project, run_mkdocs

HUB = Path(sys.executable).parent / "hub"


def run(project: Path, *arguments: str, path: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HUB_NOW": DEMO_NOW, "PATH": path or os.environ.get("PATH", "")}
    return subprocess.run(
        [str(HUB), *arguments, "--root", str(project)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# -- hub check --------------------------------------------------------------------------------------


def test_check_as_json_for_scripts(monkeypatch, capsys):
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)
    assert main(["check", "--root", str(ROOT), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["errors"], data["warnings"]) == (0, 2)
    assert data["problems"][0] == {
        "path": "consultations/dog-control-pspo/index.md",
        "line": 8,
        "field": "closes",
        "severity": "warning",
        "problem": "the consultation is only 4 weeks long",
        "hint": "allow at least 6 weeks, or explain in the body why it is shorter",
        "in_draft": False,
        "text": "consultations/dog-control-pspo/index.md:8: closes: warning: the consultation is only 4 weeks long "
        "(allow at least 6 weeks, or explain in the body why it is shorter)",
    }
    assert data["checked"] == {"consultations": 15, "consultation_drafts": 1, "decisions": 10, "decision_drafts": 0}
    assert {item["heading"] for item in data["coming_up"]} == {
        "Closing in the next 7 days",
        "Outcomes due or overdue",
        "Drafts (not published)",
    }


def test_check_as_github_annotations_on_the_changed_lines(tmp_path, monkeypatch, capsys):
    project = copy_project(tmp_path / "hub")
    record = project / "consultations" / "garden-waste-charge" / "index.md"
    record.write_text(
        record.read_text(encoding="utf-8").replace("closes: 2026-11-27 17:00", "closes: 2026-02-30"), encoding="utf-8"
    )
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)
    assert main(["check", "--root", str(project), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    error = next(line for line in lines if line.startswith("::error"))
    assert error.startswith("::error file=consultations/garden-waste-charge/index.md,line=8,title=closes::")
    assert "February 2026 has no day 30" in error
    assert any(line.startswith("::warning file=consultations/dog-control-pspo/index.md,line=8,") for line in lines)
    assert lines[-1] == "1 error and 2 warnings. Fix the errors, then run the check again."


def test_github_annotations_cannot_be_broken_by_what_an_officer_wrote():
    from haveyoursay.site.report import _escape

    assert _escape("a\nb%c") == "a%0Ab%25c"
    assert _escape("x,y:z", property_value=True) == "x%2Cy%3Az"


def test_the_check_lists_what_is_coming_up(monkeypatch, capsys):
    monkeypatch.setenv("HUB_NOW", "2026-11-25T09:00")  # two working days before the call-in deadline
    main(["check", "--root", str(ROOT)])
    out = capsys.readouterr().out
    assert (
        "Call-in periods ending in the next 2 working days:\n"
        "  content/decisions/NDC-2026-031/index.md: Contract to change Northbrook's street lights to LED "
        "(ends at 5pm on 27 November 2026)"
    ) in out


# -- drafts never stop publishing -------------------------------------------------------------------


def test_a_broken_draft_fails_the_check_but_not_the_build(tmp_path):
    project = copy_project(tmp_path / "hub")
    draft = project / "consultations" / "westcliffe-promenade-works" / "index.md"
    draft.write_text(draft.read_text(encoding="utf-8").replace("closes: ", "closes: 2026-02-30 #", 1), encoding="utf-8")
    checked = run(project, "check")
    assert checked.returncode == 1
    assert "consultations/westcliffe-promenade-works/index.md:" in checked.stdout
    site = tmp_path / "site"
    built = run_mkdocs(project, site)
    assert "not published, a draft with a problem" in built.stdout + built.stderr
    assert (site / "consultations" / "garden-waste-charge" / "index.html").is_file()
    assert not (site / "consultations" / "westcliffe-promenade-works").exists()


def test_a_draft_too_broken_to_read_does_not_stop_the_build_either(tmp_path):
    project = copy_project(tmp_path / "hub")
    draft = project / "consultations" / "westcliffe-promenade-works" / "index.md"
    draft.write_text("---\ntitle: [unclosed\ndraft: true\n---\n", encoding="utf-8")
    assert run(project, "check").returncode == 1
    run_mkdocs(project, tmp_path / "site")


def test_a_broken_published_record_still_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "hub")
    record = project / "consultations" / "garden-waste-charge" / "index.md"
    record.write_text(
        record.read_text(encoding="utf-8").replace("closes: 2026-11-27 17:00", "closes: 2026-02-30"), encoding="utf-8"
    )
    assert run_mkdocs(project, tmp_path / "site", check=False).returncode != 0


# -- hub new ---------------------------------------------------------------------------------------


def test_hub_new_dates_the_record_today_and_lists_the_councils_wards_and_topics(tmp_path):
    project = copy_project(tmp_path / "hub")
    made = run(project, "new", "consultation", "bin-days")
    assert made.returncode == 0, made.stderr
    text = (project / "consultations" / "bin-days" / "index.md").read_text(encoding="utf-8")
    assert "\nopens: 2026-11-24 " in text and "\ncloses: 2027-02-16 17:00 " in text  # today, and 12 weeks on
    assert "# The council's wards: Abbey, Brookside, Castle," in text
    assert "# The council's topics: Adult social care," in text
    notice = run(project, "new", "decision", "NDC-2026-050")
    assert notice.returncode == 0
    text = (project / "content" / "decisions" / "NDC-2026-050" / "index.md").read_text(encoding="utf-8")
    assert "\nnotice_given: 2026-11-24 " in text and "\ndecision_expected: 2026-12-23 " in text  # 28 clear days


def test_hub_new_names_the_check_the_way_the_officer_can_run_it(tmp_path):
    project = copy_project(tmp_path / "hub")
    not_on_path = run(project, "new", "consultation", "bin-days", path="/usr/bin:/bin")
    assert not_on_path.stdout.rstrip().endswith(f"then run: {os.path.relpath(HUB, project)} check")
    on_path = run(project, "new", "consultation", "bin-days-2", path=f"{HUB.parent}:/usr/bin:/bin")
    assert on_path.stdout.rstrip().endswith("then run: hub check")


def test_hub_new_suggests_another_name_for_one_that_is_taken(tmp_path):
    project = copy_project(tmp_path / "hub")
    taken = run(project, "new", "consultation", "garden-waste-charge")
    assert taken.returncode == 1
    assert taken.stderr.strip() == (
        "hub new: consultations/garden-waste-charge/ already exists (edit that record, or "
        "choose another name, like garden-waste-charge-2)"
    )


# -- hub next-change -----------------------------------------------------------------------------


def test_next_change_says_when_the_site_next_needs_building(monkeypatch, capsys):
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)
    assert main(["next-change", "--root", str(ROOT)]) == 0
    assert capsys.readouterr().out == "2026-11-25T00:00:00+00:00 consultations/garden-waste-charge/\n"


def test_next_change_tells_a_scheduled_job_whether_a_build_is_due(monkeypatch, capsys):
    monkeypatch.setenv("HUB_NOW", "2026-11-27T17:05")  # just after the garden waste charge closed
    assert main(["next-change", "--root", str(ROOT), "--due-since", "2026-11-27T16:50:00+00:00"]) == 0
    assert capsys.readouterr().out.startswith(
        "A build is due: consultations/garden-waste-charge/ changed at 2026-11-27T17:00:00+00:00."
    )
    assert main(["next-change", "--root", str(ROOT), "--due-since", "2026-11-27T17:01:00+00:00"]) == 1
    assert capsys.readouterr().out == "No build is due: nothing has changed since then.\n"
