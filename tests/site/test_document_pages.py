"""Documents written in Markdown, published as web pages of their own (site.document_pages), as residents see them
in the demo built with the real mkdocs at a fixed "now"; and what is never published: the .md file itself, a
draft's document, a file no record names, a file reached by a link.
"""

from __future__ import annotations

import itertools
import os

import pytest
from selectolax.lexbor import LexborHTMLParser

from hub_testing import copy_project, run_mkdocs, text_of

MASTERPLAN = "consultations/town-centre-masterplan/"
MASTERPLAN_DOCUMENT = MASTERPLAN + "draft-masterplan/"
NOTICE = "decisions/NDC-2026-011/"
NOTICE_DOCUMENT = NOTICE + "changes-after-consultation/"


def facts(page: LexborHTMLParser) -> dict[str, str]:
    return {
        text_of(row.css_first("dt")): text_of(row.css_first("dd"))
        for row in page.css(".hub-document-page .hub-summary-list__row")
    }


def links(node) -> dict[str, str]:
    return {" ".join(a.text(separator="").split()): a.attributes.get("href") or "" for a in node.css("a")}


def headings(page: LexborHTMLParser) -> list[tuple[str, str]]:
    return [(h.tag, text_of(h)) for h in page.css("main h1, main h2, main h3, main h4, main h5, main h6")]


# -- the page of a consultation's document ----------------------------------------------------------------


def test_a_consultation_document_written_in_markdown_is_a_page_with_its_facts(read_page):
    page = read_page(MASTERPLAN_DOCUMENT)
    assert [text_of(h1) for h1 in page.css("h1")] == ["Draft town centre masterplan"]
    assert text_of(page.css_first(".hub-caption")) == "Consultation document"
    assert facts(page) == {
        "Part of": "Northbrook town centre masterplan",
        "Last updated": "27 October 2025",
        "Length": "About 510 words, a 3 minute read",
        "Other format": "PDF, 5 KB, 6 pages",
    }
    summary = page.css_first(".hub-document-page .hub-summary-list")
    assert links(summary) == {
        "Northbrook town centre masterplan": "../",
        "PDF, 5 KB, 6 pages": "../draft-masterplan.pdf",
    }
    assert text_of(page.css_first("title")).startswith("Draft town centre masterplan - ")


def test_its_breadcrumbs_end_at_the_consultation_and_it_ends_with_a_way_back(read_page):
    page = read_page(MASTERPLAN_DOCUMENT)
    crumbs = [text_of(a) for a in page.css(".hub-breadcrumbs a")]
    assert crumbs[0] == "Home" and crumbs[-1] == "Northbrook town centre masterplan"
    assert links(page.css_first(".hub-web-document__back")) == {
        "Back to the consultation: Northbrook town centre masterplan": "../"
    }


def test_its_headings_go_down_one_level_at_a_time_under_its_one_title(read_page):
    shown = headings(read_page(MASTERPLAN_DOCUMENT))
    assert shown[:3] == [("h1", "Draft town centre masterplan"), ("h2", "Contents"), ("h2", "Our vision")]
    levels = [int(tag[1]) for tag, _ in shown]
    assert all(later <= earlier + 1 for earlier, later in itertools.pairwise(levels)), shown


def test_its_contents_list_links_to_each_main_heading_and_those_under_it_in_order(read_page):
    page = read_page(MASTERPLAN_DOCUMENT)
    document = page.css_first(".hub-web-document")
    in_order = [f"#{h.attributes['id']}" for h in document.css("h2, h3")]
    listed = [a.attributes["href"] for a in page.css("nav.hub-contents a")]
    assert listed == in_order and len(listed) == 11
    assert text_of(page.css_first(".hub-contents h2")) == "Contents"
    ids = [node.attributes["id"] for node in page.css("[id]")]
    assert len(ids) == len(set(ids))


def test_its_tables_have_a_header_cell_for_each_column(read_page):
    table = read_page(MASTERPLAN_DOCUMENT).css_first(".hub-web-document table")
    header = [(text_of(th), th.attributes.get("scope")) for th in table.css("thead th")]
    assert header == [
        ("Site", "col"),
        ("New homes", "col"),
        ("Affordable homes", "col"),
        ("Tallest building", "col"),
    ]
    assert len(table.css("tbody tr")) == 6


