"""Results kept between runs (core.cache): used only for exactly the same texts and files, never
trusted, never in the hub's own folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from haveyoursay.core import cache, files
from haveyoursay.core import pdf as pdf_reading
from haveyoursay.core.body import safe_html
from haveyoursay.core.cache import cache_folder, keeping, key_of, remembered
from haveyoursay.core.records import read_record_file
from hub_testing import ROOT


def counted(results: list[str]):
    def make() -> str:
        results.append("made")
        return f"result {len(results)}"

    return make


def kept_twice(folder: Path, material: str) -> tuple[str, str, list[str]]:
    made: list[str] = []
    with keeping(folder):
        first = remembered("test", lambda: key_of(material), counted(made), str, str)
    with keeping(folder):  # a new run: read from the file
        second = remembered("test", lambda: key_of(material), counted(made), str, str)
    return first, second, made


def test_a_result_is_kept_for_the_next_run_with_the_same_material(tmp_path):
    first, second, made = kept_twice(tmp_path, "## What we are proposing")
    assert first == second == "result 1" and made == ["made"]


def test_different_material_is_worked_out_again(tmp_path):
    made: list[str] = []
    with keeping(tmp_path):
        remembered("test", lambda: key_of("a"), counted(made), str, str)
        remembered("test", lambda: key_of("b"), counted(made), str, str)
        remembered("test", lambda: key_of("a", 1), counted(made), str, str)
    assert made == ["made", "made", "made"]
    assert key_of("ab", "c") != key_of("a", "bc")


def test_without_keeping_everything_is_worked_out_each_time():
    made: list[str] = []
    remembered("test", lambda: key_of("a"), counted(made), str, str)
    remembered("test", lambda: key_of("a"), counted(made), str, str)
    assert made == ["made", "made"]


def test_a_damaged_cache_file_or_entry_is_worked_out_again(tmp_path):
    kept_twice(tmp_path, "x")
    (kept,) = tmp_path.glob("test-*.json")
    kept.write_text("{not json", encoding="utf-8")
    assert kept_twice(tmp_path, "x")[2] == ["made"]
    entries = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({key: {"wrong": 1} for key in entries}), encoding="utf-8")
    made: list[str] = []
    with keeping(tmp_path):
        assert remembered("test", lambda: key_of("x"), counted(made), str, lambda v: v["right"]) == "result 1"


def test_a_new_version_of_the_code_starts_again_and_removes_the_old_file(tmp_path, monkeypatch):
    kept_twice(tmp_path, "x")
    (old,) = tmp_path.glob("test-*.json")
    monkeypatch.setattr(cache, "_code", ["another-version"])
    assert kept_twice(tmp_path, "x")[2] == ["made"]
    assert [p.name for p in tmp_path.glob("test-*.json")] == ["test-another-version.json"] != [old.name]


def test_it_is_kept_outside_the_hubs_folder_and_can_be_turned_off(tmp_path):
    assert cache_folder({"HOME": str(tmp_path)}) == tmp_path / ".cache" / "haveyoursay"
    assert cache_folder({"XDG_CACHE_HOME": "/var/cache/ci"}) == Path("/var/cache/ci/haveyoursay")
    assert cache_folder({"HUB_CACHE": "/srv/hub-cache"}) == Path("/srv/hub-cache")
    assert cache_folder({"HUB_CACHE": "off"}) is None


def test_kept_html_is_sanitised_again_as_it_is_read(tmp_path):
    """A cache is not trusted: even a poisoned entry cannot put a script on a page."""
    with keeping(tmp_path):
        assert str(safe_html("Read **this**.")) == "<p>Read <strong>this</strong>.</p>"
    (kept,) = tmp_path.glob("html-*.json")
    entries = json.loads(kept.read_text(encoding="utf-8"))
    kept.write_text(json.dumps({key: ["<p>Read</p><script>alert(1)</script>"] for key in entries}), encoding="utf-8")
    with keeping(tmp_path):
        shown = str(safe_html("Read **this**."))
    assert "<script" not in shown and shown.startswith("<p>Read</p>")


def test_a_record_read_from_the_cache_is_the_record_read_from_its_file(tmp_path):
    folder = ROOT / "consultations" / "budget-council-tax-2027-28"
    fresh = read_record_file(folder, ROOT, "consultation", "t")
    with keeping(tmp_path):
        read_record_file(folder, ROOT, "consultation", "t")
    with keeping(tmp_path):
        kept = read_record_file(folder, ROOT, "consultation", "t")
    assert kept == fresh
    assert kept[0] is not None and kept[0].lines[("closes",)] == fresh[0].lines[("closes",)]


def test_a_records_problems_come_back_from_the_cache_as_they_were(tmp_path):
    folder = tmp_path / "records" / "bad-dates"
    folder.mkdir(parents=True)
    (folder / "index.md").write_text("---\ntitle: x\ncloses: 2026-02-30\nwards: [a, b\n---\n", encoding="utf-8")
    fresh = read_record_file(folder, tmp_path, "consultation", "t")
    with keeping(tmp_path / "kept"):
        read_record_file(folder, tmp_path, "consultation", "t")
    with keeping(tmp_path / "kept"):
        assert read_record_file(folder, tmp_path, "consultation", "t") == fresh
    assert fresh[1], "the record has problems"


def test_a_files_facts_are_kept_under_its_bytes_not_its_name_or_time(tmp_path, monkeypatch):
    pdf = next((ROOT / "consultations").glob("*/*.pdf")).read_bytes()
    (tmp_path / "a.pdf").write_bytes(pdf)
    with keeping(tmp_path / "kept"):
        facts = files._inspected(tmp_path / "a.pdf")
    monkeypatch.setattr(pdf_reading, "_read_pdf", lambda *a: pytest.fail("read again"))
    files._inspect.cache_clear()
    (tmp_path / "b.pdf").write_bytes(pdf)  # the same bytes under another name
    with keeping(tmp_path / "kept"):
        assert files._inspected(tmp_path / "b.pdf") == facts
    (tmp_path / "c.pdf").write_bytes(pdf.replace(b"%%EOF", b"%%EOX"))
    with keeping(tmp_path / "kept"):
        assert files._inspected(tmp_path / "c.pdf")[1] == "cut short", "other bytes are read"


def test_the_cache_stays_as_small_as_the_content_however_many_runs_change_it(tmp_path):
    """Each run keeps what it used and as many older entries again: a hundred runs of new texts (an officer
    editing all day, or a fuzz test) leave a file of two runs' entries, not a hundred."""
    for run in range(100):
        with keeping(tmp_path):
            for text in range(5):
                remembered("test", lambda run=run, text=text: key_of(run, text), counted([]), str, str)
    (kept,) = tmp_path.glob("test-*.json")
    entries = json.loads(kept.read_text(encoding="utf-8"))
    assert len(entries) == 10
    with keeping(tmp_path):  # the latest run's entries are among those kept
        made: list[str] = []
        remembered("test", lambda: key_of(99, 4), counted(made), str, str)
    assert made == []


