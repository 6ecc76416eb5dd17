"""Search: every build indexes the site with Pagefind inside the atomic publish, and the index holds the
records and hand-written pages only, with the facts residents filter, read and sort by.

These read the built demo and build throwaway copies with the real mkdocs; none needs a browser
(tests/browser/test_search.py searches in Chromium).
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.site.components import SearchFacts
from haveyoursay.site.document_pages import DocumentPage
from haveyoursay.site.search import INDEX_FOLDER, SEARCH_URL, UNUSED, SearchProblem, index_site
from hub_testing import REPO, ROOT, copy_project, demo_at, run_mkdocs, text_of

HAND_WRITTEN = {f"/{page.stem}/" for page in (ROOT / "content" / "pages").glob("*.md") if page.stem != "index"}
"""Hand-written pages but the home page (a list of consultations), at their web addresses."""


def fragments(site: Path) -> dict[str, dict]:
    """Every page in the index, by address: Pagefind's fragments are gzipped JSON after a signature."""
    pages = {}
    for file in (site / INDEX_FOLDER / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(file.read_bytes())
        assert data.startswith(b"pagefind_dcd")
        page = json.loads(data[len(b"pagefind_dcd") :])
        pages[page["url"]] = page
    return pages


def document_pages() -> set[str]:
    """The addresses of the documents written as web pages (site.document_pages), as the plan lists them."""
    plan = demo_at().plan
    return {
        "/" + page.src_uri.removesuffix("index.md")
        for page in plan.pages
        if isinstance(page_model(plan, page), DocumentPage)
    }


def page_model(plan, page):
    return plan.models[page.src_uri]() if page.template == "document.html" else None


def test_the_index_holds_every_published_record_document_and_hand_written_page_and_nothing_else(demo_site):
    demo = demo_at()
    records = {f"/{c.url}" for c in demo.hub.consultations} | {f"/{n.url}" for n in demo.hub.decisions}
    documents = document_pages()
    assert "/decisions/NDC-2026-011/changes-after-consultation/" in documents
    assert set(fragments(demo_site)) == records | documents | HAND_WRITTEN
    drafts = {f"/{c.url}" for c in demo.hub.consultation_drafts} | {f"/{n.url}" for n in demo.hub.decision_drafts}
    assert drafts and not drafts & set(fragments(demo_site))


def test_indexed_pages_carry_their_filters_result_facts_and_main_content_only(demo_site):
    page = fragments(demo_site)["/consultations/northgate-play-area/"]
    assert page["filters"] == {
        "type": ["Consultation"],
        "status": ["Closed: analysing feedback"],
        "year": ["2026"],
        "ward": ["Northgate"],
        "topic": ["Parks and green spaces", "Children and families"],
    }
    assert page["meta"] == {
        "title": "A new play area for Northgate Recreation Ground",
        "kind": "Consultation",
        "status": "Closed: analysing feedback",
        "state": "closed",
        "date": "Closing date: 6 November 2026",
    }
    content = page["content"]
    assert content.startswith("Consultation. A new play area for Northgate Recreation Ground.")
    for elsewhere in ("Skip to main content", "How to respond", "Help and support", "Open consultations"):
        assert elsewhere not in content, f"{elsewhere!r} is navigation, header or footer, not the page's content"
    decision = fragments(demo_site)["/decisions/NDC-2026-033/"]
    assert decision["meta"]["date"] == "Decision expected: 16 December 2026"
    assert decision["filters"]["type"] == ["Decision notice"] and "topic" not in decision["filters"]
    assert fragments(demo_site)["/how-to-respond/"]["filters"] == {}
    document = fragments(demo_site)["/decisions/NDC-2026-011/changes-after-consultation/"]
    assert document["meta"]["kind"] == "Decision notice document"
    assert document["filters"] == {"type": ["Decision notice document"]}
    assert "Buildings near the castle were too tall" in document["content"]


def test_only_record_pages_and_hand_written_pages_are_marked_for_the_index(demo_site):
    marked = {
        "/" + path.parent.relative_to(demo_site).as_posix() + "/"
        for path in demo_site.rglob("index.html")
        if "data-pagefind-body" in path.read_text(encoding="utf-8")
    }
    assert marked == set(fragments(demo_site))
    plan = demo_at().plan
    assert plan.search_facts("index.md", plan.models["index.md"]()) is None  # the home page is a list
    assert plan.search_facts("wards/castle/index.md", plan.models["wards/castle/index.md"]()) is None
    assert plan.search_facts("how-to-respond.md", None) == SearchFacts()


def test_the_search_folder_holds_only_what_the_search_page_loads(demo_site):
    published = {p.relative_to(demo_site / INDEX_FOLDER).as_posix() for p in (demo_site / INDEX_FOLDER).rglob("*")}
    assert not set(UNUSED) & published
    top = {name for name in published if "/" not in name and not (demo_site / INDEX_FOLDER / name).is_dir()}
    assert {"pagefind.js", "pagefind-worker.js", "pagefind-entry.json"} <= top
    assert all(name.startswith(("pagefind", "wasm.")) for name in top), top


def test_the_search_page_explains_itself_without_javascript_and_links_to_the_lists(read_page):
    page = read_page(SEARCH_URL)
    main = page.css_first("main")
    assert text_of(main.css_first("h1")) == "Search consultations and decisions"
    assert "Search needs JavaScript" in text_of(main.css_first("[data-hub-search-fallback]"))
    links = {text_of(a): a.attributes["href"] for a in main.css("ul.hub-links a")}
    assert links["Consultations by ward"] == "../wards/"
    assert links["Consultations by topic"] == "../topics/"
    assert links["Decisions, by ward, decision maker and month"] == "../decisions/"
    assert links["Forward plan of key decisions"] == "../decisions/forward-plan/"
    for template in main.css("template"):  # the form, which only the script puts in place
        template.decompose()
    assert main.css("form, input, button, select") == [], "no box that cannot search without JavaScript"
    assert [s.attributes.get("src") for s in page.css("script[src]")] == ["../assets/search.js"]
    assert page.css_first("script[src]").attributes.get("type") == "module"


def test_the_search_pages_first_200_characters_read_the_same_with_and_without_javascript(read_page):
    """tests/browser compares every page's first 200 characters with and without JavaScript; the
    search page's form takes its no-JavaScript sentence's place, so its heading and introduction
    must be at least that long."""
    main = read_page(SEARCH_URL).css_first("main")
    before = text_of(main.css_first("h1")) + text_of(main.css_first(".hub-lead"))
    assert len("".join(before.split())) >= 200


def test_only_the_search_page_loads_the_search_script_or_pagefind(demo_site):
    """No other page loads Pagefind's JavaScript or the search script (page weight); the search page
    loads only its own script, from the site itself, which loads Pagefind's from pagefind/."""
    for path in demo_site.rglob("*.html"):
        if path.relative_to(demo_site).parts[0] == INDEX_FOLDER:
            continue
        page = LexborHTMLParser(path.read_text(encoding="utf-8"))
        sources = [s.attributes.get("src") or "" for s in page.css("script")]
        if path == demo_site / SEARCH_URL / "index.html":
            assert sources == ["../assets/search.js"]
        else:
            assert not [src for src in sources if "pagefind" in src or src.endswith("search.js")], path


# -- builds ---------------------------------------------------------------------------------------------


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "hub")


