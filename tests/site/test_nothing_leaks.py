"""Only what was meant is published, and what is published is safe: content/, settings and page ids.

Each test reproduces something a hostile committer or a careless officer did
to the hub, and failed before it was fixed.
"""

from __future__ import annotations

import os
from types import SimpleNamespace

import pytest
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.cli import main
from haveyoursay.consultations.wording import event_when
from haveyoursay.core.london import parse_when
from haveyoursay.core.settings import load_settings
from hub_testing import DEMO_NOW, REPO, ROOT, copy_project, run_mkdocs, text_of


def check(project, capsys, monkeypatch) -> tuple[int, list[str]]:
    monkeypatch.setenv("HUB_NOW", DEMO_NOW)
    code = main(["check", "--root", str(project)])
    return code, capsys.readouterr().out.splitlines()


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "hub")


# -- content/: only Markdown pages, sanitised, and no links -----------------------------------------


@pytest.mark.parametrize(
    "name, text",
    [
        ("notes.html", "<script>alert(1)</script>"),
        ("logo.svg", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("old-page.markdown", "<script>alert(1)</script>"),
        ("other.mdown", "# Other"),
        ("SHOUT.MD", "# Shout"),
    ],
)
def test_a_file_in_content_pages_that_is_not_a_markdown_page_is_refused(
    project, capsys, monkeypatch, tmp_path, name, text
):
    (project / "content" / "pages" / name).write_text(text, encoding="utf-8")
    code, lines = check(project, capsys, monkeypatch)
    assert code == 1
    assert (
        f"content/pages/{name}:1: only pages written in Markdown (.md) are published from here (write the page "
        "as a .md file (lower-case .md); files such as .html, .svg or documents belong to a record, beside its "
        "index.md)"
    ) in lines
    result = run_mkdocs(project, tmp_path / "site", check=False)
    assert result.returncode != 0 and not (tmp_path / "site").exists()


def test_a_link_in_content_is_refused(project, capsys, monkeypatch):
    os.symlink("/etc/passwd", project / "content" / "pages" / "passwd.md")
    code, lines = check(project, capsys, monkeypatch)
    assert code == 1
    assert (
        "content/pages/passwd.md:1: this is a link to another file or folder, not a real one (put the real file "
        "here, or delete the link)"
    ) in lines


def test_anything_else_in_content_is_reported_not_silently_ignored(project, capsys, monkeypatch):
    (project / "content" / "notes.txt").write_text("minutes", encoding="utf-8")
    (project / "content" / "decisions" / "loose-report.pdf").write_bytes(b"%PDF-1.4")
    code, lines = check(project, capsys, monkeypatch)
    assert code == 0
    assert (
        "content/notes.txt:1: warning: the hub does not publish anything from here (hand-written pages go in "
        "content/pages/ as .md files; decision notices go in content/decisions/<reference>/)"
    ) in lines
    assert any(
        line.startswith("content/decisions/loose-report.pdf:1: warning: the hub does not publish files")
        for line in lines
    )


def test_a_script_in_a_hand_written_page_never_reaches_the_site(project, tmp_path):
    page = project / "content" / "pages" / "how-to-respond.md"
    page.write_text(
        page.read_text(encoding="utf-8") + '\n<script>alert(1)</script>\n<img src="x" onerror="alert(2)">'
        "\n[click](javascript:alert(3))\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    run_mkdocs(project, site)
    html = (site / "how-to-respond" / "index.html").read_text(encoding="utf-8")
    main_part = LexborHTMLParser(html).css_first("main")
    assert main_part.css("script, img") == []
    assert "alert(" not in main_part.html and "javascript:" not in main_part.html
    assert text_of(main_part.css_first("h1"))  # the page itself is still there


# -- settings are input too -----------------------------------------------------------------------


def settings_with(tmp_path, old: str, new: str):
    config = tmp_path / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return load_settings(config)


@pytest.mark.parametrize(
    "base_url",
    [
        'https://haveyoursay.northbrook.example/"><script>alert(1)</script>',
        "javascript:alert(1)//",
        "https://haveyoursay.northbrook.example/path with space/",
    ],
)
def test_a_base_url_that_could_break_out_of_a_link_is_refused(tmp_path, base_url):
    settings, problems = settings_with(
        tmp_path, "base_url: https://haveyoursay.northbrook.example/", f"base_url: '{base_url}'"
    )
    assert settings is None
    assert [p.field for p in problems] == ["extra.council.base_url"]


@pytest.mark.parametrize(
    "field, value",
    [
        ("name: Northbrook Borough Council", "name: Northbrook <script>alert(1)</script>"),
        ("address: Town Hall, Market Square, Northbrook NB1 1AA", "address: '[Town Hall](javascript:alert(1))'"),
    ],
)
def test_the_councils_name_and_address_are_plain_words(tmp_path, field, value):
    settings, problems = settings_with(tmp_path, field, value)
    assert settings is None
    assert len(problems) == 1 and problems[0].problem.startswith("this cannot contain")


def test_a_site_url_that_breaks_out_of_the_canonical_link_stops_the_build(project, tmp_path):
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "site_name: Have your say",
            "site_name: Have your say\nsite_url: 'https://x.example/\"><script>alert(1)</script>'",
            1,
        ),
        encoding="utf-8",
    )
    result = run_mkdocs(project, tmp_path / "site", check=False)
    assert result.returncode != 0
    assert "site_url: " in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_the_accessibility_statement_writes_the_councils_details_as_text(demo_site):
    text = (demo_site / "accessibility" / "index.html").read_text(encoding="utf-8")
    assert "Northbrook Borough Council" in text


