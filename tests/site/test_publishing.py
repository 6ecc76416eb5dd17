"""Only what was meant reaches the site: the files a published record names, hand-written pages, the theme.

The same rule for both kinds of record. A decision notice can carry exempt
information (Schedule 12A), so an unlisted appendix, a draft's documents, a
script in an .html file or a link to a file outside the folder must be
impossible to publish, not merely warned about.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import material
import pytest

from haveyoursay.site.search import INDEX_FOLDER
from hub_testing import REPO, ROOT, copy_project, demo_at, run_mkdocs

THEME_DIRS = (REPO / "overrides", Path(material.__file__).resolve().parent / "templates")
MKDOCS_OWN = {"404.html", "sitemap.xml", "sitemap.xml.gz"}
PAGES = ROOT / "content" / "pages"
PDF = ROOT / "consultations" / "garden-waste-charge" / "proposal.pdf"


def page_output(src_uri: str) -> str:
    """Where MkDocs writes a page (use_directory_urls): a/b/index.md -> a/b/index.html, a/b.md -> a/b/index.html."""
    stem = src_uri[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


def test_every_published_file_is_named_by_a_published_record_a_hand_written_page_or_the_theme(demo_site):
    plan = demo_at().plan
    allowed = {page_output(p.src_uri) for p in plan.pages}
    allowed |= {page_output(p.relative_to(PAGES).as_posix()) for p in PAGES.rglob("*.md")}
    allowed |= {f.site_path for f in plan.files} | {g.site_path for g in plan.generated} | MKDOCS_OWN
    unexplained = []
    for file in sorted(p for p in demo_site.rglob("*") if p.is_file()):
        path = file.relative_to(demo_site).as_posix()
        if path.startswith(f"{INDEX_FOLDER}/"):  # the search index, made from the pages (test_search_index.py)
            continue
        if path not in allowed and not any((theme / path).is_file() for theme in THEME_DIRS):
            unexplained.append(path)
    assert unexplained == []
    # and every named file really is there, byte for byte
    for record_file in plan.files:
        assert (demo_site / record_file.site_path).read_bytes() == record_file.source.read_bytes()


def test_schemas_templates_and_drafts_are_never_published(demo_site):
    generated = {g.site_path for g in demo_at().plan.generated}  # made by the build, like postcodes/NB1.json
    published = {p.relative_to(demo_site).as_posix() for p in demo_site.rglob("*")} - generated
    published = {p for p in published if not p.startswith(f"{INDEX_FOLDER}/")}  # Pagefind's own pagefind-entry.json
    assert not [p for p in published if p.endswith(".json") or "_template" in p or "schema" in p]
    assert not (demo_site / "consultations" / "westcliffe-promenade-works").exists()


def notice(project: Path, reference: str, *, draft: bool, files: dict[str, bytes], documents: str = "") -> Path:
    """A copy of a demo notice under a new reference, with the given files beside it."""
    folder = project / "content" / "decisions" / reference
    shutil.copytree(ROOT / "content" / "decisions" / "NDC-2026-033", folder)
    text = (
        (folder / "index.md").read_text(encoding="utf-8").replace("reference: NDC-2026-033", f"reference: {reference}")
    )
    if draft:
        text = text.replace("\n---\n", "\ndraft: true\n---\n", 1)
    if documents:
        text = text.replace("\n---\n", f"\ndocuments:\n{documents}---\n", 1)
    (folder / "index.md").write_text(text, encoding="utf-8")
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return folder


UNSAFE = {
    "appendix-exempt.pdf": b"%PDF-1.4 exempt prices",
    "notes.html": b"<script>alert(1)</script>",
    "map.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The demo with a published notice and a draft notice, each beside unlisted and unsafe files."""
    project = copy_project(tmp_path_factory.mktemp("publishing") / "hub")
    listed = "  - title: Report\n    file: report.pdf\n    accessible: true\n"
    notice(project, "NDC-2026-090", draft=False, files={**UNSAFE, "report.pdf": PDF.read_bytes()}, documents=listed)
    notice(project, "NDC-2026-091", draft=True, files={**UNSAFE, "report.pdf": PDF.read_bytes()}, documents=listed)
    consultation = project / "consultations" / "garden-waste-charge"
    for name, content in UNSAFE.items():
        (consultation / name).write_bytes(content)
    site = project / "site"
    run_mkdocs(project, site)
    return project, site


def test_a_notice_publishes_the_files_it_names_and_nothing_else(built):
    _, site = built
    folder = site / "decisions" / "NDC-2026-090"
    assert sorted(p.name for p in folder.iterdir()) == ["index.html", "report.pdf"]


def test_a_draft_notice_publishes_nothing_page_or_file(built):
    _, site = built
    assert not (site / "decisions" / "NDC-2026-091").exists()
    assert "NDC-2026-091" not in "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


def test_unlisted_files_beside_a_consultation_stay_private(built):
    _, site = built
    published = {p.name for p in (site / "consultations" / "garden-waste-charge").iterdir()}
    assert not published & set(UNSAFE)


def test_no_script_from_any_record_folder_reaches_the_site(built):
    _, site = built
    # the only pictures are the hub's own (its icon), never one from a record's folder
    own = {p.relative_to(REPO / "overrides").as_posix() for p in (REPO / "overrides").rglob("*.svg")}
    assert {p.relative_to(site).as_posix() for p in site.rglob("*.svg")} <= own
    assert not [p for p in site.rglob("*.svg") if b"script" in p.read_bytes()]
    assert not [p for p in site.rglob("*.html") if "alert(1)" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize("target", ["/etc/passwd", "../../../mkdocs.yml"])
def test_a_document_that_is_a_link_to_another_file_is_refused_and_never_published(tmp_path, target):
    project = copy_project(tmp_path / "hub")
    folder = notice(
        project,
        "NDC-2026-092",
        draft=False,
        files={},
        documents="  - title: Report\n    file: report.pdf\n    accessible: true\n",
    )
    os.symlink(target, folder / "report.pdf")
    site = tmp_path / "site"
    result = run_mkdocs(project, site, check=False)
    assert result.returncode != 0
    assert ("content/decisions/NDC-2026-092/index.md:") in result.stdout + result.stderr
    assert "'report.pdf' is a link to another file, not a file" in result.stdout + result.stderr
    assert not site.exists()