def test_a_failed_index_publishes_nothing(project, tmp_path):
    site = tmp_path / "site"
    run_mkdocs(project, site)
    published = os.readlink(site)
    before = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    broken = tmp_path / "pagefind"
    broken.write_text("#!/bin/sh\necho 'Error: could not read the site' >&2\nexit 3\n")
    broken.chmod(0o755)
    result = run_mkdocs(project, site, extra_env={"HUB_PAGEFIND": str(broken)}, check=False)
    output = result.stdout + result.stderr
    assert result.returncode != 0 and "Traceback" not in output
    assert (
        "The hub was not published because its search index could not be made: "
        "Pagefind stopped with exit code 3: Error: could not read the site"
    ) in output
    assert os.readlink(site) == published
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == before
    assert not (tmp_path / ".site.building").exists()


def test_search_can_be_turned_off_in_mkdocs_yml(project, tmp_path):
    settings = project / "mkdocs.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("extra:\n", "extra:\n  search: false\n", 1))
    site = tmp_path / "site"
    run_mkdocs(project, site, extra_env={"HUB_PAGEFIND": "/nonexistent/pagefind"})  # never run
    assert not (site / INDEX_FOLDER).exists() and not (site / SEARCH_URL).exists()
    page = (site / "consultations" / "garden-waste-charge" / "index.html").read_text(encoding="utf-8")
    assert "data-pagefind" not in page and "hub-search-box" not in page


def test_a_search_setting_that_is_not_true_or_false_is_refused(project, tmp_path):
    settings = project / "mkdocs.yml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("extra:\n", "extra:\n  search: 'no'\n", 1))
    result = run_mkdocs(project, tmp_path / "site", check=False)
    assert result.returncode != 0
    assert "mkdocs.yml: extra: search: must be true or false" in result.stdout + result.stderr


def test_indexing_a_folder_with_no_pages_is_a_problem(tmp_path):
    (tmp_path / "robots.txt").write_text("User-agent: *\n")
    with pytest.raises(SearchProblem, match="exit code 1: Error: Pagefind was not able to build an index"):
        index_site(tmp_path, print)


def test_a_pagefind_that_cannot_be_run_is_a_problem(tmp_path, monkeypatch):
    monkeypatch.setenv("HUB_PAGEFIND", str(tmp_path / "missing"))
    with pytest.raises(SearchProblem, match="Pagefind could not be run"):
        index_site(tmp_path, print)


def test_the_pinned_pagefind_is_run_offline_from_the_installed_package():
    from haveyoursay.site.search import pagefind_command

    command = pagefind_command()
    assert command[1:] == ["-m", "pagefind_bin"]
    assert "pagefind" in (REPO / "requirements.lock").read_text(encoding="utf-8")
