"""A document written in Markdown (core.documents): what the check says of it, line by line, and the page
it becomes: headings with ids in order, tables with header cells, officers' text sanitised.

Each file is written here, in ``tmp_path``; the messages are the officer's exact words.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError
from selectolax.lexbor import LexborHTMLParser

from haveyoursay.core.documents import MOST_BYTES, Document, documents_checked, markdown_problems, web_document
from haveyoursay.core.london import parse_when
from haveyoursay.core.problems import Locator, Severity
from hub_testing import ROOT

DEMO_PDF = ROOT / "consultations" / "town-centre-masterplan" / "draft-masterplan.pdf"
SHOWN = "consultations/library-hours/proposal.md"


def problems_in(tmp_path: Path, text: str | bytes) -> list[str]:
    """What the check says of a document with this text: "line: message (hint)", as `hub check` shows it."""
    path = tmp_path / "proposal.md"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return [
        f"{problem.line}: {problem.problem}" + (f" ({problem.hint})" if problem.hint else "")
        for problem in markdown_problems(path, SHOWN, "documents[1].file")
    ]


def page_of(tmp_path: Path, text: str) -> LexborHTMLParser:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return LexborHTMLParser(f"<div>{web_document(path).html}</div>")


# -- headings, in order ---------------------------------------------------------------------------------


def test_a_heading_that_skips_a_level_is_reported_at_its_own_line(tmp_path):
    text = "## What we propose\n\nLater opening.\n\n#### Weekdays\n\nFrom 10am.\n\n### Sundays\n\nUntil 3pm.\n"
    assert problems_in(tmp_path, text) == [
        "5: the heading 'Weekdays' skips a level: it is '####' after a '##' heading "
        "(make it '###', or put a '###' heading above it)"
    ]


def test_the_first_heading_must_be_a_main_heading(tmp_path):
    assert problems_in(tmp_path, "Some words first.\n\n### What we propose\n\nLater opening.\n") == [
        "3: the heading 'What we propose' skips a level: the first heading must be '##' (make it '## ')"
    ]


def test_going_back_up_any_number_of_levels_is_fine(tmp_path):
    text = "## One\n\n### Two\n\n#### Three\n\n## Four\n\n### Five\n"
    assert problems_in(tmp_path, text) == []


def test_a_hash_heading_is_refused_because_the_title_comes_from_the_record(tmp_path):
    assert problems_in(tmp_path, "# Proposal\n\n## What we propose\n\nWords.\n") == [
        "1: a '#' heading is not allowed in a document "
        "(its title comes from 'title:' in index.md, so start its headings at '## ')"
    ]


def test_underlined_and_html_headings_are_checked_like_hash_headings(tmp_path):
    text = "What we propose\n---------------\n\nWords.\n\n<h4>Weekdays</h4>\n\nMore words.\n"
    assert problems_in(tmp_path, text) == [
        "6: the heading 'Weekdays' skips a level: it is '####' after a '##' heading "
        "(make it '###', or put a '###' heading above it)"
    ]


def test_hash_marks_in_a_code_block_are_not_headings(tmp_path):
    text = "## Commands\n\n```\n#### not a heading\n# nor this\n```\n\n### A real one\n"
    assert problems_in(tmp_path, text) == []


# -- tables, with headers ----------------------------------------------------------------------------


def test_rows_with_no_line_of_dashes_are_a_table_without_headings(tmp_path):
    text = "## Hours\n\n| Central Library | 9am | 10am |\n| Castle Library | 9am | 10am |\n\nAfter.\n"
    assert problems_in(tmp_path, text) == [
        "3: the table has no row of headings: there is no line of dashes under its first row "
        "(make its first row say what each column holds, and put a line like |---|---| under it)"
    ]


def test_a_table_whose_first_row_has_an_empty_cell_is_refused(tmp_path):
    text = "## Hours\n\n| | Now | Next year |\n| --- | --- | --- |\n| Central Library | 9am | 10am |\n"
    assert problems_in(tmp_path, text) == [
        "3: the table's first row has an empty heading "
        "(write a heading for each column in the first row, above the |---| line)"
    ]


def test_an_html_table_needs_header_cells_even_with_a_thead(tmp_path):
    without = "## Hours\n\n<table>\n<thead><tr><td>Library</td></tr></thead>\n<tr><td>Central</td></tr>\n</table>\n"
    with_th = "## Hours\n\n<table>\n<tr><th>Library</th></tr>\n<tr><td>Central</td></tr>\n</table>\n"
    assert problems_in(tmp_path, without) == [
        "3: the table has no header cells "
        "(make the cells of its first row <th>, not <td>, or write it as a Markdown table)"
    ]
    assert problems_in(tmp_path, with_th) == []


def test_a_table_with_a_row_of_headings_passes_and_its_rows_are_not_tables_of_their_own(tmp_path):
    text = "## Hours\n\n| Library | Now |\n| --- | ---: |\n| Central | 9am |\n| Castle | 9am |\n"
    assert problems_in(tmp_path, text) == []


# -- links, and files that cannot be a page ------------------------------------------------------------------


def test_links_need_words_and_an_address(tmp_path):
    text = "## More\n\nSee [](https://www.northbrook.example/) and [our survey]().\n\nNot a link: `[](x)`.\n"
    assert problems_in(tmp_path, text) == [
        "3: a link has no words "
        "(write the words residents click between the square brackets, like [the full plan](https://...))",
        "3: the link 'our survey' has no address (put its web address between the brackets)",
    ]


def test_a_pasted_script_or_image_is_reported_as_removed(tmp_path):
    found = problems_in(tmp_path, "## Plan\n\n<script>alert(1)</script>\n\n![map](https://elsewhere.example/a.png)\n")
    assert [line.split(" (")[0] for line in found] == [
        "3: a <script> element is removed when this is published",
        "5: an image is removed when this is published",
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        (b"", "1: 'proposal.md' has no text (write the document in it, or take it out of the list)"),
        (b"\n## \n\n", "1: 'proposal.md' has no text (write the document in it, or take it out of the list)"),
        (
            "## Caf\u00e9\n".encode("cp1252"),
            "1: 'proposal.md' is not UTF-8 text (save it again as UTF-8, which most editors offer when you save)",
        ),
        (
            b"## Words\n\n" + b"word " * (MOST_BYTES // 5),
            "1: 'proposal.md' is too long for one web page: the most is 1 MB (split it into shorter documents)",
        ),
    ],
    ids=["empty", "no-words", "not-utf8", "too-long"],
)
def test_a_file_that_cannot_be_a_page_is_one_problem_at_its_first_line(tmp_path, text, message):
    assert problems_in(tmp_path, text) == [message]


def test_an_updated_date_after_today_is_a_warning_at_its_field(tmp_path):
    (tmp_path / "proposal.md").write_text("## Plan\n\nWords.\n", encoding="utf-8")
    document = Document.model_validate(
        {"title": "Plan", "file": "proposal.md", "updated": "2026-12-01"}, context={"folder": tmp_path}
    )
    now = parse_when("2026-11-24T10:00")[0]
    at = Locator("consultations/library-hours/index.md", {("documents", 0, "updated"): 20})
    found = documents_checked(tmp_path, at, now, [(("documents", 0), document)])
    assert [(p.line, p.field, p.problem, p.severity) for p in found] == [
        (20, "documents[1].updated", "the date the document last changed is after today", Severity.WARNING)
    ]


# -- the page it becomes -------------------------------------------------------------------------------


def test_each_heading_gets_an_id_of_its_words_never_one_the_page_uses(tmp_path):
    page = page_of(tmp_path, "## Contents\n\nWords.\n\n## Documents\n\n### Our vision\n\n## Our vision\n")
    assert [(h.tag, h.attributes["id"]) for h in page.css("h2, h3")] == [
        ("h2", "contents-2"),
        ("h2", "documents-2"),
        ("h3", "our-vision"),
        ("h2", "our-vision-2"),
    ]


def test_an_officers_own_heading_id_is_replaced(tmp_path):
    page = page_of(tmp_path, '## Plan\n\n<h3 id="contents" onclick="x()">Detail</h3>\n')
    assert [(h.attributes.get("id"), h.attributes.get("onclick")) for h in page.css("h3")] == [("detail", None)]


def test_header_cells_say_whether_they_head_a_column_or_a_row(tmp_path):
    text = (
        "## Sites\n\n| Site | Homes |\n| --- | ---: |\n| Castle Street | 140 |\n\n"
        "<table><tr><th>Total</th><td>140</td></tr></table>\n"
    )
    page = page_of(tmp_path, text)
    assert [(th.text(), th.attributes.get("scope")) for th in page.css("th")] == [
        ("Site", "col"),
        ("Homes", "col"),
        ("Total", "row"),
    ]


def test_nothing_from_elsewhere_and_no_script_reaches_the_page(tmp_path):
    text = (
        "## Plan\n\n<script>alert(1)</script>\n\n![map](https://elsewhere.example/a.png)\n\n"
        '<iframe src="https://elsewhere.example/"></iframe>\n\n[bad](javascript:alert(1)) and <b style="x">bold</b>\n'
    )
    page = page_of(tmp_path, text)
    assert not page.css("script, img, iframe, [style], [onclick]")
    assert [a.attributes.get("href") for a in page.css("a")] == [None]
    assert "bold" in page.text()


def test_the_words_are_counted_without_markup(tmp_path):
    path = tmp_path / "page.md"
    path.write_text("## Three words here\n\n| A | B |\n| --- | --- |\n| 1 | two |\n\n<b>last</b> -\n", encoding="utf-8")
    assert web_document(path).words == 8  # Three words here, A, B, 1, two, last: a lone dash is no word


# -- the record's field ---------------------------------------------------------------------------------


def document(tmp_path: Path, **fields: object) -> Document:
    (tmp_path / "proposal.md").write_text("## Plan\n\nWords.\n", encoding="utf-8")
    shutil.copy2(DEMO_PDF, tmp_path / "proposal.pdf")
    return Document.model_validate({"title": "Plan", **fields}, context={"folder": tmp_path})


def refused(tmp_path: Path, **fields: object) -> str:
    with pytest.raises(ValidationError) as raised:
        document(tmp_path, **fields)
    error = raised.value.errors()[0]
    return str(error.get("ctx", {}).get("problem", error["msg"]))


def test_a_document_written_in_markdown_publishes_its_pdf_and_its_page_but_never_the_file(tmp_path):
    made = document(tmp_path, file="proposal.md", pdf="proposal.pdf", updated="2026-03-20")
    assert made.accessible and made.web_page
    assert made.published() == ("proposal.pdf",)
    assert made.address("consultations/library-hours/") == "consultations/library-hours/proposal/"
    pdf = document(tmp_path, file="proposal.pdf", accessible=True)
    assert pdf.published() == ("proposal.pdf",) and not pdf.web_page


@pytest.mark.parametrize(
    "fields, problem",
    [
        ({"file": "proposal.md"}, "has no 'updated:' date"),
        (
            {"file": "proposal.md", "updated": "2026-03-20", "accessible": False},
            "is written in Markdown, so it cannot be 'accessible: false'",
        ),
        ({"file": "proposal.md", "updated": "2026-03-20", "pdf": "proposal.txt"}, "'proposal.txt' is not a PDF"),
        (
            {"file": "proposal.pdf", "accessible": True, "pdf": "proposal.pdf"},
            "has 'pdf:' but its file is not written in Markdown",
        ),
        (
            {"file": "Proposal Final.md", "updated": "2026-03-20"},
            "'Proposal Final.md' cannot be the web address of a page",
        ),
        ({"file": "print.md", "updated": "2026-03-20"}, "'print.md' would take the address of the hub's own page"),
        ({"file": "index.md", "updated": "2026-03-20"}, "'index.md' is the record itself, not a document"),
    ],
    ids=["no-updated", "not-accessible", "pdf-not-a-pdf", "pdf-of-a-pdf", "name", "hub-page", "the-record"],
)
def test_a_document_written_in_markdown_is_refused_when(tmp_path, fields, problem):
    for name in ("Proposal Final.md", "print.md", "index.md", "proposal.txt"):
        (tmp_path / name).write_text("## Plan\n\nWords.\n", encoding="utf-8")
    assert refused(tmp_path, **fields) == problem