def test_a_file_changed_in_place_is_read_again_even_with_its_size_and_time_put_back(tmp_path):
    """A file's hash is kept under its name, size, times and inode (so an unchanged file is not read again),
    and a write changes its ctime, which no tool can set back."""
    pdf = next((ROOT / "consultations").glob("*/*.pdf")).read_bytes()
    document = tmp_path / "a.pdf"
    document.write_bytes(pdf)
    with keeping(tmp_path / "kept"):
        assert files._inspected(document)[1] == ""
    before = document.stat()
    document.write_bytes(pdf.replace(b"%%EOF", b"%%EOX"))  # the same size
    os.utime(document, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modified time
    assert document.stat().st_size == before.st_size and document.stat().st_mtime_ns == before.st_mtime_ns
    files._inspect.cache_clear()
    with keeping(tmp_path / "kept"):
        assert files._inspected(document)[1] == "cut short"


def test_a_kind_finished_with_is_written_at_once_and_read_again_if_used(tmp_path):
    made: list[str] = []
    with keeping(tmp_path):
        remembered("test", lambda: key_of("a"), counted(made), str, str)
        cache.finished_with("test")
        assert list(tmp_path.glob("test-*.json")), "written as soon as the build is done with it"
        assert remembered("test", lambda: key_of("a"), counted(made), str, str) == "result 1"
    assert made == ["made"]