# -- pages keep their own ids -------------------------------------------------------------------


def test_a_section_called_contact_does_not_take_the_pages_own_contact_link(project, tmp_path):
    record = project / "consultations" / "garden-waste-charge" / "index.md"
    record.write_text(
        record.read_text(encoding="utf-8") + "\n## Contact\n\nAsk at the depot.\n\n## Documents\n\nSee below.\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    run_mkdocs(project, site)
    page = LexborHTMLParser((site / "consultations" / "garden-waste-charge" / "index.html").read_text())
    ids = [node.attributes["id"] for node in page.css("[id]")]
    assert len(ids) == len(set(ids))
    assert text_of(page.css_first("#contact")) == "Contact" and page.css_first("#contact").tag == "h2"
    assert page.css_first("#contact").next is not None
    assert "Ask at the depot." in text_of(page.css_first("#contact-section").parent)


def test_no_page_of_the_demo_repeats_an_id(demo_site):
    for path in demo_site.rglob("*.html"):
        ids = [node.attributes["id"] for node in LexborHTMLParser(path.read_text(encoding="utf-8")).css("[id]")]
        assert len(ids) == len(set(ids)), path


def test_a_decision_subheading_sits_below_its_section_heading(project, tmp_path):
    notice = project / "content" / "decisions" / "NDC-2026-033" / "index.md"
    text = notice.read_text(encoding="utf-8").replace(
        "## Authority\n", "### In more detail\n\nThe areas.\n\n## Authority\n"
    )
    notice.write_text(text, encoding="utf-8")
    site = tmp_path / "site"
    run_mkdocs(project, site)
    page = LexborHTMLParser((site / "decisions" / "NDC-2026-033" / "index.html").read_text())
    detail = [h for h in page.css("h3, h4") if text_of(h) == "In more detail"]
    assert [h.tag for h in detail] == ["h4"]


def test_an_event_ending_at_midnight_keeps_its_end_time():
    start, end = parse_when("2026-03-03 18:00")[0], parse_when("2026-03-04 00:00")[0]
    assert event_when(start, end) == "6pm to midnight on 3 March 2026"


# -- the preview follows the records ----------------------------------------------------------------


def test_mkdocs_serve_watches_every_record_folder():
    import importlib.util

    spec = importlib.util.spec_from_file_location("hub_hook_watch", REPO / "hooks" / "mkdocs_hub.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    hook._state["root"] = ROOT
    watched: list[str] = []
    hook.on_serve(SimpleNamespace(watch=watched.append), config=None, builder=None)
    assert str(ROOT / "consultations") in watched
    assert str(ROOT / "content" / "decisions") in watched


def test_every_page_says_when_it_was_updated(demo_site):
    for path in list(demo_site.rglob("index.html"))[:40]:
        updated = LexborHTMLParser(path.read_text(encoding="utf-8")).css_first(".hub-footer__updated")
        assert updated is not None and text_of(updated) == "Page updated at 10am on 24 November 2026", path


def test_build_json_says_when_the_site_was_built_and_when_it_next_changes(demo_site):
    import json

    record = json.loads((demo_site / "build.json").read_text(encoding="utf-8"))
    assert record["built"] == "2026-11-24T10:00:00+00:00"
    assert record["next_change"] == "2026-11-25T00:00:00+00:00"  # the garden waste charge: "2 days left"
    assert record["next_change_page"] == "consultations/garden-waste-charge/"
    assert record["version"] and "commit" in record