def test_the_consultations_page_lists_the_web_page_first_with_its_pdf_beside_it(read_page):
    first = read_page(MASTERPLAN).css("#documents + ul li.hub-document")[0]
    assert links(first) == {
        "Draft town centre masterplan": "draft-masterplan/",
        "Also as a PDF of Draft town centre masterplan": "draft-masterplan.pdf",
    }
    assert text_of(first.css_first(".hub-document__facts")) == "Web page, about 510 words, a 3 minute read"
    assert first.css_first(".hub-document__request") is None


# -- the page of a decision notice's document -----------------------------------------------------------------


def test_a_decision_notices_document_written_in_markdown_is_a_page_of_the_notice(read_page):
    page = read_page(NOTICE_DOCUMENT)
    assert [text_of(h1) for h1 in page.css("h1")] == ["What we changed after the consultation"]
    assert text_of(page.css_first(".hub-caption")) == "Decision notice document"
    assert facts(page) == {
        "Part of": "Adopting the Northbrook town centre masterplan",
        "Last updated": "12 March 2026",
        "Length": "About 180 words, a 1 minute read",
    }
    assert [text_of(a) for a in page.css("nav.hub-contents a")] == [
        "Why we changed the masterplan",
        "The changes",
        "What stays the same",
        "Find out more",
    ]
    assert [th.attributes.get("scope") for th in page.css(".hub-web-document th")] == ["col", "col"]
    assert links(page.css_first(".hub-web-document__back")) == {
        "Back to the decision notice: Adopting the Northbrook town centre masterplan": "../"
    }


def test_the_notices_page_lists_its_web_page_before_its_report(read_page):
    titles = [text_of(a) for a in read_page(NOTICE).css("a.hub-document__link")]
    assert titles[:2] == ["What we changed after the consultation", "Cabinet report, 11 March 2026"]


def test_the_document_pages_are_in_the_sitemap_and_the_open_data_links_to_them(demo_site):
    sitemap = (demo_site / "sitemap.xml").read_text(encoding="utf-8")
    base = "https://haveyoursay.northbrook.example/"
    assert f"<loc>{base}{MASTERPLAN_DOCUMENT}</loc>" in sitemap and f"<loc>{base}{NOTICE_DOCUMENT}</loc>" in sitemap
    assert f'"url": "{base}{MASTERPLAN_DOCUMENT}"' in (demo_site / "data" / "consultations.json").read_text("utf-8")


def test_the_markdown_files_themselves_are_never_published(demo_site):
    assert sorted(path.name for path in demo_site.rglob("*.md")) == []
    assert (demo_site / MASTERPLAN / "draft-masterplan.pdf").is_file()


# -- what is never published ---------------------------------------------------------------------------------


def test_a_drafts_document_and_files_no_record_names_publish_nothing(tmp_path):
    project = copy_project(tmp_path / "hub")
    draft = project / "consultations" / "westcliffe-promenade-works"
    record = draft / "index.md"
    record.write_text(
        record.read_text(encoding="utf-8").replace(
            "draft: true\n",
            "  - title: Sea wall works in detail\n    file: works-in-detail.md\n    updated: 2026-11-02\ndraft: true\n",
        ),
        encoding="utf-8",
    )
    (draft / "works-in-detail.md").write_text("## Secret draft words\n\nNot yet.\n", encoding="utf-8")
    unlisted = (project / "consultations" / "garden-waste-charge", project / "content" / "decisions" / "NDC-2026-011")
    for folder in unlisted:
        (folder / "working-notes.md").write_text("## Private working notes\n\nNot for residents.\n", encoding="utf-8")
    site = tmp_path / "site"
    run_mkdocs(project, site)
    assert not (site / "consultations" / "westcliffe-promenade-works").exists()
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Secret draft words" not in text and "Private working notes" not in text, page
    assert not list(site.rglob("working-notes*")) and not list(site.rglob("works-in-detail*"))
    assert (site / MASTERPLAN_DOCUMENT / "index.html").is_file()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_document_reached_by_a_link_stops_the_build(tmp_path):
    project = copy_project(tmp_path / "hub")
    document = project / "consultations" / "town-centre-masterplan" / "draft-masterplan.md"
    document.unlink()
    os.symlink(project / "mkdocs.yml", document)
    result = run_mkdocs(project, tmp_path / "site", check=False)
    assert result.returncode != 0 and not (tmp_path / "site").exists()
    assert "'draft-masterplan.md' is a link to another file, not a file" in result.stdout + result.stderr
