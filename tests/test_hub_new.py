"""`hub new` starts a consultation or a decision notice from its template, as a draft that passes the check."""

from __future__ import annotations

from haveyoursay.cli import main
from hub_testing import copy_project


def test_hub_new_copies_the_template_into_a_draft_that_only_needs_its_documents(tmp_path, capsys, monkeypatch):
    project = copy_project(tmp_path / "hub")
    monkeypatch.setenv("HUB_NOW", "2026-01-05T09:00")
    assert main(["new", "consultation", "bin-collection-days", "--root", str(project)]) == 0
    folder = project / "consultations" / "bin-collection-days"
    assert "draft: true" in (folder / "index.md").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["check", "--root", str(project)]) == 1
    about_new = [line for line in capsys.readouterr().out.splitlines() if "bin-collection-days" in line]
    assert [line.split(": ", 2)[1] for line in about_new] == [
        "ways_to_respond.response_form",
        "documents[1].file",
        "easy_read.file",
    ]
    for name in ("response-form.pdf", "proposal.pdf", "easy-read.pdf"):
        (folder / name).write_bytes((project / "consultations" / "garden-waste-charge" / "proposal.pdf").read_bytes())
    assert main(["check", "--root", str(project)]) == 0
    assert "(2 drafts, not published)" in capsys.readouterr().out


def test_hub_new_refuses_a_name_that_cannot_be_a_web_address(tmp_path, capsys):
    project = copy_project(tmp_path / "hub")
    assert main(["new", "consultation", "Bin Days", "--root", str(project)]) == 1
    assert "the folder name 'Bin Days' cannot be used as a web address" in capsys.readouterr().err
    assert not (project / "consultations" / "Bin Days").exists()


def test_hub_new_never_overwrites_a_consultation(tmp_path, capsys):
    project = copy_project(tmp_path / "hub")
    before = (project / "consultations" / "garden-waste-charge" / "index.md").read_bytes()
    assert main(["new", "consultation", "garden-waste-charge", "--root", str(project)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert (project / "consultations" / "garden-waste-charge" / "index.md").read_bytes() == before


def test_hub_new_decision_copies_the_notice_template_into_a_draft_named_by_its_reference(tmp_path, capsys, monkeypatch):
    project = copy_project(tmp_path / "hub")
    monkeypatch.setenv("HUB_NOW", "2026-11-24T10:00")
    assert main(["new", "decision", "NDC-2026-050", "--root", str(project)]) == 0
    index = project / "content" / "decisions" / "NDC-2026-050" / "index.md"
    text = index.read_text(encoding="utf-8")
    assert "draft: true" in text and "reference: NDC-2026-050 " in text
    capsys.readouterr()
    main(["check", "--root", str(project)])
    about_new = [line for line in capsys.readouterr().out.splitlines() if "NDC-2026-050" in line]
    assert [line.split(": ", 2)[1] for line in about_new] == ["documents[1].file"]
    (index.parent / "cabinet-report.pdf").write_bytes(
        (project / "consultations" / "garden-waste-charge" / "proposal.pdf").read_bytes()
    )
    assert main(["check", "--root", str(project)]) == 0


def test_hub_new_decision_refuses_a_reference_that_cannot_be_a_web_address(tmp_path, capsys):
    project = copy_project(tmp_path / "hub")
    assert main(["new", "decision", "NDC/2026/050", "--root", str(project)]) == 1
    assert "the folder name 'NDC/2026/050' cannot be used as a web address" in capsys.readouterr().err
    assert main(["new", "decision", "NDC-2026-011", "--root", str(project)]) == 1
    assert "content/decisions/NDC-2026-011/ already exists" in capsys.readouterr().err
